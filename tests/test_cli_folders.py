"""Folder runs of ``amend minutes``: every file amend reads is read (Word too), and every other
file is named with the reason."""

from __future__ import annotations

import shutil

import pytest

from amend_cli.folders import Skip, expand_items
from tests.cli import invoke
from tests.test_cli_apply import EXAMPLES

LOST = EXAMPLES / "minutes" / "07-amendment-lost.txt"


def word_item(path, text: str) -> None:
    """Save ``text`` as a Word document, a paragraph per blank-line-separated block."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for block in text.split("\n\n"):
        if block.strip():
            document.add_paragraph(block.strip())
    document.save(path)


def test_a_word_item_in_a_folder_is_read_and_verified(tmp_path):
    """A minutes item saved as .docx in a folder is read like its text: a row that matches."""
    word_item(tmp_path / "lost.docx", LOST.read_text(encoding="utf-8"))
    shutil.copy(LOST, tmp_path / "lost.txt")
    result = invoke("minutes", tmp_path)
    rows = result.stdout.splitlines()[1:-1]
    assert [row.split()[-1] for row in rows] == ["matches", "matches"]
    assert result.exit_code == 0


def test_each_skipped_file_is_named_with_its_reason(tmp_path):
    """A PDF, Word's lock file, a hidden file and a hidden folder are each named on stderr with
    why they were passed over, and the table counts them."""
    shutil.copy(LOST, tmp_path / "item.txt")
    for name in ("agenda.pdf", "~$item.docx", ".DS_Store"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    result = invoke("minutes", tmp_path)
    named = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert [line.split(": skipped, ")[0].rsplit("/", 1)[-1] for line in named] == [
        ".DS_Store", ".git", "agenda.pdf", "~$item.docx"]
    assert "save it as text" in named[2]
    assert result.stdout.splitlines()[-1] == "4 files in the folders skipped (named on stderr)"


def test_skipped_files_do_not_change_the_exit_status(tmp_path):
    """A folder of one verified item and a PDF exits 0: passing a file over is not a failure."""
    shutil.copy(LOST, tmp_path / "item.txt")
    (tmp_path / "agenda.pdf").write_bytes(b"%PDF-1.4")
    assert invoke("minutes", tmp_path).exit_code == 0


def test_a_folder_with_nothing_readable_is_refused_with_the_reasons(tmp_path):
    """A folder holding only a PDF: exit 2, "no minutes items found", and the PDF named."""
    (tmp_path / "agenda.pdf").write_bytes(b"%PDF-1.4")
    result = invoke("minutes", tmp_path)
    assert result.exit_code == 2
    assert "agenda.pdf: skipped, a PDF" in result.stderr
    assert "no minutes items found" in result.stderr


@pytest.mark.parametrize(("name", "reason"), [
    ("minutes.txt", None), ("Minutes.HTM", None), ("item.docx", None), ("item.text", None),
    ("scan.pdf", Skip.PDF), ("old.doc", Skip.OLD_WORD), ("notes.odt", Skip.OTHER),
    ("~$item.docx", Skip.WORD_LOCK), (".hidden.txt", Skip.HIDDEN)])
def test_which_files_in_a_folder_are_read(tmp_path, name, reason):
    """A folder's file is read or skipped, by its name, as the table says."""
    (tmp_path / name).write_text("x")
    found = expand_items([tmp_path])
    assert [s.reason for s in found.skipped] == ([reason] if reason else [])
    assert len(found.files) == (0 if reason else 1)


def test_a_link_to_a_folder_is_named_not_followed(tmp_path):
    """A symbolic link to a folder inside a folder run is named, and nothing behind it read."""
    (tmp_path / "real").mkdir()
    shutil.copy(LOST, tmp_path / "real" / "item.txt")
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "link").symlink_to(tmp_path / "real")
    found = expand_items([tmp_path / "run"])
    assert (found.files, [s.reason for s in found.skipped]) == ((), [Skip.LINKED_FOLDER])
