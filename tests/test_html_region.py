"""Whole article bodies from HTML: split bodies, the page's article markup, JSON-LD articleBody.

The pages are invented, in the shapes news sites use: a body cut into boxes by ad slots and
"continue reading" wrappers, teaser lists beside the article, a paywalled page whose visible text
is a teaser while its JSON-LD carries the article.
"""

from __future__ import annotations

import json

import attrs
import pytest

from newsparse import Code, Vocabulary, html_to_dump, parse_html
from newsparse._html.evidence import missing_paragraphs
from newsparse._html.merge import compose
from newsparse._html.page import read_page

from .conftest import FIXTURES

WORDS = (
    "The council of Eastbrook met on a grey morning to weigh the plan for the old harbour, "
    "and the debate ran long into the afternoon"
)


def sentence(n: int) -> str:
    # Words of their own in each paragraph (``harbour3``), as real paragraphs have.
    own = " ".join(f"{word}{n}" for word in WORDS.split())
    return f"Paragraph {n}: {own}, said a clerk."


def paragraph(n: int) -> str:
    return f"<p>{sentence(n)}</p>"


def teasers(count: int) -> str:
    items = "".join(
        f'<li><a href="/story/{i}">Another story number {i} about the harbour of Eastbrook</a></li>'
        for i in range(count)
    )
    return f'<div class="more-stories"><h2>More stories</h2><ul>{items}</ul></div>'


def page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Harbour plan weighed</title>{head}</head><body>"
        f"<h1>Harbour plan weighed</h1>{body}</body></html>"
    )


def test_a_body_split_by_ad_slots_and_wrappers_is_found_whole() -> None:
    # The first box is the densest; the rest sit in cousins, behind an ad slot and a wrapper.
    body = (
        '<div class="story"><div class="story-body"><div class="text">'
        + "".join(paragraph(i) for i in range(1, 6))
        + '</div></div><div class="ad-slot"><div class="ad">Advertisement</div></div>'
        + '<div class="continue-reading"><div class="text">'
        + "".join(paragraph(i) for i in range(6, 9))
        + "</div></div>"
        + '<div class="text">'
        + "".join(paragraph(i) for i in range(9, 12))
        + "</div></div>"
        + teasers(12)
    )
    dump = html_to_dump(page(body))
    for n in range(1, 12):
        assert f"Paragraph {n}:" in dump
    assert "Another story number 3" not in dump


def test_the_region_does_not_widen_over_a_list_of_links() -> None:
    body = (
        '<div class="main"><div class="article">'
        + "".join(paragraph(i) for i in range(1, 5))
        + "</div>"
        + teasers(40)
        + "</div>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 4:" in dump
    assert "Another story number" not in dump


def test_the_page_s_article_element_is_followed_when_it_holds_far_more_prose() -> None:
    # A fact box of long list items outscores paragraphs that sit one to a box; what the
    # article adds besides them is a third links (a "see also" line), so the climb stops, and
    # only the page's <article> says that the boxes are the article's text.
    facts = "".join(
        f"<li>Fact {i}: the pier is long and the water is deep, they say.</li>" for i in range(8)
    )
    see_also = " ".join(f'<a href="/s/{i}">See also the harbour report {i}</a>' for i in range(16))
    boxes = "".join(f"<div>{paragraph(i)}</div>" for i in range(1, 9))
    body = (
        f'<article><div class="facts"><ul>{facts}</ul></div>{boxes}<div>{see_also}</div></article>'
        + teasers(30)
    )
    dump = html_to_dump(page(body))
    assert "Fact 7:" in dump
    assert "Paragraph 8:" in dump


def json_ld(article_body: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour plan weighed",
        "articleBody": article_body,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


FULL_TEXT = "\n".join(sentence(n) for n in range(1, 13))


def article_texts(html: str) -> list[str]:
    article = parse_html(html)
    lead = [article.standfirst] if article.standfirst is not None else []
    return [p.text for p in (*lead, *article.body)]


def test_a_paywalled_page_gets_its_text_from_the_json_ld_article_body() -> None:
    visible = '<div class="story">' + paragraph(1) + '<div class="paywall">Subscribe</div></div>'
    html = page(visible, head=json_ld(FULL_TEXT))
    texts = article_texts(html)
    assert sum(t.startswith("Paragraph 1:") for t in texts) == 1  # the lead is not written twice
    assert any(t.startswith("Paragraph 12:") for t in texts)
    notes = [d for d in parse_html(html).diagnostics if d.code == Code.PARTIAL_ARTICLE_TEXT]
    assert len(notes) == 1
    dump = html_to_dump(html)
    assert dump[notes[0].span.start :].startswith("Paragraph 2:")


def test_the_article_body_is_not_written_when_the_page_shows_it() -> None:
    visible = "<article>" + "".join(paragraph(i) for i in range(1, 13)) + "</article>"
    html = page(visible, head=json_ld(FULL_TEXT))
    assert all(d.code != Code.PARTIAL_ARTICLE_TEXT for d in parse_html(html).diagnostics)
    assert len(article_texts(html)) == 12


def test_an_article_text_much_shorter_than_the_article_markup_is_noted() -> None:
    # The page's <article> holds twelve paragraphs; the reading is told the Article kept only the
    # prose of fewer than half of them (as when the dump parser leaves paragraphs out of the body).
    html = page("<article>" + "".join(paragraph(i) for i in range(1, 13)) + "</article>")
    read = read_page(html)
    assert read.marked_prose > 12 * len(sentence(1))
    assert not any(d.code == Code.PARTIAL_ARTICLE_TEXT for d in compose(read).diagnostics)
    doubled = attrs.evolve(read, marked_prose=3 * read.marked_prose)
    notes = [d for d in compose(doubled).diagnostics if d.code == Code.PARTIAL_ARTICLE_TEXT]
    assert len(notes) == 1
    assert "article markup" in notes[0].message
    assert compose(doubled).dump == compose(read).dump  # a note only: nothing is written


def test_an_article_body_written_as_escaped_html_is_read_as_text() -> None:
    marked = "".join(f"&lt;p&gt;Paragraph {n}: {WORDS}.&lt;/p&gt;" for n in range(1, 13))
    texts = article_texts(page("<p>Short teaser of the story.</p>", head=json_ld(marked)))
    assert any(t.startswith("Paragraph 12:") for t in texts)
    assert not any("&lt;" in t or "<p>" in t for t in texts)


def test_missing_paragraphs_escape_line_starts_and_keep_short_bodies_out() -> None:
    body = "# not a heading " + WORDS * 10 + "\n- not a list item\n1. not a numbered item"
    lines = missing_paragraphs(body, "", 0)
    assert lines[0].startswith("\\# not")
    assert lines[1] == "\\- not a list item"
    assert lines[2] == "\\1. not a numbered item"
    assert missing_paragraphs("Too short to judge by.", "", 0) == []
    assert missing_paragraphs(body, "", len(body)) == []


def test_sidebars_footers_and_reply_forms_beside_the_article_are_furniture() -> None:
    aside = "<p>Our club meets every second Tuesday by the old pier, all welcome to join us.</p>"
    # The body is split in two boxes, so the region widens to the page wrapper around them.
    body = (
        '<div class="page"><div class="content">'
        + "".join(paragraph(i) for i in range(1, 6))
        + '</div><div class="content">'
        + "".join(paragraph(i) for i in range(6, 11))
        + f'</div><div class="sidebar">{aside}</div>'
        + f'<div id="respond"><p>Leave a reply: your address will not be shown.</p>{aside}</div>'
        + f'<div class="site-footer">{aside}</div></div>'
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 10:" in dump
    assert "old pier" not in dump
    assert "Leave a reply" not in dump


def test_asides_and_footers_inside_the_article_are_furniture() -> None:
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 4))
        + "<aside><h3>Weather now</h3><p>Sunny spells over the bay, eleven degrees.</p></aside>"
        + "".join(paragraph(i) for i in range(4, 7))
        + "<footer><p>Filed under: harbour works, council, planning decisions.</p></footer>"
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 1:" in dump
    assert "Paragraph 6:" in dump
    assert "Sunny spells" not in dump
    assert "Weather now" not in dump
    assert "Filed under" not in dump


def test_boxes_after_the_last_paragraph_are_left_out() -> None:
    # After the article's last paragraph: a titled promo box and a teaser list, both inside the
    # article element; a short closing line and a byline box stay. The teasers' links to other
    # stories are kept as a list of links, which the dump parser reads as related links.
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 6))
        + "<p>Comments to the harbour desk.</p>"
        + '<div class="author-line">By <a href="/staff/ada">Ada Quill</a></div>'
        + '<div class="promo-box"><h3>Enjoying our reporting?</h3>'
        + "<p>Support the Eastbrook Gazette with a monthly gift of any size you like.</p></div>"
        + '<div class="story-list"><h3>Read on</h3>'
        + "".join(
            f'<div class="card"><a href="/s/{i}">Another harbour story number {i}</a>'
            f'<p>A teaser of the story.</p><a href="/s/{i}">More</a></div>'
            for i in range(4)
        )
        + "</div></article>"
    )
    dump = html_to_dump(page(body))
    article = parse_html(page(body))
    assert "Paragraph 5:" in dump
    assert "Comments to the harbour desk." in dump
    assert [a.name for a in article.authors] == ["Ada Quill"]
    assert "Enjoying our reporting" not in dump
    assert "monthly gift" not in dump
    assert "Read on" not in dump
    assert "teaser of the story" not in dump
    assert "* [Another harbour story number 0](/s/0)\n* [Another harbour story number 1]" in dump
    assert len(article.related) == 4
    assert "harbour story" not in article.text


