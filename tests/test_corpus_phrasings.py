"""Phrasings of the real corpus (../shared/corpus) and of PATTERNS.md §7 beyond the grammar
table: whole amendments read through ``parse_amendment``, refusals with their place and
hint, free words that must never widen an operation, and the writer's inverse of each new
operation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import amend
from amend.errors import InstructionSyntaxError, NarrativeAmendment, Span
from amend.instructions import operations as ops
from amend.instructions.amendment import parse_amendment
from amend.instructions.operations import Text as T
from amend.instructions.sentence import Located, read_instruction
from amend.instructions.writer import imperative, structured
from amend.text.quotes import readings

CORPUS = Path(os.environ.get("AMEND_CORPUS")
              or Path(__file__).resolve().parents[2] / "shared" / "corpus")
ABSENT = f"the real corpus is not here ({CORPUS}); set AMEND_CORPUS to its folder"


def read(sentence: str) -> tuple[ops.Operation, ...]:
    return read_instruction(sentence, Located("amendment", sentence, 0))[0]


def test_clerk_instruction_may_run_over_a_blank_line():
    """“proposed an Amendment to the Motion / as follows:” split by a blank line is one
    instruction, and the quoted text after it replaces the motion as printed."""
    text = ("proposed an Amendment to the Motion\n\nas follows:\n\n"
            "**“That the Council calls on the Minister**\n\n**to suspend the charges.”**\n")
    part, = parse_amendment(text).parts
    assert part.operations == (ops.ReplaceAll(T(
        "**“That the Council calls on the Minister**\n\n**to suspend the charges.”**")),)


def test_words_before_the_instruction_line_are_its_preamble():
    """In “the Motion / could be amended to replace …” the instruction starts on line two."""
    amendment = parse_amendment("the Motion\ncould be amended to replace the word ‘Delete ‘ "
                                "with ‘Amend’\n")
    assert (amendment.preamble, amendment.parts[0].operations) == (
        "the Motion", (ops.SubstituteWords(T("Delete"), T("Amend")),))


def test_seconder_sentence_is_not_part_of_the_new_text():
    """The clerk's “and this was seconded by Councillor X.” ends the instruction sentence."""
    text = ("proposed amending the Motion to read as follows and this was seconded\n"
            "by Cllr. J. O'Brien.\n“That the Council will act.”\n")
    assert parse_amendment(text).parts[0].operations == (
        ops.ReplaceAll(T("“That the Council will act.”")),)


def test_narrative_refusal_points_at_the_instruction_and_asks_for_words():
    """A narrative amendment is refused at the line and column where its instruction starts,
    with a hint to write the words."""
    text = "Moved by Councillor X:\n\n  that the motion be amended to include the cost of it\n"
    with pytest.raises(NarrativeAmendment) as caught:
        parse_amendment(text, source="amendment.txt")
    assert (caught.value.span, "write the words" in caught.value.hint) == (
        Span("amendment.txt", 3, 3), True)


def test_rider_refusal_asks_where_the_words_go():
    """Words offered with a leading ellipsis and no place are refused as a rider."""
    with pytest.raises(NarrativeAmendment, match="not where they go") as caught:
        read("proposed the following amendment to the Motion;\n“…and to report back”.")
    assert "where the words go" in caught.value.hint


def test_lower_case_alternative_is_a_rider():
    """A text the clerk offers as the motion that starts in lower case is refused as a rider."""
    with pytest.raises(NarrativeAmendment):
        read("proposed the following amendment to the motion:\n\nand to write to the Minister.")


def test_clerk_text_that_reads_as_instructions_is_not_a_motion():
    """After “proposed an amendment … as follows:”, instructions are refused, not pasted."""
    with pytest.raises(InstructionSyntaxError, match="reads as instructions"):
        read("proposed an amendment to the Motion as follows:\n\nDelete all after “notes”")


def test_restated_part_must_bear_the_label_it_restates():
    """“part b) be amended to read as follows: c) …” is an error naming both labels."""
    with pytest.raises(InstructionSyntaxError, match=r"part b\).*labelled c\)"):
        read("That part b) be amended to read as follows:\n\nc) the report BE RECEIVED.")


def test_new_part_must_bear_the_label_the_instruction_gives():
    """“add a new part e)” whose text is labelled f) is an error, not a guess between them."""
    with pytest.raises(InstructionSyntaxError, match=r"part e\).*labelled f\)"):
        read("That the motion be amended to add a new part e):\n\nf) the applicant BE ASKED.")


@pytest.mark.parametrize("sentence", [
    "That the motion be amended to include a new part that reads as follows: d) x.",
    "That the motion be amended to add the words “x” after “y”",
    "That the motion be amended to delete the words “x”",
    "That the motion be amended to delete paragraph (c)",
    "That the motion be amended to remove all after “x”",
    "That the motion be amended to add at the end: x.",
])
def test_a_narrative_never_takes_a_form_the_grammar_reads(sentence):
    """After “be amended to”, a form with its words or place is read, not refused."""
    assert read(sentence)


