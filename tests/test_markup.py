"""Marked-up amendments: a motion with struck-through and bold (or tracked) words is read as
the deletions and insertions it shows, so that resolving it gives the marked text with the
marks accepted."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import amend
from amend.instructions import operations as ops
from amend.instructions.marked_lines import tokens
from amend.instructions.markup import (
    MarkedTextMismatch,
    read_amendment_file,
    read_marked_amendment,
)
from tests.test_read_docx import add_list, add_paragraph, new_document, save

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
MARKED = sorted(p for p in (EXAMPLES / "marked-up").iterdir() if (p / "expected.txt").is_file())
MOTION = ("That this Council:-\n\n(a) notes the report of the Director;\n\n"
          "(b) thanks the staff and the volunteers of the centre; and\n\n"
          "(c) asks the Cabinet to act.\n")


def page(*paragraphs: str) -> str:
    return "<!DOCTYPE html>\n<html><body>\n" + "\n".join(f"<p>{p}</p>" for p in paragraphs) + \
        "\n</body></html>\n"


def read(tmp_path: Path, text: str, motion: str = MOTION, name: str = "amendment.html"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    tree = amend.read_motion(motion)
    return tree, read_marked_amendment(path, tree)


def resolved(motion, amendment) -> str:
    return amend.render_text(amend.resolve(motion, amendment).motion)


def operations(amendment) -> list:
    return [op for part in amendment.parts for op in part.operations]


# ---- worked examples -----------------------------------------------------------------------

@pytest.mark.parametrize("case", MARKED, ids=[p.name for p in MARKED])
def test_marked_up_example_resolves_to_its_expected_text(case):
    """Each marked-up example (Word or HTML) resolves to the case's expected text."""
    motion = amend.read_motion(amend.read_file(case / "motion.txt"))
    document = next(p for p in sorted(case.glob("amendment.*")))
    amendment = read_marked_amendment(document, motion)
    assert tokens(resolved(motion, amendment)) == tokens(amend.read_file(case / "expected.txt"))


def test_there_are_marked_up_examples_in_word_and_html():
    """The marked-up examples include Word files and an HTML page."""
    kinds = {p.suffix for case in MARKED for p in case.glob("amendment.*")}
    assert kinds == {".docx", ".html"}


# ---- words ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("marked", "kind", "expected"), [
    ("(a) notes the report of the <s>Director</s>;", ops.DeleteWords,
     "(a) notes the report of the;"),
    ("(a) notes the <b>latest</b> report of the Director;", ops.InsertWords,
     "(a) notes the latest report of the Director;"),
    ("(a) notes the <s>report</s> <b>plan</b> of the Director;", ops.SubstituteWords,
     "(a) notes the plan of the Director;"),
    ("(a) notes the report<u>s</u> of the Director;", ops.SubstituteWords,
     "(a) notes the reports of the Director;"),
])
def test_word_marks_become_word_operations(tmp_path, marked, kind, expected):
    """Struck words are deleted, bold or underlined words inserted, both together substituted."""
    motion, amendment = read(tmp_path, page("That this Council:-", marked,
                                            "(b) thanks the staff and the volunteers of the "
                                            "centre; and", "(c) asks the Cabinet to act."))
    assert [type(op) for op in operations(amendment)] == [kind]
    assert expected in resolved(motion, amendment)


def test_words_that_occur_twice_are_quoted_with_a_neighbour(tmp_path):
    """Striking the second “the” in a paragraph deletes that one, quoted with a neighbour."""
    motion, amendment = read(tmp_path, page(
        "That this Council:-", "(a) notes the report of the Director;",
        "(b) thanks the staff and <s>the</s> volunteers of the centre; and",
        "(c) asks the Cabinet to act."))
    assert "(b) thanks the staff and volunteers of the centre; and" in resolved(motion, amendment)


def test_marks_in_one_paragraph_make_one_part_in_reading_order(tmp_path):
    """Two changes in paragraph (b) are one part, the first change first."""
    _, amendment = read(tmp_path, page(
        "That this Council:-", "(a) notes the report of the Director;",
        "(b) thanks the <b>dedicated</b> staff and the volunteers of the <s>centre</s> "
        "<b>hub</b>; and", "(c) asks the Cabinet to act."))
    assert len(amendment.parts) == 1
    assert [type(op) for op in amendment.parts[0].operations] == [ops.InsertWords,
                                                                  ops.SubstituteWords]


