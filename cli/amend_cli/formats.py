"""Output formats: each command offers only the formats it can produce (typer refuses any
other as a usage error), and writes documents to stdout or to ``-o FILE``."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

import amend
from amend_cli.output import emit, to_stdout

USAGE = 2


class Format(StrEnum):
    """Text formats (the commands below each have their own list)."""

    text = "text"
    redline = "redline"
    json = "json"


class ApplyFormat(StrEnum):
    """What ``amend apply`` writes."""

    text = "text"
    redline = "redline"
    json = "json"
    html = "html"
    docx = "docx"


class ReportFormat(StrEnum):
    """What ``amend check`` and ``amend minutes`` write."""

    text = "text"
    json = "json"
    html = "html"
    docx = "docx"


class ReadingFormat(StrEnum):
    """What ``amend show``, ``amend explain`` and ``amend draft`` write."""

    text = "text"
    json = "json"


CheckFormat = MinutesFormat = ReportFormat
ShowFormat = ExplainFormat = DraftFormat = ReadingFormat
CORRECTOR = "amend check"
CORRECTED = "The resolution as it should have been recorded"


def refuse(message: str) -> None:
    """Stop with a one-line usage message and exit status 2."""
    print(f"amend: {message}", file=sys.stderr)
    raise typer.Exit(USAGE)


def deliver(document: str | bytes, output: Path | None) -> None:
    """Write a document through ``emit``; a binary one (docx) never to a terminal."""
    if isinstance(document, bytes) and to_stdout(output) and sys.stdout.isatty():
        refuse("--format docx writes a Word file: give -o FILE.docx")
    emit(document, output)


def corrected_note(report: amend.Report, recorded: amend.Motion,
                   expected: amend.Motion) -> str:
    """Printed after the differences when the record differs in substance: the resolution as
    it should have been recorded (nothing when the record holds)."""
    from amend.render.corrected import corrected_resolution

    if report.matches:
        return ""
    return f"\n{CORRECTED}:\n\n{amend.render_text(corrected_resolution(expected, recorded))}"


def item_note(verified: amend.ItemReport) -> str:
    """``corrected_note`` for a minutes item."""
    if verified.report is None or verified.result is None:
        return ""
    return corrected_note(verified.report, verified.item.resolution, verified.result.motion)


def corrected(chosen: ReportFormat, report: amend.Report, recorded: amend.Motion,
              expected: amend.Motion, title: str) -> str | bytes:
    """The resolution as it should have been recorded, in ``chosen``; in docx the record with
    its errors as tracked changes (accept all: the corrected text; reject all: the record)."""
    from amend.render.corrected import corrected_resolution

    expected = corrected_resolution(expected, recorded)
    fixed = amend.Result(expected, recorded, ())
    if chosen is ReportFormat.json:
        return amend.render_report_json(report, recorded, expected)
    if chosen is ReportFormat.html:
        from amend.render.html import render_check_html
        return render_check_html(report, recorded, expected, title)
    if chosen is ReportFormat.docx:
        from amend.render.docx import render_docx
        return render_docx(recorded, fixed, [CORRECTOR], title=CORRECTED)
    return amend.render_text(expected)


def applied(chosen: ReportFormat, result: amend.Result, title: str,
            movers: tuple[str, ...] = (), report: amend.Report | None = None) -> str | bytes:
    """The motion as amended, in ``chosen``; in docx each amendment's changes tracked and
    credited to its mover (or "Amendment k" where the mover is not named)."""
    if chosen is ReportFormat.json:
        return amend.render_json(result)
    if chosen is ReportFormat.html:
        from amend.render.html import render_html
        return render_html(result.original, result, title, movers, report)
    if chosen is ReportFormat.docx:
        from amend.render.docx import render_docx
        return render_docx(result.original, result, movers)
    return amend.render_text(result.motion)


def item_document(chosen: ReportFormat, verified: amend.ItemReport) -> str | bytes:
    """A minutes item's document: where the record differs in substance, the resolution as it
    should have been recorded; else the motion with the amendments carried; else (no motion)
    the resolution recorded."""
    title, report, result = verified.item.source, verified.report, verified.result
    if report is not None and result is not None and not report.matches:
        return corrected(chosen, report, verified.item.resolution, result.motion, title)
    if result is not None:
        return applied(chosen, result, title, verified.movers, report)
    resolution = verified.item.resolution
    if resolution is None:
        raise amend.ReadError(f"{title}: no motion and no resolution to write")
    return applied(chosen, amend.Result(resolution, resolution, ()), title)
