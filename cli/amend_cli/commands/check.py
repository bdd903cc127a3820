"""``amend check``: is the recorded resolution the motion as amended?  Where not?"""

import sys
from pathlib import Path
from typing import Annotated

import typer

import amend
from amend_cli.failure import reports_errors
from amend_cli.formats import Format
from amend_cli.inputs import read_amendment_file, read_motion_file, refuse_output_among_inputs
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
        "--carried", help="What carried, one per amendment in order: 1,2 or 3(g)(h).")] = None,
    format: Annotated[Format | None, typer.Option(
        "--format", help="text (the default) or json.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file (whole or not at all); - is standard "
                               "output.")] = None,
) -> None:
    """Check a recorded resolution: exit 0 if it matches, 1 if it differs, 2 on bad input."""
    refuse_output_among_inputs(output, [*(inputs or []), against, expected])
    if expected is not None:
        if inputs:
            raise amend.AmendError("give either --expected or a motion and amendments, not both")
        should_be = read_motion_file(expected)
    else:
        if not inputs:
            raise amend.AmendError("nothing to check against",
                                   hint="give the motion and amendments, or --expected TEXT")
        motion = read_motion_file(inputs[0])
        readings = [read_amendment_file(path, motion) for path in inputs[1:]]
        should_be = amend.resolve(motion, readings, list(carried or [])).motion
    record = read_motion_file(against)
    report = amend.check(should_be, record)
    if format is Format.json:
        emit(amend.render_report_json(report), output)
    elif format is None and to_stdout(output) and sys.stdout.isatty():
        from amend_cli.terminal import print_report
        print_report(report)
    else:
        emit(amend.render_report_plain(report), output)
    if not report.matches:
        raise typer.Exit(DIFFERS)
