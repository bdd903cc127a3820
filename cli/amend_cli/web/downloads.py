"""The files the page offers: the resolved text as .txt, a standalone .html redline, and a
.docx whose tracked changes are the amendments."""

from __future__ import annotations

from enum import StrEnum

from fastapi.responses import Response


class Download(StrEnum):
    """A kind of file to download, named by its suffix."""

    txt = "txt"
    html = "html"
    docx = "docx"

    @property
    def media_type(self) -> str:
        return _MEDIA_TYPES[self]


_MEDIA_TYPES = {
    Download.txt: "text/plain; charset=utf-8",
    Download.html: "text/html; charset=utf-8",
    Download.docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _body(kind: Download, result) -> bytes:
    import amend

    if kind is Download.txt:
        return amend.render_text(result.motion).encode("utf-8")
    if kind is Download.html:
        from amend.render.html import render_html

        return render_html(result.original, result).encode("utf-8")
    from amend.render.docx import render_docx

    return render_docx(result.original, result)


def download(kind: Download, result) -> Response:
    """The resolved motion as a file of ``kind``, to be saved."""
    return Response(_body(kind, result), media_type=kind.media_type, headers={
        "Content-Disposition": f'attachment; filename="resolved.{kind.value}"'})
