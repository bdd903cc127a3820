"""Prints how much ``amend minutes --jobs N`` speeds up a folder of 300 minutes items (the
items of examples/minutes, copied round until there are 300), against ``--jobs 1`` in the
same run, and checks that both print the same rows in the same order.

    python benchmarks/jobs_speed.py [--items 300] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples" / "minutes").iterdir()
                  if p.suffix in (".txt", ".html"))


def make_items(folder: Path, count: int) -> None:
    """``count`` minutes items in ``folder``: copies of the examples, numbered in order."""
    for number, example in enumerate(islice(cycle(EXAMPLES), count)):
        shutil.copy(example, folder / f"{number:04d}-{example.name}")


def timed_run(folder: Path, jobs: int) -> tuple[float, str]:
    """Seconds one ``amend minutes FOLDER --jobs N`` takes, and what it printed."""
    command = [sys.executable, "-c", "from amend_cli.main import run; run()",
               "minutes", str(folder), "--jobs", str(jobs)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"amend minutes failed ({done.returncode}): {done.stderr}")
    return elapsed, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=300)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    parser.add_argument("--jobs", type=int, default=cpus)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        make_items(folder, options.items)
        one, rows_one = timed_run(folder, 1)
        many, rows_many = timed_run(folder, options.jobs)
    same = "identical" if rows_one == rows_many else "DIFFERENT"
    print(f"{options.items} minutes items: --jobs 1 {one:.2f} s, --jobs {options.jobs} "
          f"{many:.2f} s, speed-up {one / many:.2f}x on {os.cpu_count()} CPUs; rows {same}")


if __name__ == "__main__":
    main()
