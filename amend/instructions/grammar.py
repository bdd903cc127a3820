"""Loading the instruction grammar once: from the installed package, or the checkout."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

CHECKOUT_GRAMMARS = Path(__file__).resolve().parents[2] / "grammar"


def grammar_text(name: str = "amendment.lark") -> str:
    """A grammar's text: ``amend/_grammar`` in a wheel, else ``grammar/`` beside the package."""
    packaged = resources.files("amend").joinpath("_grammar", name)
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (CHECKOUT_GRAMMARS / name).read_text(encoding="utf-8")


@cache
def instruction_parser():
    """The LALR parser of instruction skeletons (contextual lexer, built once, cached)."""
    from lark import Lark

    return Lark(grammar_text(), parser="lalr", lexer="contextual", cache=True,
                propagate_positions=False, maybe_placeholders=False)

