"""The collector thresholds a stage runs under, and the breaking up of finished working trees."""

from __future__ import annotations

import gc

import pytest

import amend
from amend.motion.worktree import dismantle, thaw
from amend.text.collector import YOUNG, fewer_collections

MOTION = "That this Council:-\n\n(a) notes the plan:-\n\n(i) one;\n\n(ii) two;\n\n(b) agrees.\n"


@fewer_collections
def _thresholds() -> tuple[int, int, int]:
    return gc.get_threshold()


@fewer_collections
def _failing() -> None:
    raise ValueError("stage failed")


def test_stage_runs_with_young_generation_collected_less_often():
    """While a stage runs, the youngest generation's threshold is raised to YOUNG."""
    assert _thresholds()[0] == YOUNG


def test_thresholds_are_put_back_after_a_stage():
    """The collector's thresholds are as they were once the stage returns."""
    before = gc.get_threshold()
    _thresholds()
    assert gc.get_threshold() == before


def test_thresholds_are_put_back_after_a_failing_stage():
    """The thresholds are put back when the stage raises."""
    before = gc.get_threshold()
    with pytest.raises(ValueError):
        _failing()
    assert gc.get_threshold() == before


def test_a_higher_threshold_set_by_the_caller_is_kept():
    """A caller's own higher threshold is neither lowered nor changed by a stage."""
    before = gc.get_threshold()
    gc.set_threshold(YOUNG * 2, *before[1:])
    try:
        assert _thresholds() == (YOUNG * 2, *before[1:])
    finally:
        gc.set_threshold(*before)


def test_dismantled_tree_has_no_links_to_parents():
    """After ``dismantle`` no node of the tree points back at its parent."""
    root = thaw(amend.read_motion(MOTION))
    nodes = [root, *root.walk()]
    dismantle(root)
    assert [n.parent for n in nodes] == [None] * len(nodes)


def test_explain_names_its_target_and_status_with_trees_dismantled():
    """``explain`` still names the target and the status it read from trees it dismantled."""
    motion = amend.read_motion(MOTION)
    amendment = amend.read_amendment("Delete paragraph (b).", motion=motion)
    assert amend.explain(amendment, motion)[1:] == ["  targets paragraph (b): “agrees.”",
                                                    "  status: applied"]


AMENDMENT = ("1. Delete “the plan” and replace with “the budget”.\n\n"
             "2. Delete paragraph (b).\n\n"
             "3. Delete “two” in paragraph (a).\n\n"
             "4. Delete “three”.")


def test_one_reading_run_serves_every_operation_as_fresh_ones_do():
    """Targets read in turn from one shared run are those read from a fresh run each."""
    from amend.engine.preview import reading_run, targets_in

    motion = amend.read_motion(MOTION)
    operations = [op for part in amend.read_amendment(AMENDMENT).parts
                  for op in part.operations]

    def targets(run, op):
        try:
            return targets_in(run, op)
        except amend.AmendError as error:
            return str(error)
    def fresh(op):
        with reading_run(motion) as run:
            return targets(run, op)
    with reading_run(motion) as shared:
        together = [targets(shared, op) for op in operations]
    assert together == [fresh(op) for op in operations]
