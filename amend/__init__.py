"""amend: apply council amendments to motions and check the resolutions recorded in minutes.

The facade below is the whole public API; the CLI and the tests call nothing else.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from amend.amendment import Amendment, Part, parse_amendment
from amend.carried import Carried, parse_carried
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
from amend.motion import Motion, Paragraph, parse_motion
from amend.render.text import render_outline, render_text
from amend.source import read_file

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


__all__ = [
    "Amendment", "Carried", "Change", "Part", "Result", "apply", "parse_amendment",
    "parse_carried",
    "AmbiguousTarget", "AmendError", "CarriedSpecError", "InstructionSyntaxError", "Motion",
    "NoEffect", "Paragraph", "ReadError", "Span", "TargetNotFound", "parse_motion", "read_file",
    "render_outline", "render_text",
]
