"""The traps a hostile tester found (issue 14), each a regression test at the place it could bite.

The items are numbered as in the issue; the long-running shapes (signals, dying workers, FIFOs)
run the command line in a subprocess.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from fuzz.checks import built_from_fields
from newsparse import ParseError, parse, parse_html, strategies
from newsparse._engine import Context, Shape
from newsparse._html.page import read_page
from newsparse._model import (
    Author,
    BlockKind,
    Byline,
    Footnote,
    Headline,
    Paragraph,
    RelatedLink,
    Span,
)
from newsparse._source import Source

from .helpers import assert_lines_match, assert_lossless

# -- 1. a code fence after the footer; page text never sets source_url -----------------------------

FENCE_AFTER_FOOTER = {
    "label-line": "# Title\n\nSome text.\n\nOriginal url:\n\nhttps://example.com/a\n\n```\nprint(1)\n",
    "same-line": "Original url: https://example.com/a\n~~~\nlost text here",
    "closed": "Original url: https://example.com/a\n\n```\ncode\n```\n",
}


@pytest.mark.parametrize("text", FENCE_AFTER_FOOTER.values(), ids=FENCE_AFTER_FOOTER.keys())
def test_a_fence_after_the_footer_runs_to_the_end(text: str) -> None:
    """The fence is one code block after the footer: nothing lost, nothing twice, round trip."""
    article = parse(text)
    assert_lossless(text, article)
    assert_lines_match(text, article)
    assert article.source_url == "https://example.com/a"
    assert article.body[-1].kind == "code"
    assert newsparse.from_json(newsparse.to_json(article)) == article
    written = newsparse.to_markdown(article)
    assert written.count("lost text here") == text.count("lost text here")


def test_a_footer_inside_a_closed_fence_is_code() -> None:
    """A closed code block that says ``Original url:`` is code, not the footer."""
    text = "# Title\n\nText.\n\n```\nOriginal url: https://evil.example/\n```\n"
    article = parse(text)
    assert article.source_url is None
    assert article.body[-1].text == "Original url: https://evil.example/"


def test_a_fence_left_open_still_ends_at_the_footer() -> None:
    """A sloppy dump whose fence never closes keeps its footer (the fence stops there)."""
    text = "# Title\n\n```\ncode\n\nOriginal url: https://example.com/a\n"
    article = parse(text)
    assert_lossless(text, article)
    assert article.source_url == "https://example.com/a"


@pytest.mark.parametrize(
    "page",
    [
        "<pre>Original url: http://x.example/</pre>",
        "<h1>Title</h1><p>Body text.</p><p>Original url: https://evil.example/</p>",
        "<h1>Title</h1><p>Body text.</p><p>ORIGINAL URL:</p><p>https://evil.example/</p>",
        "<pre>```\nx\n~~~\nOriginal url: https://evil.example/\n</pre>",
        "<h1>Title</h1><figure><figcaption>Original url: https://evil.example/</figcaption></figure>",
    ],
)
def test_page_text_never_sets_the_source_url(page: str) -> None:
    """Without a URL from the caller or the page head, an HTML page has no source URL."""
    article = parse_html(page)
    assert article.source_url is None
    dump = newsparse.html_to_dump(page)
    assert_lossless(dump, article)


def test_the_page_head_still_gives_the_source_url() -> None:
    """The canonical link is the page's own address: it is written as the footer."""
    page = (
        '<link rel="canonical" href="https://news.example/a"><h1>Title</h1>'
        "<p>Original url: https://evil.example/</p>"
    )
    assert parse_html(page).source_url == "https://news.example/a"
    assert read_page(page).url == "https://news.example/a"


# -- 2. declared charsets that are no text encodings ---------------------------------------------

NON_TEXT_CHARSETS = ["undefined", "punycode", "idna", "base64", "rot13", "utf-7", "unicode_escape"]


@pytest.mark.parametrize("label", NON_TEXT_CHARSETS)
def test_a_non_text_charset_falls_back_to_utf8(label: str) -> None:
    """Decoding never uses a codec that is not a text encoding; a diagnostic says so."""
    page = f'<meta charset="{label}"><h1>Caf\u00e9 title</h1><p>Some text here.</p>'.encode()
    article = parse_html(page)
    assert article.title == "Caf\u00e9 title"
    assert "charset-unknown" in {d.code for d in article.diagnostics}


