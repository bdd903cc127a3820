"""The motion reader's choice between the letter i and roman one after (h): by the count that
follows and by how far the paragraph is set in, on a real record and on the small cases."""

from pathlib import Path

import pytest

import amend
from amend.motion.labels import ALPHA, NUMBER, ROMAN, UPPER, UPPER_ROMAN

ARK_AID = Path(__file__).resolve().parent / "data" / "layout" / \
    "london-2025-ark-aid-resolution.txt"


def outline(paragraphs) -> list:
    """Each paragraph's label and kind, with its sub-list's outline beside it if it has one."""
    return [(*_label(p), outline(p.children)) if p.children else _label(p) for p in paragraphs]


def _label(paragraph) -> tuple:
    label = paragraph.label
    return (label.text, label.kind) if label else (None, None)


def test_london_record_reads_i_and_ii_after_h_as_the_sub_points_of_h():
    """London's record prints h) then i) and ii) at the margin: ii) can only follow roman one,
    so i) and ii) are h)'s sub-points, as e)'s and f)'s are, and the list is a) to h)."""
    motion = amend.read_motion(ARK_AID.read_text(encoding="utf-8"))
    labelled = [p for p in motion.paragraphs if p.label]
    assert [p.label.text for p in labelled] == [f"{letter})" for letter in "abcdefgh"]
    assert {p.label.kind for p in labelled} == {ALPHA}
    assert outline(labelled[-1].children) == [("i)", ROMAN), ("ii)", ROMAN)]
    assert outline(labelled[-1].children) == outline(labelled[5].children)
    assert labelled[-1].children[0].text.startswith("the Civic Administration BE AUTHORIZED")


def test_apply_output_on_the_london_record_reads_back_as_the_tree_apply_made():
    """Deleting h) ii) leaves h) one sub-point, i), which apply prints set in: read again, that
    text gives the tree apply made (nothing follows i) to say it is not the letter after h))."""
    motion = amend.read_motion(ARK_AID.read_text(encoding="utf-8"))
    amendment = amend.read_amendment("Delete paragraph h) ii).", motion=motion)
    result = amend.resolve(motion, [amendment])
    text = amend.render_text(result.motion)
    assert "\n    i) the Civic Administration" in text.split("\nh) ")[-1]
    assert amend.read_motion(text) == result.motion
    assert amend.check(result.motion, amend.read_motion(text)).matches


@pytest.mark.parametrize(("text", "expected"), [
    ("(h) x;\n\n    (i) y;\n\n    (ii) z.",
     [("(h)", ALPHA, [("(i)", ROMAN), ("(ii)", ROMAN)])]),
    ("(h) x;\n\n    (i) y.", [("(h)", ALPHA, [("(i)", ROMAN)])]),
    ("(h) x;\n\n(i) y;\n\n(ii) z.", [("(h)", ALPHA, [("(i)", ROMAN), ("(ii)", ROMAN)])]),
    ("(h) x;\n\n(i) y;\n\n(j) z.", [("(h)", ALPHA), ("(i)", ALPHA), ("(j)", ALPHA)]),
    ("(h) x;\n\n (i) y;\n\n (j) z.", [("(h)", ALPHA), ("(i)", ALPHA), ("(j)", ALPHA)]),
    ("(H) x;\n\n    (I) y.", [("(H)", UPPER, [("(I)", UPPER_ROMAN)])]),
    ("(1) x:\n\n    (h) y;\n\n        (i) z.",
     [("(1)", NUMBER, [("(h)", ALPHA, [("(i)", ROMAN)])])]),
], ids=["set-in", "set-in-alone", "ii-follows", "j-follows", "one-space", "capitals",
        "third-level"])
def test_i_after_h_is_roman_when_set_in_or_followed_by_ii(text, expected):
    """(i) after (h) is roman one when set in two columns or more, or when (ii) follows it;
    else, and with a space's difference, it is the letter that continues the list."""
    assert outline(amend.read_motion(text).paragraphs) == expected


def test_a_letter_list_read_again_past_an_unlabelled_paragraph_counts_on_from_h():
    """“(h)”, an unlabelled paragraph, “(i)”, “(ii)”: i) and ii) go under the unlabelled
    paragraph, and the letter list's last count is h) again, so a later “(i)” is the letter
    that follows h), at the top level."""
    motion = amend.read_motion("(h) a;\n\nSome words.\n\n(i) x;\n\n(ii) y;\n\n(i) z.")
    assert outline(motion.paragraphs) == [
        ("(h)", ALPHA), (None, None, [("(i)", ROMAN), ("(ii)", ROMAN)]), ("(i)", ALPHA)]
