"""amend: apply council amendments to motions and check the resolutions recorded in minutes.

The facade below is the whole public API; the CLI and the tests call nothing else.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from amend.amendment import Amendment, Part, parse_amendment
from amend.carried import Carried, parse_carried
from amend.check import Difference, Report
from amend.check import check as _check
from amend.draft import draft
from amend.engine import Change, Result
from amend.engine import apply as _apply
from amend.errors import (
    AmbiguousTarget,
    AmendError,
    CarriedSpecError,
    InstructionSyntaxError,
    NoEffect,
    ReadError,
    Span,
    TargetNotFound,
)
from amend.explain import explain
from amend.minutes import Item, MovedAmendment, Outcome, read_minutes
from amend.motion import Motion, Paragraph, parse_motion
from amend.render.json import render_json
from amend.render.redline import redline, render_redline_plain
from amend.render.report import render_report_json, render_report_plain
from amend.render.text import render_outline, render_text
from amend.source import read_file
from amend.verify import ItemReport, verify

try:
    __version__ = version("amend")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"



def apply(motion: Motion, amendments, carried=None) -> Result:
    """Apply amendments in order; ``carried`` holds one spec (text or ``Carried``) or None each.

    A single ``Amendment`` may be passed instead of a list, with a single spec.
    """
    if isinstance(amendments, Amendment):
        amendments, carried = [amendments], [carried]
    specs = [parse_carried(c) if isinstance(c, str) else c for c in (carried or [])]
    return _apply(motion, list(amendments), specs)


def check(expected: Motion | str, recorded: Motion | str) -> Report:
    """Compare the text a resolution should have with the text recorded (trees or text)."""
    def tree(value, source):
        return parse_motion(value, source=source) if isinstance(value, str) else value
    return _check(tree(expected, "expected"), tree(recorded, "recorded"))


__all__ = [
    "draft",
    "Item", "ItemReport", "MovedAmendment", "Outcome", "read_minutes", "verify",
    "Difference", "Report", "check", "render_report_json", "render_report_plain",
    "explain", "redline", "render_json", "render_redline_plain",
    "Amendment", "Carried", "Change", "Part", "Result", "apply", "parse_amendment",
    "parse_carried",
    "AmbiguousTarget", "AmendError", "CarriedSpecError", "InstructionSyntaxError", "Motion",
    "NoEffect", "Paragraph", "ReadError", "Span", "TargetNotFound", "parse_motion", "read_file",
    "render_outline", "render_text",
]
