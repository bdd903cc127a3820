"""Applying the real amendments of the seeds: the text a clerk would write."""

from amend import read_amendment, read_motion, render_text, resolve
from tests.seeds import between, seed

SEED0 = seed(0)
MOTION0 = read_motion(between(SEED0, "That this Council:-", "Minutes:"))
ALSTON = read_amendment(between(SEED0, "that the Motion now submitted be amended by:-", "8.3"),
                         motion=MOTION0)
TEAL = read_amendment(between(SEED0, "that the Motion now submitted be amended by:-", "8.4",
                               occurrence=2), motion=MOTION0)


def folded(text: str) -> str:
    return " ".join(text.split())


def labels(motion):
    return [p.label.text for p in motion.paragraphs]


def test_alston_part_3_g_h_gives_the_recorded_substantive_motion_word_for_word():
    """Alston carried 3(g)(h) prints the recorded substantive motion, moved "; and" and all."""
    result = resolve(MOTION0, ALSTON, "3(g)(h)")
    recorded = between(SEED0, "That this Council:-", "8.6.1", occurrence=2)
    assert folded(render_text(result.motion)) == folded(recorded)


def test_alston_part_3_g_h_reports_each_punctuation_repair():
    """The four moved connectors and full stops are each reported as a change of part 3's list."""
    result = resolve(MOTION0, ALSTON, "3(g)(h)")
    repairs = [c.description for c in result.changes if c.kind == "punctuation"]
    assert repairs == ["(e): “; and” becomes “;”", "(f): “.” becomes “;”",
                       "(g): “;” becomes “; and”", "(h): “;” becomes “.”"]


def test_punctuation_repairs_are_credited_to_the_part_that_changed_the_list():
    """The repairs after Alston 3(g)(h) carry amendment 1, part 3 as their provenance."""
    result = resolve(MOTION0, ALSTON, "3(g)(h)")
    assert {(c.amendment, c.part) for c in result.changes if c.kind == "punctuation"} == {(1, 3)}


def test_alston_in_full_gives_a_to_l_with_words_deleted_from_b():
    """Alston in full: (b) loses "despite 10 years of austerity", (f) replaced, (g)-(l) added."""
    motion = resolve(MOTION0, ALSTON).motion
    assert labels(motion) == [f"({c})" for c in "abcdefghijkl"]
    assert motion.paragraphs[1].text.startswith(
        "notes that the report detailed that, Sheffield had made steady progress")
    assert motion.paragraphs[5].text.startswith("resolves to continue to work with partners")
    assert [p.ending for p in motion.paragraphs[4:]] == [";"] * 6 + ["; and", "."]
    assert motion.paragraphs[8].label.kind == "alpha"


def test_teal_in_full_replaces_a_and_d_to_f_with_new_a_and_d_to_g():
    """Teal in full: new (a), (b)-(c) kept, new (d) with its five bullets, new (e)-(g)."""
    motion = resolve(MOTION0, TEAL).motion
    assert labels(motion) == [f"({c})" for c in "abcdefg"]
    assert motion.paragraphs[0].text.startswith("welcomes the improvement in Ofsted rating")
    assert len(motion.paragraphs[3].children) == 5
    assert motion.paragraphs[6].text.endswith("judged to be “Outstanding”")
    assert motion.paragraphs[6].ending == "."


def test_teal_after_alston_partial_amends_the_motion_as_amended():
    """Amendments apply in order: Teal's (d)-(f) are those of the motion after Alston 3(g)(h)."""
    motion = resolve(MOTION0, [ALSTON, TEAL], ["3(g)(h)", None]).motion
    assert labels(motion) == [f"({c})" for c in "abcdefghi"]
    assert motion.paragraphs[7].text.startswith("congratulates and thanks the staff")


def test_seed_001_delete_all_after_keeps_the_two_quoted_paragraphs():
    """Seed 001: the two quoted paragraphs stay; the rest is replaced by the three new ones."""
    text = seed(1)
    motion = read_motion(between(text, "This Council notes the outcome", "Minutes:"))
    amendment = read_amendment(between(text, "Delete all after:", "The amendment in the name"),
                                motion=motion)
    result = resolve(motion, amendment).motion
    assert [p.text[:30] for p in result.paragraphs] == [
        "This Council notes the outcome", "Her Majesty’s Inspectors found",
        "Council notes Ofsted’s positiv", "Council fully accepts the thre",
        "After a decade of austerity an"]
    assert all(not p.children for p in result.paragraphs)
    assert result.paragraphs[4].body.endswith("during the Covid 19 crisis.")
    assert "“woeful underfunding”" in result.paragraphs[4].text


def test_list_convention_is_read_from_the_motion_as_it_stood():
    """A word edit to the last paragraph in part 1 does not change the convention that part 2's
    new paragraphs are punctuated by: the new last paragraph still ends with a full stop."""
    amendment = read_amendment(
        "1. the substitution of the words “future;” for the words “future.” in paragraph (f)\n\n"
        "2. the addition of a new paragraph (g) as follows:-\n\n(g) thanks the staff;",
        motion=MOTION0)
    motion = resolve(MOTION0, amendment).motion
    assert [p.ending for p in motion.paragraphs[4:]] == [";", "; and", "."]
