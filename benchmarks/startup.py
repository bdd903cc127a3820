"""Prints how long each ``amend`` command takes to start and finish on a small input, beside
the time Python takes to import what it cannot do without (its floor), and the ratio. All
runs are interleaved in one session, so a busy machine slows floor and command alike.

    python benchmarks/startup.py [--runs 20]

Floors: ``--help`` and ``--version`` against ``python -c "import typer"``; the commands
against ``python -c "import typer, rich.console, lark"``. The target is a ratio of 1.2 or less.
Runs use compiled bytecode, as an installed copy does (PYTHONDONTWRITEBYTECODE is dropped, and
a first run of each command writes the caches, lark's and the pickled parsers). The last column
is the ratio of CPU time (user and system) as well, which a busy machine disturbs less than
the wall clock.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "examples" / "insert-words-structured"
MINUTES = ROOT / "examples" / "minutes" / "07-amendment-lost.txt"
AMEND = [sys.executable, "-c", "from amend_cli.main import run; run()"]
TYPER = "import typer"
TYPER_RICH_LARK = "import typer, rich.console, lark"
CASES = (
    ("--help", [], TYPER),
    ("--version", [], TYPER),
    ("apply", [SMALL / "motion.txt", SMALL / "amendment.txt"], TYPER_RICH_LARK),
    ("show", [SMALL / "motion.txt"], TYPER_RICH_LARK),
    ("explain", [SMALL / "amendment.txt", "--motion", SMALL / "motion.txt"], TYPER_RICH_LARK),
    ("check", [SMALL / "motion.txt", SMALL / "amendment.txt", "--against",
               SMALL / "expected.txt"], TYPER_RICH_LARK),
    ("draft", [SMALL / "motion.txt", SMALL / "expected.txt"], TYPER_RICH_LARK),
    ("minutes", [MINUTES], TYPER_RICH_LARK),
)


ENVIRONMENT = {key: value for key, value in os.environ.items()
               if key != "PYTHONDONTWRITEBYTECODE"}


def seconds(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run, its output thrown away (so piped, as in a
    script)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                   env=ENVIRONMENT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    commands = {name: AMEND + [name, *map(str, args)] for name, args, _ in CASES}
    floors = {floor: [sys.executable, "-c", floor] for _, _, floor in CASES}
    times: dict[str, list[tuple[float, float]]] = {key: [] for key in [*commands, *floors]}
    for command in [*commands.values(), *floors.values()]:
        seconds(command)  # warm the file cache, lark's cache and the pickled parsers
    for _ in range(runs):
        for key, command in [*commands.items(), *floors.items()]:
            times[key].append(seconds(command))
    median = {key: statistics.median(wall for wall, _ in values) * 1000
              for key, values in times.items()}
    cpu = {key: statistics.median(used for _, used in values) for key, values in times.items()}
    print(f"{'command':<16}{'median':>9}   {'floor':<34}{'floor':>8}{'ratio':>8}{'cpu':>8}")
    for name, _, floor in CASES:
        print(f"amend {name:<10}{median[name]:>6.0f} ms   {floor:<34}"
              f"{median[floor]:>5.0f} ms{median[name] / median[floor]:>7.2f}x"
              f"{cpu[name] / cpu[floor]:>7.2f}x")
    print(f"(median of {runs} interleaved runs each; target: 1.20x or less)")


if __name__ == "__main__":
    main()
