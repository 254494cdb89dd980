<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A desktop interval timer with exercise cues, readable from the mat.</source>
        <translation>Ein Intervall-Timer für den Desktop mit Übungsansagen, lesbar von der Matte aus.</translation>
    </message>
    <message>
        <source>see the LICENSE file</source>
        <translation>siehe die Datei LICENSE</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <source>Built on {libraries}; the coach&apos;s voice is espeak-ng&apos;s. Python {python}, Qt {qt}, PySide6 {pyside}.</source>
        <translation>Gebaut auf {libraries}; die Stimme des Trainers ist die von espeak-ng. Python {python}, Qt {qt}, PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>The bundled routines come from</source>
        <translation>Die mitgelieferten Abläufe stammen aus</translation>
    </message>
    <message>
        <source>Their numbers and facts are the articles&apos;; the wording and the pictures are ours.</source>
        <translation>Zahlen und Fakten stammen aus den Artikeln; Wortlaut und Bilder sind unsere.</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>{n} minute</source>
        <translation>{n} Minute</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} Sekunde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} Sekunden</translation>
    </message>
    <message>
        <source>{n} reps</source>
        <translation>{n} Wiederholungen</translation>
    </message>
    <message>
        <source>{how_much} each side</source>
        <translation>{how_much} pro Seite</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>Last round.</source>
        <translation>Letzte Runde.</translation>
    </message>
    <message>
        <source>Last set.</source>
        <translation>Letzter Satz.</translation>
    </message>
    <message>
        <source>Well done! That&apos;s the whole routine.</source>
        <translation>Gut gemacht! Das war der ganze Ablauf.</translation>
    </message>
    <message>
        <source>Get ready. {move}.</source>
        <translation>Bereitmachen. {move}.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>{n} reps at your own pace. Press space when done.</source>
        <translation>{n} Wiederholungen im eigenen Tempo. Leertaste, wenn fertig.</translation>
    </message>
    <message>
        <source>Left side. Go!</source>
        <translation>Linke Seite. Los!</translation>
    </message>
    <message>
        <source>Right side. Go!</source>
        <translation>Rechte Seite. Los!</translation>
    </message>
    <message>
        <source>Go!</source>
        <translation>Los!</translation>
    </message>
    <message>
        <source>Rest as needed. Press space when ready. Next: {coming}.</source>
        <translation>Pause nach Bedarf. Leertaste, wenn bereit. Als Nächstes: {coming}.</translation>
    </message>
    <message>
        <source>Rest, {how_long}. Next: {coming}.</source>
        <translation>Pause, {how_long}. Als Nächstes: {coming}.</translation>
    </message>
    <message>
        <source>{circuit}, round {round} of {rounds}: {move}</source>
        <translation>{circuit}, Runde {round} von {rounds}: {move}</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
