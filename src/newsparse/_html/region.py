"""Which part of a page is the article: its headline, and the element that holds its text.

One iterative pass over the page sums, bottom-up, the text, link text and paragraph text of every
element, and marks page furniture (navigation, share bars, comments, ads, hidden elements) as
dead. The article text is where paragraph text is densest (readability's idea: each paragraph
credits its parent and grandparent); the region is then widened to the page's own article element
or to the ancestor that also holds the headline, when that adds little text and few links.
Nothing here recurses, so a page nested 100 000 elements deep is walked like a flat one.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Final, NamedTuple

import attrs
from bs4.element import NavigableString, PreformattedString, Tag

from newsparse._html.cached import CachedPattern
from newsparse._html.index import PageIndex
from newsparse.vocabulary import Vocabulary, current, patterns, word_pattern

__all__ = [
    "BLOCK_TAGS",
    "SKIP_TAGS",
    "Layout",
    "Region",
    "find_region",
    "is_unread",
    "visible_text",
]

# Elements whose content is never article text (forms are judged by size, below). <head> is
# walked: libxml2 leaves HTML5 elements it does not know (<article>) there in bodiless fragments.
# <rt> and <rp> are a ruby's reading aids (kana over kanji, and the parentheses around them for
# browsers without ruby): the text is the base characters, as the page's own metadata writes it.
SKIP_TAGS: Final = frozenset(
    "script style noscript template iframe frame frameset button input select option textarea "
    "svg canvas video audio object embed source track param link meta title nav dialog "
    "map area math rt rp".split()
)

# Elements that start a new block of text; everything else flows inside its block.
BLOCK_TAGS: Final = frozenset(
    "address article aside blockquote body caption center dd details div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu ol p "
    "pre section summary table tbody td tfoot th thead tr ul".split()
)

# Elements whose own text counts as a paragraph credited to the parent and grandparent.
_PARAGRAPH_TAGS: Final = frozenset("p pre blockquote li td dd h2 h3 h4".split())

# Class or id words of page furniture: share bars, ads, comments and their reply forms, links
# to the previous and next post, ratings, reading times, donation prompts,
# sidebars, footers, consent and paywall prompts. Boxes of related stories are judged by the
# vocabulary's class words (``_ClassWords.related``).
_NOISE_REGEX: Final = re.compile(
    r"(?<![a-z])(?:share|sharing|social|newsletter|advert|advertisement|adsbygoogle|ad-slot|"
    r"ad-container|ads|comments?|disqus|outbrain|taboola|sponsored|cookie|consent|paywall|"
    r"subscribe|subscription|(?:bread-?)?crumbs?|related-posts|recommended|popular|most-read|"
    r"skip-link|sr-only|visually-hidden|sidebar|respond|kommentare|footer|"
    r"twitter-tweet|instagram-media|tiktok-embed|wp-embedded-content|"
    r"dialog|modal|popup|popover|overlay|flyout|"
    r"post-nav|post-navigation|nav-links|next-prev|prev-next|post-ratings?|ratings?|"
    r"reading-?time|read-?time|lesezeit|sharedaddy|shariff|likes|jp-relatedposts|"
    r"donate|donations?|spenden|support-us)(?![a-z])",
    re.IGNORECASE,
)
_NOISE: Final = CachedPattern(_NOISE_REGEX)
# The words of _NOISE that name a bar or a slot (a share bar, an ad slot), which holds no
# paragraphs: a box holding paragraphs of prose that carries one is no such bar (a theme's
# "post-body share" class, a "part--ads" modifier). The other words name an area (a sidebar, a
# paywall or newsletter prompt, an overlay) that may hold prose and still be furniture.
_NOISE_BAR: Final = re.compile(
    r"(?<![a-z])(?:share|sharing|social|advert|advertisement|ads|ad-slot|ad-container)(?![a-z])",
    re.IGNORECASE,
)
_NOISE_AREA: Final = re.compile(
    r"(?<![a-z])(?:sidebar|footer|comments?|kommentare|respond|disqus|paywall|subscribe|"
    r"subscription|newsletter|cookie|consent|dialog|modal|popup|popover|overlay|flyout)(?![a-z])",
    re.IGNORECASE,
)
# Prose from which a box named for a bar or a slot ("post-body share", "part--ads") is taken for
# article text: a share bar or an ad slot holds no paragraphs, a body marked with such a word does.
_NOISE_PROSE: Final = 500
# Class or id words of a box about the author (a portrait, a biography): furniture when it is
# longer than a byline, although it names the author.
_AUTHOR_BOX_REGEX: Final = re.compile(
    r"(?<![a-z])(?:author|autor)[-_]{0,2}(?:box|bio|biography|description|about)"
    r"|(?<![a-z])(?:bio|biography)(?![a-z])",
    re.IGNORECASE,
)
_AUTHOR_BOX: Final = CachedPattern(_AUTHOR_BOX_REGEX)
# Characters from which an author box is a biography rather than a byline.
_BIOGRAPHY: Final = 150
# Most text of a box read as a biography (a box this large is more than one).
_BIOGRAPHY_BOX: Final = 1500
# Class or id words of an editorial note (a correction, an editor's note, a disclaimer, notes
# under the text): like a byline, a box holding one is never furniture as a whole.
_NOTE_HINT_REGEX: Final = re.compile(
    r"(?<![a-z])(?:notes?|correction|disclaimer|disclosure|footnotes?|endnotes?)(?![a-z])",
    re.IGNORECASE,
)
_NOTE_HINT: Final = CachedPattern(_NOTE_HINT_REGEX)
# Class, id, itemprop or rel words of the header facts a wrapper must not lose. Words that only
# contain one are not hints: "validate" (a form), "update(s)" (a newsletter), "datenschutz",
# "multimedia", "runtime", "timeline", "timer", "publisher", "authorization".
_HEADER_HINT_REGEX: Final = re.compile(
    r"author(?!i[sz]ation)|byline|by-line|dateline|(?<!vali)(?<!candi)(?<!up)date(?!n)|updated|"
    r"(?<!mul)(?<!run)(?<!reading)(?<!reading-)(?<!read)(?<!read-)time(?!line|r)|publish(?!er)",
    re.IGNORECASE,
)
HEADER_HINT: Final = CachedPattern(_HEADER_HINT_REGEX)
# A kicker inside a headline: <h1><span class="overline">Kicker</span>Title</h1>
KICKER_HINT: Final = re.compile(
    r"kicker|overline|dachzeile|topline|eyebrow|roofline|supertitle|pretitle|pre-title|"
    r"spitzmarke|antetitulo|surtitre|rubric",
    re.IGNORECASE,
)
_HIDDEN_STYLE: Final = re.compile(r"display[ ]{0,3}:[ ]{0,3}none|visibility[ ]{0,3}:[ ]{0,3}hidden")
# Class names that hide an element with the page's style sheet (Bootstrap's "d-none" and
# "hidden", Bulma's "is-hidden", Foundation's "hide"), as whole names. One that shows it again on
# some screens ("hidden md:block", "d-none d-lg-flex") leaves it shown.
_HIDDEN_CLASS: Final = re.compile(r"(?:^|\s)(?:hidden|d-none|is-hidden|hide)(?:\s|$)")
# Elements looked at in a box hidden by its class for a byline or date element: such a box
# is a header a script shows ("header-features hide" around the byline and date), and is read.
_HIDDEN_LOOK: Final = 50
_SHOWN_CLASS: Final = re.compile(
    r":(?:block|flex|inline|grid|table)|d-[a-z]{2,3}-(?:block|flex|inline|grid|table)"
)
_CONTAINERS: Final = frozenset({"html", "body", "article", "main"})
_ARTICLE_TAGS: Final = ("article", "main")
# Characters of text from which a <noscript> holding paragraphs is read (a page's text written
# for readers without scripts; a "please enable JavaScript" notice is shorter).
_NOSCRIPT_PROSE: Final = 200
# Form fields: a box holding one and little text is a widget (a sign-up or comment form, a
# search or sort bar), not article text.
_CONTROL_TAGS: Final = frozenset({"input", "select", "textarea"})
_WIDGET_TEXT: Final = 600
# Most text of a box holding a form field that is left out after the article's last paragraph:
# a newsletter sign-up, a comment or rating form laid out in a table or a list (which keeps it
# from reading as a widget, for a recipe's servings field over its ingredients).
_TRAILING_FORM: Final = 1200
# Text from which a box named as furniture is taken for more than furniture (unless mostly links).
_SMALL_BOX: Final = 2500
# Most text of a control drawn as a button ("Print recipe", "Save tip", "Copy link").
_BUTTON_TEXT: Final = 100
_LIST_TAGS: Final = frozenset({"ul", "ol", "dl", "table"})
_ITEM_LIST_TAGS: Final = frozenset({"ul", "ol", "dl"})
# The class or id word of a box of teasers (``Teasers``, ``news-teasers``): an article's lead
# may be classed "teaser", never "teasers".
_TEASER_LIST: Final = re.compile(r"(?<![a-z])teasers(?![a-z])", re.IGNORECASE)
# A theme's widget (WordPress's "widget widget_text", a sidebar's box): the class name "widget"
# alone, not inside a longer name (a page builder's "elementor-widget-container" holds text).
_WIDGET_CLASS: Final = re.compile(r"(?:^|\s)widget(?:\s|$)")
# Elements that are furniture by their name alone, when small: an aside (a box beside the text:
# "most read", weather, a newsletter prompt) and a footer (tags, author boxes, reactions).
_FURNITURE_TAGS: Final = frozenset({"aside", "footer"})
_ARTICLE_MARK: Final = re.compile(r"articleBody|Article|BlogPosting")

# Class or id words of a box that holds an article's text, and of furniture (readability's
# lists, matched inside longer names: "entry-content", "post-body", "article-texte";
# "entry-meta", "media-credit"). Between two boxes of nearly the same paragraph score, the one
# named for the text wins: a cookie notice of one paragraph against a post of one paragraph, a
# list of show notes against the post holding it.
_TEXT_CLASS_REGEX: Final = re.compile(
    r"article|body|content|entry|main|page|post|text|blog|story", re.IGNORECASE
)
_TEXT_CLASS: Final = CachedPattern(_TEXT_CLASS_REGEX)
_FURNITURE_CLASS_REGEX: Final = re.compile(
    r"-ad-|hidden|banner|comment|contact|foot|gdpr|masthead|media|meta|outbrain|promo|"
    r"related|scroll|share|sidebar|skyscraper|sponsor|shopping|tags|tool|widget",
    re.IGNORECASE,
)
_FURNITURE_CLASS: Final = CachedPattern(_FURNITURE_CLASS_REGEX)
# The points a class word adds or takes (a paragraph credits 1 to 4), and only to a box holding
# a paragraph of prose (a small box named "content-box" is no article).
_CLASS_POINTS: Final = 3.0

# An HTML paragraph's own text shorter than this is a label or a link, not prose (not the dump
# reader's plan.PROSE_CHARS, the length of a line that ends a dump's header).
_PARAGRAPH_PROSE_CHARS: Final = 25
# Title similarity needed to take a heading as the headline (an h1, or another heading).
_H1_SIMILARITY: Final = 0.6
_HEADING_SIMILARITY: Final = 0.8
# Header facts (byline, date) looked for beside a headline outside the region.
_HEADER_FACTS: Final = 4
_HEADER_FACT_CHARS: Final = 200
# Most elements looked at around a headline, and most headings compared with the titles: bounds
# that keep hostile pages (thousands of nested headings) linear.
_HEADER_BUDGET: Final = 5_000
_MAX_HEADINGS: Final = 200
_VISIBLE_NODES: Final = 5_000
# Class or id words of an article's lead (standfirst) set apart from the body.
_LEAD_HINT: Final = re.compile(
    r"(?<![a-z])(?:lead|intro|introduction|standfirst|teaser|summary|abstract|excerpt|deck|"
    r"bajada|entradilla|chapo|chapeau|sapo|vorspann|anrisser|lede)(?![a-z])",
    re.IGNORECASE,
)
# A lead's length in characters, the largest box searched for one, and how far: ancestors of
# the region, and preceding siblings at each level.
_LEAD_MIN: Final = 60
_LEAD_MAX: Final = 1200
_LEAD_BOX: Final = 3000
_LEAD_LEVELS: Final = 6
_LEAD_SIBLINGS: Final = 6
# Most ancestors looked at when widening a region.
_MAX_CLIMB: Final = 40
# Least share of prose, most share of link text, in what a wider region adds.
_ADDED_PROSE: Final = 0.6
_ADDED_LINKS: Final = 0.2
# Link text an article element may add beyond half its extra text (a linked byline, tags).
_HEADER_LINKS: Final = 800
# Prose characters from which a marked article element is evidence enough to follow.
MIN_MARKED_PROSE: Final = 1000
# A paragraph of the article's own prose, the last of which ends the article: this many
# characters of flowing text, at most a fifth of it link text.
_ENDING_PROSE: Final = 100
# A byline or date box after the article's last paragraph stays when it is this short.
_TRAILING_FACT: Final = 300
# A paragraph of one link after the article stays when it is this short (a signature).
_SIGNATURE: Final = 100
# A paragraph of one link is read as a pointer from this many characters; one ending with a
# sentence stop is a sentence of the article that happens to be linked.
_LINK_LINE_CHARS: Final = 10
_SENTENCE_STOPS: Final = (".", "!", "?")
_CONTACT_SCHEMES: Final = ("tel:", "mailto:")
# Blocks that may be such a paragraph: a <p>, or a <div> holding text and no other block.
_LINK_LINE_TAGS: Final = frozenset({"p", "div"})
# A label line over a box ("Read also:"): a block of at most this many characters of plain text.
_LABEL_CHARS: Final = 40
_HEADING_TAGS: Final = frozenset("h1 h2 h3 h4 h5 h6".split())
_LABEL_TAGS: Final = BLOCK_TAGS - _HEADING_TAGS - {"li", "dt", "dd", "td", "th"}
# Headings that title a teaser card, and the most text a card adds to its title (a teaser, a
# date, a section label).
_CARD_HEADINGS: Final = frozenset("h2 h3 h4 h5 h6".split())
_CARD_TEXT: Final = 400
_LINK_LEVELS: Final = 3
# A card link (an <a> wrapping a heading or a teaser paragraph) holds less text than this.
_CARD_LINK_TEXT: Final = 600


# Most characters of a block read as a call to the reader closing the article (a few lines).
_CALL_CHARS: Final = 320


class _ClassWords(NamedTuple):
    """Patterns over class and id names, built from the vocabulary's class-word tables."""

    # A box named for the author ("author-card", "post_autor"; not "authorization"): holding a
    # sentence of prose, it is a biography.
    author: CachedPattern
    # A box of links to other stories: a class name that is a related word, alone or with one
    # part before or after it ("related_post", "post-related"; not a script hook such as
    # "js-truncate-related-to-size").
    related: CachedPattern
    # A control drawn as a button ("print-button", "btn btn-save", "copy-btn").
    button: CachedPattern
    # A comment area: its list of comments or its reply form ("comments-area", "respond").
    comments: CachedPattern
    # A teaser card or list promoting other pages ("m-teaser-content", "teaser__news-list").
    teaser: CachedPattern


