"""What a change leaves where its new words meet the motion's: a word printed twice ("the
the Mayor"), a word leading to nothing ("and;"), a sentence's capital with no full stop
before it ("Furthermore, It"), an unlabelled paragraph's words opening with a label ("1. That
this Council"), or a preamble ending as a paragraph does ("That this Council notes."), is
warned of; a word doubled elsewhere, a word that leads to a list ("resolves to:"), a capital
that began no sentence, or a label after a paragraph's own, is not."""

import pytest

import amend
from amend import WarningKind
from amend.engine.seams import (
    capital_run_on,
    dangling_word,
    doubled_word,
    label_opened,
    words_label,
)
from tests.test_engine_rules import LAYOUT, MOTION0, leeds_resolution_first_paragraph

CASES = [
    # (text after the change, where new words meet old ones, the doubled words found)
    ("asks the the Mayor to write", (9, 18), "the the"),  # “Leader” replaced by “the Mayor”
    ("notes that that the report", (11, 15), "that that"),  # “that” inserted after “that”
    ("The the Mayor", (4, 13), "The the"),
    ("to the the Minister", (7, 7), "the the"),  # a deletion between two “the”
    ("asks the Mayor to write", (9, 14), None),
    ("notes that, that is all", (11, 16), None),  # a comma between them
    ("had had the Mayor", (8, 17), None),  # doubled in the motion, not at a seam
]


@pytest.mark.parametrize(("text", "seams", "doubled"), CASES, ids=[c[0] for c in CASES])
def test_a_word_doubled_across_a_seam_is_found(text, seams, doubled):
    """Each case's doubled words are found only where they run across a seam."""
    assert doubled_word(text, seams) == doubled


