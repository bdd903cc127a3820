"""Word (.docx) documents as a clerk sees them: paragraphs, list labels, tables, changes.

Paragraphs come in reading order (a table's cells row by row), a blank line between them, each
with the label Word's automatic numbering prints ("(a)", "1.", "(ii)", "•").  Tracked changes
read as the document now stands (``Changes.ACCEPT``) unless the text as first written is
asked for (``Changes.REJECT``).  ``docx_marked`` keeps the marks instead: struck-through words
and tracked deletions as deleted, bold or underlined words and tracked insertions as added.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum

from amend.errors import ReadError, Span
from amend.text.documents import Changes
from amend.text.marks import Block, Mark, MarkedDocument, Run, label_runs
from amend.text.word_numbering import Numbering, w

_CONTAINERS = frozenset(w(tag) for tag in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
_INLINE = frozenset(w(tag) for tag in ("hyperlink", "smartTag", "sdt", "sdtContent",
                                       "customXml", "fldSimple", "dir", "bdo"))
_INSERTS = frozenset((w("ins"), w("moveTo")))
_DELETES = frozenset((w("del"), w("moveFrom")))
_TEXTS = frozenset((w("t"), w("delText")))
_BREAKS = frozenset((w("br"), w("cr")))


class Tracked(Enum):
    """Whether Word tracked a run (or a paragraph mark) as inserted or deleted."""

    NONE = "none"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class WordRun:
    """A run's text, whether it was tracked, and the formatting marked-up amendments use."""

    text: str
    tracked: Tracked
    struck: bool = False
    emphasised: bool = False  # bold or underlined

    def mark(self, tracking: bool) -> Mark:
        """What the run shows in a marked-up amendment: in a document with tracked changes,
        only they are marks (its bold is emphasis); otherwise its strike and bold are."""
        if self.tracked is Tracked.DELETED:
            return Mark.DELETED
        if self.tracked is Tracked.INSERTED:
            return Mark.INSERTED
        if self.struck and not tracking:
            return Mark.DELETED
        return Mark.INSERTED if self.emphasised and not tracking else Mark.KEPT


@dataclass(frozen=True, slots=True)
class WordParagraph:
    """One paragraph: its place in the document (1-based), runs, list and paragraph mark."""

    number: int
    runs: tuple[WordRun, ...]
    numbered: tuple[int, int] | None
    mark: Tracked = Tracked.NONE


def open_document(data: bytes, name: str):
    """The python-docx ``Document`` of a file's bytes; a corrupt file is a ``ReadError``."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError,
            XMLSyntaxError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReadError(f"{name}: a corrupt Word document ({reason})",
                        hint="open it in Word and save it again, or save it as text") from None


def _paragraph_elements(element) -> Iterator:
    """Every ``w:p`` in reading order, into tables (row by row) and content controls."""
    for child in element:
        if child.tag == w("p"):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _paragraph_elements(child)


def _run_elements(element, tracked: Tracked) -> Iterator:
    """Every ``w:r`` of a paragraph in order, with the tracked change it sits in."""
    for child in element:
        if child.tag == w("r"):
            yield child, tracked
        elif child.tag in _INSERTS:
            yield from _run_elements(child, Tracked.INSERTED)
        elif child.tag in _DELETES:
            yield from _run_elements(child, Tracked.DELETED)
        elif child.tag in _INLINE:
            yield from _run_elements(child, tracked)


def _run_text(r) -> str:
    parts = []
    for child in r:
        if child.tag in _TEXTS:
            parts.append(child.text or "")
        elif child.tag == w("tab"):
            parts.append("\t")
        elif child.tag in _BREAKS:
            parts.append("\n")
        elif child.tag == w("noBreakHyphen"):
            parts.append("-")
    return "".join(parts)


def _formatted(run, attribute: str) -> bool:
    """A run's effective strike, bold or underline: direct, else from its character style."""
    value = getattr(run.font, attribute)
    style = run.style if value is None else None
    while value is None and style is not None:
        value = getattr(style.font, attribute)
        style = style.base_style
    return bool(value)


def _word_run(r, tracked: Tracked, part) -> WordRun:
    from docx.text.run import Run as DocxRun

    run = DocxRun(r, part)
    struck = _formatted(run, "strike") or _formatted(run, "double_strike")
    emphasised = _formatted(run, "bold") or _formatted(run, "underline")
    return WordRun(_run_text(r), tracked, struck, emphasised)


def _mark_of(p) -> Tracked:
    properties = p.find(f"{w('pPr')}/{w('rPr')}")
    if properties is None:
        return Tracked.NONE
    if properties.find(w("del")) is not None:
        return Tracked.DELETED
    return Tracked.INSERTED if properties.find(w("ins")) is not None else Tracked.NONE


