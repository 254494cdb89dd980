"""The frozen executable's entry point: the ``matside`` command, as ``app.cli.main``."""

import sys

from matside.cli import main

if __name__ == "__main__":
    sys.exit(main())
