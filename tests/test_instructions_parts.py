"""No part of an amendment is ever lost: a numbered line that would read as an instruction but
for one word is an error where that word is, never new text of the part before or preamble."""

import re
from pathlib import Path

import pytest

from amend import InstructionSyntaxError, Span, read_amendment, read_motion
from amend.instructions.amendment import parse_amendment

HEAD = "that the Motion now submitted be amended by:-\n\n"
ADDITION = ("1. the addition of new paragraphs (g) and (h) as follows:-\n\n"
            "(g) thanks the carers;\n\n(h) requests a report on next steps.\n\n")


def error_of(text: str) -> InstructionSyntaxError:
    with pytest.raises(InstructionSyntaxError) as info:
        read_amendment(text, source="amendment.txt")
    return info.value


def test_a_misspelt_part_after_new_text_is_an_error_at_the_misspelt_word():
    """"3. the deletoin, from …" after a part's new paragraphs is reported at "deletoin"."""
    last = "3. the deletoin, from paragraph (c), of the words “next”."
    error = error_of(HEAD + ADDITION + last + "\n")
    assert error.span == Span("amendment.txt", 9, last.index("deletoin") + 1)


def test_a_misspelt_part_suggests_the_instruction_word():
    """A misspelt instruction word gets "did you mean" the word it is one edit from."""
    error = error_of(HEAD + ADDITION + "2. the insertoin in paragraph (c), after the words "
                     "“report”, of the words “written”.\n")
    assert "did you mean “insertion”?" in error.message


def test_a_misspelt_first_part_is_not_taken_as_preamble():
    """A misspelt part 1 before a good part 2 is an error, not the amendment's preamble."""
    error = error_of(HEAD + "1. the deletoin of paragraph (b);\n\n2. the deletion of "
                     "paragraph (c).\n")
    assert (error.span.line, "did you mean “deletion”?" in error.message) == (3, True)


def test_a_misspelt_verb_in_a_numbered_line_of_new_text_is_an_error():
    """"2. Delte paragraph (c)" inside a replacement block is refused, not kept as new text."""
    error = error_of("Delete all after “notes” and replace with:\n\n1. the report;\n\n"
                     "2. Delte paragraph (c)\n")
    assert "did you mean “delete”?" in error.message


def test_a_part_whose_instruction_word_is_unknown_is_reported_where_it_starts():
    """"2. the obliteration of paragraph (c)" after new text is an error at its line, column 1."""
    error = error_of(HEAD + ADDITION + "2. the obliteration of "
                     "paragraph (c).\n")
    assert (error.span.line, error.span.column, "obliteration" in error.hint) == (9, 1, True)


def test_a_misspelt_single_instruction_says_what_it_may_mean():
    """An unnumbered instruction with a misspelt verb is reported with the word it may mean."""
    error = error_of("Delte paragraph (c)")
    assert "did you mean “delete”?" in error.hint


def test_numbered_content_in_new_text_stays_new_text():
    """"1. Call in best practice…" and "2. Supports staff" inside a replacement are content."""
    text = ("1. Delete all after “notes” and replace with:\n\n1. Call in best practice from "
            "other councils;\n\n2. Asks the leader to write to the minister.\n\n"
            "2. the deletion of paragraph (c)\n")
    first, second = read_amendment(text).parts
    assert ("1. Call in best practice" in first.block.text,
            "2. Asks the leader" in first.block.text, second.number) == (True, True, 2)


def test_a_numbered_instruction_cut_short_is_not_taken_as_preamble():
    """"1. Delete all" before a good part 2 is an error at its line, not the preamble."""
    error = error_of(HEAD + "1. Delete all\n\n2. the deletion of paragraph (c).\n")
    assert (error.span.line, error.span.column, "replaces it" in error.hint) == (3, 1, True)


def test_a_misspelt_part_wrapped_over_two_lines_is_still_found():
    """A misspelt part whose words run on to the next line is refused like a one-line one."""
    error = error_of("1. the deletoin, from paragraph (c),\nof the words “x”.\n\n"
                     "2. the deletion of paragraph (d)\n")
    assert (error.span.line, error.span.column) == (1, 8)


def test_a_numbered_line_inside_quoted_new_text_is_never_a_part():
    """New numbered paragraphs in quotation marks stay new text, though one of them reads as an
    instruction ("4) Delete the word staff"): the part before them is not lost."""
    motion = read_motion("1) notes the report;\n\n2) thanks staff.\n")
    amendment = parse_amendment("Add at end:\n\n“3) notes the plan\n\n4) Delete the word staff\n\n"
                                "5) thanks the team”", motion=motion)
    (part,) = amendment.parts
    assert part.instruction == "Add at end:"
    assert part.operations[0].content.text.splitlines()[2] == "4) Delete the word staff"


PRINTED_DROPS = Path(__file__).resolve().parents[1] / "examples" / "printed-result-drops-a-word"


def _printed_drops(numbering: str) -> tuple:
    """The worked example's motion, and its amendment with its parts numbered another way."""
    text = (PRINTED_DROPS / "amendment.txt").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^(\d)\. ", lambda m: numbering.format(m.group(1)), text)
    return read_motion((PRINTED_DROPS / "motion.txt").read_text(encoding="utf-8")), text


@pytest.mark.parametrize("numbering", ["({}) ", "Part {}: ", "Amendment {} - ", "• "])
def test_parts_numbered_in_a_way_not_read_are_refused_at_the_first(numbering):
    """Parts marked "(1)", "Part 1:", "Amendment 1 -" or "•" are not read as parts (a "(1)"
    labels new paragraphs as often); the first is refused where it stands instead of being
    lost before the printed result, which would then have replaced the whole motion."""
    motion, text = _printed_drops(numbering)
    with pytest.raises(InstructionSyntaxError) as caught:
        parse_amendment(text, source="amendment.txt", motion=motion)
    assert str(caught.value.span) == "amendment.txt:1:1"


def test_a_lettered_part_after_a_numbered_one_is_not_taken_into_its_words():
    """“b) In paragraph (c), delete …” after part 1 would be read as part of part 1's quoted
    words; it is refused at its own line instead."""
    motion = read_motion("That this Council:\n\n(a) notes the report;\n\n(b) thanks the Leader.\n")
    text = ("1. In paragraph (a), after “notes” insert “, with thanks,”.\n\n"
            "b) In paragraph (b), delete “the Leader” and replace with “the Mayor”.\n")
    with pytest.raises(InstructionSyntaxError) as caught:
        parse_amendment(text, source="amendment.txt", motion=motion)
    assert str(caught.value.span) == "amendment.txt:3:1"
    assert "reads as a further instruction" in str(caught.value)


def test_numbered_new_text_that_opens_like_an_instruction_says_how_to_quote_it():
    """"3. to add a new bus route …" after "Add at end:" reads as a part it cannot finish: the
    error says to quote it if it is new text, and quoted it is new text."""
    motion = read_motion("That this Council resolves:\n\n1. to ask the Leader to write;\n\n"
                         "2. to report back in March.\n")
    with pytest.raises(InstructionSyntaxError) as caught:
        parse_amendment("Add at end:\n\n3. to add a new bus route to the hospital.\n",
                        motion=motion)
    assert "if “3.” starts new text rather than a part, put that text in quotation marks" in \
        caught.value.hint
    (part,) = parse_amendment("Add at end:\n\n“3. to add a new bus route to the hospital.”\n",
                              motion=motion).parts
    assert part.operations[0].content.text == "3. to add a new bus route to the hospital."