def _build_class_words(words: Vocabulary) -> _ClassWords:
    """The class-name patterns of ``words``."""
    return _cached_class_words(
        author=word_pattern(r"(?<![a-z])", words.author_class_words, r"(?!i[sz]ation)", flags=re.I),
        related=word_pattern(
            r"(?:^|\s)(?:[a-z]{1,20}[-_]{1,2})?",
            words.related_class_words,
            r"(?:[-_]{1,2}[a-z]{1,20})?(?:\s|$)",
            flags=re.I,
        ),
        button=word_pattern(r"(?<![a-z])", words.button_class_words, r"(?![a-z])", flags=re.I),
        comments=word_pattern(
            r"(?:^|\s)(?:[a-z]{1,20}[-_]{1,2})?",
            words.comment_class_words,
            r"(?:[-_]{1,2}",
            words.comment_class_parts,
            r")?(?:\s|$)",
            flags=re.I,
        ),
        teaser=word_pattern(
            r"(?:^|\s)(?:[a-z]{1,20}[-_]{1,2})?",
            words.teaser_class_words,
            r"(?:[-_]{1,2}[a-z]{1,20})?(?:\s|$)",
            flags=re.I,
        ),
    )


class _Calls(NamedTuple):
    """The pattern of a call to the reader, built from the vocabulary's call tables."""

    # "Follow us on X", "Sign up for our newsletter", "Get our app", a line opening "Follow",
    # and the site's licence notice ("Licensed under CC BY 4.0").
    closing: re.Pattern[str]


