"""``amend minutes ITEM...``: read minutes items, apply what carried, verify the record."""

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

import amend
from amend_cli.failure import BAD_INPUT, describe, reports_errors, warn
from amend_cli.folders import Items, expand_items
from amend_cli.formats import MinutesFormat as Format
from amend_cli.formats import deliver, item_document, item_note, refuse
from amend_cli.inputs import STDIN, read_input, refuse_output_among_inputs, source_name
from amend_cli.output import emit, to_stdout
from amend_cli.progress import counting

Row = tuple[str, "amend.ItemReport | None", str]
DIFFERS = 1


def exit_status(result) -> int:
    """An item's exit status: 0 verified or nothing to verify, 1 differs or unverified (as
    ``amend apply`` exits 1 for an unverified result), 2 unreadable."""
    if result is None:
        return BAD_INPUT
    return DIFFERS if result.verdict in (amend.Verdict.DIFFERS, amend.Verdict.UNVERIFIED) else 0


def _verify(path: Path) -> Row:
    """One item's row: its name, its report, or the first line of what stopped it (a fault in
    amend on one item is reported in its row, and the run goes on)."""
    try:
        item = amend.read_minutes(read_input(path), source=source_name(path))
        return source_name(path), amend.verify(item), ""
    except amend.AmendError as error:
        return source_name(path), None, describe(error).splitlines()[0]
    except Exception as error:  # noqa: BLE001 - a fault in amend, not in the item
        return source_name(path), None, (f"internal error ({type(error).__name__}: {error}); "
                                         "please report it with the file")


def _cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _verify_all(files: tuple[Path, ...], jobs: int) -> list[Row]:
    """Every item's row, in the order given, with progress on a terminal: the first item here
    (which loads the parsers, so that forked workers start with them), the rest in ``jobs``
    worker processes."""
    rows = []
    with counting(len(files), "items") as done:
        for row in _rows(files, jobs):
            rows.append(row)
            done()
    return rows


def _rows(files: tuple[Path, ...], jobs: int) -> Iterator[Row]:
    """Each item's row as it is ready, in the order given."""
    if jobs <= 1 or len(files) < 3 or any(str(path) == STDIN for path in files):
        yield from map(_verify, files)
        return
    from concurrent.futures import ProcessPoolExecutor

    yield _verify(files[0])
    rest = files[1:]
    workers = min(jobs, len(rest))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_verify, rest, chunksize=max(1, len(rest) // (workers * 8)))


def _name_skipped(found: Items) -> None:
    """Name on stderr each file in the folders that is not read, and why."""
    for skipped in found.skipped:
        warn(skipped)


def _summary(results: list[Row], skipped: int) -> str:
    """What is printed: one item's findings (and its corrected resolution), or a row per item
    and the total; then the count of files in the folders passed over (each named above)."""
    from amend.render.minutes import render_item, render_table

    if len(results) == 1:
        text = render_item(results[0][1]) + item_note(results[0][1])
    else:
        text = render_table(results)
    if skipped:
        text += f"{skipped} file{'s' * (skipped != 1)} in the folders skipped (named on stderr)\n"
    return text


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
                               "--format; - is standard output.")] = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="Items read at once, in separate processes "
                                    "(default: the number of CPUs).")] = None,
) -> None:
    """Verify minutes: exit 0 if every record checks, 1 if any differs or is unverified, 2 if any
    is unreadable."""
    from amend.render.minutes import render_minutes_json

    found = expand_items(items)
    files = found.files
    if not files:
        _name_skipped(found)
        raise amend.ReadError("no minutes items found",
                              hint="give text, HTML or Word (.docx) files, or folders of them")
    refuse_output_among_inputs(output, files)
    document_only = to_stdout(output) and format in (Format.html, Format.docx)
    one_document = format is not Format.json and (not to_stdout(output) or document_only)
    if one_document and len(files) != 1:
        refuse(f"{'--format ' + format if document_only else '-o'} writes one minutes item's "
               f"resolution; {len(files)} items were given")
    _name_skipped(found)
    if len(files) == 1:
        path = files[0]
        item = amend.read_minutes(read_input(path), source=source_name(path))
        results = [(source_name(path), amend.verify(item), "")]
    else:
        results = _verify_all(files, jobs or _cpus())
    if format is Format.json:
        emit(render_minutes_json(results), output)
    elif one_document:
        deliver(item_document(format or Format.text, results[0][1]), output)
    if not document_only and not (format is Format.json and to_stdout(output)):
        emit(_summary(results, len(found.skipped)), None)
    status = max(exit_status(result) for _, result, _ in results)
    if status:
        raise typer.Exit(status)
