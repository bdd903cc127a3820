"""How faithfully amend handles the real corpus (../shared/corpus, or $AMEND_CORPUS).

Every item runs through the facade: read_motion, read_amendment(text, motion=...), resolve
with carried.txt (``all``/``none`` per amendment), render_text, and check against
resolved.txt.  Prints a row per item, then four lines of figures (read by a tool):

    parsed     amendments read without error / amendments
    applied    items resolve gave a text for / items
    exact      items whose text is intended.txt (whitespace and PDF emphasis folded) / items
               with intended.txt
    verified   items whose record check finds no substantive difference / items with
               resolved.txt
    silent     items resolved with no warning to a text that is not intended.txt

Run: python benchmarks/fidelity.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import amend  # noqa: E402
from tests.corpus import ABSENT, Run, items, load, run  # noqa: E402

COLUMNS = "{:<42} {:>6} {:>7} {:>5} {:>8} {:>4}  {}"


def mark(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "no")


def row(result: Run) -> str:
    total = len(result.case.amendments)
    flags = (" SILENT WRONG" if result.silent_wrong else "") + (
        " UNWARNED GUESS" if result.unwitnessed_guess else "")
    return COLUMNS.format(result.case.name[:42], f"{result.parsed}/{total}",
                          mark(result.applied), mark(result.exact), mark(result.verified),
                          len(result.warnings), (result.error or "") + flags)


def summary(results: list[Run]) -> list[str]:
    """The four lines of figures."""
    parsed = sum(r.parsed for r in results)
    amendments = sum(len(r.case.amendments) for r in results)
    applied = sum(r.applied for r in results)
    exact = [r.exact for r in results if r.exact is not None or r.case.intended is not None]
    verified = [r.verified for r in results if r.case.resolved is not None]
    return [f"parsed {parsed}/{amendments} applied {applied}/{len(results)}",
            f"exact {sum(bool(e) for e in exact)}/{len(exact)}",
            f"verified {sum(bool(v) for v in verified)}/{len(verified)}",
            f"silent wrong {sum(r.silent_wrong for r in results)}"]


def main() -> int:
    folders = items()
    if not folders:
        print(f"fidelity: {ABSENT}", file=sys.stderr)
        return 2
    try:  # without its dependencies every item would count as a crash: parsed 0/40
        amend.read_amendment("Delete “x”.")
    except ImportError as error:
        print(f"fidelity: amend cannot run under {sys.executable} ({error}); install it "
              "first: pip install .", file=sys.stderr)
        return 2
    start = time.perf_counter()
    results = [run(load(folder)) for folder in folders]
    elapsed = time.perf_counter() - start
    print(COLUMNS.format("item", "parsed", "applied", "exact", "verified", "warn",
                         "first error"))
    for result in results:
        print(row(result))
    crashes = sum(r.crash for r in results)
    guesses = sum(r.unwitnessed_guess for r in results)
    print(f"\n{len(results)} items in {elapsed:.1f} s; {crashes} crashed (not an AmendError); "
          f"{guesses} unwarned results for uncertain narrative or rider items")
    print("\n".join(summary(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
