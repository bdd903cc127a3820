"""A word printed twice where a change's new words meet the motion's ("the the Mayor") is
warned of; a word doubled elsewhere, or with punctuation between, is not."""

import pytest

import amend
from amend import WarningKind
from amend.engine.editing import doubled_word
from tests.test_engine_rules import MOTION0

CASES = [
    # (text after the change, where new words meet old ones, the doubled words found)
    ("asks the the Mayor to write", (9, 18), "the the"),  # “Leader” replaced by “the Mayor”
    ("notes that that the report", (11, 15), "that that"),  # “that” inserted after “that”
    ("The the Mayor", (4, 13), "The the"),
    ("to the the Minister", (7, 7), "the the"),  # a deletion between two “the”
    ("asks the Mayor to write", (9, 14), None),
    ("notes that, that is all", (11, 16), None),  # a comma between them
    ("had had the Mayor", (8, 17), None),  # doubled in the motion, not at a seam
]


@pytest.mark.parametrize(("text", "seams", "doubled"), CASES, ids=[c[0] for c in CASES])
def test_a_word_doubled_across_a_seam_is_found(text, seams, doubled):
    """Each case's doubled words are found only where they run across a seam."""
    assert doubled_word(text, seams) == doubled


def test_a_change_that_prints_a_word_twice_is_applied_with_a_warning():
    """Sheffield's (e) “believes that this is a fantastic achievement” with “this” replaced
    by “that this” reads “believes that that this”: applied as written, with a warning at
    the instruction."""
    amendment = amend.read_amendment("In paragraph (e), delete “this” and insert “that this”.",
                                     source="amendment.txt", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert result.motion.paragraphs[4].text.startswith(
        "believes that that this is a fantastic achievement")
    assert [(w.kind, str(w.span)) for w in result.warnings] == [
        (WarningKind.DOUBLED_WORD, "amendment.txt:1:1")]
    assert "“that that”" in result.warnings[0].message
