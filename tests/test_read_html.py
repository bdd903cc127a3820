"""Reading HTML: a page is read as its text whatever its file name, and as marked-up text
its struck words are deletions and its bold or underlined words additions."""

from __future__ import annotations

from pathlib import Path

import pytest

import amend
from amend.errors import Span
from amend.text.documents import Kind, kind_of, read_marked
from amend.text.html_marks import html_marked
from amend.text.marks import Mark

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PAGE = ("<!DOCTYPE html>\n<html><head><style>p {}</style></head>\n"
        "<body><p>That this Council:-</p>\n<p>(a) notes the report;</p>\n"
        "<p>(b) thanks the staff.</p></body></html>\n")


def test_an_html_page_named_txt_is_read_as_its_text(tmp_path):
    """An HTML page saved with a .txt name reads as the page's text, not its tags."""
    path = tmp_path / "motion.txt"
    path.write_text(PAGE, encoding="utf-8")
    motion = amend.read_motion(amend.read_file(path))
    assert [p.text for p in motion.paragraphs] == ["notes the report", "thanks the staff"]


def test_an_html_page_is_judged_by_its_content():
    """A page's opening, not its name, makes it HTML; prose that mentions a tag is text."""
    assert kind_of(PAGE.encode(), "x.txt") is Kind.HTML
    assert kind_of(b"(a) notes <p> tags.\n", "x.html") is Kind.TEXT


def test_minutes_saved_as_text_are_still_read_from_html(tmp_path):
    """A minutes page saved as .txt verifies as it does saved as .html."""
    page = tmp_path / "page.txt"
    page.write_bytes((EXAMPLES / "minutes" / "11-html-page.html").read_bytes())
    item = amend.read_minutes(amend.read_file(page), source=str(page))
    assert item.amendments and amend.verify(item).verdict is amend.Verdict.VERIFIED


@pytest.mark.parametrize(("html", "mark"), [
    ("<s>old</s>", Mark.DELETED),
    ("<strike>old</strike>", Mark.DELETED),
    ("<del>old</del>", Mark.DELETED),
    ('<span style="text-decoration: line-through">old</span>', Mark.DELETED),
    ("<b>new</b>", Mark.INSERTED),
    ("<strong>new</strong>", Mark.INSERTED),
    ("<u>new</u>", Mark.INSERTED),
    ("<ins>new</ins>", Mark.INSERTED),
    ('<span style="font-weight:bold">new</span>', Mark.INSERTED),
    ('<span style="text-decoration:underline">new</span>', Mark.INSERTED),
    ("<em>same</em>", Mark.KEPT),
    ("<b><s>old</s></b>", Mark.DELETED),
    ("<s><b>old</b></s>", Mark.DELETED),
])
def test_html_marks_read_as_deletions_and_additions(html, mark):
    """Struck text is deleted, bold or underlined text added (struck outranks bold)."""
    document = html_marked(f"<html><body><p>x {html} y</p></body></html>", "a.html")
    marked = [run.mark for run in document.blocks[0].runs if run.text.strip() not in "xy"]
    assert marked == [mark]


def test_block_elements_are_paragraphs_and_hidden_parts_are_left_out():
    """Each <p> and <li> is a paragraph; script, style and navigation are not read."""
    page = ("<html><head><style>b{}</style></head><body><nav>Home</nav><p>One</p>"
            "<ul><li>Two</li></ul><script>var x;</script><div>Three</div></body></html>")
    document = html_marked(page, "a.html")
    assert [b.view(Mark.INSERTED).strip() for b in document.blocks] == ["One", "• Two", "Three"]


def test_a_page_title_is_not_part_of_the_motion():
    """The <title> in a page's head (the browser tab's name) is not read as a paragraph."""
    page = ("<html><head><title>Council minutes 3 March</title></head><body>"
            "<p>That this Council:</p><p>(a) notes the report.</p></body></html>")
    motion = amend.read_motion(amend.read_data(page.encode(), "m.html"), source="m.html")
    assert (motion.preamble, len(motion.paragraphs)) == ("That this Council:", 1)


def test_ordered_list_items_get_the_numbers_a_browser_shows():
    """<ol type="a"> items read as a., b., … counted apart for each reading of the marks."""
    page = ('<html><body><ol type="a"><li>one</li><li><b>new</b></li><li>two</li></ol>'
            "</body></html>")
    document = html_marked(page, "a.html")
    assert document.text(Mark.INSERTED) == "a. one\n\nb. two\n"
    assert document.text(Mark.DELETED) == "a. one\n\nb. new\n\nc. two\n"


def test_runs_are_placed_by_line_and_column_in_the_page():
    """A struck word's run is placed at its line and column in the HTML source."""
    page = "<html><body>\n<p>(a) notes the <s>report</s>;</p>\n</body></html>\n"
    document = html_marked(page, "a.html")
    struck = next(run for run in document.blocks[0].runs if run.mark is Mark.DELETED)
    assert struck.span == Span("a.html", 2, page.splitlines()[1].index("report") + 1)


def test_plain_text_cannot_be_read_as_marked_up(tmp_path):
    """A text file has no strike or bold, and reading it as marked up says so."""
    path = tmp_path / "a.txt"
    path.write_text("(a) notes the report.\n", encoding="utf-8")
    with pytest.raises(amend.ReadError, match="cannot show struck-through or bold"):
        read_marked(path)