def _build_calls(words: Vocabulary) -> _Calls:
    """The call pattern of ``words``: its phrases as whole words, or a follow call opening a line.

    A plural or a verb's ``-n`` is allowed ("newsletters", "abonnieren"); "Follow us" and
    "Follow Jo Park on" open a call, "Follow the money" does not.
    """
    return _Calls(
        closing=word_pattern(
            r"(?<!\w)",
            words.reader_calls | words.closing_calls | words.licence_notices,
            r"(?:s|n|en)?(?!\w)|^follow (?:us|me|\S{1,40}(?: \S{1,40}){0,3} on)(?!\w)",
            flags=re.I,
        )
    )


# Quotation marks: a block holding one reports what someone said ("We subscribe to that view").
_QUOTES: Final = frozenset('"“”„«»')


def _is_call(tag: Tag, text: str, call: re.Match[str]) -> bool:
    """Whether a short block that names a call is one: the reader addressed, not a story's line.

    A call opens the block (at most one word before it: "Get our app", "Jetzt Newsletter
    abonnieren"), carries its own link or form, or is a line with no sentence's full stop
    ("Sign up for our newsletter"). A sentence of the story that speaks of a newsletter, an app
    or a licence ("Residents can sign up at the town hall.") is none; nor is a quotation.
    """
    if not _QUOTES.isdisjoint(text):
        return False
    if len(text[: call.start()].split()) <= 1:
        return True
    if tag.find(_CALL_TAGS) is not None:
        return True
    return not text.rstrip().endswith(".")


# Elements that make a short block act on the reader: its own link, button or form.
_CALL_TAGS: Final = ("a", "button", "input", "form")


_calls: Final = patterns(_build_calls)


def _cached_class_words(**regexes: re.Pattern[str]) -> _ClassWords:
    """Class words whose searches are remembered per class string (see ``CachedPattern``)."""
    return _ClassWords(**{name: CachedPattern(regex) for name, regex in regexes.items()})


_class_words: Final = patterns(_build_class_words)


class _Stats:
    """Bottom-up sums for one element (text lengths in characters)."""

    __slots__ = (
        "control",
        "dead",
        "flow",
        "flow_links",
        "heading",
        "heading_count",
        "hint",
        "links",
        "listed",
        "nodes",
        "picture",
        "prose",
        "score",
        "text",
    )

    def __init__(self) -> None:
        self.text = 0
        self.links = 0
        self.flow = 0
        self.flow_links = 0
        self.prose = 0
        self.score = 0.0
        self.hint = False
        self.heading = False
        self.heading_count = 0
        self.dead = False
        self.control = False  # a form field (an input, a select, a textarea, a form) is below
        self.listed = False  # a list or a table is below (or is this element)
        self.picture = False  # an <img> is below (or is this element)
        self.nodes = 0  # elements below this one that the walk visits


def _attr(tag: Tag, name: str) -> str:
    value = tag.attrs.get(name)
    if isinstance(value, list):
        return " ".join(value)
    return value if isinstance(value, str) else ""


def _ident(tag: Tag) -> str:
    return f"{_attr(tag, 'class')} {_attr(tag, 'id')}"


def is_hidden(tag: Tag, by_class: bool = True) -> bool:
    """Whether the element is hidden from readers.

    By its ``hidden`` attribute, an inline ``display:none``, or (``by_class``) a class that hides
    it (``_HIDDEN_CLASS``) when no responsive class shows it again.
    """
    attrs = tag.attrs
    if not attrs:
        return False
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if isinstance(style, str) and _HIDDEN_STYLE.search(style.lower()) is not None:
        return True
    classes = attrs.get("class")
    return (
        by_class
        and isinstance(classes, str)
        and _HIDDEN_CLASS.search(classes) is not None
        and _SHOWN_CLASS.search(classes) is None
        and not _holds_header_fact(tag)
    )


def _holds_header_fact(tag: Tag) -> bool:
    """Whether a box holds a byline or date element (a header box a script shows), at a look.

    Only the first ``_HIDDEN_LOOK`` elements are looked at, so the cost stays bounded.
    """
    for seen, node in enumerate(tag.find_all(True, limit=_HIDDEN_LOOK)):
        if seen >= _HIDDEN_LOOK:
            break
        if node.name == "time" or (
            node.attrs
            and HEADER_HINT.search(f"{_ident(node)} {_attr(node, 'itemprop')} {_attr(node, 'rel')}")
        ):
            return True
    return False


def is_unread(tag: Tag) -> bool:
    """Whether the element's content is never article text (``SKIP_TAGS``), with two exceptions.

    A ``<nav>`` holding an ``<article>`` or ``<main>`` is read: broken markup (a menu never
    closed) left the page inside it. A ``<noscript>`` holding paragraphs of prose is read: some
    pages write their text there for readers without scripts, and nowhere else.
    """
    name = tag.name
    if name not in SKIP_TAGS:
        return False
    if name == "nav":
        return tag.find(_ARTICLE_TAGS) is None
    if name == "noscript":
        return tag.find("p") is None or len(visible_text(tag, _NOSCRIPT_PROSE)) < _NOSCRIPT_PROSE
    return True


def _strings(tag: Tag) -> Iterator[str]:
    """The element's own text children (not comments, CDATA or doctype)."""
    for child in tag.contents:
        if isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            yield child


def _walk(root: Tag, controls: set[int]) -> list[Tag]:
    """Every element under ``root`` (itself included) in document order, skipping unread ones.

    The elements with a form field among their children (an input, a select, a text area) are
    added to ``controls``.
    """
    order: list[Tag] = []
    stack = [root]
    while stack:
        tag = stack.pop()
        order.append(tag)
        children = []
        for child in tag.contents:
            if not isinstance(child, Tag):
                continue
            if is_unread(child):
                if child.name in _CONTROL_TAGS:
                    controls.add(id(tag))
            elif not is_hidden(child):
                children.append(child)
        children.reverse()
        stack.extend(children)
    return order


def visible_text(tag: Tag, limit: int = 2000) -> str:
    """The element's readable text, whitespace collapsed, at most ``limit`` characters.

    At most a bounded number of descendants is looked at, so the cost does not grow with depth.
    """
    parts: list[str] = []
    size = 0
    seen = 0
    for node in tag.descendants:
        seen += 1
        if seen > _VISIBLE_NODES or size > limit * 2:
            break
        if not isinstance(node, NavigableString) or isinstance(node, PreformattedString):
            continue
        parent = node.parent
        if parent is not None and parent.name in SKIP_TAGS:
            continue
        parts.append(node)
        size += len(node)
    return " ".join(" ".join(parts).split())[:limit]


