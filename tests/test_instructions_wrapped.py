"""An amendment printed inside one pair of quotation marks, as minutes quote what was moved."""

from pathlib import Path

import pytest

import amend
from amend.instructions import operations as ops
from amend.instructions.amendment import parse_amendment

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "quoted-whole-amendment"
MOTION = amend.read_motion("That this Council:\n\n(a) notes the report;\n\n(b) thanks staff.\n")


def test_a_numbered_amendment_quoted_whole_reads_as_its_parts():
    """The worked example: “1. … 2. …” after the clerk's lead-in gives both parts, and the
    wrapper's closing mark is not taken into the new words of part 2."""
    amendment = parse_amendment((EXAMPLE / "amendment.txt").read_text(encoding="utf-8"),
                                motion=amend.read_motion(
                                    (EXAMPLE / "motion.txt").read_text(encoding="utf-8")))
    assert [part.number for part in amendment.parts] == [1, 2]
    (substitution,) = amendment.parts[1].operations
    assert substitution.new.text == "the Leader and the Chief Executive"


@pytest.mark.parametrize("text", [
    "“In paragraph (a), delete “the report” and replace with “the annual report”.”",
    "“In paragraph (a), delete “the report” and replace with “the annual report””.",
])
def test_a_single_instruction_quoted_whole_is_read(text):
    """One instruction inside quotation marks (the full stop inside or outside) is read."""
    (part,) = parse_amendment(text, motion=MOTION).parts
    assert part.operations == (ops.SubstituteWords(ops.Text("the report"),
                                                   ops.Text("the annual report"),
                                                   ops.LabelRef("a")),)


def test_a_whole_text_in_quotation_marks_is_not_unwrapped():
    """“That this Council …” in quotation marks is a whole text, kept with its marks."""
    amendment = parse_amendment("Amend the motion to read: “That this Council thanks staff.”",
                                motion=MOTION)
    (replace_all,) = amendment.parts[0].operations
    assert replace_all.content.text == "That this Council thanks staff."


def test_quoted_new_text_after_an_instruction_is_not_a_wrapper():
    """New words in quotation marks on their own line after the instruction stay new words,
    though they read like an instruction."""
    (part,) = parse_amendment("Add at the end of paragraph (b):\n\n“Delete the fees.”",
                              motion=MOTION).parts
    assert "Delete the fees." in part.operations[0].words.text


def test_a_quoted_part_whose_quotation_never_closes_is_refused_where_it_stands():
    """“1. … with the closing mark cut off would lose part 1 in the preamble: it is refused at
    its line and column instead."""
    text = ("“1. In paragraph (a), delete “the report” and replace with “the annual report”.\n\n"
            "2. In paragraph (b), after “thanks” insert “all”.")
    with pytest.raises(amend.InstructionSyntaxError) as caught:
        parse_amendment(text, source="amendment.txt", motion=MOTION)
    assert str(caught.value.span) == "amendment.txt:1:1"
    assert "part 1 stands inside a quotation mark that is never closed" in str(caught.value)