def test_a_change_that_prints_a_word_twice_is_applied_with_a_warning():
    """Sheffield's (e) “believes that this is a fantastic achievement” with “this” replaced
    by “that this” reads “believes that that this”: applied as written, with a warning at
    the instruction."""
    amendment = amend.read_amendment("In paragraph (e), delete “this” and insert “that this”.",
                                     source="amendment.txt", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert result.motion.paragraphs[4].text.startswith(
        "believes that that this is a fantastic achievement")
    assert [(w.kind, str(w.span)) for w in result.warnings] == [
        (WarningKind.DOUBLED_WORD, "amendment.txt:1:1")]
    assert "“that that”" in result.warnings[0].message



RUN_ON = "notes that the report is wrong. It asks the Council for more"
RUN_ON_CASES = [
    # (what is replaced, by what, the words left either side of the capital)
    ("wrong.", "", "is It"),  # the deletion took the full stop
    ("", "Furthermore, ", "Furthermore, It"),  # inserted before the second sentence
    ("", "Furthermore. ", None),  # a sentence of its own
    ("wrong. It", "wrong; it", None),  # the capital goes too
    ("report ", "", None),  # nowhere near a sentence's start
    ("", "new ", None),  # before “Council”, which began no sentence
]


@pytest.mark.parametrize(("old", "new", "left"), RUN_ON_CASES, ids=[f"{o}>{n}" for o, n, _ in
                                                                  RUN_ON_CASES])
def test_a_sentence_capital_left_without_a_stop_is_found(old, new, left):
    """Each change's capital left after words with no full stop is found, and only where a
    sentence began with it."""
    start = RUN_ON.index(old) if old else RUN_ON.index("It" if "Further" in new else "Council")
    changed = RUN_ON[:start] + new + RUN_ON[start + len(old):]
    assert capital_run_on(RUN_ON, changed, start + len(old), start + len(new)) == left


def test_a_change_that_takes_a_sentence_stop_is_applied_with_a_warning():
    """The Leeds resolution's “… more formal statutory interventions. Council notes, also, …”
    with “more formal statutory interventions.” replaced by “further action” runs the
    sentences together (“further action Council notes”): applied as written, with a warning
    of a sentence run on at the instruction."""
    motion = leeds_resolution_first_paragraph()
    amendment = amend.read_amendment("Delete “more formal statutory interventions.” and insert "
                                     "“further action”", source="amendment.txt", motion=motion)
    result = amend.resolve(motion, amendment)
    assert "further action Council notes, also," in amend.render_text(result.motion)
    assert [(w.kind, str(w.span)) for w in result.warnings] == [
        (WarningKind.SENTENCE_RUN_ON, "amendment.txt:1:1")]
    assert "“action Council”" in result.warnings[0].message



DANGLING_CASES = [
    # (the words after the change, where the new words end, the word left leading to nothing)
    ("thanks the staff and; and", 20, "and;"),  # “the volunteers” deleted
    ("asks for a review by.", 20, "by."),  # “May” deleted
    ("asks for a review by June.", 25, None),
    ("Council resolves to:", 19, None),  # a list follows the colon
    ("thanks the staff; and", 16, None),  # “and the volunteers” deleted
]


@pytest.mark.parametrize(("text", "seam", "left"), DANGLING_CASES,
                         ids=[c[0] for c in DANGLING_CASES])
def test_a_word_leading_to_nothing_is_found(text, seam, left):
    """Each case's word left before punctuation or the end, that leads on to others (“and”,
    “by”), is found; a colon's list is something to lead to."""
    assert dangling_word(text, seam) == left


def test_a_deletion_that_leaves_a_connector_leading_to_nothing_is_applied_with_a_warning():
    """Sheffield's (c) “… with a skilled and confident workforce;” with “confident
    workforce” deleted reads “with a skilled and;”: applied as written, with a warning of a
    dangling word at the instruction."""
    amendment = amend.read_amendment("In paragraph (c), delete “confident workforce”.",
                                     source="amendment.txt", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert result.motion.paragraphs[2].body.endswith("with a skilled and;")
    assert [(w.kind, str(w.span)) for w in result.warnings] == [
        (WarningKind.DANGLING_WORD, "amendment.txt:1:1")]
    assert "“and;”" in result.warnings[0].message


@pytest.mark.parametrize(("old", "text", "opened"), [
    ("That this Council notes", "A. B. Jones this Council notes", "A."),  # “That” replaced
    ("Council thanks the crews", "(z) a new point; thanks the crews", "(z)"),
    ("notes the report", "1. notes the report", "1."),  # a number put before the words
    ("1. notes the report", "1. notes the plan", None),  # the words opened with it before
    ("That this Council notes", "That A. B. Jones notes", None),  # inside the words
])
def test_a_label_an_unlabelled_paragraphs_words_now_open_with_is_found(old, text, opened):
    """Each case's label at the start of the changed words is found, unless the words before
    the change opened with one too."""
    assert label_opened(old, text) == opened


def test_words_that_open_the_leeds_resolution_with_a_number_are_applied_with_a_warning():
    """Leeds' unlabelled resolution with “1.” inserted before its first words prints as a
    paragraph numbered 1.: applied as written, with a warning that its words now open with a
    label at the instruction."""
    motion = leeds_resolution_first_paragraph()
    amendment = amend.read_amendment("Insert “1.” before “That this Council notes”.",
                                     source="amendment.txt", motion=motion)
    result = amend.resolve(motion, amendment)
    assert result.motion.paragraphs[0].text.startswith("1. That this Council notes Ofsted")
    assert [(w.kind, str(w.span)) for w in result.warnings] == [
        (WarningKind.OPENS_WITH_LABEL, "amendment.txt:1:1")]
    assert "“1.”" in result.warnings[0].message


def test_a_change_inside_a_labelled_paragraph_opening_with_a_label_is_not_warned_of():
    """Sheffield's (a) with its first words replaced by “A. B. Jones” prints “(a) A. B. Jones
    …”: the paragraph's own label comes first, so nothing is warned of."""
    amendment = amend.read_amendment("In paragraph (a), delete “notes” and insert “A. B. "
                                     "Jones notes”.", source="amendment.txt", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert result.motion.paragraphs[0].text.startswith("A. B. Jones notes")
    assert not [w for w in result.warnings if w.kind is WarningKind.OPENS_WITH_LABEL]


@pytest.mark.parametrize(("new", "warned"), [
    ("That the Cabinet:-", False),
    ("That this Council notes the report.", True),
    ("That this Council notes the report;", True),
], ids=["colon", "full-stop", "semicolon"])
def test_a_preamble_left_ending_as_a_paragraph_does_is_warned_of(new, warned):
    """Sheffield's preamble “That this Council:-” replaced by words ending “.” or “;” reads,
    printed before (a), as a paragraph of the motion: applied as written, with a warning at
    the instruction; words ending “:-” stay the preamble, with none."""
    amendment = amend.read_amendment(f"Leave out “That this Council:-” and insert “{new}”.",
                                     source="amendment.txt", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert result.motion.preamble == new
    assert [(w.kind, str(w.span)) for w in result.warnings] == \
        ([(WarningKind.PREAMBLE_READ_AS_PARAGRAPH, "amendment.txt:1:1")] if warned else [])


def test_new_words_that_open_with_a_label_put_at_the_end_of_a_part_are_warned_of():
    """“Add at the end of part c): “iv) …”” on London's 801 Sarnia motion, whose c) opens i)
    and ii), puts the words at the end of c)'s own words, as written (iv) does not follow ii)),
    with a warning that they open with the label iv): a new sub-paragraph may have been
    meant."""
    motion = amend.read_motion((LAYOUT / "london-2025-801-sarnia-motion.txt").read_text(
        encoding="utf-8"), source="motion.txt")
    amendment = amend.read_amendment("Add at the end of part c): “iv) a new point;”",
                                     source="amendment.txt", motion=motion)
    result = amend.resolve(motion, amendment)
    assert result.motion.paragraphs[2].text.endswith("through the Site Plan review iv) a new "
                                                     "point")
    assert [(w.kind, str(w.span)) for w in result.warnings] == [
        (WarningKind.OPENS_WITH_LABEL, "amendment.txt:1:1")]
    assert "“iv)”" in result.warnings[0].message


@pytest.mark.parametrize(("new", "label"), [
    (" iii) a new point; ", "iii)"), ("(b) as amended", "(b)"), (" and the Mayor ", None),
    ("2019. The", None), ("A. B. Jones", None), ("• a new point", "•"),
])
def test_the_label_new_words_open_with_is_found(new, label):
    """Each case's new words open with the bracketed count or bullet found; a count with a
    full stop (“2019.”, “A.”) is as likely a year or an initial, and no label here."""
    assert words_label(new) == label
