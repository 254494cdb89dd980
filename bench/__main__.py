"""``python -m bench``: the same as ``bench/run``."""

import sys

from bench.runner import main

sys.exit(main())
