"""Word output: the amendments as real tracked changes.  The document is read back from its
XML as Word would: "Accept all" drops ``w:del`` and keeps ``w:ins``; "Reject all" drops
``w:ins`` and keeps ``w:delText``; a paragraph mark marked deleted (accept) or inserted
(reject) joins its paragraph to the next, except the document's last mark, which stays;
``w:pPrChange`` holds the rejected indentation."""

import io
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import amend
from amend.render.docx import render_docx
from amend.render.text import INDENT
from tests.strategies import motions, wording
from tests.test_apply_seeds import ALSTON, MOTION0, TEAL
from tests.test_examples import EXAMPLES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TWIPS_PER_LEVEL = 720


def document_xml(data: bytes) -> ElementTree.Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return ElementTree.fromstring(package.read("word/document.xml"))


def _text(element: ElementTree.Element, accept: bool, inside: frozenset = frozenset()) -> str:
    """The text of an element's runs in one view, descending through ins and del."""
    out = []
    for child in element:
        tag = child.tag.removeprefix(W)
        if tag in ("ins", "del"):
            out.append(_text(child, accept, inside | {tag}))
        elif tag == "r":
            out.append(_text(child, accept, inside))
        elif tag == "t" and "del" not in inside and (accept or "ins" not in inside):
            out.append(child.text or "")
        elif tag == "delText" and not accept and "ins" not in inside:
            out.append(child.text or "")
    return "".join(out)


def _depth(properties: ElementTree.Element | None, accept: bool) -> int:
    if properties is None:
        return 0
    change = properties.find(f"{W}pPrChange/{W}pPr")
    source = properties if accept or change is None else change
    indent = source.find(f"{W}ind")
    return 0 if indent is None else int(indent.get(f"{W}left")) // TWIPS_PER_LEVEL


def view(data: bytes, accept: bool) -> str:
    """The document's text with every change accepted (or rejected), as clerk text."""
    lines, pending = [], ""
    paragraphs = list(document_xml(data).iter(f"{W}p"))
    for number, paragraph in enumerate(paragraphs, start=1):
        properties = paragraph.find(f"{W}pPr")
        pending += _text(paragraph, accept)
        mark = properties.find(f"{W}rPr") if properties is not None else None
        gone = mark is not None and mark.find(f"{W}{'del' if accept else 'ins'}") is not None
        if not gone or number == len(paragraphs):  # Word never removes the last mark
            lines.append(INDENT * _depth(properties, accept) + pending)
            pending = ""
    return "\n\n".join(lines) + "\n"


def revisions(data: bytes) -> list[ElementTree.Element]:
    root = document_xml(data)
    return [e for e in root.iter() if e.tag in (f"{W}ins", f"{W}del", f"{W}pPrChange")]


def assert_round_trip(original, result, authors=None):
    data = render_docx(original, result, authors)
    assert view(data, accept=True) == amend.render_text(result.motion)
    assert view(data, accept=False) == amend.render_text(original)


def test_seed_000_accept_all_is_the_resolution_and_reject_all_the_motion_as_moved():
    """Alston 3(g)(h) on seed 000: accepting gives the resolved text, rejecting the motion."""
    assert_round_trip(MOTION0, amend.resolve(MOTION0, ALSTON, "3(g)(h)"))


def test_seed_000_two_amendments_in_full_round_trip():
    """Alston then Teal in full: accept gives the final text, reject the motion as moved."""
    assert_round_trip(MOTION0, amend.resolve(MOTION0, [ALSTON, TEAL]))


