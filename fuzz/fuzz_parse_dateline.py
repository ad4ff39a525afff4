"""Fuzz ``newsparse.parse_dateline``: any input gives a result or ParseError (see ``checks.py``)."""

import sys
from pathlib import Path

# Run as a script: the repository root goes on the path so that ``fuzz`` imports.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fuzz.harness import main

if __name__ == "__main__":
    main("parse_dateline", sys.argv[1:])
