"""HTML pages saved from a council's website: is it HTML, and its readable text."""

from __future__ import annotations

HIDDEN = frozenset({"head", "title", "script", "style", "nav", "header", "footer", "noscript",
                    "template"})
BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "div", "br",
                    "blockquote", "table", "ul", "ol", "section", "article"})
BREAK = "\n\n"


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page (judged by its opening, not its file name)."""
    head = text.lstrip()[:500].lower()
    return head.startswith("<") and ("<html" in head or "<body" in head or "<p" in head
                                      or "<div" in head or "<!doctype" in head)


def html_to_text(text: str) -> str:
    """The readable text of an HTML page, a blank line around each block element.

    The parsed page is walked once, with a stack rather than recursion, so the time grows
    with the size of the page however deeply its elements nest; the page is not changed."""
    from bs4 import BeautifulSoup
    from bs4.element import CData, NavigableString, Tag

    texts = (str, NavigableString, CData)
    soup = BeautifulSoup(text, "html.parser")
    pieces: list[str] = []
    stack: list = [soup]
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            if node.name in HIDDEN:
                continue
            block = node.name in BLOCKS
            if block:
                pieces.append(BREAK)
                stack.append(BREAK)  # written when the element's contents are done
            stack.extend(reversed(node.contents))
        elif type(node) in texts:  # not comments, doctypes, declarations
            pieces.append(str(node))
    return "".join(pieces)
