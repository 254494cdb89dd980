"""The frozen executable's entry point: the ``matside`` command, as ``matside.cli.main``; or,
when the app starts itself to play its cues, the cue player (:mod:`matside.backends.cueprocess`).
"""

import sys

from matside.backends.cueprocess import is_cue_player
from matside.backends.cueprocess import main as play_cues
from matside.cli import main

if __name__ == "__main__":
    sys.exit(play_cues() if is_cue_player() else main())
