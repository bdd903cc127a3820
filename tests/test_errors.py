"""Every error class, reached by a realistic bad input, and how the command line shows it."""

import pytest

from amend import (
    AmbiguousTarget,
    CarriedSpecError,
    InstructionSyntaxError,
    NoEffect,
    TargetNotFound,
    read_amendment,
    read_motion,
    resolve,
)
from tests.cli import run_cli

MOTION = read_motion("That this Council:-\n\n(a) notes the report;\n\n(b) thanks the staff "
                      "and thanks the carers; and\n\n(c) requests a report.\n")


def test_a_part_that_does_not_read_as_an_instruction_is_reported_where_it_starts():
    """A numbered line that reads as no instruction is reported at its line, column 1."""
    text = "that the Motion be amended by:-\n\n1. the deletion of paragraph (b);\n\n" \
           "2. the obliteration of paragraph (c).\n"
    with pytest.raises(InstructionSyntaxError) as info:
        read_amendment(text, source="amendment.txt")
    error = info.value
    assert (error.span.source, error.span.line, error.span.column) == ("amendment.txt", 5, 1)
    assert "2. the obliteration" in error.message


def test_a_slip_inside_a_part_names_its_line_and_what_could_come_next():
    """A part that starts well but goes wrong is reported at the wrong word with expectations."""
    text = "1. the deletion of paragraph (b);\n\n2. the deletion of paragraph (c) forthwith.\n"
    with pytest.raises(InstructionSyntaxError) as info:
        read_amendment(text, source="amendment.txt")
    error = info.value
    assert error.span.line == 3
    assert error.span.column == text.splitlines()[2].index("forthwith") + 1
    assert error.expected


def test_missing_paragraph_names_the_paragraphs_the_motion_has():
    """Deleting a paragraph that is not there names the ones that are."""
    amendment = read_amendment("the deletion of paragraph (f)")
    with pytest.raises(TargetNotFound, match=r"no paragraph \(f\)") as info:
        resolve(MOTION, amendment)
    assert info.value.hint == "the motion has paragraphs (a)–(c)"


def test_missing_words_suggest_the_closest_words():
    """Quoted words not in the motion are reported with the closest words that are."""
    amendment = read_amendment("Delete “thanks the stuff”")
    with pytest.raises(TargetNotFound) as info:
        resolve(MOTION, amendment)
    assert "thanks the staff" in info.value.hint


def test_words_in_two_places_are_ambiguous_when_resolving_strictly():
    """Words that occur twice, with no paragraph named, are an error under ``strict``."""
    amendment = read_amendment("Delete “report”")
    with pytest.raises(AmbiguousTarget, match="2 times"):
        resolve(MOTION, amendment, strict=True)


def test_an_operation_that_changes_nothing_is_an_error():
    """Replacing words with the same words is reported as having no effect."""
    amendment = read_amendment("Replace “notes” with “notes”")
    with pytest.raises(NoEffect):
        resolve(MOTION, amendment)


def test_carried_part_that_does_not_exist_is_an_error():
    """--carried naming a part the amendment does not have is a clear error."""
    amendment = read_amendment("1. the deletion of paragraph (b)")
    with pytest.raises(CarriedSpecError, match="no part 4"):
        resolve(MOTION, amendment, "4")


def test_unreadable_carried_spec_is_an_error():
    """--carried text that is not part numbers and labels is a clear error."""
    amendment = read_amendment("1. the deletion of paragraph (b)")
    with pytest.raises(CarriedSpecError, match="cannot read"):
        resolve(MOTION, amendment, "three")


def test_cli_shows_file_line_column_and_caret_with_status_2(tmp_path):
    """The command line prints file:line:col, the line and a caret, exits 2, no traceback."""
    motion = tmp_path / "motion.txt"
    motion.write_text("(a) notes the report;\n\n(b) thanks the staff.\n")
    amendment = tmp_path / "amendment.txt"
    amendment.write_text("1. the deletion of paragraph (b) forthwith.\n")
    result = run_cli("apply", str(motion), str(amendment))
    assert result.returncode == 2
    first, line, caret = result.stderr.splitlines()[:3]
    assert first.startswith(f"amend: {amendment}:1:")
    assert line.strip() == "1. the deletion of paragraph (b) forthwith."
    assert caret.index("^") == line.index("forthwith")
    assert "Traceback" not in result.stderr
    assert amendment.read_text() == "1. the deletion of paragraph (b) forthwith.\n"


def test_cli_shows_a_long_line_cut_around_the_place_with_the_caret_on_it(tmp_path):
    """An error on a line of 30,000 characters shows 100 of them around the place, “…” where
    the line is cut, and the caret under the place itself (before, the whole line)."""
    motion = tmp_path / "motion.txt"
    motion.write_text("(a) notes the report;\n\n(b) thanks the staff.\n")
    amendment = tmp_path / "amendment.txt"
    amendment.write_text("Delete “" + "x " * 15_000 + "” forthwith.\n")
    result = run_cli("apply", str(motion), str(amendment))
    assert result.returncode == 2
    first, line, caret = result.stderr.splitlines()[:3]
    assert first.startswith(f"amend: {amendment}:1:30011:")
    assert line.startswith("  …x x") and line.endswith("forthwith.") and len(line) <= 110
    assert line[caret.index("^"):].startswith("forthwith")