def test_tracked_changes_in_word_read_like_strike_and_bold(tmp_path):
    """Word's tracked deletions and insertions are read as the deletions and insertions."""
    document = new_document()
    add_paragraph(document, "That this Council:-")
    add_paragraph(document, "(a) notes the report of the Director;")
    add_paragraph(document, [("(b) thanks the staff and the volunteers of the ", ""),
                             ("centre", "del"), ("hub", "ins"), ("; and", "")])
    add_paragraph(document, "(c) asks the Cabinet to act.")
    path = save(document, tmp_path / "amendment.docx")
    motion = amend.read_motion(MOTION)
    amendment = read_marked_amendment(path, motion)
    assert "(b) thanks the staff and the volunteers of the hub; and" in \
        resolved(motion, amendment)


# ---- paragraphs ----------------------------------------------------------------------------

def test_a_struck_paragraph_is_deleted_and_the_list_repaired(tmp_path):
    """A paragraph struck through is deleted; the “and” moves as the clerk would move it."""
    motion, amendment = read(tmp_path, page(
        "That this Council:-", "(a) notes the report of the Director;",
        "<s>(b) thanks the staff and the volunteers of the centre; and</s>",
        "(c) asks the Cabinet to act."))
    assert operations(amendment) == [ops.DeleteParagraphs(ops.LabelRef("b"))]
    assert resolved(motion, amendment) == ("That this Council:-\n\n(a) notes the report of the "
                                           "Director; and\n\n(b) asks the Cabinet to act.\n")


def test_a_bold_paragraph_is_added_after_the_one_before_it(tmp_path):
    """A new paragraph in bold is added after the paragraph it follows, and the list relettered."""
    motion, amendment = read(tmp_path, page(
        "That this Council:-", "(a) notes the report of the Director;",
        "<b>(b) welcomes the new centre;</b>",
        "<s>(b)</s> <b>(c)</b> thanks the staff and the volunteers of the centre; and",
        "<s>(c)</s> <b>(d)</b> asks the Cabinet to act."))
    op = operations(amendment)[0]
    assert (type(op), op.position, op.near) == \
        (ops.AddParagraphs, ops.Position.AFTER, ops.LabelRef("a"))
    assert "(b) welcomes the new centre;\n\n(c) thanks the staff" in resolved(motion, amendment)


def test_a_new_paragraph_in_place_of_a_struck_one_replaces_it(tmp_path):
    """A struck paragraph followed by a bold one is one replacement."""
    motion, amendment = read(tmp_path, page(
        "That this Council:-", "(a) notes the report of the Director;",
        "(b) thanks the staff and the volunteers of the centre; and",
        "<s>(c) asks the Cabinet to act.</s>", "<b>(c) asks the Mayor to act now.</b>"))
    op = operations(amendment)[0]
    assert isinstance(op, ops.DeleteParagraphs) and op.content is not None
    assert resolved(motion, amendment).endswith("(c) asks the Mayor to act now.\n")


def test_a_new_sub_paragraph_joins_the_sub_list(tmp_path):
    """A bold (iii) after (ii) is added inside (b)'s sub-list."""
    motion_text = ("That this Council:-\n\n(a) notes the report;\n\n(b) asks for:-\n\n"
                   "(i) one;\n\n(ii) two; and\n\n(c) thanks the staff.\n")
    motion, amendment = read(tmp_path, page(
        "That this Council:-", "(a) notes the report;", "(b) asks for:-", "(i) one;",
        "(ii) two; and", "<b>(iii) three;</b>", "(c) thanks the staff."), motion_text)
    tree = amend.resolve(motion, amendment).motion
    assert [c.text for c in tree.paragraphs[1].children] == ["one", "two", "three"]


def test_labels_on_lines_of_one_html_paragraph_start_paragraphs(tmp_path):
    """Labelled lines split by <br> in one <p> are separate paragraphs of the motion."""
    motion, amendment = read(tmp_path, page(
        "That this Council:-<br>(a) notes the report of the Director;<br>"
        "(b) thanks the staff and the volunteers of the centre; and<br>"
        "(c) asks the <s>Cabinet</s> <b>Mayor</b> to act."))
    assert resolved(motion, amendment).endswith("(c) asks the Mayor to act.\n")


def test_a_change_no_paragraph_operation_can_say_rewrites_the_motion(tmp_path):
    """A struck bullet inside a paragraph (no label names it) is read as the motion amended
    to read as marked, which still resolves to the marked text."""
    motion_text = ("That this Council:-\n\n(a) notes:-\n\n• one;\n\n• two;\n\n"
                   "(b) thanks the staff.\n")
    motion, amendment = read(tmp_path, page(
        "That this Council:-", "(a) notes:-", "• one;", "<s>• two;</s>",
        "(b) thanks the staff."), motion_text)
    assert [type(op) for op in operations(amendment)] == [ops.ReplaceAll]
    assert "two" not in resolved(motion, amendment)


