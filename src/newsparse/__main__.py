"""``python -m newsparse``: the command line."""

from __future__ import annotations

import sys

from newsparse._cli import main

if __name__ == "__main__":
    sys.exit(main())
