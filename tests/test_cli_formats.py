"""``--format`` on the command line: each command's own formats, Word and HTML documents, and
the resolution as it should have been recorded after a check finds differences."""

import os
import pty
import subprocess
import sys
import tempfile

import pytest
from typer.testing import CliRunner

import amend
from amend.render.corrected import corrected_resolution
from amend_cli.main import app
from tests.seeds import SEEDS, between, seed
from tests.test_cli_apply import EXAMPLES
from tests.test_render_docx import revisions, view

CASE = EXAMPLES / "sheffield-alston-partial"
LEEDS = EXAMPLES / "leeds-delete-all-after"
PLANTED = EXAMPLES / "minutes" / "06-planted-wording-error.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def text_of(path):
    return amend.render_text(amend.read_motion(amend.read_file(path)))


@pytest.fixture
def leeds_record(tmp_path):
    record = tmp_path / "resolved.txt"
    record.write_text(between(seed(1), "RESOLVED –", "Supporting documents"), encoding="utf-8")
    return record


@pytest.mark.parametrize(("command", "refused"), [
    (["apply", CASE / "motion.txt", CASE / "amendment.txt"], "pdf"),
    (["check", CASE / "motion.txt", CASE / "amendment.txt", "--against", CASE / "expected.txt"],
     "redline"),
    (["minutes", PLANTED], "redline"),
])
def test_a_format_the_command_cannot_write_is_a_usage_error(command, refused):
    """Each command takes only its own formats: any other exits 2 before doing anything."""
    result = invoke(*command, "--format", refused)
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


def test_apply_docx_accepts_to_the_printed_resolution(tmp_path):
    """apply --format docx -o: accept all is the text apply prints; reject all the motion."""
    target = tmp_path / "resolved.docx"
    args = [CASE / "motion.txt", CASE / "amendment.txt", "--carried", "3(g)(h)"]
    assert invoke("apply", *args, "--format", "docx", "-o", target).exit_code == 0
    data = target.read_bytes()
    assert view(data, accept=True) == invoke("apply", *args).stdout
    assert view(data, accept=False) == text_of(CASE / "motion.txt")


def test_apply_html_writes_a_page_with_the_changes(tmp_path):
    """apply --format html -o writes one page whose insertions include the new (h)."""
    target = tmp_path / "resolved.html"
    result = invoke("apply", CASE / "motion.txt", CASE / "amendment.txt", "--carried",
                    "3(g)(h)", "--format", "html", "-o", target)
    html = target.read_text(encoding="utf-8")
    assert result.exit_code == 0 and html.startswith("<!DOCTYPE html>")
    assert "<ins>(h) thanks foster carers in particular" in html


def test_docx_to_a_terminal_is_refused_in_one_line():
    """--format docx without -o on a terminal: one line on stderr, exit status 2."""
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-c", "from amend_cli.main import run; run()", "apply",
             str(CASE / "motion.txt"), str(CASE / "amendment.txt"), "--format", "docx"],
            stdout=follower, stderr=subprocess.PIPE, text=True, check=False,
            cwd=tempfile.gettempdir())
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "amend: --format docx writes a Word file: give -o FILE.docx"]


def test_check_prints_the_corrected_resolution_after_the_differences(leeds_record):
    """Seed 001's record differs: after the differences comes the resolution it should be."""
    result = invoke("check", LEEDS / "motion.txt", LEEDS / "amendment.txt",
                    "--against", leeds_record)
    heading = "\nThe resolution as it should have been recorded:\n\n"
    assert result.exit_code == 1 and heading in result.stdout
    resolved = amend.read_motion(invoke("apply", LEEDS / "motion.txt",
                                        LEEDS / "amendment.txt").stdout)
    record = amend.read_motion(amend.read_file(leeds_record))
    assert result.stdout.split(heading)[1] == amend.render_text(
        corrected_resolution(resolved, record))


def test_check_docx_tracks_the_record_errors(tmp_path, leeds_record):
    """check -o x.docx: accept all gives the corrected text, reject all the record."""
    target = tmp_path / "corrected.docx"
    result = invoke("check", LEEDS / "motion.txt", LEEDS / "amendment.txt",
                    "--against", leeds_record, "--format", "docx", "-o", target)
    assert result.exit_code == 1 and result.stdout.startswith("3 substantive differences")
    data = target.read_bytes()
    assert view(data, accept=False) == text_of(leeds_record)
    assert view(data, accept=True) == result.stdout.split("recorded:\n\n")[1]


def test_minutes_docx_of_a_wrong_record_is_the_record_corrected(tmp_path):
    """minutes on the planted error: the docx rejects to the record, accepts to "three"."""
    target = tmp_path / "corrected.docx"
    result = invoke("minutes", PLANTED, "--format", "docx", "-o", target)
    data = target.read_bytes()
    assert result.exit_code == 1
    record = amend.read_minutes(amend.read_file(PLANTED)).resolution
    assert view(data, accept=False) == amend.render_text(record)
    assert view(data, accept=True).endswith("within three months on alternative provision.\n")
    assert {e.get(f"{W}author") for e in revisions(data)} == {"amend check"}


def test_minutes_docx_of_a_good_record_credits_the_movers(tmp_path):
    """Seed 000 verifies: its docx tracks the carried amendment, credited to its mover."""
    target = tmp_path / "resolved.docx"
    path = next(SEEDS.glob("000_*.txt"))
    assert invoke("minutes", path, "--format", "docx", "-o", target).exit_code == 0
    data = target.read_bytes()
    assert {e.get(f"{W}author") for e in revisions(data)} == {"Councillor Sue Alston"}
    item = amend.read_minutes(amend.read_file(path))
    assert view(data, accept=False) == amend.render_text(item.motion)
    assert view(data, accept=True) == amend.render_text(amend.verify(item).result.motion)


def test_minutes_documents_take_one_item():
    """--format html over a folder is refused in one line with exit status 2."""
    result = invoke("minutes", EXAMPLES / "minutes", "--format", "html")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "one minutes item" in result.stderr
