"""Prints how long amend takes: seed 000 parsed and applied; 100 word substitutions applied to
motions of 5,000 and 50,000 paragraphs, and the ratio between the two (10 means apply grows in
step with the motion; 1,000 would be paragraphs × operations); "delete all after" at the
same sizes; and a word substituted throughout one paragraph where it occurs 2,000 and 20,000
times (65 KB and 650 KB: 10 means one pass over the paragraph, 100 one pass a place).
Run: python benchmarks/apply_speed.py"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import amend  # noqa: E402

OPERATIONS = 100
SIZES = (5_000, 50_000)


def timed(function, repeat: int) -> float:
    """Median seconds of ``repeat`` runs."""
    return timed_both(function, repeat)[0]


def timed_both(function, repeat: int) -> tuple[float, float]:
    """Median wall-clock and processor seconds of ``repeat`` runs (on a busy machine the
    second is the fairer measure of the work done)."""
    wall, processor = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append(time.perf_counter() - start)
        processor.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(processor)


def seed_000() -> None:
    case = ROOT / "examples" / "sheffield-alston-partial"
    motion = amend.read_motion((case / "motion.txt").read_text(encoding="utf-8"))
    amendment = amend.read_amendment((case / "amendment.txt").read_text(encoding="utf-8"),
                                      motion=motion)
    amend.resolve(motion, amendment, "3(g)(h)")


def large_motion(size: int) -> amend.Motion:
    """``size`` unlabelled paragraphs, each with its own item number."""
    return amend.read_motion("That this Council:-\n\n" + "\n\n".join(
        f"Council notes item number {n} of the plan." for n in range(1, size + 1)))


def substitutions(size: int) -> amend.Amendment:
    """``OPERATIONS`` parts, each substituting words found in one paragraph spread over all."""
    step = size // OPERATIONS
    parts = [f"{i}. the substitution of the words “entry {k}” for the words “item number {k}”"
             for i, k in enumerate(range(1, size + 1, step), start=1)]
    return amend.read_amendment("\n\n".join(parts))


def delete_all_after(size: int) -> amend.Amendment:
    return amend.read_amendment(f"Delete all after “item number {size // 2} of the plan.” and "
                                "replace with “Council resolves to act.”")


PLACES = (2_000, 20_000)


def throughout(places: int) -> tuple[amend.Motion, amend.Amendment]:
    """One paragraph where “plan” occurs ``places`` times, and its substitution throughout."""
    words = " ".join(f"notes the plan {n} of the year" for n in range(places))
    motion = amend.read_motion(f"That this Council:-\n\n(a) {words};\n\n(b) ends.")
    return motion, amend.read_amendment("Substitute “scheme” for “plan” throughout.",
                                        motion=motion)


def main() -> None:
    amend.read_amendment("Delete “x”")  # build the parser once, as a session would
    print(f"seed 000, parse and apply Alston 3(g)(h): {timed(seed_000, 10) * 1000:.1f} ms")
    for name, amendment_of in (("word substitutions", substitutions),
                               ("delete all after", delete_all_after)):
        times = []
        for size in SIZES:
            motion, amendment = large_motion(size), amendment_of(size)
            count = sum(len(p.operations) for p in amendment.parts)
            wall, processor = timed_both(lambda m=motion, a=amendment: amend.resolve(m, a), 3)
            times.append(processor)
            print(f"{size:,} paragraphs, {count} {name}: apply {wall * 1000:.0f} ms "
                  f"({processor * 1000:.0f} ms of processor time)")
        print(f"  {SIZES[0]:,} -> {SIZES[-1]:,} paragraphs: {times[-1] / times[0]:.1f} times "
              "the processor time")
    times = []
    for places in PLACES:
        motion, amendment = throughout(places)
        wall, processor = timed_both(lambda m=motion, a=amendment: amend.resolve(m, a), 3)
        times.append(processor)
        print(f"a substitution throughout one paragraph, {places:,} places: apply "
              f"{wall * 1000:.0f} ms ({processor * 1000:.0f} ms of processor time)")
    print(f"  {PLACES[0]:,} -> {PLACES[-1]:,} places: {times[-1] / times[0]:.1f} times the "
          "processor time")


if __name__ == "__main__":
    main()
