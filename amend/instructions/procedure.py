"""Lines of the meeting's procedure pasted after an amendment: the record of its vote ("The
amendment was carried.", "(Carried)") and of who moved it ("Moved by Councillor X, seconded
by Councillor Y."). They are never words of the motion: read as new text they would be
printed into the resolution, so each one at the end of an amendment is left out, with a
warning at its line and column."""

from __future__ import annotations

import re

from amend.errors import AmendWarning, WarningKind
from amend.instructions.sentence import Located

_OUTCOME = r"(carried|lost|agreed|approved|negatived|defeated|fell|withdrawn|rejected)"
PROCEDURE = re.compile(
    rf"""^(?:
        \(?{_OUTCOME}(\s+unanimously)?\)?\.?                      # "(Carried)", "Lost."
      | (on\s+being\s+put\s+to\s+the\s+vote,?\s+)?the\s+amendment\b.{{0,80}}?\b(was|is)\s+
        (put\s+to\s+the\s+vote\s+and\s+(was\s+)?|declared\s+)?{_OUTCOME}\b.*
                                       # "The amendment (in the name of …) was (declared) carried"
      | (moved|proposed|seconded)\s+by\s+(councillor|cllr|the\s+mayor)\b.*
      | (mover|proposer|seconder)\s*:.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_PARAGRAPH = re.compile(r"(?:^|\n[ \t]*\n)([ \t]*)(\S[^\n]*(?:\n[ \t]*\S[^\n]*)*)")


def without_procedure(body: str, source: str) -> tuple[str, tuple[AmendWarning, ...]]:
    """The amendment with the procedure paragraphs at its end blanked (every other character
    kept in its place), and a warning for each one left out."""
    paragraphs = list(_PARAGRAPH.finditer(body))
    left_out: list[re.Match] = []
    while len(paragraphs) > 1 and PROCEDURE.match(" ".join(paragraphs[-1].group(2).split())):
        left_out.append(paragraphs.pop())
    if not left_out:
        return body, ()
    located = Located(source, body, 0)
    warnings = tuple(AmendWarning(
        WarningKind.PROCEDURE_LEFT_OUT,
        f"“{' '.join(p.group(2).split())}” records the meeting's procedure, not words of the "
        "motion; it was left out", located.span(p.start(2))) for p in reversed(left_out))
    start = left_out[-1].start(2)
    return body[:start] + re.sub(r"[^\n]", " ", body[start:]), warnings
