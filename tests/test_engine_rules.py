"""The engine's reading rules on real text: occurrences counted at the loosest tier, the
qualifiers that choose among them, "in line N", references to the motion as moved, emptied
paragraphs, a whole rewrite followed by another part, and the status of every operation."""

import re
from pathlib import Path

import pytest

import amend
from amend import WarningKind
from amend.motion.punctuation import convention
from amend.motion.worktree import ChangeKind
from tests.seeds import between, seed

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SEED0_MOTION = between(seed(0), "That this Council:-", "Minutes:")
MOTION0 = amend.read_motion(SEED0_MOTION, source="seed000.txt")
SEED1_MOTION = between(seed(1), "This Council notes the outcome", "Minutes:")
MOTION1 = amend.read_motion(SEED1_MOTION, source="seed001.txt")
LAYOUT = Path(__file__).resolve().parent / "data" / "layout"
LONDON_WINTER = LAYOUT / "london-2025-winter-maintenance-motion.txt"


def example_motion(name: str) -> amend.Motion:
    return amend.read_motion(amend.read_file(EXAMPLES / name / "motion.txt"))


def place_of(text: str, words: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based line and column of the ``occurrence``-th ``words`` in ``text``."""
    at = -1
    for _ in range(occurrence):
        at = text.index(words, at + 1)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def kinds(result: amend.Result) -> list[WarningKind]:
    return [w.kind for w in result.warnings]


# ---- occurrences and their qualifiers ---------------------------------------------------

def test_an_exact_case_hit_does_not_hide_an_earlier_caseless_one():
    """“children’s services” is exact in (e) but also in (a) as “Children’s Services”: both
    count, the first in reading order is taken, and the warning names (e) by line:col."""
    amendment = amend.read_amendment("Replace “children’s services” with “children’s social "
                                     "care”", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert "Children’s social care" not in amend.render_text(result.motion)
    assert result.motion.paragraphs[0].text.endswith("‘children’s social care in Sheffield are "
                                                     "good’")
    chosen = next(w for w in result.warnings if w.kind is WarningKind.OCCURRENCE_CHOSEN)
    line, column = place_of(SEED0_MOTION, "children’s services")
    assert f"seed000.txt:{line}:{column}" in chosen.message
    assert WarningKind.CASELESS_MATCH in kinds(result)


def test_words_after_an_anchor_are_only_those_that_follow_it():
    """(e) has “dedicated staff” before “all council staff”: “delete “staff” after
    “council”” takes only the second, with nothing guessed (a “staff” before the anchor
    is not “after” it)."""
    amendment = amend.read_amendment("In paragraph (e), delete “staff” after “council”",
                                     motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert "the dedicated staff in children’s services, all council, foster carers" in \
        result.motion.paragraphs[4].text
    assert result.warnings == ()


def test_the_paragraph_named_decides_between_occurrences_without_a_warning():
    """“in paragraph (e)” picks the exact-case occurrence there, and nothing is guessed."""
    amendment = amend.read_amendment("Replace “children’s services” in paragraph (e) with "
                                     "“children’s social care”", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert "children’s social care" in result.motion.paragraphs[4].text
    assert result.warnings == ()


def test_several_occurrences_are_an_error_when_resolving_strictly():
    """With ``strict``, the same instruction is an AmbiguousTarget at the quoted words."""
    amendment = amend.read_amendment("Replace “children’s services” with “children’s social "
                                     "care”", source="amendment.txt", motion=MOTION0)
    with pytest.raises(amend.AmbiguousTarget, match="2 times") as info:
        amend.resolve(MOTION0, amendment, strict=True)
    assert (info.value.span.line, info.value.span.column) == (1, 10)


def test_the_first_of_two_occurrences_is_taken_and_the_second_named_by_line_and_column():
    """Seed 001: “progress of the improvement plan” ends two paragraphs; the first changes and
    the warning names where the second is in the motion's text."""
    amendment = amend.read_amendment("Replace “progress of the improvement plan” with "
                                     "“delivery of the improvement plan”", motion=MOTION1)
    result = amend.resolve(MOTION1, amendment)
    assert result.motion.paragraphs[3].text.endswith("monitor delivery of the improvement plan")
    last = list(result.motion.walk())[-1][1]
    assert last.text.endswith("monitor progress of the improvement plan")
    line, column = place_of(SEED1_MOTION, "progress of the improvement plan", occurrence=2)
    assert [w.kind for w in result.warnings] == [WarningKind.OCCURRENCE_CHOSEN]
    assert f"seed001.txt:{line}:{column}" in result.warnings[0].message


def test_each_place_takes_every_occurrence_without_a_warning():
    """“in each place” changes both occurrences and guesses nothing."""
    amendment = amend.read_amendment("Replace “progress of the improvement plan” with "
                                     "“delivery of the improvement plan” in each place",
                                     motion=MOTION1)
    result = amend.resolve(MOTION1, amendment)
    text = amend.render_text(result.motion)
    assert text.count("delivery of the improvement plan") == 2 and result.warnings == ()


def test_the_preamble_is_searched():
    """Words of the preamble (“That this Council:-”) can be changed like any others."""
    amendment = amend.read_amendment("Replace “this Council” with “the Council”",
                                     motion=example_motion("insert-words-structured"))
    result = amend.resolve(example_motion("insert-words-structured"), amendment)
    assert result.motion.preamble == "That the Council:-"


# ---- "in line N" ------------------------------------------------------------------------

NUMBERED = """\
1   Conference notes that the county’s mobile library service
2   will end in April, leaving many rural villages without a
3   library, and that the county’s own review found the service
4   used by more than 4,000 residents each month.
5
6   Conference calls on the county to keep the service and to
7   consult the villages it serves.
"""
UNNUMBERED = "\n".join(line[4:] for line in NUMBERED.splitlines()) + "\n"
IN_LINE_3 = "Replace “the county’s” in line 3 with “its”"


def test_printed_line_numbers_are_not_read_as_words():
    """A motion printed with line numbers reads as its two paragraphs, numbers left out."""
    motion = amend.read_motion(NUMBERED)
    assert [p.text[:26] for p in motion.paragraphs] == ["Conference notes that the ",
                                                        "Conference calls on the co"]
    assert "4,000 residents each month" in motion.paragraphs[0].text
    assert " 3 " not in motion.paragraphs[0].text


def test_in_line_n_chooses_the_occurrence_on_that_printed_line():
    """“the county’s” is on lines 1 and 3; “in line 3” changes the one on line 3, no warning."""
    motion = amend.read_motion(NUMBERED)
    result = amend.resolve(motion, amend.read_amendment(IN_LINE_3, motion=motion))
    assert "and that its own review" in result.motion.paragraphs[0].text
    assert "that the county’s mobile library" in result.motion.paragraphs[0].text
    assert result.warnings == ()


def test_in_line_n_without_printed_numbers_is_reported_and_the_other_rules_decide():
    """Without printed numbers “in line 3” is named as not usable at the instruction's
    line:col, and the first occurrence is taken with its own warning."""
    motion = amend.read_motion(UNNUMBERED)
    amendment = amend.read_amendment(IN_LINE_3, source="amendment.txt", motion=motion)
    result = amend.resolve(motion, amendment)
    assert "notes that its mobile library" in result.motion.paragraphs[0].text
    unusable = result.warnings[0]
    assert unusable.kind is WarningKind.LINE_NOT_USABLE
    assert str(unusable).startswith("amendment.txt:1:10: “in line 3” is not used")
    assert WarningKind.OCCURRENCE_CHOSEN in kinds(result)


def test_words_not_on_the_line_named_are_reported_and_the_other_rules_decide():
    """“in line 2” where the words are on lines 1 and 3: a warning, then the first is taken."""
    motion = amend.read_motion(NUMBERED)
    amendment = amend.read_amendment(IN_LINE_3.replace("line 3", "line 2"), motion=motion)
    result = amend.resolve(motion, amendment)
    assert kinds(result)[:2] == [WarningKind.LINE_NOT_MATCHED, WarningKind.OCCURRENCE_CHOSEN]
    assert "notes that its mobile library" in result.motion.paragraphs[0].text


# ---- the motion as moved --------------------------------------------------------------------

def test_positions_in_later_parts_refer_to_the_motion_as_moved():
    """“1. Delete the first paragraph. 2. In the third paragraph, delete “next”” edits what was
    the third paragraph, (c), though only two paragraphs are left after part 1."""
    motion = example_motion("insert-words-structured")
    amendment = amend.read_amendment("1. Delete the first paragraph.\n\n"
                                     "2. In the third paragraph, delete “next”.", motion=motion)
    result = amend.resolve(motion, amendment)
    assert [p.text[:20] for p in result.motion.paragraphs] == ["thanks the staff who",
                                                               "requests a report to"]
    assert "the next meeting" not in result.motion.paragraphs[1].text


def test_an_ordinal_in_a_later_part_names_the_paragraph_it_named_when_moved():
    """After the first unlabelled paragraph is deleted, “the second paragraph” is still the
    one about Saturdays."""
    motion = example_motion("replace-word-unlabelled")
    amendment = amend.read_amendment("1. Delete the first paragraph.\n\n2. Replace the word "
                                     "“poor” in the second paragraph with “inadequate”",
                                     motion=motion)
    result = amend.resolve(motion, amendment)
    assert result.motion.paragraphs[0].text.startswith("Council believes that the service")
    assert "is inadequate" in result.motion.paragraphs[0].text


def test_a_rewrite_followed_by_a_part_naming_a_paragraph_is_a_located_error():
    """“1. Amend the motion to read “…” 2. Delete paragraph (c).”: part 2's (c) was replaced
    by part 1, so it is an OverlappingTarget at part 2's line."""
    motion = example_motion("amended-to-read")
    text = ("1. Amend the motion to read “That this Council:-\n\n(a) notes the survey;\n\n"
            "(b) asks for bids; and\n\n(c) asks for a report.”\n\n2. Delete paragraph (b).\n")
    amendment = amend.read_amendment(text, source="amendment.txt", motion=motion)
    with pytest.raises(amend.OverlappingTarget, match="earlier part") as info:
        amend.resolve(motion, amendment)
    assert info.value.span.line == 9


def test_words_an_earlier_part_deleted_are_an_overlap():
    """Part 2 quoting words part 1 deleted is an OverlappingTarget naming the paragraph."""
    motion = example_motion("insert-words-structured")
    amendment = amend.read_amendment("1. Delete “the next meeting of”\n\n2. Delete “next”",
                                     motion=motion)
    with pytest.raises(amend.OverlappingTarget, match="earlier part") as info:
        amend.resolve(motion, amendment)
    assert "paragraph (c)" in info.value.hint


# ---- "delete all after" in a paragraph named ------------------------------------------------

IN_E_DELETE_ALL_AFTER = ("In paragraph (e), delete all after “a fantastic achievement” and "
                         "insert “for the whole city.”")


def test_delete_all_after_in_a_named_paragraph_runs_to_the_end_with_a_warning():
    """“In paragraph (e), delete all after …” deletes to the end of the motion, (f) with it,
    and a warning at the anchor says (f) lies past the paragraph named and may have been
    meant to stay."""
    amendment = amend.read_amendment(IN_E_DELETE_ALL_AFTER, source="amendment.txt",
                                     motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert [p.label.text for p in result.motion.paragraphs] == ["(a)", "(b)", "(c)", "(d)", "(e)"]
    assert result.motion.paragraphs[-1].text == ("believes that this is a fantastic achievement "
                                                 "for the whole city")
    warning = next(w for w in result.warnings if w.kind is WarningKind.PAST_NAMED_PARAGRAPH)
    anchor = IN_E_DELETE_ALL_AFTER.index("a fantastic")  # the quoted words
    assert str(warning).startswith(f"amendment.txt:1:{anchor + 1}: ")
    assert "paragraph (f)" in warning.message and "paragraph (e)" in warning.message


def test_delete_all_after_in_the_last_paragraph_named_gives_no_warning():
    """Deleting all after words in (f), the last paragraph, takes nothing past it: no
    warning."""
    amendment = amend.read_amendment("In paragraph (f), delete all after “the aim is to "
                                     "continue to improve the service”", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert len(result.motion.paragraphs) == len(MOTION0.paragraphs)
    assert WarningKind.PAST_NAMED_PARAGRAPH not in kinds(result)


# ---- emptied paragraphs ---------------------------------------------------------------------

def test_deleting_every_word_of_a_paragraph_removes_it_and_repairs_the_list():
    """Deleting all of (b)'s words leaves no “(b) and”: (b) goes, (c) becomes (b), (a) takes
    the “; and”, and the removal is reported as a change."""
    motion = example_motion("insert-words-structured")
    amendment = amend.read_amendment("the deletion, from paragraph (b), of the words “thanks "
                                     "the staff who kept the centres open during the pandemic”",
                                     motion=motion)
    result = amend.resolve(motion, amendment)
    assert [(p.label.text, p.ending) for p in result.motion.paragraphs] == [("(a)", "; and"),
                                                                            ("(b)", ".")]
    assert result.motion.paragraphs[1].text.startswith("requests a report")
    assert any(c.kind is ChangeKind.DELETE and "every word" in c.description
               for c in result.changes)


def test_deleting_the_last_paragraphs_words_leaves_no_lone_full_stop():
    """Deleting every word of (c) leaves no “(c) .”; (b) ends the list with the full stop."""
    motion = example_motion("insert-words-structured")
    words = motion.paragraphs[2].text
    result = amend.resolve(motion, amend.read_amendment(f"Delete “{words}”", motion=motion))
    text = amend.render_text(result.motion)
    assert "(c)" not in text and text.rstrip().endswith("during the pandemic.")


# ---- list punctuation -----------------------------------------------------------------------

NO_AND = ("That the following actions be taken:\n\na) the report BE RECEIVED for information;\n\n"
          "b) the Civic Administration BE DIRECTED to consult residents;\n\n"
          "c) the Civic Administration BE DIRECTED to report back by June.\n")


def test_a_list_without_and_ends_with_a_full_stop_after_its_last_item_goes():
    """In a list of “…;” items with no “and” and a full stop at the end, deleting the last
    item moves the full stop to the new last item, and the repair is reported."""
    motion = amend.read_motion(NO_AND)
    result = amend.resolve(motion, amend.read_amendment("Delete part c).", motion=motion))
    assert amend.render_text(result.motion).rstrip().endswith("to consult residents.")
    assert [c.description for c in result.changes if c.kind is ChangeKind.PUNCTUATION] == [
        "b): “;” becomes “.”"]


# ---- statuses -------------------------------------------------------------------------------

def test_every_operation_has_a_status_on_the_result():
    """Each operation's outcome is on the result: applied, or applied with its warning."""
    motion = example_motion("insert-words-structured")
    amendment = amend.read_amendment("1. Delete “next”\n\n2. Replace “the” with “a”",
                                     motion=motion)
    result = amend.resolve(motion, amendment)
    assert [(o.part, o.status) for o in result.outcomes] == [
        (1, amend.Status.APPLIED), (2, amend.Status.WARNED)]
    assert result.outcomes[1].warnings[0].kind is WarningKind.OCCURRENCE_CHOSEN


def test_explain_shows_how_each_operation_would_go():
    """explain, given the motion, gives each operation's status, failures included."""
    motion = example_motion("insert-words-structured")
    amendment = amend.read_amendment("1. Delete “next”\n\n2. Delete “the pandemic” in "
                                     "paragraph (c)\n\n3. Delete paragraph (c)\n\n"
                                     "4. Delete “report”", motion=None)
    statuses = [line for line in amend.explain(amendment, motion) if "status:" in line]
    assert statuses[0] == "  status: applied"
    assert statuses[1].startswith("  status: not found: ")
    assert statuses[2] == "  status: applied"
    assert statuses[3].startswith("  status: overlaps an earlier part of the same amendment")


def test_a_list_run_past_z_is_an_error_at_the_part_that_lengthened_it():
    """Adding paragraphs past (z) is a ListOverflow placed at the part that added them."""
    motion = amend.read_motion("That this Council:-\n\n" + "\n\n".join(
        f"({chr(c)}) notes item {chr(c)};" for c in range(ord("a"), ord("z") + 1)))
    amendment = amend.read_amendment("1. Delete “item a”\n\n2. Add at the end “notes "
                                     "more.”", source="amendment.txt")
    with pytest.raises(amend.ListOverflow) as info:
        amend.resolve(motion, amendment)
    assert (info.value.span.source, info.value.span.line) == ("amendment.txt", 3)


def test_a_sentence_named_in_a_later_part_is_counted_in_the_motion_as_moved():
    """After part 1 deletes the first sentence, “after the second sentence” still means the
    sentence that was second: “Residents were not consulted.”"""
    motion = example_motion("insert-sentence-ordinal")
    amendment = amend.read_amendment("1. Delete “This Council notes the closure of the Westgate "
                                     "swimming pool.”\n\n2. Add “No survey was done.” after the "
                                     "second sentence", motion=motion)
    result = amend.resolve(motion, amendment)
    assert result.motion.paragraphs[0].body == ("Residents were not consulted. No survey was "
                                                "done. The nearest pool is now four miles away.")


def test_words_only_an_earlier_part_put_there_are_applied_with_an_overlap_status():
    """Part 2 editing the words part 1 inserted applies, with an overlap warning and status."""
    motion = example_motion("insert-words-structured")
    amendment = amend.read_amendment("1. Insert “and volunteers” after “thanks the staff”\n\n"
                                     "2. Replace “volunteers” with “carers”", motion=motion)
    result = amend.resolve(motion, amendment)
    assert "thanks the staff and carers who kept" in result.motion.paragraphs[1].text
    assert result.outcomes[1].status is amend.Status.OVERLAPS
    assert result.outcomes[1].warnings[0].kind is WarningKind.OVERLAP


def test_a_scope_keeps_its_paragraphs_an_earlier_part_did_not_delete():
    """Part 1 deletes sub-paragraph (ii) of (b); part 2 can still edit (b)'s own words."""
    amendment = amend.read_amendment("1. the deletion of paragraph (ii)\n\n2. the deletion, "
                                     "from paragraph (b), of the words “despite 10 years of "
                                     "austerity,”", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert "austerity" not in result.motion.paragraphs[1].text
    assert len(result.motion.paragraphs[1].children) == 2


def test_paragraph_numbers_between_blank_lines_are_not_line_numbers():
    """“1 Publish …”, “2 Consult …” with blank lines between keep their numbers as words."""
    text = amend.read_file(EXAMPLES / "delete-point-renumber" / "motion.txt")
    for number in "1234":
        text = text.replace(f"{number}. ", f"{number} ")
    motion = amend.read_motion(text)
    assert [p.text[:9] for p in motion.paragraphs[1:]] == ["1 Publish", "2 Consult", "3 Review ",
                                                           "4 Report "]


# ---- new paragraphs at the label the instruction names --------------------------------------

def test_a_new_paragraph_named_b_with_unlabelled_words_goes_in_at_b():
    """“Insert a new paragraph (b): …” with words that bear no label puts them at (b), and the
    old (b) onwards are relettered (c) onwards; before, the words went to the end."""
    amendment = amend.read_amendment("Insert a new paragraph (b): “welcomes the report's "
                                     "findings;”", source="amendment.txt", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert [p.text for p in result.motion.paragraphs[:2]] == [
        MOTION0.paragraphs[0].text, "welcomes the report's findings"]
    assert result.motion.paragraphs[2].text == MOTION0.paragraphs[1].text
    assert [p.label.text for p in result.motion.paragraphs] == [
        "(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)"]
    assert WarningKind.NEW_LABEL_NOT_BORNE_OUT not in kinds(result)


def test_a_new_paragraph_lettered_past_the_end_of_the_list_is_added_at_its_end_with_a_warning():
    """“Insert a new paragraph (j): …” where the list ends at (f) adds it at the end as (g),
    and a warning names the label the amendment gave it."""
    amendment = amend.read_amendment("Insert a new paragraph (j): “calls for action.”",
                                     source="amendment.txt", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    last = result.motion.paragraphs[-1]
    assert (last.label.text, last.text) == ("(g)", "calls for action")
    warning = next(w for w in result.warnings if w.kind is WarningKind.NEW_LABEL_NOT_BORNE_OUT)
    assert str(warning).startswith("amendment.txt:1:1: ") and "(j)" in warning.message


@pytest.mark.parametrize(("words", "warned"), [
    ("(g) asks the Cabinet Member to write to Ofsted.", None),
    ("(h) asks the Cabinet Member to write to Ofsted.", WarningKind.NEW_LABEL_NOT_BORNE_OUT),
    ("(1) asks the Cabinet Member to write to Ofsted.", WarningKind.NEW_LABEL_NOT_BORNE_OUT),
    ("• asks the Cabinet Member to write to Ofsted.", WarningKind.LABELS_UNMATCHED),
], ids=["g", "h", "1", "bullet"])
def test_a_paragraph_added_at_the_end_bearing_another_label_than_its_place_is_warned_of(
        words, warned):
    """“Add at the end: “(h) …”” on Sheffield's (a)-(f) adds the words as (g), where they
    stand, with a warning that names the (h) they bore (or the bullet a counted list keeps,
    which printed reads as a sub-list of (f)); “(g) …” is added with no warning."""
    amendment = amend.read_amendment(f"Add at the end: “{words}”", source="amendment.txt",
                                     motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    last = result.motion.paragraphs[-1]
    assert last.text == "asks the Cabinet Member to write to Ofsted"
    assert last.label.text == ("•" if warned is WarningKind.LABELS_UNMATCHED else "(g)")
    assert [(w.kind, str(w.span)) for w in result.warnings] == \
        ([(warned, "amendment.txt:1:1")] if warned else [])
    assert not warned or words.split()[0] in result.warnings[0].message


@pytest.mark.parametrize(("words", "warned"), [
    ("(c) is proud of its workforce;", None),
    ("(e) is proud of its workforce;", WarningKind.NEW_LABEL_NOT_BORNE_OUT),
], ids=["c", "e"])
def test_a_paragraph_put_in_place_of_one_bearing_another_label_is_warned_of(words, warned):
    """“Delete paragraph (c) and insert “(e) …”” on Sheffield's motion puts the words in (c)'s
    place, lettered (c), with a warning that names the (e) they bore; “(c) …” has none."""
    amendment = amend.read_amendment(f"Delete paragraph (c) and insert “{words}”",
                                     source="amendment.txt", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    third = result.motion.paragraphs[2]
    assert (third.label.text, third.text) == ("(c)", "is proud of its workforce")
    assert [(w.kind, str(w.span)) for w in result.warnings] == \
        ([(warned, "amendment.txt:1:1")] if warned else [])


@pytest.mark.parametrize(("words", "warned"), [
    ("• That the Council calls for a national housing plan.", None),
    ("(i) That the Council calls for a national housing plan.", WarningKind.LABELS_UNMATCHED),
], ids=["bullet", "roman"])
def test_a_counted_paragraph_added_to_limericks_bullets_is_warned_of(words, warned):
    """Limerick's eviction-ban motion is three bulleted paragraphs: a bullet added at the end
    joins them with no warning; “(i) …” keeps its label, and printed would read as a sub-list
    of the third bullet, so a warning says so."""
    motion = amend.read_motion((LAYOUT / "limerick-2023-eviction-ban-motion.txt").read_text(
        encoding="utf-8"), source="motion.txt")
    amendment = amend.read_amendment(f"Add at the end: “{words}”", source="amendment.txt",
                                     motion=motion)
    result = amend.resolve(motion, amendment)
    last = result.motion.paragraphs[-1]
    assert (last.label.text, last.text) == (words.split()[0],
                                            "That the Council calls for a national housing plan")
    assert [(w.kind, str(w.span)) for w in result.warnings] == \
        ([(warned, "amendment.txt:1:1")] if warned else [])


# ---- quoted new paragraphs ------------------------------------------------------------------

def test_new_paragraphs_quoted_one_by_one_lose_every_quote():
    """“(g) …” and “(h) …”, each paragraph in its own quotes after “Add at the end:”, are added
    as two paragraphs with no quotation marks left in them; before, the quotes between them
    stayed in the text and (h) was printed “(h) “(h) …”."""
    amendment = amend.read_amendment(
        "Add at the end:\n\n“(g) asks the Cabinet Member to write to Ofsted;”\n\n"
        "“(h) thanks the Council's staff.”", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    added = result.motion.paragraphs[-2:]
    assert [(p.label.text, p.text) for p in added] == [
        ("(g)", "asks the Cabinet Member to write to Ofsted"),
        ("(h)", "thanks the Council's staff")]
    assert not any(q in amend.render_text(result.motion) for q in "“”")


def test_a_quoted_new_paragraph_after_a_colon_is_read_before_the_words_after_it():
    """“Insert a new paragraph (b): “…” and reletter accordingly” adds the quoted words at (b);
    the words after the quotation are the instruction's, not new text (before, the quotes and
    “and reletter accordingly” were added as the paragraph's words)."""
    amendment = amend.read_amendment("Insert a new paragraph (b): “welcomes the report;” and "
                                     "reletter accordingly", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert result.motion.paragraphs[1].text == "welcomes the report"
    assert result.motion.paragraphs[2].text == MOTION0.paragraphs[1].text


# ---- a new sentence at the end of a paragraph -----------------------------------------------

def test_a_new_sentence_at_the_end_of_a_list_paragraph_goes_before_its_closing_and():
    """“Add a new sentence at the end of paragraph (e): …”, where (e) closes “; and”: the
    sentence before it gets a full stop, the new sentence closes with “; and” in place of its
    own full stop, and a punctuation change says so (before, it was put after “; and”, or
    run on from (e)'s last words without a stop)."""
    amendment = amend.read_amendment("Add a new sentence at the end of paragraph (e): “The "
                                     "Council thanks them all.”", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    changed = result.motion.paragraphs[4]
    assert changed.text == MOTION0.paragraphs[4].text + ". The Council thanks them all"
    assert changed.ending == "; and"
    assert any(c.kind is ChangeKind.PUNCTUATION and "“; and”" in c.description
               for c in result.changes)


def test_a_new_sentence_at_the_end_of_the_last_paragraph_follows_its_full_stop():
    """“The addition of a new sentence at the end of paragraph (f): …” puts it after (f)'s
    full stop, as a sentence of its own."""
    amendment = amend.read_amendment("The addition of a new sentence at the end of paragraph "
                                     "(f): “Progress will be reported each year.”",
                                     motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert amend.render_text(result.motion).rstrip().endswith(
        "achieve this in the future. Progress will be reported each year.")


def test_a_new_sentence_at_the_end_of_the_motion_joins_its_last_paragraph_with_a_warning():
    """“Add a new sentence at the end of the motion: …” on a lettered list puts the sentence
    after (f)'s full stop and warns that it may have been meant as a paragraph of its own
    (before, it was added as a new paragraph (g), with no word of the choice)."""
    amendment = amend.read_amendment("Add a new sentence at the end of the motion: “Progress "
                                     "will be reported each year.”", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert len(result.motion.paragraphs) == len(MOTION0.paragraphs)
    assert amend.render_text(result.motion).rstrip().endswith(
        "achieve this in the future. Progress will be reported each year.")
    [warning] = result.warnings
    assert warning.kind is WarningKind.READ_AS_SENTENCE and "paragraph (f)" in warning.message


def test_a_new_sentence_at_the_end_of_unlabelled_prose_joins_it_without_a_warning():
    """“Add a new sentence at the end: …” where the motion's last paragraph has no label puts
    the sentence after its last, and there is no choice to report."""
    motion = amend.read_motion("That this Council notes the report.\n\nIt thanks officers.\n")
    amendment = amend.read_amendment("Add a new sentence at the end: “It asks for a review.”",
                                     motion=motion)
    result = amend.resolve(motion, amendment)
    assert amend.render_text(result.motion).rstrip().endswith(
        "It thanks officers. It asks for a review.")
    assert result.warnings == ()


# ---- two paragraphs named --------------------------------------------------------------------

def test_two_paragraphs_named_are_deleted_and_none_between_them():
    """“the deletion of paragraphs (b) and (d)” deletes those two and keeps (c), lettered (b)
    after (before, it was read as (b) to (d) and (c) went too, with no word of it)."""
    amendment = amend.read_amendment("the deletion of paragraphs (b) and (d)", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    kept = [MOTION0.paragraphs[i].text for i in (0, 2, 4, 5)]
    assert [p.text for p in result.motion.paragraphs] == kept
    assert [p.label.text for p in result.motion.paragraphs] == ["(a)", "(b)", "(c)", "(d)"]
    assert result.warnings == ()


# ---- a paragraph named by its path ----------------------------------------------------------

def test_a_sub_paragraph_named_under_a_paragraph_without_it_is_an_error():
    """“That part a) ii) … be amended to read …” where a) has no sub-list is refused with its
    place: ii) is under b) only (before, b) ii) was restated with no word of it)."""
    motion = example_motion("london-restated-sub-part")
    amendment = amend.read_amendment("That part a) ii) of the motion be amended to read as "
                                     "follows:\n\na) ii)    options for dimming lights in "
                                     "parks; and", motion=motion)
    with pytest.raises(amend.TargetNotFound, match=r"paragraph \(a\) has no paragraph "
                       r"\(ii\)") as info:
        amend.resolve(motion, amendment)
    assert str(info.value).startswith("amendment:1:")


def test_a_sub_paragraph_named_by_its_path_is_the_one_under_that_paragraph():
    """“In paragraph (2) (a), delete …” edits the (a) under (2), where (1) has an (a) too."""
    motion = amend.read_motion("That this Council:-\n\n(1) notes the plan:-\n\n    (a) with "
                               "part a of item one;\n\n(2) notes the budget:-\n\n    (a) with "
                               "part a of item two;\n")
    amendment = amend.read_amendment("In paragraph (2) (a), delete “with”", motion=motion)
    result = amend.resolve(motion, amendment)
    first, second = (p.children[0].text for p in result.motion.paragraphs)
    assert (first, second) == ("with part a of item one", "part a of item two")
    assert result.warnings == ()



def test_a_path_finds_its_paragraph_under_a_sub_list_longer_than_the_labels_shared():
    """“In paragraph (2) (b), delete …” edits the (b) under (2) where (2)'s sub-list is
    longer than the paragraphs labelled (b) are many, as where it is shorter (above)."""
    motion = amend.read_motion("That this Council:-\n\n(1) notes the plan:-\n\n    (a) one;"
                               "\n\n    (b) with part b of item one;\n\n    (c) three;\n\n"
                               "(2) notes the budget:-\n\n    (a) one;\n\n    (b) with part b "
                               "of item two;\n\n    (c) three;\n")
    amendment = amend.read_amendment("In paragraph (2) (b), delete “with”", motion=motion)
    result = amend.resolve(motion, amendment)
    first, second = (p.children[1].text for p in result.motion.paragraphs)
    assert (first, second) == ("with part b of item one", "part b of item two")
    assert result.warnings == ()

def leeds_resolution_first_paragraph() -> amend.Motion:
    """The first paragraph of the Leeds resolution: two sentences."""
    text = seed(1)
    start = text.index("That this Council notes Ofsted’s positive feedback")
    return amend.read_motion(text[start:text.index("\n", start)] + "\n", source="seed001.txt")


@pytest.mark.parametrize(("words", "ordinal", "expected"), [
    (", in particular,", "first", "more formal statutory interventions, in particular. Council"),
    ("and to Leeds", "second", "are proud to work for Leeds and to Leeds."),
])
def test_words_added_after_a_sentence_that_are_no_sentence_run_on_before_its_stop(
        words, ordinal, expected):
    """“Add “, in particular,” after the first sentence” puts the words before that
    sentence's full stop (not after it, as “interventions., in particular, Council”), and a
    warning (run on) says so; at the paragraph's end too."""
    motion = leeds_resolution_first_paragraph()
    amendment = amend.read_amendment(f"Add “{words}” after the {ordinal} sentence",
                                     motion=motion)
    result = amend.resolve(motion, amendment)
    assert expected in amend.render_text(result.motion)
    [warning] = result.warnings
    assert warning.kind is WarningKind.RUN_ON and f"the {ordinal} sentence" in warning.message


def test_a_sentence_added_after_a_sentence_follows_its_full_stop_without_a_warning():
    """“Add “It thanks them.” after the first sentence” adds a sentence between the two."""
    motion = leeds_resolution_first_paragraph()
    amendment = amend.read_amendment("Add “It thanks them.” after the first sentence",
                                     motion=motion)
    result = amend.resolve(motion, amendment)
    assert "statutory interventions. It thanks them. Council notes, also," in \
        amend.render_text(result.motion)
    assert result.warnings == ()


def test_a_sentence_named_after_a_paragraph_named_first_is_that_paragraphs_sentence():
    """“In the first paragraph, add “It thanks them.” after the first sentence” adds the
    sentence after the first sentence of that paragraph, as without the place first (before,
    the sentence was dropped and the words went at the paragraph's end)."""
    motion = leeds_resolution_first_paragraph()
    amendment = amend.read_amendment("In the first paragraph, add “It thanks them.” after the "
                                     "first sentence", motion=motion)
    result = amend.resolve(motion, amendment)
    assert "statutory interventions. It thanks them. Council notes, also," in \
        amend.render_text(result.motion)
    assert result.warnings == ()


def test_amend_paragraph_to_read_replaces_its_words_and_keeps_its_place():
    """“Amend paragraph (d) to read: …” puts the new words in (d)'s place, lettered (d), the
    paragraphs around it as they were."""
    amendment = amend.read_amendment("Amend paragraph (d) to read: “notes the areas Ofsted "
                                     "highlighted for improvement;”", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    changed = result.motion.paragraphs[3]
    assert (changed.label.text, changed.text, changed.ending) == (
        "(d)", "notes the areas Ofsted highlighted for improvement", ";")
    assert [p.text for i, p in enumerate(result.motion.paragraphs) if i != 3] == [
        p.text for i, p in enumerate(MOTION0.paragraphs) if i != 3]


def test_words_after_the_last_sentence_of_the_motion_go_at_its_end():
    """“Add “…” after the last sentence” with no paragraph named puts the words after the
    motion's last sentence, in its last paragraph (point 3 of the seed's list); before, they
    went after the first paragraph's last sentence."""
    amendment = amend.read_amendment("Add “Progress will be reported to Council.” after the "
                                     "last sentence", motion=MOTION1)
    result = amend.resolve(MOTION1, amendment)
    assert amend.render_text(result.motion).rstrip().endswith(
        "monitor progress of the improvement plan. Progress will be reported to Council.")
    assert result.motion.paragraphs[0] == MOTION1.paragraphs[0]


# ---- a paragraph's last sentence deleted ----------------------------------------------------

LAST_SENTENCE = amend.read_motion("That this Council:-\n\n(a) notes roads, paths etc. and "
                                  "bridges;\n\n(b) notes the report. It welcomes its findings; "
                                  "and\n\n(c) asks the Cabinet to act.\n")


def test_deleting_a_paragraphs_last_sentence_takes_the_full_stop_before_it():
    """Deleting “It welcomes its findings” from “(b) notes the report. It welcomes its
    findings; and” leaves “(b) notes the report; and”, not “report.; and”, and the change
    says the full stop went too."""
    result = amend.resolve(LAST_SENTENCE, amend.read_amendment(
        "Delete “It welcomes its findings”", motion=LAST_SENTENCE))
    changed = result.motion.paragraphs[1]
    assert (changed.text, changed.ending) == ("notes the report", "; and")
    assert any("“. It welcomes its findings”" in c.description for c in result.changes)


def test_deleting_closing_words_that_start_no_sentence_keeps_the_full_stop_before_them():
    """Deleting “and bridges” from “paths etc. and bridges;” keeps the abbreviation's full
    stop: the words deleted are not a sentence of their own."""
    result = amend.resolve(LAST_SENTENCE, amend.read_amendment(
        "Delete “and bridges”", motion=LAST_SENTENCE))
    assert result.motion.paragraphs[0].text == "notes roads, paths etc."


# ---- words at the end of a paragraph --------------------------------------------------------

def test_a_sentence_added_at_the_end_of_a_paragraph_follows_its_full_stop():
    """“At the end of the second paragraph, add “The visit was welcome.”” puts the sentence
    after the paragraph's full stop, not between its last word and its full stop, and says
    that words from a capital to a full stop were read as a sentence of their own."""
    amendment = amend.read_amendment("At the end of the second paragraph, add “The visit "
                                     "was welcome.”", source="amendment.txt", motion=MOTION1)
    result = amend.resolve(MOTION1, amendment)
    assert result.motion.paragraphs[1].body == (MOTION1.paragraphs[1].body
                                                + " The visit was welcome.")
    warning = next(w for w in result.warnings if w.kind is WarningKind.READ_AS_SENTENCE)
    assert str(warning).startswith("amendment.txt:1:1: ")


def test_words_run_on_at_the_end_of_a_paragraph_take_its_full_stop_once():
    """“Add “and beyond.” at the end of paragraph (f)”: the words run on before (f)'s full
    stop, and their own full stop is not printed twice (no sentence is guessed)."""
    amendment = amend.read_amendment("Add “and beyond.” at the end of paragraph (f)",
                                     motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert amend.render_text(result.motion).rstrip().endswith(
        "we will achieve this in the future and beyond.")
    assert WarningKind.READ_AS_SENTENCE not in kinds(result)


def test_deleting_the_last_sentence_of_a_paragraph_ending_in_a_full_stop_leaves_one():
    """Deleting a paragraph's last sentence where the paragraph closes with a full stop leaves
    one full stop, not two."""
    motion = amend.read_motion(SEED1_MOTION.replace(
        "children and families.", "children and families. This is welcome."))
    result = amend.resolve(motion, amend.read_amendment("Delete “This is welcome”",
                                                        motion=motion))
    assert result.motion.paragraphs[1].body == MOTION1.paragraphs[1].body


def test_a_new_numbered_point_joins_the_one_numbered_list_below_the_top_level():
    """“Add a new point 4: …” where the motion's paragraphs bear no labels and its points 1-3
    are the sub-list of its last paragraph adds point 4 to that list (before, it was added
    at the end of the motion, unlabelled, with a warning)."""
    amendment = amend.read_amendment("Add a new point 4: “Report back in a year.”",
                                     source="amendment.txt", motion=MOTION1)
    result = amend.resolve(MOTION1, amendment)
    points = result.motion.paragraphs[-1].children
    assert [(p.label.text, p.text) for p in points[3:]] == [("4.", "Report back in a year")]
    assert len(result.motion.paragraphs) == len(MOTION1.paragraphs)
    assert result.warnings == ()


def test_a_numbered_point_added_at_the_end_joins_the_numbered_list_the_motion_ends_with():
    """“Add at the end: “4. …”” to the Leeds motion, whose points 1-3 are the sub-list of its
    last paragraph, adds point 4 to that list (before, it was a paragraph of the top level,
    printed out of line with the points before it)."""
    amendment = amend.read_amendment("Add at the end:\n\n“4. Report back in a year.”",
                                     motion=MOTION1)
    result = amend.resolve(MOTION1, amendment)
    points = result.motion.paragraphs[-1].children
    assert [(p.label.text, p.text) for p in points[3:]] == [("4.", "Report back in a year")]
    assert len(result.motion.paragraphs) == len(MOTION1.paragraphs)


def test_a_new_paragraph_counted_as_a_sub_list_is_counted_joins_that_sub_list():
    """London's motion letters its parts a), b) and numbers b)'s items i) to iii): “Add a new
    paragraph (iv): …” adds iv) to b)'s items, with no warning (before, it was added at the
    end of the motion, after its closing words, unlabelled and unannounced)."""
    motion = example_motion("london-restated-sub-part")
    amendment = amend.read_amendment("Add a new paragraph (iv): “staff report on lighting in "
                                     "parks;”", motion=motion)
    result = amend.resolve(motion, amendment)
    items = result.motion.paragraphs[1].children
    assert [(p.label.text, p.text) for p in items[3:]] == [
        ("iv)", "staff report on lighting in parks")]
    assert len(result.motion.paragraphs) == len(motion.paragraphs)
    assert result.warnings == ()


def test_a_new_paragraph_counted_as_no_list_is_added_at_the_end_with_a_warning():
    """“Add a new paragraph 3: …” where London's parts are lettered and its only sub-list is
    roman goes at the end of the motion, and a warning says no list is counted so."""
    motion = example_motion("london-restated-sub-part")
    amendment = amend.read_amendment("Add a new paragraph 3: “the budget BE REVIEWED;”",
                                     motion=motion)
    result = amend.resolve(motion, amendment)
    assert result.motion.paragraphs[-1].text == "the budget BE REVIEWED"
    [warning] = result.warnings
    assert warning.kind is WarningKind.LABELS_UNMATCHED
    assert "no one list of the motion is counted so that a new paragraph (3)" in warning.message


NOTES_AND_RESOLVES = ("Council notes:\n\n1. the closure of the library;\n\n2. the loss of "
                      "twelve jobs.\n\nCouncil resolves to:\n\n1. Ask the Leader to reopen "
                      "the library.\n\n2. Report back in March.\n\n3. Write to the "
                      "Minister.\n")


@pytest.mark.parametrize(("instruction", "labels"), [
    ("Delete point 3.", ["1.", "2.", None, "1.", "2."]),
    ("Add at the end: “Thank the staff.”", ["1.", "2.", None, "1.", "2.", "3.", "4."]),
])
def test_a_list_that_counts_from_the_start_again_still_does_after_a_change(instruction, labels):
    """Points 1, 2 noted and 1 to 3 resolved, read as one list: a change to it keeps the
    second count from 1 (it was renumbered 3 onwards, with no word)."""
    motion = amend.read_motion(NOTES_AND_RESOLVES)
    result = amend.resolve(motion, amend.read_amendment(instruction, motion=motion))
    assert [p.label.text if p.label else None for p in result.motion.paragraphs] == labels


def test_a_new_numbered_point_where_the_numbering_starts_again_is_refused():
    """Points “1., 2.” noted, then “Council resolves to:” and points “1., 2., 3.” read as
    one list that counts from 1 twice: “Add a new point 4” could mean either list, and is
    refused (it went in after the second 1. to 3., renumbering them 4. to 6.)."""
    motion = amend.read_motion("Council notes:\n\n1. the closure of the library;\n\n2. the "
                               "loss of twelve jobs.\n\nCouncil resolves to:\n\n1. Ask the "
                               "Leader to reopen the library.\n\n2. Report back in March.\n\n"
                               "3. Write to the Minister.\n")
    amendment = amend.read_amendment("Add a new point 4: “Thank the staff.”", motion=motion)
    with pytest.raises(amend.AmbiguousTarget, match="counts from the start more than once"):
        amend.resolve(motion, amendment)


def test_a_new_lettered_paragraph_no_list_is_lettered_for_is_added_at_the_end_with_a_warning():
    """“Add a new paragraph (d): …” where the motion's only list is numbered adds the words
    at the end of the motion, unlabelled, and says that no list is lettered so."""
    amendment = amend.read_amendment("Add a new paragraph (d): “Report back in a year.”",
                                     source="amendment.txt", motion=MOTION1)
    result = amend.resolve(MOTION1, amendment)
    assert result.motion.paragraphs[-1].text == "Report back in a year"
    [warning] = result.warnings
    assert warning.kind is WarningKind.LABELS_UNMATCHED and "(d)" in warning.message
    assert "unlabelled" in warning.message




def test_a_number_naming_a_lettered_paragraph_is_read_as_its_place_with_a_warning():
    """“Delete paragraph 2.” on Sheffield's motion, lettered (a) to (f), deletes the second
    paragraph, (b), and says it read the number as a place, at the instruction."""
    amendment = amend.read_amendment("Delete paragraph 2.", source="amendment.txt",
                                     motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert [p.text for p in result.motion.paragraphs] == [
        p.text for i, p in enumerate(MOTION0.paragraphs) if i != 1]
    assert [(w.kind, str(w.span)) for w in result.warnings] == [
        (WarningKind.PARAGRAPH_NUMBER_READ, "amendment.txt:1:1")]
    assert "the second paragraph, (b)" in result.warnings[0].message


@pytest.mark.parametrize("example", ["replace-word-unlabelled", "delete-point-renumber"])
def test_a_number_naming_an_unlabelled_or_numbered_paragraph_is_read_quietly(example):
    """“Delete paragraph 2.” where paragraphs are unlabelled or numbered 1. to 4. deletes the
    second with no warning: the number is how such paragraphs are named."""
    motion = example_motion(example)
    amendment = amend.read_amendment("Delete paragraph 2.", motion=motion)
    result = amend.resolve(motion, amendment)
    assert len(result.motion.paragraphs) == len(motion.paragraphs) - 1
    assert motion.paragraphs[1].text not in [p.text for p in result.motion.paragraphs]
    assert result.warnings == ()


def test_a_number_that_only_a_sub_paragraph_bears_is_read_as_it_with_a_warning():
    """“Delete paragraph 2.” on the Leeds resolution, four unlabelled paragraphs and points 1.
    to 3. under the last, deletes point 2. (the one paragraph numbered 2) and says the
    motion's second paragraph was not taken."""
    amendment = amend.read_amendment("Delete paragraph 2.", source="amendment.txt",
                                     motion=MOTION1)
    result = amend.resolve(MOTION1, amendment)
    assert [p.text for p in result.motion.paragraphs] == [p.text for p in MOTION1.paragraphs]
    points = MOTION1.paragraphs[3].children
    assert [c.text for c in result.motion.paragraphs[3].children] == [
        points[0].text, points[2].text]
    assert [(w.kind, str(w.span)) for w in result.warnings] == [
        (WarningKind.PARAGRAPH_NUMBER_READ, "amendment.txt:1:1")]
    assert "not as the motion's second paragraph" in result.warnings[0].message


def test_a_sentence_counted_past_an_initial_is_the_whole_sentence_with_a_warning():
    """Words added “after the first sentence” of London's “it being noted that … from
    Councillors S. Franke and C. Rahman with respect to this matter.” go after “matter.”, not
    after “S.”, and the warning names the “C.” (after “and”) taken for an initial, at its
    line and column in the motion."""
    text = LONDON_WINTER.read_text(encoding="utf-8")
    motion = amend.read_motion(text, source="motion.txt")
    amendment = amend.read_amendment("Insert “Staff will report back.” after the first "
                                     "sentence of the third paragraph.", motion=motion)
    result = amend.resolve(motion, amendment)
    assert result.motion.paragraphs[2].body.endswith(
        "from Councillors S. Franke and C. Rahman with respect to this matter. Staff will "
        "report back.")
    line, column = place_of(text, "C. Rahman")
    assert [(w.kind, str(w.span)) for w in result.warnings] == [
        (WarningKind.INITIAL_READ, f"motion.txt:{line}:{column}")]


def test_a_change_in_each_place_of_one_paragraph_edits_every_place_and_records_each():
    """“In paragraph (c), substitute “plus” for “and” in each place” on Sheffield's (c), where
    “and” occurs seven times, replaces all seven (the places edited together) and records
    seven changes, last place first."""
    amendment = amend.read_amendment("In paragraph (c), substitute “plus” for “and” in each "
                                     "place", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    before = MOTION0.paragraphs[2].text
    assert result.motion.paragraphs[2].text == re.sub(r"\band\b", "plus", before)
    words = [c for c in result.changes if c.kind is ChangeKind.WORDS]
    assert [(c.old, c.new) for c in words] == [("and", "plus")] * 7
    assert result.warnings == ()


def test_london_list_punctuation_is_repaired_among_its_lettered_parts_not_its_closing_note():
    """London's winter motion is a) “…; and”, b) “…:” (opening i) to iv)), then the unlabelled
    “it being noted that … matter.”; “Amend part b) to read: “…;”” leaves a) “; and” and
    b) “;” as written, and the note its full stop. Before, the note was counted as the list's
    last item: “and” moved from a) to b), and b) was printed “…; and” before the note."""
    motion = amend.read_motion(LONDON_WINTER.read_text(encoding="utf-8"), source="motion.txt")
    amendment = amend.read_amendment("Amend part b) to read: “the City’s winter maintenance "
                                     "performance BE REVIEWED;”", motion=motion)
    result = amend.resolve(motion, amendment)
    a, b, note = result.motion.paragraphs
    assert (a.ending, b.ending, note.ending) == ("; and", ";", ".")
    assert b.text == "the City’s winter maintenance performance BE REVIEWED" and not b.children
    assert not [c for c in result.changes if c.kind is ChangeKind.PUNCTUATION]


@pytest.mark.parametrize(("endings", "followed"), [
    (("; and", ":", "."), ("; and", ".")),  # the sub-list of the last but one takes the "and"
    ((";", ":-", "."), (";", ".")),  # no "and" anywhere: none is put in
    ((";", ";", ":", ";"), None),  # London's a) to d), c) opening a sub-list: no convention
    ((";", "; or", "."), ("; or", ".")),
], ids=["and-before-sub-list", "no-and", "london", "or"])
def test_a_lists_convention_puts_in_no_connector_it_did_not_have(endings, followed):
    """A list's convention has a connector only where the list had one (“; and” or “; or”);
    a last but one paragraph opening a sub-list is no sign of one."""
    assert convention(endings) == followed


def test_the_one_paragraph_of_a_list_restated_keeps_its_label():
    """London's 801 Sarnia motion gives one reason, 1), under “IT BEING NOTED …”; “Amend
    paragraph 1) to read: “…”” puts the new words in as 1). Before, with its list emptied by
    the deletion, the new words were left with no label."""
    motion = amend.read_motion((LAYOUT / "london-2025-801-sarnia-motion.txt").read_text(
        encoding="utf-8"), source="motion.txt")
    amendment = amend.read_amendment("Amend paragraph 1) to read: “the recommended amendment "
                                     "would permit intensification that is appropriate.”",
                                     motion=motion)
    result = amend.resolve(motion, amendment)
    (reason,) = result.motion.paragraphs[-1].children
    assert (reason.label.text, reason.text) == (
        "1)", "the recommended amendment would permit intensification that is appropriate")


def test_a_lettered_part_added_at_the_end_after_londons_closing_note_is_warned_of():
    """“Add at the end: “c) …”” on London's winter motion, whose a) and b) are followed by
    “it being noted that … matter.”, adds c) at the very end, after the note, as written, with
    a warning that the list it continues ends before the note."""
    motion = amend.read_motion(LONDON_WINTER.read_text(encoding="utf-8"), source="motion.txt")
    amendment = amend.read_amendment("Add at the end: “c) the report BE RECEIVED.”",
                                     source="amendment.txt", motion=motion)
    result = amend.resolve(motion, amendment)
    *_, note, new = result.motion.paragraphs
    assert (note.label, new.label.text) == (None, "c)")
    assert [(w.kind, str(w.span)) for w in result.warnings] == [
        (WarningKind.LABELS_UNMATCHED, "amendment.txt:1:1")]
    assert "“it being noted that…”" in result.warnings[0].message


@pytest.mark.parametrize(("instruction", "endings"), [
    ("Delete part b).", [";"]),
    ("Add a new part c): “the report BE RECEIVED;”", ["; and", ":", ";"]),
], ids=["b-deleted", "c-added"])
def test_london_and_before_a_last_part_that_opens_a_sub_list_is_moved_only_where_it_can_go(
        instruction, endings):
    """London's winter motion is a) “…; and”, then b) opening i) to iv), whose iv) closes the
    list with “;”. With b) deleted, a) is the last part and closes “;” (before, it kept its
    “; and” before the note); with c) added after b), which opens a sub-list and cannot take
    the “and”, a) keeps it."""
    motion = amend.read_motion(LONDON_WINTER.read_text(encoding="utf-8"), source="motion.txt")
    result = amend.resolve(motion, amend.read_amendment(instruction, motion=motion))
    assert [p.ending for p in result.motion.paragraphs if p.label] == endings


def test_paragraphs_named_in_a_list_are_deleted_and_none_between_them():
    """“Delete paragraphs (b), (c) and (e).” on Sheffield's (a)-(f) deletes those three and
    keeps (d) and (f), lettered (b) and (c). Before, the commas were dropped, (c) was read as a
    paragraph under (b), and the instruction was refused."""
    result = amend.resolve(MOTION0, amend.read_amendment("Delete paragraphs (b), (c) and (e).",
                                                         motion=MOTION0))
    kept = [MOTION0.paragraphs[i].text for i in (0, 3, 5)]
    assert [(p.label.text, p.text) for p in result.motion.paragraphs] == list(
        zip(["(a)", "(b)", "(c)"], kept, strict=True))


def test_words_added_at_the_end_of_a_part_that_open_with_its_next_sub_label_are_a_sub_paragraph():
    """“Add at the end of part c): “iii) …”” on London's 801 Sarnia motion, whose c) opens i)
    and ii), adds iii) to c)'s sub-list, with a warning that it was so read; before, the words
    ran on from c)'s own (“… the Site Plan review iii) a new point;”), its colon gone."""
    motion = amend.read_motion((LAYOUT / "london-2025-801-sarnia-motion.txt").read_text(
        encoding="utf-8"), source="motion.txt")
    amendment = amend.read_amendment("Add at the end of part c): “iii) a new point;”",
                                     source="amendment.txt", motion=motion)
    result = amend.resolve(motion, amendment)
    part_c = result.motion.paragraphs[2]
    assert part_c.text == motion.paragraphs[2].text and part_c.ending == ":"
    assert [(p.label.text, p.text) for p in part_c.children][-1] == ("iii)", "a new point")
    assert [(w.kind, str(w.span)) for w in result.warnings] == [
        (WarningKind.READ_AS_SUB_PARAGRAPH, "amendment.txt:1:1")]


@pytest.mark.parametrize("instruction", [
    "Delete paragraphs (c) to (f).",
    "1. Delete paragraphs (c) to (f).\n2. Delete sub-paragraph (b)(ii).",
    "1. Delete sub-paragraph (b)(ii).\n2. Delete paragraphs (c) to (f).",
], ids=["parts", "parts-then-sub-part", "sub-part-then-parts"])
def test_a_part_left_last_closes_the_motion_through_the_last_of_its_sub_list(instruction):
    """Sheffield's (b) opens (i) to (iii), whose (iii) ends “;” before (c) to (f); with (c) to
    (f) deleted, (b) ends the motion and (iii) (or (ii), with (ii) deleted) takes the full stop
    (f) had, reported as a punctuation change, whichever of the two lists the amendment changed
    first. Before, the motion was left ending “…corporate parenting’;”."""
    result = amend.resolve(MOTION0, amend.read_amendment(instruction, motion=MOTION0))
    part_b = result.motion.paragraphs[-1]
    last = part_b.children[-1]
    assert (part_b.label.text, last.text.endswith("corporate parenting’"), last.ending) == (
        "(b)", True, ".")
    assert f"{last.label.text}: “;” becomes “.”" in [
        c.description for c in result.changes if c.kind is ChangeKind.PUNCTUATION]


def test_a_part_that_closed_the_motion_through_its_sub_list_gives_up_the_full_stop():
    """With Sheffield's (c) to (f) deleted, (b)'s (iii) closes the motion with “.”; “Add at the
    end: “(c) …”” then adds (c) with the full stop, and (iii) ends “;”. Before, (iii) kept its
    full stop in the middle of the list."""
    shortened = amend.resolve(MOTION0, amend.read_amendment("Delete paragraphs (c) to (f).",
                                                            motion=MOTION0)).motion
    result = amend.resolve(shortened, amend.read_amendment(
        "Add at the end: “(c) thanks all staff;”", motion=shortened))
    part_b, part_c = result.motion.paragraphs[1:]
    assert (part_b.children[-1].ending, part_c.label.text, part_c.ending) == (";", "(c)", ".")


@pytest.mark.parametrize(("instruction", "endings"), [
    ("Delete part c).", ["; and,", "."]),
    ("Delete parts b) to c).", ["."]),
    ("Add a new part d): “the report BE RECEIVED.”", [";", ";", "; and,", "."]),
], ids=["c-deleted", "b-and-c-deleted", "d-added"])
def test_londons_and_with_a_comma_moves_as_the_lists_connector(instruction, endings):
    """London's Watson Park motion is a) “…;”, b) “…; and,” and c) “….”: “; and,” is the
    list's connector, moved to the new last but one (or dropped, with one part left), and
    the last part closes with the full stop. Before, “; and,” was read as part of b)'s words,
    the list followed no convention, and “Delete parts b) to c).” left the motion ending
    “…shelter options;”."""
    motion = amend.read_motion((LAYOUT / "london-2025-watson-park-motion.txt").read_text(
        encoding="utf-8"), source="motion.txt")
    result = amend.resolve(motion, amend.read_amendment(instruction, motion=motion))
    assert [p.ending for p in result.motion.paragraphs] == endings
    assert result.warnings == ()


def test_londons_and_with_a_comma_is_a_paragraphs_ending_not_its_words():
    """“…; and,” closing London's b) is read as its ending “; and,”; its words end before
    it, and the paragraph prints as it was."""
    motion = amend.read_motion((LAYOUT / "london-2025-watson-park-motion.txt").read_text(
        encoding="utf-8"), source="motion.txt")
    part_b = motion.paragraphs[1]
    assert (part_b.text.endswith("to an alternate location"), part_b.ending) == (True, "; and,")
    assert amend.render_text(motion).count("to an alternate location; and,") == 1


def test_an_amendment_that_leaves_only_the_preamble_is_refused_at_its_last_part():
    """“1. Delete paragraphs (a) to (c). 2. Delete paragraphs (d) to (f).” on Sheffield's
    (a)-(f) would leave “That this Council:-” introducing nothing: refused at part 2, with a
    hint. Before, apply printed the preamble alone, and ``check`` could not read that back."""
    amendment = amend.read_amendment("1. Delete paragraphs (a) to (c).\n"
                                     "2. Delete paragraphs (d) to (f).\n",
                                     source="amendment.txt", motion=MOTION0)
    with pytest.raises(amend.EmptiedParagraph, match="leaves the motion with no paragraphs") \
            as caught:
        amend.resolve(MOTION0, amendment)
    assert str(caught.value.span) == "amendment.txt:2:4"


def test_paragraphs_all_deleted_and_new_ones_added_in_one_amendment_stand():
    """An amendment may delete every paragraph of Sheffield's motion and then add its own:
    the motion is left with the new paragraph and no error."""
    amendment = amend.read_amendment("1. Delete paragraphs (a) to (f).\n"
                                     "2. Add at the end: “(a) thanks the staff.”\n",
                                     motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    assert [(p.label.text, p.text) for p in result.motion.paragraphs] == [
        ("(a)", "thanks the staff")]


def test_explain_gives_the_last_operation_the_error_of_a_motion_left_with_no_paragraphs():
    """What ``amend explain`` surveys: deleting all of Sheffield's paragraphs in two parts
    gives part 1 “applied” and part 2 “failed”, with the error that the motion is left with
    no paragraphs."""
    from amend.engine.preview import survey

    amendment = amend.read_amendment("1. Delete paragraphs (a) to (c).\n"
                                     "2. Delete paragraphs (d) to (f).\n", motion=MOTION0)
    first, second = survey(MOTION0, amendment)
    assert (first.status, second.status) == (amend.Status.APPLIED, amend.Status.FAILED)
    assert isinstance(second.error, amend.EmptiedParagraph)


@pytest.mark.parametrize(("instruction", "expected"), [
    ("Add “ in particular” at the end of the first sentence",
     "more formal statutory interventions in particular. Council notes, also,"),
    ("At the end of the first sentence, add “ in particular”",
     "more formal statutory interventions in particular. Council notes, also,"),
    ("Add “ in the city” at the end of the second sentence",
     "are proud to work for Leeds in the city."),
], ids=["first", "first-place-first", "last"])
def test_words_added_at_the_end_of_a_sentence_go_before_its_stop(instruction, expected):
    """“Add “ in particular” at the end of the first sentence” of the Leeds resolution's first
    paragraph runs the words on from that sentence, before its full stop, with no warning
    (it is where the instruction puts them). Before, they went at the start of the sentence
    after it (“interventions. in particular Council notes”)."""
    motion = leeds_resolution_first_paragraph()
    result = amend.resolve(motion, amend.read_amendment(instruction, motion=motion))
    assert expected in amend.render_text(result.motion)
    assert result.warnings == ()


def test_a_sentence_added_at_the_end_of_a_sentence_follows_it_with_a_warning():
    """“Add “It thanks them.” at the end of the first sentence” adds a sentence of its own
    after the first, and a warning says the words were so read."""
    motion = leeds_resolution_first_paragraph()
    result = amend.resolve(motion, amend.read_amendment(
        "Add “It thanks them.” at the end of the first sentence", motion=motion))
    assert "statutory interventions. It thanks them. Council notes, also," in \
        amend.render_text(result.motion)
    assert [w.kind for w in result.warnings] == [WarningKind.READ_AS_SENTENCE]


def test_a_part_named_before_be_amended_by_is_the_place_of_each_operation():
    """“That part a) be amended by deleting the words “…” and by adding at the end “…”” on
    London's winter motion deletes the words from a) and adds the new ones at a)'s end,
    before its “; and”. Before, “That part a) be amended by” was refused (only “to read” was
    read after a part)."""
    motion = amend.read_motion(LONDON_WINTER.read_text(encoding="utf-8"), source="motion.txt")
    amendment = amend.read_amendment(
        "That part a) be amended by deleting the words “, along with any budget "
        "considerations” and by adding at the end “ by June 2025”.", motion=motion)
    result = amend.resolve(motion, amendment)
    part_a = result.motion.paragraphs[0]
    assert part_a.body.endswith("the impact of the amendments on City operations by June 2025"
                                "; and")
    assert result.warnings == ()


def test_a_part_named_before_be_amended_by_never_takes_a_place_of_the_whole_motion():
    """“That part a) be amended by adding a new part c): …” names two places for one change
    (a new part of the motion, inside part a)): refused with its place, not applied to
    either."""
    motion = amend.read_motion(LONDON_WINTER.read_text(encoding="utf-8"), source="motion.txt")
    with pytest.raises(amend.InstructionSyntaxError, match="cannot limit") as caught:
        amend.read_amendment("That part a) be amended by adding a new part c): “the report BE "
                             "RECEIVED.”", source="amendment.txt", motion=motion)
    assert str(caught.value.span).startswith("amendment.txt:1:")


@pytest.mark.parametrize(("instruction", "expected"), [
    ("Delete the second sentence",
     "more formal statutory interventions."),
    ("Delete the first sentence",
     "Council notes, also, Ofsted’s positive comments regarding our committed and stable "
     "workforce who have felt supported throughout the Covid 19 crisis and are proud to work "
     "for Leeds."),
    ("Replace the first sentence with “That this Council welcomes Ofsted’s feedback.”",
     "That this Council welcomes Ofsted’s feedback. Council notes, also,"),
    ("Replace the second sentence with “Council thanks the workforce”",
     "more formal statutory interventions. Council thanks the workforce."),
], ids=["last", "first", "first-replaced", "last-replaced-without-stop"])
def test_a_sentence_named_is_deleted_or_replaced_whole(instruction, expected):
    """The Leeds resolution's first paragraph has two sentences: “Delete the second sentence”
    leaves the first with its full stop; “Delete the first sentence” leaves the second;
    “Replace … with “…”” puts the new sentence in the old one's place, the paragraph's full
    stop closing it where it has none. Before, these were refused."""
    motion = leeds_resolution_first_paragraph()
    result = amend.resolve(motion, amend.read_amendment(instruction, motion=motion))
    printed = amend.render_text(result.motion)
    assert expected in printed
    assert printed.rstrip().endswith(".") and ".." not in printed
    assert result.warnings == ()


def test_the_last_sentence_of_a_list_paragraph_goes_with_the_stop_before_it():
    """Deleting the last sentence of a paragraph that closes “; and” takes the full stop of
    the sentence before it, which the “; and” replaces (“notes the report; and”, not
    “notes the report.; and”)."""
    motion = amend.read_motion("That this Council:-\n\n(a) notes the report. It thanks the "
                               "staff; and\n\n(b) asks for more.\n")
    result = amend.resolve(motion, amend.read_amendment(
        "Delete the last sentence of paragraph (a).", motion=motion))
    assert result.motion.paragraphs[0].body == "notes the report; and"


def test_deleting_the_only_sentence_of_a_paragraph_removes_the_paragraph():
    """Sheffield's (a) is one sentence: “Delete the first sentence of paragraph (a)” leaves
    it no words, so it is removed (and the list relettered), as when all its words are
    deleted."""
    result = amend.resolve(MOTION0, amend.read_amendment(
        "Delete the first sentence of paragraph (a).", motion=MOTION0))
    assert len(result.motion.paragraphs) == len(MOTION0.paragraphs) - 1
    assert result.motion.paragraphs[0].text == MOTION0.paragraphs[1].text
    assert result.motion.paragraphs[0].label.text == "(a)"


def test_substitutions_listed_in_one_sentence_each_apply():
    """“Replace “austerity” with “cuts” and “foster carers” with “carers”” on Sheffield's
    motion makes both changes, each where its words are. Before, the second pair was
    refused (“cannot read this instruction at “.””)."""
    amendment = amend.read_amendment("Replace “austerity” with “cuts” and “foster carers” "
                                     "with “carers”.", motion=MOTION0)
    result = amend.resolve(MOTION0, amendment)
    printed = amend.render_text(result.motion)
    assert "despite 10 years of cuts" in printed and "council staff, carers, adopters" in printed
    assert "austerity" not in printed and result.warnings == ()


def test_words_inserted_with_their_place_named_first():
    """“Insert after the words “commended” the words “rightly”” on Sheffield's motion puts
    “rightly” after “commended” in (c). Before, the place before the new words was read
    only in “After the words … insert …”."""
    result = amend.resolve(MOTION0, amend.read_amendment(
        "Insert after the words “commended” the words “rightly”", motion=MOTION0))
    assert "the Council was commended rightly for putting children" in \
        result.motion.paragraphs[2].text
    assert result.warnings == ()


def test_amend_a_part_by_deleting_words_deletes_them_there():
    """“Amend part b) by deleting the words “, challenges and opportunities”” on London's
    winter motion deletes them from b), as “That part b) be amended by deleting …” does."""
    motion = amend.read_motion(LONDON_WINTER.read_text(encoding="utf-8"), source="motion.txt")
    result = amend.resolve(motion, amend.read_amendment(
        "Amend part b) by deleting the words “, challenges and opportunities”.", motion=motion))
    assert "2024/2025 winter maintenance performance for potential service improvements" in \
        result.motion.paragraphs[1].text
    assert result.warnings == ()


def test_a_run_of_words_named_by_its_first_and_last_is_deleted_with_them():
    """“Delete the words from “, despite” to “austerity,”” on Sheffield's (b) deletes both
    and everything between (“detailed that Sheffield had made”). Before, it was refused."""
    result = amend.resolve(MOTION0, amend.read_amendment(
        "Delete the words from “, despite” to “austerity,”.", motion=MOTION0))
    assert "the report detailed that Sheffield had made steady progress" in \
        result.motion.paragraphs[1].text
    assert result.warnings == ()


@pytest.mark.parametrize("instruction", [
    "Delete all after “we will achieve this”.",
    "Delete all after “we will achieve” and insert “this soon”.",
], ids=["deleted", "replaced"])
def test_a_paragraph_cut_short_at_the_end_of_the_motion_keeps_its_full_stop(instruction):
    """“Delete all after “we will achieve this”” cuts Sheffield's last paragraph, (f), in its
    words: it keeps the full stop the motion closed with, recorded as a punctuation change
    (new words with no stop of their own get it too). Before, the motion was left ending
    “… we will achieve this” with no full stop."""
    result = amend.resolve(MOTION0, amend.read_amendment(instruction, motion=MOTION0))
    last = result.motion.paragraphs[-1]
    assert last.body.endswith(("we will achieve this.", "we will achieve this soon."))
    assert [c.description for c in result.changes if c.kind is ChangeKind.PUNCTUATION] == [
        "paragraph (f): the motion's closing “.” kept"]


@pytest.mark.parametrize(("instruction", "target"), [
    ("Delete the second sentence", "its second sentence: “Council notes, also, Ofsted’s"),
    ("Add “ in particular” at the end of the first sentence",
     "its first sentence: “That this Council notes Ofsted’s"),
], ids=["deleted", "words-at-its-end"])
def test_explain_names_the_sentence_an_operation_acts_on(instruction, target):
    """``amend explain`` of an operation on a sentence of the Leeds resolution's first
    paragraph shows that sentence, not the paragraph's opening words."""
    motion = leeds_resolution_first_paragraph()
    lines = amend.explain(amend.read_amendment(instruction, motion=motion), motion)
    assert any(line.startswith(f"  targets paragraph 1, {target}") for line in lines), lines


def test_sentences_named_together_are_each_deleted_counted_in_the_motion_as_moved():
    """“Delete the first and second sentences of the first paragraph” of the Leeds resolution
    deletes both (the second counted as the motion was moved, not after the first went),
    which leaves the paragraph no words: it is removed, and the other two stay."""
    text = seed(1)
    start = text.index("That this Council notes Ofsted’s positive feedback")
    motion = amend.read_motion(text[start:text.index("Supporting documents", start)],
                               source="seed001.txt")
    result = amend.resolve(motion, amend.read_amendment(
        "Delete the first and second sentences of the first paragraph.", motion=motion))
    assert [p.text for p in result.motion.paragraphs] == [p.text for p in motion.paragraphs[1:]]


def test_paragraphs_named_by_two_ordinals_are_those_of_the_motion_as_moved():
    """“Delete the second and fourth paragraphs” on Sheffield's (a)-(f) deletes (b) and (d),
    the fourth counted before the second went; the rest are relettered (a)-(d)."""
    result = amend.resolve(MOTION0, amend.read_amendment(
        "Delete the second and fourth paragraphs.", motion=MOTION0))
    kept = [MOTION0.paragraphs[i].text for i in (0, 2, 4, 5)]
    assert [(p.label.text, p.text) for p in result.motion.paragraphs] == list(
        zip(["(a)", "(b)", "(c)", "(d)"], kept, strict=True))


def test_a_paragraph_replaced_with_new_words_keeps_its_place_and_label():
    """“Replace paragraph (c) with “…”” on Sheffield's motion puts the new words in (c)'s
    place, lettered (c), and leaves (a), (b), (d) to (f) as they were."""
    result = amend.resolve(MOTION0, amend.read_amendment(
        "Replace paragraph (c) with “notes that the Council was commended for its work;”",
        motion=MOTION0))
    paragraphs = result.motion.paragraphs
    assert (paragraphs[2].label.text, paragraphs[2].body) == (
        "(c)", "notes that the Council was commended for its work;")
    assert [p.text for i, p in enumerate(paragraphs) if i != 2] == [
        p.text for i, p in enumerate(MOTION0.paragraphs) if i != 2]


def test_a_note_left_alone_when_every_lettered_part_is_deleted_keeps_its_full_stop():
    """“Delete parts a) and b).” on London's winter motion leaves only the preamble and the
    closing “it being noted that … matter.”, which keeps its full stop: it was never one of
    the list's items. Before, it was given the “;” the list's last part had closed with."""
    motion = amend.read_motion(LONDON_WINTER.read_text(encoding="utf-8"), source="motion.txt")
    result = amend.resolve(motion, amend.read_amendment("Delete parts a) and b).",
                                                        motion=motion))
    (note,) = result.motion.paragraphs
    assert (note.label, note.ending) == (None, ".")
    assert not [c for c in result.changes if c.kind is ChangeKind.PUNCTUATION]


def test_a_paragraph_deleted_in_a_paragraph_named_after_it_is_looked_for_only_there():
    """“Delete paragraph (ii) in paragraph (a).” on Sheffield's motion, whose (a) has no
    sub-list, is refused: the only (ii) is under (b). Before, the place after the label was
    dropped and (b)'s (ii) was deleted with no word said; “… in paragraph (b).” deletes it."""
    with pytest.raises(amend.TargetNotFound, match="has no paragraph"):
        amend.resolve(MOTION0, amend.read_amendment("Delete paragraph (ii) in paragraph (a).",
                                                    motion=MOTION0))
    result = amend.resolve(MOTION0, amend.read_amendment(
        "Delete paragraph (ii) in paragraph (b).", motion=MOTION0))
    assert [c.text for c in result.motion.paragraphs[1].children] == [
        c.text for c in MOTION0.paragraphs[1].children if c.label.text != "(ii)"]
