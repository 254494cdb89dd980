"""The History page: what you did, built only when opened (Matside ▸ History).

- :mod:`~matside.ui.history.page`: :class:`HistoryPage`, the streak, the sessions, export and
  delete;
- :mod:`~matside.ui.history.charts`: the calendar of the last weeks and the minutes per week,
  drawn with QPainter.
"""
