"""Every worked case under examples/: a motion, its amendments (``amendment.txt``, or
``amendment-1.txt``, ``amendment-2.txt``… in the order voted), an optional ``carried.txt`` with
one carried spec per line for each amendment in order, and the expected text."""

from pathlib import Path

import pytest

import amend

EXAMPLES = sorted(p for p in (Path(__file__).resolve().parents[1] / "examples").iterdir()
                  if (p / "expected.txt").is_file())


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("case", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_resolves_to_its_expected_text(case):
    """Applying the case's amendments (with their carried parts) gives its expected text."""
    motion = amend.read_motion(amend.read_file(case / "motion.txt"))
    amendments = [amend.read_amendment(amend.read_file(path), motion=motion)
                  for path in sorted(case.glob("amendment*.txt"))]
    carried_file = case / "carried.txt"
    carried = carried_file.read_text().split() if carried_file.is_file() else None
    result = amend.resolve(motion, amendments, carried)
    assert folded(amend.render_text(result.motion)) == folded(
        amend.read_file(case / "expected.txt"))


def test_there_are_worked_examples_across_the_families():
    """The examples folder holds worked cases for a new user to run."""
    assert len(EXAMPLES) >= 15
