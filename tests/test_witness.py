"""The printed consolidated result ("The amended motion will read:-") as a second witness: read
apart from the instructions, compared with what they give, each substantive difference a
warning that leaves the result unverified; a printed result alone replaces the whole motion."""

from pathlib import Path

import pytest

import amend
from amend.instructions import operations as ops
from amend.instructions.printed import find_printed
from amend.instructions.sentence import Located
from amend.minutes.reader import read_minutes
from amend.minutes.verify import verify
from tests.cli import invoke

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
AGREES = EXAMPLES / "printed-result-agrees"
DROPS = EXAMPLES / "printed-result-drops-a-word"
MOTION = """That this Council:-

(a) notes the Director's report;

(b) thanks the staff for their work; and

(c) asks the Leader to write to the Minister.
"""
INSTRUCTION = "In paragraph (b), delete “the staff” and insert “all officers”.\n\n"
AS_AMENDED = """That this Council:-

(a) notes the Director's report;

(b) thanks all officers for their work; and

(c) asks the Leader to write to the Minister.
"""


def _found(text: str):
    return find_printed(text, Located("amendment", text, 0).span)


LEAD_INS = [
    "The amended motion will read:-",
    "The amended motion would then read:",
    "Motion to read if carried:",
    "The motion as amended will read:",
    "The motion will read:-",
    "The motion would then read:",
    "The amended white paper will read:-",
    "The substantive motion would read as follows:",
    "If carried, the motion will read:",
    "the amended Motion shall now read:-",
]


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_a_lead_in_of_a_printed_result_is_found(lead_in):
    """Each phrasing of the lead-in is found, and the printed text starts after its colon."""
    text = f"{INSTRUCTION}{lead_in}\n\n{AS_AMENDED}"
    found = _found(text)
    assert found.lead_in == lead_in
    assert text[found.text_start:].strip() == AS_AMENDED.strip()


@pytest.mark.parametrize("lead_in", LEAD_INS)
def test_after_each_lead_in_the_printed_result_is_compared(lead_in):
    """After each phrasing, the result is the instructions' and a dropped word is warned of."""
    wrong = AS_AMENDED.replace("for their work", "for work")
    result = amend.resolve(amend.read_motion(MOTION), _amendment(
        f"{INSTRUCTION}{lead_in}\n\n{wrong}"))
    assert amend.render_text(result.motion) == AS_AMENDED
    assert [w.kind for w in result.warnings] == [amend.WarningKind.PRINTED_RESULT_DIFFERS]


@pytest.mark.parametrize("text", [
    "The amended Motion read as follows:\n\nThat this Council notes the report.",
    "That the motion be amended to read as follows:-\n\nThat this Council notes the report.",
    "Delete (c) so that the motion will read:\n\n(a) notes the report.",
    "The amended motion will read:-\n\n",
])
def test_a_sentence_that_is_no_lead_in_is_not_found(text):
    """A clerk's narrative, a whole-text instruction, a mid-sentence "will read" and a lead-in
    with no text after it are not printed results."""
    assert _found(text) is None


def _amendment(text: str, source: str = "amendment.txt"):
    return amend.read_amendment(text, source=source, motion=amend.read_motion(MOTION))


def test_the_instructions_stay_instructions_beside_a_printed_result():
    """The instruction before the lead-in is read as it is without one."""
    with_printed = _amendment(INSTRUCTION + "The amended motion will read:-\n\n" + AS_AMENDED)
    assert with_printed.parts == _amendment(INSTRUCTION).parts


def test_the_printed_result_is_read_as_a_motion_at_its_lines():
    """The printed text is a Motion with its labels, each paragraph at its line in the file."""
    amendment = _amendment(INSTRUCTION + "The amended motion will read:-\n\n" + AS_AMENDED)
    printed = amendment.printed_result
    assert [p.label.text for p in printed.paragraphs] == ["(a)", "(b)", "(c)"]
    assert str(printed.paragraphs[1].span) == "amendment.txt:9:1"
    assert str(amendment.printed_span) == "amendment.txt:3:1"


def test_a_printed_result_alone_replaces_the_whole_motion():
    """An amendment that only prints the motion as it will read is a whole-text replacement."""
    amendment = _amendment("Motion to read if carried:\n\n" + AS_AMENDED)
    part, = amendment.parts
    assert isinstance(part.operations[0], ops.ReplaceAll)
    assert amendment.printed_result is None
    result = amend.resolve(amend.read_motion(MOTION), amendment)
    assert amend.render_text(result.motion) == AS_AMENDED


