"""Printed lines into the paragraphs a reader sees.

Texts arrive as a paragraph per line (web pages, Word), as paragraphs hard-wrapped over
several lines with a blank line or nothing between them, or extracted from PDF with a blank
line after every printed line. The rule, applied in this order:

1. Furniture goes: a ``---`` page separator and the page number printed next to it ("2",
   "Page 2", "Page 2 of 5"; the blank lines before it are no gap). On lines printed in bold
   or italic (wrapped in ``**`` or ``***``) the markers that open or close a run of words
   go; the PDF Symbol-font bullet (U+F0B7) reads as ``•``.
2. A line that starts with a label, a bullet or a numbered point starts a paragraph.
3. A label alone on its line ("(a)", its words on the next line) labels the next line.
4. Two blank lines or more end a paragraph. One blank line ends one too, unless the text is
   *double-spaced* (a blank line after every printed line): a PDF extraction (emphasis
   markers on at least half the lines, a page separator or a PDF bullet) or, without those
   traces and then as a guess, a text with at least three long lines (60 characters or
   more, of nearly equal length) that break mid-sentence. A caller may impose the layout
   instead (an amendment printed like the motion it amends).
5. Across a newline, or the blank line of double-spaced text, a line that ends mid-sentence
   continues on the next (wrapped). A line that ends a sentence (``. ; : ! ?``, or a list
   connector such as ``; and``) ends the paragraph when it is visibly short: the next
   line's first word would have fitted on it, the width being the longest wrapped line (a
   guess when it would only just have fitted, within a tenth of the width); when it fills
   the line it is read as continuing, a guess. If no line of the text wraps, every line
   that ends a sentence is a paragraph. A line ending in a hyphen joins the next line
   without a space, a guess.

Every join and split made on these cues is kept as a ``Decision`` (the lines, the cue, and
whether it is certain), so that the caller can warn about each guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from amend.errors import Span
from amend.text.collector import consumed
from amend.text.source import normalise_line, physical_lines

_SENTENCE_END = re.compile(r"([.;:!?]|:-|;\s*(and|or)|\b(and|or),)[”’\")\]]*$", re.IGNORECASE)
_HYPHENATED = re.compile(r"[a-z]-$")
_PAGE_SEPARATOR = re.compile(r"^-{3,}$")
# "2", "Page 2", "Page 2 of 5", "1 Page 1" (a footer): a page number only next to a separator
_PAGE_NUMBER = re.compile(r"^(\d{1,4}\s+)?(page\s+)?\d{1,4}(\s+of\s+\d{1,4})?$", re.IGNORECASE)
_EMPHASIS_LINE = re.compile(r"^\*{2,3}\S|\S\*{2,3}$")
_EMPHASIS = re.compile(r"(?<!\S)\*{1,3}(?=\S)|(?<=[“‘\"])\*{1,3}|(?<=\S)\*{1,3}(?=$|\s|[”’\"])")
_PDF_BULLET_GLYPHS = "\uf0b7\uf0a7"
_PDF_BULLETS = re.compile(rf"^[{_PDF_BULLET_GLYPHS}](?=\s)")
_LEAD, _LEAD_MARKED = " \t\u00a0\ufeff", " \t\u00a0\ufeff*"
LONG_LINE, LIKE_WIDTH, MIN_WRAPS = 60, 0.8, 3
SURE_SHORT = 0.9  # a line is surely short when the next word fits in 90% of the width


class Layout(Enum):
    """How the text marks paragraphs: blank lines between them, or a blank after every line."""

    BLANK_SEPARATED = "blank lines separate paragraphs"
    DOUBLE_SPACED = "a blank line follows every printed line"


class Cue(Enum):
    """Why two lines were joined or split, or what layout was taken away."""

    WRAPPED = "joined: each line but the last ends mid-sentence (wrapped)"
    LABEL_ALONE = "joined: a label alone on its line labels the next line's words"
    FILLS_LINE = "joined although a line ends a sentence, as it fills the line (a guess)"
    HYPHEN = "joined without a space after a line-end hyphen (a guess)"
    SHORT_LINE = "split: the line ends a sentence and is shorter than a full line"
    NEARLY_FULL = ("split: the line ends a sentence and is only a little shorter than a full "
                   "line (a guess)")
    DOUBLE_SPACED = "read as double-spaced: a blank line after every printed line"
    DOUBLE_SPACED_BY_WIDTH = ("read as double-spaced (a guess from line widths): a blank "
                              "line after every printed line")
    PAGE_BREAK = "dropped a page separator and page number"
    EMPHASIS = "dropped bold and italic markers (**, ***)"
    PDF_BULLET = "read the PDF bullet character U+F0B7 as •"

    @property
    def certain(self) -> bool:
        return self not in _GUESSES


_GUESSES = frozenset({Cue.FILLS_LINE, Cue.NEARLY_FULL, Cue.HYPHEN, Cue.DOUBLE_SPACED_BY_WIDTH})
_JOINS = frozenset({Cue.WRAPPED, Cue.LABEL_ALONE, Cue.FILLS_LINE, Cue.HYPHEN})


@dataclass(frozen=True, slots=True)
class Decision:
    """One reading of the layout: its cue and the lines it covers (first to ``last_line``)."""

    cue: Cue
    span: Span
    last_line: int

    @property
    def certain(self) -> bool:
        return self.cue.certain

    @property
    def what(self) -> str:
        """The lines and what was done with them ("lines 3–5 split: …")."""
        first = self.span.line
        lines = f"line {first}" if first == self.last_line else f"lines {first}–{self.last_line}"
        return f"{lines} {self.cue.value}"

    def __str__(self) -> str:
        return f"{self.span.source}:{self.span.line}: {self.what}"


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph as read: its words (label included), first line and column, last line."""

    text: str
    line: int
    column: int
    last_line: int


