"""``amend check`` on the command line: verdict, differences and exit status."""

import json
from pathlib import Path

from tests.cli import run_cli
from tests.seeds import between, seed
from tests.test_cli_apply import EXAMPLES

CASE = EXAMPLES / "sheffield-alston-partial"
LEEDS = EXAMPLES / "leeds-delete-all-after"


def test_matching_record_says_matches_and_exits_0():
    """Seed 000's record against Alston 3(g)(h): "matches", exit status 0."""
    result = run_cli("check", str(CASE / "motion.txt"), str(CASE / "amendment.txt"),
                     "--carried", "3(g)(h)", "--against", str(CASE / "expected.txt"))
    assert (result.returncode, result.stdout) == (0, "matches\n")


def test_differing_record_lists_differences_and_exits_1(tmp_path):
    """Seed 001's record: three substantive differences, each named, exit status 1."""
    record = tmp_path / "resolved.txt"
    record.write_text(between(seed(1), "RESOLVED –", "Supporting documents"), encoding="utf-8")
    result = run_cli("check", str(LEEDS / "motion.txt"), str(LEEDS / "amendment.txt"),
                     "--against", str(record))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "3 substantive differences"
    assert [line.split(" (")[0] for line in lines if line.startswith("- ")] == [
        "- missing paragraph at ¶1", "- missing paragraph at ¶2", "- punctuation only at ¶5"]


def test_expected_text_mode_and_json(tmp_path):
    """--expected compares two texts; --format json gives the verdict and the differences."""
    expected = tmp_path / "expected.txt"
    expected.write_text("(a) notes the report;\n\n(b) thanks staff.\n")
    record = tmp_path / "record.txt"
    record.write_text("(a) notes the report;\n\n(b) thanks the staff.\n")
    result = run_cli("check", "--expected", str(expected), "--against", str(record),
                     "--format", "json")
    document = json.loads(result.stdout)
    assert result.returncode == 1
    assert document["summary"] == "1 substantive difference"
    assert document["differences"][0]["kind"] == "wording"
    assert document["differences"][0]["where"] == "(b)"


def test_nothing_to_compare_is_bad_input(tmp_path):
    """Without a motion or --expected there is nothing to check: exit status 2."""
    record = tmp_path / "record.txt"
    record.write_text("(a) notes.\n")
    result = run_cli("check", "--against", str(record))
    assert result.returncode == 2
    assert "nothing to check against" in result.stderr


def test_check_says_how_the_text_it_checks_against_was_read(tmp_path):
    """``amend check`` of Limerick's standing-order motion, split into paragraphs by a guess,
    with an amendment whose words match only caselessly, prints both warnings of the reading
    on standard error, as apply does, then its verdict. Before, check said only “matches”."""
    motion = Path(__file__).parent / "data" / "layout" / "limerick-2019-standing-order-motion.txt"
    amendment = tmp_path / "amendment.txt"
    amendment.write_text("Delete the words “LIVE”.\n", encoding="utf-8")
    record = tmp_path / "record.txt"
    record.write_text(run_cli("apply", str(motion), str(amendment)).stdout, encoding="utf-8")
    result = run_cli("check", str(motion), str(amendment), "--against", str(record))
    assert (result.returncode, result.stdout.strip()) == (0, "matches")
    assert f"{motion}:3:1: the motion's lines 3–5 split" in result.stderr
    assert "matched only when capitals are ignored" in result.stderr


def test_explain_and_draft_say_how_the_motion_was_read(tmp_path):
    """``amend explain`` and ``amend draft`` given Limerick's standing-order motion, split
    into paragraphs by a guess, warn of the guess on standard error."""
    motion = Path(__file__).parent / "data" / "layout" / "limerick-2019-standing-order-motion.txt"
    amendment = tmp_path / "amendment.txt"
    amendment.write_text("Delete the words “live streaming”.\n", encoding="utf-8")
    explained = run_cli("explain", str(amendment), "--motion", str(motion))
    drafted = run_cli("draft", str(motion), str(motion))
    for result in (explained, drafted):
        assert f"{motion}:3:1: the motion's lines 3–5 split" in result.stderr
