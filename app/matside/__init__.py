"""Matside: a desktop interval timer with exercise cues, readable from the mat."""

__version__ = "0.1.0"

APP_NAME = "Matside"
"""The app's name, as windows, the user's folders and the system's services know it."""

APP_ID = "org.matside.Matside"
"""The app's reverse-DNS ID: the desktop file's and the icon's name, the Wayland app ID, the
AppStream ID and the macOS bundle ID (packaging/ names it too; a test keeps them equal)."""
