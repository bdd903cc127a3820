"""Minutes pages saved as HTML: their readable text, however deeply the page nests."""

from pathlib import Path

from amend import read_minutes
from amend.text.html import html_to_text

PAGE = Path(__file__).resolve().parents[1] / "examples" / "minutes" / "11-html-page.html"


def test_hidden_elements_and_comments_are_left_out():
    """Scripts, styles, navigation and comments are not part of the page's text."""
    text = html_to_text("<html><body><nav>Home</nav><script>var x;</script><!-- note -->"
                        "<p>RESOLVED: That the report be noted.</p></body></html>")
    assert text.split() == ["RESOLVED:", "That", "the", "report", "be", "noted."]


def test_each_block_element_is_a_paragraph_of_its_own():
    """Paragraphs, list items and line breaks each start a new line of text."""
    text = html_to_text("<html><body><p>one</p><ul><li>two</li></ul>three<br>four</body></html>")
    assert [line for line in text.splitlines() if line] == ["one", "two", "three", "four"]


def test_a_deeply_nested_page_reads_as_the_same_page_unnested():
    """The worked HTML item wrapped 5,000 elements deep reads as it does unwrapped."""
    page = PAGE.read_text(encoding="utf-8")
    nested = page.replace("<body>", "<body>" + "<div>" * 5000).replace(
        "</body>", "</div>" * 5000 + "</body>")
    assert read_minutes(nested) == read_minutes(page)
