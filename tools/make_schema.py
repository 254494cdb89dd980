"""Write resources/routine.schema.json from the routine model (the model is the source of truth).

Run after changing app/matside/core/routine.py; a test fails while the two disagree.
"""

from __future__ import annotations

from matside.core.routine import dumps_schema
from matside.storage.paths import resource


def main() -> None:
    target = resource("routine.schema.json")
    target.write_text(dumps_schema(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
