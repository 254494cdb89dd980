"""Matside: a desktop interval timer with exercise cues, readable from the mat."""

__version__ = "0.1.0"
