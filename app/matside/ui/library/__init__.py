"""The library, Matside's home page: every routine, what it takes, and what to do with it.

- :mod:`~matside.ui.library.page`: :class:`HomePage`, the list with its search field, the
  chosen routine, and importing, exporting, deleting with undo, offering kept edits back;
- :mod:`~matside.ui.library.routine_list`: the list's model and the delegate that paints it;
- :mod:`~matside.ui.library.details`: the chosen routine, beside the list, with its set count;
- :mod:`~matside.ui.library.notice`: the notice bar (Undo, Restore);
- :mod:`~matside.ui.library.repair`: the repair dialog for a file that cannot be loaded;
- :mod:`~matside.ui.library.style`: style rules the library and the editor share.
"""