def test_an_auto_numbered_word_list_with_an_added_paragraph_reads_against_the_motion(tmp_path):
    """Word numbers a bold new paragraph too; the motion is read without it, so the later
    paragraphs keep their own letters."""
    document = new_document()
    num = add_list(document, [("lowerLetter", "(%1)")])
    add_paragraph(document, "That this Council:-")
    add_paragraph(document, "notes the report of the Director;", num)
    add_paragraph(document, [("welcomes the new centre;", "bold")], num)
    add_paragraph(document, "thanks the staff and the volunteers of the centre; and", num)
    add_paragraph(document, "asks the Cabinet to act.", num)
    motion = amend.read_motion(MOTION)
    amendment = read_marked_amendment(save(document, tmp_path / "a.docx"), motion)
    assert "(b) welcomes the new centre;\n\n(c) thanks" in resolved(motion, amendment)


# ---- what explain shows --------------------------------------------------------------------

def test_explain_shows_the_marks_as_instructions(tmp_path):
    """``explain`` words each mark as an instruction and shows what it targets."""
    motion, amendment = read(tmp_path, page(
        "That this Council:-", "(a) notes the <s>report</s> <b>plan</b> of the Director;",
        "(b) thanks the staff and the volunteers of the centre; and",
        "(c) asks the Cabinet to act."))
    lines = amend.explain(amendment, motion)
    assert lines[0] == "instruction: replace the words “report” with “plan” in paragraph (a)"
    assert lines[1].startswith("  targets paragraph (a):")


def test_a_heading_before_the_motion_is_the_amendment_preamble(tmp_path):
    """Unmarked lines before the motion (a title) are the preamble; a signature after is not
    part of the motion."""
    _, amendment = read(tmp_path, page(
        "Amendment moved by Councillor Platt", "That this Council:-",
        "(a) notes the <s>report</s> <b>plan</b> of the Director;",
        "(b) thanks the staff and the volunteers of the centre; and",
        "(c) asks the Cabinet to act.", "Seconded by Councillor Finch"))
    assert amendment.preamble == "Amendment moved by Councillor Platt"
    assert len(operations(amendment)) == 1


# ---- what is not a marked-up amendment of this motion ---------------------------------------

def test_text_that_parts_from_the_motion_is_located(tmp_path):
    """Where the unmarked text is not the motion, the error gives line, column and words."""
    text = page("That this Council:-", "(a) notes the report of the <s>Director</s>;",
                "(b) thanks the staff and all the volunteers of the centre; and",
                "(c) asks the Cabinet to act.")
    with pytest.raises(MarkedTextMismatch) as info:
        read(tmp_path, text)
    line = text.splitlines()[4]
    assert info.value.span == amend.Span(str(tmp_path / "amendment.html"), 5,
                                         line.index("all the") + 1)
    assert "“all the volunteers" in info.value.message and "“the volunteers" in \
        info.value.message


def test_a_word_document_that_parts_from_the_motion_names_its_paragraph(tmp_path):
    """In a Word file the error's line is the paragraph's number and its column the word's."""
    document = new_document()
    add_paragraph(document, "That this Council:-")
    add_paragraph(document, [("(a) notes the report of the ", ""), ("Director", "strike"),
                             (";", "")])
    add_paragraph(document, "(b) thanks the staff and the helpers of the centre; and")
    add_paragraph(document, "(c) asks the Cabinet to act.")
    path = save(document, tmp_path / "a.docx")
    with pytest.raises(MarkedTextMismatch) as info:
        read_marked_amendment(path, amend.read_motion(MOTION))
    assert info.value.span == amend.Span(str(path), 3, len("(b) thanks the staff and the ") + 1)


def test_a_document_without_marks_says_so(tmp_path):
    """A page with nothing struck, bold or underlined is not a marked-up amendment."""
    with pytest.raises(amend.ReadError, match="no words are struck through"):
        read(tmp_path, page("That this Council:-", "(a) notes the report of the Director;"))


def test_marks_on_labels_alone_change_nothing(tmp_path):
    """Relettering marked by hand is no change of words (the engine reletters)."""
    with pytest.raises(amend.NoEffect):
        read(tmp_path, page("That this Council:-", "(a) notes the report of the Director;",
                            "<s>(b)</s> <b>(b)</b> thanks the staff and the volunteers of the "
                            "centre; and", "(c) asks the Cabinet to act."))


# ---- the invariant -------------------------------------------------------------------------

SOURCES = sorted(p for p in EXAMPLES.glob("*/motion.txt"))


