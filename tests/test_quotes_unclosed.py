"""A quotation that is never closed: read to the end with a warning naming where it opens, the
result marked unverified in every format; or, where no reading of it gives words the motion
has, a located error naming it."""

import io
from pathlib import Path

import pytest

import amend
from amend.text.quotes import unpaired
from tests.cli import invoke

CASE = Path(__file__).resolve().parents[1] / "examples" / "unclosed-quotation-cut-off"
MOTION = """That this Council:-

(a) notes the report;

(b) thanks the staff for their work; and

(c) asks the Leader to write to the Minister.
"""
CUT_OFF = "In paragraph (b), after “the staff” insert “and all officers of the Council"


def _resolved(amendment_text: str, source: str = "amendment.txt"):
    motion = amend.read_motion(MOTION)
    amendment = amend.read_amendment(amendment_text, source=source, motion=motion)
    return amend.resolve(motion, amendment)


@pytest.mark.parametrize("text, opened", [
    ("delete “the staff and insert “all officers”.", [7]),
    ('delete "the staff and insert "all officers".', [7]),
    ("after “the staff” insert “and all", [25]),
    ("Add at end: ‘and all", [12]),
])
def test_unpaired_finds_where_the_unclosed_quotation_opens(text, opened):
    """The offset of each quotation that nothing closes is found."""
    assert unpaired(text) == opened


@pytest.mark.parametrize("text", [
    "delete “the “woeful underfunding” of” and insert “x”",
    "Replace the Council's 'plan' with 'scheme'",
    'Delete "the staff" and replace with "all officers"',
    "Replace ‘Ofsted’s rating’ with ‘the rating’",
])
def test_unpaired_finds_nothing_where_every_quotation_closes(text):
    """Closed, nested and apostrophe-bearing quotations have no unpaired opening."""
    assert unpaired(text) == []


def test_a_cut_off_quotation_is_read_to_the_end():
    """A quotation cut off at the end of the amendment is taken to the end of the text."""
    result = _resolved(CUT_OFF)
    assert result.motion.paragraphs[1].body == \
        "thanks the staff and all officers of the Council for their work; and"


def test_a_cut_off_quotation_warns_naming_where_it_opens():
    """The warning names the opening quote's file:line:col and says it was never closed."""
    warning, = _resolved(CUT_OFF).warnings
    assert warning.kind is amend.WarningKind.UNCLOSED_QUOTATION
    assert str(warning) == ("amendment.txt:1:44: the quotation opened here is never closed; "
                            "read to the end of the amendment")


def test_a_cut_off_quotation_leaves_the_result_unverified():
    """The result of a reading that ran a quotation to the end is unverified, with the reason."""
    result = _resolved(CUT_OFF)
    assert result.unverified
    assert [w.kind for w in result.unverified_reasons] == [amend.WarningKind.UNCLOSED_QUOTATION]


def test_a_closed_quotation_leaves_the_result_verified():
    """An amendment whose quotations all close gives a verified result."""
    result = _resolved("In paragraph (b), after “the staff” insert “and all officers”")
    assert not result.unverified and result.unverified_reasons == ()


def test_the_operation_of_the_part_is_applied_with_the_warning():
    """The operation read past its quotation's end has the status "applied with a warning"."""
    outcome, = _resolved(CUT_OFF).outcomes
    assert outcome.status is amend.Status.WARNED
    assert outcome.warnings[0].kind is amend.WarningKind.UNCLOSED_QUOTATION


def test_new_text_after_a_colon_opening_a_quotation_never_closed_warns():
    """New text that opens with a quote and never closes it is read whole, with a warning."""
    result = _resolved("Add at end: “The Council also thanks the volunteers.")
    assert result.motion.paragraphs[-1].body == "The Council also thanks the volunteers."
    assert [str(w.span) for w in result.unverified_reasons] == ["amendment.txt:1:13"]


def test_in_a_numbered_amendment_the_warning_names_the_part():
    """A quotation cut off in part 2 is read to the end of part 2, and the warning says so."""
    text = "1. In paragraph (a), delete “the report” and insert “the plan”\n" \
           "2. In paragraph (c), after “the Minister” insert “and the Mayor\n"
    warning, = _resolved(text).warnings
    assert str(warning) == ("amendment.txt:2:50: the quotation opened here is never closed; "
                            "read to the end of part 2")


@pytest.mark.parametrize("text", [
    'In paragraph (b), delete "the staff and insert "all officers".',
    "In paragraph (b), delete “the staff and insert “all officers”.",
])
def test_an_unclosed_quotation_whose_words_are_not_found_is_a_located_error(text):
    """Words run on past a missing close are not looked for: the error names the quotation."""
    motion = amend.read_motion(MOTION)
    with pytest.raises(amend.InstructionSyntaxError, match="never closed") as caught:
        amend.read_amendment(text, source="amendment.txt", motion=motion)
    assert str(caught.value.span) == "amendment.txt:1:26"


def test_the_cut_off_example_warns_at_its_opening_quote():
    """The worked example's result is unverified, its warning at the opening quote."""
    motion = amend.read_motion(amend.read_file(CASE / "motion.txt"))
    amendment = amend.read_amendment(amend.read_file(CASE / "amendment.txt"),
                                     source="amendment.txt", motion=motion)
    reason, = amend.resolve(motion, amendment).unverified_reasons
    assert str(reason.span) == "amendment.txt:3:102"


def test_apply_exits_1_and_heads_the_text_with_the_reason():
    """`amend apply` prints the text headed by an UNVERIFIED line and exits 1."""
    result = invoke("apply", CASE / "motion.txt", CASE / "amendment.txt", "--format", "text")
    assert result.exit_code == 1
    assert result.stdout.startswith("UNVERIFIED: ")
    assert "the quotation opened here is never closed" in result.stdout.splitlines()[0]


def test_apply_redline_is_headed_by_the_reason():
    """The plain redline of an unverified result starts with the UNVERIFIED line."""
    result = invoke("apply", CASE / "motion.txt", CASE / "amendment.txt", "--format", "redline")
    assert result.exit_code == 1 and result.stdout.startswith("UNVERIFIED: ")


def test_apply_of_a_verified_result_has_no_note_and_exits_0():
    """A verified result is printed without a note, and apply exits 0."""
    case = CASE.parent / "add-at-end"
    result = invoke("apply", case / "motion.txt", case / "amendment.txt", "--format", "text")
    assert result.exit_code == 0 and "UNVERIFIED" not in result.stdout


def test_the_html_page_says_the_result_is_unverified():
    """The page's heading over the resolved text says it is unverified."""
    from amend.render.html import render_html

    result = _resolved(CUT_OFF)
    assert "The motion as amended (unverified" in render_html(result.original, result)


def test_the_word_document_title_says_the_result_is_unverified():
    """The .docx's title property says the result is unverified."""
    from docx import Document

    from amend.render.docx import render_docx

    result = _resolved(CUT_OFF)
    document = Document(io.BytesIO(render_docx(result.original, result)))
    assert "unverified" in document.core_properties.title


def test_the_terminal_change_list_says_the_result_is_unverified(capsys):
    """On a terminal, the reasons follow the change list and the resolved text is headed so."""
    from amend_cli.terminal import print_result

    print_result(_resolved(CUT_OFF))
    shown = capsys.readouterr().out
    assert "unverified: amendment.txt:1:44: the quotation opened here is never closed" in shown
    assert "resolved, unverified" in shown
