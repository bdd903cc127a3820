"""``amend show MOTION``: the motion tree as it was read."""

import sys
from pathlib import Path
from typing import Annotated

import typer

import amend
from amend_cli.failure import reports_errors
from amend_cli.formats import ShowFormat as Format
from amend_cli.inputs import (
    read_motion_file,
    refuse_output_among_inputs,
    source_name,
    warn_of_layout_guesses,
)
from amend_cli.output import emit, to_stdout


@reports_errors
def show(
    motion: Annotated[Path, typer.Argument(help="The motion: a text file (- reads standard "
                                                "input).")],
    format: Annotated[Format | None, typer.Option(
        "--format", help="text (the default) or json.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file (whole or not at all); - is standard "
                               "output.")] = None,
) -> None:
    """Show how a motion was read: preamble, paragraphs, labels and sub-lists."""
    refuse_output_among_inputs(output, [motion])
    tree = read_motion_file(motion)
    warn_of_layout_guesses(tree)
    if format is Format.json:
        from amend.render.json import render_show_json
        emit(render_show_json(tree, source_name(motion)), output)
    elif format is None and to_stdout(output) and sys.stdout.isatty():
        from amend_cli.terminal import print_tree
        print_tree(tree, title=source_name(motion))
    else:
        emit(amend.render_outline(tree), output)