def _link_chars(tag: Tag) -> int:
    """Characters of link text in a small element (a bounded look, like visible_text)."""
    size = 0
    for seen, node in enumerate(tag.descendants):
        if seen > _VISIBLE_NODES:
            break
        if isinstance(node, NavigableString) and any(p.name == "a" for p in _near_parents(node)):
            size += len(node.strip())
    return size


def _near_parents(node: NavigableString) -> Iterator[Tag]:
    for depth, parent in enumerate(node.parents):
        if depth > 8:
            return
        yield parent


def _squash(text: str) -> str:
    return "".join(text.casefold().split())


def _similarity(a: str, b: str, floor: float = _H1_SIMILARITY) -> float:
    """How alike two titles are (0 to 1); below ``floor`` the answer is only a bound."""
    a, b = _squash(a)[:300], _squash(b)[:300]
    if not a or not b:
        return 0.0
    contained = 0.0
    if a in b or b in a:
        contained = min(len(a), len(b)) / max(len(a), len(b))
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # The cheap upper bounds settle most comparisons (a title against a section heading).
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return contained
    return max(contained, matcher.ratio())


@attrs.frozen(kw_only=True)
class Region:
    """The article region: ``root`` holds its text; ``header`` are elements written before it.

    ``headline`` is the page's headline element (inside ``root`` or first in ``header``), if any;
    ``kicker`` is a kicker element inside it.
    """

    root: Tag
    header: tuple[Tag, ...] = ()
    headline: Tag | None = None
    kicker: Tag | None = None


