"""Reading whole minutes items: the seeds, and the worked items under examples/minutes/."""

import tomllib
from pathlib import Path

import pytest

from amend import Verdict, read_minutes, verify
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
