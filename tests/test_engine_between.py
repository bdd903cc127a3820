"""Applying "after the words A delete all … up until the words B" and ordinal ranges."""

import pytest

import amend

MOTION = amend.read_motion(
    "That this Council:-\n\n(a) notes the report on parks and gardens and the work of the "
    "volunteers;\n\n(b) thanks the staff;\n\n(c) asks for a plan;\n\n(d) asks for a budget;\n\n"
    "(e) asks for a review.\n")


def resolved(instruction: str) -> list[str]:
    result = amend.resolve(MOTION, amend.read_amendment(instruction, motion=MOTION))
    return [para.text for _, para in result.motion.walk()]


def test_words_between_two_kept_anchors_are_substituted():
    """The words between "report on" and "volunteers" give way to the new words."""
    texts = resolved("After the words “report on” delete all of the text up until the words "
                     "“volunteers” and substitute “the plans of the”")
    assert texts[0] == "notes the report on the plans of the volunteers"


def test_an_end_anchor_before_the_start_is_not_found():
    """An end anchor that does not follow the start anchor is a located error."""
    with pytest.raises(amend.TargetNotFound, match="do not follow"):
        resolved("After the words “volunteers” delete all of the text up until the words "
                 "“report” and substitute “x”")


def test_the_third_to_fifth_paragraphs_are_deleted():
    """"Delete the third to fifth paragraphs." removes (c), (d) and (e)."""
    assert resolved("Delete the third to fifth paragraphs.") == [
        "notes the report on parks and gardens and the work of the volunteers",
        "thanks the staff"]


def test_an_ordinal_range_past_the_end_is_not_found():
    """A range past the motion's last paragraph is a TargetNotFound naming the range."""
    with pytest.raises(amend.TargetNotFound, match="third to ninth"):
        resolved("Delete the third to ninth paragraphs.")
