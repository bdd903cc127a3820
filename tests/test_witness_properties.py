"""Properties of the printed result as a witness: the literal result never disagrees, and a
printed text one word away from it always does (check never calls a wrong text right)."""

from dataclasses import replace

from hypothesis import assume, given
from hypothesis import strategies as st

import amend
from tests.strategies import at, motions, paths, replace_at

NEW_WORD = "zzzz"
WRONG_WORD = "qqqq"
LEAD_IN = "\n\nThe amended motion will read:-\n\n"


def _substitution(motion: amend.Motion, data) -> str:
    """An instruction substituting a new word for a plain word of the motion."""
    words = [w for _, p in motion.walk() for w in p.text.split() if w.isalpha()]
    assume(words)
    return f"Delete “{data.draw(st.sampled_from(words))}” and replace with “{NEW_WORD}”"


def _applied(motion: amend.Motion, text: str) -> amend.Result:
    try:
        amendment = amend.read_amendment(text, source="amendment", motion=motion)
        return amend.resolve(motion, amendment)
    except amend.AmendError:
        assume(False)


def _one_word_changed(motion: amend.Motion, data) -> amend.Motion:
    """The motion with one word of one paragraph changed."""
    where = data.draw(st.sampled_from(paths(motion)))
    para = at(motion, where)
    words = para.text.split()
    words[data.draw(st.integers(0, len(words) - 1))] = WRONG_WORD
    return replace(motion, paragraphs=replace_at(motion.paragraphs, where,
                                                 (replace(para, text=" ".join(words)),)))


def _differs(result: amend.Result) -> bool:
    return any(w.kind is amend.WarningKind.PRINTED_RESULT_DIFFERS for w in result.warnings)


@given(motions(max_depth=2), st.data())
def test_the_literal_result_printed_never_disagrees(motion, data):
    """Printing the literal result of a substitution after the lead-in gives no difference."""
    motion = amend.read_motion(amend.render_text(motion))
    instruction = _substitution(motion, data)
    literal = amend.render_text(_applied(motion, instruction).motion)
    assert not _differs(_applied(motion, instruction + LEAD_IN + literal))


@given(motions(max_depth=2), st.data())
def test_a_printed_result_one_word_away_always_disagrees(motion, data):
    """Printing the result with one word changed always gives a difference."""
    motion = amend.read_motion(amend.render_text(motion))
    instruction = _substitution(motion, data)
    wrong = _one_word_changed(_applied(motion, instruction).motion, data)
    result = _applied(motion, instruction + LEAD_IN + amend.render_text(wrong))
    assert _differs(result) and result.unverified