def test_a_non_text_charset_in_a_file_gives_a_record(tmp_path: Path) -> None:
    """``parse_file`` of such a page gives an Article too."""
    path = tmp_path / "page.html"
    path.write_bytes(b'<meta charset="idna"><h1>Some title</h1><p>xn--\xff text.</p>')
    assert newsparse.parse_file(path).title == "Some title"


# -- 3. a srcset whose first candidate is empty --------------------------------------------------


@pytest.mark.parametrize("srcset", [", /a.jpg 2x", ",", " , ,", ",,/a.jpg"])
def test_an_empty_srcset_candidate(srcset: str) -> None:
    """The first candidate that names a URL is used; none at all gives no image."""
    page = (
        f'<h1>Title</h1><figure><img srcset="{srcset}"><figcaption>A picture of a thing.'
        " Photo: Jane Roe/Agency</figcaption></figure>"
    )
    article = parse_html(page, url="https://news.example/story")
    expected = "https://news.example/a.jpg" if "a.jpg" in srcset else None
    assert [caption.image_url for caption in article.captions] == [expected]


# -- 4. wrong argument types: ParseError, never TypeError -------------------------------------


class _IntPath:
    """A PathLike whose ``__fspath__`` returns a number."""

    def __fspath__(self) -> int:
        return 0


WRONG_ARGUMENTS = {
    "parse-max-size-str": (lambda: parse("x", max_size="5"), "invalid-argument"),  # type: ignore[arg-type]
    "parse-max-size-negative": (lambda: parse("x", max_size=-1), "invalid-argument"),
    "parse-max-size-bool": (lambda: parse("x", max_size=True), "invalid-argument"),
    "parse-file-max-size": (
        lambda: newsparse.parse_file("x.md", max_size="5"),  # type: ignore[arg-type]
        "invalid-argument",
    ),
    "parse-file-int-pathlike": (
        lambda: newsparse.parse_file(_IntPath()),  # type: ignore[arg-type]
        "invalid-input",
    ),
    "parse-date-order-list": (
        lambda: newsparse.parse_date("16.07.2021", order=[]),  # type: ignore[arg-type]
        "invalid-argument",
    ),
    "parse-date-order-word": (
        lambda: newsparse.parse_date("16.07.2021", order="foo"),  # type: ignore[arg-type]
        "invalid-argument",
    ),
    "parse-dateline-order": (
        lambda: newsparse.parse_dateline("July 16, 2021", order=[]),  # type: ignore[arg-type]
        "invalid-argument",
    ),
    "parse-many-max-size": (
        lambda: list(newsparse.parse_many(["x.md"], max_size="5", jobs=1)),  # type: ignore[arg-type]
        "invalid-argument",
    ),
    "parse-many-jobs": (
        lambda: list(newsparse.parse_many(["x.md"], jobs="2")),  # type: ignore[arg-type]
        "invalid-argument",
    ),
}


@pytest.mark.parametrize(("call", "code"), WRONG_ARGUMENTS.values(), ids=WRONG_ARGUMENTS.keys())
def test_a_wrong_argument_is_a_parse_error(call: Callable[[], object], code: str) -> None:
    """The input of the wrong type is ``invalid-input``; an option, ``invalid-argument``."""
    with pytest.raises(ParseError) as raised:
        call()
    assert raised.value.code == code


def test_an_order_may_be_written_as_its_value() -> None:
    """``order="mdy"`` is DateOrder.MDY (a StrEnum), as before."""
    assert str(newsparse.parse_date("07/16/2021", order="mdy").value) == "2021-07-16"  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_gives_a_record_for_an_item_that_is_no_path(jobs: int) -> None:
    """``parse_many([0, None, path])``: an ``invalid-input`` Result each, and the run goes on."""
    good = "seeds/000_7424f4bbc31e5b6a.txt"
    items: list[object] = [0, None, _IntPath(), good]
    results = list(newsparse.parse_many(items, jobs=jobs))  # type: ignore[arg-type]
    assert [r.error.code if r.error else None for r in results] == [
        "invalid-input",
        "invalid-input",
        "invalid-input",
        None,
    ]
    assert [r.path for r in results[:2]] == ["0", "None"]
    assert results[-1].path == good


# -- 13. the HTML link filter reads the scheme as a browser does ---------------------------------

