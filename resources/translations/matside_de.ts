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
        <source>Move.</source>
        <translation>Bewegen.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Halten.</translation>
    </message>
    <message>
        <source>Return.</source>
        <translation>Zurück.</translation>
    </message>
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
    <name>CrashCatcher</name>
    <message>
        <source>Matside ran into a problem</source>
        <translation>In Matside ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <source>Your unsaved edits are kept: Matside offers them back when the editor opens them.</source>
        <translation>Ihre ungespeicherten Änderungen sind gesichert: Matside bietet sie wieder an, wenn der Editor den Ablauf öffnet.</translation>
    </message>
    <message>
        <source>Your unsaved edits could not be kept; save them now if you can.</source>
        <translation>Ihre ungespeicherten Änderungen konnten nicht gesichert werden; speichern Sie sie jetzt, wenn möglich.</translation>
    </message>
    <message>
        <source>Something went wrong inside Matside ({what}). You can carry on.</source>
        <translation>In Matside ist etwas schiefgegangen ({what}). Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>The details are in the log file: {log}</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei: {log}</translation>
    </message>
    <message>
        <source>Another unexpected error ({kind}); see {log}</source>
        <translation>Noch ein unerwarteter Fehler ({kind}); siehe {log}</translation>
    </message>
</context>
<context>
    <name>CueList</name>
    <message>
        <source>Add spoken cue</source>
        <translation>Zuruf hinzufügen</translation>
    </message>
    <message>
        <source>Words said during the work, at a time from its start (on each side)</source>
        <translation>Worte, die während der Arbeit gesagt werden, zu einer Zeit ab ihrem Beginn (auf jeder Seite)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>bei</translation>
    </message>
    <message>
        <source>s:</source>
        <translation>s:</translation>
    </message>
    <message>
        <source>What the coach says</source>
        <translation>Was der Coach sagt</translation>
    </message>
    <message>
        <source>Spoken cue {number}, seconds</source>
        <translation>Zuruf {number}, Sekunden</translation>
    </message>
    <message>
        <source>Spoken cue {number}, words</source>
        <translation>Zuruf {number}, Worte</translation>
    </message>
    <message>
        <source>Remove spoken cue {number}</source>
        <translation>Zuruf {number} entfernen</translation>
    </message>
    <message>
        <source>Remove this cue</source>
        <translation>Diesen Zuruf entfernen</translation>
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
    <name>EditorForm</name>
    <message>
        <source>Time (seconds)</source>
        <translation>Zeit (Sekunden)</translation>
    </message>
    <message>
        <source>Reps at a set pace</source>
        <translation>Wdh. nach Takt</translation>
    </message>
    <message>
        <source>Reps at your own pace</source>
        <translation>Wdh. im eigenen Tempo</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>What the routine is for; shown in the library</source>
        <translation>Wofür der Ablauf gedacht ist; steht in der Bibliothek</translation>
    </message>
    <message>
        <source>Where the content comes from</source>
        <translation>Woher der Inhalt stammt</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Satzpause</translation>
    </message>
    <message>
        <source>Rest after exercise</source>
        <translation>Pause nach Übung</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add an exercise after the chosen one</source>
        <translation>Eine Übung nach der gewählten einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up (Alt+Up); or drag it</source>
        <translation>Nach oben (Alt+Pfeil hoch); oder ziehen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down (Alt+Down); or drag it</source>
        <translation>Nach unten (Alt+Pfeil runter); oder ziehen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add circuit</source>
        <translation>Zirkel hinzufügen</translation>
    </message>
    <message>
        <source>Add a circuit: moves done one after another, round after round</source>
        <translation>Einen Zirkel hinzufügen: Übungen nacheinander, Runde um Runde</translation>
    </message>
    <message>
        <source>Move out of the circuit (Alt+Left)</source>
        <translation>Aus dem Zirkel nehmen (Alt+Links)</translation>
    </message>
    <message>
        <source>Move out of the circuit</source>
        <translation>Aus dem Zirkel nehmen</translation>
    </message>
    <message>
        <source>Move into the circuit beside it (Alt+Right)</source>
        <translation>In den Zirkel daneben nehmen (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Move into the circuit</source>
        <translation>In den Zirkel nehmen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>No exercises yet. Add one on the left.</source>
        <translation>Noch keine Übungen. Fügen Sie links eine hinzu.</translation>
    </message>
    <message>
        <source>Time: a countdown. Reps at a set pace: the app paces and counts them. Reps at your own pace: press Space when done.</source>
        <translation>Zeit: ein Countdown. Wdh. nach Takt: die App gibt den Takt vor und zählt mit. Wdh. im eigenen Tempo: drücken Sie die Leertaste, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Seconds per rep, or the phases of one rep: 3, 2, 3 is 3 s down, hold 2 s, 3 s up</source>
        <translation>Sekunden pro Wiederholung oder die Phasen einer Wiederholung: 3, 2, 3 heißt 3 s hinab, 2 s halten, 3 s hinauf</translation>
    </message>
    <message>
        <source>s per rep</source>
        <translation>s pro Wdh.</translation>
    </message>
    <message>
        <source>One side (or both at once)</source>
        <translation>Eine Seite (oder beide zugleich)</translation>
    </message>
    <message>
        <source>Each side: left, then right</source>
        <translation>Jede Seite: erst links, dann rechts</translation>
    </message>
    <message>
        <source>May be left out to save time</source>
        <translation>Darf wegfallen, wenn Zeit fehlt</translation>
    </message>
    <message>
        <source>Empty: the first sentence of the instructions</source>
        <translation>Leer: der erste Satz der Anleitung</translation>
    </message>
    <message>
        <source>Start position.

The movement.

What you should feel.

Safety.</source>
        <translation>Ausgangsposition.

Die Bewegung.

Was Sie spüren sollten.

Sicherheit.</translation>
    </message>
    <message>
        <source>3 to 4: you pick the count when you start. Second box empty: always the same count.</source>
        <translation>3 bis 4: Sie wählen die Anzahl beim Start. Zweites Feld leer: immer gleich viele.</translation>
    </message>
    <message>
        <source>One short line, shown large while the move runs and said by the coach.</source>
        <translation>Eine kurze Zeile, groß angezeigt, während die Übung läuft, und vom Trainer angesagt.</translation>
    </message>
    <message>
        <source>Paragraphs, separated by a blank line. Shown a piece at a time before the move, and read aloud when the settings ask.</source>
        <translation>Absätze, durch eine Leerzeile getrennt. Vor der Übung Stück für Stück angezeigt und vorgelesen, wenn die Einstellungen es vorsehen.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Pause danach</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Ansage</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Zurufe</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Each round: every exercise of the circuit once, in order. 2 to 3: you pick the count when you start.</source>
        <translation>Jede Runde: jede Übung des Zirkels einmal, der Reihe nach. 2 bis 3: du wählst die Zahl beim Start.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Rest between rounds</source>
        <translation>Rundenpause</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>EXERCISES  ({count})</source>
        <translation>ÜBUNGEN  ({count})</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>CIRCUIT {number} OF {count}</source>
        <translation>ZIRKEL {number} VON {count}</translation>
    </message>
    <message>
        <source>EXERCISE {number} OF {count} IN “{circuit}”</source>
        <translation>ÜBUNG {number} VON {count} IN „{circuit}“</translation>
    </message>
    <message>
        <source>EXERCISE {number} OF {count}</source>
        <translation>ÜBUNG {number} VON {count}</translation>
    </message>
    <message>
        <source>needs fixing</source>
        <translation>muss korrigiert werden</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Your edits are not protected right now: they cannot be kept in case Matside closes ({reason}). Matside keeps trying; saving keeps them for good.</source>
        <translation>Ihre Änderungen sind gerade nicht geschützt: Sie können nicht für den Fall gesichert werden, dass Matside beendet wird ({reason}). Matside versucht es weiter; Speichern sichert sie dauerhaft.</translation>
    </message>
    <message>
        <source>‹  Library</source>
        <translation>‹  Abläufe</translation>
    </message>
    <message>
        <source>Back to the library (asks first if there are unsaved changes)</source>
        <translation>Zurück zur Bibliothek (fragt vorher, wenn es ungespeicherte Änderungen gibt)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Run the routine as it is in the form now</source>
        <translation>Den Ablauf so starten, wie er jetzt im Formular steht</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>This routine cannot be opened in the form:</source>
        <translation>Dieser Ablauf kann im Formular nicht geöffnet werden:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Unsaved changes to “{name}” from {when} were kept when Matside closed. Restore them?</source>
        <translation>Ungespeicherte Änderungen an „{name}“ vom {when} wurden beim Beenden von Matside gesichert. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes that cannot be saved yet:</source>
        <translation>„{name}“ hat ungespeicherte Änderungen, die noch nicht gespeichert werden können:</translation>
    </message>
    <message>
        <source>Discard the changes, or go back and fix them?</source>
        <translation>Die Änderungen verwerfen, oder zurückgehen und sie korrigieren?</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Änderungen an „{name}“ speichern?</translation>
    </message>
    <message>
        <source>This routine is too large to save ({size}; a routine file is at most {limit}): shorten its texts or split it in two.</source>
        <translation>Diese Routine ist zu groß zum Speichern ({size}; eine Routinedatei hat höchstens {limit}): kürzen Sie ihre Texte oder teilen Sie sie in zwei.</translation>
    </message>
    <message>
        <source>“{file}” was deleted since you opened it. Replace it with your version, or save yours as a copy?</source>
        <translation>„{file}“ wurde gelöscht, seit Sie die Datei geöffnet haben. Durch Ihre Fassung ersetzen, oder Ihre als Kopie speichern?</translation>
    </message>
    <message>
        <source>“{file}” was changed by another program since you opened it. Replace it with your version, or save yours as a copy?</source>
        <translation>„{file}“ wurde von einem anderen Programm geändert, seit Sie die Datei geöffnet haben. Durch Ihre Fassung ersetzen, oder Ihre als Kopie speichern?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Save as copy</source>
        <translation>Als Kopie speichern</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>{file} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be used as a picture: it {problem}.</source>
        <translation>{file} kann nicht als Bild verwendet werden: Die Datei {problem}.</translation>
    </message>
    <message>
        <source>Could not copy {file}: it {problem}.</source>
        <translation>{file} konnte nicht kopiert werden: Die Datei {problem}.</translation>
    </message>
    <message>
        <source>Could not copy {file}: {reason}</source>
        <translation>{file} konnte nicht kopiert werden: {reason}</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Unbenannter Ablauf</translation>
    </message>
    <message>
        <source>Length {length}</source>
        <translation>Dauer {length}</translation>
    </message>
    <message>
        <source>Length: —</source>
        <translation>Dauer: —</translation>
    </message>
    <message>
        <source>Cannot save yet: {place}: {problem}</source>
        <translation>Noch nicht speicherbar: {place}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>  (and %n more problem(s))</source>
        <translation>
            <numerusform>  (und %n weiteres Problem)</numerusform>
            <numerusform>  (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save yet:</source>
        <translation>Noch nicht speicherbar:</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Korrigieren Sie zuerst die Probleme</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Nothing to save: no changes since the last save</source>
        <translation>Nichts zu speichern: keine Änderungen seit dem letzten Speichern</translation>
    </message>
    <message>
        <source>New routine, not saved yet</source>
        <translation>Neuer Ablauf, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Pictures (*.svg *.png *.jpg *.jpeg *.gif);;All files (*)</source>
        <translation>Bilder (*.svg *.png *.jpg *.jpeg *.gif);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>EditorProblems</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <source>rest between sets</source>
        <translation>Satzpause</translation>
    </message>
    <message>
        <source>rest after each exercise</source>
        <translation>Pause nach jeder Übung</translation>
    </message>
    <message>
        <source>rest after</source>
        <translation>Pause danach</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>seconds per rep</source>
        <translation>Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>Ansage</translation>
    </message>
    <message>
        <source>spoken cues</source>
        <translation>Zurufe</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation>Rundenpause</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Phase {number} of a rep</source>
        <translation>Phase {number} einer Wiederholung</translation>
    </message>
    <message>
        <source>The time of spoken cue {number}</source>
        <translation>Die Zeit von Zuruf {number}</translation>
    </message>
    <message>
        <source>What spoken cue {number} says</source>
        <translation>Was Zuruf {number} sagt</translation>
    </message>
    <message>
        <source>Spoken cue {number}</source>
        <translation>Zuruf {number}</translation>
    </message>
    <message>
        <source>Circuit {number} “{name}”</source>
        <translation>Zirkel {number} „{name}“</translation>
    </message>
    <message>
        <source>Circuit {number}</source>
        <translation>Zirkel {number}</translation>
    </message>
    <message>
        <source>Exercise {number} “{name}”</source>
        <translation>Übung {number} „{name}“</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation>Übung {number}</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…und {count} weitere</translation>
    </message>
</context>
<context>
    <name>ExercisePicture</name>
    <message>
        <source>could not be loaded</source>
        <translation>konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>is not an SVG picture Qt can draw</source>
        <translation>ist kein SVG-Bild, das Qt zeichnen kann</translation>
    </message>
    <message>
        <source>could not be decoded ({reason})</source>
        <translation>konnte nicht dekodiert werden ({reason})</translation>
    </message>
    <message>
        <source>is not a picture Matside reads (SVG, PNG, JPEG, GIF, BMP, WebP)</source>
        <translation>ist kein Bild, das Matside lesen kann (SVG, PNG, JPEG, GIF, BMP, WebP)</translation>
    </message>
    <message>
        <source>has no readable size ({reason})</source>
        <translation>hat keine lesbare Größe ({reason})</translation>
    </message>
    <message>
        <source>is too large ({width} x {height} pixels; at most {most} million pixels)</source>
        <translation>ist zu groß ({width} × {height} Pixel; höchstens {most} Millionen Pixel)</translation>
    </message>
    <message>
        <source>cannot be found</source>
        <translation>ist nicht auffindbar</translation>
    </message>
    <message>
        <source>cannot be shown</source>
        <translation>kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>could not be drawn ({reason})</source>
        <translation>konnte nicht gezeichnet werden ({reason})</translation>
    </message>
    <message>
        <source>could not be drawn</source>
        <translation>konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>{moves} left out</source>
        <translation>ohne {moves}</translation>
    </message>
    <message>
        <source>nothing left out</source>
        <translation>nichts weggelassen</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>wie geschrieben</translation>
    </message>
    <message>
        <source>{length} + pauses</source>
        <translation>{length} + Pausen</translation>
    </message>
    <message>
        <source>{choices}: {length}</source>
        <translation>{choices}: {length}</translation>
    </message>
    <message>
        <source>Even the shortest plan takes {length} ({choices}), more than {budget}</source>
        <translation>Selbst der kürzeste Plan dauert {length} ({choices}), mehr als {budget}</translation>
    </message>
    <message>
        <source>1 set of each</source>
        <translation>1 Satz je Übung</translation>
    </message>
    <message>
        <source>{count} sets of each</source>
        <translation>{count} Sätze je Übung</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>stopped at {place}</source>
        <translation>beendet bei {place}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>cut off at {place}</source>
        <translation>abgebrochen bei {place}</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>geschafft</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source> — can be resumed from the library</source>
        <translation> — kann in der Bibliothek fortgesetzt werden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete history…</source>
        <translation>Verlauf löschen…</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Zurück zu den Abläufen</translation>
    </message>
    <message>
        <source>Minutes on each day of the last {n} weeks</source>
        <translation>Minuten an jedem Tag der letzten {n} Wochen</translation>
    </message>
    <message>
        <source>Minutes in each of the last {n} weeks</source>
        <translation>Minuten in jeder der letzten {n} Wochen</translation>
    </message>
    <message>
        <source>THE LAST {n} WEEKS</source>
        <translation>DIE LETZTEN {n} WOCHEN</translation>
    </message>
    <message>
        <source>MINUTES PER WEEK</source>
        <translation>MINUTEN PRO WOCHE</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Einheiten, die neueste zuerst</translation>
    </message>
    <message>
        <source>HOW EACH SIDE FELT</source>
        <translation>WIE SICH JEDE SEITE ANFÜHLTE</translation>
    </message>
    <message>
        <source>The exercise whose sides are shown</source>
        <translation>Die Übung, deren Seiten gezeigt werden</translation>
    </message>
    <message>
        <source>How the left and right sides felt, session by session</source>
        <translation>Wie sich die linke und die rechte Seite anfühlten, Einheit für Einheit</translation>
    </message>
    <message>
        <source>Streak: {n} day</source>
        <translation>Serie: {n} Tag</translation>
    </message>
    <message>
        <source>Streak: {n} days</source>
        <translation>Serie: {n} Tage</translation>
    </message>
    <message>
        <source>This week: {min} min</source>
        <translation>Diese Woche: {min} min</translation>
    </message>
    <message>
        <source>Sessions: {n}</source>
        <translation>Einheiten: {n}</translation>
    </message>
    <message>
        <source>No sessions yet. Every session you start is kept here.</source>
        <translation>Noch keine Einheiten. Jede Einheit, die Sie beginnen, wird hier festgehalten.</translation>
    </message>
    <message>
        <source>Could not export the history: {reason}</source>
        <translation>Der Verlauf konnte nicht exportiert werden: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} sessions to {file}.</source>
        <translation>{n} Einheiten nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Delete all {n} sessions from your history? This cannot be undone (Export… keeps a copy first).</source>
        <translation>Alle {n} Einheiten aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen (Exportieren… behält vorher eine Kopie).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted {n} sessions.</source>
        <translation>{n} Einheiten gelöscht.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Pick a routine, roll out the mat, and leave the laptop be.</source>
        <translation>Ablauf wählen, Matte ausrollen, Laptop in Ruhe lassen.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neuer Ablauf</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Copy one or more routine files (.json) into your library</source>
        <translation>Eine oder mehrere Ablaufdateien (.json) in Ihre Bibliothek kopieren</translation>
    </message>
    <message>
        <source>Search names, descriptions, exercises  (Ctrl+F)</source>
        <translation>Namen, Beschreibungen, Übungen durchsuchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Abläufe durchsuchen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Abläufe</translation>
    </message>
    <message numerus="yes">
        <source>Your choice of %n set(s) could not be kept for next time: {reason}</source>
        <translation>
            <numerusform>Ihre Wahl von %n Satz konnte nicht für das nächste Mal gemerkt werden: {reason}</numerusform>
            <numerusform>Ihre Wahl von %n Sätzen konnte nicht für das nächste Mal gemerkt werden: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not duplicate {name}: {reason}</source>
        <translation>{name} konnte nicht dupliziert werden: {reason}</translation>
    </message>
    <message>
        <source>Made a copy you can edit: “{name}”.</source>
        <translation>Eine bearbeitbare Kopie wurde angelegt: „{name}“.</translation>
    </message>
    <message>
        <source>Could not export {name}: {reason}</source>
        <translation>{name} konnte nicht exportiert werden: {reason}</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}.</source>
        <translation>„{name}“ wurde nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Delete “{name}”? You can undo this right after.</source>
        <translation>„{name}“ löschen? Sie können das gleich danach rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete {name}: {reason}</source>
        <translation>{name} konnte nicht gelöscht werden: {reason}</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Could not restore {file}: {reason}</source>
        <translation>{file} konnte nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <source>Repaired {file}.</source>
        <translation>{file} wurde repariert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation>
            <numerusform>%n Ablauf importiert.</numerusform>
            <numerusform>%n Abläufe importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported, because of these problems:</source>
        <translation>
            <numerusform>%n Datei konnte wegen dieser Probleme nicht importiert werden:</numerusform>
            <numerusform>%n Dateien konnten wegen dieser Probleme nicht importiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your Matside folders cannot be read; Matside goes on without them:</source>
        <translation>Einige Ihrer Matside-Ordner sind nicht lesbar; Matside arbeitet ohne sie weiter:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unsaved changes to “{name}” ({when}) were kept when Matside closed</source>
        <translation>Ungespeicherte Änderungen an „{name}“ ({when}) wurden beim Beenden von Matside gesichert</translation>
    </message>
    <message numerus="yes">
        <source> (%n more after this).</source>
        <translation>
            <numerusform> (danach noch %n weiterer).</numerusform>
            <numerusform> (danach noch %n weitere).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Abläufe importieren</translation>
    </message>
    <message>
        <source>Routines (*.json);;All files (*)</source>
        <translation>Abläufe (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Ablauf exportieren</translation>
    </message>
    <message>
        <source>Routines (*.json)</source>
        <translation>Abläufe (*.json)</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Add picture…</source>
        <translation>Bild hinzufügen…</translation>
    </message>
    <message>
        <source>SVG, PNG, JPEG or GIF; copied next to your routine so it goes where the routine goes</source>
        <translation>SVG, PNG, JPEG oder GIF; wird neben Ihren Ablauf kopiert, damit es mit ihm umzieht</translation>
    </message>
    <message>
        <source>missing:
{file}</source>
        <translation>fehlt:
{file}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
        <source>Rest as long as you need — Space, Page Down or F5 goes on</source>
        <translation>Pause nach Bedarf — Leertaste, Bild ab oder F5 geht weiter</translation>
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
    <name>Length</name>
    <message>
        <source>{span} min</source>
        <translation>{span} min</translation>
    </message>
    <message>
        <source>{length} + pauses</source>
        <translation>{length} + Pausen</translation>
    </message>
</context>
<context>
    <name>LibraryDelegate</name>
    <message>
        <source>Choose it to repair or delete it</source>
        <translation>Auswählen, um ihn zu reparieren oder zu löschen</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Your routines</source>
        <translation>Ihre Abläufe</translation>
    </message>
    <message>
        <source>None yet. Duplicate a bundled routine, start a new one, or import a file.</source>
        <translation>Noch keine. Duplizieren Sie einen mitgelieferten Ablauf, legen Sie einen neuen an oder importieren Sie eine Datei.</translation>
    </message>
    <message>
        <source>Bundled with Matside</source>
        <translation>Mit Matside geliefert</translation>
    </message>
    <message>
        <source>Nothing here matches the search.</source>
        <translation>Hier passt nichts zur Suche.</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <source>The training log cannot be opened: {reason}</source>
        <translation>Das Trainingsprotokoll lässt sich nicht öffnen: {reason}</translation>
    </message>
    <message>
        <source>The training log cannot be written: {reason}</source>
        <translation>In das Trainingsprotokoll kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>The training log cannot be read: {reason}</source>
        <translation>Das Trainingsprotokoll kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the training log belongs to a newer Matside</source>
        <translation>das Trainingsprotokoll gehört zu einer neueren Matside-Version</translation>
    </message>
    <message>
        <source>The training log could not be read ({reason}); it was kept as {name} and a new one started.</source>
        <translation>Das Trainingsprotokoll war nicht lesbar ({reason}); es wurde als {name} aufbewahrt und ein neues begonnen.</translation>
    </message>
    <message>
        <source>The training log was damaged and is kept as {name}; a new one cannot be started: {reason}</source>
        <translation>Das Trainingsprotokoll war beschädigt und wurde als {name} aufbewahrt; ein neues kann nicht begonnen werden: {reason}</translation>
    </message>
    <message>
        <source>Some entries of the training log could not be read and are not shown.</source>
        <translation>Einige Einträge des Trainingsprotokolls konnten nicht gelesen werden und werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The training log was written by a newer Matside: it is shown but nothing new is added to it.</source>
        <translation>Das Trainingsprotokoll stammt von einer neueren Matside-Version: Es wird angezeigt, aber nichts Neues hinzugefügt.</translation>
    </message>
    <message>
        <source>{problem}. Sessions are not logged.</source>
        <translation>{problem}. Einheiten werden nicht protokolliert.</translation>
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
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…und {count} weitere</translation>
    </message>
</context>
<context>
    <name>PhraseRenderer</name>
    <message>
        <source>The voice could not speak ({reason}); tones only</source>
        <translation>Die Stimme konnte nicht sprechen ({reason}); nur Töne</translation>
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
    <name>Problem</name>
    <message>
        <source>{problem}, got {found}</source>
        <translation>{problem}, gefunden: {found}</translation>
    </message>
    <message>
        <source>must be a whole number of at least {minimum}</source>
        <translation>muss eine ganze Zahl ab {minimum} sein</translation>
    </message>
    <message>
        <source>must be a number of seconds more than {minimum}</source>
        <translation>muss eine Sekundenzahl über {minimum} sein</translation>
    </message>
    <message>
        <source>must be a number of seconds at least {minimum}</source>
        <translation>muss eine Sekundenzahl ab {minimum} sein</translation>
    </message>
    <message>
        <source>must be a number from {minimum} to {maximum}</source>
        <translation>muss eine Zahl von {minimum} bis {maximum} sein</translation>
    </message>
    <message>
        <source>must be a whole number from {minimum} to {maximum}</source>
        <translation>muss eine ganze Zahl von {minimum} bis {maximum} sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must not contain line breaks or control characters</source>
        <translation>darf keine Zeilenumbrüche oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>must be at most {max_length} characters long</source>
        <translation>darf höchstens {max_length} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>darf höchstens {maximum} sein</translation>
    </message>
    <message>
        <source>has a broken character (a lone surrogate) at position {position}</source>
        <translation>enthält an Stelle {position} ein defektes Zeichen (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>and {count} more problems</source>
        <translation>und {count} weitere Probleme</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>muss angegeben werden</translation>
    </message>
    <message>
        <source>unknown key {key} (did you mean &quot;{hint}&quot;?)</source>
        <translation>unbekannter Schlüssel {key} (war „{hint}“ gemeint?)</translation>
    </message>
    <message>
        <source>unknown key {key} (known keys: {known})</source>
        <translation>unbekannter Schlüssel {key} (bekannte Schlüssel: {known})</translation>
    </message>
    <message>
        <source>must be a number of seconds (0 or more) or &quot;{as_needed}&quot;</source>
        <translation>muss eine Sekundenzahl (ab 0) oder „{as_needed}“ sein</translation>
    </message>
    <message>
        <source>must be a list of paragraphs (texts), got a single text; wrap it in [ ]</source>
        <translation>muss eine Liste von Absätzen (Texten) sein, ist aber ein einzelner Text; in [ ] einschließen</translation>
    </message>
    <message>
        <source>must be a list of paragraphs (texts)</source>
        <translation>muss eine Liste von Absätzen (Texten) sein</translation>
    </message>
    <message>
        <source>may have at most {most} paragraphs</source>
        <translation>darf höchstens {most} Absätze haben</translation>
    </message>
    <message>
        <source>paragraph {number}: {problem}</source>
        <translation>Absatz {number}: {problem}</translation>
    </message>
    <message>
        <source>must be a language tag like &quot;en&quot; or &quot;de-AT&quot;</source>
        <translation>muss ein Sprachkürzel wie „en“ oder „de-AT“ sein</translation>
    </message>
    <message>
        <source>must be a picture&apos;s path, got an empty text</source>
        <translation>muss der Pfad eines Bildes sein, ist aber leer</translation>
    </message>
    <message>
        <source>must be resource:images/NAME or a path inside the routine&apos;s folder written with / (no absolute path, ~, .., \ or :)</source>
        <translation>muss resource:images/NAME oder ein Pfad im Ordner des Ablaufs sein, mit / geschrieben (kein absoluter Pfad, kein ~, .., \ oder :)</translation>
    </message>
    <message>
        <source>must be a list of picture paths (texts)</source>
        <translation>muss eine Liste von Bildpfaden (Texten) sein</translation>
    </message>
    <message>
        <source>may list at most {most} pictures</source>
        <translation>darf höchstens {most} Bilder nennen</translation>
    </message>
    <message>
        <source>picture {number}: {problem}</source>
        <translation>Bild {number}: {problem}</translation>
    </message>
    <message>
        <source>this file uses format {format}; this Matside reads formats {first} to {last}</source>
        <translation>diese Datei hat das Format {format}; diese Matside-Version liest die Formate {first} bis {last}</translation>
    </message>
    <message>
        <source>must list {fewest} to {most} phase lengths (seconds), got {count}; for one phase write a number</source>
        <translation>muss {fewest} bis {most} Phasenlängen (Sekunden) nennen, nennt aber {count}; für eine Phase eine Zahl schreiben</translation>
    </message>
    <message>
        <source>phase {number}: {problem}</source>
        <translation>Phase {number}: {problem}</translation>
    </message>
    <message>
        <source>min must be less than max</source>
        <translation>das Minimum muss kleiner als das Maximum sein</translation>
    </message>
    <message>
        <source>(for a fixed count write a number)</source>
        <translation>(für eine feste Anzahl eine Zahl schreiben)</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1 or a range like {example}</source>
        <translation>muss eine ganze Zahl ab 1 oder ein Bereich wie {example} sein</translation>
    </message>
    <message>
        <source>must be &quot;one&quot; or &quot;each&quot; (left then right)</source>
        <translation>muss „one“ oder „each“ (links, dann rechts) sein</translation>
    </message>
    <message>
        <source>an exercise in a circuit is done once each round; give the circuit &quot;rounds&quot;</source>
        <translation>eine Übung im Zirkel kommt einmal pro Runde dran; dem Zirkel „rounds“ geben</translation>
    </message>
    <message>
        <source>an exercise in a circuit is done once each round; give the circuit &quot;rest_between_rounds&quot;</source>
        <translation>eine Übung im Zirkel kommt einmal pro Runde dran; dem Zirkel „rest_between_rounds“ geben</translation>
    </message>
    <message>
        <source>a move inside a circuit cannot be left out on its own; mark the circuit optional</source>
        <translation>eine Übung im Zirkel kann nicht allein ausgelassen werden; den Zirkel als optional markieren</translation>
    </message>
    <message>
        <source>a circuit cannot hold a circuit (one level only)</source>
        <translation>ein Zirkel kann keinen Zirkel enthalten (nur eine Ebene)</translation>
    </message>
    <message>
        <source>must be a list of cues like {example}</source>
        <translation>muss eine Liste von Zurufen wie {example} sein</translation>
    </message>
    <message>
        <source>may list at most {most} cues</source>
        <translation>darf höchstens {most} Zurufe nennen</translation>
    </message>
    <message>
        <source>{at} s is not within the interval, which lasts {length} s</source>
        <translation>{at} s liegt nicht im Intervall, das {length} s dauert</translation>
    </message>
    <message>
        <source>needs &quot;seconds&quot; (timed work) or &quot;reps&quot; (counted work)</source>
        <translation>braucht Sekunden (auf Zeit) oder Wiederholungen (gezählt)</translation>
    </message>
    <message>
        <source>give either &quot;seconds&quot; or &quot;reps&quot;, not both</source>
        <translation>entweder Sekunden oder Wiederholungen angeben, nicht beides</translation>
    </message>
    <message>
        <source>&quot;tempo&quot; (seconds per rep) needs &quot;reps&quot;</source>
        <translation>ein Tempo (Sekunden pro Wiederholung) braucht Wiederholungen</translation>
    </message>
    <message>
        <source>{reps} reps at {rep} s each last over {hours} hours; one interval may not</source>
        <translation>{reps} Wiederholungen zu je {rep} s dauern über {hours} Stunden; so lang darf ein Intervall nicht sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must list at least one exercise</source>
        <translation>muss mindestens eine Übung enthalten</translation>
    </message>
    <message>
        <source>may list at most {most} exercises</source>
        <translation>darf höchstens {most} Übungen enthalten</translation>
    </message>
    <message>
        <source>a circuit needs &quot;format&quot;: 2</source>
        <translation>ein Zirkel braucht &quot;format&quot;: 2</translation>
    </message>
    <message>
        <source>a tempo in phases needs &quot;format&quot;: 2</source>
        <translation>ein Tempo in Phasen braucht &quot;format&quot;: 2</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; needs &quot;format&quot;: 2</source>
        <translation>„{key}“ braucht &quot;format&quot;: 2</translation>
    </message>
    <message>
        <source>mark {count} moves optional; a routine may have at most {most}</source>
        <translation>markieren {count} Übungen als optional; ein Ablauf darf höchstens {most} haben</translation>
    </message>
    <message>
        <source>make {count} work intervals (sets × sides, at the most sets and rounds); a routine may have at most {most}</source>
        <translation>ergeben {count} Arbeitsintervalle (Sätze × Seiten, bei den meisten Sätzen und Runden); ein Ablauf darf höchstens {most} haben</translation>
    </message>
    <message>
        <source>count {count} paced reps in all; a routine may have at most {most}</source>
        <translation>zählen insgesamt {count} getaktete Wiederholungen; ein Ablauf darf höchstens {most} haben</translation>
    </message>
    <message>
        <source>have {count} spoken cues in all; a routine may have at most {most}</source>
        <translation>haben insgesamt {count} gesprochene Zurufe; ein Ablauf darf höchstens {most} haben</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>kein gültiges JSON: {reason}</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>not valid JSON: a number has too many digits</source>
        <translation>kein gültiges JSON: eine Zahl hat zu viele Ziffern</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>must be &quot;system&quot; or &quot;light&quot; or &quot;dark&quot;</source>
        <translation>muss „system“, „light“ oder „dark“ sein</translation>
    </message>
    <message>
        <source>must be &quot;system&quot; or &quot;en&quot; or &quot;de&quot; or &quot;es&quot;</source>
        <translation>muss „system“, „en“, „de“ oder „es“ sein</translation>
    </message>
    <message>
        <source>{problem}, like {example}</source>
        <translation>{problem}, z. B. {example}</translation>
    </message>
    <message>
        <source>{subject} {problem}</source>
        <translation>{subject}: {problem}</translation>
    </message>
    <message>
        <source>{subject}: {problem}</source>
        <translation>{subject}: {problem}</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>byte {byte}</source>
        <translation>Byte {byte}</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(Datei)</translation>
    </message>
    <message>
        <source>is a JPEG of too many segments (over {most})</source>
        <translation>ist ein JPEG aus zu vielen Segmenten (über {most})</translation>
    </message>
    <message>
        <source>is a JPEG of too many scans (over {most}); decoding it would take minutes</source>
        <translation>ist ein JPEG aus zu vielen Scans (über {most}); das Dekodieren würde Minuten dauern</translation>
    </message>
    <message>
        <source>is a progressive JPEG too large to decode ({width} x {height} pixels; at most {most} million pixels)</source>
        <translation>ist ein progressives JPEG, zu groß zum Dekodieren ({width} × {height} Pixel; höchstens {most} Millionen Pixel)</translation>
    </message>
    <message>
        <source>is an animation of too many frames for its size (at most {frames} frames, and {pixels} million pixels in all)</source>
        <translation>ist eine Animation mit zu vielen Bildern für ihre Größe (höchstens {frames} Bilder und insgesamt {pixels} Millionen Pixel)</translation>
    </message>
    <message>
        <source>is a GIF of too many small pieces (over {most})</source>
        <translation>ist ein GIF aus zu vielen kleinen Teilen (über {most})</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>the file name cannot be used on this system</source>
        <translation>der Dateiname ist auf diesem System nicht verwendbar</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>is too large ({size}; at most {limit})</source>
        <translation>ist zu groß ({size}; höchstens {limit})</translation>
    </message>
    <message>
        <source>leads outside its folder</source>
        <translation>führt aus ihrem Ordner hinaus</translation>
    </message>
    <message>
        <source>is too large (at most {limit})</source>
        <translation>ist zu groß (höchstens {limit})</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>a file stands where the folder should be</source>
        <translation>wo der Ordner sein sollte, steht eine Datei</translation>
    </message>
    <message>
        <source>the folder&apos;s name cannot be used on this system</source>
        <translation>der Name des Ordners ist auf diesem System nicht verwendbar</translation>
    </message>
    <message>
        <source>{folder} cannot be read: {reason}</source>
        <translation>{folder} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>cannot be written to your library: {reason}</source>
        <translation>kann nicht in Ihre Bibliothek geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>is not a picture (PNG, JPEG, GIF or SVG)</source>
        <translation>ist kein Bild (PNG, JPEG, GIF oder SVG)</translation>
    </message>
    <message>
        <source>cannot read: {problem}</source>
        <translation>nicht lesbar: {problem}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <source>no such image: {reference}</source>
        <translation>Bild nicht gefunden: {reference}</translation>
    </message>
    <message>
        <source>its pictures add up to {total} MB; at most {most} MB</source>
        <translation>ihre Bilder ergeben zusammen {total} MB; höchstens {most} MB</translation>
    </message>
    <message>
        <source>picture {reference} leads outside the bundled pictures</source>
        <translation>Bild {reference} führt aus den mitgelieferten Bildern hinaus</translation>
    </message>
    <message>
        <source>picture {reference} leads outside the routine&apos;s folder</source>
        <translation>Bild {reference} führt aus dem Ordner des Ablaufs hinaus</translation>
    </message>
    <message>
        <source>picture {reference} {problem}</source>
        <translation>Bild {reference} {problem}</translation>
    </message>
    <message>
        <source>would be too large to be read again ({size}; at most {limit})</source>
        <translation>wäre zu groß, um wieder gelesen zu werden ({size}; höchstens {limit})</translation>
    </message>
    <message>
        <source>has a processing instruction (&lt;?{target} ...?&gt;), which pictures may not have</source>
        <translation>enthält eine Verarbeitungsanweisung (&lt;?{target} ...?&gt;), die Bilder nicht haben dürfen</translation>
    </message>
    <message>
        <source>is too large for an SVG (at most {size} MB)</source>
        <translation>ist zu groß für ein SVG (höchstens {size} MB)</translation>
    </message>
    <message>
        <source>has a DTD or entities (&lt;!DOCTYPE, &lt;!ENTITY), which pictures may not have</source>
        <translation>enthält eine DTD oder Entities (&lt;!DOCTYPE, &lt;!ENTITY), die Bilder nicht haben dürfen</translation>
    </message>
    <message>
        <source>is not a well-formed SVG file ({reason})</source>
        <translation>ist keine wohlgeformte SVG-Datei ({reason})</translation>
    </message>
    <message>
        <source>is not a well-formed SVG file</source>
        <translation>ist keine wohlgeformte SVG-Datei</translation>
    </message>
    <message>
        <source>is not a readable compressed SVG ({reason})</source>
        <translation>ist kein lesbares komprimiertes SVG ({reason})</translation>
    </message>
    <message>
        <source>is too large for an SVG once decompressed (at most {size} MB)</source>
        <translation>ist entpackt zu groß für ein SVG (höchstens {size} MB)</translation>
    </message>
    <message>
        <source>is not a readable compressed SVG (it ends too soon)</source>
        <translation>ist kein lesbares komprimiertes SVG (es endet zu früh)</translation>
    </message>
    <message>
        <source>has too many elements (at most {most})</source>
        <translation>hat zu viele Elemente (höchstens {most})</translation>
    </message>
    <message>
        <source>imports a style sheet (@import), which pictures may not do</source>
        <translation>importiert ein Stylesheet (@import), was Bilder nicht dürfen</translation>
    </message>
    <message>
        <source>embeds data (a data: address), which pictures may not do</source>
        <translation>bettet Daten ein (eine data:-Adresse), was Bilder nicht dürfen</translation>
    </message>
    <message>
        <source>refers to something outside the picture ({reference}); only #name references inside it are allowed</source>
        <translation>verweist auf etwas außerhalb des Bildes ({reference}); erlaubt sind nur #name-Verweise innerhalb</translation>
    </message>
    <message>
        <source>has a &lt;{element}&gt; element, which pictures may not have (filters, masks, patterns, markers and clip paths can take minutes to draw)</source>
        <translation>enthält ein &lt;{element}&gt;-Element, das Bilder nicht haben dürfen (Filter, Masken, Muster, Marker und Beschneidungspfade können minutenlang zum Zeichnen brauchen)</translation>
    </message>
    <message>
        <source>has a &lt;{element}&gt; element, which pictures may not have (only shapes, groups, text, gradients and &lt;use&gt;)</source>
        <translation>enthält ein &lt;{element}&gt;-Element, das Bilder nicht haben dürfen (nur Formen, Gruppen, Text, Verläufe und &lt;use&gt;)</translation>
    </message>
    <message>
        <source>has a {attribute}= attribute (on &lt;{element}&gt;), which pictures may not have</source>
        <translation>hat ein Attribut {attribute}= (an &lt;{element}&gt;), das Bilder nicht haben dürfen</translation>
    </message>
    <message>
        <source>has a style property {name}, which pictures may not have (only fill, stroke, opacity, colour and font properties)</source>
        <translation>hat eine Stil-Eigenschaft {name}, die Bilder nicht haben dürfen (nur Füllung, Strich, Deckkraft, Farbe und Schrift)</translation>
    </message>
    <message>
        <source>has a style value {value} that pictures may not have (letters, digits, #, %, quotes and url(#name) only)</source>
        <translation>hat einen Stil-Wert {value}, den Bilder nicht haben dürfen (nur Buchstaben, Ziffern, #, %, Anführungszeichen und url(#name))</translation>
    </message>
    <message>
        <source>has a stroke width that is not a plain length ({width})</source>
        <translation>hat eine Strichbreite, die keine einfache Länge ist ({width})</translation>
    </message>
    <message>
        <source>has a stroke too wide to draw quickly ({width}; at most {most} units, {share} of the picture&apos;s larger side)</source>
        <translation>hat einen zu breiten Strich, um schnell gezeichnet zu werden ({width}; höchstens {most} Einheiten, {share} der längeren Bildseite)</translation>
    </message>
    <message>
        <source>has a dash pattern (stroke-dasharray) of {count} entries (at most {most})</source>
        <translation>hat ein Strichmuster (stroke-dasharray) aus {count} Einträgen (höchstens {most})</translation>
    </message>
    <message>
        <source>has a dash pattern (stroke-dasharray) that is not a list of numbers ({pattern})</source>
        <translation>hat ein Strichmuster (stroke-dasharray), das keine Liste von Zahlen ist ({pattern})</translation>
    </message>
    <message>
        <source>has a dash pattern (stroke-dasharray) of dashes too short to draw quickly (on average at least {least} units, {share} of the picture&apos;s larger side)</source>
        <translation>hat ein Strichmuster (stroke-dasharray) mit zu kurzen Strichen, um schnell gezeichnet zu werden (im Mittel mindestens {least} Einheiten, {share} der längeren Bildseite)</translation>
    </message>
    <message>
        <source>has a viewBox that is not four numbers ({box})</source>
        <translation>hat eine viewBox, die nicht aus vier Zahlen besteht ({box})</translation>
    </message>
    <message>
        <source>has a size that cannot be drawn ({size}: from {least} to {most})</source>
        <translation>hat eine Größe, die sich nicht zeichnen lässt ({size}: von {least} bis {most})</translation>
    </message>
    <message>
        <source>refers to itself in a loop (through &lt;use&gt; or url(#...))</source>
        <translation>verweist in einer Schleife auf sich selbst (über &lt;use&gt; oder url(#...))</translation>
    </message>
    <message>
        <source>draws too many shapes, points or dashes once its &lt;use&gt; copies are counted (over {most}; too slow to draw)</source>
        <translation>zeichnet mit seinen &lt;use&gt;-Kopien zu viele Formen, Punkte oder Striche (über {most}; zu langsam zum Zeichnen)</translation>
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
    <name>Recorder</name>
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
        <source>the start</source>
        <translation>der Anfang</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair {file} — Matside</source>
        <translation>{file} reparieren — Matside</translation>
    </message>
    <message>
        <source>Repair {file}</source>
        <translation>{file} reparieren</translation>
    </message>
    <message>
        <source>The routine file&apos;s text</source>
        <translation>Text der Ablaufdatei</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>This file cannot be repaired here: it {problem}.</source>
        <translation>Diese Datei kann hier nicht repariert werden: Sie {problem}.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text: byte {byte} at line {line}, column {column} (byte {offset} of the file) cannot be read. It is shown read-only, and cannot be saved here, so that nothing in it is lost. Save it as UTF-8 in a text editor, then repair it here.</source>
        <translation>Diese Datei ist kein UTF-8-Text: Byte {byte} in Zeile {line}, Spalte {column} (Byte {offset} der Datei) ist nicht lesbar. Sie wird schreibgeschützt angezeigt und kann hier nicht gespeichert werden, damit nichts verloren geht. Speichern Sie sie in einem Texteditor als UTF-8 und reparieren Sie sie dann hier.</translation>
    </message>
    <message>
        <source>This file cannot be saved here.</source>
        <translation>Diese Datei kann hier nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n Problem vor dem Speichern zu beheben</numerusform>
            <numerusform>%n Probleme vor dem Speichern zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a valid routine; Save to put it back in your library.</source>
        <translation>Das ist ein gültiger Ablauf; Speichern stellt ihn zurück in Ihre Bibliothek.</translation>
    </message>
    <message>
        <source>Fix the problems listed below the text first.</source>
        <translation>Beheben Sie zuerst die unter dem Text aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Speichern fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>RestEdit</name>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>nach Bedarf</translation>
    </message>
    <message>
        <source>Rest until you press Space</source>
        <translation>Pause, bis Sie die Leertaste drücken</translation>
    </message>
    <message>
        <source>empty: none, the round goes straight on</source>
        <translation>leer: keine, die Runde geht gleich weiter</translation>
    </message>
    <message>
        <source>empty: as needed, like the routine</source>
        <translation>leer: nach Bedarf, wie im Ablauf</translation>
    </message>
    <message>
        <source>empty: the routine&apos;s {seconds} s</source>
        <translation>leer: {seconds} s wie im Ablauf</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Sets of each move</source>
        <translation>Sätze je Übung</translation>
    </message>
    <message>
        <source>I have</source>
        <translation>Ich habe</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Minutes you have</source>
        <translation>Minuten, die Sie haben</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Fit the routine to the minutes you have</source>
        <translation>Den Ablauf an Ihre Minuten anpassen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Reparieren…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Pick a routine</source>
        <translation>Wählen Sie einen Ablauf</translation>
    </message>
    <message>
        <source>No routine has “{search}” in its name, its description or its exercises. Clear the search to see them all.</source>
        <translation>Kein Ablauf enthält „{search}“ im Namen, in der Beschreibung oder in den Übungen. Leeren Sie die Suche, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Choose one on the left to see its exercises.</source>
        <translation>Wählen Sie links einen aus, um seine Übungen zu sehen.</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translation>Diese Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Matside cannot use it as it is: fix what is listed below in a text editor and open it again.</source>
        <translation>Matside kann sie so nicht verwenden: Korrigieren Sie das unten Aufgeführte in einem Texteditor und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Repair it as text (what is wrong is checked as you type), or delete it.</source>
        <translation>Reparieren Sie sie als Text (Fehler werden beim Tippen geprüft) oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>WHAT IS WRONG</source>
        <translation>WAS NICHT STIMMT</translation>
    </message>
    <message>
        <source>Not in your library  ·  {file}  ·  Import copies it in</source>
        <translation>Nicht in Ihrer Bibliothek  ·  {file}  ·  Importieren kopiert ihn hinein</translation>
    </message>
    <message>
        <source>Bundled with Matside — read-only; duplicate it to make your own version</source>
        <translation>Mit Matside geliefert — schreibgeschützt; duplizieren Sie ihn für eine eigene Fassung</translation>
    </message>
    <message>
        <source>Yours  ·  {file}</source>
        <translation>Eigener Ablauf  ·  {file}</translation>
    </message>
    <message>
        <source>EXERCISES</source>
        <translation>ÜBUNGEN</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Kopie bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>Cannot be opened: {place}: {problem}</source>
        <translation>Nicht zu öffnen: {place}: {problem}</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>{count} exercises</source>
        <translation>{count} Übungen</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 Wdh.</translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation>{count} Wdh.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{reps}, {seconds} s each</source>
        <translation>{reps}, je {seconds} s</translation>
    </message>
    <message>
        <source>{reps} at your own pace</source>
        <translation>{reps} im eigenen Tempo</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <source>{fewest}–{most} sets</source>
        <translation>{fewest}–{most} Sätze</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} Sätze</translation>
    </message>
    <message>
        <source>1 spoken cue</source>
        <translation>1 gesprochener Hinweis</translation>
    </message>
    <message>
        <source>{count} spoken cues</source>
        <translation>{count} gesprochene Hinweise</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>{fewest}–{most} rounds</source>
        <translation>{fewest}–{most} Runden</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Zirkel</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 Runde</translation>
    </message>
    <message>
        <source>{count} rounds</source>
        <translation>{count} Runden</translation>
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message>
        <source>MOVE</source>
        <translation>BEWEGEN</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>ZURÜCK</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Runde {round} von {rounds}</translation>
    </message>
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
        <source>round {round} of {rounds}</source>
        <translation>Runde {round} von {rounds}</translation>
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
    <name>SetsEdit</name>
    <message>
        <source>For a range: the most rounds. Leave empty for a fixed count.</source>
        <translation>Für einen Bereich: die meisten Runden. Leer lassen für eine feste Zahl.</translation>
    </message>
    <message>
        <source>Rounds, or the fewest rounds of a range</source>
        <translation>Runden, oder die wenigsten Runden eines Bereichs</translation>
    </message>
    <message>
        <source>Rounds, the most of a range</source>
        <translation>Runden, die meisten eines Bereichs</translation>
    </message>
    <message>
        <source>For a range: the most sets. Leave empty for a fixed count.</source>
        <translation>Für einen Bereich: die meisten Sätze. Leer lassen für eine feste Anzahl.</translation>
    </message>
    <message>
        <source>Sets, or the fewest sets of a range</source>
        <translation>Sätze, oder die wenigsten Sätze eines Bereichs</translation>
    </message>
    <message>
        <source>Sets, the most of a range</source>
        <translation>Sätze, die meisten eines Bereichs</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
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
    <name>SettingsFile</name>
    <message>
        <source>kept as {name}</source>
        <translation>als {name} aufbewahrt</translation>
    </message>
    <message>
        <source>left in place</source>
        <translation>an seinem Platz gelassen</translation>
    </message>
    <message>
        <source>not kept (the folder cannot be written)</source>
        <translation>nicht aufbewahrt (in den Ordner kann nicht geschrieben werden)</translation>
    </message>
    <message>
        <source>Some settings could not be used ({problem}{more}); they are back to their defaults, the others are kept; your file as it was is {where}</source>
        <translation>Einige Einstellungen waren nicht verwendbar ({problem}{more}); sie sind wieder auf ihren Standardwerten, die übrigen bleiben; Ihre Datei, wie sie war: {where}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (und {count} weitere)</translation>
    </message>
    <message>
        <source>Settings could not be read ({reason}); using defaults, the file is {where}</source>
        <translation>Die Einstellungen konnten nicht gelesen werden ({reason}); es gelten die Standardwerte, die Datei: {where}</translation>
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
<context>
    <name>SideChart</name>
    <message>
        <source>No side rated yet: in the rest after an exercise&apos;s sides, press 1 to 5.</source>
        <translation>Noch keine Seite bewertet: in der Pause nach den Seiten einer Übung 1 bis 5 drücken.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
</context>
</TS>
