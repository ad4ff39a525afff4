"""Count Markdown left in body text and prose swallowed by other elements, over every corpus dump.

For each dump of ``../shared/corpus/dev`` (``dump.md``, ``dump-links.md``) and
``../shared/corpus/wide`` (the four dump styles) it counts:

- body blocks whose ``text`` holds link or picture syntax (``](``, or ``![`` with a ``](`` after
  it: ``[]`` and ``![`` alone are text, as in ``bar = []``), or is a lone bracket;
- related links whose ``title`` is empty or holds such syntax;
- elements other than body blocks whose span covers a prose paragraph of 25 or more words that is
  not their own text (:func:`swallowed_prose`);
- the characters of body text per dump style, so two runs show how much text moved into or out of
  ``body`` (``--save`` a run, ``--compare`` against a saved one).

Run: ``.venv/bin/python benchmarks/body_integrity.py [--save FILE] [--compare FILE] [--examples N]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import newsparse
from newsparse._model import BlockKind, Element, Paragraph, Picture, RelatedLink
from newsparse._parsers.common import unmarked

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
WIDE_STYLES = (
    "seed",
    "region-markdownify",
    "readability-lxml-markdownify",
    "trafilatura-html2text",
)
# "](" closes a link or picture; "![" opens a picture only when a "](" follows it; "[]" is text
# on its own (Python's empty list, "bar = []"), and "[](" already holds "](".
LEFTOVER_SYNTAX = ("](",)
PROSE_WORDS = 25


def dumps(root: Path = SHARED) -> Iterator[tuple[str, str, Path]]:
    """(corpus-and-style, page, path) for every dump under ``root`` that exists."""
    for name in ("dump.md", "dump-links.md"):
        for path in sorted((root / "dev").glob(f"*/{name}")):
            yield f"dev/{name}", path.parent.name, path
    for style in WIDE_STYLES:
        for path in sorted((root / "wide").glob(f"*/dump.{style}.md")):
            yield f"wide/{style}", path.parent.name, path


def leftover_syntax(text: str) -> bool:
    """Whether plain text still holds link or image syntax, or is only a bracket.

    The syntax is ``](`` (the end of a link or picture) and ``![`` followed by ``](`` later (a
    picture): ``[]`` alone and ``![`` alone are text (``bar = []``, ``sein![...]``).
    """
    if any(mark in text for mark in LEFTOVER_SYNTAX) or text.strip() in ("[", "]"):
        return True
    opening = text.find("![")
    return opening != -1 and "](" in text[opening:]


def _one_link(raw: str) -> bool:
    """Whether ``raw`` is one link written over several lines (a teaser card)."""
    rest = newsparse._inline.IMAGE.sub("", raw.strip())
    return rest.startswith("[") and rest.endswith(")") and rest.count("](") == 1


def _own_text(element: Element) -> str:
    parts = []
    pictureless = newsparse._inline.IMAGE.sub("", element.raw)
    if isinstance(element, RelatedLink) and _one_link(pictureless[pictureless.find("[") :]):
        # A teaser card's headline and summary are the text of its one link.
        parts.append(newsparse._inline.render(element.raw).text)
    for field in ("text", "title", "full", "credit", "label", "kicker"):
        value = getattr(element, field, None)
        if isinstance(value, str):
            parts.append(value)
    authors = getattr(element, "authors", ())
    parts.extend(author.name for author in authors)
    return " ".join(parts)


def swallowed_prose(article: newsparse.Article, text: str) -> list[tuple[Element, str]]:
    """Elements other than body blocks that span a prose line of 25+ words not their own."""
    found: list[tuple[Element, str]] = []
    for element in article.elements():
        # A picture block renders to no text at all (that is what makes it one): every word on
        # its lines is its pictures' syntax (alt texts, titles), which a line read alone
        # can misread when that syntax runs over lines.
        if isinstance(element, Paragraph | Picture) or element.span.line == element.span.end_line:
            continue
        own = " ".join(_own_text(element).split())
        lines = text[element.span.start : element.span.end].split("\n")
        for line in lines:
            plain = newsparse._inline.render(unmarked(line)).text
            words = plain.split()
            # Its own when its opening words are the element's in a row (a caption's credit
            # label or a link's closing bracket may differ at the end).
            if len(words) >= PROSE_WORDS and " ".join(words[:10]) not in own:
                found.append((element, plain))
                break
    return found


def measure(root: Path = SHARED, examples: int = 0) -> dict[str, dict[str, int]]:
    """Counts per corpus and style; with ``examples``, print that many of each kind of fault."""
    counts: dict[str, Counter[str]] = {}
    shown: Counter[str] = Counter()
    for group, page, path in dumps(root):
        text = path.read_text(encoding="utf-8")
        article = newsparse.parse(text)
        tally = counts.setdefault(group, Counter())
        tally["dumps"] += 1
        faults: list[tuple[str, str]] = []
        for block in article.body:
            tally["body_chars"] += len(block.text)
            # Code is shown as written: brackets there are the code's.
            if block.kind is not BlockKind.CODE and leftover_syntax(block.text):
                faults.append(("body_syntax", block.text))
        faults.extend(
            ("related_title", related.title)
            for related in article.related
            if not related.title or leftover_syntax(related.title)
        )
        faults.extend(
            ("swallowed", f"{type(element).__name__}: {plain[:100]}")
            for element, plain in swallowed_prose(article, text)
        )
        for kind, what in faults:
            tally[kind] += 1
            if shown[kind] < examples:
                shown[kind] += 1
                print(f"{kind:14} {group:38} {page}: {what[:140]!r}")
        tally["dumps_with_faults"] += bool(faults)
    return {group: dict(tally) for group, tally in counts.items()}


_COLUMNS = ("dumps", "body_syntax", "related_title", "swallowed", "dumps_with_faults", "body_chars")


def _table(result: dict[str, dict[str, int]], before: dict[str, dict[str, int]] | None) -> str:
    head = f"{'corpus/style':38}" + "".join(f"{c:>18}" for c in _COLUMNS)
    if before:
        head += f"{'body chars moved':>18}"
    rows = [head, "-" * len(head)]
    for group, tally in result.items():
        row = f"{group:38}" + "".join(f"{tally.get(c, 0):>18,}" for c in _COLUMNS)
        if before and group in before:
            moved = tally.get("body_chars", 0) - before[group].get("body_chars", 0)
            row += f"{moved:>+18,}"
        rows.append(row)
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the table; save or compare a run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED)
    parser.add_argument("--save", type=Path, help="write the counts to this JSON file")
    parser.add_argument("--compare", type=Path, help="a saved run to show body characters moved")
    parser.add_argument("--examples", type=int, default=0, help="print N examples of each fault")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    result = measure(args.corpus, args.examples)
    before = json.loads(args.compare.read_text()) if args.compare else None
    print(_table(result, before))
    if args.save:
        args.save.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
