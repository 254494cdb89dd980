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
    <name>RunScreen</name>
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
</TS>
