"""The one yes/no question box; windows take a replacement so tests never block on a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from matside import APP_NAME
from matside.ui.text import message_box


def ask_yes_no(parent: QWidget, question: str) -> bool:
    """Ask ``question`` (shown as plain text) in a message box; No is the default answer."""
    box = message_box(parent, APP_NAME, question)
    buttons = box.StandardButton
    box.setIcon(box.Icon.Question)
    box.setStandardButtons(buttons.Yes | buttons.No)
    box.setDefaultButton(buttons.No)
    box.exec()
    return box.standardButton(box.clickedButton()) == buttons.Yes
