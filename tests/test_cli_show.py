"""``amend show`` and the command line's handling of bad input."""

from pathlib import Path

import pytest

from amend_cli.main import app
from tests.cli import run_cli


def test_show_prints_the_tree_as_indented_text_when_piped(tmp_path):
    """Piped output shows the preamble and each label with sub-lists indented."""
    path = tmp_path / "m.txt"
    path.write_text("That this Council:-\n\n(a) notes:-\n\n(i) one;\n\n(ii) two;\n\n(b) ends.\n")
    result = run_cli("show", str(path))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "preamble: That this Council:-", "(a) notes:-", "  (i) one;", "  (ii) two;", "(b) ends."]


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"\x00\x01binary\x00", "binary file"),
    (b"That this Council:-\n", "no paragraphs"),
])
def test_bad_input_gives_one_line_naming_the_file_and_status_2(tmp_path, content, message):
    """Empty, binary and paragraph-less files give a one-line message, exit 2, no traceback."""
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run_cli("show", str(path))
    assert result.returncode == 2
    assert message in result.stderr and str(path) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_missing_file_gives_status_2(tmp_path):
    """A missing file is named in a one-line message with exit status 2."""
    result = run_cli("show", str(tmp_path / "absent.txt"))
    assert result.returncode == 2
    assert "absent.txt: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_version_and_help():
    """--version prints the version; --help lists the commands."""
    assert run_cli("--version").stdout.startswith("amend ")
    assert "show" in run_cli("--help").stdout
    assert app.info.name == "amend"


def test_show_warns_of_a_guess_in_reading_the_motion():
    """``amend show`` of Limerick's standing-order motion, split into paragraphs by a guess,
    prints the tree and a warning naming the lines and the guess."""
    path = Path(__file__).parent / "data" / "layout" / "limerick-2019-standing-order-motion.txt"
    result = run_cli("show", str(path))
    assert result.returncode == 0 and result.stdout.startswith("¶1 I will move")
    assert f"amend: warning: {path}:3:1: lines 3–5 split:" in result.stderr
