"""The undo history of a document kept as JSON data: every edit is a snapshot of the data.

Snapshots rather than commands: the editor's data need not be valid (a field may hold what
the user is half way through typing), and a snapshot of it undoes anything, whatever made the
change. Typing on in one field extends the last edit instead of making a new one, until the
history is sealed (another field touched, an exercise added, an undo).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

HISTORY_LIMIT = 500
"""The most snapshots kept; the oldest go first."""


@dataclass(frozen=True)
class Snapshot:
    """One state of the data in the history.

    Attributes:
        data: the data (a copy of its own).
        key: the field whose typing it records, or None for an edit of another kind; typing on
            in the same field replaces this snapshot.
        current: where the user was (in the editor: the exercise shown).
    """

    data: dict[str, Any]
    key: str | None
    current: int


class History:
    """Snapshots of the data with a position among them: undo goes back, redo forward.

    Args:
        limit: the most snapshots kept.
    """

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self.limit = limit
        self._snapshots: list[Snapshot] = []
        self._position = 0
        self._sealed = True

    def start(self, data: dict[str, Any], current: int) -> None:
        """Forget everything and start from ``data``, which cannot be undone."""
        self._snapshots = [Snapshot(copy.deepcopy(data), None, current)]
        self._position = 0
        self._sealed = True

    def clear(self) -> None:
        """Forget everything: nothing to undo or redo."""
        self._snapshots = []
        self._position = 0
        self._sealed = True

    def __len__(self) -> int:
        return len(self._snapshots)

    @property
    def can_undo(self) -> bool:
        return self._position > 0

    @property
    def can_redo(self) -> bool:
        return self._position + 1 < len(self._snapshots)

    def seal(self) -> None:
        """End the current edit: typing on in the same field makes a new one."""
        self._sealed = True

    def record(self, data: dict[str, Any], key: str | None, current: int) -> bool:
        """Record ``data`` as one edit; False when it is what the history holds already.

        Typing on in the field ``key`` replaces the last snapshot if that recorded typing in
        the same field and the history was not sealed since. Anything that could be redone is
        dropped.
        """
        if not self._snapshots:
            self.start(data, current)
            return False
        top = self._snapshots[self._position]
        if data == top.data:
            return False
        del self._snapshots[self._position + 1 :]
        snapshot = Snapshot(copy.deepcopy(data), key, current)
        if key is not None and key == top.key and not self._sealed and self._position > 0:
            self._snapshots[self._position] = snapshot
        else:
            self._snapshots.append(snapshot)
            self._position += 1
            if len(self._snapshots) > self.limit:
                del self._snapshots[0]
                self._position -= 1
        self._sealed = False
        return True

    def undo(self) -> tuple[dict[str, Any], int] | None:
        """Step back: the data as it was before the last edit (a copy), and where that edit
        was made (to show the user what changed back); None when there is nothing to undo."""
        if not self.can_undo:
            return None
        undone = self._snapshots[self._position]
        self._position -= 1
        self._sealed = True
        return copy.deepcopy(self._snapshots[self._position].data), undone.current

    def redo(self) -> tuple[dict[str, Any], int] | None:
        """Step forward again: the data after the edit undone last (a copy), and where it was
        made; None when there is nothing to redo."""
        if not self.can_redo:
            return None
        self._position += 1
        self._sealed = True
        snapshot = self._snapshots[self._position]
        return copy.deepcopy(snapshot.data), snapshot.current
