"""One error hierarchy: every failure the library reports is an ``AmendError``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A place in a source text: 1-based line and column, and the source's name."""

    source: str
    line: int
    column: int


class AmendError(Exception):
    """Base of every error the library raises on bad input."""

    def __init__(self, message: str, *, span: Span | None = None, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.span = span
        self.hint = hint

    def __str__(self) -> str:
        where = f"{self.span.source}:{self.span.line}:{self.span.column}: " if self.span else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


class ReadError(AmendError):
    """A file could not be read as text: missing, empty, binary or without paragraphs."""


class InstructionSyntaxError(AmendError):
    """An amendment instruction does not read as any known form."""

    def __init__(self, message: str, *, span: Span | None, source_line: str = "",
                 expected: tuple[str, ...] = (), hint: str = "") -> None:
        super().__init__(message, span=span, hint=hint)
        self.source_line = source_line
        self.expected = expected


class TargetNotFound(AmendError):
    """An instruction names a paragraph or words that the motion does not have."""


class AmbiguousTarget(AmendError):
    """Quoted words occur in more than one place and the instruction does not say which."""


class NoEffect(AmendError):
    """An operation would leave the motion exactly as it was."""


class NarrativeAmendment(AmendError):
    """An amendment that describes a change without giving its words ("be amended to include
    the cost of services"), or gives words without saying where they go: it is read, and
    refused, for applying it would be a guess."""


class CarriedSpecError(AmendError):
    """A ``--carried`` specification names parts or paragraphs the amendment does not have."""
