"""The resolution as it should have been recorded: the motion as amended, opened as the record
opens where the two openings differ only in what a check folds ("RESOLVED:", "That this")."""

from __future__ import annotations

from dataclasses import replace

from amend.comparison.compare import check
from amend.motion.tree import Motion


def corrected_resolution(expected: Motion, recorded: Motion) -> Motion:
    """``expected``, with the record's preamble where the preambles agree in substance."""
    if expected.preamble == recorded.preamble:
        return expected
    if check(Motion(expected.preamble, ()), Motion(recorded.preamble, ())).matches:
        return replace(expected, preamble=recorded.preamble)
    return expected
