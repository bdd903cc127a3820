"""HTML as marked-up text: struck words (``<s>``, ``<strike>``, ``<del>``, line-through) are
deleted, bold or underlined words (``<b>``, ``<strong>``, ``<u>``, ``<ins>``) are added.

Each block element (``<p>``, ``<li>``, ``<div>``, headings, table cells) is a paragraph; a
``<br>`` is a line break within it.  Items of an ``<ol>`` get the number the browser shows.
Runs are placed by line and column in the HTML source.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from amend.errors import Span
from amend.text.html import HIDDEN
from amend.text.marks import Block, Mark, MarkedDocument, Run, label_runs
from amend.text.word_numbering import format_count

_BLOCKS = frozenset(("p", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
                     "blockquote", "dd", "dt", "section", "article", "main", "ol", "ul",
                     "table", "body", "pre", "caption", "address", "aside", "figure",
                     "figcaption", "hr", "form", "fieldset"))
_STRUCK = frozenset(("s", "strike", "del"))
_ADDED = frozenset(("b", "strong", "u", "ins"))
_SPACE = re.compile(r"[ \t\r\n\f]+")
_BOLD = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)")
_OL_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
               "I": "upperRoman"}


def tag_mark(tag, inherited: Mark) -> Mark:
    """The mark of words inside ``tag``: struck outranks bold, as a reader sees it."""
    style = (tag.get("style") or "").lower()
    if inherited is Mark.DELETED or tag.name in _STRUCK or "line-through" in style:
        return Mark.DELETED
    if inherited is Mark.INSERTED or tag.name in _ADDED or _BOLD.search(style) \
            or re.search(r"text-decoration[^;]*underline", style):
        return Mark.INSERTED
    return Mark.KEPT


@dataclass(slots=True)
class _List:
    """An open <ol> or <ul>: how it numbers, and its count in each reading of the marks."""

    bullet: bool
    fmt: str
    old: int = 0
    new: int = 0


class _Locator:
    """Line and column of text in the HTML source, found in reading order."""

    def __init__(self, raw: str, source: str) -> None:
        self.raw, self.source, self.cursor = raw, source, 0
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", raw)]

    def span_at(self, offset: int) -> Span:
        line = bisect.bisect_right(self.starts, offset)
        return Span(self.source, line, offset - self.starts[line - 1] + 1)

    def tag(self, tag) -> Span | None:
        if tag.sourceline is None:
            return None
        offset = self.starts[tag.sourceline - 1] + tag.sourcepos
        self.cursor = max(self.cursor, offset)
        return self.span_at(offset)

    def text(self, text: str, fallback: Span | None) -> Span | None:
        """Where ``text`` (as decoded) starts: its first word, searched for from the cursor."""
        word = re.search(r"\w+", text)
        found = self.raw.find(word.group(0), self.cursor) if word else -1
        if found < 0:
            return fallback
        self.cursor = found + len(word.group(0))
        return self.span_at(max(0, found - word.start()))


class _Reader:
    """Walks the parsed page, gathering each block's runs."""

    def __init__(self, locator: _Locator) -> None:
        self.locator = locator
        self.blocks: list[Block] = []
        self.runs: list[Run] = []
        self.span: Span | None = None
        self.item: tuple[_List, Span | None] | None = None  # the list a pending <li> is in

    def flush(self) -> None:
        if self.item is not None:
            self._label_item()
        if any(run.text.strip() for run in self.runs):
            self.blocks.append(Block(tuple(self.runs), self.span))
        self.runs, self.item = [], None

    def _label_item(self) -> None:
        state, span = self.item
        old = "".join(r.text for r in self.runs if r.mark is not Mark.INSERTED).strip()
        new = "".join(r.text for r in self.runs if r.mark is not Mark.DELETED).strip()
        before = after = ""
        if state.bullet:
            before, after = ("•" if old else ""), ("•" if new else "")
        else:
            if old:
                state.old += 1
                before = format_count(state.old, state.fmt) + "."
            if new:
                state.new += 1
                after = format_count(state.new, state.fmt) + "."
        self.runs[:0] = label_runs(before, after, span)

    def walk(self, node, mark: Mark, lists: list[_List]) -> None:
        from bs4 import NavigableString, Tag

        for child in node.children:
            if type(child) is NavigableString:  # not a comment, doctype or script text
                text = _SPACE.sub(" ", str(child))
                if text.strip():
                    self.runs.append(Run(text, mark, self.locator.text(text, self.span)))
                elif text and self.runs:
                    self.runs.append(Run(" ", Mark.KEPT, None))
            elif isinstance(child, Tag):
                self.element(child, mark, lists)

    def element(self, tag, mark: Mark, lists: list[_List]) -> None:
        if tag.name in HIDDEN:
            return
        span = self.locator.tag(tag)
        inner = tag_mark(tag, mark)
        if tag.name == "br":
            self.runs.append(Run("\n", Mark.KEPT, span))
            return
        if tag.name not in _BLOCKS:
            self.walk(tag, inner, lists)
            return
        self.flush()
        if tag.name in ("ol", "ul"):
            kind = _OL_FORMATS.get(tag.get("type", "1"), "decimal")
            start = int(tag.get("start", "1")) if tag.get("start", "1").isdigit() else 1
            lists = lists + [_List(tag.name == "ul", kind, start - 1, start - 1)]
        self.span = span
        if tag.name == "li" and lists:
            self.item = (lists[-1], span)
        self.walk(tag, inner, lists)
        self.flush()


def html_marked(text: str, name: str) -> MarkedDocument:
    """An HTML page as marked-up text: its block elements as paragraphs of marked runs."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    reader = _Reader(_Locator(text, name))
    reader.walk(soup, Mark.KEPT, [])
    reader.flush()
    return MarkedDocument(tuple(reader.blocks), name)