HOSTILE_HREFS = [
    "java&#9;script:alert(1)",
    "java&NewLine;script:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "vb&#9;script:msgbox(1)",
    "da&#9;ta:text/html,hi",
    "&#1;javascript:alert(1)",
    " \x0cjavascript:alert(1)",
    "JaVaScRiPt:alert(1)",
]


def _urls(article: newsparse.Article) -> list[str | None]:
    """Every URL an Article holds: authors, links of blocks, related links, caption images."""
    urls: list[str | None] = [author.url for author in article.authors]
    for block in article.body:
        urls.extend(link.url for link in block.links)
    for note in article.footnotes:
        urls.extend(link.url for link in note.links)
    urls.extend(link.url for link in article.related)
    urls.extend(caption.image_url for caption in article.captions)
    return urls


def _page(href: str) -> str:
    text = "Some words of the story that run on for a while. " * 5
    return (
        f'<h1>A headline for the story</h1><p>By <a href="{href}">Jane Roe</a></p>'
        f'<p>{text}<a href="{href}">a link</a> {text}</p>'
        f'<p>Related: <a href="{href}">Another story of the day</a></p>'
        f'<figure><img src="{href}"><figcaption>A picture of a thing. Photo: Ann Lee/Agency'
        "</figcaption></figure>"
    )


@pytest.mark.parametrize("href", HOSTILE_HREFS)
def test_no_script_url_survives(href: str) -> None:
    """Whatever controls or blanks split the scheme, no URL of the Article is a script."""
    for url in (None, "https://news.example/story"):
        article = parse_html(_page(href), url=url)
        assert article.authors, "the byline is read"
        for found in _urls(article):
            assert found is None or not found.lower().startswith(
                ("javascript", "vbscript", "data")
            ), found


def test_web_and_relative_links_are_kept() -> None:
    """The filter keeps what it should: http(s) and relative links, resolved when it can."""
    article = parse_html(_page("/people/jane"), url="https://news.example/story")
    assert article.authors[0].url == "https://news.example/people/jane"
    assert parse_html(_page("/people/jane")).authors[0].url == "/people/jane"


def test_a_script_base_is_ignored() -> None:
    """``<base href="javascript :...">`` resolves nothing; the page's own address still does."""
    page = '<base href="javascript :alert(1)">' + _page("?q=1")
    assert parse_html(page).authors[0].url == "?q=1"
    resolved = parse_html(page, url="https://news.example/story").authors[0].url
    assert resolved == "https://news.example/story?q=1"


def test_caption_says_whether_its_image_is_on_the_web() -> None:
    """``Caption.is_web``, as ``Author``, ``Link`` and ``RelatedLink`` have."""
    article = parse_html(_page("/img/a.jpg"), url="https://news.example/story")
    assert [caption.is_web for caption in article.captions] == [True]
    assert not attrs.evolve(article.captions[0], image_url="/img/a.jpg").is_web


# -- 12. schema.org JSON-LD that cannot break out of <script> ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "# Breaking </script><script>alert(document.domain)</script>\n\nSome text.",
        "# Title\n\nText.\n\nOriginal url:\n\n<https://news.example/a</script><!--x>",
        "# Tom & Jerry\u2028and\u2029more <!-- -->\n\nText.",
    ],
)
def test_the_script_element_ends_only_at_its_end(text: str) -> None:
    """One ``</script>``, at the end; no ``<``, ``>`` or ``&`` inside; the JSON reads back."""
    article = parse(text)
    script = newsparse.schema_org_script(article)
    opening = '<script type="application/ld+json">'
    assert script.startswith(opening)
    assert script.endswith("</script>")
    inner = script[len(opening) : -len("</script>")]
    assert not set(inner) & set("<>&\u2028\u2029")
    assert json.loads(inner) == newsparse.to_schema_org(article)


@given(strategies.articles())
@settings(max_examples=50, deadline=None)
def test_any_article_makes_a_safe_script(article: newsparse.Article) -> None:
    """For any valid Article, the JSON-LD element holds no markup and reads back as the dict."""
    script = newsparse.schema_org_script(article)
    inner = script[len('<script type="application/ld+json">') : -len("</script>")]
    assert not set(inner) & set("<>&\u2028\u2029")
    assert json.loads(inner) == newsparse.to_schema_org(article)


def test_schema_org_script_refuses_what_is_no_article() -> None:
    """As ``to_schema_org`` does: ``invalid-input``."""
    with pytest.raises(ParseError) as raised:
        newsparse.schema_org_script("# Title")  # type: ignore[arg-type]  # on purpose
    assert raised.value.code == "invalid-input"


