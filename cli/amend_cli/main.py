"""The ``amend`` application: one command per module under ``commands/``, each imported and
built only when it runs (or when ``--help`` lists them), so start-up stays cheap."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import Annotated

import typer
from typer.core import TyperGroup

# Command name -> its module under amend_cli.commands (the function has the command's name).
COMMANDS = ("show", "apply", "explain", "check", "minutes", "draft", "serve", "schema")


class _LazyCommands(Mapping):
    """The commands by name; each is imported and built on first use."""

    def __init__(self) -> None:
        self._built: dict = {}

    def __getitem__(self, name: str):
        if name not in COMMANDS:
            raise KeyError(name)
        if name not in self._built:
            module = import_module(f"amend_cli.commands.{name}")
            info = typer.models.CommandInfo(name=name, callback=getattr(module, name))
            self._built[name] = typer.main.get_command_from_info(
                info, pretty_exceptions_short=True, rich_markup_mode=None)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)


class LazyGroup(TyperGroup):
    """A Typer group whose commands are loaded only when asked for."""

    def __init__(self, **settings) -> None:
        super().__init__(**settings)
        self.commands = _LazyCommands()


app = typer.Typer(
    name="amend",
    cls=LazyGroup,
    help="Apply council amendments to motions and check resolutions recorded in minutes.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # plain help: rich is imported only for a terminal's redline
    pretty_exceptions_enable=False,
)


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
