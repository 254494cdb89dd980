"""The routine editor: a form for a routine and its exercises, which never loses an edit.

The page keeps the routine as JSON data, the same shape as the file. Every edit changes that
data and is checked by the loader's own rules (``matside.core.routine.routine_from_data``);
each problem is shown beside the field its path names (``("exercises", 2, "reps")`` -> the
reps field of the third exercise; ``("exercises", 1, "exercises", 0, "reps")`` -> the first
exercise of the circuit there), and Save says why it cannot save yet. The list shows a circuit
as a heading row with its exercises under it; the order of rows and the moves between them are
:mod:`matside.core.outline`'s.

Every committed edit is a snapshot of the data (:mod:`matside.core.history`), so Ctrl+Z /
Ctrl+Shift+Z undo and redo everything (typing into one field counts as one edit until another
field is touched). A short while after each edit, the unsaved data goes to a recovery file
(:mod:`matside.storage.recovery`), which is offered back after a crash and removed after a
save or a discard. A file changed on disk since it was opened is not overwritten without
asking.

- :mod:`~matside.ui.editor.page`: :class:`EditorPage`, opening, saving, undo, recovery;
- :mod:`~matside.ui.editor.form`: the fields, and the data shown in them;
- :mod:`~matside.ui.editor.problems`: where on the form each problem goes.
"""
