"""The run screen: what people read from the mat, and the keys a clicker sends.

The Qt side only asks the session to catch up (``tick``) and repaints. One precise single-shot
timer is aimed at the next thing due (a cue, a transition, or the next change of the display),
so sounds start on time and nothing is redrawn when nothing changes. What sounds and what is
said is decided by :class:`matside.core.announcer.Announcer`, and the keys come from
:mod:`matside.core.keymap`: the screen lays out, refreshes and plays. Given a cue thread (the
app's window gives one), the screen does not play: it hands the thread the plan of the next few
seconds (:mod:`matside.core.schedule`) after every tick and command, and the thread plays each
sound at its deadline however late the timer is.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from matside.backends.audio import Player, cue_sound
from matside.backends.awake import ScreenAwake
from matside.backends.speech import PhraseCache
from matside.core.announcer import Announcement, Announcer, Say, Tone
from matside.core.clock import Clock
from matside.core.cues import DEFAULT_CUES, CueOptions
from matside.core.i18n import translate
from matside.core.keymap import (
    PAUSED_HINT,
    RATING_SCORES,
    READY_HINT,
    RUN_KEYS,
    WAITING_HINT,
    Action,
    Command,
    RunKeys,
    binding_for,
    goes_on_after_interruption,
    words,
)
from matside.core.ratings import SideRatings
from matside.core.readability import (
    LETTER_SHARES,
    PHASE_BANNER_WORDS,
    Guidance,
    Text,
    guidance,
    move_count_text,
    next_up_text,
    phase_kinds,
    phase_picture,
    rep_phase_kind,
    set_text,
    side_badge,
    spoken_cue_edges,
)
from matside.core.schedule import plan_ahead, plan_until
from matside.core.session import (
    Event,
    Finished,
    Session,
    State,
    StateChanged,
    describe_interruption,
)
from matside.core.timeline import Segment, SegmentKind, Side, Timeline, format_duration
from matside.storage.paths import picture_folder, resolve_image
from matside.ui import theme
from matside.ui.run.banner import StopBanner
from matside.ui.run.notes import DoneNotes, Written
from matside.ui.run.rating import Place, RatingPrompt
from matside.ui.text import ElidedLabel, FitLabel, plain_label, tip
from matside.ui.widgets.picture import ExercisePicture

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from matside.backends.cuethread import Cues
    from matside.ui.run.voice import PhraseRenderer

EXTEND_SECONDS = 10
NOTICE_WIDTH = 440
MARGIN = 28
"""The run screen's margin at the left and right, in pixels."""
VOICE_DELAY_MS = 30
"""The voice is planned this long after the screen is built, once its first frame is up."""
VOICE_POLL_MS = 40
"""How often phrases rendered in the background are collected while the voice is prepared."""
TIMED_IMAGE_SECONDS = 2.5
"""How long each position shows in turn during timed work."""


