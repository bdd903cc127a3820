"""``amend minutes ITEM...``: read minutes items, apply what carried, verify the record."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

import amend
from amend.render.minutes import render_item, render_minutes_json, render_table
from amend_cli.failure import BAD_INPUT, describe, read_input, reports_errors
from amend_cli.formats import MinutesFormat as Format
from amend_cli.formats import deliver, item_document, item_note, refuse

ITEM_SUFFIXES = (".txt", ".html", ".htm")
DIFFERS = 1


def exit_status(result) -> int:
    """An item's exit status: 0 verified or nothing to verify, 1 differs, 2 unreadable."""
    if result is None:
        return BAD_INPUT
    return DIFFERS if result.verdict is amend.Verdict.DIFFERS else 0


def _expand(paths: list[Path]) -> list[Path]:
    """Files as given, and the minutes items (.txt, .html) inside folders, in name order."""
    out = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in ITEM_SUFFIXES))
        else:
            out.append(path)
    return out


@reports_errors
def minutes(
    items: Annotated[list[Path], typer.Argument(help="Minutes items (text or HTML) or folders.")],
    format: Annotated[Format | None, typer.Option(
        "--format", help="text (the default), json, or for one item html (a page) or docx "
                         "(Word: the amendments, or the record's errors, as tracked "
                         "changes).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="For one item: write the resolution (as it should have been "
                               "recorded, where the record differs) to this file, in "
                               "--format.")] = None,
) -> None:
    """Verify minutes: exit 0 if every record checks, 1 if any differs, 2 if any is unreadable."""
    files = _expand(items)
    if not files:
        raise amend.ReadError("no minutes items found", hint="give .txt or .html files or folders")
    document_only = output is None and format in (Format.html, Format.docx)
    if (output is not None or document_only) and len(files) != 1:
        refuse(f"{'-o' if output else '--format ' + format} writes one minutes item's "
               f"resolution; {len(files)} items were given")
    results = []
    for path in files:
        try:
            item = amend.read_minutes(read_input(path), source=str(path))
            results.append((str(path), amend.verify(item), ""))
        except amend.AmendError as error:
            if len(files) == 1:
                raise
            results.append((str(path), None, describe(error).splitlines()[0]))
        except Exception as error:  # a fault in amend on this item: say so, go on to the next
            if len(files) == 1:
                raise
            results.append((str(path), None, f"internal error ({type(error).__name__}: "
                                             f"{error}); please report it with the file"))
    if output is not None or document_only:
        deliver(item_document(format or Format.text, results[0][1]), output)
    if document_only:
        pass
    elif format is Format.json and output is None:
        sys.stdout.write(render_minutes_json(results))
    elif len(results) == 1:
        sys.stdout.write(render_item(results[0][1]) + item_note(results[0][1]))
    else:
        sys.stdout.write(render_table(results))
    status = max(exit_status(result) for _, result, _ in results)
    if status:
        raise typer.Exit(status)
