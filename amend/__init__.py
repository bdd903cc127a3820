"""amend: apply council amendments to motions and check the resolutions recorded in minutes.

The facade below is the whole public API; the CLI and the tests call nothing else.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

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

__all__ = [
    "AmbiguousTarget", "AmendError", "CarriedSpecError", "InstructionSyntaxError", "Motion",
    "NoEffect", "Paragraph", "ReadError", "Span", "TargetNotFound", "parse_motion", "read_file",
    "render_outline", "render_text",
]