def _numbering(document) -> Numbering:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        numbering_xml = document.part.part_related_by(RT.NUMBERING).element
    except KeyError:
        numbering_xml = None
    return Numbering(numbering_xml, document.styles.element)


def word_paragraphs(data: bytes, name: str) -> tuple[tuple[WordParagraph, ...], Numbering]:
    """A Word file's paragraphs in reading order, and its numbering definitions."""
    document = open_document(data, name)
    numbering = _numbering(document)
    part = document.part
    paragraphs = []
    for number, p in enumerate(_paragraph_elements(document.element.body), start=1):
        runs = tuple(_word_run(r, tracked, part) for r, tracked in _run_elements(p, Tracked.NONE))
        paragraphs.append(WordParagraph(number, runs, numbering.reference(p), _mark_of(p)))
    return tuple(paragraphs), numbering


def _present(paragraph: WordParagraph, keeps: Callable[[WordRun], bool], gone: Tracked) -> bool:
    """Whether a paragraph stands in a reading: it has words there, or is empty everywhere."""
    if any(keeps(run) and run.text.strip() for run in paragraph.runs):
        return True
    return paragraph.mark is not gone and not any(run.text.strip() for run in paragraph.runs)


def labels(paragraphs: tuple[WordParagraph, ...], numbering: Numbering,
           keeps: Callable[[WordRun], bool], gone: Tracked) -> list[str]:
    """Each paragraph's list label in one reading ("" if unnumbered or absent from it)."""
    counter = numbering.counter()
    out = []
    for paragraph in paragraphs:
        present = paragraph.numbered is not None and _present(paragraph, keeps, gone)
        out.append(counter.label(paragraph.numbered) if present else "")
    return out


def docx_text(data: bytes, name: str, changes: Changes = Changes.ACCEPT) -> str:
    """A Word file's text: paragraphs with their list labels, a blank line between them."""
    paragraphs, numbering = word_paragraphs(data, name)
    hidden = Tracked.DELETED if changes is Changes.ACCEPT else Tracked.INSERTED

    def keeps(run: WordRun) -> bool:
        return run.tracked is not hidden

    shown = labels(paragraphs, numbering, keeps, hidden)
    out: list[str] = []
    carried = ""  # words of a paragraph whose mark was deleted run on into the next one
    for paragraph, label in zip(paragraphs, shown, strict=True):
        words = carried + "".join(run.text for run in paragraph.runs if keeps(run))
        if paragraph.mark is hidden and words.strip():
            carried = words
            continue
        carried = ""
        if words.strip():
            out.append(f"{label} {words.strip()}" if label else words.strip())
    if carried.strip():
        out.append(carried.strip())
    return "\n\n".join(out) + "\n"


def _refuse_joins(paragraphs: tuple[WordParagraph, ...], name: str, tracking: bool) -> None:
    """A tracked change that joins two paragraphs' words into one cannot be shown as marks."""
    def stays(paragraph: WordParagraph) -> bool:
        return any(r.mark(tracking) is not Mark.DELETED and r.text.strip()
                   for r in paragraph.runs)

    for paragraph, following in zip(paragraphs, paragraphs[1:], strict=False):
        if paragraph.mark is Tracked.DELETED and stays(paragraph) and stays(following):
            raise ReadError(
                f"a tracked change joins paragraphs {paragraph.number} and "
                f"{following.number} into one", span=Span(name, paragraph.number, 1),
                hint="accept or reject that change in Word, or write it as an instruction")


def docx_marked(data: bytes, name: str) -> MarkedDocument:
    """A Word file as marked-up text: each paragraph's runs kept, deleted or added.

    A run's place is given as line = the paragraph's number in the document and column = the
    character in that paragraph.  List labels are counted twice: without the added paragraphs
    (the text before the marks) and without the deleted ones (the text after)."""
    paragraphs, numbering = word_paragraphs(data, name)
    tracking = any(run.tracked is not Tracked.NONE for p in paragraphs for run in p.runs)
    before = labels(paragraphs, numbering, lambda r: r.mark(tracking) is not Mark.INSERTED,
                    Tracked.INSERTED)
    after = labels(paragraphs, numbering, lambda r: r.mark(tracking) is not Mark.DELETED,
                   Tracked.DELETED)
    _refuse_joins(paragraphs, name, tracking)
    blocks = []
    for paragraph, old, new in zip(paragraphs, before, after, strict=True):
        if not any(run.text.strip() for run in paragraph.runs):
            continue
        start = Span(name, paragraph.number, 1)
        runs = label_runs(old, new, start)
        column = 1
        for run in paragraph.runs:
            if run.text:
                runs.append(Run(run.text, run.mark(tracking),
                                Span(name, paragraph.number, column)))
                column += len(run.text)
        blocks.append(Block(tuple(runs), start))
    return MarkedDocument(tuple(blocks), name)
