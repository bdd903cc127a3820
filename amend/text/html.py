"""HTML pages saved from a council's website: is it HTML, and its readable text."""

from __future__ import annotations


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page (judged by its opening, not its file name)."""
    head = text.lstrip()[:500].lower()
    return head.startswith("<") and ("<html" in head or "<body" in head or "<p" in head
                                      or "<div" in head or "<!doctype" in head)


def html_to_text(text: str) -> str:
    """The readable text of an HTML page, one block element a paragraph."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for hidden in soup(["script", "style", "nav", "header", "footer", "noscript"]):
        hidden.decompose()
    for block in soup.find_all(["p", "li", "h1", "h2", "h3", "h4", "tr", "div", "br"]):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    return soup.get_text()
