"""``check``: the recorded resolution against the text it should be."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amend import check, read_amendment, read_motion, render_text, resolve
from amend.comparison.compare import (
    CAPITALS,
    CONNECTOR,
    COSMETIC,
    EXTRA,
    LETTERING,
    MISSING,
    MOVED,
    PUNCTUATION,
    WORDING,
    cosmetic_fold,
)
from amend.text.matching import fold
from tests.seeds import between, seed

BASE = ("That this Council:-\n\n(a) notes the report;\n\n(b) thanks the “staff” – all of them;"
        " and\n\n(c) requests a review.\n")


def test_seed_000_record_matches_alston_part_3_g_h():
    """The recorded substantive motion in seed 000 matches Alston carried 3(g)(h)."""
    text = seed(0)
    motion = read_motion(between(text, "That this Council:-", "Minutes:"))
    amendment = read_amendment(between(text, "that the Motion now submitted be amended by:-",
                                        "8.3"), motion=motion)
    expected = resolve(motion, amendment, "3(g)(h)").motion
    report = check(expected, between(text, "RESOLVED: That this Council:-", "8.6.1"))
    assert report.verdict == "matches"


def test_seed_001_record_lacks_the_kept_paragraphs_and_has_a_stray_quote():
    """Seed 001: the two kept paragraphs are missing from the record; the stray ” is its own
    punctuation difference in the last paragraph."""
    text = seed(1)
    motion = read_motion(between(text, "This Council notes the outcome", "Minutes:"))
    amendment = read_amendment(between(text, "Delete all after:", "The amendment in the name"),
                                motion=motion)
    expected = resolve(motion, amendment).motion
    report = check(expected, between(text, "RESOLVED –", "Supporting documents"))
    assert [(d.kind, d.where) for d in report.differences] == [
        (MISSING, "¶1"), (MISSING, "¶2"), (PUNCTUATION, "¶5")]
    assert report.differences[2].recorded.endswith("crisis.”")
    assert not report.matches


@pytest.mark.parametrize(("record", "kind"), [
    (BASE.replace("“staff” – all", '"staff" - all'), COSMETIC),
    (BASE.replace("requests a review", "Requests a review"), CAPITALS),
    (BASE.replace("them; and", "them;"), CONNECTOR),
    (BASE.replace("the report;", "the report,"), PUNCTUATION),
    (BASE.replace("requests a review", "requests an audit"), WORDING),
    (BASE.replace("(c) requests", "(d) requests"), LETTERING),
])
def test_each_kind_of_difference_is_named(record, kind):
    """A single change in the record is reported as one difference of its kind."""
    report = check(BASE, record)
    assert [d.kind for d in report.differences] == [kind]
    assert report.matches == (kind == COSMETIC)


def test_resolved_prefix_and_label_style_are_folded():
    """"RESOLVED: That this Council:-" and "a)" for "(a)" are not differences."""
    record = BASE.replace("That this", "RESOLVED: That this").replace("(a)", "a)")
    assert check(BASE, record).verdict == "matches"


def test_a_missing_paragraph_does_not_shift_later_comparisons():
    """Dropping (b) gives one missing paragraph, not a wording difference at (b) and (c)."""
    record = BASE.replace("(b) thanks the “staff” – all of them; and\n\n", "")
    assert [(d.kind, d.where) for d in check(BASE, record).differences] == [(MISSING, "(b)")]


def test_swapped_paragraphs_are_one_move():
    """Two paragraphs in the wrong order are reported as one moved paragraph."""
    record = ("That this Council:-\n\n(b) thanks the “staff” – all of them; and\n\n"
              "(a) notes the report;\n\n(c) requests a review.\n")
    assert [d.kind for d in check(BASE, record).differences] == [MOVED]


def test_an_extra_paragraph_is_reported_with_its_text():
    """A paragraph the record adds is an extra paragraph carrying its words."""
    record = BASE.replace("(c) requests a review.", "(c) requests a review.\n\n(d) adjourns.")
    (difference,) = check(BASE, record).differences
    assert (difference.kind, difference.recorded) == (EXTRA, "(d) adjourns.")


def test_whitespace_differences_are_not_reported():
    """Runs of spaces, tabs and no-break spaces in the record are folded when it is read."""
    record = BASE.replace("notes the", "notes \u00a0\tthe")
    assert check(BASE, record).differences == ()


def test_every_closing_mark_changed_pairs_each_paragraph_with_its_own():
    """A record that ends every item with "," for ";" has one punctuation difference at each
    item, none missing or extra."""
    items = [f"({n}) notes report number {n} on the budget" for n in range(1, 31)]
    expected = "\n\n".join(f"{item};" for item in items)
    record = "\n\n".join(f"{item}," for item in items)
    report = check(expected, record)
    assert [(d.kind, d.where) for d in report.differences] == [
        (PUNCTUATION, f"({n})") for n in range(1, 31)]


@given(st.text(alphabet=" \t\n\u00a0ab’‘“”–—-.", max_size=30))
def test_cosmetic_folding_is_the_matchers_folding(text):
    """Check folds glyphs and whitespace exactly as the word matcher does."""
    assert cosmetic_fold(text) == fold(text)[0].strip()


def test_a_bare_that_opening_in_the_record_is_not_a_difference():
    """A record opening "RESOLVED – That:" before unlabelled paragraphs says nothing more than
    a motion with no preamble; a preamble with words of its own still counts."""
    motion = read_motion("Council notes the report.\n\nCouncil resolves to act.\n")
    assert check(motion, read_motion("RESOLVED – That:\n\nCouncil notes the report.\n\n"
                                     "Council resolves to act.\n")).matches
    assert not check(motion, read_motion("That this Council agrees:\n\nCouncil notes the "
                                         "report.\n\nCouncil resolves to act.\n")).matches


def test_a_first_paragraph_over_a_list_matches_its_printed_text_read_back():
    """Deleting words from the paragraph before "that:-" leaves "that:-" first over its list;
    its printed text reads back with it as the preamble, and check calls the two the same."""
    motion = read_motion("Council notes.\n\nthat:-\n\n(a) notes\n")
    assert [len(p.children) for p in motion.paragraphs] == [0, 1]
    result = resolve(motion, read_amendment("Delete the first paragraph.", motion=motion))
    printed = render_text(result.motion)
    assert read_motion(printed).preamble == "that:-"
    assert check(result.motion, read_motion(printed)).matches


def test_a_dropped_first_paragraph_is_one_missing_paragraph_before_a_that_paragraph():
    """Dropping the first paragraph leaves "that council …" at the top of the record: it is
    aligned with the motion's second paragraph even when the first shares most of its words
    (as a property run found), and the only difference is the missing first."""
    first = "notes notes notes council notes notes the notes."
    second = "that council notes notes notes council notes notes the notes."
    report = check(read_motion(f"{first}\n\n{second}\n"), read_motion(f"{second}\n"))
    assert [(d.kind, d.where) for d in report.differences] == [(MISSING, "¶1")]
