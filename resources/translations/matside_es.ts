<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A desktop interval timer with exercise cues, readable from the mat.</source>
        <translation>Un temporizador de intervalos para el escritorio con indicaciones de ejercicios, legible desde la esterilla.</translation>
    </message>
    <message>
        <source>see the LICENSE file</source>
        <translation>véase el archivo LICENSE</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licencia: {licence}</translation>
    </message>
    <message>
        <source>Built on {libraries}; the coach&apos;s voice is espeak-ng&apos;s. Python {python}, Qt {qt}, PySide6 {pyside}.</source>
        <translation>Construido sobre {libraries}; la voz del entrenador es la de espeak-ng. Python {python}, Qt {qt}, PySide6 {pyside}.</translation>
    </message>
    <message>
        <source>The bundled routines come from</source>
        <translation>Las rutinas incluidas proceden de</translation>
    </message>
    <message>
        <source>Their numbers and facts are the articles&apos;; the wording and the pictures are ours.</source>
        <translation>Las cifras y los datos son de los artículos; la redacción y los dibujos son nuestros.</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>Move.</source>
        <translation>Muévase.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Sostenga.</translation>
    </message>
    <message>
        <source>Return.</source>
        <translation>Vuelva.</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} minuto</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} segundo</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <source>{n} reps</source>
        <translation>{n} repeticiones</translation>
    </message>
    <message>
        <source>{how_much} each side</source>
        <translation>{how_much} por lado</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Mitad.</translation>
    </message>
    <message>
        <source>Last round.</source>
        <translation>Última ronda.</translation>
    </message>
    <message>
        <source>Last set.</source>
        <translation>Última serie.</translation>
    </message>
    <message>
        <source>Well done! That&apos;s the whole routine.</source>
        <translation>¡Muy bien! Esa es toda la rutina.</translation>
    </message>
    <message>
        <source>Get ready. {move}.</source>
        <translation>Prepárese. {move}.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambie de lado.</translation>
    </message>
    <message>
        <source>{n} reps at your own pace. Press space when done.</source>
        <translation>{n} repeticiones a su ritmo. Pulse espacio al terminar.</translation>
    </message>
    <message>
        <source>Left side. Go!</source>
        <translation>Lado izquierdo. ¡Ya!</translation>
    </message>
    <message>
        <source>Right side. Go!</source>
        <translation>Lado derecho. ¡Ya!</translation>
    </message>
    <message>
        <source>Go!</source>
        <translation>¡Ya!</translation>
    </message>
    <message>
        <source>Rest as needed. Press space when ready. Next: {coming}.</source>
        <translation>Descanse lo necesario. Pulse espacio cuando esté listo. A continuación: {coming}.</translation>
    </message>
    <message>
        <source>Rest, {how_long}. Next: {coming}.</source>
        <translation>Descanso, {how_long}. A continuación: {coming}.</translation>
    </message>
    <message>
        <source>{circuit}, round {round} of {rounds}: {move}</source>
        <translation>{circuit}, ronda {round} de {rounds}: {move}</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>serie {set} de {sets}</translation>
    </message>
</context>
<context>
    <name>CrashCatcher</name>
    <message>
        <source>Matside ran into a problem</source>
        <translation>Matside ha tenido un problema</translation>
    </message>
    <message>
        <source>Your unsaved edits are kept: Matside offers them back when the editor opens them.</source>
        <translation>Sus cambios sin guardar se han conservado: Matside se los ofrecerá de nuevo cuando el editor abra la rutina.</translation>
    </message>
    <message>
        <source>Your unsaved edits could not be kept; save them now if you can.</source>
        <translation>No se pudieron conservar sus cambios sin guardar; guárdelos ahora si puede.</translation>
    </message>
    <message>
        <source>Something went wrong inside Matside ({what}). You can carry on.</source>
        <translation>Algo ha fallado dentro de Matside ({what}). Puede continuar.</translation>
    </message>
    <message>
        <source>The details are in the log file: {log}</source>
        <translation>Los detalles están en el archivo de registro: {log}</translation>
    </message>
    <message>
        <source>Another unexpected error ({kind}); see {log}</source>
        <translation>Otro error inesperado ({kind}); consulte {log}</translation>
    </message>
</context>
<context>
    <name>CueList</name>
    <message>
        <source>Add spoken cue</source>
        <translation>Añadir aviso</translation>
    </message>
    <message>
        <source>Words said during the work, at a time from its start (on each side)</source>
        <translation>Palabras dichas durante el trabajo, a un tiempo desde su inicio (en cada lado)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a los</translation>
    </message>
    <message>
        <source>s:</source>
        <translation>s:</translation>
    </message>
    <message>
        <source>What the coach says</source>
        <translation>Lo que dice el entrenador</translation>
    </message>
    <message>
        <source>Spoken cue {number}, seconds</source>
        <translation>Aviso {number}, segundos</translation>
    </message>
    <message>
        <source>Spoken cue {number}, words</source>
        <translation>Aviso {number}, palabras</translation>
    </message>
    <message>
        <source>Remove spoken cue {number}</source>
        <translation>Quitar el aviso {number}</translation>
    </message>
    <message>
        <source>Remove this cue</source>
        <translation>Quitar este aviso</translation>
    </message>
