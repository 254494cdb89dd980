"""The training log in the app: sessions are written, the library shows when each routine was
last done, and offers to pick up a session Matside was closed during."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.core.routine import routine_from_data
from matside.core.session import State
from matside.core.timeline import SegmentKind, compile_timeline
from matside.storage import paths
from matside.storage.logbook import Logbook
from matside.ui.library.routine_list import LAST_DONE_ROLE
from matside.ui.main import MainWindow, open_logbook
from matside.ui.run.screen import RunScreen
from tests.conftest import exercise, routine
from tests.core.test_recorder import DATA, WALL
from tests.storage.test_logbook import rated_run, run
from tests.ui.test_accessible_names import unnamed
from tests.ui.timer import advance


def user_routine() -> Path:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "test.json"
    path.write_text(json.dumps(DATA), encoding="utf-8")
    return path


def window_on(qtbot: QtBot, logbook: Logbook, clock: FakeClock) -> MainWindow:
    window = MainWindow(
        RecordingPlayer(), RecordingScreenAwake(), clock, ask=lambda _q, _v: True, logbook=logbook
    )
    qtbot.addWidget(window)
    window.show_home()
    window.show()
    return window


def last_done_of(window: MainWindow, path: Path) -> str:
    model = window.home.model
    row = model.row_of(path)
    assert row is not None
    return str(model.data(model.index(row), LAST_DONE_ROLE))


def test_a_session_started_from_the_library_is_logged_and_shown_as_done(qtbot: QtBot) -> None:
    path = user_routine()
    logbook = Logbook()
    clock = FakeClock()
    window = window_on(qtbot, logbook, clock)
    assert last_done_of(window, path) == ""
    assert window.home.select(path)
    qtbot.keyClick(window.home.search, Qt.Key.Key_Return)
    screen = window.run_screen
    assert screen is not None
    assert screen.session.state is State.RUNNING  # Start means start
    for _ in range(101):
        clock.advance(1)
        screen.session.tick()
    assert screen.session.state is State.FINISHED
    [logged] = logbook.sessions()
    assert (logged.status, logged.intervals_done, logged.routine_file) == ("finished", 8, str(path))
    qtbot.keyClick(screen, Qt.Key.Key_Return)  # back to the routines
    assert window.run_screen is None
    assert last_done_of(window, path) == "done today"


def test_the_library_offers_a_cut_off_session_and_resumes_it(qtbot: QtBot) -> None:
    first = Logbook()
    run(first, 40)  # cut off in the rest before set 2 of A
    first.close()
    opened, notice = open_logbook()  # as the app opens it at the next start
    assert opened is not None
    logbook = opened
    assert notice is None
    clock = FakeClock()
    window = window_on(qtbot, logbook, clock)
    bar = window.home.notice
    assert not bar.isHidden()
    assert bar.label.text() == "Resume Test routine — set 2 of 2, A? Matside closed during it."
    qtbot.mouseClick(bar.buttons["Resume"], Qt.MouseButton.LeftButton)
    screen = window.run_screen
    assert screen is not None
    assert screen.session.segment.kind is SegmentKind.PREPARE
    assert screen.session.timeline.segments[1].set == 2
    assert screen.session.state is State.RUNNING  # Start means start
    for _ in range(70):
        clock.advance(1)
        screen.session.tick()
    assert screen.session.state is State.FINISHED
    resumed, cut = logbook.sessions()
    assert cut.status == "cut off"
    assert not cut.resumable
    assert resumed.status == "finished"
    assert resumed.planned_seconds == 5 + 20 + 10 + 15 + 5 + 15


def test_forget_it_stops_the_offer(qtbot: QtBot) -> None:
    logbook = Logbook()
    run(logbook, 40)
    window = window_on(qtbot, logbook, FakeClock())
    qtbot.mouseClick(window.home.notice.buttons["Forget it"], Qt.MouseButton.LeftButton)
    assert window.home.notice.isHidden()
    assert logbook.resumable() is None
    assert logbook.sessions()[0].status == "cut off"


def test_a_log_that_cannot_be_written_is_said_once_and_the_session_runs(qtbot: QtBot) -> None:
    path = user_routine()
    logbook = Logbook()
    clock = FakeClock()
    window = window_on(qtbot, logbook, clock)
    logbook.close()  # every write fails from here
    assert window.home.select(path)
    qtbot.keyClick(window.home.search, Qt.Key.Key_Return)
    screen = window.run_screen
    assert screen is not None
    assert screen.session.state is State.RUNNING  # Start means start
    for _ in range(30):  # the timer fires when aimed: a late one would be a stall
        clock.advance(1)
        screen._on_timer()
    assert screen.session.state is State.RUNNING
    message = window.notice_bar().currentMessage()
    assert message.startswith("This session is not being logged. The training log cannot be")


def test_an_unreadable_log_is_a_notice_not_a_failure(tmp_path: Path) -> None:
    paths.logbook_path().mkdir(parents=True)  # a folder where the file should be
    logbook, notice = open_logbook()
    assert logbook is None
    assert notice is not None
    assert notice.english().startswith("The training log cannot be opened")
    assert notice.english().endswith(". Sessions are not logged.")


# ---- the History page


def test_the_history_page_opens_from_the_menu_with_the_streak_calendar_and_sessions(
    qtbot: QtBot, tmp_path: Path
) -> None:
    logbook = Logbook()
    today = dt.date.fromtimestamp(WALL)
    run(logbook, wall=WALL)  # 100 s
    run(logbook, wall=WALL - 86400)
    session, _ = run(logbook, 12, wall=WALL - 3 * 86400)
    session.stop()
    window = window_on(qtbot, logbook, FakeClock())
    assert window._history is None  # built only when opened
    history = next(a for a in window.findChildren(QAction) if a.text() == "&History")
    assert history.shortcut().toString() == "Ctrl+H"
    history.trigger()
    page = window._history
    assert page is not None
    assert window.stack.currentWidget() is page
    page.today = lambda: today
    page.fill()
    this_week = 200 if today.weekday() >= 1 else 100
    if today.weekday() >= 3:
        this_week += 12
    assert page.summary.text() == (
        f"Streak: 2 days    ·    This week: {round(this_week / 60)} min    ·    Sessions: 3"
    )
    texts = [page.list.item(n).text() for n in range(page.list.count())]
    assert [text.split("\n")[1] for text in texts] == [
        "1:40   finished",
        "1:40   finished",
        "0:12   stopped at set 1 of 2, A",
    ]
    assert all("Test routine" in text.split("\n")[0] for text in texts)
    calendar = page.calendar
    assert calendar.shown_days()[-1] == today
    assert calendar.shown_days()[0].weekday() == 0
    assert len(calendar.shown_days()) == 35 + today.weekday() + 1
    assert page.weeks.totals[-1][1] * 60 == this_week
    page.grab()  # the charts paint

    target = tmp_path / "history.json"
    page.pick_export_path = lambda: target
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text(encoding="utf-8")) == [
        s.to_json() for s in logbook.sessions()
    ]
    assert page.notice.label.text() == f"Exported 3 sessions to {target}."

    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_the_history_page_names_every_control(qtbot: QtBot) -> None:
    logbook = Logbook()
    run(logbook)
    window = window_on(qtbot, logbook, FakeClock())
    window.show_history()
    page = window._history
    assert page is not None
    assert unnamed(page) == []
    assert page.list.accessibleName() == "Sessions, newest first"


def test_deleting_the_history_asks_first(qtbot: QtBot) -> None:
    logbook = Logbook()
    run(logbook)
    answers = [False, True]
    questions: list[str] = []

    def ask(question: str, verb: str) -> bool:
        questions.append(f"{verb}: {question}")
        return answers.pop(0)

    window = MainWindow(
        RecordingPlayer(), RecordingScreenAwake(), FakeClock(), ask=ask, logbook=logbook
    )
    qtbot.addWidget(window)
    window.show_history()
    page = window._history
    assert page is not None
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(logbook.sessions()) == 1
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert questions[0].startswith("Delete: Delete all 1 sessions from your history?")
    assert logbook.sessions() == []
    assert page.list.item(0).text() == "No sessions yet. Every session you start is kept here."
    assert not page.delete_button.isEnabled()
    assert page.notice.label.text() == "Deleted 1 sessions."


def test_without_a_log_there_is_no_history_to_open(qtbot: QtBot) -> None:
    window = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(window)
    assert not window._history_action.isEnabled()
    window.show_history()
    assert window._history is None


def test_quitting_during_a_session_leaves_it_to_resume(qtbot: QtBot) -> None:
    path = user_routine()
    logbook = Logbook()
    clock = FakeClock()
    window = window_on(qtbot, logbook, clock)
    assert window.home.select(path)
    qtbot.keyClick(window.home.search, Qt.Key.Key_Return)
    screen = window.run_screen
    assert screen is not None
    assert screen.session.state is State.RUNNING  # Start means start
    for _ in range(30):  # the timer fires when aimed: a late one would be a stall
        clock.advance(1)
        screen._on_timer()
    assert not window.close()  # asked on the run screen: close again to quit
    assert window.close()
    [logged] = logbook.sessions()
    assert logged.status == "cut off"
    assert logged.resumable
    assert logged.stopped_at == "set 2 of 2, A"


# 0 prepare 5 | 1 B left 15 | 2 switch 5 | 3 B right 15 | 4 rest 10 | 5 B left | 6 switch
# | 7 B right | 8 rest 10 | 9 A work 20 | 10 done
SIDES = routine(
    exercise(name="B", reps=None, tempo=None, seconds=15, sides="each", sets=2),
    exercise(name="A", reps=None, tempo=None, seconds=20),
    prepare_seconds=5,
    rest_between_sets=10,
    rest_after_exercise=10,
)


def start_sides(qtbot: QtBot) -> tuple[MainWindow, RunScreen, FakeClock, Logbook]:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sides.json"
    path.write_text(json.dumps(SIDES), encoding="utf-8")
    logbook = Logbook()
    clock = FakeClock()
    window = window_on(qtbot, logbook, clock)
    assert window.home.select(path)
    qtbot.keyClick(window.home.search, Qt.Key.Key_Return)
    screen = window.run_screen
    assert screen is not None
    return window, screen, clock, logbook


def test_digits_rate_each_side_in_the_rest_after_them_and_nothing_waits(qtbot: QtBot) -> None:
    _window, screen, clock, logbook = start_sides(qtbot)
    qtbot.keyClick(screen, Qt.Key.Key_3)  # getting ready: nothing to rate, nothing happens
    assert screen.rating_prompt.text is None
    assert screen.session.state is State.RUNNING
    advance(screen, clock, 41)  # in the rest after set 1's sides
    assert screen.session.segment.kind is SegmentKind.REST
    assert screen.rating_prompt.text == "How did the left side feel? 1–5"
    assert screen.rating_prompt.label.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_4)
    assert screen.rating_prompt.text == "Left 4\nHow did the right side feel? 1–5"
    label = screen.rating_prompt.label
    shown = [screen.time_label, screen.name_label, screen.side_label, screen.picture]
    shown += [w for w in (screen.hint_label, screen.instructions) if w.isVisible() and w.text()]
    assert not any(label.geometry().intersects(w.geometry()) for w in shown)  # room left free
    assert screen.rect().contains(label.geometry())
    qtbot.keyClick(screen, Qt.Key.Key_2)
    assert screen.rating_prompt.text == "Left 4  ·  Right 2"
    assert screen.session.state is State.RUNNING  # the rest runs on throughout
    advance(screen, clock, 10)  # the rest ran out: set 2's left side, no question
    assert screen.session.segment.kind is SegmentKind.WORK
    assert screen.rating_prompt.text is None
    advance(screen, clock, 36)  # the rest before A: asked again, and left unanswered
    assert screen.rating_prompt.text == "B\nHow did the left side feel? 1–5"
    advance(screen, clock, 40)
    assert screen.session.state is State.FINISHED
    assert screen.rating_prompt.text is None  # A, done on no sides, is the last
    [logged] = logbook.sessions()
    assert [(r.exercise, r.set, r.side, r.score) for r in logged.ratings] == [
        ("B", 1, "left", 4),
        ("B", 1, "right", 2),
    ]


def test_the_stop_banner_stays_over_the_question(qtbot: QtBot) -> None:
    _window, screen, clock, _logbook = start_sides(qtbot)
    advance(screen, clock, 41)  # in the rest after set 1's sides: asked how the left felt
    label = screen.rating_prompt.label
    assert label.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # "Press Esc again to stop"
    advance(screen, clock, 1)  # the screen refreshes, the question with it
    assert screen.stop_banner.isVisible()
    assert label.isVisible()
    assert label.geometry().intersects(screen.stop_banner.geometry())  # (the case in hand)
    stack = screen.children()  # bottom to top
    assert stack.index(screen.stop_banner) > stack.index(label)


def test_notes_are_typed_on_the_done_screen_after_tab_and_esc_still_leaves(
    qtbot: QtBot,
) -> None:
    window, screen, clock, logbook = start_sides(qtbot)
    advance(screen, clock, 200)
    assert screen.session.state is State.FINISHED
    assert screen.notes.isVisible()
    assert window.focusWidget() is screen  # nothing is typed into a note before Tab
    qtbot.keyClick(screen, Qt.Key.Key_Tab)
    first, second = screen.notes.edits
    assert window.focusWidget() is first
    qtbot.keyClicks(first, "Left hip tight")
    qtbot.keyClick(first, Qt.Key.Key_Return)  # on to the next note
    assert window.focusWidget() is second
    qtbot.keyClicks(second, "3 b.")  # digits and a clicker's letters are typed, not keys
    qtbot.keyClick(second, Qt.Key.Key_Escape)  # leaves the done screen, keeping both notes
    assert window.run_screen is None
    [logged] = logbook.sessions()
    assert [(n.exercise, n.text) for n in logged.notes] == [("B", "Left hip tight"), ("A", "3 b.")]


def test_a_clicker_on_the_done_screen_writes_no_note_and_leaves(qtbot: QtBot) -> None:
    window, screen, clock, logbook = start_sides(qtbot)
    advance(screen, clock, 200)
    for key in (Qt.Key.Key_B, Qt.Key.Key_Period, Qt.Key.Key_PageDown, Qt.Key.Key_F5):
        qtbot.keyClick(screen, key)
    assert not any(edit.text() for edit in screen.notes.edits)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert window.run_screen is None
    assert logbook.sessions()[0].notes == ()


def test_tab_walks_the_notes_and_back_to_the_screen_where_enter_leaves(qtbot: QtBot) -> None:
    window, screen, clock, _ = start_sides(qtbot)
    advance(screen, clock, 200)
    first, second = screen.notes.edits
    qtbot.keyClick(screen, Qt.Key.Key_Tab)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert window.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_Backtab)
    assert window.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.keyClick(second, Qt.Key.Key_Tab)  # past the last: back to the screen
    assert window.focusWidget() is screen
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert window.run_screen is None


def test_the_history_page_shows_notes_and_each_exercises_sides_over_time(qtbot: QtBot) -> None:
    logbook = Logbook()
    run(logbook, wall=WALL - 86400)  # nothing rated
    rated_run(logbook, (2, 4), wall=WALL - 2 * 86400)
    rated_run(logbook, (3, 4), wall=WALL)
    window = window_on(qtbot, logbook, FakeClock())
    window.show_history()
    page = window._history
    assert page is not None
    texts = [page.list.item(n).text() for n in range(page.list.count())]
    assert texts[0].split("\n")[2:] == ["B: Left hip tight"]
    assert len(texts[1].split("\n")) == 2  # no notes, no line for them
    assert [page.exercise_choice.itemText(n) for n in range(page.exercise_choice.count())] == ["B"]
    assert [(p.left, p.right) for p in page.sides.points] == [(2, 4), (3, 4)]
    assert page.sides.grab().width() > 0  # the chart paints
    run(logbook, wall=WALL + 60)
    page.fill()  # read again: the exercise chosen stays chosen
    assert page.exercise_choice.currentText() == "B"


def test_the_side_chart_says_how_to_fill_it_while_nothing_is_rated(qtbot: QtBot) -> None:
    logbook = Logbook()
    run(logbook)
    window = window_on(qtbot, logbook, FakeClock())
    window.show_history()
    page = window._history
    assert page is not None
    assert page.sides.points == []
    assert not page.exercise_choice.isEnabled()
    page.sides.grab()


def test_a_session_not_logged_asks_nothing_and_offers_no_notes(qtbot: QtBot) -> None:
    clock = FakeClock()
    screen = RunScreen(
        compile_timeline(routine_from_data(SIDES)),
        clock,
        RecordingPlayer(),
        RecordingScreenAwake(),
        None,
    )
    qtbot.addWidget(screen)
    screen.show()
    screen.start()
    advance(screen, clock, 41)  # the rest after set 1's sides
    assert screen.rating_prompt.text is None
    qtbot.keyClick(screen, Qt.Key.Key_4)
    assert screen.ratings.given == {}
    advance(screen, clock, 200)
    assert screen.session.state is State.FINISHED
    assert screen.notes.isHidden()


def test_the_week_chart_labels_never_run_into_each_other(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    from matside.ui.history.charts import WeekChart

    chart = WeekChart(weeks=8)
    qtbot.addWidget(chart)
    metrics = QFontMetricsF(QFont("DejaVu Sans", 12))
    last = len(chart.totals) - 1
    monday = chart.totals[last][0]
    # With room, the last bar says it is this week...
    assert chart.week_label(last, monday, metrics, 200) == "this week"
    # ...in a narrow bar, which a German "Diese Woche" needs more of, its date, shortened
    # to the bar if need be: every label fits its bar.
    for room in (60.0, 40.0, 20.0):
        for n, (day, _minutes) in enumerate(chart.totals):
            label = chart.week_label(n, day, metrics, room)
            assert metrics.horizontalAdvance(label) <= room
    assert chart.week_label(last, monday, metrics, 60) != "this week"


def test_the_calendar_heads_never_run_into_each_other() -> None:
    from PySide6.QtGui import QFontMetricsF

    from matside.ui.history.charts import CalendarChart, day_names

    # 60: a wide window; 30: the least its minimum size gives (6 weeks), as at 1024 x 600
    for cell, pixels in ((60.0, 13), (30.0, None)):
        font = CalendarChart.head_font(cell)
        if pixels is not None:
            assert font.pixelSize() == pixels  # with room, as designed
        widest = max(QFontMetricsF(font).horizontalAdvance(name) for name in day_names())
        assert widest < cell - 5, (cell, font.pixelSize())


def test_on_the_done_screen_the_question_leaves_the_summary_readable(qtbot: QtBot) -> None:
    # The last exercise has sides: the done screen asks how they felt, and A was skipped, so
    # the summary has all its lines; the question must cover none of them.
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "last-sides.json"
    last_sides = routine(
        exercise(name="A", reps=None, tempo=None, seconds=20),
        exercise(name="Rear Diagonal Lunge", reps=None, tempo=None, seconds=15, sides="each"),
        prepare_seconds=5,
        rest_after_exercise=10,
    )
    path.write_text(json.dumps(last_sides), encoding="utf-8")
    clock = FakeClock()
    window = window_on(qtbot, Logbook(), clock)
    window.resize(1366, 768)
    assert window.home.select(path)
    qtbot.keyClick(window.home.search, Qt.Key.Key_Return)
    screen = window.run_screen
    assert screen is not None
    while screen.session.segment.side is None:
        qtbot.keyClick(screen, Qt.Key.Key_Right)  # skip to the lunge: the summary says so
    advance(screen, clock, 15 + 5 + 15)  # its sides, worked to their ends
    assert screen.session.state is State.FINISHED
    assert screen.hint_label.text().startswith("Skipped")
    assert screen.rating_prompt.text == "Rear Diagonal Lunge\nHow did the left side feel? 1–5"
    label = screen.rating_prompt.label
    assert label.isVisible()
    summary = [
        screen.time_label,
        screen.name_label,
        screen.detail_label,
        screen.hint_label,
        screen.instructions,
        screen.left_label,
    ]

    def place(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())

    asked = place(label)
    covered = [w.text() for w in summary if w.text() and asked.intersects(place(w))]
    assert covered == []
    assert not asked.intersects(place(screen.notes))  # the notes make room for it
    # The summary's lines stand one under the other, at the same left edge.
    sets_done = screen.detail_label
    first_letter = sets_done.fontMetrics().boundingRect(sets_done.text()).left()
    sets_left = place(sets_done).left() + sets_done.contentsRect().left() + first_letter
    assert abs(sets_left - place(screen.name_label).left()) <= 4
    words = screen.instructions  # how to go back, whole, under the routine's name
    assert words.text().endswith("Press Enter or Esc to go back to your routines.")
    assert words.heightForWidth(words.width()) <= words.height()