def test_a_titled_section_between_paragraphs_is_kept() -> None:
    # Only what follows the last paragraph of prose is judged as the page's boxes.
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 4))
        + f'<div class="section"><h2>What comes next</h2>{paragraph(4)}</div>'
        + '<div class="links"><a href="/a">Plans</a> <a href="/b">Minutes</a></div>'
        + paragraph(5)
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "## What comes next" in dump
    assert "Paragraph 4:" in dump
    assert "[Plans](/a)" in dump
    assert "Paragraph 5:" in dump


def test_embedded_posts_and_author_biographies_are_furniture() -> None:
    bio = (
        "Ada Quill has covered the harbour and the council of Eastbrook for twelve years "
        "and writes a weekly column on the town's boats. Before that she sailed them."
    )
    body = (
        "<article>"
        + '<div class="author-info">By <a href="/staff/ada">Ada Quill</a>'
        + " <span>5 March 2024</span></div>"
        + "".join(paragraph(i) for i in range(1, 4))
        + '<blockquote class="twitter-tweet"><p>Big day at the harbour today, come and see '
        + "the new boats before the council votes on them</p></blockquote>"
        + "".join(paragraph(i) for i in range(4, 7))
        + f'<div class="author-bio"><p>{bio}</p></div>'
        + "</article>"
    )
    dump = html_to_dump(page(body))
    article = parse_html(page(body))
    assert "Paragraph 6:" in dump
    assert "new boats" not in dump
    assert "weekly column" not in dump
    assert [a.name for a in article.authors] == ["Ada Quill"]


def test_a_box_named_for_the_author_holding_a_sentence_is_a_biography() -> None:
    # A short biography (under the 150 characters of an author-bio box) in a box of another name;
    # the byline box at the top, named for the author too, holds no sentence and stays.
    bio = (
        "Ada Quill writes on boats, tides and the council of Eastbrook, "
        "the harbour town where she has lived for twenty years."
    )
    body = (
        "<article>"
        + '<div class="post-author">By <a href="/staff/ada">Ada Quill</a></div>'
        + "".join(paragraph(i) for i in range(1, 6))
        + f'<div class="author__card"><p class="name">Ada Quill</p><p>{bio}</p></div>'
        + "</article>"
    )
    article = parse_html(page(body))
    assert "Paragraph 5:" in article.text
    assert "she has lived" not in html_to_dump(page(body))
    assert [a.name for a in article.authors] == ["Ada Quill"]


def test_an_author_box_stays_when_it_holds_more_than_a_biography() -> None:
    # A wrapper named for the author that holds the article itself is no biography.
    body = '<div class="author-view">' + "".join(paragraph(i) for i in range(1, 10)) + "</div>"
    assert "Paragraph 9:" in parse_html(page(body)).text


def test_a_small_box_around_a_form_field_is_a_widget() -> None:
    # A sign-up prompt with no telling class: a heading, a line and an e-mail field. A box with a
    # field and a list (servings and the things to buy) is content and stays.
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 4))
        + '<div class="box-3"><h3>Never miss a tide again</h3><p>Every Friday in your inbox.</p>'
        + '<div><input type="email" name="mail"><button>Go</button></div></div>'
        + '<div class="box-4"><label>Crates <input type="number" value="2"></label>'
        + "<ul><li>Two ropes of hemp</li><li>A lantern</li><li>Tar for the hull</li></ul></div>"
        + "".join(paragraph(i) for i in range(4, 7))
        + "</article>"
    )
    text = parse_html(page(body)).text
    assert "Paragraph 6:" in text
    assert "Never miss a tide" not in text
    assert "Every Friday" not in text
    assert "A lantern" in html_to_dump(page(body))


def test_caption_boxes_outside_figures_are_written_as_captions() -> None:
    # The WordPress shape (the picture inside the caption box) and a caption beside its picture.
    body = (
        "<article>"
        + '<div class="caption-note">A caption box with no picture stays text.</div>'
        + paragraph(1)
        + '<div class="wp-caption"><img src="/img/pier.jpg" alt="The pier">'
        + '<p class="wp-caption-text">The old pier at dawn. Photo: Lena Fisk</p></div>'
        + paragraph(2)
        + '<div class="media"><img src="/img/boat.jpg" alt="">'
        + '<div class="media__caption">A new ferry moored by the harbour wall.</div></div>'
        + paragraph(3)
        + "</article>"
    )
    dump = html_to_dump(page(body))
    article = parse_html(page(body))
    assert "![The pier](/img/pier.jpg)\nThe old pier at dawn. Photo: Lena Fisk" in dump
    assert "![](/img/boat.jpg)\nA new ferry moored by the harbour wall." in dump
    captions = [c.text for c in article.captions]
    assert "The old pier at dawn." in captions
    assert "A new ferry moored by the harbour wall." in captions
    assert "ferry" not in article.text
    assert "A caption box with no picture stays text." in dump


def test_notes_stay_and_a_box_of_links_beside_the_text_gives_related_links() -> None:
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 5))
        + '<aside class="more"><h3>Related stories</h3><ul>'
        + "".join(
            f'<li><a href="/s/{i}">Council votes on the harbour plan, part {i}</a></li>'
            for i in range(3)
        )
        + "</ul></aside>"
        + paragraph(5)
        + '<footer><div class="editor-note"><h4>Correction</h4><p>An earlier version misstated '
        + "the date of the vote.</p></div></footer>"
        + "</article>"
    )
    article = parse_html(page(body))
    dump = html_to_dump(page(body))
    assert "Paragraph 5:" in dump
    assert "misstated the date of the vote" in dump
    assert [r.title for r in article.related] == [
        f"Council votes on the harbour plan, part {i}" for i in range(3)
    ]
    assert "part 1" not in article.text


