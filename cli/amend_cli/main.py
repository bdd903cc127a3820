"""The ``amend`` application: registers one command per module under ``commands/``."""

from __future__ import annotations

from typing import Annotated

import typer

from amend_cli.commands import apply, check, draft, explain, minutes, serve, show

app = typer.Typer(
    name="amend",
    help="Apply council amendments to motions and check resolutions recorded in minutes.",
    no_args_is_help=True,
    add_completion=False,
)
app.command("show")(show.show)
app.command("apply")(apply.apply)
app.command("explain")(explain.explain)
app.command("check")(check.check)
app.command("minutes")(minutes.minutes)
app.command("draft")(draft.draft)
app.command("serve")(serve.serve)


def _version(value: bool) -> None:
    if value:
        import amend
        typer.echo(f"amend {amend.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Apply council amendments to motions and check resolutions recorded in minutes."""


def run() -> None:
    """Console-script entry point."""
    app()