# -- 15. JSON Lines records that no line splitter splits -----------------------------------------

LINE_BREAKS = "\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e"


def test_to_json_is_one_line_for_splitlines() -> None:
    """Every character ``str.splitlines`` breaks at is escaped; the values read back."""
    article = parse(f"# Title{LINE_BREAKS}here\n\nText{LINE_BREAKS}more.")
    text = newsparse.to_json(article)
    assert len(text.splitlines()) == 1
    assert newsparse.from_json(text) == article


def test_cli_records_split_only_between_records(tmp_path: Path) -> None:
    """``newsparse parse`` JSON Lines: as many lines as inputs, whatever the text holds."""
    from newsparse._cli import main

    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_text(f"# Title {name}{LINE_BREAKS}\n\nText{LINE_BREAKS}.")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tmp_path), "-o", str(out), "--quiet", "-j", "1"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["path"].rsplit("/", 1)[-1] for line in lines] == ["a.md", "b.md"]


# -- 14. to_markdown: no value can inject structure ----------------------------------------------

_AT = Span(start=0, end=0, line=1, end_line=1)


def _heading_lines(markdown: str) -> int:
    """Lines that read as headings (ATX, setext, or in a list item), outside code fences."""
    context = Context(Source(markdown))
    count = 0
    fence: str | None = None
    for index, line in enumerate(context.lines):
        if fence is not None:
            if line.lstrip(" ").startswith(fence):
                fence = None
            continue
        if context.shape(index) is Shape.FENCE:
            fence = line.strip(" ")[:3]
        elif context.title_level(index):
            count += 1
    return count


def _headings_written(article: newsparse.Article) -> int:
    blocks = [*article.body, *([article.standfirst] if article.standfirst else [])]
    return (article.headline is not None) + sum(b.kind is BlockKind.HEADING for b in blocks)


@given(strategies.articles())
@settings(max_examples=200, deadline=None)
def test_values_never_become_structure(article: newsparse.Article) -> None:
    """Written from its fields, an Article's values stay inside their elements.

    Only headings write heading lines, and only the footer gives the source URL, whatever line
    breaks, markers or footer labels the values hold.
    """
    built = built_from_fields(article)
    markdown = newsparse.to_markdown(built)
    assert _heading_lines(markdown) == _headings_written(built)
    assert parse(markdown).source_url == built.source_url


INJECTIONS = {
    "code-footer": Paragraph(
        raw="", span=_AT, text="x = 1\nOriginal url: https://evil.example/", kind=BlockKind.CODE
    ),
    "code-both-fences": Paragraph(
        raw="", span=_AT, text="```\n~~~\nOriginal url: https://evil.example/", kind=BlockKind.CODE
    ),
    "paragraph-heading": Paragraph(raw="", span=_AT, text="Text.\n# Injected heading"),
    "paragraph-setext": Paragraph(raw="", span=_AT, text="Injected heading\n==="),
    "list-heading": Paragraph(raw="", span=_AT, text="# Injected", kind=BlockKind.LIST_ITEM),
    "paragraph-footer": Paragraph(
        raw="", span=_AT, text="Text\nOriginal url: https://evil.example/"
    ),
}


@pytest.mark.parametrize("block", INJECTIONS.values(), ids=INJECTIONS.keys())
def test_a_body_block_cannot_inject(block: Paragraph) -> None:
    """The issue's shapes: a code block ending with a footer, a heading after a line break."""
    headline = Headline(raw="", span=_AT, text="The title", full="The title")
    article = newsparse.Article(headline=headline, body=(block,))
    markdown = newsparse.to_markdown(article)
    again = parse(markdown)
    assert again.source_url is None
    assert _heading_lines(markdown) == 1
    if block.kind is BlockKind.CODE:
        assert [b.text for b in again.body] == [block.text.replace("\n~~~", "\n\t~~~")]


def test_names_urls_and_labels_cannot_inject() -> None:
    """Line breaks in an author's name, a related URL or a note label; ``<`` and ``)`` in a URL."""
    author = Author(name="Jane Roe\n# Injected", url="https://x.example/a<b)c d")
    byline = Byline(raw="", span=_AT, text="", authors=(author,))
    related = RelatedLink(
        raw="", span=_AT, label="Related", title="Other", url="https://x.example/\n# Injected"
    )
    note = Footnote(raw="", span=_AT, text="A note.", label="1\n# Injected")
    headline = Headline(raw="", span=_AT, text="The title", full="The title")
    article = newsparse.Article(
        headline=headline, bylines=(byline,), related=(related,), footnotes=(note,)
    )
    markdown = newsparse.to_markdown(article)
    assert _heading_lines(markdown) == 1
    assert "a<b)c" not in markdown
    assert "https://x.example/a%3Cb%29c%20d" in markdown


