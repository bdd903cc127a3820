"""amend: apply council amendments to motions and check the resolutions recorded in minutes.

This facade is the public API; the CLI and the tests call it. The pipeline runs text → motion
→ instructions → engine → comparison → minutes, with explanation, render and drafting reading
the results (see ARCHITECTURE.md). Nothing is imported until it is used, so ``import amend``
is cheap and each command loads only the stages it needs.

    >>> import amend
    >>> motion = amend.read_motion("That this Council:-\\n\\n(a) notes the report.\\n")
    >>> amendment = amend.read_amendment('Delete "the report" and replace with "the plan".')
    >>> amend.render_text(amend.resolve(motion, amendment).motion)
    'That this Council:-\\n\\n(a) notes the plan.\\n'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from amend.__about__ import __version__

if TYPE_CHECKING:
    from amend.comparison.compare import Report
    from amend.engine.apply import Result
    from amend.engine.carried import Carried
    from amend.instructions.amendment import Amendment
    from amend.motion.tree import Motion

# Public names served lazily: name -> module that defines it.
_LAZY = {
    "Span": "amend.errors", "AmendError": "amend.errors", "ReadError": "amend.errors",
    "InstructionSyntaxError": "amend.errors", "TargetNotFound": "amend.errors",
    "AmbiguousTarget": "amend.errors", "NoEffect": "amend.errors",
    "CarriedSpecError": "amend.errors", "NarrativeAmendment": "amend.errors",
    "OverlappingTarget": "amend.errors",
    "EmptiedParagraph": "amend.errors", "ListOverflow": "amend.errors",
    "AmendWarning": "amend.errors", "WarningKind": "amend.errors",
    "OperationOutcome": "amend.engine.result", "Status": "amend.engine.result",
    "read_file": "amend.text.documents", "read_bytes": "amend.text.source",
    "Motion": "amend.motion.tree", "Paragraph": "amend.motion.tree",
    "Amendment": "amend.instructions.amendment", "Part": "amend.instructions.amendment",
    "read_amendment_file": "amend.instructions.markup",
    "MarkedTextMismatch": "amend.instructions.markup",
    "Carried": "amend.engine.carried", "parse_carried": "amend.engine.carried",
    "Change": "amend.engine.apply", "Result": "amend.engine.apply",
    "Difference": "amend.comparison.compare", "Report": "amend.comparison.compare",
    "Item": "amend.minutes.reader", "MovedAmendment": "amend.minutes.reader",
    "Outcome": "amend.minutes.reader", "read_minutes": "amend.minutes.reader",
    "ItemReport": "amend.minutes.verify", "verify": "amend.minutes.verify",
    "Verdict": "amend.minutes.verify",
    "render_text": "amend.render.text", "render_outline": "amend.render.text",
    "render_json": "amend.render.json",
    "redline": "amend.render.redline", "redline_lines": "amend.render.redline",
    "render_redline_plain": "amend.render.redline",
    "render_report_plain": "amend.render.report", "render_report_json": "amend.render.report",
}


def __getattr__(name: str):
    """Load a public name from its stage on first use."""
    if name not in _LAZY:
        raise AttributeError(f"module 'amend' has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


def read_data(data: bytes, source: str) -> str:
    """The text of a document's bytes (an upload, say), read as ``read_file`` reads files."""
    from amend.text.documents import document_text

    return document_text(data, source)


def read_motion(text: str, source: str = "motion") -> Motion:
    """Read a motion's text into its tree; ``source`` names it in errors."""
    from amend.motion.lines import read_located

    return read_located(text, source=source)


def read_amendment(text: str, source: str = "amendment", motion: Motion | None = None) -> Amendment:
    """Read an amendment into parts and operations; the motion, if given, chooses readings."""
    from amend.instructions.amendment import parse_amendment

    return parse_amendment(text, source=source, motion=motion)


def read_amendment_data(data: bytes, name: str, motion: Motion) -> Amendment:
    """An amendment document's bytes, read against the motion: a Word file or HTML page with
    marks as marked up (``amend.instructions.markup``), plain text as instructions (without
    loading the marked-up readers)."""
    from amend.text.documents import Kind, document_text, kind_of

    if kind_of(data, name) is Kind.TEXT:
        return read_amendment(document_text(data, name), source=name, motion=motion)
    from amend.instructions.markup import read_amendment_data as read_document

    return read_document(data, name, motion)


def resolve(motion: Motion, amendments, carried=None, *, strict: bool = False) -> Result:
    """The motion as amended: amendments apply in order, each with a carried spec or None.

    ``carried`` holds one spec (text such as ``"3(g)(h)"``, or a ``Carried``) per amendment. A
    single ``Amendment`` may be passed instead of a list, with a single spec.  Quoted words
    found in several places with nothing to say which: the first is taken with a warning, or,
    with ``strict``, it is an ``AmbiguousTarget`` error.  An amendment carried in full that
    prints the motion as it will read is compared with what its instructions give: each
    substantive difference is a warning, and the result is then ``unverified``.
    """
    from amend.engine.apply import apply
    from amend.engine.carried import parse_carried
    from amend.instructions.amendment import Amendment

    if isinstance(amendments, Amendment):
        amendments, carried = [amendments], [carried]
    amendments = list(amendments)
    specs = [parse_carried(c) if isinstance(c, str) else c for c in (carried or [])]
    result = apply(motion, amendments, specs, strict=strict)
    if not any(a.printed_result is not None for a in amendments):
        return result  # nothing to compare: the comparison stage is not even loaded
    from amend.comparison.printed import witness

    return witness(result, amendments, specs)


def check(expected: Motion | str, recorded: Motion | str) -> Report:
    """Compare the text a resolution should have with the text recorded (trees or text)."""
    from amend.comparison.compare import check as compare

    def tree(value, source):
        return read_motion(value, source=source) if isinstance(value, str) else value
    return compare(tree(expected, "expected"), tree(recorded, "recorded"))


def explain(amendment: Amendment, motion: Motion | None = None) -> list[str]:
    """Plain words for each part of an amendment, with its targets when the motion is given."""
    from amend.explanation.reading import explain as explain_parts

    return explain_parts(amendment, motion)


def draft(motion: Motion, edited: Motion, style: str = "structured") -> str:
    """The amendment that turns ``motion`` into ``edited``, in ``structured`` or ``imperative``."""
    from amend.drafting.draft import draft as draft_amendment

    return draft_amendment(motion, edited, style)


__all__ = [
    "__version__",
    "read_file", "read_bytes", "read_data", "read_motion", "read_amendment", "read_amendment_file",
    "read_amendment_data", "resolve", "check",
    "read_minutes", "verify", "explain", "draft", "parse_carried",
    "Motion", "Paragraph", "Amendment", "Part", "Carried", "Change", "Result",
    "Difference", "Report", "Item", "ItemReport", "MovedAmendment", "Outcome", "Verdict",
    "render_text", "render_outline", "render_json", "redline", "redline_lines",
    "render_redline_plain",
    "render_report_plain", "render_report_json",
    "Span", "AmendError", "ReadError", "InstructionSyntaxError", "TargetNotFound",
    "AmbiguousTarget", "NoEffect", "CarriedSpecError", "OverlappingTarget", "EmptiedParagraph",
    "ListOverflow", "AmendWarning", "WarningKind", "OperationOutcome",
    "Status", "MarkedTextMismatch", "NarrativeAmendment",
]
