"""Every command, given any input files, exits 0, 1 or 2 with a message: never a traceback,
never the internal-error status 3."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli import invoke
from tests.fuzzing import FUZZ, file_bytes

CARRIED = st.sampled_from(["1", "2", "1,2", "3(g)(h)", "3(g)", "2(a)", "0", "x(", "", "1,,"])


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A folder for the fuzzed input files (one per module: hypothesis reruns the test)."""
    return tmp_path_factory.mktemp("fuzz")


def run(folder, args, **files: bytes):
    """Write ``files`` into ``folder``, run amend with ``args`` naming them, check the exit."""
    for name, data in files.items():
        (folder / f"{name}.txt").write_bytes(data)
    result = invoke(*[str(folder / f"{a}.txt") if a in files else a for a in args])
    assert result.exit_code in (0, 1, 2), result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    if result.exit_code == 2:  # a message on stderr, or an item's row saying why
        assert result.stderr.startswith("amend: ") or "unreadable" in result.stdout


@FUZZ
@given(file_bytes())
def test_show_never_crashes(folder, motion):
    """``amend show`` on any file exits 0 or 2."""
    run(folder, ["show", "motion"], motion=motion)


@FUZZ
@given(file_bytes(), file_bytes(), st.lists(CARRIED, max_size=2))
def test_apply_never_crashes(folder, motion, amendment, carried):
    """``amend apply`` on any motion, amendment and --carried exits 0 or 2."""
    options = [word for spec in carried for word in ("--carried", spec)]
    run(folder, ["apply", "motion", "amendment", *options], motion=motion, amendment=amendment)


@FUZZ
@given(file_bytes(), file_bytes())
def test_explain_never_crashes(folder, amendment, motion):
    """``amend explain`` on any amendment and motion exits 0 or 2."""
    run(folder, ["explain", "amendment", "--motion", "motion"], motion=motion,
        amendment=amendment)


@FUZZ
@given(file_bytes(), file_bytes(), file_bytes())
def test_check_never_crashes(folder, motion, amendment, record):
    """``amend check`` on any motion, amendment and record exits 0, 1 or 2."""
    run(folder, ["check", "motion", "amendment", "--against", "record"], motion=motion,
        amendment=amendment, record=record)
    run(folder, ["check", "--expected", "motion", "--against", "record"], motion=motion,
        record=record)


@FUZZ
@given(file_bytes(), file_bytes())
def test_minutes_never_crashes(folder, first, second):
    """``amend minutes`` on one item, and on two, exits 0, 1 or 2."""
    run(folder, ["minutes", "first"], first=first)
    run(folder, ["minutes", "first", "second", "--format", "json"], first=first, second=second)


@FUZZ
@given(file_bytes(), file_bytes(), st.sampled_from(["structured", "imperative"]))
def test_draft_never_crashes(folder, motion, edited, style):
    """``amend draft`` on any two motions exits 0 or 2."""
    run(folder, ["draft", "motion", "edited", "--style", style], motion=motion, edited=edited)