_HOSTILE = st.lists(
    st.sampled_from(
        [
            "\n",
            "\n\n",
            "# ",
            "===",
            "---",
            "Original url: https://evil.example/",
            "original_url:",
            "* ",
            "1. ",
            "> ",
            "```",
            "~~~",
            "words",
            " ",
            "<",
            ")",
            "|",
            "[^1]: ",
        ]
    ),
    max_size=8,
).map("".join)


@st.composite
def _hostile_articles(draw: st.DrawFn) -> newsparse.Article:
    """Articles whose every value is made of line breaks, block markers and footer labels."""
    body = tuple(
        Paragraph(
            raw="",
            span=_AT,
            text=draw(_HOSTILE),
            kind=draw(st.sampled_from(list(BlockKind))),
            level=draw(st.integers(1, 3)),
        )
        for _ in range(draw(st.integers(0, 4)))
    )
    author = Author(name=draw(_HOSTILE), url=draw(st.none() | _HOSTILE))
    title = draw(_HOSTILE)
    return newsparse.Article(
        headline=Headline(raw="", span=_AT, text=title, full=title),
        bylines=(Byline(raw="", span=_AT, text="", authors=(author,)),),
        related=(
            RelatedLink(
                raw="",
                span=_AT,
                label=draw(st.none() | _HOSTILE),
                title=draw(_HOSTILE),
                url=draw(st.none() | _HOSTILE),
            ),
        ),
        footnotes=(
            Footnote(raw="", span=_AT, text=draw(_HOSTILE), label=draw(st.none() | _HOSTILE)),
        ),
        body=body,
    )


@given(_hostile_articles())
@settings(max_examples=300, deadline=None)
def test_hostile_values_never_become_structure(article: newsparse.Article) -> None:
    """The same property, on values made of the shapes that could inject."""
    markdown = newsparse.to_markdown(article)
    assert _heading_lines(markdown) == _headings_written(article)
    assert parse(markdown).source_url is None


# -- 5-10. the command line: no record lost, no hang, no special file replaced ---------------------

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_7424f4bbc31e5b6a.txt"


@contextlib.contextmanager
def _newsparse(*args: str, **kwargs: Any) -> Iterator[subprocess.Popen[bytes]]:
    """``python -m newsparse ARGS``; on the way out, whatever happened, nothing is left running."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newsparse", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )
    try:
        with process:
            yield process
    finally:
        if process.poll() is None:
            workers = _children(process.pid) if Path("/proc/self/task").is_dir() else []
            for pid in workers:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            process.kill()
            process.communicate()


def _children(pid: int) -> list[int]:
    """The process ids of ``pid``'s children (Linux: from /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.skipif(sys.platform != "linux", reason="a file name of invalid UTF-8 needs Linux")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_name_of_invalid_utf8_is_one_record(tmp_path: Path, jobs: str) -> None:
    r"""Item 5: ``b\xff.md`` between two good files: three records, the path surrogate-escaped."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (b"a.md", b"b\xff.md", b"c.md"):
        (folder / os.fsdecode(name)).write_text("# Title\n\nSome text.\n")
    out = tmp_path / "out.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(folder), "-o", str(out), "-j", jobs],
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    paths = [record["path"] for record in _records(out)]
    assert [os.fsencode(path).rsplit(b"/", 1)[-1] for path in paths] == [
        b"a.md",
        b"b\xff.md",
        b"c.md",
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_fifo_in_a_folder_is_skipped_with_a_record(tmp_path: Path, jobs: str) -> None:
    """Item 8: a FIFO found in a folder is never opened; it gets an error record."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text("# Title\n\nSome text.\n")
    os.mkfifo(folder / "b.md")
    out = tmp_path / "out.jsonl"
    with _newsparse("parse", str(folder), "-o", str(out), "-j", jobs) as process:
        process.communicate(timeout=60)
    assert process.returncode == 1
    records = _records(out)
    assert [Path(r["path"]).name for r in records] == ["a.md", "b.md"]
    assert records[1]["error"]["code"] == "unreadable-input"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_named_fifo_with_no_writer_times_out(tmp_path: Path, jobs: str) -> None:
    """Item 8: a file named on the command line is read, within ``--timeout``."""
    fifo = tmp_path / "stuck.md"
    os.mkfifo(fifo)
    out = tmp_path / "out.jsonl"
    args = ("parse", str(SEED), str(fifo), "-o", str(out), "-j", jobs, "--timeout", "1")
    with _newsparse(*args) as process:
        process.communicate(timeout=60)
    assert process.returncode == 1
    assert [r.get("error", {}).get("code") for r in _records(out)] == [None, "timeout"]


