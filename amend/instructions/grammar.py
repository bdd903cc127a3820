"""Loading the grammars: their text from the installed package or the checkout, and their LALR
parsers, built once per grammar text and then loaded from a pickle of the built parser.

Lark's own ``cache=True`` stores the parse table in a form that takes ~100 ms to rebuild into
objects at every start (1,190 states); a pickle of the parser lark built loads in a fraction of
that. The pickle sits beside lark's cache (the temporary folder), named by a digest of the
grammar text, the options, and the versions of lark and Python, so a changed grammar or a new
lark is never read from a stale file; it is read only if it belongs to this user and no one else
can write it, and anything wrong with it means the parser is built afresh and saved again.
"""

from __future__ import annotations

import copyreg
import hashlib
import importlib
import io
import os
import pickle
import sys
import tempfile
import types
from functools import cache
from pathlib import Path

from amend.text.collector import collector_paused

PACKAGED_GRAMMARS = Path(__file__).resolve().parents[1] / "_grammar"  # in a wheel
CHECKOUT_GRAMMARS = Path(__file__).resolve().parents[2] / "grammar"
CACHE_FORMAT = "2"  # raise when what is pickled changes shape


def grammar_text(name: str = "amendment.lark") -> str:
    """A grammar's text: ``amend/_grammar`` in a wheel, else ``grammar/`` beside the package."""
    packaged = PACKAGED_GRAMMARS / name
    return (packaged if packaged.is_file() else CHECKOUT_GRAMMARS / name).read_text("utf-8")


@cache
def instruction_parser():
    """The LALR parser of instruction skeletons (contextual lexer, built once, cached)."""
    return lalr_parser("amendment.lark", propagate_positions=False, maybe_placeholders=False)


def lalr_parser(name: str, **options):
    """The LALR parser (contextual lexer) of grammar ``name``: from its pickle when there is a
    sound one for this grammar text, options, lark and Python, else built and pickled."""
    import lark

    text = grammar_text(name)
    path = pickle_path(name, text, lark.__version__, options)
    parser = _load(path)
    if parser is None:
        built = lark.Lark(text, parser="lalr", lexer="contextual", cache=True, **options)
        parser = _as_loaded(built)
        _save(parser, path)
    return parser


def _as_loaded(parser):
    """The parser as lark loads it from its own save: without the grammar it was built from,
    so that the pickle holds only what parsing needs, whether lark's cache was there or not."""
    saved = io.BytesIO()
    parser.save(saved)
    saved.seek(0)
    return type(parser).load(saved)


def pickle_path(name: str, text: str, lark_version: str, options: dict) -> Path:
    """Where the pickled parser of this grammar text and options is kept."""
    key = repr((CACHE_FORMAT, text, lark_version, sys.version, sorted(options.items())))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return Path(tempfile.gettempdir()) / f".lark_amend_{Path(name).stem}_{user}_{digest}.pickle"


def _load(path: Path):
    """The parser pickled at ``path``, or None if there is none, or it is not ours alone."""
    try:
        with open(path, "rb") as file:
            status = os.fstat(file.fileno())
            if hasattr(os, "getuid") and (status.st_uid != os.getuid()
                                          or status.st_mode & 0o022):
                return None
            with collector_paused():
                return pickle.load(file)
    except Exception:  # a missing, partial or foreign file: build the parser afresh
        return None


def _save(parser, path: Path) -> None:
    """Pickle ``parser`` to ``path`` whole (a new private file renamed), or not at all."""
    buffer = io.BytesIO()
    temporary = None
    try:
        _share_actions(parser)
        _ParserPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(parser)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f"{path.name}.")
        with open(handle, "wb") as file:
            file.write(buffer.getvalue())
        os.replace(temporary, path)
    except Exception:  # an unwritable folder only costs the next run the build
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def _share_actions(parser) -> None:
    """Make equal parse actions one tuple: the table's 19,000 cells hold under 2,000 distinct
    ones, and the pickle then stores and rebuilds each once."""
    shared: dict = {}
    for row in parser.parser.parser._parse_table.states.values():
        for token, action in row.items():
            row[token] = shared.setdefault(action, action)


def _module_by_name(module: types.ModuleType):
    return importlib.import_module, (module.__name__,)


class _ParserPickler(pickle.Pickler):
    """Pickles a built parser: modules (lark keeps ``re`` in its conf) and lark's two parse
    actions, which it compares by identity (``action is Shift``), by name."""

    dispatch_table = copyreg.dispatch_table | {types.ModuleType: _module_by_name}

    def reducer_override(self, value):
        from lark.parsers.lalr_analysis import Action

        return value.name if type(value) is Action else NotImplemented