def test_a_scope_that_cannot_limit_the_operation_is_refused_not_dropped():
    """"In paragraph (b), delete paragraph (c)" is an error, never a wider deletion."""
    with pytest.raises(InstructionSyntaxError, match="cannot limit"):
        read_amendment("In paragraph (b), delete paragraph (c)")


@pytest.mark.parametrize("motion", [None, MOTION], ids=["without motion", "with motion"])
def test_two_quotations_are_not_read_as_one_to_get_past_a_refusal(motion):
    """"Delete “x” in (a) and insert “y” in (b)" is refused for its misplaced place, not
    read as the one quotation “x” in (a) and insert “y”, whose words the motion lacks (with
    a motion) or which would be explained as deleted (without one)."""
    with pytest.raises(InstructionSyntaxError, match="cannot limit") as info:
        read_amendment("Delete “the report” in paragraph (a) and insert “the plan” in "
                       "paragraph (b).", motion=motion)
    assert "and insert" not in info.value.message.split("“replace")[0]


@pytest.mark.parametrize("marks", ["“”", '""', "''", "‘’"])
@pytest.mark.parametrize("motion", [None, MOTION], ids=["without motion", "with motion"])
def test_new_words_are_never_read_across_quotation_marks(motion, marks):
    """"Substitute “paper” for “report” and “plan” for “staff”" is two substitutions, in any
    quotation marks, none of whose words holds a quotation mark: it was once read as “paper”
    for “report” and “plan” put in place of “staff”, quotation marks and all (then refused,
    until a list of substitutions was read)."""
    text = "Substitute “paper” for “report” and “plan” for “staff”."
    text = text.replace("“", marks[0]).replace("”", marks[1])
    operations = read_amendment(text, motion=motion).parts[0].operations
    assert [(op.old.text, op.new.text) for op in operations] == [("report", "paper"),
                                                                 ("staff", "plan")]


def test_an_apostrophe_in_new_words_in_single_marks_is_not_a_quotation_mark():
    """‘the Council’s own’ is new words with an apostrophe, inserted whole."""
    [op] = read_amendment("Insert ‘the Council’s own’ after ‘notes’.", motion=MOTION
                          ).parts[0].operations
    assert op.words.text == "the Council’s own"


@pytest.mark.parametrize("text", ["the “Big Society” scheme", "the “Big” and “Small” schemes"])
def test_quotations_nested_in_another_are_still_read_as_one(text):
    """A quotation whose words hold quotations, each opened before it closes, is one."""
    for instruction in (f"Delete “{text}” in paragraph (a).",
                        f"Insert “{text}” after “report”."):
        [op] = read_amendment(instruction).parts[0].operations
        assert op.words.text == text


@pytest.mark.parametrize(("instruction", "hint"), [
    ("the deletion of paragraph f", "a paragraph label is written with brackets"),
    ("Delete all after This Council notes the report", "quoted words need quotation marks"),
    ("Replace “poor” with", "new text must follow"),
])
def test_common_slips_get_a_friendly_hint(instruction, hint):
    """A common slip is named in words rather than only as a list of expected tokens."""
    with pytest.raises(InstructionSyntaxError) as info:
        read_amendment(instruction)
    assert hint in info.value.hint


def test_a_relettering_the_result_does_not_bear_out_is_a_warning():
    """"the relettering of original paragraph (c) as (e)" when it becomes (d) is reported."""
    amendment = read_amendment("1. the addition of a new paragraph (c) as follows:-\n\n"
                                "(c) notes the grant cut;\n\n"
                                "2. the relettering of original paragraph (c) as "
                                "a new paragraph (e)")
    result = resolve(MOTION, amendment)
    assert [w.message for w in result.warnings] == [
        "amendment 1, part 2: the paragraph to be relettered (e) is (d) after the amendment"]


@pytest.mark.parametrize(("amendment_text", "where"), [
    ("Insert “x” after\n", ":1:17:"),
    ("1. the addition of a new paragraph (c) as follows:-\n\n(c) notes x.\n\n"
     "2. the deletoin of paragraph (a).\n", ":5:8:"),
])
def test_cli_reports_a_cut_short_or_misspelt_amendment_with_status_2(tmp_path, amendment_text,
                                                                     where):
    """A cut-short instruction or a misspelt part exits 2 with file:line:col, no traceback."""
    motion = tmp_path / "motion.txt"
    motion.write_text("(a) notes the report;\n\n(b) thanks the staff.\n")
    amendment = tmp_path / "amendment.txt"
    amendment.write_text(amendment_text)
    result = run_cli("apply", str(motion), str(amendment))
    assert (result.returncode, "Traceback" in result.stderr) == (2, False)
    assert result.stderr.splitlines()[0].startswith(f"amend: {amendment}{where}")
