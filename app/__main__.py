"""``python -m app`` does what the ``matside`` command does."""

import sys

from app.cli import main

sys.exit(main())
