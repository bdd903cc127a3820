"""``amend explain`` of an amendment that prints the motion as it will read: where the printed
result is, and, given the motion, whether the instructions give that text."""

from pathlib import Path

import amend

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _explained(name: str, with_motion: bool = True) -> list[str]:
    folder = EXAMPLES / name
    amendment = amend.read_amendment(amend.read_file(folder / "amendment.txt"),
                                     source="amendment.txt")
    motion = amend.read_motion(amend.read_file(folder / "motion.txt")) if with_motion else None
    return amend.explain(amendment, motion)


def test_a_printed_result_that_drops_a_word_is_explained_as_differing():
    """The printed result's place is named, and the dropped “empty” is the one difference."""
    lines = _explained("printed-result-drops-a-word")
    assert lines[-2].startswith("printed result at amendment.txt:5:1: ")
    assert lines[-1].startswith("  differs: ¶2: the printed result says")
    assert "bringing empty homes" in lines[-1]


def test_a_printed_result_that_agrees_is_explained_as_given():
    """A printed result that differs only in spacing and quote glyphs is what the
    instructions give."""
    assert _explained("printed-result-agrees")[-1] == "  the instructions give this text"


def test_without_the_motion_the_printed_result_is_only_placed():
    """Without the motion, explain names the printed result and compares nothing."""
    lines = _explained("printed-result-drops-a-word", with_motion=False)
    assert lines[-1].startswith("printed result at amendment.txt:5:1: ")