class Layout:
    """The bottom-up facts of one page, and which elements are furniture (``dead``)."""

    def __init__(self, root: Tag, headline: Tag | None) -> None:
        self.root = root
        controls: set[int] = set()
        self.order = _walk(root, controls)
        self._controls = controls
        self.stats: dict[int, _Stats] = {}
        # Boxes of links left out (after the article, beside it): their story links are written.
        self.link_boxes: set[int] = set()
        # Teaser cards among them: each holds one story link.
        self.cards: set[int] = set()
        self._heads = {id(p) for p in headline.parents} if headline is not None else set()
        if headline is not None:
            self._heads.add(id(headline))
        self._sum()
        self._kill_below_dead()

    def live(self, tag: Tag) -> bool:
        """Whether ``tag`` is walked and is not furniture."""
        found = self.stats.get(id(tag))
        return found is not None and not found.dead

    def text(self, tag: Tag) -> int:
        """Characters of live text under ``tag``."""
        found = self.stats.get(id(tag))
        return found.text if found is not None else 0

    def links(self, tag: Tag) -> int:
        """Characters of live link text under ``tag``."""
        found = self.stats.get(id(tag))
        return found.links if found is not None else 0

    def _stats(self, tag: Tag) -> _Stats:
        found = self.stats.get(id(tag))
        if found is None:
            found = self.stats[id(tag)] = _Stats()
        return found

    def _sum(self) -> None:
        for tag in reversed(self.order):
            own = self._stats(tag)
            parent = tag.parent
            if tag.name == "form" or id(tag) in self._controls:
                own.control = True
            if tag.name in _LIST_TAGS:
                own.listed = True
            elif tag.name == "img":
                own.picture = True
            if parent is not None and tag is not self.root:
                up = self._stats(parent)
                up.nodes += own.nodes + 1
                # Passed up before furniture is judged: a form left out still marks its box.
                up.control = up.control or own.control
                up.listed = up.listed or own.listed
                up.picture = up.picture or own.picture
            for string in _strings(tag):
                size = len(string.strip())
                if size:
                    own.text += size + 1
                    own.flow += size + 1
            name = tag.name
            # Most elements have no attributes: their identity is the empty string, cheaply.
            ident = _ident(tag) if tag.attrs else ""
            if name == "a":
                own.links = own.text
                own.flow_links = own.flow
            elif name == "time" or (
                ident
                and (
                    HEADER_HINT.search(f"{ident} {_attr(tag, 'itemprop')} {_attr(tag, 'rel')}")
                    or _NOTE_HINT.search(ident)
                )
            ):
                own.hint = True
            if name in _HEADING_TAGS:
                own.heading = True
                own.heading_count += 1
            if self._furniture(tag, own, ident):
                own.dead = True
                continue
            if parent is None or tag is self.root:
                continue
            up = self._stats(parent)
            block = name in BLOCK_TAGS
            # A paragraph is credited before its sums go up, so its prose counts in every
            # ancestor (``widen`` compares the prose of a container and of its parents).
            if block and own.flow >= _PARAGRAPH_PROSE_CHARS and own.flow_links * 2 < own.flow:
                self._credit(tag, own, string_count=own.flow)
            up.text += own.text
            up.links += own.links
            up.prose += own.prose
            up.hint = up.hint or own.hint
            up.heading = up.heading or own.heading
            up.heading_count += own.heading_count
            if not block:
                up.flow += own.flow
                up.flow_links += own.flow_links

    def _credit(self, tag: Tag, own: _Stats, string_count: int) -> None:
        """Credit a paragraph's points to its container (readability's scoring)."""
        points = 1.0 + min(string_count / 100.0, 3.0)
        own.prose += own.flow
        parent = tag.parent
        if tag.name not in _PARAGRAPH_TAGS:
            # Text written straight into a <div> (paragraphs split by <br>) credits the div.
            own.score += points
        if parent is None:
            return
        self._stats(parent).score += points
        grand = parent.parent
        if grand is not None:
            self._stats(grand).score += points / 2

    def _furniture(self, tag: Tag, own: _Stats, ident: str) -> bool:
        name = tag.name
        if name in _CONTAINERS or id(tag) in self._heads:
            return False
        if ident and _is_biography(own, ident):
            return True
        small = own.text < _SMALL_BOX or own.links * 2 > own.text
        if (
            ident
            and (small or (name in _ITEM_LIST_TAGS and own.links > 0))
            and _class_words().related.search(ident) is not None
        ):
            # A box of related stories, even one dated teaser by teaser (a date is no byline); a
            # long one only as a list of links (excerpts under the titles make it long), not a
            # table of figures or a list without links that a class name calls "related".
            return True
        if ident and own.links * 2 > own.text and _class_words().teaser.search(ident) is not None:
            # A teaser of another page: mostly its link (a lead classed "teaser" is prose).
            return True
        if ident and small and _TEASER_LIST.search(ident) is not None:
            # A box of teasers (plural): other pages' cards, however much text each shows.
            return True
        if ident and _is_teaser_card(own) and _class_words().teaser.search(ident) is not None:
            # A teaser card: a title and a link to another page, a line of teaser text (a lead
            # classed "teaser" has no heading).
            return True
        if ident and _class_words().comments.search(ident) is not None:
            # Comments, however many: each names its author and date, which is no byline.
            return True
        if own.hint:
            return False
        if ident and _is_button(tag, own, ident):
            return True
        if own.control and own.text <= _WIDGET_TEXT and _is_widget(own):
            return True
        if name in _FURNITURE_TAGS and small and own.links * 2 >= own.text:
            # A box of links beside the text: its links to other stories are written (related).
            self.link_boxes.add(id(tag))
        if name == "form" or name in _FURNITURE_TAGS:
            return small
        if (
            small
            and not own.picture
            and not _holds_prose(own)
            and _WIDGET_CLASS.search(_attr(tag, "class")) is not None
        ):
            # A theme's widget (a newsletter box, a list of links beside the text); one holding
            # prose or a picture may be the article's or its picture's, set in a widget column.
            return True
        if not ident.strip() or not small or _NOISE.search(ident) is None:
            return False
        # A body marked with a bar's word (a theme's "share" class) holds prose; an area is
        # furniture whatever it holds.
        bar = _NOISE_BAR.search(ident) is not None and _NOISE_AREA.search(ident) is None
        return not (bar and _holds_prose(own))

    def _kill_below_dead(self) -> None:
        stats = self.stats
        for tag in self.order:
            parent = tag.parent
            if parent is None or tag is self.root:
                continue
            up = stats.get(id(parent))
            if up is not None and up.dead:
                stats[id(tag)].dead = True

    def _first_prose(self, start: int, end: int) -> int:
        """The first paragraph of prose after ``start`` in document order (``end`` if none)."""
        return next(
            (i for i in range(start + 1, end) if self._is_prose_paragraph(self.order[i])), end
        )

    def _after_first_prose(self, region: Tag) -> range:
        """Indexes in document order from ``region``'s first paragraph of prose to its end."""
        span = self._order_span(region)
        if span is None:
            return range(0)
        start, end = span
        return range(self._first_prose(start, end), end)

    def _leave_out(self, index: int) -> None:
        """Mark the tag at ``index`` in document order, and everything inside it, as furniture."""
        for inner in range(index, index + self.stats[id(self.order[index])].nodes + 1):
            self.stats[id(self.order[inner])].dead = True

    def _order_span(self, region: Tag) -> tuple[int, int] | None:
        """Where ``region`` and its descendants lie in document order: ``[start, end)``."""
        start = next((i for i, tag in enumerate(self.order) if tag is region), None)
        if start is None:
            return None
        return start, start + self.stats[id(region)].nodes + 1

    def end_at_last_paragraph(self, region: Tag) -> None:
        """Mark as furniture the boxes that follow the article's last paragraph of prose.

        After the article ends come its page's boxes: "more on this topic" teasers, newsletter
        and donation prompts, author boxes, tag lists. A box after the last paragraph of prose
        (at any level below ``region``) is left out when it is mostly link text, when it holds a
        form field and little text (a sign-up, comment or rating form), or when it has a class
        or id and holds a heading (a box with a title of its own); it is listed in
        ``link_boxes``, whose links to other stories the writer keeps. Short lines that close an
        article (a signature, a last list) and short byline or date boxes stay.
        """
        span = self._order_span(region)
        if span is None:
            return
        start, end = span
        last: int | None = None
        for index in range(start + 1, end):
            tag = self.order[index]
            own = self.stats[id(tag)]
            if (
                not own.dead
                and tag.name in BLOCK_TAGS
                and own.flow >= _ENDING_PROSE
                and own.flow_links * 5 < own.flow
            ):
                last = index
        if last is None:
            return
        where = {id(self.order[i]): i for i in range(start, end)}
        node = self.order[last]
        while node is not region and node.parent is not None:
            boxes = [s for s in node.next_siblings if isinstance(s, Tag) and id(s) in where]
            while boxes:
                box = boxes.pop()
                own = self.stats[id(box)]
                if not self._trailing(box, own):
                    continue
                if own.hint:
                    # A box holding a byline or a date: its parts are judged one by one.
                    if own.text >= _TRAILING_FACT:
                        parts = box.contents
                        boxes.extend(c for c in parts if isinstance(c, Tag) and id(c) in where)
                    continue
                self._leave_out(where[id(box)])
                self.link_boxes.add(id(box))
            node = node.parent

    def drop_teaser_cards(self, region: Tag) -> None:
        """Mark as furniture the teaser cards set among the article's paragraphs.

        A card, after the article's first paragraph of prose, is a heading that is all link text
        (a title linking to another story), with at most a short teaser text and a picture
        around it: the smallest box around the heading that adds at most ``_CARD_TEXT``
        characters and no paragraph of prose. It is listed in ``link_boxes``, so its story link
        is written (and read as a related link).
        """
        span = self._order_span(region)
        if span is None:
            return
        start, end = span
        # Cards are looked for after the article's first paragraph of prose: a linked heading
        # above it is more likely the article's own title (a blog's h2 linking to its post).
        index = self._first_prose(start, end)
        where_of: dict[int, int] | None = None
        while index < end:
            tag = self.order[index]
            own = self.stats[id(tag)]
            index += 1
            if (
                tag.name not in _CARD_HEADINGS
                or own.dead
                or own.text < _PARAGRAPH_PROSE_CHARS
                or id(tag) in self._heads
                or (own.links * 10 < own.text * 9 and not _in_link(tag))
            ):
                continue
            card = tag
            story = False  # whether the card is (or holds) a story's own <article> element
            climb = tag.parent
            while climb is not None and climb is not region:
                up = self.stats.get(id(climb))
                if up is None or up.dead or up.text - own.text > _CARD_TEXT or up.heading_count > 1:
                    break
                card = climb
                story = story or climb.name == "article"
                climb = climb.parent
            if self.stats[id(card)].prose - own.prose >= _ENDING_PROSE and not story:
                continue
            if where_of is None:
                where_of = {id(self.order[i]): i for i in range(start, end)}
            where = where_of[id(card)]
            self._leave_out(where)
            self.link_boxes.add(id(card))
            self.cards.add(id(card))
            index = max(index, where + self.stats[id(card)].nodes + 1)

    def drop_card_links(self, region: Tag) -> None:
        """Mark as furniture the cards linked whole set after the article's first paragraph.

        A card link is an ``<a>`` wrapping blocks (a picture box, a heading, a teaser paragraph)
        of 25 to 600 characters: a card that links whole to another page (an article's paragraph
        is never inside a link). It is left out whole.
        """
        span = self._order_span(region)
        if span is None:
            return
        start, end = span
        index = self._first_prose(start, end)
        while index < end:
            tag = self.order[index]
            own = self.stats[id(tag)]
            if not own.dead and id(tag) not in self._heads and self._is_card_link(tag, own):
                self._leave_out(index)
                index += own.nodes
            index += 1

    def drop_link_paragraphs(self, region: Tag) -> None:
        """Mark as furniture the paragraphs that are one short link, set among the article's text.

        After the article's first paragraph of prose, a ``<p>`` (or a ``<div>`` holding no other
        block) of at most ``_SIGNATURE`` characters that is nearly all link text and ends with no
        sentence stop is a pointer to another page ("Read also: <title>", "Order the book"), not
        article text.
        """
        for index in self._after_first_prose(region):
            tag = self.order[index]
            own = self.stats[id(tag)]
            if tag.name not in _LINK_LINE_TAGS or own.dead or own.hint or id(tag) in self._heads:
                continue
            if not _LINK_LINE_CHARS <= own.flow <= _SIGNATURE or own.text != own.flow:
                continue
            if own.flow_links * 5 < own.flow * 4:
                continue
            if _in_fact_box(tag) or _links_a_person(tag) or not self._one_link(tag):
                continue
            if not _reads_as_pointer(visible_text(tag, _SIGNATURE * 2)):
                continue
            self._leave_out(index)

    @staticmethod
    def _one_link(tag: Tag) -> bool:
        """Whether a ``<div>`` holds one link (a row of links in a box is the page's own list)."""
        return tag.name != "div" or len(tag.find_all("a", limit=2)) == 1

    def drop_orphan_headings(self, region: Tag) -> None:
        """Mark as furniture the headings left over a box that was left out.

        A heading (``h2`` to ``h6``) after which, up to the next heading or the region's end, no
        live text follows but some text was left out, titled that box ("More on this topic",
        "Similar threads"): written alone, it would read as the article's last line.
        """
        span = self._order_span(region)
        if span is None:
            return
        start, end = span
        index = start + 1
        while index < end:
            tag = self.order[index]
            own = self.stats[id(tag)]
            after = index + own.nodes + 1
            if (
                tag.name not in _CARD_HEADINGS
                or own.dead
                or own.hint
                or id(tag) in self._heads
                or _in_fact_box(tag)
            ):
                index += 1
                continue
            following, left_out = self._after_heading(after, end)
            if left_out:
                self._leave_out(index)
            index = max(after, following)

    def drop_orphan_labels(self, region: Tag) -> None:
        """Mark as furniture the label lines right above a box that was left out.

        After the article's first paragraph of prose, a short line of plain text ending with a
        colon ("Read also:", "More on this:", "Share:") introduces what follows it; when the
        first text after it was left out (a box of links, a share bar), the label goes with it.
        """
        indexes = self._after_first_prose(region)
        end = indexes.stop
        for index in indexes:
            tag = self.order[index]
            own = self.stats[id(tag)]
            if not self._is_label_line(tag, own):
                continue
            after = index + own.nodes + 1
            following = after
            while following < end and not _has_own_text(self.order[following]):
                following += 1
            if following < end and self.stats[id(self.order[following])].dead:
                self._leave_out(index)

    def drop_trailing_calls(self, region: Tag) -> None:
        """Mark as furniture the calls to the reader that close the region's text.

        Walking back from the region's last line of text to its first paragraph of prose, each
        short block (at most ``_CALL_CHARS``) that calls on the reader to follow, subscribe,
        sign up or get the site's app is left out, until a line that is no call.
        """
        # Only after the article's first paragraph of prose: a call never is the whole text.
        after = self._after_first_prose(region)
        start, index = after.start, after.stop - 1
        while index > start:
            tag = self.order[index]
            own = self.stats[id(tag)]
            index -= 1
            if own.dead or tag.name not in BLOCK_TAGS or own.flow == 0:
                continue
            if own.text > _CALL_CHARS or own.hint or id(tag) in self._heads:
                return
            text = visible_text(tag, _CALL_CHARS * 2)
            call = _calls().closing.search(text)
            if call is None or not _is_call(tag, text, call):
                return
            self._leave_out(index + 1)

    def drop_exclaimed_calls(self, region: Tag) -> None:
        """Mark as furniture the calls to the reader set among the text that end with a "!".

        After the first paragraph of prose, a short block (at most ``_CALL_CHARS``) that ends
        with an exclamation mark and opens with a call or carries its own link or form ("Never
        miss the latest news: sign up today!") is a prompt the page set in the text, wherever
        it stands.
        """
        for index in self._after_first_prose(region):
            tag = self.order[index]
            own = self.stats[id(tag)]
            if own.dead or tag.name not in BLOCK_TAGS or own.flow == 0 or own.hint:
                continue
            if own.text > _CALL_CHARS or id(tag) in self._heads:
                continue
            text = visible_text(tag, _CALL_CHARS * 2)
            if not text.rstrip(" <>").endswith("!"):
                continue
            call = _calls().closing.search(text)
            if call is None or not _QUOTES.isdisjoint(text):
                continue
            # The call opens the block or carries its own link or form: a sentence of the story
            # that ends with "!" and speaks of a newsletter ("She said the newsletter was worth
            # reading!") is none (``_is_call``'s last test, no full stop, would take it).
            if len(text[: call.start()].split()) <= 1 or tag.find(_CALL_TAGS) is not None:
                self._leave_out(index)

    def _is_label_line(self, tag: Tag, own: _Stats) -> bool:
        """Whether ``tag`` is a live line of a few plain words ending with a colon."""
        if tag.name not in _LABEL_TAGS or own.dead or own.hint or id(tag) in self._heads:
            return False
        if not 0 < own.flow <= _LABEL_CHARS or own.text != own.flow or own.flow_links:
            return False
        return visible_text(tag, _LABEL_CHARS * 2).endswith(":")

    def _after_heading(self, index: int, end: int) -> tuple[int, bool]:
        """Where the text after a heading starts, and whether only left-out text came first.

        Returns the index of the first live text or live heading from ``index`` (``end`` if
        none), and whether some left-out text came before a live heading or the end.
        """
        left_out = False
        while index < end:
            tag = self.order[index]
            own = self.stats[id(tag)]
            if tag.name in _HEADING_TAGS and not own.dead:
                return index, left_out
            if _has_own_text(tag):
                if not own.dead:
                    return index, False
                left_out = True
            index += 1
        return end, left_out

    def _is_card_link(self, tag: Tag, own: _Stats) -> bool:
        """Whether ``tag`` is a link wrapping a block with text (a teaser card linked whole)."""
        if tag.name != "a" or not _PARAGRAPH_PROSE_CHARS <= own.text < _CARD_LINK_TEXT:
            return False
        return any(
            isinstance(child, Tag) and child.name in BLOCK_TAGS and self.text(child) > 0
            for child in tag.contents
        )

    def _is_prose_paragraph(self, tag: Tag) -> bool:
        own = self.stats[id(tag)]
        return (
            not own.dead
            and tag.name in BLOCK_TAGS
            and own.flow >= _ENDING_PROSE
            and own.flow_links * 5 < own.flow
        )

    def _trailing(self, tag: Tag, own: _Stats) -> bool:
        if own.dead or own.text == 0 or id(tag) in self._heads:
            return False
        if tag.name == "p" and own.text <= _SIGNATURE and len(tag.find_all("a", limit=2)) == 1:
            return False  # a paragraph of one short link: a signature, a source, a "read also"
        if own.links * 2 >= own.text:
            return True
        if own.control and own.text <= _TRAILING_FORM:
            return True  # a sign-up, comment or rating form, after the text
        return own.heading and bool(tag.attrs) and bool(_ident(tag).strip())

    def best_container(self) -> Tag | None:
        """The live element where paragraph text is densest, if any paragraph was found."""
        best: Tag | None = None
        best_score = 0.0
        for tag in self.order:
            own = self.stats[id(tag)]
            if own.dead or own.score <= 0 or own.text == 0:
                continue
            score = own.score * (1.0 - min(own.links / own.text, 1.0))
            if tag.attrs and own.prose >= _ENDING_PROSE:
                # Still above nothing: a page whose only text sits in a box named as furniture
                # keeps that box as its region rather than the whole page.
                score = max(score + _class_weight(_ident(tag)), score / 10)
            if score > best_score:
                best, best_score = tag, score
        return best

    def widen(self, tag: Tag) -> Tag:
        """The highest ancestor whose prose is markedly more than the region's (a split body).

        Wrappers that add nothing (the same paragraphs one level up) are stepped over rather than
        ending the climb, so a body cut into several boxes by ad slots or "read more" wrappers
        is found whole; the climb stops at the page's link lists and at ``<body>``.
        """
        best = tag
        climb = tag.parent
        for _ in range(_MAX_CLIMB):
            if climb is None or climb is self.root or climb.name in ("html", "body"):
                break
            if not self.live(climb):
                break
            up, own = self.stats[id(climb)], self.stats[id(best)]
            if up.links * 3 > up.text:
                break
            added_text, added_prose = up.text - own.text, up.prose - own.prose
            # What the ancestor adds must be more of the article: mostly prose, few links.
            if (
                up.prose * 0.7 > own.prose
                and added_prose >= _ADDED_PROSE * added_text
                and up.links - own.links <= _ADDED_LINKS * added_text
            ):
                best = climb
            climb = climb.parent
        return best

    def article_element(self, tag: Tag) -> Tag:
        """The page's own article element around ``tag``, when it adds little text."""
        size = self.text(tag)
        climb: Tag | None = tag
        while climb is not None and climb is not self.root:
            if climb.name in ("html", "body"):
                break
            if climb.name in ("article", "main") or _ARTICLE_MARK.search(
                f"{_attr(climb, 'itemprop')} {_attr(climb, 'itemtype')}"
            ):
                grown = self.text(climb)
                added_links = self.links(climb) - self.links(tag)
                if (
                    grown <= 1.5 * size + 1500
                    and self.links(climb) * 2.5 <= grown
                    and added_links * 2 <= grown - size + _HEADER_LINKS
                ):
                    return climb
                break
            climb = climb.parent
        return tag

    def marked_article(self) -> Tag | None:
        """The live ``<article>`` or ``itemprop="articleBody"`` element with most prose, if any.

        Elements that are mostly link text are passed over.
        """
        best: Tag | None = None
        best_prose = 0
        for tag in self.order:
            if tag.name == "article" or "articleBody" in _attr(tag, "itemprop"):
                found = self.stats[id(tag)]
                # A list of teasers marked up as articles is no evidence of the text.
                if found.dead or found.links * 3 > found.text:
                    continue
                if found.prose > best_prose:
                    best, best_prose = tag, found.prose
        return best

    def marked_prose(self) -> int:
        """Characters of prose in the page's own article element (0 when it has none).

        Evidence of how much text the article has, whatever region was chosen: counted before
        the boxes after the article's end are left out, as the page marks them up.
        """
        marked = self.marked_article()
        return 0 if marked is None else self.stats[id(marked)].prose

    def follow_markup(self, region: Tag) -> Tag:
        """The page's own article element instead of ``region`` when it holds far more prose.

        The page's markup is evidence of where its text is: a region holding less than half
        the prose of the marked article (a body split in boxes the scoring did not join) gives
        way to that element.
        """
        marked = self.marked_article()
        if marked is None or marked is region:
            return region
        up, own = self.stats[id(marked)], self.stats[id(region)]
        if up.prose < MIN_MARKED_PROSE or own.prose * 2 >= up.prose:
            return region
        return marked

    def with_headline(self, region: Tag, headline: Tag) -> Tag | None:
        """The ancestor of ``region`` that also holds ``headline``, if it adds little."""
        climb = region.parent
        while climb is not None and id(climb) not in self._heads:
            climb = climb.parent
        if climb is None or climb.name in ("html", "body") or climb is self.root.parent:
            return None
        if not self.live(climb):
            return None
        size, grown = self.text(region), self.text(climb)
        extra_links = self.links(climb) - self.links(region)
        if grown - size <= 0.3 * size + 1000 and extra_links <= max(600, 0.5 * (grown - size)):
            return climb
        return None

    def lead_before(self, region: Tag, headline: Tag) -> Tag | None:
        """The article's lead (standfirst) set before ``region``, outside it, if any.

        Pages often set the lead with the headline, in a header box apart from the body: an
        element whose class names a lead (``intro``, ``lead``, ``standfirst``, ``bajada``,
        ``chapo``, ``vorspann``), one block of prose with few links and no byline or date element
        (a header box of several blocks is read as it is), in one of the boxes just before the
        region (its own or its ancestors' preceding siblings, up to the box holding the headline).
        """
        node = region
        budget = _HEADER_BUDGET
        for _ in range(_LEAD_LEVELS):
            parent = node.parent
            if parent is None or parent.name in ("body", "html"):
                return None
            # Elements only: the whitespace between them is no sibling to count.
            siblings = (tag for tag in node.previous_siblings if isinstance(tag, Tag))
            for sibling in itertools.islice(siblings, _LEAD_SIBLINGS):
                if self.text(sibling) > _LEAD_BOX:
                    continue
                stack = [sibling]
                while stack and budget > 0:
                    budget -= 1
                    tag = stack.pop()
                    if not self.live(tag) or tag is headline:
                        continue
                    own = self.stats[id(tag)]
                    if (
                        tag.attrs
                        and id(tag) not in self._heads
                        and not own.hint
                        and _LEAD_MIN <= own.text <= _LEAD_MAX
                        and own.links * 5 <= own.text
                        and _LEAD_HINT.search(_ident(tag)) is not None
                        and self._blocks_in(tag) < 2
                    ):
                        return tag
                    stack.extend(c for c in tag.contents if isinstance(c, Tag))
            if id(parent) in self._heads:
                return None  # the box holding the headline was searched
            node = parent
        return None

    def _blocks_in(self, tag: Tag) -> int:
        """How many of ``tag``'s children are blocks with text (a lead is one block)."""
        return sum(
            1
            for child in tag.contents
            if isinstance(child, Tag) and child.name in BLOCK_TAGS and self.text(child) > 0
        )

    def header_facts(self, headline: Tag, region: Tag) -> list[Tag]:
        """Short byline and date elements beside a headline that lies outside the region."""
        container = headline
        for _ in range(3):
            parent = container.parent
            if parent is None or parent.name in ("body", "html") or self.text(parent) > 800:
                break
            container = parent
        around_region = {id(p) for p in region.parents}
        picked: list[Tag] = []
        stack = [c for c in reversed(container.contents) if isinstance(c, Tag)]
        budget = _HEADER_BUDGET
        while stack and len(picked) < _HEADER_FACTS and budget > 0:
            budget -= 1
            tag = stack.pop()
            if tag is headline or tag is region or not self.live(tag):
                continue
            size = self.text(tag)
            marked = tag.name == "time" or HEADER_HINT.search(
                f"{_ident(tag)} {_attr(tag, 'itemprop')} {_attr(tag, 'rel')}"
            )
            if marked and 0 < size <= _HEADER_FACT_CHARS and id(tag) not in around_region:
                line = self._fact_line(tag, container, around_region)
                if not any(_inside(line, fact) for fact in picked):
                    picked.append(line)
                continue
            stack.extend(c for c in reversed(tag.contents) if isinstance(c, Tag))
        return picked

    def facts_before(self, region: Tag) -> list[Tag]:
        """Small byline and date boxes set just before a region that holds the headline.

        A page may set the article's header facts in a box beside its body box (``<div
        class="meta">By <a href="/author/x">X</a></div><div class="body"><h2>Title</h2>...``):
        a preceding sibling of the region or of its parent, of at most ``_HEADER_FACT_CHARS``
        characters, that holds a byline or date element or links to an author's page.
        """
        picked: list[Tag] = []
        node = region
        for _ in range(2):
            parent = node.parent
            if parent is None or parent.name in ("body", "html") or parent is self.root:
                break
            siblings = (tag for tag in node.previous_siblings if isinstance(tag, Tag))
            for sibling in itertools.islice(siblings, _LEAD_SIBLINGS):
                if not self.live(sibling) or not 0 < self.text(sibling) <= _HEADER_FACT_CHARS:
                    continue
                if self.stats[id(sibling)].hint or _links_a_person(sibling):
                    picked.append(sibling)
                if len(picked) >= _HEADER_FACTS:
                    break
            node = parent
        picked.reverse()
        return picked

    def _fact_line(self, fact: Tag, container: Tag, around_region: set[int]) -> Tag:
        """The short line holding a header fact, written whole.

        In ``Home | By <span class="author">X</span> | 2 May`` the date has no element of its own.
        """
        line = fact
        parent = fact.parent
        while (
            parent is not None
            and parent is not container
            and id(parent) not in self._heads
            and id(parent) not in around_region
            and self.live(parent)
            and self.text(parent) <= _HEADER_FACT_CHARS
        ):
            line, parent = parent, parent.parent
        return line