@st.composite
def marked_motions(draw):
    """An example motion with random words struck and random words added, as HTML."""
    source = draw(st.sampled_from(SOURCES))
    motion = amend.read_motion(amend.read_file(source))
    paragraphs, accepted = [], []
    for _, para in motion.walk():
        words = para.body.split(" ")
        label = f"{para.label.text} " if para.label else ""
        shown, kept = [], []
        for i, word in enumerate(words):
            action = draw(st.sampled_from(["keep"] * 6 + ["strike", "add"]))
            if action == "strike" and len(kept) + (len(words) - i - 1) > 0 and \
                    any(ch.isalnum() for ch in word):
                shown.append(f"<s>{html.escape(word)}</s>")
                continue
            if action == "add":
                new = draw(st.sampled_from(["new", "further", "local", "urgent"]))
                shown.append(f"<b>{new}</b>")
                kept.append(new)
            shown.append(html.escape(word))
            kept.append(word)
        paragraphs.append(label + " ".join(shown))
        accepted.append(label + " ".join(kept))
    preamble = [html.escape(motion.preamble)] if motion.preamble else []
    expected = "\n\n".join(([motion.preamble] if motion.preamble else []) + accepted)
    return motion, page(*(preamble + paragraphs)), expected


@settings(max_examples=40)
@given(marked_motions())
def test_resolving_a_marked_up_motion_gives_the_marks_accepted(tmp_path_factory, case):
    """For random word marks on the example motions, resolving gives the text as marked."""
    motion, text, expected = case
    assume("<s>" in text or "<b>" in text)
    path = tmp_path_factory.mktemp("marked") / "amendment.html"
    path.write_text(text, encoding="utf-8")
    try:
        amendment = read_marked_amendment(path, motion)
    except amend.NoEffect:
        assert tokens(expected) == tokens(amend.render_text(motion))
        return
    assert tokens(resolved(motion, amendment)) == tokens(expected)


# ---- one reader for any amendment file -----------------------------------------------------

def test_an_amendment_file_with_marks_is_read_as_marked_up(tmp_path):
    """A page with struck and bold words in the motion's text is read as marked up."""
    path = tmp_path / "amendment.html"
    path.write_text(page("That this Council:-", "(a) notes the <s>report</s> <b>plan</b> of "
                         "the Director;", "(b) thanks the staff and the volunteers of the "
                         "centre; and", "(c) asks the Cabinet to act."), encoding="utf-8")
    motion = amend.read_motion(MOTION)
    amendment = read_amendment_file(path, motion)
    assert "(a) notes the plan of the Director;" in resolved(motion, amendment)


def test_an_html_page_of_instructions_with_a_bold_heading_is_read_as_instructions(tmp_path):
    """Bold text that is not the motion (a heading) does not make a page marked up."""
    path = tmp_path / "amendment.html"
    path.write_text(page("<strong>Amendment</strong>",
                         "In paragraph (c), delete “the Cabinet” and replace with “the Mayor”."),
                    encoding="utf-8")
    motion = amend.read_motion(MOTION)
    amendment = read_amendment_file(path, motion)
    assert "(c) asks the Mayor to act." in resolved(motion, amendment)


def test_a_word_file_of_instructions_is_read_as_instructions(tmp_path):
    """A Word file without marks is read as the text of an instruction."""
    document = new_document()
    add_paragraph(document, "Delete “of the Director”.")
    motion = amend.read_motion(MOTION)
    amendment = read_amendment_file(save(document, tmp_path / "a.docx"), motion)
    assert "(a) notes the report;" in resolved(motion, amendment)


def test_a_marked_up_file_that_parts_from_the_motion_late_reports_where(tmp_path):
    """A marked-up page that gives the motion's first paragraphs and then parts from it gives
    the mismatch, not an instruction syntax error."""
    path = tmp_path / "amendment.html"
    path.write_text(page("That this Council:-", "(a) notes the <s>report</s> of the Director;",
                         "(b) thanks all of the staff; and", "(c) asks the Cabinet to act."),
                    encoding="utf-8")
    with pytest.raises(MarkedTextMismatch, match="“all of the staff"):
        read_amendment_file(path, amend.read_motion(MOTION))


