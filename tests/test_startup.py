"""What keeps start-up cheap, and sound: the pickled parsers, and commands that import only what
they use (speed itself is measured by benchmarks/startup.py, not here)."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import tempfile

import pytest

from amend.instructions import grammar
from amend_cli.main import COMMANDS
from tests.test_cli_apply import EXAMPLES

SMALL = EXAMPLES / "insert-words-structured"
OPTIONS = {"propagate_positions": False, "maybe_placeholders": False}
MARKED_UP_READERS = ("amend.instructions.markup", "amend.instructions.marked_lines",
                     "amend.instructions.markup_paragraphs", "amend.instructions.writer")
WORD_AND_HTML_READERS = ("amend.text.docx", "amend.text.html_marks", "amend.text.marks",
                         "amend.text.word_numbering", "zipfile")
# Runs the app with its output piped, then lists every module it imported.
PROBE = """
import sys
from amend_cli.main import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)), file=sys.stderr)
"""


def imported_by(*args) -> set[str]:
    """The modules that ``amend ARGS`` imports, its output piped."""
    done = subprocess.run([sys.executable, "-c", PROBE, *map(str, args)], capture_output=True,
                          text=True, cwd=tempfile.gettempdir(), check=True)
    return set(done.stderr.split())


@pytest.fixture
def own_temporary_folder(tmp_path, monkeypatch):
    """The parsers' pickles (and lark's cache) go to a fresh folder."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def test_a_parser_loaded_from_its_pickle_reads_every_grammar_row(own_temporary_folder,
                                                                  monkeypatch):
    """The instruction parser loaded from its pickle gives every row of the grammar table."""
    from amend.instructions import parts, sentence
    from tests.test_grammar_table import ROWS

    built = grammar.lalr_parser("amendment.lark", **OPTIONS)
    loaded = grammar.lalr_parser("amendment.lark", **OPTIONS)
    assert loaded is not built
    for module in (parts, sentence):
        monkeypatch.setattr(module, "instruction_parser", lambda: loaded)
    for text, expected in ROWS:
        operations = sentence.read_instruction(text, sentence.Located("t", text, 0))[0]
        assert operations == expected, text


def test_a_pickle_is_named_by_grammar_options_and_lark_version():
    """A changed grammar text, option or lark version is never read from an older pickle."""
    first = grammar.pickle_path("amendment.lark", "start: A", "1.3.1", OPTIONS)
    assert first == grammar.pickle_path("amendment.lark", "start: A", "1.3.1", dict(OPTIONS))
    assert first != grammar.pickle_path("amendment.lark", "start: B", "1.3.1", OPTIONS)
    assert first != grammar.pickle_path("amendment.lark", "start: A", "1.3.2", OPTIONS)
    assert first != grammar.pickle_path("amendment.lark", "start: A", "1.3.1",
                                        {**OPTIONS, "maybe_placeholders": True})


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners and modes are POSIX")
def test_a_pickle_others_can_write_is_not_loaded(own_temporary_folder):
    """A pickle that someone else could have written is ignored."""
    grammar.lalr_parser("minutes.lark", maybe_placeholders=False)
    (path,) = own_temporary_folder.glob(".lark_amend_minutes_*.pickle")
    assert grammar._load(path) is not None
    path.chmod(0o666)
    assert grammar._load(path) is None


def test_a_damaged_pickle_is_replaced_by_a_built_parser(own_temporary_folder):
    """A pickle cut short is not an error: the parser is built and pickled again."""
    grammar.lalr_parser("minutes.lark", maybe_placeholders=False)
    (path,) = own_temporary_folder.glob(".lark_amend_minutes_*.pickle")
    path.write_bytes(path.read_bytes()[:1000])
    parser = grammar.lalr_parser("minutes.lark", maybe_placeholders=False)
    assert parser.parse("The motion was carried.")
    assert grammar._load(path) is not None


@pytest.mark.parametrize("name", list(COMMANDS))
def test_help_lists_each_command_by_its_docstring(name):
    """``amend --help`` summarises each command in the words of its own docstring."""
    module = importlib.import_module(f"amend_cli.commands.{name}")
    assert COMMANDS[name] == " ".join(getattr(module, name).__doc__.split())


def test_help_imports_no_command():
    """``amend --help`` lists the commands without importing any of them."""
    assert not any(name.startswith("amend_cli.commands.") for name in imported_by("--help"))


def test_apply_of_a_text_amendment_loads_no_marked_up_reader():
    """``amend apply`` of plain text files imports none of the marked-up document readers."""
    modules = imported_by("apply", SMALL / "motion.txt", SMALL / "amendment.txt")
    assert "amend.instructions.amendment" in modules
    assert not modules & set(MARKED_UP_READERS)


def test_apply_of_text_files_loads_no_word_or_html_reader():
    """``amend apply`` of plain text files imports neither the Word nor the marked-up HTML
    readers (nor zipfile, which only a Word file needs)."""
    modules = imported_by("apply", SMALL / "motion.txt", SMALL / "amendment.txt")
    assert not modules & set(WORD_AND_HTML_READERS)


def test_a_finished_command_leaves_the_exit_collection_nothing_to_walk():
    """When a command is done, every object still alive is frozen out of the cycle collector,
    so the collection Python runs as it shuts down has nothing to walk."""
    probe = ("import gc\nfrom amend_cli.main import run\ntry:\n    run()\n"
             "except SystemExit:\n    pass\nprint(gc.get_freeze_count(), sum(gc.get_count()))")
    done = subprocess.run([sys.executable, "-c", probe, "apply", SMALL / "motion.txt",
                           SMALL / "amendment.txt"], capture_output=True, text=True, check=True)
    frozen, tracked = map(int, done.stdout.split()[-2:])
    assert frozen > 10_000
    assert tracked < 100