</context>
<context>
    <name>DoneNotes</name>
    <message>
        <source>Notes — press Tab to write one</source>
        <translation>Notizen — Tab drücken, um eine zu schreiben</translation>
    </message>
    <message>
        <source>How it went, what to change next time</source>
        <translation>Wie es lief, was beim nächsten Mal anders sein soll</translation>
    </message>
    <message>
        <source>Note on {exercise}</source>
        <translation>Notiz zu {exercise}</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Page Down</source>
        <translation>Bild ab</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Bild auf</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>F5, Shift+F5</source>
        <translation>F5, Umschalt+F5</translation>
    </message>
    <message>
        <source>start, pause, resume; go on after a pause that waits for you</source>
        <translation>starten, pausieren, fortsetzen; nach einer Pause, die auf Sie wartet, weitermachen</translation>
    </message>
    <message>
        <source>next interval; starts from the ready screen</source>
        <translation>nächstes Intervall; startet vom Bereit-Bildschirm</translation>
    </message>
    <message>
        <source>restart this interval, or back one within its first 2 s</source>
        <translation>dieses Intervall neu beginnen, in seinen ersten 2 s eines zurück</translation>
    </message>
    <message>
        <source>pause or resume (a clicker&apos;s slideshow and blank-screen keys); start; go on after a pause that waits for you</source>
        <translation>pausieren oder fortsetzen (die Präsentations- und Schwarzbild-Tasten eines Presenters); starten; nach einer Pause, die auf Sie wartet, weitermachen</translation>
    </message>
    <message>
        <source>10 s more rest</source>
        <translation>10 s mehr Pause</translation>
    </message>
    <message>
        <source>mute or unmute</source>
        <translation>Ton aus oder an</translation>
    </message>
    <message>
        <source>full screen on or off</source>
        <translation>Vollbild an oder aus</translation>
    </message>
    <message>
        <source>twice within {window} s: stop (the first press pauses or resumes, like the slideshow key, and says so on screen); once done: back to your routines</source>
        <translation>zweimal innerhalb von {window} s: beenden (der erste Druck pausiert oder setzt fort wie die Präsentationstaste und sagt es auf dem Bildschirm); nach dem Ende: zurück zu den Abläufen</translation>
    </message>
    <message>
        <source>back to your routines once the routine is done</source>
        <translation>zurück zu den Abläufen, wenn der Ablauf fertig ist</translation>
    </message>
    <message>
        <source>when the screen asks, in the rest after an exercise&apos;s sides: how that side felt, 1 (poorly) to 5 (well); or don&apos;t, nothing waits</source>
        <translation>wenn der Bildschirm fragt, in der Pause nach den Seiten einer Übung: wie sich diese Seite angefühlt hat, 1 (schlecht) bis 5 (gut); oder nicht, nichts wartet darauf</translation>
    </message>
    <message>
        <source>once done: into a note on each exercise (Tab again: the next; Esc still goes back)</source>
        <translation>nach dem Ende: in eine Notiz zu jeder Übung (Tab noch einmal: die nächste; Esc führt weiterhin zurück)</translation>
    </message>
    <message>
        <source>A presenter clicker runs a whole session: Page Down / Page Up for next and back, its slideshow or blank-screen key to pause and resume, and the slideshow key pressed on until the screen says so to stop.</source>
        <translation>Ein Presenter steuert eine ganze Einheit: Bild ab / Bild auf für weiter und zurück, seine Präsentations- oder Schwarzbild-Taste zum Pausieren und Fortsetzen, und zum Beenden die Präsentationstaste so oft, bis der Bildschirm es sagt.</translation>
    </message>
    <message>
        <source>Space, Page Down or F5 starts</source>
        <translation>Leertaste, Bild ab oder F5 startet</translation>
    </message>
    <message>
        <source>Paused — Space, F5 or B goes on</source>
        <translation>Pausiert — Leertaste, F5 oder B geht weiter</translation>
    </message>
    <message>
        <source>Press Esc again to stop</source>
        <translation>Zum Beenden noch einmal Esc</translation>
    </message>
    <message>
        <source>Press Esc again to go back</source>
        <translation>Zum Zurückgehen noch einmal Esc</translation>
    </message>
    <message>
        <source>within {window} s — on a clicker, keep pressing its slideshow key</source>
        <translation>innerhalb von {window} s — am Presenter die Präsentationstaste weiter drücken</translation>
    </message>
    <message>
        <source>Close again to quit</source>
        <translation>Zum Beenden noch einmal schließen</translation>
    </message>
    <message>
        <source>within {window} s — the session stops; any key carries on</source>
        <translation>innerhalb von {window} s — die Einheit endet; jede Taste macht weiter</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys on the run screen</source>
        <translation>Tasten im Trainingsbildschirm</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Matside</source>
        <translation>&amp;Matside</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keys on the run screen</source>
        <translation>&amp;Tasten im Trainingsbildschirm</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Matside</source>
        <translation>Ü&amp;ber Matside</translation>
    </message>
    <message>
        <source>The log folder {folder} cannot be made: {reason}</source>
        <translation>Der Protokollordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>No file manager opened the log folder; it is {folder}</source>
        <translation>Kein Dateimanager hat den Protokollordner geöffnet; er liegt in {folder}</translation>
    </message>
    <message>
        <source>Settings could not be saved: {reason}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>History — Matside</source>
        <translation>Verlauf — Matside</translation>
    </message>
    <message>
        <source>Edit routine — Matside</source>
        <translation>Ablauf bearbeiten — Matside</translation>
    </message>
    <message>
        <source>No speech engine (on Linux: install espeak-ng): tones only</source>
        <translation>Keine Sprachausgabe (unter Linux: espeak-ng installieren): nur Töne</translation>
    </message>
    <message>
        <source>This session is not being logged. {reason}</source>
        <translation>Diese Einheit wird nicht protokolliert. {reason}</translation>
    </message>
    <message>
        <source>Resume {routine} — {place}? Matside closed during it.</source>
        <translation>{routine} fortsetzen — {place}? Matside wurde währenddessen beendet.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>“{routine}” can no longer be resumed: its copy cannot be read</source>
        <translation>„{routine}“ kann nicht mehr fortgesetzt werden: die gespeicherte Kopie ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>No sound device: running in silence</source>
        <translation>Kein Tonausgabegerät: es geht lautlos weiter</translation>
    </message>
    <message>
        <source>Sound is unavailable (simpleaudio could not be loaded): running in silence</source>
        <translation>Kein Ton verfügbar (simpleaudio konnte nicht geladen werden): es geht lautlos weiter</translation>
    </message>
    <message>
        <source>The system&apos;s default output (Core Audio), chosen in the Sound settings</source>
        <translation>Die Standardausgabe des Systems (Core Audio), gewählt in den Ton-Einstellungen</translation>
    </message>
    <message>
        <source>Windows&apos; default playback device, chosen in the Sound settings</source>
        <translation>Das Standard-Wiedergabegerät von Windows, gewählt in den Sound-Einstellungen</translation>
    </message>
    <message>
        <source>ALSA&apos;s default device, as {file} sets it</source>
        <translation>Das Standardgerät von ALSA, wie {file} es festlegt</translation>
    </message>
    <message>
        <source>ALSA&apos;s default device, through the sound server to {sink} (Bluetooth)</source>
        <translation>Das Standardgerät von ALSA, über den Soundserver an {sink} (Bluetooth)</translation>
    </message>
    <message>
        <source>ALSA&apos;s default device, through the sound server to {sink}</source>
        <translation>Das Standardgerät von ALSA, über den Soundserver an {sink}</translation>
    </message>
    <message>
        <source>ALSA&apos;s default device: the system (or its sound server) chooses the speaker</source>
        <translation>Das Standardgerät von ALSA: das System (oder sein Soundserver) wählt den Lautsprecher</translation>
    </message>
    <message>
        <source>No cue sounds found in {folder}: running in silence</source>
        <translation>Keine Signaltöne in {folder} gefunden: es geht lautlos weiter</translation>
    </message>
    <message>
        <source>None: {why}</source>
        <translation>Keine: {why}</translation>
    </message>
    <message>
        <source>None: sound is off</source>
        <translation>Keine: der Ton ist aus</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>{exercise}: {scores}</source>
        <translation>{exercise}: {scores}</translation>
    </message>
    <message>
        <source>How did the left side feel? {range}</source>
        <translation>Wie hat sich die linke Seite angefühlt? {range}</translation>
    </message>
    <message>
        <source>How did the right side feel? {range}</source>
        <translation>Wie hat sich die rechte Seite angefühlt? {range}</translation>
    </message>
    <message>
        <source>Left {score}</source>
        <translation>Links {score}</translation>
    </message>
    <message>
        <source>Right {score}</source>
        <translation>Rechts {score}</translation>
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message>
        <source>Move {n} of {moves}</source>
        <translation>Übung {n} von {moves}</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Danach: fertig</translation>
    </message>
    <message>
        <source>Next: {move}</source>
        <translation>Danach: {move}</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>Danach: {what}</translation>
    </message>
    <message>
        <source>Preparing the coach&apos;s voice…</source>
        <translation>Die Stimme des Trainers wird vorbereitet…</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <source>+{n} s rest</source>
        <translation>+{n} s Pause</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Preparing the coach&apos;s voice… {done} of {total}</source>
        <translation>Die Stimme des Trainers wird vorbereitet… {done} von {total}</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wdh. {rep} von {reps}</translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation>{reps} Wdh.</translation>
    </message>
    <message>
        <source>rested {time}</source>
        <translation>{time} pausiert</translation>
    </message>
    <message>
        <source>LEFT side</source>
        <translation>LINKE Seite</translation>
    </message>
    <message>
        <source>RIGHT side</source>
        <translation>RECHTE Seite</translation>
    </message>
    <message>
        <source>LEFT side first</source>
        <translation>LINKE Seite zuerst</translation>
    </message>
    <message>
        <source>Preparing the coach&apos;s voice — starting in a moment</source>
        <translation>Die Stimme des Trainers wird vorbereitet — gleich geht es los</translation>
    </message>
    <message>
        <source>At your own pace — press Space when done</source>
        <translation>Im eigenen Tempo — Leertaste, wenn fertig</translation>
    </message>
    <message>
        <source>Rest as needed — press Space when ready</source>
        <translation>Pause nach Bedarf — Leertaste, wenn bereit</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Sound muted</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>{routine}

