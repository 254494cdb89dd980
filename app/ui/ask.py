"""The one yes/no question box; windows take a replacement so tests never block on a dialog."""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtWidgets import QWidget


def ask_yes_no(parent: QWidget, question: str) -> bool:
    """Ask ``question`` in a message box; No is the default answer."""
    QMessageBox = QtWidgets.QMessageBox  # built by PySide on first use, after start-up
    answer = QMessageBox.question(
        parent,
        "Matside",
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