def image_index(segment: Segment, elapsed: float, count: int) -> int:
    """Which of an exercise's ``count`` positions to show ``elapsed`` seconds into a segment.

    Paced reps step through the positions once per rep, so the picture shows where you should
    be; reps paced in phases show the position each phase goes to or holds
    (:func:`matside.core.readability.phase_picture`), changing with the phase word; timed
    work shows each position in turn; anything else shows the first position.
    """
    if count <= 1 or segment.kind is not SegmentKind.WORK:
        return 0
    if segment.phases:
        where = segment.rep_phase(elapsed)
        assert where is not None  # (paced: phases come with a tempo)
        return phase_picture(phase_kinds(len(segment.phases)), where[1], count)
    if segment.tempo:
        phase = (elapsed % segment.tempo) / segment.tempo
        return min(count - 1, int(phase * count))
    return int(elapsed // TIMED_IMAGE_SECONDS) % count


DONE_SHARE = 0.09
"""The letter height of "Well done!" in the clock's place, as a share of the window's height."""

UNBOLD = (Text.INSTRUCTIONS, Text.RESTED)
"""The texts in regular letters; every other text of the run screen is bold."""


def letter_font(base: QFont, cap_pixels: float, *, bold: bool) -> QFont:
    """``base`` at the least pixel size whose capital letters are ``cap_pixels`` tall."""
    font = QFont(base)
    font.setBold(bold)
    font.setPixelSize(100)
    ratio = QFontMetricsF(font).capHeight() / 100
    size = max(1, math.ceil(cap_pixels / ratio))
    font.setPixelSize(size)
    while QFontMetricsF(font).capHeight() < cap_pixels:
        size += 1
        font.setPixelSize(size)
    return font


def clock_height(font: QFont) -> int:
    """The height of the countdown's box: its figures and a margin, not the whole line.

    Figures have no descenders and no accents: centred in a box this tall, every figure is
    whole while the box spends no space on the font's empty line height.
    """
    metrics = QFontMetricsF(font)
    above = metrics.height() - 2 * (metrics.ascent() - metrics.capHeight())
    below = metrics.ascent() - metrics.descent()
    return math.ceil(max(above, below) + 0.06 * font.pixelSize())


def qt_key(name: str) -> Qt.Key:
    """Qt's key for a key map name: ``"PageDown"`` -> ``Qt.Key.Key_PageDown``.

    Raises:
        AttributeError: Qt has no key of that name.
    """
    key: Qt.Key = getattr(Qt.Key, f"Key_{name}")
    return key


class RunScreen(QWidget):
    """Runs one session of a timeline, full of big type, driven by keys or buttons.

    Args:
        timeline: what to run.
        clock: the monotonic clock the session reads.
        player: plays cue sounds.
        awake: keeps the screen on while the session runs.
        routine_file: the routine's file, to find images given relative to it.
        cue_options: which cues sound.
        phrase_cache: renders and keeps the coach's phrases; None: no voice.
        tones: whether tones sound (with a voice, the user may have only the voice).
        read_instructions: whether the coach reads a move's instructions in the rest before it.
        voice_problem: why there is no voice though one was asked for, shown once.
        keep_awake: whether the sound output is kept awake while the session is under way.
        cue_thread: plays the cues at their deadlines apart from the event loop (a thread, or
            the cue process: the screen plans them, hands it the phrases, and closes it when it
            closes); None: the screen's timer plays them.
    """

    finished = Signal(bool)  # stopped early?
    leave = Signal()  # back to the routines
    fullscreen_toggled = Signal()
    first_frame = Signal()  # the screen's first frame is painted: time for deferred work

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock,
        player: Player,
        awake: ScreenAwake,
        routine_file: Path | None,
        cue_options: CueOptions = DEFAULT_CUES,
        phrase_cache: PhraseCache | None = None,
        tones: bool = True,
        voice_problem: str | None = None,
        read_instructions: bool = False,
        parent: QWidget | None = None,
        *,
        keep_awake: bool = False,
        cue_thread: Cues | None = None,
    ):
        super().__init__(parent)
        self.timeline = timeline
        self.clock = clock
        self.player = player
        self.awake = awake
        self.routine_file = routine_file
        # What a key does is the key map's to decide, with the Esc-twice deadline; no dialog
        # ever opens over a session: stopping is asked on the screen (the stop banner).
        self.keys = RunKeys()
        self.session = Session(timeline, clock, cue_options)
        # What sounds and what is said is the announcer's to decide; the screen plays it.
        self.announcer = Announcer(
            timeline,
            self.session.cues,
            tones=tones,
            voice=phrase_cache is not None,
            read_instructions=read_instructions,
        )
        self.session.add_listener(self._on_event)
        # Which side is asked about and what a digit rates is the ratings' to decide.
        self.ratings = SideRatings(self.session)
        self._keep_awake = keep_awake
        self.cue_thread = cue_thread
        if cue_thread is not None:  # its cues sound whatever this thread does: its word counts
            self.session.keep_up_with(cue_thread.kept_up)
        self._ticking = False
        self.voice_notice = voice_problem
        self.phrase_sounds: dict[str, str] = {}  # phrase -> the player's name for its sound
        self.renderer: PhraseRenderer | None = None
        self._voice_ready = phrase_cache is None
        self._start_when_ready = False
        self._stopping = False
        self._voice_timer = QTimer(self)
        self._voice_timer.setInterval(VOICE_POLL_MS)
        self._voice_timer.timeout.connect(self._collect_phrases)
        self._phrase_cache = phrase_cache
        self._painted = False
        # The picture on show: (reference, name, mirrored).
        self._picture_shown: tuple[str, str, bool] | None = None
        # Whether a text fits the cue's place in the cue's letters: (text, size, width,
        # height) and the answer, for the last text asked about.
        self._cue_fit: tuple[tuple[str, int, int, int] | None, bool] = (None, True)
        if phrase_cache is not None:
            # Planned and rendered once the screen is up: the first frame comes first. A
            # screen that is never shown (tests, `self-test`) starts after VOICE_DELAY_MS.
            self.voice_notice = self.tr("Preparing the coach's voice…")
            self._voice_start = QTimer(self)
            self._voice_start.setSingleShot(True)
            self._voice_start.timeout.connect(self._prepare_voice)
            self._voice_start.start(VOICE_DELAY_MS)
            self.first_frame.connect(self._prepare_voice)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer)

        self._fonts: dict[Text, QFont] = {}
        self._build()
        self._key_actions = {
            qt_key(name): binding.action for binding in RUN_KEYS for name in binding.keys
        }
        self._key_ratings = {qt_key(name): score for name, score in RATING_SCORES.items()}
        # "Press Esc again to stop" is shown over everything; under it, how each side felt and
        # the notes float over the picture, apart from the layout.
        self.stop_banner = StopBanner(self)
        self.rating_prompt = RatingPrompt(self, under=self.stop_banner)
        self.note_listeners: list[Written] = []  # told of each note changed on the done screen
        self._notes: DoneNotes | None = None  # built when first needed: see `notes`
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._banner_timer.timeout.connect(self._show_stop_banner)
        theme.changed().connect(self.refresh)  # the phase banner's colours are the theme's
        self.refresh()

    @property
    def notes(self) -> DoneNotes:
        """The done screen's notes, one line per exercise, built when first needed: a session
        shows them only once it is done, and their line edits took 14 ms of the first frame
        (``matside run``, about 5 % of its start-up)."""
        if self._notes is None:
            self._notes = DoneNotes(
                self,
                [e.name for e in self.timeline.routine.all_exercises()],  # by exercise_index
                lambda: self.press(Action.ESCAPE),
                self.note_listeners,
            )
            self._notes.stackUnder(self.stop_banner)  # as when it was built before the banner
        return self._notes

    def _commit_notes(self) -> None:
        if self._notes is not None:  # never built: no note to hand on
            self._notes.commit()

    # ---- building

    def _build(self) -> None:
        self.setObjectName("runScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self._banner_row = banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(MARGIN, 4, MARGIN, 4)
        banner_row.setSpacing(32)
        # One-line texts whose letters shrink rather than widen the window (a long name, a
        # language with longer words): FitLabel.
        self.phase_label = FitLabel()
        self.phase_label.setObjectName("phase")
        self.move_label = FitLabel()
        self.move_label.setObjectName("setLabel")
        self.set_label = FitLabel()
        self.set_label.setObjectName("setLabel")
        self.set_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        banner_row.addWidget(self.phase_label, 1)
        banner_row.addWidget(self.move_label)
        banner_row.addWidget(self.set_label)
        outer.addWidget(self.banner)

        self._body = body = QHBoxLayout()
        body.setContentsMargins(MARGIN, 4, MARGIN, 0)
        body.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(0)
        self.time_label = plain_label()
        self.time_label.setObjectName("time")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.name_label = plain_label()
        self.name_label.setObjectName("exercise")
        self.name_label.setWordWrap(True)
        # The side: a big L / R badge in the working side's amber, then the side in words;
        # the rep (or, in a rest, what is coming) on the same line.
        self._side_row = side_row = QHBoxLayout()
        side_row.setSpacing(16)
        self.side_badge = plain_label()
        self.side_badge.setObjectName("sideBadge")
        self.side_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_label = FitLabel()
        self.side_label.setObjectName("side")
        self.detail_label = FitLabel()
        self.detail_label.setObjectName("detail")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        side_row.addWidget(self.side_badge)
        side_row.addWidget(self.side_label)
        side_row.addWidget(self.detail_label, 1)
        for label in (self.time_label, self.name_label):
            # Long texts are clipped by the column, never allowed to widen the window.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        left.addWidget(self.time_label)
        left.addWidget(self.name_label)
        left.addLayout(side_row)
        left.addStretch(1)
        body.addLayout(left, 2)

        right = QVBoxLayout()
        self.picture = ExercisePicture()
        self.next_label = plain_label()
        self.next_label.setObjectName("next")
        self.next_label.setWordWrap(True)
        self.left_label = FitLabel()
        self.left_label.setObjectName("timeLeft")
        self.left_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        right.addWidget(self.picture, 1)
        right.addWidget(self.next_label)
        right.addWidget(self.left_label)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)

        # The one cue line (or, before a move, a piece of its instructions) across the width.
        guide = QVBoxLayout()
        guide.setContentsMargins(MARGIN, 0, MARGIN, 0)
        guide.setSpacing(0)
        self.hint_label = FitLabel()
        self.hint_label.setObjectName("hint")
        self.hint_label.setWordWrap(False)  # one line at its letter size (the budget test)
        self.instructions = plain_label()
        self.instructions.setObjectName("instructions")
        self.instructions.setWordWrap(True)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instructions.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        guide.addWidget(self.hint_label)
        guide.addWidget(self.instructions)
        outer.addLayout(guide)

        progress_row = QHBoxLayout()
        progress_row.setContentsMargins(MARGIN, 4, MARGIN, 0)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        progress_row.addWidget(self.progress, 1)
        outer.addLayout(progress_row)

        controls = QHBoxLayout()
        controls.setContentsMargins(MARGIN, 4, MARGIN, 10)
        controls.setSpacing(10)
        self.back_button = self._button(self.tr("◀  Back"), self.previous, Action.PREVIOUS)
        self.play_button = self._button(self.tr("Start"), self.toggle, Action.TOGGLE)
        self.play_button.setObjectName("primary")
        self.next_button = self._button(self.tr("Next  ▶"), self.next, Action.NEXT)
        self.extend_button = self._button(
            self.tr("+{n} s rest").format(n=EXTEND_SECONDS), self.extend, Action.EXTEND
        )
        self.mute_button = self._button(self.tr("Mute"), self.toggle_mute, Action.MUTE)
        self.fullscreen_button = self._button(
            self.tr("Full screen"), self.fullscreen_toggled.emit, Action.FULL_SCREEN
        )
        self.stop_button = self._button(
            self.tr("Stop"), lambda: self.press(Action.ESCAPE), Action.ESCAPE
        )
        self.notice_label = ElidedLabel()
        self.notice_label.setObjectName("notice")
        # Notices sit between the button groups on one line, at most NOTICE_WIDTH wide (the
        # full text is in the tooltip): they never widen the window nor the control row, and
        # are cut short again when a button's words change the room left.
        self.notice_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice_label.setMaximumWidth(NOTICE_WIDTH)
        # It takes the room the buttons leave: on a small screen, less than NOTICE_WIDTH.
        self.notice_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for widget in (self.back_button, self.play_button, self.next_button, self.extend_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.notice_label, 4)
        controls.addStretch(1)
        for widget in (self.mute_button, self.fullscreen_button, self.stop_button):
            controls.addWidget(widget)
        outer.addLayout(controls)
        # Fonts follow the screen's size (_scale_fonts), from the resize event Qt sends before
        # a widget is first shown or grabbed.

    def _button(self, text: str, slot: Callable[[], object], action: Action) -> QPushButton:
        button = QPushButton(text)
        # Buttons never take the keyboard focus: Space must always reach the session.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(tip(f"{text.strip('◀▶ ')} ({binding_for(action).label})"))
        button.clicked.connect(slot)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        return button

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys are handled here rather than by QShortcut: the run screen holds the focus
        # (its buttons never take it), and a presenter clicker's keys arrive the same way.
        # Modifiers are not looked at: a clicker's Shift+F5 is F5.
        action = self._key_actions.get(Qt.Key(event.key()))
        if not event.isAutoRepeat() and (
            self.session.interruption is not None and goes_on_after_interruption(action)
        ):
            event.accept()
            self.toggle()  # paused by a stall or a sleep: any key goes on
            return
        if action is None or event.isAutoRepeat():
            super().keyPressEvent(event)
            return
        event.accept()
        self.press(action, self._key_ratings.get(Qt.Key(event.key())))

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab is a key of the key map (into the done screen's notes)

    def press(self, action: Action, score: int | None = None) -> None:
        """Do what a key of ``action`` does now, as the key map decides (``score``: what a
        rating key says)."""
        command = self.keys.press(action, self.session.state, self.clock.now())
        self._carry_out(command, score)
        self._show_stop_banner()

    def _carry_out(self, command: Command, score: int | None = None) -> None:
        session = self.session
        simple: dict[Command, Callable[[], object]] = {
            Command.START: self.start,
            Command.NEXT: self.next,
            Command.PREVIOUS: self.previous,
            Command.EXTEND: self.extend,
            Command.MUTE: self.toggle_mute,
            Command.FULL_SCREEN: self.fullscreen_toggled.emit,
            Command.LEAVE: self._leave,
            Command.NOTE: lambda: self.notes.focus_next(),
        }
        steps: dict[Command, Callable[[], object]] = {
            Command.PAUSE: session.pause,
            Command.RESUME: session.resume,
            Command.PROCEED: session.proceed,
            Command.STOP: session.stop,
        }
        if command is Command.RATE and score is not None:
            self.ratings.rate(score)
            self.refresh()
        elif command in simple:
            simple[command]()
        elif command in steps:
            steps[command]()
            self._after_command()

    def _leave(self) -> None:
        self._commit_notes()
        self.leave.emit()

    def _show_stop_banner(self) -> None:
        """Show the banner while a second press is awaited, and hide it at the deadline."""
        now = self.clock.now()
        words = self.keys.banner(self.session.state, now)
        until = self.keys.banner_until()
        if words is None or until is None:
            self._banner_timer.stop()
            self.stop_banner.hide()
            return
        self.stop_banner.show_text(*words)
        self._banner_timer.start(math.ceil((until - now) * 1000))

    def try_quit(self) -> bool:
        """Whether to quit now that the user tries to close the window: the first try while
        a session is under way asks on the screen (no dialog); a second within 3 s quits."""
        if self.session.state not in (State.RUNNING, State.WAITING, State.PAUSED):
            return True
        quit_now = self.keys.try_quit(self.clock.now())
        self._show_stop_banner()
        return quit_now

    # ---- commands

    def start(self) -> None:
        """Start the session; with a voice still being prepared, as soon as it is ready."""
        if not self._voice_ready:
            self._start_when_ready = True
            self.refresh()
            return
        self.session.start()
        self._after_command()

    def toggle(self) -> None:
        if self.session.state is State.IDLE:
            self.start()
            return
        self.session.toggle()
        self._after_command()

    def next(self) -> None:
        self.session.next()
        self._after_command()

    def previous(self) -> None:
        self.session.previous()
        self._after_command()

    def extend(self) -> None:
        self._drop_planned_cues()  # the closing countdown moves with the end
        self.session.extend(EXTEND_SECONDS)
        self._after_command()

    def toggle_mute(self) -> None:
        self.player.muted = not self.player.muted
        self._play_due_cues()  # planned cues sound as muted now (the cue process is told)
        self.refresh()

    def set_fullscreen(self, on: bool) -> None:
        # Esc never leaves full screen: a clicker's slideshow button sends it on every other
        # press, and the session would drop out of full screen mid-move. F and F11 do.
        self.fullscreen_button.setText(
            self.tr("Leave full screen") if on else self.tr("Full screen")
        )

    def _after_command(self) -> None:
        self._play_due_cues()
        self.refresh()
        self._schedule()

    # ---- time

    def _on_timer(self) -> None:
        self._ticking = True
        try:
            self.session.tick()
        finally:
            self._ticking = False
        self._after_command()

    def _schedule(self) -> None:
        if self.session.state not in (State.RUNNING, State.WAITING):
            self._timer.stop()
            return
        now = self.clock.now()
        # The display changes at whole seconds, the pictures with the tempo and cues at their
        # deadlines; the one-second cap is only a safety net, not a tick.
        targets = [now + 1.0, self._next_display_change(now)]
        for due in (self.session.next_due(), self.announcer.next_due()):
            if due is not None:
                targets.append(due)
        delay_ms = math.ceil(max(0.0, min(targets) - now) * 1000)
        self._timer.start(delay_ms)
        # Told when to expect the tick, the session pauses instead of skipping after a stall.
        self.session.expect_wake(now + delay_ms / 1000)

    def system_going_to_sleep(self) -> None:
        """The system says it is about to sleep: pause where the session is."""
        self.session.going_to_sleep()
        self._after_command()

    def system_woke(self) -> None:
        """The system says it woke: the pause notice says for how long."""
        self.session.woke()
        self.refresh()

    def _next_display_change(self, now: float) -> float:
        session = self.session
        remaining = session.remaining(now)
        elapsed = session.elapsed(now)
        if remaining is not None:
            to_next = remaining - math.floor(remaining) or 1.0
        else:
            to_next = 1.0 - (elapsed % 1.0)
        segment = session.segment
        images = len(segment.exercise.images) if segment.exercise is not None else 0
        where = segment.rep_phase(elapsed) if segment.kind is SegmentKind.WORK else None
        # A spoken cue's words show or go.
        for edge in spoken_cue_edges(segment, self._instruction_room()):
            if edge > elapsed:
                to_next = min(to_next, edge - elapsed)
                break
        if segment.phases and where is not None:  # the phase word and picture change
            to_next = min(to_next, segment.phases[where[1]] - where[2])
        elif segment.kind is SegmentKind.WORK and images > 1:
            step = (segment.tempo or TIMED_IMAGE_SECONDS * images) / images
            to_next = min(to_next, step - (elapsed % step))
        return now + max(to_next, 0.001)

    # ---- events

    def _prepare_voice(self) -> None:
        """Plan every phrase the session may say and start rendering them, first needed first."""
        if self._phrase_cache is None or self._stopping or self.announcer.coach is not None:
            return
        if self.isVisible() and not self._painted:
            return  # the first frame comes first; it calls again
        self._voice_start.stop()
        # Imported here, after the first frame: a screen without a voice never needs it.
        from matside.ui.run.voice import PhraseRenderer

        phrases = self.announcer.plan_voice()
        self.renderer = PhraseRenderer(self._phrase_cache, phrases)
        if phrases:
            self.voice_notice = self.tr("Preparing the coach's voice… {done} of {total}").format(
                done=0, total=len(phrases)
            )
            self.renderer.start()
            self._voice_timer.start()
        else:
            self.voice_notice = None
            self._voice_is_ready()
        self.refresh()

    def _collect_phrases(self) -> None:
        """Take what the renderer has done: make phrases playable, show progress."""
        if self.renderer is None:
            return
        from matside.ui.run.voice import Failed

        for result in self.renderer.results():
            if isinstance(result, Failed):
                self.voice_notice = result.message
                self.announcer.voice_failed()  # the tones stand in for the voice
                self._voice_is_ready()
                break
            name = f"phrase:{len(self.phrase_sounds)}"
            sounds = self.player if self.cue_thread is None else self.cue_thread
            if sounds.add_sound(name, Path(result.path)):
                self.phrase_sounds[result.text] = name
                if result.seconds is not None:  # the announcer fits follow-ups by it
                    self.announcer.phrase_length(result.text, result.seconds)
            if result.done >= result.total:
                self.voice_notice = None
                self._voice_is_ready()
            else:
                self.voice_notice = self.tr(
                    "Preparing the coach's voice… {done} of {total}"
                ).format(done=result.done, total=result.total)
        self.refresh()

    def _voice_is_ready(self) -> None:
        self._voice_ready = True
        self._voice_timer.stop()
        if self._start_when_ready:
            self._start_when_ready = False
            self.start()

    def stop_voice(self) -> None:
        """Stop preparing phrases, without waiting: the screen is going away."""
        self._stopping = True
        self._start_when_ready = False
        self._voice_timer.stop()
        if self.renderer is not None:
            self.renderer.cancel()

    def _on_event(self, event: Event) -> None:
        if not self._ticking:
            self._drop_planned_cues()  # a command: what was planned may be wrong now
        self.announcer.hear(event)
        if isinstance(event, StateChanged):
            if event.state in (State.RUNNING, State.WAITING):
                self.awake.inhibit("A Matside session is running")
                # The sound output stays awake through pauses too, until the session ends:
                # the cue after a pause must not be swallowed either.
                self.player.keep_awake(self._keep_awake)
            else:
                self.awake.release()
        elif isinstance(event, Finished):
            self.awake.release()
            self.player.keep_awake(False)
            self.finished.emit(event.stopped)

    def _drop_planned_cues(self) -> None:
        """Nothing planned on the cue thread sounds until it is planned again."""
        if self.cue_thread is not None:
            self.cue_thread.clear()

    def _play_due_cues(self) -> None:
        """Play what the announcer says is due; a phrase not rendered (yet) stays silent.

        With a cue thread, hand it the plan instead: what is due and what will be in the next
        few seconds (:func:`matside.core.schedule.plan_ahead`), each at its deadline.
        """
        if self.cue_thread is None:
            for announcement in self.announcer.due(self.clock.now()):
                name = self._sound_of(announcement)
                if name is not None:
                    self.player.play(name)
            return
        now = self.clock.now()
        planned = plan_ahead(self.session, self.announcer, now)
        self.cue_thread.replan(
            (
                (due, name)
                for due, announcement in planned
                if (name := self._sound_of(announcement)) is not None
            ),
            until=plan_until(self.session, now),
        )

    def _sound_of(self, announcement: Announcement) -> str | None:
        """The player's name for what an announcement plays; None: a phrase not rendered."""
        if isinstance(announcement, Tone):
            return cue_sound(announcement.cue)
        assert isinstance(announcement, Say)
        return self.phrase_sounds.get(announcement.phrase)

    # ---- drawing

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Once this frame is on the screen, not inside its painting.
            QTimer.singleShot(0, self, self.first_frame.emit)

    def refresh(self) -> None:
        """Bring every label up to date with the session."""
        session = self.session
        state = session.state
        segment = session.segment
        now = self.clock.now()
        kind = segment.kind if state is not State.FINISHED else SegmentKind.DONE
        colours = theme.colours()
        colour = colours.phase(kind)
        word = self.tr(theme.PHASE_WORDS[kind])
        phase = rep_phase_kind(segment, session.elapsed(now))
        if phase is not None and state is State.RUNNING:
            word = self.tr(PHASE_BANNER_WORDS[phase])  # in step with the pictures
        if state is State.PAUSED:
            colour, word = colours.paused, self.tr("PAUSED")
        elif state is State.IDLE:
            word = self.tr("READY")
        self._set(self.phase_label, word)
        self._style(self.banner, f"QFrame#banner {{ background: {colour}; }}")
        self._style(
            self.time_label,
            f"color: {colours.paused_text if state is State.PAUSED else colours.text};",
        )

        if state is State.FINISHED:
            self._show_done()
            self._show_feelings()  # by the summary's lines, as they now stand
            return
        self._set(self.set_label, set_text(segment))
        self._set(
            self.move_label, move_count_text(segment, len(self.timeline.routine.all_exercises()))
        )
        self._fit_banner()
        remaining = session.remaining(now)
        elapsed = session.elapsed(now)
        waiting = self._waiting_rest(state, segment)
        if waiting:
            # A rest that waits says so; the time rested is not a countdown and is not shown
            # in the countdown's place (see _detail_text).
            self._set(self.time_label, words(WAITING_HINT))
        elif remaining is not None:
            self._set(self.time_label, format_duration(remaining))
        else:
            self._set(self.time_label, format_duration(math.floor(elapsed)))
        self._set_clock_style(waiting)
        exercise = segment.exercise
        self._set(self.name_label, exercise.name if exercise is not None else "")
        self._show_side(segment)
        self._set(self.detail_label, "" if waiting else self._detail_text(segment, now))
        # In a rest that waits, the hint's place shows the time rested, small and dim.
        hint = self._detail_text(segment, now) if waiting else self._hint_text(state, segment)
        self._set(self.hint_label, hint)
        self.hint_label.setVisible(bool(hint))
        # (Colours only: a style sheet's font would undo the letter heights of _scale_fonts.)
        hint_font = self._fonts.get(Text.RESTED if waiting else Text.NEXT)
        if hint_font is not None and self.hint_label.letter_font() != hint_font:
            self.hint_label.setFont(hint_font)
        self._style(self.hint_label, f"color: {colours.text_dim};" if waiting else "")
        self._show_guidance(guidance(segment, elapsed, remaining, self._instruction_room()))
        self._set(self.next_label, next_up_text(self.timeline, session.index))
        self._show_picture(segment, session.elapsed(now))
        total = self.timeline.total_seconds
        left = session.remaining_total(now)
        # An extended rest can leave more to do than the plan had: keep the bar in its range.
        self.progress.setValue(min(1000, max(0, int(1000 * (1 - left / total)))) if total else 0)
        self._set(self.left_label, self.tr("{time} left").format(time=format_duration(left)))
        self._refresh_controls(state, segment)
        self._show_feelings()  # where the labels just set leave room

    def _fit_banner(self) -> None:
        """The banner's texts at their letter heights: where the phase word, the move count (or
        the circuit's name) and the set (or round) do not all fit (SWITCH SIDES beside a
        circuit's name on a small screen), the move count is left out rather than the letters
        shrunk: the phase and the set or round are what one acts on. It shows again once there
        is room."""
        if not self.isVisible():
            return  # laid out at its real size first (showEvent)
        row = self._banner_row
        labels = (self.phase_label, self.move_label, self.set_label)
        texts = [label for label in labels if label.text()]
        margins = row.contentsMargins()
        room = self.width() - margins.left() - margins.right()  # the banner spans the window
        needed = sum(label.sizeHint().width() for label in texts)
        needed += row.spacing() * (len(texts) - 1)
        self.move_label.setVisible(needed <= room or not self.move_label.text())

    def _waiting_rest(self, state: State, segment: Segment) -> bool:
        return segment.kind is SegmentKind.REST and segment.is_open and state is not State.IDLE

    def _detail_text(self, segment: Segment, now: float) -> str:
        """Beside the side: the rep; in a rest that waits, the time rested (shown as the hint)."""
        if segment.kind is SegmentKind.WORK and segment.reps:
            rep = self.session.rep(now)
            if rep:
                return self.tr("Rep {rep} of {reps}").format(rep=rep, reps=segment.reps)
            return self.tr("{reps} reps").format(reps=segment.reps)
        if self._waiting_rest(self.session.state, segment):
            rested = format_duration(math.floor(self.session.elapsed(now)))
            return self.tr("rested {time}").format(time=rested)
        return ""

    def _show_side(self, segment: Segment) -> None:
        """The side in words, with its L / R badge; nothing for a move done on one side."""
        badge = side_badge(segment)
        if segment.side is Side.LEFT:
            words = self.tr("LEFT side")
        elif segment.side is Side.RIGHT:
            words = self.tr("RIGHT side")
        elif badge:
            words = self.tr("LEFT side first")
        else:
            words = ""
        self._set(self.side_badge, badge)
        self.side_badge.setVisible(bool(badge))
        self._set(self.side_label, words)

    def _set_clock_style(self, waiting: bool) -> None:
        """The clock's font: the countdown's, or the smaller one of the words of a waiting rest."""
        if self.time_label.wordWrap() != waiting:
            self.time_label.setWordWrap(waiting)
            self._scale_fonts()
        self._fit_clock()

    def _show_guidance(self, shown: Guidance) -> None:
        """The cue line in big letters, or a piece of the instructions in smaller ones."""
        self._set(self.instructions, shown.text)
        font = self._fonts.get(Text.INSTRUCTIONS if shown.full else Text.CUE)
        if font is not None and not shown.full and not self._fits_cue_place(font):
            # A long cue line (a spoken cue of up to 200 characters) in the smaller letters
            # of the instructions rather than cut
            font = self._fonts.get(Text.INSTRUCTIONS)
        if font is not None and self.instructions.font() != font:
            self.instructions.setFont(font)
        self._style(self.instructions, "" if shown.full else f"color: {theme.colours().text};")

    def _fits_cue_place(self, font: QFont) -> bool:
        """Whether the cue place's text wraps into it in ``font``, as the label lays it out."""
        label = self.instructions
        key = (label.text(), font.pixelSize(), label.width(), label.height())
        if key != self._cue_fit[0]:
            shown = label.font()
            label.setFont(font)
            fits = label.width() <= 0 or label.heightForWidth(label.width()) <= label.height()
            label.setFont(shown)
            self._cue_fit = (key, fits)
        return self._cue_fit[1]

    def _instruction_room(self) -> int:
        """How many characters of instructions fit in the cue's place, at their letter size."""
        font = self._fonts.get(Text.INSTRUCTIONS)
        if font is None:
            return 0
        metrics = QFontMetrics(font)
        width = self.width() - 2 * MARGIN  # the cue's place spans the window
        per_line = width / max(1, metrics.averageCharWidth())
        # Wrapped text is laid out a few pixels taller than its lines: count only whole ones.
        flags = int(Qt.TextFlag.TextWordWrap)
        overhang = metrics.boundingRect(0, 0, width, 10_000, flags, "Ag").height()
        overhang -= metrics.lineSpacing()
        lines = (self.instructions.height() - overhang) // max(1, metrics.lineSpacing())
        # Words wrap before the line is full: count on four fifths of it.
        return int(per_line * lines * 0.8)

    def _hint_text(self, state: State, segment: Segment) -> str:
        if state is State.IDLE and self._start_when_ready:
            return self.tr("Preparing the coach's voice — starting in a moment")
        if state is State.IDLE:
            return words(READY_HINT)
        interruption = self.session.interruption
        if interruption is not None:
            return describe_interruption(interruption)
        if state is State.PAUSED:
            return words(PAUSED_HINT)
        if state is State.WAITING:
            if segment.kind is SegmentKind.WORK:
                return self.tr("At your own pace — press Space when done")
            return self.tr("Rest as needed — press Space when ready")
        return ""

    def _show_picture(self, segment: Segment, elapsed: float) -> None:
        exercise = segment.exercise
        if exercise is None or not exercise.images:
            self._picture_shown = None
            self.picture.show_image(None, exercise.name if exercise is not None else "")
            return
        index = image_index(segment, elapsed, len(exercise.images))
        reference = exercise.images[index]
        # Resolving a reference reads the file system; the picture shown changes a few times a
        # minute while the screen refreshes every second, so only a new picture is looked up.
        shown = (reference, exercise.name, segment.picture_mirrored)
        if shown == self._picture_shown:
            return
        self._picture_shown = shown
        path = resolve_image(reference, self.routine_file)
        folder = picture_folder(reference, self.routine_file)
        self.picture.show_image(path, exercise.name, folder, segment.picture_mirrored)

    def _refresh_controls(self, state: State, segment: Segment) -> None:
        self._set_button(
            self.play_button,
            {
                State.IDLE: self.tr("Start"),
                State.RUNNING: self.tr("Pause"),
                State.PAUSED: self.tr("Resume"),
                State.WAITING: self.tr("Continue"),
                State.FINISHED: self.tr("Start"),
            }[state],
        )
        can_extend = (
            segment.kind in (SegmentKind.REST, SegmentKind.PREPARE)
            and segment.seconds is not None
            and state in (State.RUNNING, State.PAUSED)
        )
        self.extend_button.setEnabled(can_extend)
        self.back_button.setEnabled(state is not State.IDLE)
        self.next_button.setEnabled(state not in (State.IDLE, State.FINISHED))
        self._set_button(
            self.mute_button, self.tr("Unmute") if self.player.muted else self.tr("Mute")
        )
        # The player's notice is English, for the logic that compares it; shown translated.
        problem = self.player.problem and translate("Player", self.player.problem)
        notices = [n for n in (problem, self.voice_notice) if n]
        notice = " · ".join(notices)
        if self.player.muted:
            notice = self.tr("Sound muted") + (f" · {notice}" if notice else "")
        if self.notice_label.whole_text() != notice:
            self.notice_label.setText(notice)

    def _show_done(self) -> None:
        # The truth, from the session: the time really spent (pauses apart), the sets done and
        # what was skipped, each in type read from the mat; never the plan's length.
        summary = self.session.summary()
        spent, sets, skipped = summary.lines()
        if summary.stopped:
            self._set(self.phase_label, self.tr("STOPPED"))
        self._set(self.set_label, "")
        self._set(self.move_label, "")
        self._set(self.side_label, "")
        self.side_badge.hide()
        self._set_clock_style(waiting=False)
        self._set(self.time_label, self.tr("Stopped") if summary.stopped else self.tr("Well done!"))
        self._scale_fonts()
        self._set(self.name_label, spent)
        self._set(self.detail_label, sets)
        # Under "spent", as the summary's second line, in the room of the side (none now).
        self.side_label.hide()
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._set(self.hint_label, skipped)
        self.hint_label.show()
        # In the instructions' letters (a piece of one, as it were): the cue line's would show
        # the routine's name and cut off how to go back.
        back = self.tr("{routine}\nPress Enter or Esc to go back to your routines.").format(
            routine=self.timeline.routine.name
        )
        self._show_guidance(Guidance(back, piece=1, pieces=1))
        self._set(self.next_label, "")
        self.picture.show_image(None, "")
        if not summary.stopped:  # stopped, the bar stays where the session was
            self.progress.setValue(1000)
        self._set(
            self.left_label, "" if summary.stopped else self.tr("{time} left").format(time="0:00")
        )
        self._refresh_controls(State.FINISHED, self.session.segment)
        for control in (self.play_button, self.back_button, self.next_button, self.extend_button):
            control.hide()

        self.stop_button.setText(self.tr("Close"))

    def _show_feelings(self) -> None:
        """The rating prompt where the layout leaves room; once done, the notes over the
        picture's column."""
        finished = self.session.state is State.FINISHED
        notes = finished and bool(self.note_listeners)  # (none where no one keeps them)
        layout = self.layout()
        if layout is not None:  # place by where the labels stand with the texts just set
            layout.activate()
        picture = QRect(self.picture.mapTo(self, QPoint(0, 0)), self.picture.size())
        bottom = min(
            [w.y() - 8 for w in (self.next_label, self.left_label) if w.text()],
            default=self._body.geometry().bottom(),
        )
        column = QRect(picture.x(), picture.y(), picture.width(), bottom - picture.y())
        under_side = max(w.geometry().bottom() for w in (self.side_label, self.detail_label))
        # Down to the first text under the body that shows (the hint, on the done screen what
        # was skipped; else the cue line): the question never covers it.
        floor = self._body.geometry().bottom()
        for text_under in (self.hint_label, self.instructions):
            if text_under.isVisible() and text_under.text():
                floor = min(floor, text_under.mapTo(self, QPoint(0, 0)).y())
        left = floor - under_side - 8
        places = [Place(QRect(self.time_label.x(), under_side + 8, self.time_label.width(), left))]
        if not notes:
            below = QRect(picture.x(), picture.bottom() + 8, picture.width(), 0)
            below.setBottom(bottom)
            places += [Place(below, centred=True), Place(picture, centred=True, at_foot=True)]
        else:
            places.append(Place(column, centred=True, at_foot=True))
        self.rating_prompt.show_text(self.ratings.prompt(), places)
        if notes:
            prompt = self.rating_prompt.label
            if not prompt.isHidden() and column.contains(prompt.geometry()):
                column.setBottom(prompt.y() - 10)
            self.notes.show_in(column)

    @staticmethod
    def _style(widget: QWidget, sheet: str) -> None:
        # Setting a style sheet re-polishes the widget: only when it really changes.
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

    @staticmethod
    def _set_button(button: QPushButton, text: str) -> None:
        if button.text() != text:
            button.setText(text)

    # ---- scaling

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_banner()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()
        self.refresh()  # the texts whose letters depend on what is shown (and the question)
        if self.stop_banner.isVisible():
            self.stop_banner.place()

    def _scale_fonts(self) -> None:
        """Every text at its letter height: its share of the window's height
        (:data:`matside.core.readability.LETTER_SHARES`)."""
        height = max(self.height(), 300)
        base = QFont(self.font())
        self._fonts = {
            text: letter_font(base, share * height, bold=text not in UNBOLD)
            for text, share in LETTER_SHARES.items()
        }
        self._fonts[Text.RESTED].setItalic(True)
        fonts = self._fonts
        clock = fonts[Text.CLOCK]
        if self.session.state is State.FINISHED:
            done = letter_font(base, DONE_SHARE * height, bold=True)
            self.time_label.setFont(done)
            self.time_label.setFixedHeight(QFontMetrics(done).height())
        else:
            self.time_label.setFont(fonts[Text.WAITING] if self.time_label.wordWrap() else clock)
            self.time_label.setFixedHeight(clock_height(clock))
        for label, text in (
            (self.phase_label, Text.PHASE),
            (self.move_label, Text.MOVE_COUNT),
            (self.set_label, Text.SET),
            (self.name_label, Text.MOVE),
            (self.side_label, Text.SIDE),
            (self.side_badge, Text.SIDE),
            (self.detail_label, Text.REP),
            (self.hint_label, Text.NEXT),
            (self.next_label, Text.NEXT),
            (self.left_label, Text.TIME_LEFT),
        ):
            label.setFont(fonts[text])
        side_line = QFontMetrics(fonts[Text.SIDE]).height()
        # The gaps between texts on one line grow with the letters.
        self._banner_row.setSpacing(side_line // 2)
        self._side_row.setSpacing(side_line // 4)
        self._body.setSpacing(side_line // 2)
        self.side_badge.setFixedSize(int(side_line * 1.15), side_line)
        # Its colours are the theme's (#sideBadge in theme.py): they follow a change of theme.
        self._style(self.side_badge, f"border-radius: {side_line // 6}px;")
        self.side_badge.setFont(fonts[Text.SIDE])
        # The cue's place holds two lines of the cue, or three of the instructions.
        cue_lines = 2 * QFontMetrics(fonts[Text.CUE]).lineSpacing()
        instruction_lines = 3 * QFontMetrics(fonts[Text.INSTRUCTIONS]).lineSpacing()
        self.instructions.setFixedHeight(max(cue_lines, instruction_lines))
        self.instructions.setFont(fonts[Text.CUE])
        self._fit_clock()

    def _fit_clock(self) -> None:
        """A countdown wider than its column (an hour or more) gets smaller letters, not cut."""
        clock = self._fonts.get(Text.CLOCK)
        if clock is None or self.time_label.wordWrap() or self.session.state is State.FINISHED:
            return  # not scaled yet (before the first resize), or not a countdown
        font = QFont(clock)
        width = self.time_label.width()
        advance = QFontMetrics(font).horizontalAdvance(self.time_label.text())
        if width > 0 and advance > width:
            font.setPixelSize(max(12, int(font.pixelSize() * width / advance)))
        if self.time_label.font() != font:
            self.time_label.setFont(font)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._commit_notes()
        self._timer.stop()
        self._banner_timer.stop()
        self.stop_voice()
        self.awake.release()
        self.player.keep_awake(False)
        if self.cue_thread is not None:
            self.cue_thread.close()
