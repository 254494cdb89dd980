"""Qt settings the run screen's first frame needs, made without PySide's ``Qt`` namespace.

The first use of ``PySide6.QtCore.Qt`` builds Python classes for all of the namespace's 93 enums
at once: some 15 ms on Python 3.11, more than a tenth of a bare PySide6 window's start-up
(issue 8). The run screen's first frame needs a handful of those values, and Qt's property
system takes them as plain integers. The numbers are Qt's own (``qnamespace.h``, unchanged
through Qt 6); ``tests/test_run_screen.py`` checks each against its enum. Everything after the
first frame (keys, eliding, the editor, the library) uses ``Qt`` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt::AlignmentFlag
ALIGN_LEFT = 0x0001
ALIGN_RIGHT = 0x0002
ALIGN_HCENTER = 0x0004
ALIGN_TOP = 0x0020
ALIGN_VCENTER = 0x0080
ALIGN_CENTER = ALIGN_HCENTER | ALIGN_VCENTER
# Qt::FocusPolicy
NO_FOCUS = 0x0
STRONG_FOCUS = 0xB  # TabFocus | ClickFocus | 0x8
# Qt::TextFormat
PLAIN_TEXT = 0
# Qt::ScrollBarPolicy
SCROLL_BAR_ALWAYS_OFF = 1
# Qt::TimerType
PRECISE_TIMER = 0


def set_props(target: QObject, **values: int) -> None:
    """Set Qt properties by name, e.g. ``set_props(label, alignment=ALIGN_CENTER)``.

    Raises:
        AttributeError: a name is not a property of ``target`` (``setProperty`` alone would
            quietly add a dynamic property for a misspelt name), or Qt refused the value.
    """
    meta = target.metaObject()
    for name, value in values.items():
        if meta.indexOfProperty(name) < 0:
            raise AttributeError(f"{type(target).__name__} has no Qt property {name!r}")
        if not target.setProperty(name, value):
            raise AttributeError(f"{type(target).__name__}.{name} cannot be {value!r}")
