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
    <name>SettingsDialog</name>
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
</context>
</TS>
