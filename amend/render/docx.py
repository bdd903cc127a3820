"""A Word document whose tracked changes are the amendments: each deleted or inserted word a
real revision (``w:del`` with ``w:delText``, ``w:ins``) credited to its amendment, so that
Word's "Accept all" gives the motion as amended and "Reject all" the motion as moved.
Labels stay as typed text; sub-items are indented."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from amend.engine.apply import Result
from amend.errors import AmendError
from amend.motion.tree import Motion
from amend.render.tracked import TrackedParagraph, View, shown, track

INDENT_TWIPS = 720
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
WARNER = "amend"


@dataclass(frozen=True, slots=True)
class Revision:
    """The step (amendment) that inserted and the one that deleted a piece of text or a
    paragraph mark; None where none did."""

    inserted: int | None = None
    deleted: int | None = None


@dataclass(frozen=True, slots=True)
class Mark:
    """A paragraph mark: its revision, the depth it gives its paragraph, and the depth it gave
    before ``changed_by`` (only where the two differ)."""

    revision: Revision
    depth: int
    depth_before: int | None = None
    changed_by: int | None = None


def pieces(para: TrackedParagraph) -> list[tuple[str, Revision]]:
    """The paragraph's text as runs of one revision each.  The space before a word is in a
    view only when the word is and an earlier word is too; where it is in one view only, it
    belongs to the insertion or deletion that makes the difference."""
    out: list[tuple[str, Revision]] = []
    started_a = started_r = False
    last_inserted = last_deleted = None
    for word in para.words:
        a, r = shown(word, View.ACCEPTED), shown(word, View.REJECTED)
        space_a, space_r = a and started_a, r and started_r
        if space_a or space_r:
            out.append((" ", Revision(None if space_r else word.inserted or last_inserted,
                                      None if space_a else word.deleted or last_deleted)))
        out.append((word.text, Revision(word.inserted, word.deleted)))
        started_a, started_r = started_a or a, started_r or r
        last_inserted = word.inserted or last_inserted
        last_deleted = word.deleted or last_deleted
    merged: list[tuple[str, Revision]] = []
    for text, revision in out:
        if merged and merged[-1][1] == revision:
            merged[-1] = (merged[-1][0] + text, revision)
        elif text:
            merged.append((text, revision))
    return merged


def marks(paragraphs: Sequence[TrackedParagraph]) -> list[Mark]:
    """Each paragraph's mark.  A mark comes and goes with its paragraph; but a document's last
    mark always stays, so where the last paragraph is not in a view, the mark of the last
    paragraph that is goes in that view instead, and the last mark gives that paragraph's
    depth in that view (as Word records a paragraph added or deleted at the end)."""
    out = [Mark(Revision(p.inserted, p.deleted), p.depth) for p in paragraphs]
    last = paragraphs[-1]
    for view in View:
        kept = [i for i, p in enumerate(paragraphs) if shown(p, view)]
        if shown(last, view) or not kept:
            continue
        para = paragraphs[kept[-1]]
        out[kept[-1]] = Mark(Revision(para.inserted or last.inserted,
                                      para.deleted or last.deleted), para.depth)
        now, before = ((para.depth, last.depth) if view is View.ACCEPTED
                       else (last.depth, para.depth))
        out[-1] = Mark(Revision(), now, before if before != now else None,
                       last.deleted or last.inserted)
    return out


class _Writer:
    """Writes tracked paragraphs into a python-docx document, numbering the revisions."""

    def __init__(self, authors: Sequence[str] | None, when: datetime) -> None:
        self.authors = list(authors or [])
        self.date = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.next_id = 1

    def author(self, step: int) -> str:
        named = self.authors[step - 1] if step <= len(self.authors) else ""
        return named or f"Amendment {step}"

    def stamped(self, tag: str, step: int):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        element = OxmlElement(tag)
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), self.author(step))
        element.set(qn("w:date"), self.date)
        self.next_id += 1
        return element

    def run(self, text: str, revision: Revision):
        """A run of text, inside ``w:ins`` and/or ``w:del`` (as ``w:delText``) as revised."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        odd = NOT_XML.search(text)
        if odd:
            raise AmendError(f"the text holds the control character U+{ord(odd.group()):04X}, "
                             "which a Word document cannot hold",
                             hint=f"remove it from “{text.strip()[:40]}”")
        run = OxmlElement("w:r")
        body = OxmlElement("w:delText" if revision.deleted else "w:t")
        body.set(qn("xml:space"), "preserve")
        body.text = text
        run.append(body)
        if revision.deleted:
            deletion = self.stamped("w:del", revision.deleted)
            deletion.append(run)
            run = deletion
        if revision.inserted:
            insertion = self.stamped("w:ins", revision.inserted)
            insertion.append(run)
            run = insertion
        return run

    def paragraph(self, paragraph, para: TrackedParagraph, mark: Mark) -> None:
        """Fill a python-docx paragraph: indentation, mark revision, then the runs."""
        from docx.oxml import OxmlElement
        from docx.shared import Twips

        if mark.depth:
            paragraph.paragraph_format.left_indent = Twips(INDENT_TWIPS * mark.depth)
        if mark.revision != Revision():
            run_properties = OxmlElement("w:rPr")
            if mark.revision.inserted:
                run_properties.append(self.stamped("w:ins", mark.revision.inserted))
            if mark.revision.deleted:
                run_properties.append(self.stamped("w:del", mark.revision.deleted))
            paragraph._p.get_or_add_pPr().append(run_properties)
        if mark.depth_before is not None:
            paragraph._p.get_or_add_pPr().append(
                self.property_change(mark.depth_before, mark.changed_by))
        for text, revision in pieces(para):
            paragraph._p.append(self.run(text, revision))

    def property_change(self, depth: int, step: int):
        """A ``w:pPrChange`` recording that the paragraph was at ``depth`` before ``step``."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        change = self.stamped("w:pPrChange", step)
        before = OxmlElement("w:pPr")
        if depth:
            indent = OxmlElement("w:ind")
            indent.set(qn("w:left"), str(INDENT_TWIPS * depth))
            before.append(indent)
        change.append(before)
        return change


def render_docx(original: Motion, result: Result, authors: Sequence[str] | None = None,
                when: datetime | None = None, title: str = "Motion as amended") -> bytes:
    """A .docx of ``original`` with the changes that give ``result.motion`` as tracked changes.

    Each amendment's changes (one step of ``result.stages``; a result without stages is one
    step) are credited to ``authors[k - 1]`` where given, else to "Amendment k"; all carry the
    date ``when`` (now, by default).  ``title`` is the document's title property.  Each of
    the result's warnings is a comment at the start of the text.
    """
    from docx import Document
    from docx.shared import Mm, Pt

    paragraphs = track(original, result.stages or (result.motion,))
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    document.styles["Normal"].paragraph_format.space_after = Pt(6)
    when = when or datetime.now(UTC)
    properties = document.core_properties
    properties.author = properties.last_modified_by = WARNER
    properties.title, properties.created, properties.modified = title, when, when
    if result.unverified:
        properties.title = f"{title} (unverified: see the comments)"
    properties.comments = "Tracked changes written by amend"
    writer = _Writer(authors, when)
    anchor = None
    for para, mark in zip(paragraphs, marks(paragraphs), strict=True):
        paragraph = document.add_paragraph()
        if result.warnings and anchor is None:
            anchor = paragraph.add_run()  # where the warnings are noted
        writer.paragraph(paragraph, para, mark)
    for warning in result.warnings:
        document.add_comment(anchor, text=f"Warning: {warning}", author=WARNER, initials="")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
