"""The real amendment corpus in ../shared/corpus (see its README): each item read, run through
the facade, and measured against its witnesses (intended.txt, resolved.txt).

Shared by tests/test_corpus.py and benchmarks/fidelity.py so that both measure the same way.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import amend

CORPUS = Path(os.environ.get("AMEND_CORPUS")
              or Path(__file__).resolve().parents[2] / "shared" / "corpus")
ABSENT = f"the real corpus is not here ({CORPUS}); set AMEND_CORPUS to its folder"
# PDF emphasis markers ("**", "***") that open or close a run of words: layout, not text.
_EMPHASIS = re.compile(r"(?:(?<=^)|(?<=[\s“‘\"(]))\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?=$|[\s”’\".,;:)])",
                       re.MULTILINE)


def items() -> list[Path]:
    """The corpus folders in order (empty when the corpus is absent)."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if (p / "motion.txt").is_file())


def folded(text: str) -> str:
    """Text compared as words: whitespace runs folded to one space and PDF emphasis markers
    dropped (both are layout: the corpus keeps them as the PDF extraction printed them)."""
    return " ".join(_EMPHASIS.sub("", text).split())


def carried_spec(line: str):
    """A carried.txt line as the facade takes it: ``all`` is None, ``none`` nothing carried."""
    word = line.strip().lower()
    if word == "all":
        return None
    if word == "none":
        return amend.Carried(())
    return word


@dataclass(frozen=True, slots=True)
class Case:
    """One corpus item's files."""

    folder: Path
    motion: str
    amendments: tuple[tuple[str, str], ...]
    carried: tuple[str, ...] | None
    intended: str | None
    resolved: str | None
    family: str

    @property
    def name(self) -> str:
        return self.folder.name


def load(folder: Path) -> Case:
    """Read an item's files (decoded as the library decodes files)."""
    def text(name: str) -> str | None:
        path = folder / name
        return amend.read_file(path) if path.is_file() else None

    carried = text("carried.txt")
    meta = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    return Case(folder, text("motion.txt"),
                tuple((p.name, amend.read_file(p)) for p in sorted(folder.glob("amendment*.txt"))),
                tuple(carried.split()) if carried else None,
                text("intended.txt"), text("resolved.txt"), meta.get("family", ""))


@dataclass(frozen=True, slots=True)
class Run:
    """What the pipeline did with one item.

    ``error`` is the first failure in one line; ``crash`` says whether it was something other
    than an ``AmendError`` (a bug, not a report).  ``exact`` and ``verified`` are None when the
    item has no intended.txt or resolved.txt.  ``warnings`` are the resolve warnings and the
    uncertain decisions the motion reader recorded."""

    case: Case
    parsed: int
    text: str | None
    warnings: tuple[str, ...]
    error: str | None
    crash: bool
    exact: bool | None
    verified: bool | None

    @property
    def applied(self) -> bool:
        return self.text is not None

    @property
    def silent_wrong(self) -> bool:
        """A result given with no warning although it is not the intended text."""
        return self.applied and not self.warnings and self.exact is False

    @property
    def unwitnessed_guess(self) -> bool:
        """A result with no warning for an item whose reading the corpus calls uncertain: no
        witness text, and an amendment that gives no text or no place (narrative, rider)."""
        return (self.applied and not self.warnings and self.case.intended is None
                and self.case.resolved is None and self.case.family in ("narrative", "rider"))


def one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if isinstance(error, amend.AmendError) else f"{type(error).__name__}: {text}"


def motion_warnings(motion) -> tuple[str, ...]:
    """The uncertain decisions the motion reader recorded, if it records any."""
    return tuple(str(d) for d in getattr(motion, "reading", ()) if not d.certain)


def run(case: Case) -> Run:
    """Read, resolve and check one item through the facade, stopping at the first failure."""
    parsed, amendments = 0, []
    try:
        motion = amend.read_motion(case.motion, source="motion.txt")
        for name, text in case.amendments:
            amendments.append(amend.read_amendment(text, source=name, motion=motion))
            parsed += 1
        specs = [carried_spec(c) for c in case.carried] if case.carried else None
        result = amend.resolve(motion, amendments, specs)
        text = amend.render_text(result.motion)
    except Exception as error:  # noqa: BLE001 - a crash is measured, not propagated
        return Run(case, parsed, None, (), one_line(error),
                   not isinstance(error, amend.AmendError), None, None)
    warnings = tuple(result.warnings) + motion_warnings(motion)
    exact = folded(text) == folded(case.intended) if case.intended is not None else None
    verified, error = None, None
    if case.resolved is not None:
        try:
            recorded = amend.read_motion(case.resolved, source="resolved.txt")
            verified = amend.check(result.motion, recorded).matches
        except Exception as failure:  # noqa: BLE001
            verified, error = False, f"check: {one_line(failure)}"
    if error is None and exact is False:
        error = f"not the intended text: {first_difference(text, case.intended)}"
    return Run(case, parsed, text, warnings, error, False, exact, verified)


def first_difference(got: str, want: str, width: int = 6) -> str:
    """Where two texts first differ, word by word: “…got…” for “…wanted…”."""
    a, b = folded(got).split(), folded(want).split()
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
              min(len(a), len(b)))
    start = max(0, at - 2)
    return (f"word {at + 1}: “{' '.join(a[start:at + width]) or '(end)'}” for "
            f"“{' '.join(b[start:at + width]) or '(end)'}”")
