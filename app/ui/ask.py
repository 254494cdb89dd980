"""The one yes/no question box; windows take a replacement so tests never block on a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes_no(parent: QWidget, question: str) -> bool:
    """Ask ``question`` in a message box; No is the default answer."""
    answer = QMessageBox.question(
        parent,
        "Matside",
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