def test_a_dialog_full_of_prose_is_not_the_article() -> None:
    # A privacy dialog holds more paragraphs than the short article beside it.
    notice = "".join(
        f"<p>Notice {i}: we keep your settings for the site in your browser and nowhere else, "
        "and you may change them at any time from the page footer.</p>"
        for i in range(6)
    )
    body = (
        f'<div class="modal-dialog"><div class="modal-body">{notice}</div></div>'
        + "<article>"
        + "".join(paragraph(i) for i in range(1, 4))
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 3:" in dump
    assert "Notice" not in dump


def test_an_hcard_author_and_a_signature_after_the_text_are_kept() -> None:
    # No metadata names the author: the hCard in the header line does ("vcard author"), and a
    # comment author's card ("comment-author vcard") does not.
    body = (
        '<p class="meta">Par <span class="vcard author"><a class="url fn" href="/auteur/ada">'
        "Ada Quill</a></span> | 5 March 2024</p>"
        + "<article>"
        + "".join(paragraph(i) for i in range(1, 4))
        + '<p><a href="/auteur/ada"><strong>Ada Quill</strong></a></p>'
        + "</article>"
        + '<div class="comment-author vcard"><a class="url fn" href="/u/bo">Bo Reader</a></div>'
    )
    article = parse_html(page(body))
    dump = html_to_dump(page(body))
    assert [a.name for a in article.authors] == ["Ada Quill"]
    assert dump.endswith("said a clerk.\n\n[Ada Quill](/auteur/ada)")
    # Without the signature, the hCard alone names the author.
    unsigned = body.replace('<p><a href="/auteur/ada"><strong>Ada Quill</strong></a></p>', "")
    assert [a.name for a in parse_html(page(unsigned)).authors] == ["Ada Quill"]


def test_a_class_that_only_contains_a_date_or_time_word_does_not_protect_a_box() -> None:
    # "validate" and "updates" hold "date", "multimedia" holds "time": none is a byline or date.
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 5))
        + '<div class="newsletter-box"><h3>Get the harbour letter</h3>'
        '<form class="validate"><p>Sign up for our weekly harbour updates by email.</p>'
        '<input type="email"></form></div>'
        + '<div class="social-share multimedia"><span>Share this story</span></div>'
        + "".join(paragraph(i) for i in range(5, 9))
        + '<p class="byline updated">By Ada Quill, updated 3 May 2021</p>'
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 8:" in dump
    assert "harbour letter" not in dump
    assert "weekly harbour updates" not in dump
    assert "Share this story" not in dump
    assert "By Ada Quill" in dump


def test_a_box_label_with_nothing_of_its_box_under_it_is_left_out() -> None:
    # "Mehr zum Thema" whose links a script loads, a comments heading over a reply form, a share
    # label: labels of furniture. A related label over links stays (the links are read as
    # related links).
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 4))
        + '<div class="topic-box"><h3>Mehr zum Thema</h3><div class="loader"></div></div>'
        + "".join(paragraph(i) for i in range(4, 7))
        + "<p><strong>Jetzt teilen!</strong></p>"
        + '<div class="more"><h2>Related stories:</h2><ol>'
        + '<li><a href="/s/1">The ferry timetable changes again this spring</a></li>'
        + '<li><a href="/s/2">Eastbrook harbour master retires after forty years</a></li>'
        + "</ol></div>"
        + '<div class="talk"><h2>Kommentare</h2><form><textarea></textarea></form></div>'
        + "</article>"
    )
    article = parse_html(page(body))
    assert "Paragraph 6:" in article.text
    assert "Mehr zum Thema" not in article.text
    assert "teilen" not in article.text
    assert "Kommentare" not in article.text
    assert len(article.related) == 2


def test_a_lead_set_with_the_headline_apart_from_the_body_is_written() -> None:
    lead = "The harbour plan divides Eastbrook: traders want the quay, families want the beach."
    html = (
        "<html><head><title>Harbour plan weighed</title></head><body>"
        '<div class="page"><header class="story-head"><div class="article-intro">'
        f'<h1>Harbour plan weighed</h1><p class="byline">By Ada Quill</p></div>'
        f'<div class="intro-wrap"><p class="article-lead">{lead}</p></div></header>'
        '<div class="story-body">'
        + "".join(paragraph(i) for i in range(1, 7))
        + "</div>"
        + teasers(20)
        + "</div></body></html>"
    )
    dump = html_to_dump(html)
    assert dump.count("Harbour plan weighed") == 1
    assert dump.index(lead) < dump.index("Paragraph 1:")
    assert lead in parse_html(html).text


def test_a_lead_a_few_boxes_before_the_body_is_found_whatever_whitespace_lies_between() -> None:
    """Siblings are counted as elements: the line breaks between them are not boxes."""
    lead = "The harbour plan divides Eastbrook: traders want the quay, families want the beach."
    boxes = "\n".join(f'<div class="tool-{n}"><span>Tool {n}</span></div>' for n in range(3))
    html = (
        "<html><head><title>Harbour plan weighed</title></head><body>"
        '<div class="page">\n<h1>Harbour plan weighed</h1>\n'
        f'<p class="lead">{lead}</p>\n{boxes}\n'
        '<div class="story-body">'
        + "".join(paragraph(i) for i in range(1, 7))
        + "</div>\n"
        + teasers(20)
        + "</div></body></html>"
    )
    dump = html_to_dump(html)
    assert dump.index(lead) < dump.index("Paragraph 1:")


def test_a_byline_line_beside_a_headline_outside_the_region_is_written_whole() -> None:
    # The date is bare text in the line around a named author box: the whole line is kept.
    html = (
        "<html><head><title>Harbour plan weighed</title></head><body>"
        '<div class="page"><div class="top"><span class="-meta"><a href="/">Home</a> | By '
        '<span class="vcard author"><a href="/people/ada-quill">Ada Quill</a></span>'
        " | 14 March 2019</span><h2>Harbour plan weighed</h2></div>"
        '<div class="story-body">'
        + "".join(paragraph(i) for i in range(1, 7))
        + "</div>"
        + teasers(20)
        + "</div></body></html>"
    )
    dump = html_to_dump(html)
    assert "14 March 2019" in dump
    dateline = parse_html(html).dateline
    assert dateline is not None
    assert dateline.published is not None
    assert str(dateline.published.date) == "2019-03-14"


def test_teaser_cards_among_the_paragraphs_are_written_as_story_links() -> None:
    # Cards titled by a heading that is all link (or wrapped in a link), with a short teaser:
    # other stories, written as links to them, their teasers left out. A subhead of the
    # article's own stays, and so does a linked heading whose box goes on with prose.
    card = (
        '<div class="card"><a href="/s/{n}"><h4>Ferry timetable story number {n} changes</h4></a>'
        "<p>A short teaser of that other story.</p></div>"
    )
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 4))
        + card.format(n=1)
        + "<h2>What the council decided</h2>"
        + "".join(paragraph(i) for i in range(4, 7))
        + '<div class="other"><h3><a href="/s/2">Eastbrook harbour master retires early</a></h3>'
        + "<span>Yesterday</span></div>"
        + '<div><h3><a href="/s/3">The old pier, seen again</a></h3>'
        + paragraph(7)
        + "</div>"
        + "".join(paragraph(i) for i in range(8, 10))
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 9:" in dump
    assert "## What the council decided" in dump
    assert "\n* [Ferry timetable story number 1 changes](/s/1)\n" in dump
    assert "teaser of that other story" not in dump
    assert "\n* [Eastbrook harbour master retires early](/s/2)\n" in dump
    assert "Yesterday" not in dump
    assert "### [The old pier, seen again](/s/3)" in dump