def test_a_tracked_change_joining_two_paragraphs_is_refused(tmp_path):
    """A deleted paragraph mark between two kept paragraphs cannot be shown and says so."""
    document = new_document()
    add_paragraph(document, "That this Council:-")
    add_paragraph(document, [("(a) notes the report of the ", ""), ("Director", "del"),
                             (";", "")], mark="del")
    add_paragraph(document, "(b) thanks the staff and the volunteers of the centre; and")
    add_paragraph(document, "(c) asks the Cabinet to act.")
    path = save(document, tmp_path / "a.docx")
    with pytest.raises(amend.ReadError, match="joins paragraphs 2 and 3") as info:
        read_amendment_file(path, amend.read_motion(MOTION))
    assert info.value.span == amend.Span(str(path), 2, 1)


def test_paragraphs_split_by_blank_lines_in_one_html_paragraph_are_paragraphs(tmp_path):
    """Unlabelled paragraphs parted by <br><br> in one <p> are the motion's paragraphs; a
    single <br> is a line wrapped by hand."""
    motion_text = "Council notes the report.\n\nCouncil thanks the staff.\n"
    motion, amendment = read(tmp_path, page(
        "Council notes the<br>report.<br><br>Council thanks the <b>hard-working</b> staff."),
        motion_text)
    assert resolved(motion, amendment) == \
        "Council notes the report.\n\nCouncil thanks the hard-working staff.\n"


@st.composite
def struck_and_added_paragraphs(draw):
    """An example motion with random paragraphs struck out and new bold paragraphs added after
    others (at the same level), as HTML; and the paragraphs (depth, words) it should leave."""
    source = draw(st.sampled_from(SOURCES))
    motion = amend.read_motion(amend.read_file(source))
    shown = [html.escape(motion.preamble)] if motion.preamble else []
    expected = []
    struck_above: list[int] = []  # depths of struck paragraphs whose sub-lists go with them
    for n, (path, para) in enumerate(motion.walk()):
        depth = len(path)
        while struck_above and struck_above[-1] >= depth:
            struck_above.pop()
        label = f"{para.label.text} " if para.label else ""
        gone = bool(struck_above) or draw(st.sampled_from([False] * 4 + [True]))
        if gone:
            shown.append(f"<s>{label}{html.escape(para.body)}</s>")
            if not struck_above or struck_above[-1] < depth:
                struck_above.append(depth)
        else:
            shown.append(f"{label}{html.escape(para.body)}")
            expected.append((depth, para.text))
        parent_struck = any(d < depth for d in struck_above)  # no place left to add under
        if not para.children and not parent_struck and draw(st.sampled_from([False] * 4 + [True])):
            words = f"new paragraph {n} for the council"
            shown.append(f"<b>{label}{words};</b>")
            expected.append((depth, words))
    return motion, page(*shown), expected


@settings(max_examples=40)
@given(struck_and_added_paragraphs())
def test_struck_and_added_paragraphs_resolve_to_the_marked_paragraphs(tmp_path_factory, case):
    """For random paragraphs struck and added, resolving leaves exactly the marked paragraphs
    (list punctuation and letters aside, which the engine repairs)."""
    motion, text, expected = case
    assume("<s>" in text or "<b>" in text)
    assume(expected)
    path = tmp_path_factory.mktemp("marked") / "amendment.html"
    path.write_text(text, encoding="utf-8")
    result = amend.resolve(motion, read_marked_amendment(path, motion)).motion
    assert [(len(p), para.text) for p, para in result.walk()] == expected


def test_in_a_word_file_with_tracked_changes_bold_is_emphasis(tmp_path):
    """Where Word tracked the changes, a bold title is no addition: the changes are the marks."""
    document = new_document()
    add_paragraph(document, [("Amendment to the motion", "bold")])
    add_paragraph(document, "That this Council:-")
    add_paragraph(document, [("(a) notes the report of the ", ""), ("Director", "del"),
                             ("Board", "ins"), (";", "")])
    add_paragraph(document, "(b) thanks the staff and the volunteers of the centre; and")
    add_paragraph(document, [("(c) asks the ", ""), ("Cabinet", "bold"), (" to act.", "")])
    motion = amend.read_motion(MOTION)
    amendment = read_marked_amendment(save(document, tmp_path / "a.docx"), motion)
    assert amendment.preamble == "Amendment to the motion"
    assert [type(op) for op in operations(amendment)] == [ops.SubstituteWords]


def test_a_bold_title_before_the_preamble_is_the_amendment_preamble(tmp_path):
    """Nothing is added before a motion's preamble, so a bold title there is a heading."""
    _, amendment = read(tmp_path, page(
        "<b>Amendment moved by Councillor Platt</b>", "That this Council:-",
        "(a) notes the <s>report</s> <b>plan</b> of the Director;",
        "(b) thanks the staff and the volunteers of the centre; and",
        "(c) asks the Cabinet to act."))
    assert amendment.preamble == "Amendment moved by Councillor Platt"