def test_a_misspelt_numbered_part_before_a_printed_result_is_an_error():
    """A part that does not read is refused, never replaced by the printed text."""
    with pytest.raises(amend.InstructionSyntaxError, match="did you mean"):
        _amendment("1. the deletoin of paragraph (c).\n\nThe amended motion will read:-\n\n"
                   + AS_AMENDED)


def _resolved(printed: str, carried=None):
    amendment = _amendment(INSTRUCTION + "The amended motion will read:-\n\n" + printed)
    return amend.resolve(amend.read_motion(MOTION), amendment, carried)


def test_a_printed_result_that_agrees_leaves_the_result_verified():
    """The instructions give the printed text: no warning, and the result is verified."""
    result = _resolved(AS_AMENDED)
    assert result.warnings == () and not result.unverified


def test_cosmetic_differences_from_the_printed_result_count_as_agreement():
    """Other quote glyphs and doubled spaces in the printed text are agreement."""
    result = _resolved(AS_AMENDED.replace("thanks all", "thanks  all").replace(
        "Director's", "Director’s"))
    assert not [w for w in result.warnings if w.kind is amend.WarningKind.PRINTED_RESULT_DIFFERS]


def test_a_dropped_word_in_the_printed_result_is_reported_at_its_line():
    """A word the printed text drops is a difference, said both ways, at its line:col."""
    warning, = _resolved(AS_AMENDED.replace("for their work", "for work")).warnings
    assert warning.kind is amend.WarningKind.PRINTED_RESULT_DIFFERS
    assert str(warning) == ("amendment.txt:9:1: (b): the printed result says “thanks all "
                            "officers for work; and”; the instructions give “thanks all "
                            "officers for their work; and” (wording)")


def test_a_printed_result_that_differs_leaves_the_result_unverified():
    """A substantive difference makes the result unverified, the difference its reason."""
    result = _resolved(AS_AMENDED.replace("(c) asks the Leader", "(c) asks the Mayor"))
    assert [w.kind for w in result.unverified_reasons] == \
        [amend.WarningKind.PRINTED_RESULT_DIFFERS]


def test_a_printed_result_without_the_opening_words_is_compared_without_them():
    """A printed text that leaves out "That this Council:-" agrees on its paragraphs."""
    result = _resolved(AS_AMENDED.replace("That this Council:-\n\n", ""))
    assert result.warnings == ()


def test_an_amendment_carried_in_part_is_not_compared_with_its_printed_result():
    """The printed text shows the whole amendment, so a part-carried one is not compared."""
    result = _resolved(AS_AMENDED.replace("(c) asks the Leader", "(c) asks the Mayor"), "1")
    assert not result.unverified


def test_minutes_verification_compares_an_amendments_printed_result():
    """In a minutes item, a carried amendment's printed result that differs is warned of."""
    text = (EXAMPLES / "minutes" / "04-imperative-unlabelled.txt").read_text(encoding="utf-8")
    text = text.replace(
        "the Scrutiny Board.”\n",
        "the Scrutiny Board.”\n\nThe amended motion would then read:\n\nThis Council notes the "
        "report of the Local Government Ombudsman on school transport.\n\nCouncil welcomes the "
        "action plan agreed with the Ombudsman and asks for updates to the Scrutiny Board.\n", 1)
    report = verify(read_minutes(text, source="item.txt"))
    assert any("the printed result says" in str(w) and "“… Ombudsman and asks for updates"
               in str(w) for w in report.warnings)


def test_apply_of_an_agreeing_printed_result_exits_0():
    """`amend apply` on the agreeing example prints the text and exits 0."""
    result = invoke("apply", AGREES / "motion.txt", AGREES / "amendment.txt", "--format", "text")
    assert result.exit_code == 0 and result.stdout.startswith("That this Council:-")


def test_apply_of_a_printed_result_dropping_a_word_exits_1_and_says_where():
    """`amend apply` on the dropped-word example warns of the difference and exits 1."""
    result = invoke("apply", DROPS / "motion.txt", DROPS / "amendment.txt", "--format", "text")
    assert result.exit_code == 1
    assert ("amendment.txt:9:1: ¶2: the printed result says “… raised spent on bringing homes "
            "back into use.”; the instructions give “… raised spent on bringing empty homes "
            "back into use.” (wording)") in result.stderr
