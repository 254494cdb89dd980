"""``python -m matside`` does what the ``matside`` command does."""

import sys

from matside.cli import main

sys.exit(main())
