"""The paragraph reader (amend.text.paragraphs) on real layouts (tests/data/layout, see its
README) and on the small cases of its rule, through the motion reader's labels."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import amend
from amend import read_motion
from amend.motion.labels import label_length
from amend.text.paragraphs import Cue, Layout, read_paragraphs, without_emphasis

LAYOUT = Path(__file__).resolve().parent / "data" / "layout"


def excerpt(name: str) -> str:
    return (LAYOUT / name).read_text(encoding="utf-8")


def texts(text: str, **options) -> list[str]:
    return [b.text for b in read_paragraphs(text, label_length, **options).blocks]


def cues(text: str, **options) -> list[Cue]:
    return [d.cue for d in read_paragraphs(text, label_length, **options).decisions]


# ---- real layouts ------------------------------------------------------------------------

def test_london_paragraph_per_line_motion_reads_with_no_decision():
    """A London motion (a paragraph per line, NBSP after labels) is read with nothing joined."""
    motion = read_motion(excerpt("london-2025-winter-maintenance-motion.txt"))
    assert [p.label.text if p.label else None for p in motion.paragraphs] == ["a)", "b)", None]
    assert [c.label.text for c in motion.paragraphs[1].children] == ["i)", "ii)", "iii)", "iv)"]
    assert motion.paragraphs[2].text.startswith("it being noted that")
    assert motion.reading == () and motion.layout is Layout.BLANK_SEPARATED


def test_pdf_lines_join_into_the_paragraphs_a_reader_sees():
    """A PDF amendment (a blank line after every printed line) reads as its two paragraphs."""
    blocks = texts(excerpt("limerick-2014-water-charges-amendment.txt"))
    assert len(blocks) == 2
    assert blocks[0] == "proposed an Amendment to the Motion as follows:"
    assert blocks[1].startswith("“That, Limerick City and County Council wholeheartedly")
    assert blocks[1].endswith("political parties and trade unions.”")


def test_emphasis_markers_go_around_and_inside_printed_lines():
    """Bold and italic markers, at line ends and in mid-line, leave no asterisk in the words."""
    blocks = texts(excerpt("limerick-2014-water-charges-amendment.txt"))
    assert "*" not in blocks[1]
    assert "calls on the Government to: (1) immediately stop domestic" in blocks[1]


def test_wrapped_pdf_lines_are_one_certain_decision():
    """Joining wrapped lines is recorded once for the run of lines, and is not a guess."""
    reading = read_paragraphs(excerpt("limerick-2014-water-charges-amendment.txt"), label_length)
    wrapped = [d for d in reading.decisions if d.cue is Cue.WRAPPED]
    assert [(d.span.line, d.last_line) for d in wrapped] == [(1, 3), (5, 31)]
    assert reading.guesses == ()


def test_page_separator_and_page_number_are_dropped():
    """A motion crossing a page reads as one paragraph without the "---" and the page number."""
    motion = read_motion(excerpt("limerick-2023-vacant-commercial-motion.txt"))
    (paragraph,) = motion.paragraphs
    assert "either a grant be made available" in paragraph.text
    assert "---" not in paragraph.text and " 15 " not in paragraph.text
    assert Cue.PAGE_BREAK in [d.cue for d in motion.reading]


def test_pdf_bullets_open_paragraphs_that_span_their_printed_lines():
    """The PDF bullet U+F0B7 starts each of three paragraphs, each joined over its lines."""
    motion = read_motion(excerpt("limerick-2023-eviction-ban-motion.txt"))
    assert motion.preamble.endswith("that this Council:")
    assert [p.label.text for p in motion.paragraphs] == ["•", "•", "•"]
    assert motion.paragraphs[0].text.endswith("lift the eviction ban for rented properties”")
    assert motion.paragraphs[2].text.endswith("to assist them in increasing housing supply")


def test_double_spacing_read_from_widths_alone_is_a_guess():
    """Without PDF traces, a blank after every line is taken from the line widths, as a guess."""
    reading = read_paragraphs(excerpt("limerick-2023-eviction-ban-amendment.txt"), label_length)
    assert reading.layout is Layout.DOUBLE_SPACED
    assert [d.cue for d in reading.guesses] == [Cue.DOUBLE_SPACED_BY_WIDTH]
    assert [b.text[:20] for b in reading.blocks] == ["The amended Motion r", "“We move that Thresh"]


def test_sentence_ending_near_a_full_line_splits_as_a_guess():
    """A sentence ending a little short of a full line ends the paragraph, and says it guessed."""
    motion = read_motion(excerpt("limerick-2019-standing-order-motion.txt"))
    assert [p.text[:11] for p in motion.paragraphs] == ["I will move", "That the Co"]
    assert [d.cue for d in motion.guesses] == [Cue.NEARLY_FULL]


def test_the_motion_layout_can_be_imposed_on_an_amendment():
    """An amendment printed like its PDF motion joins its two lines when told the layout."""
    # Limerick, Full Meeting of 20 July 2020 (corpus item 026): the amendment's two lines.
    text = "it could be amended to include the\n\nMulcair and Feale rivers.\n"
    assert len(texts(text)) == 2
    assert texts(text, layout=Layout.DOUBLE_SPACED) == [
        "it could be amended to include the Mulcair and Feale rivers."]


# ---- the rule, case by case --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("This Council notes the report.\nIt thanks the staff.\n",
     ["This Council notes the report.", "It thanks the staff."]),
    ("That this Council notes the report of the Director\nof Children's Services.\n\n"
     "It thanks the staff.", ["That this Council notes the report of the Director of "
                              "Children's Services.", "It thanks the staff."]),
    ("(a)\nnotes the report;\n\n(b)\nthanks the staff.", ["(a) notes the report;",
                                                        "(b) thanks the staff."]),
    ("notes the\n\ncouncil report", ["notes the", "council report"]),
    ("(a) notes the report; and\n(b) thanks the staff.", ["(a) notes the report; and",
                                                         "(b) thanks the staff."]),
], ids=["single-newline paragraphs", "wrapped then blank line", "label alone",
        "blank line without PDF traces", "label starts a paragraph"])
def test_lines_group_into_paragraphs(text, expected):
    """Each small layout groups into the paragraphs a reader sees."""
    assert texts(text) == expected


def test_a_sentence_filling_its_line_continues_as_a_guess():
    """A wrapped line that ends a sentence but fills the width continues the paragraph."""
    text = ("The Council notes the report of the Director on the state of the\n"
            "services in the city and welcomes it warmly and without reserve.\n"
            "It asks for a further report.")
    assert len(texts(text)) == 1
    assert Cue.FILLS_LINE in cues(text)


def test_a_line_end_hyphen_joins_without_a_space_as_a_guess():
    """A word hyphenated across lines is joined without a space, and flagged."""
    text = "(a) notes the co-\noperation of staff."
    assert texts(text) == ["(a) notes the co-operation of staff."]
    assert Cue.HYPHEN in cues(text)


@pytest.mark.parametrize(("line", "expected"), [
    ("**bold words and more**", "bold words and more"),
    ("***to:*** **(1) immediately stop**", "to: (1) immediately stop"),
    ("**“*That, Limerick supports those***", "“That, Limerick supports those"),
    ("**a Holding (h-101*RSC4(22)) Zone**", "a Holding (h-101*RSC4(22)) Zone"),
    ("* a bullet with (R9-7(_)*H25) in it", "* a bullet with (R9-7(_)*H25) in it"),
])
def test_without_emphasis_drops_only_markers_around_words(line, expected):
    """Markers that open or close runs of words go; asterisks inside words and bullets stay."""
    assert without_emphasis(line) == expected


def test_a_decision_names_its_source_and_lines():
    """A decision prints as source:line: with the lines it joined and why."""
    reading = read_paragraphs("notes the report of\nthe Director.", label_length, source="m.txt")
    assert str(reading.decisions[0]).startswith("m.txt:1: lines 1–2 joined")


LINE_WORDS = st.sampled_from(["notes", "the", "report", "(a)", "b)", "and", "staff.", "it;",
                              "“quoted”", "council:", "•", "of", "2019", "Council"])


@given(st.lists(st.tuples(st.lists(LINE_WORDS, min_size=1, max_size=14),
                          st.integers(0, 2)), min_size=1, max_size=12))
def test_reading_paragraphs_keeps_every_word_in_order(lines):
    """Grouping lines into paragraphs never drops, adds or reorders a word."""
    text = "".join(" ".join(words) + "\n" * (1 + gap) for words, gap in lines)
    blocks = read_paragraphs(text, label_length).blocks
    assert " ".join(b.text for b in blocks).split() == text.split()


def test_a_line_of_emphasis_markers_alone_is_dropped():
    """A PDF line that is only "***" (the bold markers of an empty printed line) is not a
    paragraph and stops nothing: the text around it reads as before."""
    motion = read_motion("***I will move that the Council employs a heritage officer***\n"
                               "***\n")
    assert [p.text for p in motion.paragraphs] == [
        "I will move that the Council employs a heritage officer"]


def test_a_that_opening_before_unlabelled_paragraphs_is_the_preamble():
    """London's "That the following actions be taken …:" stays the preamble when only the
    unlabelled "it being noted" paragraph follows it; "Council notes:" before unlabelled
    paragraphs is a paragraph of its own, as the amendment counting paragraphs sees it."""
    opening = ("That the following actions be taken with respect to the Talbot Village "
               "subdivision:")
    motion = read_motion(f"{opening}\n\nit being noted that no members of the public spoke at "
                         "the meeting.\n")
    assert (motion.preamble, len(motion.paragraphs)) == (opening, 1)
    notes = read_motion("Council notes:\n\nthe rise in rents.\n\nthe fall in lettings.\n")
    assert (notes.preamble, len(notes.paragraphs)) == ("", 3)


@pytest.mark.parametrize("number", ["15", "Page 15", "page 15 of 22", "15 Page 15"])
def test_a_page_number_in_any_printed_form_beside_the_separator_is_dropped(number):
    """The Limerick motion across a page, its page number printed as "15", "Page 15", "page
    15 of 22" or a "15 Page 15" footer: one paragraph, without the number."""
    text = excerpt("limerick-2023-vacant-commercial-motion.txt")
    lines = text.splitlines()
    assert lines[12] == "15"
    lines[12] = number
    (paragraph,) = read_motion("\n".join(lines)).paragraphs
    assert "15" not in paragraph.text.replace("2015", "")


def test_a_guess_in_reading_the_motion_is_a_warning_of_its_result():
    """Limerick's standing-order motion is split into two paragraphs by a guess (a sentence
    ending a little short of a full line): applying any amendment to it warns of that guess
    at line 3 of the motion. Before, the guess was recorded but never said."""
    motion = read_motion(excerpt("limerick-2019-standing-order-motion.txt"), source="motion.txt")
    result = amend.resolve(motion, amend.read_amendment("Delete the words “live”.",
                                                        motion=motion))
    [guess] = [w for w in result.warnings if w.kind is amend.WarningKind.LAYOUT_GUESS]
    assert str(guess.span) == "motion.txt:3:1"
    assert "lines 3–5 split" in guess.message and "(a guess)" in guess.message
