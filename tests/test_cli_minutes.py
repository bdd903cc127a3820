"""``amend minutes`` on the command line: one item, a folder of items, and bad input."""

import json

from typer.testing import CliRunner

import amend
from amend_cli.main import app
from tests.cli import run_cli
from tests.seeds import SEEDS
from tests.test_cli_apply import EXAMPLES

FOLDER = EXAMPLES / "minutes"


def test_one_item_shows_each_amendment_and_the_verdict():
    """Seed 000: each amendment's mover, outcome and what was applied, then "matches"."""
    result = run_cli("minutes", str(next(SEEDS.glob("000_*.txt"))))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[2] == ("  amendment 1 (Councillor Sue Alston, seconded by Councillor Mike "
                        "Levery): negatived, except (g), (h) of part 3 (carried); applied 3(g)(h)")
    assert lines[-1] == "  matches"


def test_a_folder_run_prints_a_row_per_item_and_a_total():
    """Seeds and examples together: one row per item, a total, the count of files passed over
    (the folders' README and verdict table), exit 1 (some records differ or are unverified)."""
    result = run_cli("minutes", str(SEEDS), str(FOLDER))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["item", "amendments", "verdict"]
    assert len(lines) == 1 + 5 + 17 + 2
    assert lines[-2:] == ["22 items: 14 verified, 3 differ, 1 unverified, 4 with nothing to "
                          "verify, 0 unreadable",
                          "2 files in the folders skipped (named on stderr)"]


def test_an_unreadable_item_in_a_folder_is_a_row_and_status_2(tmp_path):
    """An empty file among good ones is reported in its row; the run exits 2."""
    (tmp_path / "a-good.txt").write_text((FOLDER / "07-amendment-lost.txt").read_text())
    (tmp_path / "b-empty.txt").write_bytes(b"")
    result = run_cli("minutes", str(tmp_path))
    assert result.returncode == 2
    assert "unreadable:" in result.stdout and "the file is empty" in result.stdout
    assert "Traceback" not in result.stderr


def test_json_holds_each_item_with_its_status():
    """--format json lists each item with its verdict, summary and amendments."""
    result = run_cli("minutes", str(FOLDER / "06-planted-wording-error.txt"), "--format", "json")
    document = json.loads(result.stdout)
    (item,) = document["items"]
    assert (item["verdict"], item["summary"]) == ("differs", "1 substantive difference")
    assert item["amendments"][0]["mover"] == "Councillor Zoe Park"
    assert item["check"]["differences"][0]["kind"] == "wording"


def test_a_folder_of_verified_items_exits_0(tmp_path):
    """Items that verify, or have nothing to verify, make a folder run exit 0."""
    for name in ("07-amendment-lost.txt", "08-no-amendments.txt"):
        (tmp_path / name).write_text((FOLDER / name).read_text(encoding="utf-8"),
                                     encoding="utf-8")
    result = run_cli("minutes", str(tmp_path))
    assert (result.returncode, result.stdout.splitlines()[-1]) == (
        0, "2 items: 1 verified, 0 differ, 0 unverified, 1 with nothing to verify, "
           "0 unreadable")


def test_a_crashing_item_in_a_folder_is_a_row_and_the_run_goes_on(tmp_path, monkeypatch):
    """A fault inside amend on one item is reported in its row; the next item is verified."""
    for name in ("a-first.txt", "b-second.txt"):
        (tmp_path / name).write_text((FOLDER / "07-amendment-lost.txt").read_text(
            encoding="utf-8"), encoding="utf-8")
    verify = amend.verify

    def failing(item):
        if item.source.endswith("a-first.txt"):
            raise RuntimeError("a fault")
        return verify(item)
    monkeypatch.setattr(amend, "verify", failing)
    result = CliRunner().invoke(app, ["minutes", str(tmp_path)])
    rows = result.stdout.splitlines()
    assert result.exit_code == 2
    assert "internal error (RuntimeError: a fault)" in rows[1]
    assert rows[2].endswith("matches")
