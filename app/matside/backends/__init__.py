"""Sound, speech and keeping the screen awake: each a real, a null and a recording twin.

No Qt here."""
