"""``amend minutes ITEM...``: read minutes items, apply what carried, verify the record."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import amend
from amend_cli.failure import describe, reports_errors
from amend_cli.formats import Format
from amend_cli.inputs import expand_items, read_input, refuse_output_among_inputs, source_name
from amend_cli.output import emit


def _verify(path: Path) -> tuple[str, amend.ItemReport | None, str]:
    """One item's row: its name, its report, or the first line of the error that stopped it."""
    try:
        item = amend.read_minutes(read_input(path), source=source_name(path))
        return source_name(path), amend.verify(item), ""
    except amend.AmendError as error:
        return source_name(path), None, describe(error).splitlines()[0]


@reports_errors
def minutes(
    items: Annotated[list[Path], typer.Argument(help="Minutes items (text or HTML) or folders.")],
    format: Annotated[Format | None, typer.Option(
        "--format", help="text (the default) or json.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file (whole or not at all); - is standard "
                               "output.")] = None,
) -> None:
    """Verify minutes: exit 0 if every record checks, 1 if any differs, 2 if any is unreadable."""
    from amend.render.minutes import UNREADABLE, render_item, render_minutes_json, render_table

    files = expand_items(items)
    if not files:
        raise amend.ReadError("no minutes items found", hint="give .txt or .html files or folders")
    refuse_output_among_inputs(output, files)
    if len(files) == 1:
        path = files[0]
        item = amend.read_minutes(read_input(path), source=source_name(path))
        results = [(source_name(path), amend.verify(item), "")]
    else:
        results = [_verify(path) for path in files]
    if format is Format.json:
        emit(render_minutes_json(results), output)
    elif len(results) == 1:
        emit(render_item(results[0][1]), output)
    else:
        emit(render_table(results), output)
    status = max(UNREADABLE if r is None else r.status for _, r, _ in results)
    if status:
        raise typer.Exit(status)