def test_post_navigation_ratings_reading_times_and_donation_boxes_are_furniture() -> None:
    body = (
        '<article><p class="reading-time">Reading time: 4 minutes</p>'
        + "".join(paragraph(i) for i in range(1, 6))
        + '<div class="post-ratings">Rate this story: no votes yet</div>'
        + '<div class="widget-donation"><p>Enjoy the harbour news? Give us a small gift.</p></div>'
        + '<div class="post-navigation"><a href="/p">Previous post: the ferry timetable</a>'
        + '<a href="/n">Next post: the harbour master</a></div>'
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 5:" in dump
    assert "Reading time" not in dump
    assert "Rate this story" not in dump
    assert "Previous post" not in dump
    assert "small gift" not in dump


def test_a_linked_heading_above_the_first_paragraph_is_not_a_teaser_card() -> None:
    # A blog's post title: an h2 linking to the post itself, no h1 on the page.
    html = (
        "<html><head><title>Blog of the harbour</title></head><body><div class='post'>"
        '<h2 class="entry-title"><a href="/post/1">Notes from the quay at dawn</a></h2>'
        + "".join(paragraph(i) for i in range(1, 6))
        + "</div></body></html>"
    )
    assert "Notes from the quay at dawn" in html_to_dump(html)
    assert "* [Notes from the quay" not in html_to_dump(html)


def test_a_header_box_of_several_blocks_is_not_taken_as_the_lead() -> None:
    # An "intro" box holding a kicker line, the lead and the byline: its parts are not one lead,
    # so the page's byline is not pushed under a short line the parser would read as a name.
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Harbour plan weighed", "author": {"@type": "Person", "name": "Ada Quill"}}</script>'
    )
    html = (
        f"<html><head><title>Harbour plan weighed</title>{head}</head><body>"
        '<div class="page"><header class="story-head"><h1>Harbour plan weighed</h1>'
        '<div class="intro"><p class="text_title">Towing along</p>'
        "<p>The harbour plan divides Eastbrook: traders want the quay, families the beach.</p>"
        '<p class="text_autor">Von Ada Quill</p></div></header>'
        '<div class="story-body">'
        + "".join(paragraph(i) for i in range(1, 7))
        + "</div>"
        + teasers(20)
        + "</div></body></html>"
    )
    dump = html_to_dump(html)
    assert "Towing along" not in dump
    assert "Paragraph 6:" in dump
    assert [a.name for a in parse_html(html).authors] == ["Ada Quill"]


def test_a_noscript_holding_the_article_s_paragraphs_is_read() -> None:
    # The text is written for readers without scripts only; a short notice and a pixel are not.
    body = (
        '<div class="post-body"><noscript>'
        + "".join(paragraph(i) for i in range(1, 5))
        + "</noscript></div>"
        + "<noscript><p>Please turn on scripts to see the map.</p></noscript>"
        + '<noscript><img src="/pixel.gif"></noscript>'
    )
    dump = html_to_dump(page(body))
    for n in range(1, 5):
        assert f"Paragraph {n}:" in dump
    assert "turn on scripts" not in dump


def test_an_article_left_inside_an_unclosed_menu_is_read() -> None:
    # A menu whose list is never closed: the parser leaves the page's article inside the <nav>.
    body = (
        '<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/town">Town</a>'
        + "<main><article>"
        + "".join(paragraph(i) for i in range(1, 5))
        + "</article></main></nav>"
    )
    dump = html_to_dump(page(body))
    for n in range(1, 5):
        assert f"Paragraph {n}:" in dump
    # A menu holding no article is still never read.
    menu = '<nav><ul><li><a href="/a">Harbour news from the whole coast today</a></li></ul></nav>'
    assert "whole coast" not in html_to_dump(page(menu + paragraph(1) + paragraph(2)))


def test_a_box_of_related_stories_in_the_article_is_left_out() -> None:
    # Teasers dated one by one, in a box whose class names related stories; a script hook that
    # only contains the word (``js-cut-related-to-size``) marks no box.
    related = (
        '<ul class="related_post"><li><a href="/s/1">Ferry timetable for the winter</a>'
        '<time datetime="2020-01-02">2 Jan</time><small>What changes for the morning crossings '
        "and for the late boats from the island</small></li></ul>"
    )
    body = (
        '<article><div class="js-cut-related-to-size">'
        + "".join(paragraph(i) for i in range(1, 4))
        + related
        + "".join(paragraph(i) for i in range(4, 7))
        + "</div></article>"
    )
    text = parse_html(page(body)).text
    for n in range(2, 7):  # the first paragraph is the standfirst
        assert f"Paragraph {n}:" in text
    assert "morning crossings" not in text
    assert "Ferry timetable" not in text


def test_a_long_list_of_related_stories_with_excerpts_is_left_out() -> None:
    """A related list is furniture however long its excerpts make it (a box of prose is not)."""
    items = "".join(
        f'<li><a href="/s/{i}">Ferry story {i}</a><small>'
        + " ".join(f"crossing{i}x{k} of the island boats in winter" for k in range(12))
        + "</small></li>"
        for i in range(8)
    )
    body = (
        '<div class="entry">'
        + "".join(paragraph(i) for i in range(1, 5))
        + f'<ul class="related_post">{items}</ul></div>'
    )
    text = parse_html(page(body)).text
    assert "Paragraph 4:" in text
    assert "crossing3x5" not in text
    assert "Ferry story" not in text
    # The same words in a box named related but not a list, holding prose, stay.
    kept = '<div class="entry">' + "".join(paragraph(i) for i in range(1, 5))
    kept += '<div class="related">' + "".join(paragraph(i) for i in range(5, 25)) + "</div></div>"
    assert "Paragraph 20:" in parse_html(page(kept)).text
    # Nor a long table of figures, or a list without links, that a class name calls related.
    rows = "".join(
        f"<tr><td>Crossing {i}</td><td>{i * 37} passengers on the island boats in winter</td></tr>"
        for i in range(50)
    )
    items = "".join(
        f"<li>Crossing {i}: {i * 37} passengers on the island boats in winter</li>"
        for i in range(50)
    )
    for box in (
        f'<table class="related-data">{rows}</table>',
        f'<ul class="related-data">{items}</ul>',
    ):
        kept = "<article>" + "".join(paragraph(i) for i in range(1, 13)) + box
        text = parse_html(page(kept + paragraph(13) + "</article>")).text
        assert "Crossing 42" in text
        assert "Paragraph 13:" in text


def test_a_theme_widget_without_prose_or_picture_is_furniture() -> None:
    """A box classed ``widget`` alone is left out, not one holding prose or a picture."""
    # Nor a page builder's ``elementor-widget-container``, the box of its text.
    newsletter = (
        '<section class="widget widget_text"><div class="signup-heading">Get our weekly letter'
        "</div><p>Sign up now</p></section>"
    )
    body = (
        '<div class="entry">'
        + "".join(paragraph(i) for i in range(1, 5))
        + newsletter
        + '<div class="widget"><img src="/pier.jpg" alt="Pier"><p class="imageDescription">'
        "Fishing boats tied up along the north pier of Eastbrook at dawn</p></div>"
        + '<div class="elementor-widget-container">'
        + paragraph(5)
        + "</div></div>"
    )
    text = parse_html(page(body)).text
    assert "Get our weekly letter" not in text
    assert "Sign up now" not in text
    assert "Paragraph 5:" in text
    assert "north pier of Eastbrook" in html_to_dump(page(body))


