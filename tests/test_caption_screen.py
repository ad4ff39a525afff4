"""The caption screen's shortcuts give the answers of the searches they spare.

The screen (``_parsers.caption.screen``) asks of most body lines whether their end could hold a
credit; cheap tests rule out the dearest searches first. A shortcut that said "no credit" where
the search finds one would change what the rule sees, so each is checked against the search it
spares, on ends built from the credit words themselves.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse._parsers import caption
from newsparse._readers.caption import credit_words
from newsparse.vocabulary import current

# Pieces of credit-shaped ends: the vocabulary's labels and by-words in their written cases,
# capitalised and small names, marks between names, sentence ends.
_DEFAULT = current()
_WORDS = sorted(
    _DEFAULT.credit_labels | _DEFAULT.featured_picture_labels | _DEFAULT.credit_by_words
)
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.capitalize),
    st.sampled_from(["Ida", "Marsk", "Jo", "Park", "Émile", "Öland", "Jr.", "O’Neil", "AFP"]),
    st.sampled_from(["city", "dusk", "the", "ida", "x-ray", "2021", "über"]),
    st.sampled_from(["/", "&", "|", "–", "—", "-", ".", "!", "?", ")", "”", "»", ":"]),
)
_LOOSE = st.lists(
    st.tuples(_PIECES, st.sampled_from(["", " ", ". ", ", ", "/"])), min_size=1, max_size=12
).map(lambda parts: "".join(piece + gap for piece, gap in parts).rstrip())
# A sentence, then a label, perhaps a by-word, and names: the shape the searches look for.
_CREDITED = st.builds(
    "{}{} {}{} {}".format,
    st.sampled_from(["Boats at the pier.", "At dusk!", "Why?", "He said “no”", "(left)", ""]),
    st.sampled_from(["", " /", " –"]),
    st.sampled_from(_WORDS).map(str.capitalize),
    st.sampled_from(sorted(_DEFAULT.credit_by_words)).map(" {}".format) | st.just(""),
    _LOOSE,
)
_ENDS = _LOOSE | _CREDITED


@given(_ENDS)
def test_the_by_label_shortcut_agrees_with_its_search(end: str) -> None:
    """A by-word's credit never ends a sentence, as the shortcut assumes."""
    found = credit_words().trailing_by.search(end)
    assert caption._by_label(end) == (
        found is not None and found["label"].casefold() in credit_words().labels
    )


@given(_ENDS)
def test_the_bare_label_shortcut_agrees_with_its_search(end: str) -> None:
    """A bare label's credit ends on a capital, a mark between names or a by-word."""
    found = credit_words().trailing_bare.search(end)
    assert caption._bare_label(end) == (
        found is not None and found["label"].casefold() in credit_words().labels
    )


def test_the_shortcuts_let_credits_through() -> None:
    """The ends the shortcuts pass on to the search still read as credits."""
    assert caption._by_label("Boats at the pier. Photo by Ida Marsk")
    assert not caption._by_label("Boats at the pier. Photo by Ida Marsk.")
    assert caption._bare_label("Boats at the pier. Foto Ida Marsk")
    assert caption._bare_label("Boats at the pier. Foto Ida Öland")
    assert caption._bare_label("Boats at the pier. Foto Ida Marsk /")
    assert caption._bare_label("Boats at the pier. Foto Ida Marsk via")
    assert not caption._bare_label("Boats at the pier. Foto Ida marsk")
    assert caption._tail_label("Boats at the pier. Image credit: Ida Marsk, 10:30")
    assert caption._tail_label("At 10:30 the boats left. PHOTO : Ida Marsk")
    assert not caption._tail_label("At 10:30 the boats left the telephoto: pier")


@given(_ENDS.map(lambda end: end.replace(" /", ":", 1)))
def test_the_tail_label_window_agrees_with_its_search(end: str) -> None:
    """A label and its colon are searched for only around the colons, with the same answer."""
    found = credit_words().tail_label.search(end)
    assert (":" in end and caption._tail_label(end)) == (found is not None)