Press Enter or Esc to go back to your routines.</source>
        <translation>{routine}

Eingabe oder Esc führt zurück zu den Abläufen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{min} min</source>
        <translation>{min} min</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} h {min} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>Paused: computer going to sleep — any key goes on</source>
        <translation>Pausiert: der Computer geht in den Ruhezustand — jede Taste macht weiter</translation>
    </message>
    <message>
        <source>Paused: computer asleep or stalled {gap} — any key goes on</source>
        <translation>Pausiert: Computer {gap} im Ruhezustand oder hängen geblieben — jede Taste macht weiter</translation>
    </message>
    <message>
        <source>Paused: computer asleep {gap} — any key goes on</source>
        <translation>Pausiert: Computer {gap} im Ruhezustand — jede Taste macht weiter</translation>
    </message>
    <message>
        <source>Paused: computer stalled {gap} — any key goes on</source>
        <translation>Pausiert: Computer {gap} hängen geblieben — jede Taste macht weiter</translation>
    </message>
    <message>
        <source>{time} spent</source>
        <translation>{time} trainiert</translation>
    </message>
    <message>
        <source>{time} paused</source>
        <translation>{time} pausiert</translation>
    </message>
    <message>
        <source>{n} work interval</source>
        <translation>{n} Übungsintervall</translation>
    </message>
    <message>
        <source>{n} work intervals</source>
        <translation>{n} Übungsintervalle</translation>
    </message>
    <message>
        <source>{n} rest</source>
        <translation>{n} Pause</translation>
    </message>
    <message>
        <source>{n} rests</source>
        <translation>{n} Pausen</translation>
    </message>
    <message>
        <source>Sets done: {done} of {planned}</source>
        <translation>Sätze geschafft: {done} von {planned}</translation>
    </message>
    <message>
        <source>Nothing skipped</source>
        <translation>Nichts übersprungen</translation>
    </message>
    <message>
        <source>Skipped: {what}</source>
        <translation>Übersprungen: {what}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Wie das System (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>This is the coach. Switch sides.</source>
        <translation>Hier spricht der Trainer. Seite wechseln.</translation>
    </message>
    <message>
        <source>Matside settings</source>
        <translation>Matside-Einstellungen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Start muted</source>
        <translation>Stumm starten</translation>
    </message>
    <message>
        <source>Keep Bluetooth speakers awake (a silent stream)</source>
        <translation>Bluetooth-Lautsprecher wach halten (ein stiller Tonstrom)</translation>
    </message>
    <message>
        <source>Plays a silent stream while a session is under way, so that wireless speakers and headsets do not swallow the start of a cue after a quiet moment</source>
        <translation>Spielt während einer Einheit einen stillen Tonstrom, damit kabellose Lautsprecher und Headsets nach einer ruhigen Pause nicht den Anfang eines Signals verschlucken</translation>
    </message>
    <message>
        <source>Test sound</source>
        <translation>Ton testen</translation>
    </message>
    <message>
        <source>Speak cues (“Switch sides”, “Rest, 30 seconds”…)</source>
        <translation>Ansagen sprechen („Seite wechseln“, „Pause, 30 Sekunden“…)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Play tones as well</source>
        <translation>Auch Töne spielen</translation>
    </message>
    <message>
        <source>Read each move&apos;s instructions in the rest before it</source>
        <translation>Die Anleitung jeder Übung in der Pause davor vorlesen</translation>
    </message>
    <message>
        <source>Said after the move&apos;s cue line, only as far as the rest leaves time for</source>
        <translation>Nach der Kurzanweisung gesprochen, nur so weit die Pause Zeit lässt</translation>
    </message>
    <message>
        <source>The usual voice for the language</source>
        <translation>Die übliche Stimme der Sprache</translation>
    </message>
    <message>
        <source>Which voice</source>
        <translation>Welche Stimme</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>No speech engine found (on Linux: install espeak-ng); tones only.</source>
        <translation>Keine Sprachausgabe gefunden (unter Linux: espeak-ng installieren); nur Töne.</translation>
    </message>
    <message>
        <source> s countdown</source>
        <translation> s Countdown</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Kein Countdown</translation>
    </message>
    <message>
        <source>Into each work interval</source>
        <translation>In jedes Übungsintervall</translation>
    </message>
    <message>
        <source>Halfway cue in work of 20 s or more</source>
        <translation>Halbzeit-Signal bei Übungen ab 20 s</translation>
    </message>
    <message>
        <source>A tick on every paced rep</source>
        <translation>Ein Klick bei jeder getakteten Wiederholung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The routine&apos;s own</source>
        <translation>Die des Ablaufs</translation>
    </message>
    <message>
        <source>Get-ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Start sessions in full screen</source>
        <translation>Einheiten im Vollbild beginnen</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Sound goes to: {output}.</source>
        <translation>Der Ton geht an: {output}.</translation>
    </message>
    <message>
        <source>A tone, then “{phrase}”</source>
        <translation>Ein Ton, dann „{phrase}“</translation>
    </message>
    <message>
        <source>A tone (the voice is off)</source>
        <translation>Ein Ton (die Stimme ist aus)</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
</context>
</TS>
