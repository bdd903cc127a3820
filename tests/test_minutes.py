"""Reading whole minutes items: the seeds, and the worked items under examples/minutes/."""

import tomllib
from pathlib import Path

import pytest

from amend import TargetNotFound, Verdict, read_minutes, verify
from amend_cli.commands.minutes import exit_status
from tests.seeds import SEEDS, seed

FOLDER = Path(__file__).resolve().parents[1] / "examples" / "minutes"
VERDICTS = tomllib.loads((FOLDER / "verdicts.toml").read_text(encoding="utf-8"))


def test_seed_000_alston_partly_carried_teal_negatived_record_verified():
    """Seed 000: Alston negatived except 3(g),(h); Teal negatived; the record matches."""
    result = verify(read_minutes(seed(0)))
    alston, teal = result.findings
    assert alston.amendment.mover == "Councillor Sue Alston"
    assert alston.amendment.seconder == "Councillor Mike Levery"
    assert alston.outcome == "negatived, except (g), (h) of part 3 (carried)"
    assert alston.applied == "applied 3(g)(h)"
    assert (teal.outcome, teal.applied) == ("negatived", "nothing applied")
    assert (result.summary, result.verdict) == ("matches", Verdict.VERIFIED)


def test_seed_001_amendment_carried_and_the_record_differs():
    """Seed 001: the amendment carried; the record lacks two paragraphs and has a stray ”."""
    result = verify(read_minutes(seed(1)))
    (finding,) = result.findings
    assert (finding.outcome, finding.applied) == ("carried", "applied in full")
    assert result.verdict is Verdict.DIFFERS
    assert [d.kind for d in result.report.differences] == [
        "missing paragraph", "missing paragraph", "punctuation only"]


@pytest.mark.parametrize(("number", "count"), [(2, 5), (3, 2), (4, 2)])
def test_seeds_without_amendments_say_so_calmly(number, count):
    """Seeds 002-004: no amendments; the summary counts the resolution's paragraphs."""
    result = verify(read_minutes(seed(number)))
    assert result.verdict is Verdict.NOTHING_TO_VERIFY
    assert result.summary == f"no amendments; the resolution has {count} paragraphs"


@pytest.mark.parametrize("name", sorted(VERDICTS))
def test_example_item_gives_its_verdict(name):
    """Each worked minutes item gives the exit status and summary its verdict file states."""
    path = FOLDER / name
    result = verify(read_minutes(path.read_text(encoding="utf-8"), source=name))
    assert (exit_status(result), result.summary) == (VERDICTS[name]["status"],
                                                     VERDICTS[name]["summary"])


def test_every_example_item_has_a_verdict():
    """No minutes item in the examples folder goes untested."""
    items = {p.name for p in FOLDER.iterdir() if p.suffix in (".txt", ".html")}
    assert items == set(VERDICTS)
    assert len(items) >= 12


def test_seeds_folder_is_readable():
    """The seeds folder holds the five published items the tests use."""
    assert len(list(SEEDS.glob("*.txt"))) == 5


def test_a_vote_naming_no_amendment_read_is_counted_with_a_notice():
    """A vote naming a mover who moved no amendment goes to the next one, with a notice."""
    text = (FOLDER / "07-amendment-lost.txt").read_text(encoding="utf-8").replace(
        "The amendment was lost", "The amendment moved by Councillor Zed Quill was lost")
    item = read_minutes(text, source="07")
    (notice,) = item.notices
    assert item.amendments[0].outcome.phrase == "lost"
    assert (notice.span.line, "Councillor Zed Quill" in notice.message) == (13, True)


def test_a_vote_with_no_amendment_to_take_it_is_not_counted_and_says_so():
    """A vote left with no amendment to take it is not counted; the report warns, by line."""
    text = (FOLDER / "07-amendment-lost.txt").read_text(encoding="utf-8").replace(
        "The amendment was lost", "Amendment B was lost.\n\nThe amendment was lost")
    result = verify(read_minutes(text, source="07"))
    assert result.item.amendments[0].outcome.phrase == "lost"
    assert result.warnings == ("07:13:1: the vote names amendment 2, which no amendment read "
                               "matches; counted for amendment 1, the next without a vote",
                               "07:15:1: a vote on an amendment, but no amendment read before "
                               "it is still to be voted on; not counted")


def test_an_unreadable_amendment_that_was_lost_does_not_stop_the_check():
    """A lost amendment that cannot be read is a warning naming the item's line (11) where its
    text stands; the record is still checked."""
    text = (FOLDER / "07-amendment-lost.txt").read_text(encoding="utf-8").replace(
        "Delete “two more” and replace with “additional”", "Members spoke about fly-tipping.")
    result = verify(read_minutes(text, source="07"))
    assert (result.verdict, result.findings[0].applied) == (Verdict.VERIFIED,
                                                            "nothing applied (not read)")
    assert result.warnings == ("07:11:1: no instruction found in the amendment "
                               "(it carried nothing, so it was not needed)",)