@dataclass(frozen=True, slots=True)
class Reading:
    """The paragraphs of a text, the layout taken, and every decision made on the way."""

    blocks: tuple[Block, ...]
    layout: Layout
    decisions: tuple[Decision, ...] = field(default=())

    @property
    def guesses(self) -> tuple[Decision, ...]:
        """The decisions that are not certain: each deserves a warning."""
        return tuple(d for d in self.decisions if not d.certain)


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    column: int
    text: str
    gap: int  # blank lines since the previous printed line
    emphasised: bool
    label: int = 0  # length of its leading label (the whole line for a label alone)

    @property
    def label_alone(self) -> bool:
        return 0 < self.label >= len(self.text)


def no_labels(line: str) -> int:
    """A label reader that finds none (the caller passes its own)."""
    return 0


def read_paragraphs(text: str, label_length: Callable[[str], int] = no_labels,
                    source: str = "text", layout: Layout | None = None) -> Reading:
    """The paragraphs of ``text``. ``label_length(line)`` is the length of a leading label,
    bullet or numbered point (0 if none; the whole line for a label alone). ``layout``, if
    given, is taken instead of detected (an amendment printed in the motion's layout)."""
    lines, decisions = _clean(physical_lines(text), label_length, source)
    if layout is None:
        layout, decision = _detect_layout(lines, decisions, source)
        decisions += [decision] if decision else []
    width = _wrap_width(lines, layout)
    blocks: list[Block] = []
    previous = None
    for line in consumed(lines):
        cue = _cue(previous, line, layout, width) if previous else None
        if cue is not None:
            decisions.append(Decision(cue, Span(source, previous.number, 1), line.number))
        if cue in _JOINS:
            glue = "" if cue is Cue.HYPHEN else " "
            last = blocks[-1]
            blocks[-1] = Block(f"{last.text}{glue}{line.text}", last.line, last.column,
                               line.number)
        else:
            blocks.append(Block(line.text, line.number, line.column, line.number))
        previous = line
    return Reading(tuple(blocks), layout, tuple(_merged(decisions)))


def without_emphasis(line: str) -> str:
    """A line printed in bold or italic without the ``**``/``***`` markers around its words."""
    line = normalise_line(line)
    return normalise_line(_EMPHASIS.sub("", line)) if _EMPHASIS_LINE.search(line) else line


def ends_sentence(line: str) -> bool:
    """Whether a printed line ends a sentence or a list item (``.``, ``;``, ``:-``, ``; and``…)."""
    return bool(_SENTENCE_END.search(line))


def _clean(raw_lines: list[str], label_length: Callable[[str], int],
           source: str) -> tuple[list[_Line], list[Decision]]:
    """Printed lines without furniture, markers or PDF bullets; decisions for what went."""
    decisions: list[Decision] = []
    out: list[_Line] = []
    gap = 0
    texts = [normalise_line(raw) for raw in raw_lines]
    for i, raw in enumerate(raw_lines):
        number, text = i + 1, texts[i]
        if not text:
            gap += 1
            continue
        if text[0] in "-0123456789Pp" and _is_furniture(texts, i):
            if _PAGE_SEPARATOR.match(text):
                decisions.append(Decision(Cue.PAGE_BREAK, Span(source, number, 1), number + 1))
            gap = 0  # the blank lines around a page break are not a paragraph break
            continue
        emphasised = "*" in text and bool(_EMPHASIS_LINE.search(text))
        if emphasised:
            text = without_emphasis(text)
        if not text:  # a line of emphasis markers alone ("***")
            continue
        if text[0] in _PDF_BULLET_GLYPHS and _PDF_BULLETS.match(text):
            text = _PDF_BULLETS.sub("•", text)
            decisions.append(Decision(Cue.PDF_BULLET, Span(source, number, 1), number))
        if not text:
            continue
        lead = _LEAD_MARKED if emphasised else _LEAD
        column = len(raw) - len(raw.lstrip(lead)) + 1
        out.append(_Line(number, column, text, gap if out else 0, emphasised, label_length(text)))
        gap = 0
    marked = [line for line in out if line.emphasised]
    if marked:
        decisions.append(Decision(Cue.EMPHASIS, Span(source, marked[0].number, 1),
                                  marked[-1].number))
    return out, decisions