def find_headline(index: PageIndex, titles: Sequence[str]) -> Tag | None:
    """The page's headline element, found by comparing headings with the page's own titles.

    The ``<h1>`` closest to a title wins; else another heading that matches one closely; else the
    page's only substantial ``<h1>`` that is not a logo link.
    """

    def score(tag: Tag) -> float:
        text = visible_text(tag, 400)
        return max((_similarity(text, title) for title in titles), default=0.0)

    h1s = [h for h in index.named("h1")[:_MAX_HEADINGS] if _usable_heading(h)]
    scored = sorted(((score(h), i, h) for i, h in enumerate(h1s)), key=lambda s: (-s[0], s[1]))
    if scored and scored[0][0] >= _H1_SIMILARITY:
        return scored[0][2]
    best: Tag | None = None
    best_score = 0.0
    looked = 0
    candidates = [*index.named("h2"), *index.named("h3"), *index.marked]
    for tag in candidates:
        looked += 1
        if looked > _MAX_HEADINGS:
            break
        if not _usable_heading(tag) or len(visible_text(tag, 500)) > 400:
            continue
        value = score(tag)
        if value > best_score:
            best, best_score = tag, value
    if best is not None and best_score >= _HEADING_SIMILARITY:
        return best
    if len(h1s) == 1:
        return h1s[0]
    return None


