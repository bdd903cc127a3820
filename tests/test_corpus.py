"""The real corpus (../shared/corpus): each item's amendments applied through the facade.

``NOT_YET`` is the honest list of what fails today, one row per item and test, with the
reason; the rows are strict xfails, so a test starts failing the day its item is fixed and
the row must go.  Nothing here is keyed to an item except that table.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import amend
from tests.corpus import ABSENT, Run, folded, items, load, run

INTENDED, RECORD, SILENT, CRASH = "intended", "record", "silent", "crash"

# Why an amendment is not read yet: the phrasing, and the stage that must learn it.
NEW_PART = "grammar: “{}” followed by the new part"
NARRATIVE = ("grammar: the narrative “{}” has no text to insert; it must be read, then "
             "refused or warned about (the clerk's wording cannot be derived)")

NOT_YET: dict[tuple[str, str], str] = {}


def _rows(number: str, reason: str, *tests: str) -> None:
    for test in tests:
        NOT_YET[(number, test)] = reason


_rows("007", "grammar: the garbled “That the motion be amended to with a new a) and b) to read "
      "as follows:” (a restated preamble, a) replaced, b) inserted) is not read", RECORD)
_rows("010", NEW_PART.format("That the motion be amended to include a new part that reads as "
                             "follows:") + " is read, but the clerk lettered the unlettered "
      "motion to fit the new b)", RECORD)
_rows("012", NEW_PART.format("That the motion BE AMENDED to include a new part that reads as "
                             "follows:") + " is read; the record lower-cases the clerk's “The”",
      RECORD)


def _params(test: str, wanted=lambda folder: True) -> list:
    """One param per corpus folder that has what the test needs, with its NOT_YET row."""
    folders = items()
    if not folders:
        return [pytest.param(None, marks=pytest.mark.skip(reason=ABSENT), id="corpus-absent")]
    params = []
    for folder in filter(wanted, folders):
        reason = NOT_YET.get((folder.name[:3], test))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(folder, marks=marks, id=folder.name))
    return params


@cache
def outcome(folder: Path) -> Run:
    return run(load(folder))


@pytest.mark.parametrize("folder", _params(INTENDED, lambda f: (f / "intended.txt").is_file()))
def test_item_resolves_to_its_intended_text(folder):
    """The item's amendments, carried as carried.txt says, give intended.txt (words folded)."""
    result = outcome(folder)
    assert result.applied, result.error
    assert folded(result.text) == folded(result.case.intended), result.error


@pytest.mark.parametrize("folder", _params(RECORD, lambda f: (f / "resolved.txt").is_file()))
def test_record_check_gives_the_verdict_the_hand_applied_text_gets(folder):
    """The record checks against our text as it checks against intended.txt (else: it matches)."""
    result = outcome(folder)
    hand = result.case.intended
    if hand is None and result.case.family == "narrative":
        pytest.skip("a narrative amendment gives no words: the record is the clerk's own "
                    "(test_no_result_is_silently_wrong covers it)")
    assert result.applied, result.error
    recorded = amend.read_motion(result.case.resolved)
    wanted = amend.check(hand, recorded).matches if hand is not None else True
    assert result.verified == wanted, result.error


@pytest.mark.parametrize("folder", _params(SILENT))
def test_no_result_is_silently_wrong(folder):
    """A text unlike its witness, or for an unwitnessed narrative or rider, comes with a warning."""
    result = outcome(folder)
    case = result.case
    if case.intended is None and case.resolved is None and case.family not in (
            "narrative", "rider"):
        pytest.skip("no witness text: no intended.txt or resolved.txt to call a result wrong")
    if not result.applied:
        assert not result.crash, result.error
        return
    wrong = result.exact is False or (case.intended is None and result.verified is False)
    uncertain = case.intended is None and case.resolved is None
    assert result.warnings or not (wrong or uncertain), result.error or "no warning given"


@pytest.mark.parametrize("folder", _params(CRASH))
def test_every_failure_is_a_reported_error(folder):
    """Whatever the pipeline cannot do on the item, it says with an AmendError, not a crash."""
    result = outcome(folder)
    assert not result.crash, result.error
