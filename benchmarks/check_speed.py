"""Prints how long ``check`` takes on motions of 500 to 5,000 paragraphs against a copy with
10 edits, and the time per paragraph (flat per-paragraph time means linear growth).
Run: python benchmarks/check_speed.py"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import amend  # noqa: E402


def texts(size: int) -> tuple[str, str]:
    """A numbered motion of ``size`` distinct paragraphs, and a record with 10 edits."""
    paras = [f"({n}) notes that item {n} of the plan is to be delivered by year {n % 7};"
             for n in range(1, size + 1)]
    edited = list(paras)
    step = size // 10
    for k in range(10):
        i = k * step + step // 2
        if k % 3 == 0:
            edited[i] = edited[i].replace("delivered", "reviewed")
        elif k % 3 == 1:
            edited[i] = edited[i].replace(";", ".")
        else:
            edited[i] = ""
    return "\n\n".join(paras), "\n\n".join(p for p in edited if p)


def main() -> None:
    for size in (500, 1000, 2000, 5000):
        expected, record = texts(size)
        a, b = amend.read_motion(expected), amend.read_motion(record)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            report = amend.check(a, b)
            times.append(time.perf_counter() - start)
        best = statistics.median(times)
        print(f"{size:>5} paragraphs: {best * 1000:7.1f} ms check, "
              f"{best / size * 1e6:6.1f} µs per paragraph, {len(report.differences)} differences")


if __name__ == "__main__":
    main()