def _usable_heading(tag: Tag) -> bool:
    text = visible_text(tag, 400)
    # A heading hidden by its class is still the page's (a title kept for screen readers and
    # search engines over a visible heading styled apart): only markup that removes it counts.
    if len(_squash(text)) < 5 or is_hidden(tag, by_class=False):
        return False
    for depth, parent in enumerate(tag.parents):
        if depth > 64:
            break
        if parent.name in ("nav", "footer", "script", "noscript", "template"):
            return False
    words = len(text.split())
    link_text = _link_chars(tag)
    logo = words < 4 and link_text >= 0.9 * len(text)
    return not logo


def find_kicker(headline: Tag) -> Tag | None:
    """A kicker element leading the headline (``<span class="overline">``), if any."""
    first = next(
        (c for c in headline.children if isinstance(c, Tag) or str(c).strip()),
        None,
    )
    if not isinstance(first, Tag):
        return None
    text = visible_text(first, 200)
    if not text or len(text.split()) > 8:
        return None
    rest = visible_text(headline, 600)[len(text) :].strip()
    if len(rest.split()) < 2:
        return None
    if KICKER_HINT.search(f"{_ident(first)} {_attr(first, 'itemprop')}") is None:
        return None
    return first


def find_region(layout: Layout, headline: Tag | None) -> Region:
    """Choose the article region of a summed page, and leave out the boxes after its end."""
    region = _choose_region(layout, headline)
    if region.root is not layout.root:
        layout.end_at_last_paragraph(region.root)
        layout.drop_teaser_cards(region.root)
        layout.drop_card_links(region.root)
        layout.drop_link_paragraphs(region.root)
        layout.drop_exclaimed_calls(region.root)
        layout.drop_orphan_headings(region.root)
        layout.drop_orphan_labels(region.root)
        layout.drop_trailing_calls(region.root)
    return region


