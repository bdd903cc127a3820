"""The aligner that check, draft and redline share: runs of equal, loosely equal and changed
items, on small gaps (difflib) and large ones (anchors on keys unique to both sides)."""

import difflib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amend.text.align import MEDIUM, SMALL, Run, Tie, align, likeness, matches, pair_alike

KEYS = st.lists(st.integers(0, 30), max_size=60)
LONG = int(SMALL ** 0.5) * 3  # long enough that both sides multiply past the difflib limit


def covered(runs: list[Run], side: str) -> list[int]:
    return [i for run in runs for i in getattr(run, side)]


@given(KEYS, KEYS)
def test_runs_cover_both_sequences_in_order(a, b):
    """Every item of each side is in exactly one run, in order."""
    runs = align(a, b)
    assert covered(runs, "a") == list(range(len(a)))
    assert covered(runs, "b") == list(range(len(b)))


@given(KEYS, KEYS)
def test_same_runs_pair_equal_keys(a, b):
    """A SAME run sets equal keys side by side."""
    for run in align(a, b):
        if run.tie is Tie.SAME:
            assert [a[i] for i in run.a] == [b[j] for j in run.b]


@given(KEYS, KEYS)
def test_small_inputs_align_as_difflib_aligns_them(a, b):
    """On small inputs the aligner keeps exactly the equal items difflib's matcher keeps."""
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    assert matches(a, b) == [(i + k, j + k) for i, j, size in blocks for k in range(size)]


@given(st.integers(0, LONG - 1), st.sampled_from(["insert", "delete", "replace"]))
def test_one_edit_in_a_long_sequence_is_one_changed_run(where, edit):
    """One item inserted, deleted or replaced in a long sequence is one changed run there."""
    a = list(range(LONG))
    b = list(a)
    if edit == "insert":
        b.insert(where, -1)
    elif edit == "delete":
        del b[where]
    else:
        b[where] = -1
    changed = [run for run in align(a, b) if run.tie is Tie.CHANGED]
    assert len(changed) == 1
    assert changed[0].a.start == where == changed[0].b.start


def test_a_long_sequence_with_repeated_keys_still_aligns():
    """Keys each seen twice on both sides anchor the n-th occurrence against the n-th."""
    a = [k % (LONG // 2) for k in range(LONG)] + ["x"]
    b = ["y"] + a[:-1]
    assert len(matches(a, b)) == LONG


@pytest.mark.parametrize("size", [LONG, int(MEDIUM ** 0.5) + 1])
def test_a_long_gap_with_nothing_in_common_is_one_changed_run(size):
    """Sides with no key in common are one changed run (searched by difflib, or not)."""
    runs = align(list(range(size)), list(range(size, 2 * size)))
    assert runs == [Run(Tie.CHANGED, range(size), range(size))]


def test_loose_keys_pair_items_in_changed_runs():
    """Items whose keys differ but whose loose keys are equal form a LOOSE run."""
    a, b = ["(a) x", "(b) y", "(c) z"], ["(a) x", "(b) z"]
    runs = align(a, b, loose=(lambda i: a[i][4:], lambda j: b[j][4:]))
    assert [(run.tie, run.a, run.b) for run in runs] == [
        (Tie.SAME, range(0, 1), range(0, 1)), (Tie.CHANGED, range(1, 2), range(1, 1)),
        (Tie.LOOSE, range(2, 3), range(1, 2))]


@given(st.lists(st.sampled_from("abcdef"), max_size=20),
       st.lists(st.sampled_from("abcdef"), max_size=20))
def test_likeness_is_difflibs_ratio_on_small_inputs(a, b):
    """Likeness is difflib's ratio (2 x matched / total) where difflib does the work."""
    expected = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    assert likeness(a, b) == (expected if a or b else 1.0)


def test_pairing_takes_the_most_alike_item_ahead():
    """A changed run pairs each new item with the most alike old one still ahead."""
    a, b = ["notes the plan", "thanks the staff"], ["thanks all the staff"]
    run = Run(Tie.CHANGED, range(2), range(1))
    pairs = pair_alike(run, lambda i, j: likeness(a[i].split(), b[j].split()), 0.5)
    assert pairs == [(1, 0)]


def test_pairing_in_a_huge_run_looks_only_a_bounded_way_ahead():
    """In a changed run of 100,000 items, pairing asks for about one score per item."""
    asked = []

    def score(i, j):
        asked.append((i, j))
        return 0.0
    run = Run(Tie.CHANGED, range(100_000), range(100_000))
    assert pair_alike(run, score, 0.5) == []
    assert len(asked) == 100_000
