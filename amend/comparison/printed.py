"""The printed result as a second witness: an amendment that prints the motion as it will read
("The amended motion will read:-") is checked against what its instructions give, with the
comparison ``check`` uses.  Each substantive difference is a warning at the printed text
("the printed result says …; the instructions give …") and leaves the result unverified;
cosmetic differences (whitespace, quote and dash glyphs) count as agreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from amend.comparison.compare import Difference, check
from amend.engine.carried import Carried
from amend.engine.result import Result
from amend.errors import AmendWarning, Span, WarningKind
from amend.instructions.amendment import Amendment
from amend.motion.tree import Motion

CONTEXT = 4  # words shown either side of where the two texts part
LONGEST = 12  # differing words shown before the rest is elided


def _excerpt(words: list[str], start: int, end: int) -> str:
    """Words ``start:end`` with a little context, "…" where words are left out."""
    head = max(start - CONTEXT, 0)
    middle = words[start:end]
    if len(middle) > LONGEST:
        middle = middle[:LONGEST // 2] + ["…"] + middle[-LONGEST // 2:]
    tail = words[end:end + CONTEXT]
    shown = words[head:start] + middle + tail
    return ("… " if head else "") + " ".join(shown) + (" …" if end + CONTEXT < len(words) else "")


def excerpts(said: str, given: str) -> tuple[str, str]:
    """The stretch where two texts differ, in each, with a few words of context."""
    a, b = said.split(), given.split()
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return _excerpt(a, start, len(a) - end), _excerpt(b, start, len(b) - end)


def _quoted(text: str) -> str:
    return f"“{text}”" if text.strip() else "nothing"


def describe(difference: Difference) -> str:
    """“(b): the printed result says “…”; the instructions give “…” (wording)”."""
    said, given = excerpts(difference.recorded, difference.expected)
    return (f"{difference.where}: the printed result says {_quoted(said)}; "
            f"the instructions give {_quoted(given)} ({difference.kind})")


def disagreements(given: Motion, printed: Motion, lead_in: Span | None) -> list[AmendWarning]:
    """A warning for each substantive difference between the printed result and the motion
    the instructions give (a printed text without the opening words is compared without
    them)."""
    if not printed.preamble:
        given = replace(given, preamble="")
    return [AmendWarning(WarningKind.PRINTED_RESULT_DIFFERS, describe(difference),
                         difference.recorded_span or lead_in)
            for difference in check(given, printed).substantive]


def witness(result: Result, amendments: Sequence[Amendment],
            carried: Sequence[Carried | None] = ()) -> Result:
    """The result with a warning for every way an amendment carried in full gives other than
    the text it prints (an amendment carried in part is not what its printed text shows)."""
    warnings = []
    for number, amendment in enumerate(amendments, start=1):
        spec = carried[number - 1] if number <= len(carried) else None
        if amendment.printed_result is None or spec is not None \
                or number > len(result.stages):
            continue
        warnings.extend(disagreements(result.stages[number - 1], amendment.printed_result,
                                      amendment.printed_span))
    if not warnings:
        return result
    return replace(result, warnings=result.warnings + tuple(warnings))