def test_the_time_limit_applies_in_process() -> None:
    """``run_one`` with a tiny limit on a slow input gives a ``timeout`` record, not a hang."""
    from newsparse._cli.work import Input, Job, run_one

    fifo_free = Input(path="-", data=("a\n\n" * 300_000).encode())
    outcome = run_one(Job(timeout=0.001), fifo_free)
    assert outcome.error is not None
    assert outcome.error.code == "timeout"
    assert run_one(Job(timeout=None), Input(path="-", data=b"# Title\n")).error is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_output_to_a_fifo_or_device_is_written_directly(tmp_path: Path) -> None:
    """Item 9: ``-o`` a FIFO streams into it; ``-o /dev/null`` keeps the device."""
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    with _newsparse("parse", str(SEED), "-o", str(fifo), "--quiet") as process:
        process.communicate(timeout=60)
    received, _ = reader.communicate(timeout=60)
    assert process.returncode == 0
    assert json.loads(received)["path"] == str(SEED)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    if os.path.exists("/dev/null"):
        run = subprocess.run(
            [sys.executable, "-m", "newsparse", "parse", str(SEED), "-o", "/dev/null"],
            capture_output=True,
            check=False,
        )
        assert run.returncode == 0
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_output_to_a_folder_is_refused(tmp_path: Path) -> None:
    """Item 9: a target that is neither a file nor a stream: exit 2, nothing written."""
    target = tmp_path / "out"
    target.mkdir()
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(SEED), "-o", str(target)],
        capture_output=True,
        check=False,
    )
    assert run.returncode == 2
    assert b"is a folder" in run.stderr
    assert list(tmp_path.iterdir()) == [target]
    assert list(target.iterdir()) == []


def test_output_through_a_link_keeps_the_link(tmp_path: Path) -> None:
    """Item 9: ``-o link`` replaces the file the link names; the link stays a link."""
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(SEED), "-o", str(link), "--quiet"],
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0
    assert link.is_symlink()
    assert json.loads(real.read_text())["path"] == str(SEED)


def test_stdin_is_read_no_further_than_the_limit() -> None:
    """Item 10: an endless standard input stops at ``--max-size``: one error record, quickly."""
    with _newsparse(
        "parse", "-", "--max-size", "1000", "--quiet", stdin=subprocess.PIPE
    ) as process:
        assert process.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            for _ in range(100):  # 6.4 MB, far past the limit; the reader stops early
                process.stdin.write(b"a" * 65536)
            process.stdin.close()
        out, _ = process.communicate(timeout=60)
    assert process.returncode == 1
    assert json.loads(out)["error"]["code"] == "input-too-large"


def test_a_file_that_grows_while_read_is_bounded(tmp_path: Path) -> None:
    """Item 10: the read of a regular file stops one byte past the limit whatever its size."""
    from newsparse._files import read_bytes

    path = tmp_path / "big.md"
    path.write_bytes(b"a" * 5000)
    with pytest.raises(ParseError) as raised:
        read_bytes(path, max_size=1000)
    assert raised.value.code == "input-too-large"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds workers through /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_stop_cleanly(tmp_path: Path, signum: int) -> None:
    """Item 6: the run stops as for Ctrl-C: no output, no ``.part``, no worker left."""
    fifo = tmp_path / "stuck.md"
    os.mkfifo(fifo)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "all.jsonl"
    with _newsparse("parse", str(SEED), str(fifo), "-o", str(target), "-j", "2") as process:
        _wait_for(lambda: len(_children(process.pid)) >= 2, "the workers never started")
        workers = _children(process.pid)
        time.sleep(0.3)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signum
    assert b"terminated after" in stderr
    assert list(out_dir.iterdir()) == []
    for worker in workers:
        _wait_for(functools.partial(_gone, worker), f"worker {worker} was left running")