@pytest.mark.parametrize("sentence", [
    "the Notice of Motion be amended as follows to include the words at the end:\n“We x”.",
    "the Notice of Motion be amended as follows to include paragraph 2:\n“We x”.",
    "Delete the words “very” from the motion as contained in paragraph 2",
])
def test_free_words_never_hold_a_place(sentence):
    """Words read as a restatement's purpose or a copy's name may not name a place."""
    with pytest.raises(InstructionSyntaxError):
        read(sentence)


def test_stray_space_before_an_opening_glyph_can_close_a_quotation():
    """‘Delete ‘ with ‘Amend’: the second ‘ may close the first quotation."""
    quoted = [[p.text for p in r.pieces if p.quoted]
              for r in readings("replace the word ‘Delete ‘ with ‘Amend’")]
    assert ["Delete ", "Amend"] in quoted


def test_unlabelled_new_part_says_its_label_is_inferred():
    """The operation for an unlabelled new part tells the reader its label is a guess."""
    op, = read("That the motion BE AMENDED to include a new part that reads as follows:\n\nx.")
    assert "inferred" in op.describe()


B_III = ops.LabelRef("iii", within=ops.LabelRef("b"))
NEW_OPERATIONS = [
    ops.DeleteParagraphs(B_III, T("iii) roads, laneways and sidewalks; and")),
    ops.DeleteParagraphs(ops.OrdinalRangeRef(3, 5)),
    ops.DeleteWords(T("x"), scope=B_III),
    ops.AddParagraphs(T("The Civic Administration BE DIRECTED."), position=ops.Position.END,
                      unlabelled_part=True),
    ops.AddParagraphs(T("i) the approval"), ("i",), ops.Position.END, ops.LabelRef("c")),
    ops.AddParagraphs(T("the approval"), (), ops.Position.END, B_III, unlabelled_part=True),
    ops.DeleteBetween(T("A"), T("B")),
    ops.DeleteBetween(T("A"), T("B"), T("C d"), ops.LabelRef("b")),
    ops.InsertWords(T("and partners"), ops.Position.END, scope=ops.SentenceRef(-1)),
    ops.InsertWords(T("Urgently"), ops.Position.START, scope=ops.SentenceRef(2, ops.LabelRef("c"))),
    ops.DeleteSentence(ops.SentenceRef(2, ops.LabelRef("c"))),
    ops.DeleteBetween(T("A"), T("B"), inclusive=True),
    ops.DeleteBetween(T("A"), T("B"), T("C d"), ops.LabelRef("b"), inclusive=True),
    ops.DeleteBetween(T("A"), T("B"), T("‘the Council’s own’"), inclusive=True),  # kept quoted
    ops.ReplaceAll(T('"That this Council notes it."')),
    ops.DeleteSentence(ops.SentenceRef(-1), T("It reports in May.")),
    ops.DeleteSentence(ops.SentenceRef(1, ops.OrdinalRef(3)), T("notes the report")),
]


@pytest.mark.parametrize("write", [structured, imperative])
@pytest.mark.parametrize("op", NEW_OPERATIONS, ids=[op.describe()[:40] for op in NEW_OPERATIONS])
def test_writing_a_new_operation_reads_back_as_it(op, write):
    """parse(write(op)) == op for the operations and references the corpus brought."""
    assert read(write(op)) == (op,)


def _corpus_amendments() -> list:
    if not CORPUS.is_dir():
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=ABSENT), id="absent")]
    found = []
    for folder in sorted(p for p in CORPUS.iterdir() if (p / "motion.txt").is_file()):
        for path in sorted(folder.glob("amendment*.txt")):
            marks = [pytest.mark.xfail(strict=True, raises=InstructionSyntaxError, reason=(
                "garbled: “be amended to with a new a) and b)” restates the preamble, "
                "replaces a) and inserts b): no reading is certain"))] \
                if folder.name.startswith("007-") else []
            found.append(pytest.param(folder, path, marks=marks,
                                      id=f"{folder.name[:24]}/{path.name}"))
    return found


@pytest.mark.parametrize(("folder", "path"), _corpus_amendments())
def test_every_corpus_amendment_is_read_or_refused_as_narrative(folder, path):
    """Each real amendment reads into operations, or is refused as a narrative or rider."""
    motion = amend.read_motion(amend.read_file(folder / "motion.txt"))
    try:
        amendment = parse_amendment(amend.read_file(path), path.name, motion)
    except NarrativeAmendment:
        return
    assert all(part.operations for part in amendment.parts)
