"""Prints how long ``amend minutes`` takes on a 100 KB and a 1 MB minutes item, and the
ratio of the two (about 10 when the time grows with the size; about 100 if it grew with its
square); then the same for HTML pages nested 1,000 and 10,000 elements deep, against the
time BeautifulSoup alone takes to parse them.  Times are CPU seconds (the same on a busy
machine as on an idle one); the run of the command line also shows the time on the clock.
Run: python benchmarks/minutes_speed.py"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import amend  # noqa: E402
from amend.render.minutes import render_item  # noqa: E402
from amend.text.html import html_to_text  # noqa: E402

SEEDS = ROOT / "tests" / "data" / "seeds"


def timed(function, repeat: int = 3) -> float:
    """Median CPU seconds of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return statistics.median(times)


def _seed(number: int) -> str:
    return next(SEEDS.glob(f"{number:03d}_*.txt")).read_text(encoding="utf-8")


def _narrative() -> list[str]:
    """The minutes of seed 003 without their numbers: real discussion, one minute a line."""
    lines = _seed(3).split("Minutes:", 1)[1].splitlines()
    return [line.split(" ", 1)[1] for line in lines
            if line[:3] == "38." and "RESOLVED" not in line]


def _sentences() -> list[str]:
    """The clauses of seed 000's motion, to fill a long motion with real words."""
    lines = _seed(0).split("That this Council:-", 1)[1].split("Minutes:", 1)[0].splitlines()
    return [line.split(None, 1)[1].rstrip(";:-. and") for line in lines
            if line.startswith("(") and len(line.split(None, 1)) == 2]


def item(size: int) -> str:
    """A minutes item of about ``size`` characters: numbered discussion, a motion of many
    paragraphs, an amendment that carried, and the resolution as recorded."""
    narrative, sentences = _narrative(), _sentences()
    lines = ["Minutes:", ""]
    minute = 0
    while sum(len(line) + 1 for line in lines) < size // 2:
        lines += [f"12.{minute + 1} {narrative[minute % len(narrative)]}", ""]
        minute += 1
    paragraphs = []
    while sum(len(p) + 2 for p in paragraphs) < size // 4:
        n = len(paragraphs) + 1
        paragraphs.append(f"({n}) {sentences[n % len(sentences)]} (point {n});")
    resolved = list(paragraphs)
    resolved[2] = resolved[2].replace("(point 3)", "(point three)")
    lines += ["It was moved by Councillor Jackie Drayton, seconded by Councillor Dawn Dale, "
              "that this Council:-", "", *"\n\n".join(paragraphs).split("\n"), "",
              "An amendment was moved by Councillor Sue Alston, seconded by Councillor Mike "
              "Levery:-", "",
              "That the Motion now submitted be amended by the substitution of the words "
              "“(point three)” for the words “(point 3)” in paragraph (3).", "",
              "The amendment was put to the vote and was carried.", "",
              "RESOLVED: That this Council:-", "", *"\n\n".join(resolved).split("\n")]
    return "\n".join(lines) + "\n"


def nested_page(depth: int) -> str:
    """An HTML minutes page whose text sits ``depth`` elements deep."""
    body = _seed(0).split("Minutes:", 1)[1]
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
    return ("<!DOCTYPE html><html><body>" + "<div>" * depth + "<h3>Minutes:</h3>" + paragraphs
            + "</div>" * depth + "</body></html>")


def run_item(text: str) -> str:
    return render_item(amend.verify(amend.read_minutes(text)))


def main() -> None:
    run_item(item(10_000))  # build the parsers once, as a session would
    small, large = item(100_000), item(1_000_000)
    time_small, time_large = timed(lambda: run_item(small)), timed(lambda: run_item(large), 1)
    print(f"minutes item {len(small) // 1000} KB: {time_small:.2f} s; "
          f"{len(large) // 1000} KB: {time_large:.2f} s; "
          f"ratio {time_large / time_small:.1f} for {len(large) / len(small):.1f} times the text")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "item.txt"
        path.write_text(large, encoding="utf-8")
        command = [sys.executable, "-c", "from amend_cli.main import run; run()", "minutes",
                   str(path)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        clock = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        print(f"amend minutes on the {len(large) // 1000} KB item, start-up included: "
              f"{cpu:.2f} s ({clock:.2f} s on the clock)")
    from bs4 import BeautifulSoup

    for depth in (1_000, 10_000):
        page = nested_page(depth)
        floor = timed(lambda page=page: BeautifulSoup(page, "html.parser"))
        took = timed(lambda page=page: html_to_text(page))
        print(f"HTML page {depth:>6} elements deep ({len(page) // 1000} KB): "
              f"{took * 1000:.0f} ms to text, {took / floor:.1f} times BeautifulSoup's parse")


if __name__ == "__main__":
    main()
