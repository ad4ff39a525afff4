"""``benchmarks/same_output.py``: a difference on a wide check page is counted, never shown."""

from __future__ import annotations

import pytest

from .helpers import benchmark

# "harbour-ferry-0" falls in the check split, "harbour-ferry-a" in tune (sha256 % 3).
_CHECK = "wide/harbour-ferry-0/dump.seed.md"
_TUNE = "wide/harbour-ferry-a/dump.seed.md"


def test_check_page_differences_are_counted_but_not_shown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    tool = benchmark("same_output")
    assert tool.on_check_page(_CHECK)
    assert not tool.on_check_page(_TUNE)
    assert not tool.on_check_page("dev/harbour-ferry-0/dump.md")
    before = {_CHECK: '{"title": "a"}', _TUNE: '{"title": "a"}'}
    after = {_CHECK: '{"title": "b"}', _TUNE: '{"title": "b"}'}
    assert tool.compare(before, after, diffs=10) == 2
    out = capsys.readouterr().out
    assert "different 2" in out
    assert "1 on wide check pages: counted, never shown" in out
    assert _TUNE in out
    assert _CHECK not in out
