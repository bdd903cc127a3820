"""``amend check``: is the recorded resolution the motion as amended?  Where not?"""

import sys
from pathlib import Path
from typing import Annotated

import typer

import amend
from amend_cli.failure import reports_errors, warn
from amend_cli.formats import CheckFormat as Format
from amend_cli.formats import corrected, corrected_note, deliver
from amend_cli.inputs import (
    read_amendment_file,
    read_motion_file,
    refuse_output_among_inputs,
    warn_of_layout_guesses,
)
from amend_cli.output import emit, to_stdout

DIFFERS = 1


@reports_errors
def check(
    inputs: Annotated[list[Path] | None, typer.Argument(
        help="The motion, then its amendments in the order voted.")] = None,
    against: Annotated[Path, typer.Option(
        "--against", help="The resolution as recorded in the minutes.")] = ...,
    expected: Annotated[Path | None, typer.Option(
        "--expected", help="Compare with this text instead of applying amendments.")] = None,
    carried: Annotated[list[str] | None, typer.Option(
        "--carried", help="What carried, one per amendment in order: 1,2 or 3(g)(h), all or "
                          "none.")] = None,
    format: Annotated[Format | None, typer.Option(
        "--format", help="text (the default), json, html (a page), or docx (Word: the "
                         "record's errors as tracked changes).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the resolution as it should have been recorded to this "
                               "file, in --format (whole or not at all); - is standard "
                               "output.")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Quoted words in several places with nothing to say which are an "
                         "error, not a warning.")] = False,
) -> None:
    """Check a recorded resolution: exit 0 if it matches, 1 if it differs, 2 on bad input."""
    refuse_output_among_inputs(output, [*(inputs or []), against, expected])
    if expected is not None:
        if inputs:
            raise amend.AmendError("give either --expected or a motion and amendments, not both")
        should_be = read_motion_file(expected)
        warn_of_layout_guesses(should_be, "the expected text's ")
    else:
        if not inputs:
            raise amend.AmendError("nothing to check against",
                                   hint="give the motion and amendments, or --expected TEXT")
        motion = read_motion_file(inputs[0])
        readings = [read_amendment_file(path, motion) for path in inputs[1:]]
        result = amend.resolve(motion, readings, list(carried or []), strict=strict)
        for warning in result.warnings:  # how the text the record should have was read
            warn(warning)
        should_be = result.motion
    record = read_motion_file(against)
    warn_of_layout_guesses(record, "the record's ")
    report = amend.check(should_be, record)
    document_only = to_stdout(output) and format in (Format.html, Format.docx)
    if not to_stdout(output) or document_only:
        deliver(corrected(format or Format.text, report, record, should_be, str(against)),
                output)
    if document_only:
        pass
    elif format is Format.json and to_stdout(output):
        emit(amend.render_report_json(report, record, should_be), None)
    elif format is None and sys.stdout.isatty():
        from amend_cli.terminal import print_report
        print_report(report)
        emit(corrected_note(report, record, should_be), None)
    else:
        emit(amend.render_report_plain(report) + corrected_note(report, record, should_be), None)
    if not report.matches:
        raise typer.Exit(DIFFERS)
