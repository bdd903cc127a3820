"""What ``amend explain`` says of an amendment's printed result ("The amended motion will
read:-"): where it is, and, given the motion, whether the instructions give that text."""

from __future__ import annotations

from dataclasses import dataclass

from amend.comparison.printed import disagreements
from amend.engine.apply import apply
from amend.errors import AmendError, AmendWarning, Span
from amend.instructions.amendment import Amendment
from amend.motion.tree import Motion


@dataclass(frozen=True, slots=True)
class PrintedWitness:
    """An amendment's printed result and, if it was compared, how it went: the differences
    (none: the instructions give the printed text), or the error that stopped applying."""

    span: Span | None
    paragraphs: int
    compared: bool
    differences: tuple[AmendWarning, ...] = ()
    error: AmendError | None = None

    def lines(self) -> list[str]:
        """The witness in plain words, a line each for the heading and each finding."""
        count = f"{self.paragraphs} paragraph{'s' * (self.paragraphs != 1)}"
        where = f" at {self.span}" if self.span else ""
        head = f"printed result{where}: the motion as the amendment says it will read, {count}"
        if self.error is not None:
            return [head, f"  not compared: {self.error}"]
        if not self.compared:
            return [head]
        if not self.differences:
            return [head, "  the instructions give this text"]
        return [head, *(f"  differs: {w.message}" for w in self.differences)]


def printed_witness(amendment: Amendment, motion: Motion | None) -> PrintedWitness | None:
    """The amendment's printed result, compared with what its instructions give to ``motion``
    (applied in full); None when it prints no result."""
    printed = amendment.printed_result
    if printed is None:
        return None
    count = len(printed.paragraphs)
    if motion is None:
        return PrintedWitness(amendment.printed_span, count, False)
    try:
        given = apply(motion, [amendment]).motion
    except AmendError as error:
        return PrintedWitness(amendment.printed_span, count, False, error=error)
    found = disagreements(given, printed, amendment.printed_span)
    return PrintedWitness(amendment.printed_span, count, True, tuple(found))
