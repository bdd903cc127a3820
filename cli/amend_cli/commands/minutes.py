"""``amend minutes ITEM...``: read minutes items, apply what carried, verify the record."""

import os
from pathlib import Path
from typing import Annotated

import typer

import amend
from amend_cli.failure import describe, reports_errors
from amend_cli.formats import Format
from amend_cli.inputs import (
    STDIN,
    expand_items,
    read_input,
    refuse_output_among_inputs,
    source_name,
)
from amend_cli.output import emit

Row = tuple[str, "amend.ItemReport | None", str]


def _verify(path: Path) -> Row:
    """One item's row: its name, its report, or the first line of the error that stopped it."""
    try:
        item = amend.read_minutes(read_input(path), source=source_name(path))
        return source_name(path), amend.verify(item), ""
    except amend.AmendError as error:
        return source_name(path), None, describe(error).splitlines()[0]


def _cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _verify_all(files: list[Path], jobs: int) -> list[Row]:
    """Every item's row, in the order given: the first item here (which loads the parsers, so
    that forked workers start with them), the rest in ``jobs`` worker processes."""
    if jobs <= 1 or len(files) < 3 or any(str(path) == STDIN for path in files):
        return [_verify(path) for path in files]
    from concurrent.futures import ProcessPoolExecutor

    first = _verify(files[0])
    rest = files[1:]
    workers = min(jobs, len(rest))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, len(rest) // (workers * 8))
        return [first, *pool.map(_verify, rest, chunksize=chunk)]


@reports_errors
def minutes(
    items: Annotated[list[Path], typer.Argument(help="Minutes items (text or HTML) or folders.")],
    format: Annotated[Format | None, typer.Option(
        "--format", help="text (the default) or json.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file (whole or not at all); - is standard "
                               "output.")] = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="Items read at once, in separate processes "
                                    "(default: the number of CPUs).")] = None,
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
        results = _verify_all(files, jobs or _cpus())
    if format is Format.json:
        emit(render_minutes_json(results), output)
    elif len(results) == 1:
        emit(render_item(results[0][1]), output)
    else:
        emit(render_table(results), output)
    status = max(UNREADABLE if r is None else r.status for _, r, _ in results)
    if status:
        raise typer.Exit(status)