def test_an_amendment_that_cannot_be_applied_is_placed_in_the_item_file():
    """A carried amendment whose words are not in the motion: the error names the minutes
    file's own line and column (line 11, where the quoted words start), not the amendment's."""
    text = (FOLDER / "07-amendment-lost.txt").read_text(encoding="utf-8").replace(
        "two more” and", "three more” and").replace("amendment was lost", "amendment was carried")
    with pytest.raises(TargetNotFound) as raised:
        verify(read_minutes(text, source="07"))
    assert str(raised.value.span) == "07:11:9"
    assert text.splitlines()[10][8:].startswith("three more”")


def test_a_wording_difference_names_the_record_line_in_the_file():
    """Example 06's planted wording error is reported at the record's line in the file (25)."""
    result = verify(read_minutes(
        (FOLDER / "06-planted-wording-error.txt").read_text(encoding="utf-8"), source="06"))
    (difference,) = result.report.differences
    assert (difference.recorded_span.source, difference.recorded_span.line) == ("06", 25)


def test_an_unverified_result_is_not_called_verified_though_the_record_agrees():
    """The record agrees with the instructions' result, but the amendment's printed result does
    not: the verdict is unverified (exit 1), and the item's text names the reason as such."""
    from amend.render.minutes import render_item

    name = "17-printed-result-differs-record-agrees.txt"
    result = verify(read_minutes((FOLDER / name).read_text(encoding="utf-8"), source=name))
    assert (result.verdict, exit_status(result)) == (Verdict.UNVERIFIED, 1)
    assert (f"UNVERIFIED: {name}:17:1: ¶2: the printed result says “… empty for more than "
            "three years.”") in render_item(result)


def _item_16_with(vote: str) -> str:
    """Worked item 16 (the amendment carried) with its vote written as ``vote``."""
    text = (FOLDER / "16-division-council-resolved.txt").read_text(encoding="utf-8")
    assert "The amendment was put to the vote and was carried." in text
    return text.replace("The amendment was put to the vote and was carried.", vote)


def test_a_verdict_on_its_own_line_after_the_amendment_is_its_vote():
    """"(Carried)" straight after the amendment's text carries it: the record matches."""
    result = verify(read_minutes(_item_16_with("(Carried)"), source="16"))
    assert (result.findings[0].outcome, result.verdict) == ("carried", Verdict.VERIFIED)


def test_an_amendment_with_no_vote_read_is_named_in_a_notice():
    """A vote in words not read as one leaves the amendment unapplied, and a notice says so at
    the line where it was moved; the record then differs."""
    result = verify(read_minutes(_item_16_with("The amendment found favour."), source="16"))
    (notice,) = result.item.notices
    assert "no vote on amendment 1 (Councillor Fred Gale) was read" in notice.message
    assert (notice.span.line, result.verdict) == (9, Verdict.DIFFERS)


def test_a_verdict_after_the_resolution_is_not_an_amendments():
    """"CARRIED" after the resolution is the motion's verdict: the lost amendment stays lost,
    quietly, and the line is not read into the resolution."""
    text = (FOLDER / "07-amendment-lost.txt").read_text(encoding="utf-8").rstrip() + "\n\nCARRIED\n"
    result = verify(read_minutes(text, source="07"))
    assert (result.findings[0].outcome, result.item.notices) == ("lost", ())
    assert result.verdict is Verdict.VERIFIED


def test_an_amendment_heading_before_the_moving_sentence_is_one_amendment():
    """"AMENDMENT" on a line before "An amendment was moved by …" is its heading: one
    amendment, which the vote carries, and the record matches."""
    text = (FOLDER / "16-division-council-resolved.txt").read_text(encoding="utf-8").replace(
        "An amendment was moved by Councillor Fred Gale",
        "AMENDMENT\n\nAn amendment was moved by Councillor Fred Gale")
    result = verify(read_minutes(text, source="16"))
    assert [f.amendment.mover for f in result.findings] == ["Councillor Fred Gale"]
    assert result.verdict is Verdict.VERIFIED


def test_amendments_with_no_motion_read_before_them_are_named_in_a_notice():
    """When the sentence moving the motion is in words not read, the item has nothing to
    verify, and a notice at the first amendment's line says that nothing was applied."""
    text = (FOLDER / "16-division-council-resolved.txt").read_text(encoding="utf-8").replace(
        "It was moved by Councillor Beth Ayres, seconded by Councillor Clive Dunne, that this "
        "Council:-", "The Council considered the following:\n\nThat this Council:-")
    result = verify(read_minutes(text, source="16"))
    (notice,) = result.item.notices
    assert (notice.span.line, result.verdict) == (11, Verdict.NOTHING_TO_VERIFY)
    assert notice.message.startswith("no motion was read before this amendment")
