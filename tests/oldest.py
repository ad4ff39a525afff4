"""Print ``name==version`` for each lower bound of the named extras (``make test-extras``).

pip has no "lowest versions" resolution, so the floors become a constraints file: installing the
extras under it tests exactly the oldest versions ``pyproject.toml`` promises to work with.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
_FLOOR = re.compile(r"^(?P<name>[A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*>=\s*(?P<version>[0-9][^,;\s]*)")


def floors(extras: list[str]) -> dict[str, str]:
    """The lowest version each requirement of ``extras`` allows, by distribution name."""
    table = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    optional = table["project"]["optional-dependencies"]
    found: dict[str, str] = {}
    for extra in extras:
        for requirement in optional[extra]:
            match = _FLOOR.match(requirement)
            if match is None:
                raise SystemExit(f"{extra}: {requirement!r} has no lower bound")
            found[match["name"].lower()] = match["version"]
    return found


if __name__ == "__main__":
    for name, version in floors(sys.argv[1:]).items():
        sys.stdout.write(f"{name}=={version}\n")