def _is_furniture(texts: list[str], i: int) -> bool:
    """A page separator, or a page number printed just after (or before) one."""
    if _PAGE_SEPARATOR.match(texts[i]):
        return True
    if not _PAGE_NUMBER.match(texts[i]):
        return False
    near = [t for t in texts[max(0, i - 2):i] if t][-1:] + [t for t in texts[i + 1:i + 3] if t][:1]
    return any(_PAGE_SEPARATOR.match(t) for t in near)


def _wraps(lines: list[_Line], gaps: tuple[int, ...]) -> list[_Line]:
    """Lines that break mid-sentence before an unlabelled line, across a gap in ``gaps``."""
    return [a for a, b in zip(lines, lines[1:], strict=False)
            if b.gap in gaps and not b.label and not a.label_alone
            and not ends_sentence(a.text)]


def _detect_layout(lines: list[_Line], cleaned: list[Decision],
                   source: str) -> tuple[Layout, Decision | None]:
    """Double-spaced when every gap is one blank line and PDF traces or widths say so."""
    if len(lines) < 2 or any(line.gap != 1 for line in lines[1:]):
        return Layout.BLANK_SEPARATED, None
    span = Span(source, lines[0].number, 1)
    pdf = (sum(line.emphasised for line in lines) * 2 >= len(lines)
           or any(d.cue in (Cue.PAGE_BREAK, Cue.PDF_BULLET) for d in cleaned))
    if pdf:
        return Layout.DOUBLE_SPACED, Decision(Cue.DOUBLE_SPACED, span, lines[-1].number)
    lengths = [len(a.text) for a in _wraps(lines, (1,))]
    if (len(lengths) >= MIN_WRAPS and min(lengths) >= LONG_LINE
            and min(lengths) >= LIKE_WIDTH * max(lengths)):
        return Layout.DOUBLE_SPACED, Decision(Cue.DOUBLE_SPACED_BY_WIDTH, span, lines[-1].number)
    return Layout.BLANK_SEPARATED, None


def _wrap_gaps(layout: Layout) -> tuple[int, ...]:
    return (0, 1) if layout is Layout.DOUBLE_SPACED else (0,)


def _wrap_width(lines: list[_Line], layout: Layout) -> int | None:
    """The printed width: the longest line that wraps mid-sentence (None if none does)."""
    return max((len(a.text) for a in _wraps(lines, _wrap_gaps(layout))),
               default=None)


def _cue(a: _Line, b: _Line, layout: Layout, width: int | None) -> Cue | None:
    """How the gap between printed lines ``a`` and ``b`` reads (None: a plain break)."""
    if b.label:
        return None
    if a.label_alone:
        return Cue.LABEL_ALONE
    if b.gap not in _wrap_gaps(layout):
        return None
    if _HYPHENATED.search(a.text) and b.text[:1].islower():
        return Cue.HYPHEN
    if not ends_sentence(a.text):
        return Cue.WRAPPED
    if width is None:
        return None
    needed = len(a.text) + 1 + len(b.text.split(" ", 1)[0])
    if needed <= SURE_SHORT * width:
        return Cue.SHORT_LINE
    return Cue.NEARLY_FULL if needed <= width else Cue.FILLS_LINE


def _merged(decisions: list[Decision]) -> list[Decision]:
    """Joins of the same cue over consecutive lines as one decision (lines 3–9), in order."""
    out: list[Decision] = []
    open_runs: dict[Cue, int] = {}  # cue -> index in out of its latest join decision
    for decision in sorted(decisions, key=lambda d: d.span.line):
        at = open_runs.get(decision.cue)
        if at is not None and decision.span.line <= out[at].last_line:
            out[at] = Decision(decision.cue, out[at].span, decision.last_line)
            continue
        if decision.cue in _JOINS:
            open_runs[decision.cue] = len(out)
        out.append(decision)
    return out