</context>
<context>
    <name>DoneNotes</name>
    <message>
        <source>Notes — press Tab to write one</source>
        <translation>Notas — pulse Tab para escribir una</translation>
    </message>
    <message>
        <source>How it went, what to change next time</source>
        <translation>Cómo fue, qué cambiar la próxima vez</translation>
    </message>
    <message>
        <source>Note on {exercise}</source>
        <translation>Nota sobre {exercise}</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source>Time (seconds)</source>
        <translation>Tiempo (segundos)</translation>
    </message>
    <message>
        <source>Reps at a set pace</source>
        <translation>Rep. a ritmo fijo</translation>
    </message>
    <message>
        <source>Reps at your own pace</source>
        <translation>Rep. a su ritmo</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>What the routine is for; shown in the library</source>
        <translation>Para qué sirve la rutina; se muestra en la biblioteca</translation>
    </message>
    <message>
        <source>Where the content comes from</source>
        <translation>De dónde procede el contenido</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Rest after exercise</source>
        <translation>Descanso tras ejercicio</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add an exercise after the chosen one</source>
        <translation>Añadir un ejercicio después del elegido</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up (Alt+Up); or drag it</source>
        <translation>Subir (Alt+Arriba); o arrástrelo</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down (Alt+Down); or drag it</source>
        <translation>Bajar (Alt+Abajo); o arrástrelo</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Add circuit</source>
        <translation>Añadir circuito</translation>
    </message>
    <message>
        <source>Add a circuit: moves done one after another, round after round</source>
        <translation>Añadir un circuito: ejercicios uno tras otro, ronda tras ronda</translation>
    </message>
    <message>
        <source>Move out of the circuit (Alt+Left)</source>
        <translation>Sacar del circuito (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Move out of the circuit</source>
        <translation>Sacar del circuito</translation>
    </message>
    <message>
        <source>Move into the circuit beside it (Alt+Right)</source>
        <translation>Meter en el circuito de al lado (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Move into the circuit</source>
        <translation>Meter en el circuito</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>No exercises yet. Add one on the left.</source>
        <translation>Todavía no hay ejercicios. Añada uno a la izquierda.</translation>
    </message>
    <message>
        <source>Time: a countdown. Reps at a set pace: the app paces and counts them. Reps at your own pace: press Space when done.</source>
        <translation>Tiempo: una cuenta atrás. Rep. a ritmo fijo: la aplicación marca el ritmo y las cuenta. Rep. a su ritmo: pulse Espacio al terminar.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>rep.</translation>
    </message>
    <message>
        <source>Seconds per rep, or the phases of one rep: 3, 2, 3 is 3 s down, hold 2 s, 3 s up</source>
        <translation>Segundos por repetición, o las fases de una repetición: 3, 2, 3 es 3 s bajar, 2 s mantener, 3 s subir</translation>
    </message>
    <message>
        <source>s per rep</source>
        <translation>s por rep.</translation>
    </message>
    <message>
        <source>One side (or both at once)</source>
        <translation>Un lado (o los dos a la vez)</translation>
    </message>
    <message>
        <source>Each side: left, then right</source>
        <translation>Cada lado: izquierdo y luego derecho</translation>
    </message>
    <message>
        <source>May be left out to save time</source>
        <translation>Se puede omitir si falta tiempo</translation>
    </message>
    <message>
        <source>Empty: the first sentence of the instructions</source>
        <translation>Vacío: la primera frase de las instrucciones</translation>
    </message>
    <message>
        <source>Start position.

The movement.

What you should feel.

Safety.</source>
        <translation>Posición inicial.

El movimiento.

Qué debería sentir.

Seguridad.</translation>
    </message>
    <message>
        <source>3 to 4: you pick the count when you start. Second box empty: always the same count.</source>
        <translation>De 3 a 4: usted elige el número al empezar. Segunda casilla vacía: siempre el mismo número.</translation>
    </message>
    <message>
        <source>One short line, shown large while the move runs and said by the coach.</source>
        <translation>Una línea corta, que se muestra en grande durante el ejercicio y que dice el entrenador.</translation>
    </message>
    <message>
        <source>Paragraphs, separated by a blank line. Shown a piece at a time before the move, and read aloud when the settings ask.</source>
        <translation>Párrafos separados por una línea en blanco. Se muestran por partes antes del ejercicio y se leen en voz alta si las preferencias lo indican.</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Descanso después</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Each round: every exercise of the circuit once, in order. 2 to 3: you pick the count when you start.</source>
        <translation>Cada ronda: cada ejercicio del circuito una vez, en orden. 2 a 3: eliges el número al empezar.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Rest between rounds</source>
        <translation>Descanso entre rondas</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>EXERCISES  ({count})</source>
        <translation>EJERCICIOS  ({count})</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>EJERCICIO</translation>
    </message>
    <message>
        <source>CIRCUIT {number} OF {count}</source>
        <translation>CIRCUITO {number} DE {count}</translation>
    </message>
    <message>
        <source>EXERCISE {number} OF {count} IN “{circuit}”</source>
        <translation>EJERCICIO {number} DE {count} EN «{circuit}»</translation>
    </message>
    <message>
        <source>EXERCISE {number} OF {count}</source>
        <translation>EJERCICIO {number} DE {count}</translation>
    </message>
    <message>
        <source>needs fixing</source>
        <translation>necesita correcciones</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Your edits are not protected right now: they cannot be kept in case Matside closes ({reason}). Matside keeps trying; saving keeps them for good.</source>
        <translation>Sus cambios no están protegidos ahora mismo: no se pueden conservar por si Matside se cierra ({reason}). Matside lo sigue intentando; al guardar se conservan definitivamente.</translation>
    </message>
    <message>
        <source>‹  Library</source>
        <translation>‹  Rutinas</translation>
    </message>
    <message>
        <source>Back to the library (asks first if there are unsaved changes)</source>
        <translation>Volver a la biblioteca (pregunta antes si hay cambios sin guardar)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Run the routine as it is in the form now</source>
        <translation>Ejecutar la rutina tal como está ahora en el formulario</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>This routine cannot be opened in the form:</source>
        <translation>Esta rutina no se puede abrir en el formulario:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Unsaved changes to “{name}” from {when} were kept when Matside closed. Restore them?</source>
        <translation>Se conservaron cambios sin guardar de «{name}» del {when} cuando Matside se cerró. ¿Restaurarlos?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes that cannot be saved yet:</source>
        <translation>«{name}» tiene cambios sin guardar que todavía no se pueden guardar:</translation>
    </message>
    <message>
        <source>Discard the changes, or go back and fix them?</source>
        <translation>¿Descartar los cambios, o volver y corregirlos?</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>¿Guardar los cambios de «{name}»?</translation>
    </message>
    <message>
        <source>This routine is too large to save ({size}; a routine file is at most {limit}): shorten its texts or split it in two.</source>
        <translation>Esta rutina es demasiado grande para guardarla ({size}; un archivo de rutina tiene como máximo {limit}): acorte sus textos o divídala en dos.</translation>
    </message>
    <message>
        <source>“{file}” was deleted since you opened it. Replace it with your version, or save yours as a copy?</source>
        <translation>«{file}» se ha borrado desde que lo abrió. ¿Reemplazarlo con su versión, o guardar la suya como copia?</translation>
    </message>
    <message>
        <source>“{file}” was changed by another program since you opened it. Replace it with your version, or save yours as a copy?</source>
        <translation>Otro programa ha cambiado «{file}» desde que lo abrió. ¿Reemplazarlo con su versión, o guardar la suya como copia?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Save as copy</source>
        <translation>Guardar como copia</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>No se pudo guardar {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be used as a picture: it {problem}.</source>
        <translation>{file} no se puede usar como imagen: el archivo {problem}.</translation>
    </message>
    <message>
        <source>Could not copy {file}: it {problem}.</source>
        <translation>No se pudo copiar {file}: el archivo {problem}.</translation>
    </message>
    <message>
        <source>Could not copy {file}: {reason}</source>
        <translation>No se pudo copiar {file}: {reason}</translation>
    </message>
    <message>
        <source>Untitled routine</source>
        <translation>Rutina sin título</translation>
    </message>
    <message>
        <source>Length {length}</source>
        <translation>Duración {length}</translation>
    </message>
    <message>
        <source>Length: —</source>
        <translation>Duración: —</translation>
    </message>
    <message>
        <source>Cannot save yet: {place}: {problem}</source>
        <translation>Aún no se puede guardar: {place}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>  (and %n more problem(s))</source>
        <translation>
            <numerusform>  (y %n problema más)</numerusform>
            <numerusform>  (y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save yet:</source>
        <translation>Aún no se puede guardar:</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Corrija primero los problemas</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing to save: no changes since the last save</source>
        <translation>Nada que guardar: no hay cambios desde la última vez</translation>
    </message>
    <message>
        <source>New routine, not saved yet</source>
        <translation>Rutina nueva, aún sin guardar</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>todos los cambios guardados</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <source>Pictures (*.svg *.png *.jpg *.jpeg *.gif);;All files (*)</source>
        <translation>Imágenes (*.svg *.png *.jpg *.jpeg *.gif);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>EditorProblems</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>cambio de lado</translation>
    </message>
    <message>
        <source>rest between sets</source>
        <translation>descanso entre series</translation>
    </message>
    <message>
        <source>rest after each exercise</source>
        <translation>descanso tras cada ejercicio</translation>
    </message>
    <message>
        <source>rest after</source>
        <translation>descanso después</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>seconds per rep</source>
        <translation>segundos por repetición</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>series</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>lados</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>instrucciones</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>indicación</translation>
    </message>
    <message>
        <source>spoken cues</source>
        <translation>avisos</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>rondas</translation>
    </message>
    <message>
        <source>rest between rounds</source>
        <translation>descanso entre rondas</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>ejercicios</translation>
    </message>
    <message>
        <source>Phase {number} of a rep</source>
        <translation>La fase {number} de una repetición</translation>
    </message>
    <message>
        <source>The time of spoken cue {number}</source>
        <translation>El tiempo del aviso {number}</translation>
    </message>
    <message>
        <source>What spoken cue {number} says</source>
        <translation>Lo que dice el aviso {number}</translation>
    </message>
    <message>
        <source>Spoken cue {number}</source>
        <translation>Aviso {number}</translation>
    </message>
    <message>
        <source>Circuit {number} “{name}”</source>
        <translation>Circuito {number} «{name}»</translation>
    </message>
    <message>
        <source>Circuit {number}</source>
        <translation>Circuito {number}</translation>
    </message>
    <message>
        <source>Exercise {number} “{name}”</source>
        <translation>Ejercicio {number} «{name}»</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation>Ejercicio {number}</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…y {count} más</translation>
    </message>
</context>
<context>
    <name>ExercisePicture</name>
    <message>
        <source>could not be loaded</source>
        <translation>no se pudo cargar</translation>
    </message>
    <message>
        <source>is not an SVG picture Qt can draw</source>
        <translation>no es una imagen SVG que Qt pueda dibujar</translation>
    </message>
    <message>
        <source>could not be decoded ({reason})</source>
        <translation>no se pudo descodificar ({reason})</translation>
    </message>
    <message>
        <source>is not a picture Matside reads (SVG, PNG, JPEG, GIF, BMP, WebP)</source>
        <translation>no es una imagen que Matside pueda leer (SVG, PNG, JPEG, GIF, BMP, WebP)</translation>
    </message>
    <message>
        <source>has no readable size ({reason})</source>
        <translation>no tiene un tamaño legible ({reason})</translation>
    </message>
    <message>
        <source>is too large ({width} x {height} pixels; at most {most} million pixels)</source>
        <translation>es demasiado grande ({width} × {height} píxeles; como máximo {most} millones de píxeles)</translation>
    </message>
    <message>
        <source>cannot be found</source>
        <translation>no se encuentra</translation>
    </message>
    <message>
        <source>cannot be shown</source>
        <translation>no se puede mostrar</translation>
    </message>
    <message>
        <source>could not be drawn ({reason})</source>
        <translation>no se pudo dibujar ({reason})</translation>
    </message>
    <message>
        <source>could not be drawn</source>
        <translation>no se pudo dibujar</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>{moves} left out</source>
        <translation>sin {moves}</translation>
    </message>
    <message>
        <source>nothing left out</source>
        <translation>sin omitir nada</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>tal como está</translation>
    </message>
    <message>
        <source>{length} + pauses</source>
        <translation>{length} + pausas</translation>
    </message>
    <message>
        <source>{choices}: {length}</source>
        <translation>{choices}: {length}</translation>
    </message>
    <message>
        <source>Even the shortest plan takes {length} ({choices}), more than {budget}</source>
        <translation>Incluso el plan más corto dura {length} ({choices}), más de {budget}</translation>
    </message>
    <message>
        <source>1 set of each</source>
        <translation>1 serie de cada uno</translation>
    </message>
    <message>
        <source>{count} sets of each</source>
        <translation>{count} series de cada uno</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>stopped at {place}</source>
        <translation>detenida en {place}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>cut off at {place}</source>
        <translation>interrumpida en {place}</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>completada</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source> — can be resumed from the library</source>
        <translation> — se puede reanudar desde la biblioteca</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete history…</source>
        <translation>Borrar el historial…</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Minutes on each day of the last {n} weeks</source>
        <translation>Minutos de cada día de las últimas {n} semanas</translation>
    </message>
    <message>
        <source>Minutes in each of the last {n} weeks</source>
        <translation>Minutos de cada una de las últimas {n} semanas</translation>
    </message>
    <message>
        <source>THE LAST {n} WEEKS</source>
        <translation>LAS ÚLTIMAS {n} SEMANAS</translation>
    </message>
    <message>
        <source>MINUTES PER WEEK</source>
        <translation>MINUTOS POR SEMANA</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesiones, la más reciente primero</translation>
    </message>
    <message>
        <source>HOW EACH SIDE FELT</source>
        <translation>CÓMO SE SINTIÓ CADA LADO</translation>
    </message>
    <message>
        <source>The exercise whose sides are shown</source>
        <translation>El ejercicio cuyos lados se muestran</translation>
    </message>
    <message>
        <source>How the left and right sides felt, session by session</source>
        <translation>Cómo se sintieron el lado izquierdo y el derecho, sesión a sesión</translation>
    </message>
    <message>
        <source>Streak: {n} day</source>
        <translation>Racha: {n} día</translation>
    </message>
    <message>
        <source>Streak: {n} days</source>
        <translation>Racha: {n} días</translation>
    </message>
    <message>
        <source>This week: {min} min</source>
        <translation>Esta semana: {min} min</translation>
    </message>
    <message>
        <source>Sessions: {n}</source>
        <translation>Sesiones: {n}</translation>
    </message>
    <message>
        <source>No sessions yet. Every session you start is kept here.</source>
        <translation>Aún no hay sesiones. Cada sesión que empiece se guarda aquí.</translation>
    </message>
    <message>
        <source>Could not export the history: {reason}</source>
        <translation>No se pudo exportar el historial: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} sessions to {file}.</source>
        <translation>Se exportaron {n} sesiones a {file}.</translation>
    </message>
    <message>
        <source>Delete all {n} sessions from your history? This cannot be undone (Export… keeps a copy first).</source>
        <translation>¿Borrar las {n} sesiones del historial? No se puede deshacer (Exportar… guarda antes una copia).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Deleted {n} sessions.</source>
        <translation>Se borraron {n} sesiones.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar el historial</translation>
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
        <translation>Elija una rutina, extienda la esterilla y olvídese del portátil.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Copy one or more routine files (.json) into your library</source>
        <translation>Copiar uno o más archivos de rutina (.json) a su biblioteca</translation>
    </message>
    <message>
        <source>Search names, descriptions, exercises  (Ctrl+F)</source>
        <translation>Buscar nombres, descripciones, ejercicios  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Buscar rutinas</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message numerus="yes">
        <source>Your choice of %n set(s) could not be kept for next time: {reason}</source>
        <translation>
            <numerusform>No se pudo recordar su elección de %n serie para la próxima vez: {reason}</numerusform>
            <numerusform>No se pudo recordar su elección de %n series para la próxima vez: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not duplicate {name}: {reason}</source>
        <translation>No se pudo duplicar {name}: {reason}</translation>
    </message>
    <message>
        <source>Made a copy you can edit: “{name}”.</source>
        <translation>Se ha creado una copia que puede editar: «{name}».</translation>
    </message>
    <message>
        <source>Could not export {name}: {reason}</source>
        <translation>No se pudo exportar {name}: {reason}</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}.</source>
        <translation>«{name}» se ha exportado a {file}.</translation>
    </message>
    <message>
        <source>Delete “{name}”? You can undo this right after.</source>
        <translation>¿Borrar «{name}»? Puede deshacerlo justo después.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Could not delete {name}: {reason}</source>
        <translation>No se pudo borrar {name}: {reason}</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«{name}» se ha borrado.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Could not restore {file}: {reason}</source>
        <translation>No se pudo restaurar {file}: {reason}</translation>
    </message>
    <message>
        <source>Repaired {file}.</source>
        <translation>{file} se ha reparado.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation>
            <numerusform>Se ha importado %n rutina.</numerusform>
            <numerusform>Se han importado %n rutinas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported, because of these problems:</source>
        <translation>
            <numerusform>%n archivo no se pudo importar por estos problemas:</numerusform>
            <numerusform>%n archivos no se pudieron importar por estos problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your Matside folders cannot be read; Matside goes on without them:</source>
        <translation>Algunas de sus carpetas de Matside no se pueden leer; Matside sigue sin ellas:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Unsaved changes to “{name}” ({when}) were kept when Matside closed</source>
        <translation>Se conservaron cambios sin guardar de «{name}» ({when}) cuando Matside se cerró</translation>
    </message>
    <message numerus="yes">
        <source> (%n more after this).</source>
        <translation>
            <numerusform> (queda %n más después de este).</numerusform>
            <numerusform> (quedan %n más después de este).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Importar rutinas</translation>
    </message>
    <message>
        <source>Routines (*.json);;All files (*)</source>
        <translation>Rutinas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <source>Routines (*.json)</source>
        <translation>Rutinas (*.json)</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Add picture…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>SVG, PNG, JPEG or GIF; copied next to your routine so it goes where the routine goes</source>
        <translation>SVG, PNG, JPEG o GIF; se copia junto a su rutina para que vaya siempre con ella</translation>
    </message>
    <message>
        <source>missing:
{file}</source>
        <translation>falta:
{file}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Page Down</source>
        <translation>Av Pág</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Re Pág</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>F5, Shift+F5</source>
        <translation>F5, Mayús+F5</translation>
    </message>
    <message>
        <source>start, pause, resume; go on after a pause that waits for you</source>
        <translation>empezar, pausar, reanudar; seguir tras una pausa que le espera</translation>
    </message>
    <message>
        <source>next interval; starts from the ready screen</source>
        <translation>siguiente intervalo; empieza desde la pantalla de preparado</translation>
    </message>
    <message>
        <source>restart this interval, or back one within its first 2 s</source>
        <translation>reiniciar este intervalo, o volver al anterior en sus primeros 2 s</translation>
    </message>
    <message>
        <source>pause or resume (a clicker&apos;s slideshow and blank-screen keys); start; go on after a pause that waits for you</source>
        <translation>pausar o reanudar (las teclas de presentación y de pantalla en negro de un presentador); empezar; seguir tras una pausa que le espera</translation>
    </message>
    <message>
        <source>10 s more rest</source>
        <translation>10 s más de descanso</translation>
    </message>
    <message>
        <source>mute or unmute</source>
        <translation>silenciar o activar el sonido</translation>
    </message>
    <message>
        <source>full screen on or off</source>
        <translation>pantalla completa sí o no</translation>
    </message>
    <message>
        <source>twice within {window} s: stop (the first press pauses or resumes, like the slideshow key, and says so on screen); once done: back to your routines</source>
        <translation>dos veces en {window} s: detener (la primera pulsación pausa o reanuda, como la tecla de presentación, y lo indica en pantalla); al terminar: volver a sus rutinas</translation>
    </message>
    <message>
        <source>back to your routines once the routine is done</source>
        <translation>volver a sus rutinas cuando la rutina ha terminado</translation>
    </message>
    <message>
        <source>when the screen asks, in the rest after an exercise&apos;s sides: how that side felt, 1 (poorly) to 5 (well); or don&apos;t, nothing waits</source>
        <translation>cuando la pantalla lo pregunta, en el descanso tras los lados de un ejercicio: cómo se sintió ese lado, de 1 (mal) a 5 (bien); o no, nada espera</translation>
    </message>
    <message>
        <source>once done: into a note on each exercise (Tab again: the next; Esc still goes back)</source>
        <translation>al terminar: a una nota sobre cada ejercicio (Tab otra vez: la siguiente; Esc sigue volviendo atrás)</translation>
    </message>
    <message>
        <source>A presenter clicker runs a whole session: Page Down / Page Up for next and back, its slideshow or blank-screen key to pause and resume, and the slideshow key pressed on until the screen says so to stop.</source>
        <translation>Un presentador inalámbrico controla toda la sesión: Av Pág / Re Pág para avanzar y retroceder, su tecla de presentación o de pantalla en negro para pausar y reanudar, y la tecla de presentación pulsada de nuevo hasta que la pantalla lo indique para detener.</translation>
    </message>
    <message>
        <source>Space, Page Down or F5 starts</source>
        <translation>Espacio, Av Pág o F5 empieza</translation>
    </message>
    <message>
        <source>Paused — Space, F5 or B goes on</source>
        <translation>En pausa — Espacio, F5 o B sigue</translation>
    </message>
    <message>
        <source>Rest as long as you need — Space, Page Down or F5 goes on</source>
        <translation>Descanse lo necesario — Espacio, Av Pág o F5 sigue</translation>
    </message>
    <message>
        <source>Press Esc again to stop</source>
        <translation>Pulse Esc otra vez para detener</translation>
    </message>
    <message>
        <source>Press Esc again to go back</source>
        <translation>Pulse Esc otra vez para volver</translation>
    </message>
    <message>
        <source>within {window} s — on a clicker, keep pressing its slideshow key</source>
        <translation>en {window} s — en un presentador, siga pulsando su tecla de presentación</translation>
    </message>
    <message>
        <source>Close again to quit</source>
        <translation>Cierre otra vez para salir</translation>
    </message>
    <message>
        <source>within {window} s — the session stops; any key carries on</source>
        <translation>en {window} s — la sesión se detiene; cualquier tecla continúa</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys on the run screen</source>
        <translation>Teclas en la pantalla de entrenamiento</translation>
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
        <translation>{length} + pausas</translation>
    </message>
</context>
<context>
    <name>LibraryDelegate</name>
    <message>
        <source>Choose it to repair or delete it</source>
        <translation>Elíjala para repararla o borrarla</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Your routines</source>
        <translation>Sus rutinas</translation>
    </message>
    <message>
        <source>None yet. Duplicate a bundled routine, start a new one, or import a file.</source>
        <translation>Todavía ninguna. Duplique una rutina incluida, cree una nueva o importe un archivo.</translation>
    </message>
    <message>
        <source>Bundled with Matside</source>
        <translation>Incluidas con Matside</translation>
    </message>
    <message>
        <source>Nothing here matches the search.</source>
        <translation>Nada de aquí coincide con la búsqueda.</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <source>The training log cannot be opened: {reason}</source>
        <translation>No se puede abrir el registro de entrenamiento: {reason}</translation>
    </message>
    <message>
        <source>The training log cannot be written: {reason}</source>
        <translation>No se puede escribir en el registro de entrenamiento: {reason}</translation>
    </message>
    <message>
        <source>The training log cannot be read: {reason}</source>
        <translation>No se puede leer el registro de entrenamiento: {reason}</translation>
    </message>
    <message>
        <source>the training log belongs to a newer Matside</source>
        <translation>el registro de entrenamiento pertenece a una versión más reciente de Matside</translation>
    </message>
    <message>
        <source>The training log could not be read ({reason}); it was kept as {name} and a new one started.</source>
        <translation>No se pudo leer el registro de entrenamiento ({reason}); se guardó como {name} y se empezó uno nuevo.</translation>
    </message>
    <message>
        <source>The training log was damaged and is kept as {name}; a new one cannot be started: {reason}</source>
        <translation>El registro de entrenamiento estaba dañado y se guardó como {name}; no se puede empezar uno nuevo: {reason}</translation>
    </message>
    <message>
        <source>Some entries of the training log could not be read and are not shown.</source>
        <translation>Algunas entradas del registro de entrenamiento no se pudieron leer y no se muestran.</translation>
    </message>
    <message>
        <source>The training log was written by a newer Matside: it is shown but nothing new is added to it.</source>
        <translation>El registro de entrenamiento lo escribió una versión más reciente de Matside: se muestra, pero no se le añade nada nuevo.</translation>
    </message>
    <message>
        <source>{problem}. Sessions are not logged.</source>
        <translation>{problem}. Las sesiones no se registran.</translation>
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
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keys on the run screen</source>
        <translation>&amp;Teclas en la pantalla de entrenamiento</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About Matside</source>
        <translation>&amp;Acerca de Matside</translation>
    </message>
    <message>
        <source>The log folder {folder} cannot be made: {reason}</source>
        <translation>No se puede crear la carpeta de registro {folder}: {reason}</translation>
    </message>
    <message>
        <source>No file manager opened the log folder; it is {folder}</source>
        <translation>Ningún gestor de archivos abrió la carpeta de registro; está en {folder}</translation>
    </message>
    <message>
        <source>Settings could not be saved: {reason}</source>
        <translation>No se pudieron guardar las preferencias: {reason}</translation>
    </message>
    <message>
        <source>History — Matside</source>
        <translation>Historial — Matside</translation>
    </message>
    <message>
        <source>Edit routine — Matside</source>
        <translation>Editar rutina — Matside</translation>
    </message>
    <message>
        <source>No speech engine (on Linux: install espeak-ng): tones only</source>
        <translation>No hay motor de voz (en Linux: instale espeak-ng): solo tonos</translation>
    </message>
    <message>
        <source>This session is not being logged. {reason}</source>
        <translation>Esta sesión no se está registrando. {reason}</translation>
    </message>
    <message>
        <source>Resume {routine} — {place}? Matside closed during it.</source>
        <translation>¿Reanudar {routine} — {place}? Matside se cerró durante la sesión.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>“{routine}” can no longer be resumed: its copy cannot be read</source>
        <translation>«{routine}» ya no se puede reanudar: su copia no se puede leer</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…y {count} más</translation>
    </message>
</context>
<context>
    <name>PhraseRenderer</name>
    <message>
        <source>The voice could not speak ({reason}); tones only</source>
        <translation>La voz no pudo hablar ({reason}); solo tonos</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>No sound device: running in silence</source>
        <translation>No hay dispositivo de sonido: sigue en silencio</translation>
    </message>
    <message>
        <source>Sound is unavailable (simpleaudio could not be loaded): running in silence</source>
        <translation>No hay sonido (no se pudo cargar simpleaudio): sigue en silencio</translation>
    </message>
    <message>
        <source>The system&apos;s default output (Core Audio), chosen in the Sound settings</source>
        <translation>La salida predeterminada del sistema (Core Audio), elegida en los ajustes de Sonido</translation>
    </message>
    <message>
        <source>Windows&apos; default playback device, chosen in the Sound settings</source>
        <translation>El dispositivo de reproducción predeterminado de Windows, elegido en la configuración de Sonido</translation>
    </message>
    <message>
        <source>ALSA&apos;s default device, as {file} sets it</source>
        <translation>El dispositivo predeterminado de ALSA, según lo fija {file}</translation>
    </message>
    <message>
        <source>ALSA&apos;s default device, through the sound server to {sink} (Bluetooth)</source>
        <translation>El dispositivo predeterminado de ALSA, a través del servidor de sonido hacia {sink} (Bluetooth)</translation>
    </message>
    <message>
        <source>ALSA&apos;s default device, through the sound server to {sink}</source>
        <translation>El dispositivo predeterminado de ALSA, a través del servidor de sonido hacia {sink}</translation>
    </message>
    <message>
        <source>ALSA&apos;s default device: the system (or its sound server) chooses the speaker</source>
        <translation>El dispositivo predeterminado de ALSA: el sistema (o su servidor de sonido) elige el altavoz</translation>
    </message>
    <message>
        <source>No cue sounds found in {folder}: running in silence</source>
        <translation>No se encontraron sonidos de aviso en {folder}: sigue en silencio</translation>
    </message>
    <message>
        <source>None: {why}</source>
        <translation>Ninguna: {why}</translation>
    </message>
    <message>
        <source>None: sound is off</source>
        <translation>Ninguna: el sonido está desactivado</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>{problem}, got {found}</source>
        <translation>{problem}, encontrado: {found}</translation>
    </message>
    <message>
        <source>must be a whole number of at least {minimum}</source>
        <translation>debe ser un número entero de al menos {minimum}</translation>
    </message>
    <message>
        <source>must be a number of seconds more than {minimum}</source>
        <translation>debe ser un número de segundos mayor que {minimum}</translation>
    </message>
    <message>
        <source>must be a number of seconds at least {minimum}</source>
        <translation>debe ser un número de segundos de al menos {minimum}</translation>
    </message>
    <message>
        <source>must be a number from {minimum} to {maximum}</source>
        <translation>debe ser un número de {minimum} a {maximum}</translation>
    </message>
    <message>
        <source>must be a whole number from {minimum} to {maximum}</source>
        <translation>debe ser un número entero de {minimum} a {maximum}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must not contain line breaks or control characters</source>
        <translation>no debe contener saltos de línea ni caracteres de control</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>no debe contener caracteres de control</translation>
    </message>
    <message>
        <source>must be at most {max_length} characters long</source>
        <translation>debe tener como máximo {max_length} caracteres</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>debe ser como máximo {maximum}</translation>
    </message>
    <message>
        <source>has a broken character (a lone surrogate) at position {position}</source>
        <translation>tiene un carácter roto (un sustituto suelto) en la posición {position}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>and {count} more problems</source>
        <translation>y {count} problemas más</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>unknown key {key} (did you mean &quot;{hint}&quot;?)</source>
        <translation>clave desconocida {key} (¿quería decir «{hint}»?)</translation>
    </message>
    <message>
        <source>unknown key {key} (known keys: {known})</source>
        <translation>clave desconocida {key} (claves conocidas: {known})</translation>
    </message>
    <message>
        <source>must be a number of seconds (0 or more) or &quot;{as_needed}&quot;</source>
        <translation>debe ser un número de segundos (0 o más) o «{as_needed}»</translation>
    </message>
    <message>
        <source>must be a list of paragraphs (texts), got a single text; wrap it in [ ]</source>
        <translation>debe ser una lista de párrafos (textos), pero es un solo texto; póngalo entre [ ]</translation>
    </message>
    <message>
        <source>must be a list of paragraphs (texts)</source>
        <translation>debe ser una lista de párrafos (textos)</translation>
    </message>
    <message>
        <source>may have at most {most} paragraphs</source>
        <translation>puede tener como máximo {most} párrafos</translation>
    </message>
    <message>
        <source>paragraph {number}: {problem}</source>
        <translation>párrafo {number}: {problem}</translation>
    </message>
    <message>
        <source>must be a language tag like &quot;en&quot; or &quot;de-AT&quot;</source>
        <translation>debe ser una etiqueta de idioma como «en» o «de-AT»</translation>
    </message>
    <message>
        <source>must be a picture&apos;s path, got an empty text</source>
        <translation>debe ser la ruta de una imagen, pero está vacío</translation>
    </message>
    <message>
        <source>must be resource:images/NAME or a path inside the routine&apos;s folder written with / (no absolute path, ~, .., \ or :)</source>
        <translation>debe ser resource:images/NOMBRE o una ruta dentro de la carpeta de la rutina escrita con / (sin ruta absoluta, ~, .., \ ni :)</translation>
    </message>
    <message>
        <source>must be a list of picture paths (texts)</source>
        <translation>debe ser una lista de rutas de imágenes (textos)</translation>
    </message>
    <message>
        <source>may list at most {most} pictures</source>
        <translation>puede indicar como máximo {most} imágenes</translation>
    </message>
    <message>
        <source>picture {number}: {problem}</source>
        <translation>imagen {number}: {problem}</translation>
    </message>
    <message>
        <source>this file uses format {format}; this Matside reads formats {first} to {last}</source>
        <translation>este archivo usa el formato {format}; esta versión de Matside lee los formatos {first} a {last}</translation>
    </message>
    <message>
        <source>must list {fewest} to {most} phase lengths (seconds), got {count}; for one phase write a number</source>
        <translation>debe indicar de {fewest} a {most} duraciones de fase (segundos), pero indica {count}; para una sola fase, escriba un número</translation>
    </message>
    <message>
        <source>phase {number}: {problem}</source>
        <translation>fase {number}: {problem}</translation>
    </message>
    <message>
        <source>min must be less than max</source>
        <translation>el mínimo debe ser menor que el máximo</translation>
    </message>
    <message>
        <source>(for a fixed count write a number)</source>
        <translation>(para una cantidad fija, escriba un número)</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1 or a range like {example}</source>
        <translation>debe ser un número entero de al menos 1 o un intervalo como {example}</translation>
    </message>
    <message>
        <source>must be &quot;one&quot; or &quot;each&quot; (left then right)</source>
        <translation>debe ser «one» o «each» (izquierda y luego derecha)</translation>
    </message>
    <message>
        <source>an exercise in a circuit is done once each round; give the circuit &quot;rounds&quot;</source>
        <translation>un ejercicio de un circuito se hace una vez por vuelta; indique «rounds» en el circuito</translation>
    </message>
    <message>
        <source>an exercise in a circuit is done once each round; give the circuit &quot;rest_between_rounds&quot;</source>
        <translation>un ejercicio de un circuito se hace una vez por vuelta; indique «rest_between_rounds» en el circuito</translation>
    </message>
    <message>
        <source>a move inside a circuit cannot be left out on its own; mark the circuit optional</source>
        <translation>un ejercicio de un circuito no puede omitirse por separado; marque el circuito como opcional</translation>
    </message>
    <message>
        <source>a circuit cannot hold a circuit (one level only)</source>
        <translation>un circuito no puede contener otro circuito (solo un nivel)</translation>
    </message>
    <message>
        <source>must be a list of cues like {example}</source>
        <translation>debe ser una lista de avisos como {example}</translation>
    </message>
    <message>
        <source>may list at most {most} cues</source>
        <translation>puede indicar como máximo {most} avisos</translation>
    </message>
    <message>
        <source>{at} s is not within the interval, which lasts {length} s</source>
        <translation>{at} s queda fuera del intervalo, que dura {length} s</translation>
    </message>
    <message>
        <source>needs &quot;seconds&quot; (timed work) or &quot;reps&quot; (counted work)</source>
        <translation>necesita segundos (trabajo por tiempo) o repeticiones (trabajo contado)</translation>
    </message>
    <message>
        <source>give either &quot;seconds&quot; or &quot;reps&quot;, not both</source>
        <translation>indique segundos o repeticiones, no ambos</translation>
    </message>
    <message>
        <source>&quot;tempo&quot; (seconds per rep) needs &quot;reps&quot;</source>
        <translation>un ritmo (segundos por repetición) necesita repeticiones</translation>
    </message>
    <message>
        <source>{reps} reps at {rep} s each last over {hours} hours; one interval may not</source>
        <translation>{reps} repeticiones de {rep} s cada una duran más de {hours} horas; un intervalo no puede durar tanto</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must list at least one exercise</source>
        <translation>debe incluir al menos un ejercicio</translation>
    </message>
    <message>
        <source>may list at most {most} exercises</source>
        <translation>puede incluir como máximo {most} ejercicios</translation>
    </message>
    <message>
        <source>a circuit needs &quot;format&quot;: 2</source>
        <translation>un circuito necesita &quot;format&quot;: 2</translation>
    </message>
    <message>
        <source>a tempo in phases needs &quot;format&quot;: 2</source>
        <translation>un ritmo por fases necesita &quot;format&quot;: 2</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; needs &quot;format&quot;: 2</source>
        <translation>«{key}» necesita &quot;format&quot;: 2</translation>
    </message>
    <message>
        <source>mark {count} moves optional; a routine may have at most {most}</source>
        <translation>marcan {count} ejercicios como opcionales; una rutina puede tener como máximo {most}</translation>
    </message>
    <message>
        <source>make {count} work intervals (sets × sides, at the most sets and rounds); a routine may have at most {most}</source>
        <translation>suman {count} intervalos de trabajo (series × lados, con el máximo de series y vueltas); una rutina puede tener como máximo {most}</translation>
    </message>
    <message>
        <source>count {count} paced reps in all; a routine may have at most {most}</source>
        <translation>cuentan {count} repeticiones con ritmo en total; una rutina puede tener como máximo {most}</translation>
    </message>
    <message>
        <source>have {count} spoken cues in all; a routine may have at most {most}</source>
        <translation>tienen {count} avisos hablados en total; una rutina puede tener como máximo {most}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>JSON no válido: {reason}</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>la clave {key} aparece dos veces en un objeto</translation>
    </message>
    <message>
        <source>not valid JSON: a number has too many digits</source>
        <translation>JSON no válido: un número tiene demasiadas cifras</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>must be &quot;system&quot; or &quot;light&quot; or &quot;dark&quot;</source>
        <translation>debe ser «system», «light» o «dark»</translation>
    </message>
    <message>
        <source>must be &quot;system&quot; or &quot;en&quot; or &quot;de&quot; or &quot;es&quot;</source>
        <translation>debe ser «system», «en», «de» o «es»</translation>
    </message>
    <message>
        <source>{problem}, like {example}</source>
        <translation>{problem}, p. ej., {example}</translation>
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
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>byte {byte}</source>
        <translation>byte {byte}</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(archivo)</translation>
    </message>
    <message>
        <source>is a JPEG of too many segments (over {most})</source>
        <translation>es un JPEG con demasiados segmentos (más de {most})</translation>
    </message>
    <message>
        <source>is a JPEG of too many scans (over {most}); decoding it would take minutes</source>
        <translation>es un JPEG con demasiados barridos (más de {most}); decodificarlo llevaría minutos</translation>
    </message>
    <message>
        <source>is a progressive JPEG too large to decode ({width} x {height} pixels; at most {most} million pixels)</source>
        <translation>es un JPEG progresivo demasiado grande para decodificarlo ({width} × {height} píxeles; como máximo {most} millones de píxeles)</translation>
    </message>
    <message>
        <source>is an animation of too many frames for its size (at most {frames} frames, and {pixels} million pixels in all)</source>
        <translation>es una animación con demasiados fotogramas para su tamaño (como máximo {frames} fotogramas y {pixels} millones de píxeles en total)</translation>
    </message>
    <message>
        <source>is a GIF of too many small pieces (over {most})</source>
        <translation>es un GIF con demasiadas piezas pequeñas (más de {most})</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>the file name cannot be used on this system</source>
        <translation>el nombre del archivo no se puede usar en este sistema</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>no es un archivo normal (es un dispositivo, una tubería o un socket)</translation>
    </message>
    <message>
        <source>is too large ({size}; at most {limit})</source>
        <translation>es demasiado grande ({size}; como máximo {limit})</translation>
    </message>
    <message>
        <source>leads outside its folder</source>
        <translation>lleva fuera de su carpeta</translation>
    </message>
    <message>
        <source>is too large (at most {limit})</source>
        <translation>es demasiado grande (como máximo {limit})</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>a file stands where the folder should be</source>
        <translation>hay un archivo donde debería estar la carpeta</translation>
    </message>
    <message>
        <source>the folder&apos;s name cannot be used on this system</source>
        <translation>el nombre de la carpeta no se puede usar en este sistema</translation>
    </message>
    <message>
        <source>{folder} cannot be read: {reason}</source>
        <translation>no se puede leer {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot be written to your library: {reason}</source>
        <translation>no se puede escribir en su biblioteca: {reason}</translation>
    </message>
    <message>
        <source>is not a picture (PNG, JPEG, GIF or SVG)</source>
        <translation>no es una imagen (PNG, JPEG, GIF o SVG)</translation>
    </message>
    <message>
        <source>cannot read: {problem}</source>
        <translation>no se puede leer: {problem}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>no such image: {reference}</source>
        <translation>no existe la imagen: {reference}</translation>
    </message>
    <message>
        <source>its pictures add up to {total} MB; at most {most} MB</source>
        <translation>sus imágenes suman {total} MB; como máximo {most} MB</translation>
    </message>
    <message>
        <source>picture {reference} leads outside the bundled pictures</source>
        <translation>la imagen {reference} lleva fuera de las imágenes incluidas</translation>
    </message>
    <message>
        <source>picture {reference} leads outside the routine&apos;s folder</source>
        <translation>la imagen {reference} lleva fuera de la carpeta de la rutina</translation>
    </message>
    <message>
        <source>picture {reference} {problem}</source>
        <translation>la imagen {reference} {problem}</translation>
    </message>
    <message>
        <source>would be too large to be read again ({size}; at most {limit})</source>
        <translation>sería demasiado grande para volver a leerse ({size}; como máximo {limit})</translation>
    </message>
    <message>
        <source>has a processing instruction (&lt;?{target} ...?&gt;), which pictures may not have</source>
        <translation>tiene una instrucción de procesamiento (&lt;?{target} ...?&gt;), que las imágenes no pueden tener</translation>
    </message>
    <message>
        <source>is too large for an SVG (at most {size} MB)</source>
        <translation>es demasiado grande para un SVG (como máximo {size} MB)</translation>
    </message>
    <message>
        <source>has a DTD or entities (&lt;!DOCTYPE, &lt;!ENTITY), which pictures may not have</source>
        <translation>tiene una DTD o entidades (&lt;!DOCTYPE, &lt;!ENTITY), que las imágenes no pueden tener</translation>
    </message>
    <message>
        <source>is not a well-formed SVG file ({reason})</source>
        <translation>no es un archivo SVG bien formado ({reason})</translation>
    </message>
    <message>
        <source>is not a well-formed SVG file</source>
        <translation>no es un archivo SVG bien formado</translation>
    </message>
    <message>
        <source>is not a readable compressed SVG ({reason})</source>
        <translation>no es un SVG comprimido legible ({reason})</translation>
    </message>
    <message>
        <source>is too large for an SVG once decompressed (at most {size} MB)</source>
        <translation>descomprimido es demasiado grande para un SVG (como máximo {size} MB)</translation>
    </message>
    <message>
        <source>is not a readable compressed SVG (it ends too soon)</source>
        <translation>no es un SVG comprimido legible (termina antes de tiempo)</translation>
    </message>
    <message>
        <source>has too many elements (at most {most})</source>
        <translation>tiene demasiados elementos (como máximo {most})</translation>
    </message>
    <message>
        <source>imports a style sheet (@import), which pictures may not do</source>
        <translation>importa una hoja de estilo (@import), algo que las imágenes no pueden hacer</translation>
    </message>
    <message>
        <source>embeds data (a data: address), which pictures may not do</source>
        <translation>incrusta datos (una dirección data:), algo que las imágenes no pueden hacer</translation>
    </message>
    <message>
        <source>refers to something outside the picture ({reference}); only #name references inside it are allowed</source>
        <translation>remite a algo fuera de la imagen ({reference}); solo se permiten referencias #nombre dentro de ella</translation>
    </message>
    <message>
        <source>has a &lt;{element}&gt; element, which pictures may not have (filters, masks, patterns, markers and clip paths can take minutes to draw)</source>
        <translation>tiene un elemento &lt;{element}&gt;, que las imágenes no pueden tener (filtros, máscaras, patrones, marcadores y trazados de recorte pueden tardar minutos en dibujarse)</translation>
    </message>
    <message>
        <source>has a &lt;{element}&gt; element, which pictures may not have (only shapes, groups, text, gradients and &lt;use&gt;)</source>
        <translation>tiene un elemento &lt;{element}&gt;, que las imágenes no pueden tener (solo formas, grupos, texto, degradados y &lt;use&gt;)</translation>
    </message>
    <message>
        <source>has a {attribute}= attribute (on &lt;{element}&gt;), which pictures may not have</source>
        <translation>tiene un atributo {attribute}= (en &lt;{element}&gt;), que las imágenes no pueden tener</translation>
    </message>
    <message>
        <source>has a style property {name}, which pictures may not have (only fill, stroke, opacity, colour and font properties)</source>
        <translation>tiene una propiedad de estilo {name}, que las imágenes no pueden tener (solo relleno, trazo, opacidad, color y fuente)</translation>
    </message>
    <message>
        <source>has a style value {value} that pictures may not have (letters, digits, #, %, quotes and url(#name) only)</source>
        <translation>tiene un valor de estilo {value} que las imágenes no pueden tener (solo letras, cifras, #, %, comillas y url(#nombre))</translation>
    </message>
    <message>
        <source>has a stroke width that is not a plain length ({width})</source>
        <translation>tiene un grosor de trazo que no es una longitud simple ({width})</translation>
    </message>
    <message>
        <source>has a stroke too wide to draw quickly ({width}; at most {most} units, {share} of the picture&apos;s larger side)</source>
        <translation>tiene un trazo demasiado ancho para dibujarlo rápido ({width}; como máximo {most} unidades, el {share} del lado mayor de la imagen)</translation>
    </message>
    <message>
        <source>has a dash pattern (stroke-dasharray) of {count} entries (at most {most})</source>
        <translation>tiene un patrón de guiones (stroke-dasharray) de {count} entradas (como máximo {most})</translation>
    </message>
    <message>
        <source>has a dash pattern (stroke-dasharray) that is not a list of numbers ({pattern})</source>
        <translation>tiene un patrón de guiones (stroke-dasharray) que no es una lista de números ({pattern})</translation>
    </message>
    <message>
        <source>has a dash pattern (stroke-dasharray) of dashes too short to draw quickly (on average at least {least} units, {share} of the picture&apos;s larger side)</source>
        <translation>tiene un patrón de guiones (stroke-dasharray) demasiado cortos para dibujarlos rápido (de media al menos {least} unidades, el {share} del lado mayor de la imagen)</translation>
    </message>
    <message>
        <source>has a viewBox that is not four numbers ({box})</source>
        <translation>tiene un viewBox que no son cuatro números ({box})</translation>
    </message>
    <message>
        <source>has a size that cannot be drawn ({size}: from {least} to {most})</source>
        <translation>tiene un tamaño que no se puede dibujar ({size}: de {least} a {most})</translation>
    </message>
    <message>
        <source>refers to itself in a loop (through &lt;use&gt; or url(#...))</source>
        <translation>remite a sí misma en un bucle (mediante &lt;use&gt; o url(#...))</translation>
    </message>
    <message>
        <source>draws too many shapes, points or dashes once its &lt;use&gt; copies are counted (over {most}; too slow to draw)</source>
        <translation>dibuja demasiadas formas, puntos o guiones contando sus copias &lt;use&gt; (más de {most}; demasiado lento de dibujar)</translation>
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
        <translation>¿Qué tal el lado izquierdo? {range}</translation>
    </message>
    <message>
        <source>How did the right side feel? {range}</source>
        <translation>¿Qué tal el lado derecho? {range}</translation>
    </message>
    <message>
        <source>Left {score}</source>
        <translation>Izquierdo {score}</translation>
    </message>
    <message>
        <source>Right {score}</source>
        <translation>Derecho {score}</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>set {set} of {sets}</source>
        <translation>serie {set} de {sets}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el principio</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair {file} — Matside</source>
        <translation>Reparar {file} — Matside</translation>
    </message>
    <message>
        <source>Repair {file}</source>
        <translation>Reparar {file}</translation>
    </message>
    <message>
        <source>The routine file&apos;s text</source>
        <translation>Texto del archivo de rutina</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>This file cannot be repaired here: it {problem}.</source>
        <translation>Este archivo no se puede reparar aquí: el archivo {problem}.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text: byte {byte} at line {line}, column {column} (byte {offset} of the file) cannot be read. It is shown read-only, and cannot be saved here, so that nothing in it is lost. Save it as UTF-8 in a text editor, then repair it here.</source>
        <translation>Este archivo no es texto UTF-8: el byte {byte} de la línea {line}, columna {column} (byte {offset} del archivo) no se puede leer. Se muestra en solo lectura y no se puede guardar aquí, para que no se pierda nada. Guárdelo como UTF-8 en un editor de texto y repárelo luego aquí.</translation>
    </message>
    <message>
        <source>This file cannot be saved here.</source>
        <translation>Este archivo no se puede guardar aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>%n problema que corregir antes de guardar</numerusform>
            <numerusform>%n problemas que corregir antes de guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a valid routine; Save to put it back in your library.</source>
        <translation>Es una rutina válida; guárdela para devolverla a su biblioteca.</translation>
    </message>
    <message>
        <source>Fix the problems listed below the text first.</source>
        <translation>Corrija primero los problemas que aparecen debajo del texto.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>No se pudo guardar: {reason}</translation>
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
        <translation>según haga falta</translation>
    </message>
    <message>
        <source>Rest until you press Space</source>
        <translation>Descansar hasta que pulse Espacio</translation>
    </message>
    <message>
        <source>empty: none, the round goes straight on</source>
        <translation>vacío: ninguno, la ronda sigue directamente</translation>
    </message>
    <message>
        <source>empty: as needed, like the routine</source>
        <translation>vacío: según haga falta, como la rutina</translation>
    </message>
    <message>
        <source>empty: the routine&apos;s {seconds} s</source>
        <translation>vacío: los {seconds} s de la rutina</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message>
        <source>Sets of each move</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>I have</source>
        <translation>Tengo</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Minutes you have</source>
        <translation>Minutos que tiene</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the routine to the minutes you have</source>
        <translation>Ajustar la rutina a los minutos que tiene</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Reparar…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <source>Pick a routine</source>
        <translation>Elija una rutina</translation>
    </message>
    <message>
        <source>No routine has “{search}” in its name, its description or its exercises. Clear the search to see them all.</source>
        <translation>Ninguna rutina tiene «{search}» en su nombre, su descripción o sus ejercicios. Borre la búsqueda para verlas todas.</translation>
    </message>
    <message>
        <source>Choose one on the left to see its exercises.</source>
        <translation>Elija una a la izquierda para ver sus ejercicios.</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translation>Este archivo no se puede abrir</translation>
    </message>
    <message>
        <source>Matside cannot use it as it is: fix what is listed below in a text editor and open it again.</source>
        <translation>Matside no puede usarlo tal como está: corrija lo que aparece abajo en un editor de texto y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Repair it as text (what is wrong is checked as you type), or delete it.</source>
        <translation>Repárelo como texto (los errores se comprueban mientras escribe) o bórrelo.</translation>
    </message>
    <message>
        <source>WHAT IS WRONG</source>
        <translation>QUÉ ESTÁ MAL</translation>
    </message>
    <message>
        <source>Not in your library  ·  {file}  ·  Import copies it in</source>
        <translation>No está en su biblioteca  ·  {file}  ·  Importar lo copia en ella</translation>
    </message>
    <message>
        <source>Bundled with Matside — read-only; duplicate it to make your own version</source>
        <translation>Incluida con Matside — solo lectura; duplíquela para hacer su propia versión</translation>
    </message>
    <message>
        <source>Yours  ·  {file}</source>
        <translation>Suya  ·  {file}</translation>
    </message>
    <message>
        <source>EXERCISES</source>
        <translation>EJERCICIOS</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Editar una copia</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>Cannot be opened: {place}: {problem}</source>
        <translation>No se puede abrir: {place}: {problem}</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>{count} exercises</source>
        <translation>{count} ejercicios</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 repetición</translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation>{count} repeticiones</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{reps}, {seconds} s each</source>
        <translation>{reps}, {seconds} s cada una</translation>
    </message>
    <message>
        <source>{reps} at your own pace</source>
        <translation>{reps} a su ritmo</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <source>{fewest}–{most} sets</source>
        <translation>{fewest}–{most} series</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} series</translation>
    </message>
    <message>
        <source>1 spoken cue</source>
        <translation>1 indicación hablada</translation>
    </message>
    <message>
        <source>{count} spoken cues</source>
        <translation>{count} indicaciones habladas</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>{fewest}–{most} rounds</source>
        <translation>{fewest}–{most} rondas</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 ronda</translation>
    </message>
    <message>
        <source>{count} rounds</source>
        <translation>{count} rondas</translation>
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message>
        <source>MOVE</source>
        <translation>MOVER</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>MANTENER</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>VOLVER</translation>
    </message>
    <message>
        <source>Round {round} of {rounds}</source>
        <translation>Ronda {round} de {rounds}</translation>
    </message>
    <message>
        <source>Move {n} of {moves}</source>
        <translation>Ejercicio {n} de {moves}</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Después: fin</translation>
    </message>
    <message>
        <source>Next: {move}</source>
        <translation>Después: {move}</translation>
    </message>
    <message>
        <source>round {round} of {rounds}</source>
        <translation>ronda {round} de {rounds}</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>serie {set} de {sets}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>Después: {what}</translation>
    </message>
    <message>
        <source>Preparing the coach&apos;s voice…</source>
        <translation>Preparando la voz del entrenador…</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  Atrás</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Siguiente  ▶</translation>
    </message>
    <message>
        <source>+{n} s rest</source>
        <translation>+{n} s</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Preparing the coach&apos;s voice… {done} of {total}</source>
        <translation>Preparando la voz del entrenador… {done} de {total}</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>PREPARADO</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Serie {set} de {sets}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Rep. {rep} de {reps}</translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation>{reps} rep.</translation>
    </message>
    <message>
        <source>rested {time}</source>
        <translation>{time} de descanso</translation>
    </message>
    <message>
        <source>LEFT side</source>
        <translation>Lado IZQUIERDO</translation>
    </message>
    <message>
        <source>RIGHT side</source>
        <translation>Lado DERECHO</translation>
    </message>
    <message>
        <source>LEFT side first</source>
        <translation>Primero lado IZQUIERDO</translation>
    </message>
    <message>
        <source>Preparing the coach&apos;s voice — starting in a moment</source>
        <translation>Preparando la voz del entrenador — empieza enseguida</translation>
    </message>
    <message>
        <source>At your own pace — press Space when done</source>
        <translation>A su ritmo — pulse Espacio al terminar</translation>
    </message>
    <message>
        <source>Rest as needed — press Space when ready</source>
        <translation>Descanse lo necesario — pulse Espacio cuando esté listo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Sound muted</source>
        <translation>Sonido silenciado</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>DETENIDA</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <source>{routine}
Press Enter or Esc to go back to your routines.</source>
        <translation>{routine}
Pulse Intro o Esc para volver a sus rutinas.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PREPÁRESE</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>EJERCICIO</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>CAMBIO DE LADO</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FIN</translation>
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
        <translation>En pausa: el ordenador entra en reposo — cualquier tecla continúa</translation>
    </message>
    <message>
        <source>Paused: computer asleep or stalled {gap} — any key goes on</source>
        <translation>En pausa: ordenador en reposo o bloqueado {gap} — cualquier tecla continúa</translation>
    </message>
    <message>
        <source>Paused: computer asleep {gap} — any key goes on</source>
        <translation>En pausa: ordenador en reposo {gap} — cualquier tecla continúa</translation>
    </message>
    <message>
        <source>Paused: computer stalled {gap} — any key goes on</source>
        <translation>En pausa: ordenador bloqueado {gap} — cualquier tecla continúa</translation>
    </message>
    <message>
        <source>{time} spent</source>
        <translation>{time} de ejercicio</translation>
    </message>
    <message>
        <source>{time} paused</source>
        <translation>{time} en pausa</translation>
    </message>
    <message>
        <source>{n} work interval</source>
        <translation>{n} intervalo de trabajo</translation>
    </message>
    <message>
        <source>{n} work intervals</source>
        <translation>{n} intervalos de trabajo</translation>
    </message>
    <message>
        <source>{n} rest</source>
        <translation>{n} descanso</translation>
    </message>
    <message>
        <source>{n} rests</source>
        <translation>{n} descansos</translation>
    </message>
    <message>
        <source>Sets done: {done} of {planned}</source>
        <translation>Series hechas: {done} de {planned}</translation>
    </message>
    <message>
        <source>Nothing skipped</source>
        <translation>Nada omitido</translation>
    </message>
    <message>
        <source>Skipped: {what}</source>
        <translation>Omitido: {what}</translation>
    </message>
</context>
<context>
    <name>SetsEdit</name>
    <message>
        <source>For a range: the most rounds. Leave empty for a fixed count.</source>
        <translation>Para un rango: el máximo de rondas. Déjalo vacío para un número fijo.</translation>
    </message>
    <message>
        <source>Rounds, or the fewest rounds of a range</source>
        <translation>Rondas, o el mínimo de rondas de un rango</translation>
    </message>
    <message>
        <source>Rounds, the most of a range</source>
        <translation>Rondas, el máximo de un rango</translation>
    </message>
    <message>
        <source>For a range: the most sets. Leave empty for a fixed count.</source>
        <translation>Para un intervalo: el máximo de series. Déjelo vacío para un número fijo.</translation>
    </message>
    <message>
        <source>Sets, or the fewest sets of a range</source>
        <translation>Series, o el mínimo de un intervalo</translation>
    </message>
    <message>
        <source>Sets, the most of a range</source>
        <translation>Series, el máximo de un intervalo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Como el sistema (claro u oscuro)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>This is the coach. Switch sides.</source>
        <translation>Habla el entrenador. Cambie de lado.</translation>
    </message>
    <message>
        <source>Matside settings</source>
        <translation>Preferencias de Matside</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Start muted</source>
        <translation>Empezar en silencio</translation>
    </message>
    <message>
        <source>Keep Bluetooth speakers awake (a silent stream)</source>
        <translation>Mantener despiertos los altavoces Bluetooth (un flujo silencioso)</translation>
    </message>
    <message>
        <source>Plays a silent stream while a session is under way, so that wireless speakers and headsets do not swallow the start of a cue after a quiet moment</source>
        <translation>Reproduce un flujo silencioso durante la sesión, para que los altavoces y auriculares inalámbricos no se coman el principio de un aviso tras un momento de silencio</translation>
    </message>
    <message>
        <source>Test sound</source>
        <translation>Probar el sonido</translation>
    </message>
    <message>
        <source>Speak cues (“Switch sides”, “Rest, 30 seconds”…)</source>
        <translation>Decir los avisos («Cambie de lado», «Descanso, 30 segundos»…)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Play tones as well</source>
        <translation>Reproducir también tonos</translation>
    </message>
    <message>
        <source>Read each move&apos;s instructions in the rest before it</source>
        <translation>Leer las instrucciones de cada ejercicio en el descanso anterior</translation>
    </message>
    <message>
        <source>Said after the move&apos;s cue line, only as far as the rest leaves time for</source>
        <translation>Se dicen tras la indicación breve, solo hasta donde el descanso deja tiempo</translation>
    </message>
    <message>
        <source>The usual voice for the language</source>
        <translation>La voz habitual del idioma</translation>
    </message>
    <message>
        <source>Which voice</source>
        <translation>Qué voz</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> palabras por minuto</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de habla</translation>
    </message>
    <message>
        <source>No speech engine found (on Linux: install espeak-ng); tones only.</source>
        <translation>No se encontró motor de voz (en Linux: instale espeak-ng); solo tonos.</translation>
    </message>
    <message>
        <source> s countdown</source>
        <translation> s de cuenta atrás</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Sin cuenta atrás</translation>
    </message>
    <message>
        <source>Into each work interval</source>
        <translation>Al empezar cada ejercicio</translation>
    </message>
    <message>
        <source>Halfway cue in work of 20 s or more</source>
        <translation>Aviso a mitad en ejercicios de 20 s o más</translation>
    </message>
    <message>
        <source>A tick on every paced rep</source>
        <translation>Un clic en cada repetición marcada</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The routine&apos;s own</source>
        <translation>El de la rutina</translation>
    </message>
    <message>
        <source>Get-ready time</source>
        <translation>Tiempo de preparación</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Start sessions in full screen</source>
        <translation>Empezar las sesiones en pantalla completa</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation>El nuevo idioma se verá a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Sound goes to: {output}.</source>
        <translation>El sonido va a: {output}.</translation>
    </message>
    <message>
        <source>A tone, then “{phrase}”</source>
        <translation>Un tono, y luego «{phrase}»</translation>
    </message>
    <message>
        <source>A tone (the voice is off)</source>
        <translation>Un tono (la voz está desactivada)</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>kept as {name}</source>
        <translation>guardado como {name}</translation>
    </message>
    <message>
        <source>left in place</source>
        <translation>dejado en su sitio</translation>
    </message>
    <message>
        <source>not kept (the folder cannot be written)</source>
        <translation>no guardado (no se puede escribir en la carpeta)</translation>
    </message>
    <message>
        <source>Some settings could not be used ({problem}{more}); they are back to their defaults, the others are kept; your file as it was is {where}</source>
        <translation>Algunos ajustes no se pudieron usar ({problem}{more}); vuelven a sus valores predeterminados, los demás se conservan; su archivo tal como estaba: {where}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
    <message>
        <source>Settings could not be read ({reason}); using defaults, the file is {where}</source>
        <translation>No se pudieron leer los ajustes ({reason}); se usan los valores predeterminados, el archivo: {where}</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>L</source>
        <translation>I</translation>
    </message>
    <message>
        <source>R</source>
        <translation>D</translation>
    </message>
</context>
<context>
    <name>SideChart</name>
    <message>
        <source>No side rated yet: in the rest after an exercise&apos;s sides, press 1 to 5.</source>
        <translation>Aún no hay lados valorados: en el descanso tras los lados de un ejercicio, pulse de 1 a 5.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
</context>
</TS>