def test_ruby_readings_are_not_written_into_the_text() -> None:
    """A ruby's reading (``<rt>``) and its fallback parentheses (``<rp>``) are reading aids."""
    ruby = "<ruby>港<rp>(</rp><rt>みなと</rt><rp>)</rp></ruby>"
    body = "<article>" + "".join(paragraph(i) for i in range(1, 4))
    body += f"<p>{ruby}の計画について市議会が長い議論を続けました。{ruby}は古い。</p></article>"
    dump = html_to_dump(page(body))
    assert "港の計画について市議会が長い議論を続けました。港は古い。" in dump
    assert "みなと" not in dump
    assert "(" not in dump


def test_a_box_of_teasers_is_furniture_and_a_lead_classed_teaser_stays() -> None:
    """Cards in a box named ``teasers`` go, with their texts; a lead named ``teaser`` stays."""
    cards = "".join(
        f'<article class="card"><h3>Mill pond story {i}</h3><ul><li>0{i}.03.2021</li></ul>'
        f"<p>Volunteers of Eastbrook cleared the mill pond number {i} of reeds and old bottles "
        "over a long weekend.</p></article>"
        for i in range(1, 4)
    )
    body = (
        '<div class="entry"><p class="teaser">A lead classed as a teaser introduces the harbour '
        "plan that the council weighed.</p>"
        + "".join(paragraph(i) for i in range(1, 5))
        + f'<div class="Teasers"><h2>More on the harbour</h2>{cards}</div></div>'
    )
    text = parse_html(page(body)).text
    assert "A lead classed as a teaser" in html_to_dump(page(body))
    assert "Paragraph 4:" in text
    assert "mill pond number" not in text
    assert "Mill pond story" not in text
    assert "More on the harbour" not in text


def test_controls_drawn_as_buttons_are_furniture() -> None:
    # A print and a save control among the paragraphs; a link styled as a button stays (it may
    # name a person), and so does a byline box whatever its class.
    body = (
        "<article>"
        + paragraph(1)
        + '<div class="tools"><span class="print-button">Print this plan</span>'
        + '<div class="btn btn-save">Keep for later</div></div>'
        + "".join(paragraph(i) for i in range(2, 5))
        + '<p>Read the minutes: <a class="btn" href="/minutes">Council minutes of March</a></p>'
        + "</article>"
    )
    text = parse_html(page(body)).text
    for n in range(2, 5):
        assert f"Paragraph {n}:" in text
    assert "Print this plan" not in text
    assert "Keep for later" not in text
    assert "Council minutes of March" in text


def test_a_comment_area_is_furniture_however_long_and_though_it_names_authors() -> None:
    # Each comment carries its author and date (which would protect a byline box), and the
    # list is longer than a small box; a header widget counting the comments stays.
    comment = (
        '<li class="comment"><span class="comment-author">Reader {n}</span>'
        '<time datetime="2020-01-0{n}">{n} Jan</time><p>I walked past the harbour again today '
        "and the old cranes are still standing there, rusting slowly in the rain, number {n}</p>"
        "</li>"
    )
    comments = "".join(comment.format(n=n) for n in range(1, 10))
    body = (
        '<div class="post"><span class="comments-link">9 replies</span>'
        + "".join(paragraph(i) for i in range(1, 5))
        + f'<div id="comments" class="comments-area"><ol class="comment-list">{comments}</ol>'
        + '<div id="respond" class="comment-respond"><form><p class="comment-form-author">'
        + '<label>Name</label><input name="author"></p><p class="comment-notes">Your address '
        + "stays private and the fields marked are needed</p><textarea></textarea></form></div>"
        + "</div></div>"
    )
    text = parse_html(page(body)).text
    for n in range(2, 5):
        assert f"Paragraph {n}:" in text
    assert "rusting slowly" not in text
    assert "stays private" not in text


def test_teasers_among_the_paragraphs_are_furniture_and_a_lead_classed_teaser_stays() -> None:
    # Teaser boxes (a linked title and a line of text, mostly link) between the paragraphs; the
    # article's lead carries a teaser class too, but it is prose.
    card = (
        '<div class="m-teaser-content"><a href="/story/{n}"><span>Ferry service to the island '
        "resumes on weekdays number {n}</span></a><span>More</span></div>"
    )
    body = (
        '<div class="article"><p class="article-teaser">The harbour plan was weighed for a whole '
        "afternoon, and the council will vote on it next week after one more hearing.</p>"
        + "".join(paragraph(i) for i in range(1, 4))
        + '<div class="teaser__news-list">'
        + "".join(card.format(n=n) for n in range(1, 4))
        + "</div>"
        + "".join(paragraph(i) for i in range(4, 7))
        + "</div>"
    )
    assert "will vote on it next week" in html_to_dump(page(body))  # the standfirst
    text = parse_html(page(body)).text
    for n in range(1, 7):
        assert f"Paragraph {n}:" in text
    assert "resumes on weekdays" not in text


def test_emptied_class_word_tables_recognise_no_box() -> None:
    # A vocabulary whose class-word tables are emptied leaves every box as it was.
    words = attrs.evolve(
        Vocabulary.default(),
        related_class_words=frozenset(),
        button_class_words=frozenset(),
        comment_class_words=frozenset(),
        teaser_class_words=frozenset(),
    )
    body = (
        '<article><div class="x">'
        + "".join(paragraph(i) for i in range(1, 3))
        + '<div class="teaser"><a href="/s/2">A teaser for a story on buses</a> in town</div>'
        + "".join(paragraph(i) for i in range(3, 5))
        + '<div class="related_post"><p>A box of other stories about the ferry</p></div>'
        + '<span class="btn">Print</span></div>'
        + '<div class="comment-list"><p class="comment-author">A reader who wrote a long reply</p>'
        + "</div></article>"
    )
    dump = html_to_dump(page(body), vocabulary=words)
    assert "Paragraph 4:" in dump
    assert "other stories about the ferry" in dump
    assert "Print" in dump
    assert "A reader who wrote a long reply" in dump
    assert "A teaser for a story on buses" in dump
    assert "other stories about the ferry" not in html_to_dump(page(body))
    assert "A reader who wrote a long reply" not in html_to_dump(page(body))
    assert "A teaser for a story on buses" not in html_to_dump(page(body))


def test_a_card_linked_whole_among_the_paragraphs_is_left_out() -> None:
    # An <a> wrapping a picture box and a teaser paragraph links a card whole to another page.
    # A short name linked with a box inside it (an author's card) is no story card and stays.
    card = (
        '<a href="/s/{n}"><div class="pic"><img src="/i/{n}.jpg"></div>'
        "<p>The teaser of story {n}, a short text about another day at the quay.</p></a>"
    )
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 4))
        + f'<div class="row">{card.format(n=1)}{card.format(n=2)}</div>'
        + "".join(paragraph(i) for i in range(4, 6))
        + '<p>Written by <a href="/people/ann"><span style="display:block">Ann Marsh</span></a></p>'
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 5:" in dump
    assert "teaser of story" not in dump
    assert "Ann Marsh" in dump


