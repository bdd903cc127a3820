"""One reader for every input document: plain text, an HTML page, or a Word file.

What a file is comes from its content, never its name: a zip holding ``word/document.xml`` is
Word, a text whose opening is HTML is HTML, and anything else is text (``source.decode``).
"""

from __future__ import annotations

import io
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from amend.errors import ReadError
from amend.text.html import html_to_text, looks_like_html
from amend.text.source import decode, read_bytes, source_of

if TYPE_CHECKING:
    from amend.text.marks import MarkedDocument

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, and other old Office files


class Changes(Enum):
    """How to read a Word file's tracked changes: as the document now stands, or as first
    written."""

    ACCEPT = "accept"
    REJECT = "reject"


class Kind(Enum):
    """What a document is, judged by its content."""

    TEXT = "text"
    HTML = "html"
    WORD = "word"


def _is_word(data: bytes, name: str) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise ReadError(f"{name}: a corrupt Word document (the zip archive is damaged)",
                        hint="open it in Word and save it again, or save it as text") from None
    if "word/document.xml" not in names:
        raise ReadError(f"{name}: a zip archive, not a Word document",
                        hint="give a .docx, .html or .txt file")
    return True


def kind_of(data: bytes, name: str) -> Kind:
    """Whether bytes are a Word file, an HTML page or text; formats we cannot read are a
    ``ReadError`` that says what the file is."""
    head = data[:8]
    if head.startswith(_ZIP) and _is_word(data, name):
        return Kind.WORD
    if head.startswith(_OLE):
        raise ReadError(f"{name}: an old Word (.doc) file, which cannot be read",
                        hint="save it as .docx or as plain text")
    if data.lstrip()[:5] == b"{\\rtf":
        raise ReadError(f"{name}: a Rich Text (.rtf) file, which cannot be read",
                        hint="save it as .docx or as plain text")
    if head.startswith(b"%PDF"):
        raise ReadError(f"{name}: a PDF, which cannot be read",
                        hint="copy its text into a .txt file")
    return Kind.HTML if looks_like_html(decode(data, name)) else Kind.TEXT


def document_text(data: bytes, name: str, changes: Changes = Changes.ACCEPT) -> str:
    """The text of a document's bytes, whatever kind it is (see ``read_document``)."""
    kind = kind_of(data, name)
    if kind is Kind.WORD:
        from amend.text.docx import docx_text

        text = docx_text(data, name, changes)
        if not text.strip():
            raise ReadError(f"{name}: the Word document has no text",
                            hint="expected the text of a motion or amendment")
        return text
    text = decode(data, name)
    return html_to_text(text) if kind is Kind.HTML else text


def read_document(path: str | Path | BinaryIO, changes: Changes = Changes.ACCEPT,
                  name: str | None = None) -> str:
    """The text of a .txt, .html or .docx file, judged by content: Word paragraphs with their
    list labels and tracked changes accepted (unless ``changes`` says otherwise), an HTML
    page's readable text, or decoded text."""
    return document_text(read_bytes(path, name), source_of(path, name), changes)


read_file = read_document  # the facade's name for it


def marked_document(data: bytes, name: str) -> MarkedDocument:
    """A Word file's or HTML page's bytes as marked-up text (struck words deleted, bold
    added); plain text has no marks to read, and is a ``ReadError``."""
    kind = kind_of(data, name)
    if kind is Kind.WORD:
        from amend.text.docx import docx_marked

        return docx_marked(data, name)
    if kind is Kind.HTML:
        from amend.text.html_marks import html_marked

        return html_marked(decode(data, name), name)
    raise ReadError(f"{name}: plain text cannot show struck-through or bold words",
                    hint="give the marked-up amendment as a .docx or .html file")


def read_marked(path: str | Path) -> MarkedDocument:
    """A Word file or HTML page as marked-up text (see ``marked_document``)."""
    return marked_document(read_bytes(path), str(path))
