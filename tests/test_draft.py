"""``amend draft``: the amendment that turns a motion into the text the mover wants."""

import pytest

import amend
from tests.cli import run_cli
from tests.test_examples import EXAMPLES


@pytest.mark.parametrize("style", ["structured", "imperative"])
@pytest.mark.parametrize("case", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_draft_round_trips_every_example(case, style):
    """apply(motion, draft(motion, expected)) gives the expected text, in both styles."""
    motion = amend.read_motion(amend.read_file(case / "motion.txt"))
    expected = amend.read_motion(amend.read_file(case / "expected.txt"))
    text = amend.draft(motion, expected, style)
    result = amend.resolve(motion, amend.read_amendment(text, motion=motion)).motion
    assert result == expected


def test_word_changes_become_word_level_parts_and_paragraphs_paragraph_level():
    """Alston in full drafts as a word deletion in (b) and one part replacing (f) and adding
    (g)-(l), not as a rewrite of the whole motion."""
    case = [c for c in EXAMPLES if c.name == "sheffield-alston-full"][0]
    motion = amend.read_motion(amend.read_file(case / "motion.txt"))
    expected = amend.read_motion(amend.read_file(case / "expected.txt"))
    parts = amend.draft(motion, expected).split("\n\n")
    assert parts[1] == ("1. the deletion of the words “despite 10 years of austerity,” in "
                        "paragraph (b)")
    assert parts[2] == ("2. the deletion of paragraph (f) and the addition of new paragraphs "
                        "(f) to (l) as follows:-")


def test_drafting_no_change_is_an_error():
    """A text identical to the motion has nothing to amend."""
    motion = amend.read_motion("(a) notes the report.")
    with pytest.raises(amend.AmendError, match="nothing to amend"):
        amend.draft(motion, motion)


def test_cli_draft_prints_the_amendment(tmp_path):
    """amend draft prints an imperative amendment that names the changed words."""
    (tmp_path / "m.txt").write_text("Council notes the report.\n\nCouncil thanks staff.\n")
    (tmp_path / "e.txt").write_text("Council notes the report.\n\nCouncil thanks all staff.\n")
    result = run_cli("draft", str(tmp_path / "m.txt"), str(tmp_path / "e.txt"),
                     "--style", "imperative")
    assert result.returncode == 0
    assert result.stdout == ("In the second paragraph, insert the words “all” after "
                             "“thanks”\n")


def test_a_word_changed_in_a_long_paragraph_is_a_word_level_part():
    """One word changed among 150 is drafted as a substitution of words, not a rewrite."""
    words = [f"w{n}" for n in range(150)]
    motion = amend.read_motion("(a) " + " ".join(words) + ".")
    words[75] = "changed"
    edited = amend.read_motion("(a) " + " ".join(words) + ".")
    assert amend.draft(motion, edited) == (
        "That the Motion now submitted be amended by:-\n\nthe substitution of the words "
        "“changed” for the words “w75” in paragraph (a)\n")


def test_new_text_with_a_numbered_line_that_reads_as_a_part_is_quoted():
    """A new numbered paragraph that opens like an instruction ("2) to add …") is drafted in
    quotation marks, so that it is new text and not a further part, and the draft applies."""
    motion = amend.read_motion("1) notes the report;\n")
    edited = amend.read_motion("1) notes the report;\n\n2) to add a bench to the square.\n")
    for style in ("structured", "imperative"):
        text = amend.draft(motion, edited, style)
        assert "“2) to add a bench to the square.”" in text
        assert amend.resolve(motion, amend.read_amendment(text, motion=motion)).motion == edited


def test_a_text_wholly_in_quotation_marks_is_drafted_so_that_it_keeps_them():
    """Limerick's restated motion keeps the clerk's quotation marks around it; the whole-text
    draft wraps it in one more pair, so that applying the draft gives it back marks and all."""
    motion = amend.read_motion("I will move at the next meeting that the Council explores free "
                               "sanitary products.\n")
    edited = amend.read_motion("“That, Limerick City and County Council will explore the "
                               "provision of free sanitary products.”\n")
    text = amend.draft(motion, edited)
    assert amend.resolve(motion, amend.read_amendment(text, motion=motion)).motion == edited


def test_a_draft_that_would_give_another_text_is_refused():
    """An edited text holding the lead-in of a printed result ("The amended motion will
    read:-") cannot be drafted so that it reads back exactly: an error, not a draft that gives
    another text."""
    motion = amend.read_motion("That this Council notes the report.\n")
    edited = amend.read_motion("The amended motion will read:-\n\nCouncil acts.\n")
    with pytest.raises(amend.AmendError, match="no amendment could be drafted"):
        amend.draft(motion, edited)


def _example_draft(name: str, style: str = "structured") -> str:
    case = [c for c in EXAMPLES if c.name == name][0]
    motion = amend.read_motion(amend.read_file(case / "motion.txt"))
    expected = amend.read_motion(amend.read_file(case / "expected.txt"))
    return amend.draft(motion, expected, style)


def test_words_changed_in_a_sub_paragraph_are_drafted_by_its_path():
    """London's restated part b) ii) drafts as one substitution in paragraph (b) (ii), not as
    the whole motion amended to read."""
    assert _example_draft("london-restated-sub-part") == (
        "That the Motion now submitted be amended by:-\n\nthe substitution of the words "
        "“streets and in parks; and” for the words “streets; and” in paragraph (b) (ii)\n")


def test_a_new_sub_paragraph_is_drafted_after_the_one_it_follows():
    """London's new part b) iii) drafts as a paragraph inserted after paragraph (b) (ii)."""
    assert _example_draft("london-new-sub-part", "imperative") == (
        "Insert new paragraph after paragraph (b) (ii):-\n\niii) the compensation for the "
        "removal of the woodland, to the satisfaction of the City;\n")


def test_a_sub_list_printed_with_a_gap_is_restated_with_its_paragraph():
    """A sub-paragraph taken out of the edit without relettering the rest ((a), (c)) is not
    drafted as a deletion, which would reletter them: the paragraph is restated whole, as
    printed, and the draft gives the edit back."""
    motion = amend.read_motion("That this Council:-\n\n(1) notes the plan:-\n\n    (a) with part "
                               "one;\n\n    (b) with part two;\n\n    (c) with part three.\n")
    edited = amend.read_motion("That this Council:-\n\n(1) notes the plan:-\n\n    (a) with part "
                               "one;\n\n    (c) with part three.\n")
    text = amend.draft(motion, edited)
    assert "paragraph (1) (b)" not in text and "new paragraph (1)" in text
    assert amend.resolve(motion, amend.read_amendment(text, motion=motion)).motion == edited