def test_a_body_marked_with_a_bar_s_class_word_is_read_and_an_area_is_not() -> None:
    # A theme's "share" class or an "--ads" modifier on the box holding the article's paragraphs
    # does not make it a share bar or an ad slot; a sidebar holding prose stays furniture.
    body = (
        '<div class="post-body share">'
        + "".join(paragraph(i) for i in range(1, 5))
        + '</div><div class="sidebar"><p>'
        + sentence(7).replace("Paragraph", "Aside")
        + "</p><p>"
        + sentence(8).replace("Paragraph", "Aside")
        + "</p></div>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 1:" in dump
    assert "Paragraph 4:" in dump
    assert "Aside 7:" not in dump
    section = (
        '<section class="story-part story-part--ads">'
        + "".join(paragraph(i) for i in range(1, 4))
        + "</section>"
    )
    assert "Paragraph 3:" in html_to_dump(page("<article>" + section + "</article>"))


def test_a_paragraph_that_is_one_short_link_is_a_pointer_and_left_out() -> None:
    # "Also read: <title>" and "Order the guide" between paragraphs, in a <p> or a <div>, point to
    # other pages. A linked sentence, a bare address, a phone link, a picture credit, a source line
    # and a linked author name in a byline box are the article's own and stay; so does a pointer
    # above the first paragraph.
    body = (
        "<article>"
        + '<p><a href="/s/0">Harbour guide for visitors</a></p>'
        + "".join(paragraph(i) for i in range(1, 3))
        + '<p>Also read: <a href="/s/1">Ferry fares rise for the third spring running</a></p>'
        + '<p><a href="/shop/guide">Order the harbour guide</a></p>'
        + '<div><a href="/series">All parts of the harbour series</a></div>'
        + paragraph(3)
        + '<p><a href="tel:+10020030">Call the harbour office</a></p>'
        + '<p><a href="/s/2">The quay will close for two weeks in May.</a></p>'
        + '<p><a href="https://records.example.org/harbour">records.example.org/harbour</a></p>'
        + '<p><a href="https://doi.example.org/10.1/xyz">https://doi.example.org/10.1/xyz</a></p>'
        + '<p><a href="/pics">Photo: Lena Brook</a></p>'
        + '<p>Source: <a href="/council">Eastbrook town council press office</a></p>'
        + '<p><a href="/copy">© Eastbrook Courier archive</a></p>'
        + paragraph(4)
        + '<div class="byline"><p><a href="/people/ann">Ann Marsh</a></p></div>'
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 4:" in dump
    assert "Ferry fares rise" not in dump
    assert "Order the harbour guide" not in dump
    assert "harbour series" not in dump
    for kept in (
        "Call the harbour office",
        "Harbour guide for visitors",
        "The quay will close",
        "records.example.org/harbour",
        "doi.example.org",
        "Lena Brook",
        "press office",
        "Courier archive",
        "Ann Marsh",
    ):
        assert kept in dump, kept
    # A name linked to its author page closes the text as a signature, whatever its box.
    signed = body.replace('<div class="byline">', "").replace("</p></div>", "</p>")
    assert "Ann Marsh" in html_to_dump(page(signed))


def test_a_heading_over_a_box_that_was_left_out_goes_with_it() -> None:
    # "Across the bay today" titled a teaser card that is left out: alone, the heading would read
    # as a line of the article. A subhead over paragraphs, and a heading over another heading's
    # section, stay.
    card = (
        '<div class="unit"><h3><a href="/s/{n}">A teaser title for story number {n} here</a></h3>'
        "</div>"
    )
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 3))
        + "<h2>What the council decided</h2>"
        + paragraph(3)
        + "<h2>Across the bay today</h2>"
        + card.format(n=1)
        + "<h2>Part two</h2><h3>The vote</h3>"
        + paragraph(4)
        + "<h4>Picked for the weekend</h4>"
        + card.format(n=2)
        + "</article>"
    )
    text = parse_html(page(body)).text
    assert "Paragraph 4:" in text
    assert "What the council decided" in text
    assert "Part two" in text
    assert "The vote" in text
    assert "Across the bay today" not in text
    assert "Picked for the weekend" not in text


def test_a_label_line_over_a_box_that_was_left_out_goes_with_it() -> None:
    # "Also on the harbour:" introduced a box of story links that is left out; a label line over
    # a paragraph, and a line ending with a colon inside a sentence's list, stay.
    links = "".join(
        f'<li><a href="/s/{i}">Another story number {i} about the quay</a></li>' for i in range(3)
    )
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 3))
        + "<p>Also on the harbour:</p>"
        + f'<div class="related"><ul>{links}</ul></div>'
        + paragraph(3)
        + "<p>The clerk added:</p>"
        + paragraph(4)
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 4:" in dump
    assert "Also on the harbour" not in dump
    assert "The clerk added:" in dump


def test_a_box_with_a_form_field_after_the_last_paragraph_is_left_out() -> None:
    # A sign-up box and a rating widget laid out in tables close the page after the text (a table
    # beside a field keeps a box read as content, for a recipe's servings field and ingredients);
    # that same shape set before the method is the article's.
    signup = (
        "<div><p>The week's harbour stories, each Friday.</p><table><tr><td>Your mail</td>"
        '<td><input type="email" name="mail"></td><td><button>Join</button></td></tr></table></div>'
    )
    rating = (
        "<div><p>How useful did you find this page?</p><table><tr><td>"
        '<select name="score"><option>1</option><option>5</option></select></td>'
        "<td>Scored 4 of 5 by three readers</td></tr></table></div>"
    )
    servings = (
        '<div class="ingredients"><p>Serves <input type="number" value="4"></p>'
        "<ul><li>400 g of flour</li><li>two eggs</li><li>a cup of milk</li></ul></div>"
    )
    body = (
        "<article>"
        + servings
        + "".join(paragraph(i) for i in range(1, 4))
        + signup
        + rating
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 3:" in dump
    assert "400 g of flour" in dump
    assert "each Friday" not in dump
    assert "How useful" not in dump
    assert "three readers" not in dump


def test_a_credit_set_beside_its_picture_is_written_with_the_picture() -> None:
    """A credit box next to the box holding the <img> is written under the picture line.

    Written alone under a paragraph, it made the dump parser read that paragraph as a caption.
    """
    credited = (
        '<div class="media"><div class="media__frame"><img src="/img/pier.jpg" alt="The pier">'
        '</div><div class="media__meta"><span class="photo-credit">© Lena Fisk</span></div></div>'
    )
    body = "<article>" + paragraph(1) + paragraph(2) + credited + paragraph(3) + paragraph(4)
    dump = html_to_dump(page(body + "</article>"))
    assert "![The pier](/img/pier.jpg)\n© Lena Fisk" in dump
    article = parse_html(page(body + "</article>"))
    assert [c.credit for c in article.captions] == ["Lena Fisk"]
    assert [c.text for c in article.captions] == [""]
    # The paragraph above the picture is the article's, not the picture's caption.
    assert [b.text.split(":")[0] for b in article.body] == [f"Paragraph {n}" for n in (2, 3, 4)]


def test_a_paragraph_of_a_picture_and_a_caption_line_is_written_as_a_picture() -> None:
    """``<p><img><br>Caption</p>`` is a picture with its caption, not a line of text alone.

    Written without its picture, a credit line made the dump parser read the paragraph above it
    as the caption. A line after the picture longer than a credit is prose and stays text.
    """
    data = (FIXTURES / "html" / "picture_line.html").read_bytes()
    dump = html_to_dump(data)
    assert "![pear-chart](https://media.example.org/charts/pear-yields.png?w=800)\n(Chart:" in dump
    assert "![](https://media.example.org/photos/press.jpg)\nThe old cider press" in dump
    assert "![](https://media.example.org/photos/orchard.jpg)\nFrost candles" in dump
    assert "leaf.png" not in dump
    article = parse_html(data)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("", "Chart: Ivo Rensch / Valley Ledger"),
        ("The old cider press at the Harrow farm.", None),
        # a picture wrapped in its own link is a picture all the same
        ("Frost candles between the rows at dawn.", None),
    ]
    # The paragraphs stay the article's text (the first is read as its standfirst).
    assert [b.text.split()[0] for b in article.body] == ["Yields", "Prices", "Several", "A"]


