"""Widgets more than one page uses: the exercise picture (the run screen and the editor)."""
