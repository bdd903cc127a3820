"""Prints how long amend takes: seed 000 parsed and applied, and 100 operations applied to a
2,000-paragraph motion.  Run: python benchmarks/apply_speed.py"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import amend  # noqa: E402


def timed(function, repeat: int) -> float:
    """Median seconds of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def seed_000() -> None:
    case = ROOT / "examples" / "sheffield-alston-partial"
    motion = amend.read_motion((case / "motion.txt").read_text(encoding="utf-8"))
    amendment = amend.read_amendment((case / "amendment.txt").read_text(encoding="utf-8"),
                                      motion=motion)
    amend.resolve(motion, amendment, "3(g)(h)")


def large_motion() -> tuple[amend.Motion, amend.Amendment]:
    text = "\n\n".join(f"({n}) notes item number {n} of the plan;" for n in range(1, 2001))
    motion = amend.read_motion(text)
    parts = [f"{i}. the substitution of the words “entry {k}” for the words “item number {k}”"
             f" in paragraph ({k})" for i, k in enumerate(range(1, 2001, 20), start=1)]
    amendment = amend.read_amendment("\n\n".join(parts))
    return motion, amendment


def main() -> None:
    amend.read_amendment("Delete “x”")  # build the parser once, as a session would
    print(f"seed 000, parse and apply Alston 3(g)(h): {timed(seed_000, 10) * 1000:.1f} ms")
    start = time.perf_counter()
    motion, amendment = large_motion()
    parse_time = time.perf_counter() - start
    count = sum(len(p.operations) for p in amendment.parts)
    apply_time = timed(lambda: amend.resolve(motion, amendment), 3)
    print(f"2,000-paragraph motion and {count} operations: read {parse_time * 1000:.0f} ms, "
          f"apply {apply_time * 1000:.0f} ms")


if __name__ == "__main__":
    main()
