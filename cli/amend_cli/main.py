"""The ``amend`` application: one command per module under ``commands/``, each imported and
built only when it runs; ``amend --help`` lists them from their summaries here, importing
none, so start-up stays cheap."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import Annotated

import typer
from typer.core import TyperGroup

# Command name (its module under amend_cli.commands, and the function there) -> its summary
# for ``amend --help``: the function's docstring (its words, whatever their line breaks),
# which tests/test_startup.py holds it to.
COMMANDS = {
    "show": "Show how a motion was read: preamble, paragraphs, labels and sub-lists.",
    "apply": "Apply carried amendments to a motion and print the resolved text: exit 0, or 1 "
             "when the result is unverified (a quotation never closed, a printed result that "
             "differs).",
    "explain": "Say in plain words what each part of an amendment does.",
    "check": "Check a recorded resolution: exit 0 if it matches, 1 if it differs, 2 on bad "
             "input.",
    "minutes": "Verify minutes: exit 0 if every record checks, 1 if any differs or is "
               "unverified, 2 if any is unreadable.",
    "draft": "Draft the amendment that turns MOTION into EDITED; amend apply turns it back.",
    "serve": "Start the web page on this machine and print its address.",
    "schema": "Print the JSON Schema (draft 2020-12) of the JSON every command writes.",
}


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

    def format_commands(self, ctx, formatter) -> None:
        """The commands and their summaries, none of them imported."""
        with formatter.section("Commands"):
            formatter.write_dl(list(COMMANDS.items()))


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
    """Console-script entry point. When the command is done, everything still alive (the
    modules, the parsers, the texts read) is frozen out of the cycle collector: the process is
    about to end, and the full collection Python runs as it shuts down would walk all of it,
    a seventh of a small command's time, to find nothing worth a finaliser."""
    try:
        app()
    finally:
        gc.freeze()
