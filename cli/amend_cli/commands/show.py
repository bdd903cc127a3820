"""``amend show MOTION``: the motion tree as it was read."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

import amend
from amend_cli.failure import read_input, reports_errors


@reports_errors
def show(motion: Annotated[Path, typer.Argument(help="The motion: a text file.")]) -> None:
    """Show how a motion was read: preamble, paragraphs, labels and sub-lists."""
    tree = amend.read_motion(read_input(motion), source=str(motion))
    if sys.stdout.isatty():
        from amend_cli.terminal import print_tree
        print_tree(tree, title=str(motion))
    else:
        sys.stdout.write(amend.render_outline(tree))