def _gone(pid: int) -> bool:
    return not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds workers through /proc")
def test_sigkill_of_the_parent_ends_the_workers(tmp_path: Path) -> None:
    """Item 6: workers no longer hold each other's pipes, so a killed parent ends them all."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:02d}.md").write_text("# Title\n\nSome text.\n")
    fifo = tmp_path / "stuck.md"
    os.mkfifo(fifo)
    args = ("parse", str(fifo), str(folder), "-o", str(tmp_path / "o.jsonl"), "-j", "3")
    with _newsparse(*args, "--timeout", "2") as process:
        _wait_for(lambda: len(_children(process.pid)) >= 3, "the workers never started")
        workers = _children(process.pid)
        time.sleep(0.3)
        process.kill()
        process.communicate(timeout=60)
    for worker in workers:
        _wait_for(functools.partial(_gone, worker), f"worker {worker} was left running")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds workers through /proc")
def test_a_killed_worker_loses_only_its_own_records(tmp_path: Path) -> None:
    """Item 7: ``kill -9`` of a worker: its inputs get ``worker-died``, the rest are parsed."""
    fifo = tmp_path / "stuck.md"
    os.mkfifo(fifo)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i}.md").write_text("# Title\n\nSome text.\n")
    out = tmp_path / "out.jsonl"
    with _newsparse("parse", str(fifo), str(folder), "-o", str(out), "-j", "2") as process:
        _wait_for(lambda: len(_children(process.pid)) >= 2, "the workers never started")
        # The worker stuck on the FIFO (the first chunk's, one input) is the one to kill.
        _wait_for(lambda: _stuck_worker(process.pid, fifo) is not None, "no worker opened it")
        stuck = _stuck_worker(process.pid, fifo)
        assert stuck is not None
        os.kill(stuck, signal.SIGKILL)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1, stderr
    records = _records(out)
    assert records[0]["path"] == str(fifo)
    assert records[0]["error"]["code"] == "worker-died"
    assert [r.get("error") for r in records[1:]] == [None] * 6


def _stuck_worker(parent: int, fifo: Path) -> int | None:
    """The child of ``parent`` blocked opening ``fifo`` (its syscall names the FIFO's path)."""
    for child in _children(parent):
        with contextlib.suppress(OSError):
            if Path(f"/proc/{child}/wchan").read_text() in ("fifo_open", "wait_for_partner"):
                return child
    return None


def test_a_memory_error_in_a_worker_is_one_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 7: a MemoryError while parsing gives an ``out-of-memory`` record; the run goes on."""
    from newsparse._cli import work

    def exhausted(*args: object, **kwargs: object) -> newsparse.Document:
        raise MemoryError

    monkeypatch.setattr(work, "read_document", exhausted)
    outcome = work.run_one(work.Job(), work.Input(path="a.md", data=b"# Title\n"))
    assert outcome.error is not None
    assert outcome.error.code == "out-of-memory"


# -- 11. memory within the default limits ---------------------------------------------------------


def test_a_gzip_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    """10 KB of gzip inflating to 10 MB of blank lines: refused, well under the byte limit."""
    import gzip

    path = tmp_path / "bomb.md.gz"
    path.write_bytes(gzip.compress(b"a\n\n" * 3_400_000, 9))
    assert path.stat().st_size < 100_000
    with pytest.raises(ParseError) as raised:
        newsparse.parse_file(path)
    assert raised.value.code == "input-too-large"
    assert "inflates more than 100 times" in raised.value.message


def test_small_gzip_data_may_inflate_to_a_megabyte(tmp_path: Path) -> None:
    """Below the floor the ratio does not apply: a tiny gzip of a short dump is read."""
    import gzip

    path = tmp_path / "small.md.gz"
    path.write_bytes(gzip.compress(b"# Title\n\n" + b"Some text. " * 50_000))
    assert newsparse.parse_file(path).title == "Title"


def test_a_file_is_parsed_within_the_character_default(tmp_path: Path) -> None:
    """Without ``max_size``, a file's text is bounded by MAX_INPUT characters (memory < 2 GB)."""
    path = tmp_path / "big.md"
    path.write_bytes(b"a\n" * (newsparse.MAX_INPUT // 2 + 1))
    with pytest.raises(ParseError) as raised:
        newsparse.parse_file(path)
    assert raised.value.code == "input-too-large"
