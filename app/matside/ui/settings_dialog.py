"""The settings dialog: sound, the coach's voice, which cues sound, defaults and looks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from matside.backends.audio import Player
from matside.backends.speech import PhraseCache, SpeechEngine
from matside.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from matside.core.settings import THEME_CHOICES, Settings, Theme, setting_bounds
from matside.ui.run.voice import Failed, PhraseRenderer
from matside.ui.text import plain_label, tip, window_title

WINDOW_FRAME = 40
"""Pixels a window manager's title bar and border take beside the dialog's own height."""

THEME_LABELS: dict[Theme, str] = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "As the system (light or dark)"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}
"""The words for each of ``THEME_CHOICES``, in their order."""
TEST_CUE = "work_start"
"""The cue the Test sound button plays."""
TEST_PHRASE = QT_TRANSLATE_NOOP("SettingsDialog", "This is the coach. Switch sides.")
"""What the Test sound button says, after the cue."""
TEST_PHRASE_SOUND = "test:phrase"
TEST_PHRASE_AFTER_MS = 800
"""The phrase follows the cue by at least this much, so the two never overlap."""
TEST_POLL_MS = 40


def _whole(bounds: tuple[float, float]) -> tuple[int, int]:
    return int(bounds[0]), int(bounds[1])


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings()`` gives what the user chose.

    Args:
        settings: the current settings.
        engine: the speech engine, for its list of voices; None when there is none.
        player: the player, for the Test sound button; None: no button.
        speech_folder: where the test phrase is rendered (the user cache by default).
    """

    def __init__(
        self,
        settings: Settings,
        engine: SpeechEngine | None,
        parent: QWidget | None = None,
        *,
        player: Player | None = None,
        speech_folder: Path | None = None,
        language: str = "en",
    ):
        super().__init__(parent)
        self._language = language  # the interface's: the test phrase is said in it
        self._engine = engine
        self._player = player
        self._speech_folder = speech_folder
        self._renderer: PhraseRenderer | None = None
        self.setWindowTitle(window_title(self.tr("Matside settings")))
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 16)
        self._column = column
        # The settings scroll above Save and Cancel: on a 1024 x 600 screen they are taller
        # than the screen, and the buttons must stay in sight.
        self.settings_scroll = QScrollArea()
        self.settings_scroll.setWidgetResizable(True)
        self.settings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.settings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        fields = QWidget()
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 12, 0)  # room for the scroll bar
        form.setSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.settings_scroll.setWidget(fields)
        self._fields = fields
        column.addWidget(self.settings_scroll, 1)

        self.volume = QSlider(Qt.Orientation.Horizontal)
        low, high = setting_bounds("volume")  # a fraction of full volume; the slider: percent
        self.volume.setRange(round(low * 100), round(high * 100))
        self.volume.setValue(round(settings.volume * 100))
        form.addRow(self.tr("Volume"), self.volume)
        self.muted = QCheckBox(self.tr("Start muted"))
        self.muted.setChecked(settings.muted)
        form.addRow("", self.muted)
        self.keep_awake = QCheckBox(self.tr("Keep Bluetooth speakers awake (a silent stream)"))
        self.keep_awake.setToolTip(
            tip(
                self.tr(
                    "Plays a silent stream while a session is under way, so that wireless "
                    "speakers and headsets do not swallow the start of a cue after a quiet moment"
                )
            )
        )
        self.keep_awake.setChecked(settings.keep_awake)
        form.addRow("", self.keep_awake)
        self.output_label = plain_label("")
        self.output_label.setWordWrap(True)
        if player is not None:
            self.test_button = QPushButton(self.tr("Test sound"))
            self.test_button.clicked.connect(self.test_sound)
            form.addRow("", self.test_button)
            form.addRow("", self.output_label)
        self._test_timer = QTimer(self)
        self._test_timer.setInterval(TEST_POLL_MS)
        self._test_timer.timeout.connect(self._test_phrase)
        self._test_clock = QElapsedTimer()

        self.voice = QCheckBox(self.tr("Speak cues (“Switch sides”, “Rest, 30 seconds”…)"))
        self.voice.setChecked(settings.voice)
        form.addRow(self.tr("Voice"), self.voice)
        self.tones = QCheckBox(self.tr("Play tones as well"))
        self.tones.setChecked(settings.tones)
        form.addRow("", self.tones)
        self.read_instructions = QCheckBox(
            self.tr("Read each move's instructions in the rest before it")
        )
        self.read_instructions.setToolTip(
            tip(self.tr("Said after the move's cue line, only as far as the rest leaves time for"))
        )
        self.read_instructions.setChecked(settings.read_instructions)
        form.addRow("", self.read_instructions)
        self.voice_name = QComboBox()
        self.voice_name.addItem(self.tr("The usual voice for the language"), "")
        voices = engine.voices() if engine is not None else []
        for voice_id, label in voices:
            self.voice_name.addItem(label, voice_id)
        index = self.voice_name.findData(settings.voice_name)
        if index < 0 and settings.voice_name:
            self.voice_name.addItem(settings.voice_name, settings.voice_name)
            index = self.voice_name.count() - 1
        self.voice_name.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Which voice"), self.voice_name)
        self.rate = QSpinBox()
        self.rate.setRange(*_whole(setting_bounds("speech_rate")))
        self.rate.setSuffix(self.tr(" words a minute"))
        self.rate.setValue(settings.speech_rate)
        form.addRow(self.tr("Speaking rate"), self.rate)
        if engine is None:
            missing = plain_label(
                self.tr("No speech engine found (on Linux: install espeak-ng); tones only.")
            )
            missing.setWordWrap(True)
            form.addRow("", missing)

        self.countdown = QSpinBox()
        self.countdown.setRange(*_whole(setting_bounds("countdown")))
        self.countdown.setSuffix(self.tr(" s countdown"))
        self.countdown.setSpecialValueText(self.tr("No countdown"))
        self.countdown.setValue(settings.countdown)
        form.addRow(self.tr("Into each work interval"), self.countdown)
        self.halfway = QCheckBox(self.tr("Halfway cue in work of 20 s or more"))
        self.halfway.setChecked(settings.halfway)
        form.addRow("", self.halfway)
        self.rep_ticks = QCheckBox(self.tr("A tick on every paced rep"))
        self.rep_ticks.setChecked(settings.rep_ticks)
        form.addRow("", self.rep_ticks)

        self.prepare = QDoubleSpinBox()
        # One below the lowest: "The routine's own" (None in the settings).
        low, high = setting_bounds("prepare_seconds")
        self.prepare.setRange(low - 1, high)
        self.prepare.setDecimals(0)
        self.prepare.setSuffix(self.tr(" s"))
        self.prepare.setSpecialValueText(self.tr("The routine's own"))
        self.prepare.setValue(-1 if settings.prepare_seconds is None else settings.prepare_seconds)
        form.addRow(self.tr("Get-ready time"), self.prepare)

        self.theme = QComboBox()
        for key in THEME_CHOICES:
            self.theme.addItem(self.tr(THEME_LABELS[key]), key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form.addRow(self.tr("Theme"), self.theme)
        self.fullscreen = QCheckBox(self.tr("Start sessions in full screen"))
        self.fullscreen.setChecked(settings.start_fullscreen)
        form.addRow("", self.fullscreen)
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "system")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Language"), self.language)
        self.language_note = plain_label(self.tr("A new language shows from the next start."))
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)

        self.voice.toggled.connect(self._voice_toggled)
        self._voice_toggled(self.voice.isChecked())

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self._buttons = buttons
        screen = self.screen() if parent is None else parent.screen()
        self.fit_to(screen.availableGeometry().height())

    def fit_to(self, free_height: int) -> None:
        """Tall enough to show every setting without scrolling where a screen with
        ``free_height`` pixels free has room; else as tall as it allows, the settings
        scrolling."""
        fields = self._fields
        margins = self._column.contentsMargins()
        wanted = (
            fields.sizeHint().height()
            + self._column.spacing()
            + self._buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
            + 2 * self.settings_scroll.frameWidth()
        )
        room = free_height - WINDOW_FRAME
        width = max(self.minimumWidth(), fields.sizeHint().width() + margins.left() * 2 + 12)
        self.resize(width, min(wanted, room))

    def test_sound(self) -> None:
        """Play the test cue now and the test phrase once rendered; say where sound goes.

        Both play at the volume the slider shows, even when muted: it is a test.
        """
        if self._player is None:
            return
        self._play_test(TEST_CUE)
        lines = [self.tr("Sound goes to: {output}.").format(output=self._player.output)]
        if self._player.problem:
            lines.append(translate("Player", self._player.problem))
        if self._engine is not None and self.voice.isChecked():
            chosen = str(self.voice_name.currentData() or "")
            voice = chosen or self._engine.voice_for_language(self._language)
            phrase = self.tr(TEST_PHRASE)
            cache = PhraseCache(self._engine, voice, self.rate.value(), self._speech_folder)
            if self._renderer is not None:
                self._renderer.cancel()
            self._renderer = PhraseRenderer(cache, [phrase])
            self._renderer.start()
            self._test_clock.start()
            self._test_timer.start()
            lines.append(self.tr("A tone, then “{phrase}”").format(phrase=phrase))
        else:
            lines.append(self.tr("A tone (the voice is off)"))
        self._show_output(" ".join(lines))

    def _test_phrase(self) -> None:
        """Play the rendered test phrase once the cue has had its time."""
        if self._renderer is None or self._test_clock.elapsed() < TEST_PHRASE_AFTER_MS:
            return
        for result in self._renderer.results():
            self._test_timer.stop()
            self._renderer = None
            if isinstance(result, Failed):
                self._show_output(f"{self.output_label.text()} — {result.message}")
            elif self._player is not None and self._player.add_sound(
                TEST_PHRASE_SOUND, Path(result.path)
            ):
                self._play_test(TEST_PHRASE_SOUND)
            return

    def _show_output(self, text: str) -> None:
        """Say where the sound went; the dialog grows to show every line of it."""
        self.output_label.setText(text)
        # A top-level window does not grow for a wrapped label by itself: ask for the height.
        self.output_label.setMinimumHeight(
            self.output_label.heightForWidth(max(self.output_label.width(), 200))
        )
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _play_test(self, name: str) -> None:
        """Play one sound at the slider's volume, unmuted; the player's own are kept."""
        assert self._player is not None
        volume, muted = self._player.volume, self._player.muted
        self._player.volume = self.volume.value() / 100
        self._player.muted = False
        self._player.play(name)
        self._player.volume = volume
        self._player.muted = muted

    def done(self, result: int) -> None:
        """Closing: a test phrase still rendering is let go, never waited for."""
        self._test_timer.stop()
        if self._renderer is not None:
            self._renderer.cancel()
        super().done(result)

    def _voice_toggled(self, on: bool) -> None:
        for widget in (self.tones, self.read_instructions, self.voice_name, self.rate):
            widget.setEnabled(on)

    def result_settings(self) -> Settings:
        """The settings as the form now shows them."""
        prepare = self.prepare.value()
        return Settings(
            volume=self.volume.value() / 100,
            muted=self.muted.isChecked(),
            keep_awake=self.keep_awake.isChecked(),
            voice=self.voice.isChecked(),
            tones=self.tones.isChecked() or not self.voice.isChecked(),
            read_instructions=self.read_instructions.isChecked(),
            voice_name=str(self.voice_name.currentData() or ""),
            speech_rate=self.rate.value(),
            countdown=self.countdown.value(),
            halfway=self.halfway.isChecked(),
            rep_ticks=self.rep_ticks.isChecked(),
            prepare_seconds=None if prepare < 0 else prepare,
            theme=self.theme.currentData(),
            start_fullscreen=self.fullscreen.isChecked(),
            language=str(self.language.currentData()),
        )
