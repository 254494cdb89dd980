"""Matside: a desktop interval timer with exercise cues, readable from the mat."""

__version__ = "0.1.0"

APP_NAME = "Matside"
"""The app's name, as windows, the user's folders and the system's services know it."""
