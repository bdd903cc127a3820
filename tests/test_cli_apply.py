"""``amend apply`` and ``amend explain`` on the command line, as a clerk runs them."""

import json
from pathlib import Path

from tests.cli import run_cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CASE = EXAMPLES / "sheffield-alston-partial"


def test_piped_apply_prints_the_resolved_text_only():
    """Piped output is the resolved motion as clerk text, ending with the new (h)."""
    result = run_cli("apply", str(CASE / "motion.txt"), str(CASE / "amendment.txt"),
                     "--carried", "3(g)(h)")
    assert result.returncode == 0
    assert result.stdout.startswith("That this Council:-\n\n(a) notes that following")
    assert result.stdout.rstrip().endswith("stable home life they need.")


def test_json_lists_the_changes_with_their_parts():
    """--format json holds the resolved tree and each change with amendment and part."""
    result = run_cli("apply", str(CASE / "motion.txt"), str(CASE / "amendment.txt"),
                     "--carried", "3(g)(h)", "--format", "json")
    document = json.loads(result.stdout)
    assert [p["label"] for p in document["resolved"]["paragraphs"]][-1] == "(h)"
    assert {(c["kind"], c["part"]) for c in document["changes"]} >= {("add", 3)}


def test_output_file_is_written_and_inputs_are_untouched(tmp_path):
    """-o writes the resolved text to the file; the input files keep their bytes."""
    before = (CASE / "amendment.txt").read_bytes()
    target = tmp_path / "resolved.txt"
    result = run_cli("apply", str(CASE / "motion.txt"), str(CASE / "amendment.txt"),
                     "--carried", "3(g)(h)", "-o", str(target))
    assert result.returncode == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("That this Council:-")
    assert (CASE / "amendment.txt").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["resolved.txt"]


def test_more_carried_specs_than_amendments_is_bad_input():
    """Two --carried for one amendment is refused with exit status 2."""
    result = run_cli("apply", str(CASE / "motion.txt"), str(CASE / "amendment.txt"),
                     "--carried", "1", "--carried", "2")
    assert result.returncode == 2
    assert "2 --carried given for 1 amendment" in result.stderr


def test_explain_says_what_each_part_does_and_targets():
    """explain names each part's operations and, given the motion, the paragraphs targeted."""
    result = run_cli("explain", str(CASE / "amendment.txt"), "--motion", str(CASE / "motion.txt"))
    lines = result.stdout.splitlines()
    assert "part 2: delete paragraph (f); add new paragraph (f)" in lines
    assert any(line.startswith("  targets paragraph (b): “…") and "despite 10 years" in line
               for line in lines)


def test_carried_all_and_none_name_an_amendment_carried_in_full_or_lost():
    """--carried all applies an amendment in full and --carried none leaves it out, so the
    amendments voted can be given in order whatever their fate."""
    example = EXAMPLES / "insert-words-structured"
    motion, amendment = example / "motion.txt", example / "amendment.txt"
    full = run_cli("apply", str(motion), str(amendment))
    assert run_cli("apply", str(motion), str(amendment), "--carried", "all").stdout == full.stdout
    lost = run_cli("apply", str(motion), str(amendment), "--carried", "none")
    assert lost.returncode == 0
    assert lost.stdout.split() == motion.read_text(encoding="utf-8").split()
