"""Any text given as an amendment reads as an Amendment or raises a located AmendError: an
instruction cut short, thousands of quotations or operations, or noise are never a crash."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amend import (
    AmendError,
    Amendment,
    InstructionSyntaxError,
    ReadError,
    Span,
    read_amendment,
    read_motion,
    resolve,
)

MOTION = read_motion("That this Council:-\n\n(a) notes the staff report;\n\n(b) thanks the staff "
                     "and the carers; and\n\n(c) requests a report.\n")
FRAGMENTS = (
    "Delete", "delete", "the deletion of", "the deletion, from", "Insert", "insert", "Add",
    "the addition of", "the insertion in", "Replace", "replace with", "replacing them with",
    "the substitution of", "Substitute", "for", "Renumber section 2 to 3", "the relettering of",
    "leave out from", "to the end", "at end", "at the start", "all", "everything", "after",
    "before", "following", "prior to", "and", "and the words", "also", "in", "from", "of",
    "with", "to", "as follows", "as a new paragraph", "new paragraphs", "paragraph", "paragraphs",
    "point 2", "(b)", "(c)", "(g) to (h)", "and (e)", "original", "the second", "the first two",
    "the last", "paragraph", "sentence", "the words", "the word", "words", "throughout",
    "in each place", "in line 4", "this section", "the following", "the motion", ":", ":-", ";",
    ".", ",", "1.", "2.", "3.", "\n", "\n\n", "“", "”", "‘", "’", "\"", "'", "“staff”",
    "“the carers”", "‘report’", "\"notes\"", "“a “nested” quote”", "Ofsted’s", "(g) notes x;",
    "that the Motion now submitted be amended by:-", "that the motion be amended to read",
    "the deletoin", "Delte", "Call in best practice", "sentences", "the third", "and the last",
    "That part (b)", "be amended by", "and by", "Amend paragraph (c) by", "the words from",
)


def read(text: str, motion=None):
    """The amendment, or None when a located AmendError was raised; anything else fails."""
    try:
        amendment = read_amendment(text, motion=motion)
    except ReadError:
        return None
    except AmendError as error:
        assert error.span is not None, error
        return None
    assert isinstance(amendment, Amendment)
    return amendment


@pytest.mark.parametrize("text", ["Insert “x” after", "Add the words “x” after", "Add at end"])
def test_an_instruction_cut_short_is_a_syntax_error_at_its_end(text):
    """An instruction cut off after its first words is reported just past its last word."""
    with pytest.raises(InstructionSyntaxError) as info:
        read_amendment(text)
    assert info.value.span == Span("amendment", 1, len(text) + 1)


def test_a_thousand_quotations_no_reading_parses_are_a_located_error():
    """A part with a thousand quotations that no reading parses is a syntax error on line 1."""
    text = "Delete the words " + ", ".join(["“staff”"] * 1000)
    with pytest.raises(InstructionSyntaxError) as info:
        read_amendment(text)
    assert info.value.span.line == 1


def test_a_thousand_limited_operations_chain_without_recursion():
    """A chain of a thousand "in paragraph (b), delete “x”" reads as a thousand operations."""
    text = " and ".join(["in paragraph (b), delete “x”"] * 1000)
    part, = read_amendment(text).parts
    assert len(part.operations) == 1000


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join), st.booleans())
def test_instruction_fragments_read_or_raise_a_located_error(text, with_motion):
    """Texts made of instruction words, labels and quotes read, or raise a located AmendError."""
    read(text, MOTION if with_motion else None)


@given(st.text(max_size=300))
def test_any_text_reads_or_raises_an_amend_error(text):
    """Any text at all reads as an Amendment or raises an AmendError."""
    read(text)


def test_a_path_of_thousands_of_labels_is_refused_where_it_starts():
    """“Delete paragraph (a) (a) … (b).” with 2,000 labels is refused (a path names 26 at most)
    at its line, not a crash (before, building the path ran out of recursion)."""
    with pytest.raises(InstructionSyntaxError, match="2001 paragraphs") as raised:
        read_amendment("Delete paragraph " + "(a) " * 2000 + "(b).", source="amendment.txt",
                       motion=MOTION)
    assert str(raised.value.span) == "amendment.txt:1:1"


def test_a_list_of_more_labels_than_a_motion_has_is_refused():
    """“Delete paragraphs (a), (a), … and (c).” naming 40 paragraphs is refused."""
    with pytest.raises(InstructionSyntaxError, match="a list of labels names 40 paragraphs"):
        read_amendment("Delete paragraphs " + "(a), " * 38 + "(b) and (c).", motion=MOTION)


def test_an_instruction_too_long_outside_its_quotations_is_refused_where_it_starts():
    """An instruction with 200,000 characters outside its quotation marks is refused at its
    start, before it is parsed, saying why."""
    text = "Delete paragraphs " + "(a), " * 40_000 + "(b) and (c)."
    with pytest.raises(InstructionSyntaxError, match="200,030 characters outside") as raised:
        read_amendment(text, source="amendment.txt", motion=MOTION)
    assert str(raised.value.span) == "amendment.txt:1:1"


def test_the_readings_of_a_long_instruction_are_tried_within_a_budget():
    """A chain of 3,000 deletions, each of words a motion does not hold, is read against it
    (and refused) after at most READING_BUDGET characters of skeleton and one reading more,
    not after all 120 readings of its quotation marks (before, 5,000 took 46 s)."""
    from amend.instructions import sentence
    from amend.text.quotes import readings

    part = " and ".join(["in paragraph (b), delete “zebras”"] * 3000)
    where = sentence.Located("amendment", part, 0)
    lengths = [len(skeleton.text) for _, skeleton in sentence._skeletons(readings(part), part,
                                                                         where)]
    assert 1 < len(lengths) < 120
    assert sum(lengths[:-1]) <= sentence.READING_BUDGET < sum(lengths)
    with pytest.raises(AmendError):
        resolve(MOTION, read_amendment(part, motion=MOTION))