def _choose_region(layout: Layout, headline: Tag | None) -> Region:
    best = layout.best_container()
    if best is None:
        return Region(root=layout.root, headline=headline, kicker=_kicker(headline))
    region = layout.follow_markup(layout.article_element(layout.widen(best)))
    if headline is None:
        return Region(root=region)
    kicker = _kicker(headline)
    if not layout.live(headline):
        facts = _with_lead(layout, layout.header_facts(headline, region), region, headline)
        return Region(root=region, header=(headline, *facts), headline=headline, kicker=kicker)
    if _inside(headline, region):
        before = tuple(layout.facts_before(region))
        return Region(root=region, header=before, headline=headline, kicker=kicker)
    wider = layout.with_headline(region, headline)
    if wider is not None:
        return Region(root=wider, headline=headline, kicker=kicker)
    facts = _with_lead(layout, layout.header_facts(headline, region), region, headline)
    return Region(root=region, header=(headline, *facts), headline=headline, kicker=kicker)


def _with_lead(layout: Layout, facts: list[Tag], region: Tag, headline: Tag) -> list[Tag]:
    """The header facts, and after them the article's lead when it is set apart from the body."""
    lead = layout.lead_before(region, headline)
    if lead is not None and not any(_inside(lead, fact) or _inside(fact, lead) for fact in facts):
        facts.append(lead)
    return facts


def _kicker(headline: Tag | None) -> Tag | None:
    return find_kicker(headline) if headline is not None else None


def _class_weight(ident: str) -> float:
    """Points a box's class or id adds to its score: named for the text, or for furniture."""
    weight = 0.0
    if _TEXT_CLASS.search(ident) is not None:
        weight += _CLASS_POINTS
    if _FURNITURE_CLASS.search(ident) is not None:
        weight -= _CLASS_POINTS
    return weight


def _is_biography(own: _Stats, ident: str) -> bool:
    """Whether a box named for the author is a biography: long, or holding a sentence of prose."""
    if own.text >= _BIOGRAPHY and _AUTHOR_BOX.search(ident) is not None:
        return True
    # The cheap sums first: most boxes hold no sentence, and the pattern is not searched.
    if own.text >= _BIOGRAPHY_BOX or _sentence(own) < _ENDING_PROSE:
        return False
    return _class_words().author.search(ident) is not None


def _is_teaser_card(own: _Stats) -> bool:
    """Whether a box is card-sized and holds a heading and a link (what a teaser card holds)."""
    return own.heading and own.links > 0 and own.text <= _CARD_TEXT


def _holds_prose(own: _Stats) -> bool:
    """Whether a box holds paragraphs of prose (``_NOISE_PROSE`` characters) and few links."""
    return own.prose >= _NOISE_PROSE and own.links * 5 < own.text


def _is_button(tag: Tag, own: _Stats, ident: str) -> bool:
    """Whether an element is a control drawn as a button: a short label and a button class.

    A link styled as a button may carry a name (an author's slide-out link), so links stay.
    """
    if tag.name == "a" or own.text > _BUTTON_TEXT or own.prose:
        return False
    return _class_words().button.search(ident) is not None


def _is_widget(own: _Stats) -> bool:
    """Whether a small box holding a form field is a widget: no sentence of prose, no list.

    A list or table beside a field is content (a recipe's ingredients under a servings field).
    Both are sums of the walk, so nested boxes cost nothing more.
    """
    return _sentence(own) < _ENDING_PROSE and not own.listed


def _sentence(own: _Stats) -> int:
    """The prose of an element: its paragraphs', or its own text when that reads as prose."""
    prose = own.flow if own.flow_links * 5 < own.flow else 0
    return max(own.prose, prose)


def _has_own_text(tag: Tag) -> bool:
    """Whether ``tag`` holds text of its own (not only in its child elements)."""
    return any(text.strip() for text in _strings(tag))


def _reads_as_pointer(text: str) -> bool:
    """Whether a paragraph that is one link reads as a pointer to another page.

    A bare address ("www.example.org", "https://doi.org/..."), a credit or source line
    ("Foto: X", "Quelle: X", "© X") and a linked sentence are the article's own; a pointer is
    words, with no sentence stop at its end.
    """
    if " " not in text or "://" in text or text.startswith(("www.", "©")):
        return False
    if text.endswith(_SENTENCE_STOPS):
        return False
    words = current()
    label = text.split(maxsplit=1)[0].rstrip(":").casefold()
    return label not in words.credit_labels and label not in words.source_line_words


def _links_a_person(tag: Tag) -> bool:
    """Whether ``tag`` links to an author's page, a phone number or a mail address.

    A name linked to "/author/ann-marsh/" is a signature or a byline; a ``tel:`` or ``mailto:``
    link is a contact line. Neither points to another story.
    """
    segments = current().author_path_segments
    for link in tag.find_all("a", href=True, limit=_LINK_LEVELS):
        path = _attr(link, "href").split("?", 1)[0].casefold().strip()
        if path.startswith(_CONTACT_SCHEMES) or any(part in segments for part in path.split("/")):
            return True
    return False


def _in_fact_box(tag: Tag) -> bool:
    """Whether ``tag``'s box is named for a byline or a date (a linked author name in a ``<p>``)."""
    parent = tag.parent
    return parent is not None and HEADER_HINT.search(_ident(parent)) is not None


def _in_link(tag: Tag) -> bool:
    """Whether ``tag`` sits in a link (a heading wrapped in ``<a>``), looking a few levels up."""
    for depth, parent in enumerate(tag.parents):
        if depth >= _LINK_LEVELS:
            return False
        if parent.name == "a":
            return True
    return False


def _inside(tag: Tag, container: Tag) -> bool:
    if tag is container:
        return True
    return any(parent is container for parent in tag.parents)