def test_a_credit_box_after_its_picture_s_caption_box_closes_the_caption_line() -> None:
    """A picture is written once: its caption box wrote it, and its credit box closes that line.

    Anything written between them leaves the credit a block of text.
    """
    body = (
        "<article>"
        + paragraph(1)
        + '<div class="pic"><img src="/img/pier.jpg" alt="">'
        + '<p class="pic-caption">The old pier at dawn, seen from the ferry.</p>'
        + '<p class="copyright">Foto: Lena Fisk</p></div>'
        + paragraph(2)
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert dump.count("![](/img/pier.jpg)") == 1
    assert (
        "![](/img/pier.jpg)\nThe old pier at dawn, seen from the ferry. **Foto: Lena Fisk**" in dump
    )
    apart = body.replace('<p class="copyright">', '<p>Between them.</p><p class="copyright">')
    dump = html_to_dump(page(apart))
    assert dump.count("![](/img/pier.jpg)") == 1
    assert "Between them.\n\nFoto: Lena Fisk" in dump


def test_a_picture_credit_with_no_picture_near_is_left_out_and_a_source_line_stays() -> None:
    """A picture's credit box far from any picture is left out; a text's source box stays.

    Written alone under the paragraph above it, the credit made that paragraph a caption.
    """
    body = (
        "<article>"
        + paragraph(1)
        + paragraph(2)
        + '<p class="image-credit">Fotos: Jan Rolfs</p>'
        + paragraph(3)
        + '<p class="article-source">Quelle: Hafenamt Eastbrook</p>'
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "![" not in dump
    assert "Jan Rolfs" not in dump
    assert "Quelle: Hafenamt Eastbrook" in dump
    assert not parse_html(page(body)).captions
    # A credit box holding a link, or a byline element, is no such credit.
    linked = body.replace("Fotos: Jan Rolfs", 'Fotos: <a href="/fotos">Jan Rolfs</a>')
    assert "Jan Rolfs" in html_to_dump(page(linked))
    credits = body.replace("Fotos: Jan Rolfs", 'By <span class="author">Jan Rolfs</span>')
    assert "Jan Rolfs" in html_to_dump(page(credits))


def test_a_body_of_headings_and_short_lists_around_one_long_list_is_read_whole() -> None:
    """The region widens over headings and short list items set between the paragraphs.

    The fixture's longest list scores highest; the box around it adds 61% prose (headings and
    short items are the rest), which is the article going on, not a teaser list.
    """
    data = (FIXTURES / "html" / "list_body.html").read_bytes()
    text = parse_html(data).text
    assert "Two jackets kept their wearers dry all day." in text
    assert "let water in at the zips" in text
    assert "Water column of the fabric" in text


def test_a_teaser_card_with_a_linked_title_and_unlinked_text_is_furniture() -> None:
    """A card-sized teaser box holding a heading and a link is left out with its teaser text."""
    data = (FIXTURES / "html" / "teaser_card.html").read_bytes()
    article = parse_html(data)
    assert "Winter timetable" not in article.text
    assert "Fewer crossings on weekdays" not in article.text
    assert "Tickets go on sale next week." in article.text
    # A teaser box with no heading (a lead classed "teaser") is prose and stays.
    lead = (
        '<div class="article"><div class="teaser"><p>The harbour plan was weighed for a whole '
        'afternoon, and <a href="/council">the council</a> will vote on it next week.</p></div>'
        + "".join(paragraph(i) for i in range(1, 4))
        + "</div>"
    )
    assert "will vote on it next week" in parse_html(page(lead)).text


def test_a_byline_box_just_before_a_region_holding_the_headline_is_written() -> None:
    """Header facts set beside the box holding the title and the text are written in front."""
    html = (
        "<html><head><title>Harbour plan weighed</title></head><body>"
        '<div class="wrap"><div class="post">'
        '<div class="meta"><a href="/autor/ida-berg">Ida Berg</a> / 12.03.2021</div>'
        '<div class="post-text"><div class="post-main"><h2>Harbour plan weighed</h2>'
        + "".join(paragraph(i) for i in range(1, 6))
        + "</div></div></div>"
        + "".join(
            f'<div class="teaser_blog"><h3><a href="/s/{n}">Another story {n}</a></h3>'
            f"<p>A few words about story {n} of the harbour, unlinked.</p></div>"
            for n in range(3)
        )
        + "</div></body></html>"
    )
    dump = html_to_dump(html)
    assert dump.startswith("[Ida Berg](/autor/ida-berg) / 12.03.2021\n\n# Harbour plan weighed")
    assert [a.name for b in parse_html(html).bylines for a in b.authors] == ["Ida Berg"]


def test_a_credit_classed_span_inside_a_sentence_stays_in_it() -> None:
    page = '<p>The ferry <span class="credit">Jo Park</span> leaves.<img src="https://x.org/a.jpg"></p>'
    assert html_to_dump(page).startswith("The ferry Jo Park leaves.")


def test_a_class_word_holding_a_credit_word_is_no_credit_box() -> None:
    # "resources" holds "source": a box classed so is text, not a picture's credit.
    page = (
        '<div><img src="https://x.org/icon.png">'
        '<p class="resources">Download the winter timetable</p></div>'
    )
    assert html_to_dump(page).strip().endswith("\n\nDownload the winter timetable") or (
        html_to_dump(page).strip() == "Download the winter timetable"
    )


def test_between_boxes_of_one_paragraph_the_one_named_for_the_text_is_the_region() -> None:
    """A box whose class names the text ("entry-content") outscores an unnamed box of equal prose.

    In the fixture a notice of one long paragraph comes first, and the post's one paragraph
    is followed by a list of links that thins its score: the class word decides.
    """
    text = html_to_dump((FIXTURES / "html" / "named_body.html").read_bytes())
    assert "the last keepers of the Marrow Point light" in text
    assert "count our listeners" not in text
    # A box named for furniture loses to an unnamed one of the same prose (the list of links
    # around them stops the region from widening over both).
    body = (
        '<div><div class="promo-box">'
        + paragraph(1)
        + "</div><div>"
        + paragraph(2)
        + "</div>"
        + teasers(20)
        + "</div>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 2:" in dump
    assert "Paragraph 1:" not in dump
    # Named as furniture but the page's only text: it stays the region, not the whole page.
    alone = html_to_dump(page('<div class="media-box">' + paragraph(3) + "</div>"))
    assert "Paragraph 3:" in alone


def test_a_forum_of_readers_messages_under_the_article_is_a_comment_area() -> None:
    """A ``forum`` box (the comment list of some publishing systems) is furniture."""
    messages = "".join(
        f"<li><p>Message {i}: I read the harbour plan twice and still think the pier "
        f"should stay as it is, whatever the council decides next spring.</p></li>"
        for i in range(12)
    )
    body = (
        '<div class="article-text">'
        + "".join(paragraph(i) for i in range(1, 4))
        + f'</div><div class="thread"><ul class="forum">{messages}</ul></div>'
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 3:" in dump
    assert "Message 4:" not in dump


def test_a_box_hidden_by_its_class_is_not_read_unless_a_class_shows_it_on_some_screens() -> None:
    """``hidden``, ``d-none``, ``is-hidden`` and ``hide`` (whole class names) hide a box."""
    prompts = "".join(
        f'<div class="{name} prompt">Only 3 free stories left this month ({name}).</div>'
        for name in ("hidden", "d-none", "is-hidden", "hide")
    )
    shown = (
        '<div class="hidden md:block">Shown on wide screens.</div>'
        '<div class="d-none d-lg-flex">Shown on large screens.</div>'
        '<div class="hidden-xs">Hidden on phones only.</div>'
    )
    body = (
        '<div class="story-body">'
        + paragraph(1)
        + prompts
        + shown
        + "".join(paragraph(i) for i in range(2, 5))
        + "</div>"
    )
    dump = html_to_dump(page(body))
    assert "free stories left" not in dump
    assert "Shown on wide screens." in dump
    assert "Shown on large screens." in dump
    assert "Hidden on phones only." in dump
    assert "Paragraph 4:" in dump
    # A hidden box holding a byline or date element is a header a script shows: it is read.
    header = (
        "<html><head><title>Harbour plan weighed</title></head><body><div class='post'>"
        "<h1>Harbour plan weighed</h1>"
        '<div class="story-head hide"><span class="author">By Ada Quill</span>'
        '<span class="date">2 May 2021</span></div><div class="story-body">'
        + "".join(paragraph(i) for i in range(1, 5))
        + "</div></div></body></html>"
    )
    assert "By Ada Quill" in html_to_dump(header)


def test_a_headline_hidden_by_its_class_is_still_the_page_s_headline() -> None:
    """A class-hidden ``<h1>`` matching the page's title (kept for screen readers) is its title."""
    html = (
        "<html><head><title>Harbour plan weighed | Eastbrook Post</title></head><body>"
        '<h1 class="page-title hidden">Harbour plan weighed</h1>'
        '<div class="story-body"><h3>Harbour plan</h3>'
        + "".join(paragraph(i) for i in range(1, 5))
        + "</div></body></html>"
    )
    assert html_to_dump(html).startswith("# Harbour plan weighed\n")
    assert parse_html(html).title == "Harbour plan weighed"


def test_calls_to_the_reader_that_close_the_article_are_left_out() -> None:
    """Short blocks after the text asking the reader to follow, subscribe or sign up go.

    So does the site's licence notice among them. Walking back from the last line, each call
    goes until a line that is no call; a paragraph
    that speaks of a newsletter inside the text stays, as does the last paragraph of prose.
    """
    html = (FIXTURES / "html" / "closing_calls.html").read_bytes()
    article = parse_html(html)
    assert "Follow the Coast Ledger" not in article.text
    assert "Never miss a story" not in article.text
    assert "CC BY-SA" not in article.text
    assert "in its newsletter to every house" in article.text
    assert article.body[-1].text.startswith("Entry is free for children")


def test_an_exclaimed_call_set_among_the_paragraphs_is_left_out() -> None:
    """A short call to the reader ending with "!" goes wherever it stands in the text.

    A quotation that names a call, an exclamation of the story that names none, and one that
    names a newsletter in the middle of its sentence, stay.
    """
    article = parse_html((FIXTURES / "html" / "exclaimed_calls.html").read_bytes())
    assert "Never miss a story" not in article.text
    assert "Become a member" not in article.text
    assert "Subscribe to nothing but the tide!" in article.text
    assert "What a day it was for the harbour" in article.text
    assert "newsletter was finally worth reading" in article.text
    assert article.body[-1].text.startswith("The club plans a second race")


def test_a_call_in_the_middle_of_the_text_stays() -> None:
    """A call followed by prose that ends with a full stop is text (only a "!" marks a prompt)."""
    body = (
        "<article>"
        + "".join(paragraph(i) for i in range(1, 4))
        + "<p>Subscribe to the harbour minutes at the town hall, the clerk added.</p>"
        + paragraph(4)
        + "</article>"
    )
    article = parse_html(page(body))
    assert "Subscribe to the harbour minutes" in article.text
    assert "Paragraph 4:" in article.text


@pytest.mark.parametrize(
    "last",
    [
        "“That is our approach,” the harbour master said.",
        "Residents can sign up for the ferry survey at the town hall.",
        "The board will print the latest newsletter of the project in May.",
        "Orchards expect the apple harvest to be late this year.",
        "Follow the money, the auditor said.",
        "The vaccine is licensed under a 2019 law.",
    ],
)
def test_a_story_sentence_that_names_a_call_closes_the_text(last: str) -> None:
    """A sentence of the story that speaks of an app, a newsletter or a licence is no call.

    A call opens its block, carries a link or a form, or has no sentence's full stop; words
    inside other words ("approach", "apple") are none.
    """
    body = "<article>" + "".join(paragraph(i) for i in range(1, 4)) + f"<p>{last}</p></article>"
    assert last in parse_html(page(body)).text


@pytest.mark.parametrize(
    "call",
    [
        "Sign up for our newsletter",
        "Get our app for the harbour news.",
        "Follow us on the usual networks",
        '<a href="/newsletter">Jetzt den Newsletter abonnieren.</a>',
    ],
)
def test_a_call_closing_the_text_goes(call: str) -> None:
    body = "<article>" + "".join(paragraph(i) for i in range(1, 4)) + f"<p>{call}</p></article>"
    text = parse_html(page(body)).text
    assert "Paragraph 3:" in text
    assert "newsletter" not in text.casefold()
    assert "our app" not in text
    assert "Follow us" not in text


def test_a_trail_of_crumbs_is_furniture() -> None:
    """A box named for crumbs (``entry-crumbs``, ``crumb-trail``), as for breadcrumbs, goes.

    Its last crumb is often the headline as plain text, which would read as a paragraph.
    """
    body = (
        '<article><div class="entry-crumbs"><a href="/">Home</a> <a href="/harbour">Harbour</a>'
        " <span>Harbour plan weighed by the council of Eastbrook at length</span></div>"
        + "".join(paragraph(i) for i in range(1, 5))
        + "</article>"
    )
    dump = html_to_dump(page(body))
    assert "Paragraph 1:" in dump
    assert "weighed by the council of Eastbrook at length" not in dump


def test_a_story_s_own_article_element_titled_by_a_link_is_a_card() -> None:
    """A card that is an ``<article>`` of its own (a linked title, a date, an excerpt) goes whole.

    Its excerpt is a sentence of prose, which keeps other cards; an ``<article>`` element with
    a title linking elsewhere is another story's teaser, and its link is kept as a related link.
    """
    article = parse_html((FIXTURES / "html" / "story_cards.html").read_bytes())
    assert article.body[-1].text.startswith("Wer mit dem Auto kommt")
    assert "Deichverband" not in article.text
    assert "Hallig Norderwarf" not in article.text
    assert [link.title for link in article.related] == [
        "Warum die Schafe auf dem Deich bleiben",
        "Das letzte Leuchtfeuer mit Wärter",
    ]


def test_a_toggle_s_label_is_a_button() -> None:
    """A control classed ``toggle`` (showing or hiding the sources) is a button: its label goes."""
    dump = html_to_dump((FIXTURES / "html" / "sources_toggle.html").read_bytes())
    assert "Hide sources" not in dump
    assert "1. Farrow Coastal Observatory, annual report" in dump
