"""``amend apply MOTION AMENDMENT...``: the motion as amended, with a redline on a terminal."""

import sys
from pathlib import Path
from typing import Annotated

import typer

import amend
from amend_cli.failure import UNVERIFIED, reports_errors, warn
from amend_cli.formats import ApplyFormat as Format
from amend_cli.formats import deliver
from amend_cli.inputs import (
    read_amendment_file,
    read_motion_file,
    refuse_output_among_inputs,
    source_name,
)
from amend_cli.output import emit, to_stdout


@reports_errors
def apply(
    motion: Annotated[Path, typer.Argument(help="The motion as moved: a text file (- reads "
                                                "standard input).")],
    amendments: Annotated[list[Path], typer.Argument(help="Amendments, in the order voted.")],
    carried: Annotated[list[str] | None, typer.Option(
        "--carried", help="What carried, one per amendment in order: 1,2 or 3(g)(h), all or "
                          "none. Amendments without one carried in full.")] = None,
    format: Annotated[Format | None, typer.Option(
        "--format", help="text (the default when piped), redline, json, html (a page), "
                         "or docx (Word, the amendments as tracked changes).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file (whole or not at all); - is standard "
                               "output.")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Quoted words in several places with nothing to say which are an "
                         "error, not a warning.")] = False,
) -> None:
    """Apply carried amendments to a motion and print the resolved text: exit 0, or 1 when
    the result is unverified (a quotation never closed, a printed result that differs)."""
    from amend.render.text import render_result_text, unverified_note

    refuse_output_among_inputs(output, [motion, *amendments])
    tree = read_motion_file(motion)
    readings = [read_amendment_file(path, tree) for path in amendments]
    specs = list(carried or [])
    if len(specs) > len(readings):
        raise amend.CarriedSpecError(
            f"{len(specs)} --carried given for {len(readings)} amendment(s)",
            hint="give one --carried per amendment, in order")
    result = amend.resolve(tree, readings, specs, strict=strict)
    for warning in result.warnings:
        warn(warning)
    chosen = format or (None if to_stdout(output) and sys.stdout.isatty() else Format.text)
    if chosen is None:
        from amend_cli.terminal import print_result
        print_result(result)
    elif chosen is Format.json:
        emit(amend.render_json(result, [source_name(path) for path in amendments]), output)
    elif chosen is Format.redline:
        emit(unverified_note(result)
             + amend.render_redline_plain(amend.redline_lines(result.original, result.motion)),
             output)
    elif chosen is Format.html:
        from amend.render.html import render_html
        deliver(render_html(result.original, result, f"Motion as amended: {motion.name}"),
                output)
    elif chosen is Format.docx:
        from amend.render.docx import render_docx
        deliver(render_docx(result.original, result), output)
    else:
        emit(render_result_text(result), output)
    if result.unverified:
        raise typer.Exit(UNVERIFIED)