@pytest.mark.parametrize("case", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_round_trips_through_word_revisions(case):
    """Each worked example: accept all gives its resolution, reject all its motion."""
    motion = amend.read_motion(amend.read_file(case / "motion.txt"))
    amendments = [amend.read_amendment(amend.read_file(path), motion=motion)
                  for path in sorted(case.glob("amendment*.txt"))]
    carried_file = case / "carried.txt"
    carried = carried_file.read_text().split() if carried_file.is_file() else None
    assert_round_trip(motion, amend.resolve(motion, amendments, carried))


def test_each_amendment_is_credited_to_its_own_author():
    """Two amendments: their revisions carry "Amendment 1" and "Amendment 2"."""
    data = render_docx(MOTION0, amend.resolve(MOTION0, [ALSTON, TEAL], ["3(g)(h)", None]))
    assert {e.get(f"{W}author") for e in revisions(data)} == {"Amendment 1", "Amendment 2"}


def test_named_authors_replace_the_amendment_numbers():
    """Given the movers, each revision is credited to a mover, dated as asked."""
    when = datetime(2021, 3, 3, 14, 30, tzinfo=UTC)
    data = render_docx(MOTION0, amend.resolve(MOTION0, [ALSTON, TEAL]),
                       ["Councillor Sue Alston", "Councillor Alison Teal"], when=when)
    found = revisions(data)
    assert {e.get(f"{W}author") for e in found} == {"Councillor Sue Alston",
                                                     "Councillor Alison Teal"}
    assert {e.get(f"{W}date") for e in found} == {"2021-03-03T14:30:00Z"}


def test_revision_ids_are_unique():
    """Every revision has its own w:id."""
    ids = [e.get(f"{W}id") for e in revisions(
        render_docx(MOTION0, amend.resolve(MOTION0, [ALSTON, TEAL])))]
    assert len(ids) == len(set(ids)) > 0


def test_deleted_words_are_deltext_never_t():
    """Inside a deletion the words are w:delText; no w:t is struck out."""
    root = document_xml(render_docx(MOTION0, amend.resolve(MOTION0, ALSTON)))
    deletions = [d for d in root.iter(f"{W}del") if len(d)]
    assert deletions
    assert all(d.find(f".//{W}t") is None and d.find(f".//{W}delText") is not None
               for d in deletions)
    assert any("despite 10 years of austerity" in _text(d, accept=False, inside={"del"})
               for d in deletions)


def test_python_docx_opens_the_file_and_reads_the_unchanged_words():
    """python-docx opens the document; unchanged paragraphs read as in the motion."""
    from docx import Document

    document = Document(io.BytesIO(render_docx(MOTION0, amend.resolve(MOTION0, ALSTON,
                                                                      "3(g)(h)"))))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "That this Council:-"
    assert texts[3].startswith("(i) securing significant additional corporate investment")


def test_a_paragraph_added_after_a_sub_list_keeps_both_indentations():
    """New last paragraph after a sub-item: rejecting restores the sub-item's indentation."""
    motion = amend.read_motion("That this Council:-\n\n(a) notes:-\n\n(i) the report;\n\n"
                               "(ii) the plan.\n")
    added = amend.read_motion("That this Council:-\n\n(a) notes:-\n\n(i) the report;\n\n"
                              "(ii) the plan; and\n\n(b) thanks the staff.\n")
    assert_round_trip(motion, amend.Result(added, motion, ()))


@st.composite
def edited(draw, motion):
    """The motion with some top-level paragraphs dropped, reworded or added."""
    paragraphs = []
    for para in motion.paragraphs:
        choice = draw(st.sampled_from(["keep", "drop", "reword", "add after"]))
        if choice != "drop":
            paragraphs.append(replace(para, text=draw(wording())) if choice == "reword"
                              else para)
        if choice == "add after":
            paragraphs.append(replace(para, text=draw(wording()), children=()))
    return replace(motion, paragraphs=tuple(paragraphs or motion.paragraphs[:1]))


@settings(max_examples=25)
@given(motions(max_depth=2), st.data())
def test_any_chain_of_texts_round_trips(motion, data):
    """For any motion and any two successive edits, accept gives the last, reject the first."""
    first = data.draw(edited(motion))
    second = data.draw(st.one_of(edited(first), motions(max_depth=2)))
    original, final = (amend.read_motion(amend.render_text(m)) for m in (motion, second))
    stages = (amend.read_motion(amend.render_text(first)), final)
    assert_round_trip(original, amend.Result(final, original, (), stages=stages))



def test_the_example_document_is_current_and_round_trips():
    """examples/documents' .docx is what its script writes, and accepts to expected.txt."""
    from tests.test_render_html import example_script

    script = example_script()
    data = (script.HERE / "two-amendments-in-order.docx").read_bytes()
    result = script.resolved()
    assert ElementTree.tostring(document_xml(data)) == ElementTree.tostring(
        document_xml(render_docx(result.original, result, when=script.DATE)))
    assert view(data, accept=True) == amend.render_text(
        amend.read_motion(amend.read_file(script.CASE / "expected.txt")))


def test_warnings_travel_as_comments():
    """A caseless match's warning is a Word comment; the text views are unchanged by it."""
    motion = amend.read_motion("That this Council:-\n\n(a) notes The Report.\n")
    result = amend.resolve(motion, amend.read_amendment(
        'Delete "the report" and replace with "the plan".', motion=motion))
    data = render_docx(motion, result)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        comments = ElementTree.fromstring(package.read("word/comments.xml"))
    texts = ["".join(t.text for t in c.iter(f"{W}t")) for c in comments.iter(f"{W}comment")]
    assert result.warnings and texts == [f"Warning: {w}" for w in result.warnings]
    assert view(data, accept=True) == amend.render_text(result.motion)


def test_a_control_character_word_cannot_hold_is_an_error_not_a_broken_file():
    """A control character in the motion stops the docx with an AmendError naming it."""
    motion = amend.read_motion("That this Council:-\n\n(a) notes the\x01report here.\n")
    result = amend.resolve(motion, amend.read_amendment(
        'Delete "here" and replace with "there".', motion=motion))
    with pytest.raises(amend.AmendError, match="U[+]0001"):
        render_docx(motion, result)


def test_a_line_separator_inside_a_paragraph_stays_inside_it():
    """U+2028 in a paragraph (text from web pages) is a character, not a paragraph break."""
    motion = amend.read_motion("That this Council:-\n\n(a) notes the\u2028report here.\n")
    assert_round_trip(motion, amend.resolve(motion, amend.read_amendment(
        'Delete "here" and replace with "there".', motion=motion)))
