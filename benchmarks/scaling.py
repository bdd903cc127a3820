"""Prints how amend's stages scale: each is timed through the facade on a motion of 5,000 and of
50,000 paragraphs (drafting: texts of 100 KB and 1 MB), with the large/small ratio of CPU time
beside the 12x bound (the input is 10x larger), the tracemalloc peak and the process's
ru_maxrss, both relative to the input's size.
Run: python benchmarks/scaling.py [--stages check,redline ...]

Stages: read (text to tree); resolve (three parts: a word substitution, a paragraph deleted so
that the list is relettered, paragraphs added); check (against a copy with every tenth
paragraph edited: words, punctuation, capitals, dropped, added); explain (the three parts);
redline (after the relettering); delete-all-after (an imperative "Delete all after … and
replace with"); draft (to a copy with ten edits, and to one with every 47th paragraph edited).
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import amend  # noqa: E402

BOUND = 12.0
LETTERS = "abcdefghijklmnopqrstuvwx"  # 24 sub-paragraphs under each numbered paragraph
SIZES = {"paragraphs": (5_000, 50_000), "bytes": (100_000, 1_000_000)}


def paragraphs(count: int) -> list[str]:
    """Numbered paragraphs, each followed by lettered sub-paragraphs, ``count`` in all, every
    one's words distinct (numbered lists stop at 3999, so the length is in the sub-lists)."""
    lines: list[str] = []
    top = 0
    while len(lines) < count:
        top += 1
        lines.append(f"({top}) notes that item {top} of the plan is to be delivered in year "
                     f"{top % 7} by the team:-")
        lines.extend(f"({c}) with part {c} of item {top} costing {top * 31 % 997} pounds;"
                     for c in LETTERS[:count - len(lines)])
    return lines


def motion_text(lines: list[str]) -> str:
    return "That this Council:-\n\n" + "\n\n".join(lines) + "\n"


def sized_lines(size: int) -> list[str]:
    """As many paragraphs as make a text of about ``size`` bytes."""
    per_line = len(motion_text(paragraphs(250)).encode()) / 250
    return paragraphs(round(size / per_line))


EDITS = {
    "word": lambda line: line.replace("costing", "priced at").replace("by the", "for the"),
    "insert": lambda line: line.replace(" pounds", " pounds in total").replace(
        " the team", " the whole team"),
    "delete": lambda line: line.replace("with part", "part").replace("notes that", "notes"),
    "punctuation": lambda line: line[:-1] + ("." if line.endswith(";") else ";"),
    "capitals": lambda line: line.replace("with", "With").replace("notes", "Notes"),
    "drop": lambda line: "",
    "add": lambda line: f"{line}\n\n(y) with a further part added in the record;",
}


def edited(lines: list[str], kinds: tuple[str, ...], every: int) -> list[str]:
    """A copy with every ``every``-th paragraph edited, the kinds of edit taken in turn."""
    out = list(lines)
    for n, i in enumerate(range(every // 2, len(lines), every)):
        kind = kinds[n % len(kinds)]
        if kind == "add":  # after a sub-list's last item, (x)
            i = next((k for k in range(i, len(lines)) if lines[k].startswith("(x)")), i)
        elif kind == "drop" and lines[i][1].isdigit():
            i += 1  # a sub-paragraph (its sub-list would join the paragraph before)
        out[i] = EDITS[kind](out[i])
    return [line for line in out if line]


@dataclass(frozen=True, slots=True)
class Case:
    """One stage at one size: what to run, and how many bytes of input it reads."""

    stage: str
    size: int
    run: Callable[[], object]
    input_bytes: int


def paragraph_cases(count: int) -> list[Case]:
    """Every stage but drafting, on a motion of ``count`` paragraphs."""
    lines = paragraphs(count)
    text = motion_text(lines)
    record = motion_text(edited(lines, ("word", "punctuation", "capitals", "drop", "add"), 10))
    motion = amend.read_motion(text)
    recorded = amend.read_motion(record)
    amendment = amend.read_amendment(
        "1. the substitution of the words “by the council” for the words “by the team” in "
        "paragraph (2)\n\n2. the deletion of paragraph (1)\n\n3. the addition of the "
        "following paragraphs at the end of paragraph (3):-\n\n(y) adds one;\n\n"
        "(z) adds two;", motion=motion)
    relettered = amend.resolve(motion, amendment)
    delete_after = amend.read_amendment(
        "Delete all after “item 3 of the plan” and replace with: “is closed.”", motion=motion)
    size = len(text.encode())
    return [
        Case("read", count, lambda: amend.read_motion(text), size),
        Case("resolve", count, lambda: amend.resolve(motion, amendment), size),
        Case("check", count, lambda: amend.check(motion, recorded), size + len(record)),
        Case("explain", count, lambda: amend.explain(amendment, motion), size),
        Case("redline", count, lambda: amend.render_redline_plain(
            amend.redline(relettered.original, relettered.motion)), size),
        Case("delete-all-after", count, lambda: amend.resolve(motion, delete_after), size),
    ]


def draft_cases(size: int) -> list[Case]:
    """Drafting the amendment from a motion of about ``size`` bytes to an edited copy: with
    ten edits, and with an edit in every 47th paragraph."""
    lines = sized_lines(size)
    text = motion_text(lines)
    motion = amend.read_motion(text)
    kinds = ("word", "insert", "delete", "drop", "add")
    few = amend.read_motion(motion_text(edited(lines, kinds, len(lines) // 10)))
    many = amend.read_motion(motion_text(edited(lines, kinds, 47)))
    return [Case("draft, 10 edits", size, lambda: amend.draft(motion, few), len(text)),
            Case("draft, 1 in 47", size, lambda: amend.draft(motion, many), len(text))]


def seconds(run: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of the fastest of three runs (of one, if it takes over 3 s)."""
    times: list[tuple[float, float]] = []
    while len(times) < 3 and sum(cpu for _, cpu in times) < 3.0:
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return min(wall for wall, _ in times), min(cpu for _, cpu in times)


def peak(run: Callable[[], object]) -> int:
    """The tracemalloc peak of one run, in bytes."""
    gc.collect()
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def maxrss() -> int:
    """The process's resident high-water mark so far, in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def measure(case: Case) -> tuple[float, float, int, int]:
    wall, cpu = seconds(case.run)
    return wall, cpu, peak(case.run), maxrss()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\nRun:")[0])
    parser.add_argument("--stages", default="", help="comma-separated stages (default: all)")
    wanted = {s for s in parser.parse_args().stages.split(",") if s}
    amend.read_amendment("Delete “x”")  # build the parser once, as a session would
    print(f"{'stage':<17}{'size':>10}{'wall s':>8}{'cpu s':>8}{'ratio':>8}{'bound':>7}"
          f"{'peak MB':>9}{'peak/in':>8}{'rss MB':>8}{'rss/in':>7}")
    for build, sizes in ((paragraph_cases, SIZES["paragraphs"]), (draft_cases, SIZES["bytes"])):
        results: dict[str, list[tuple[Case, float, float, int, int]]] = {}
        for size in sizes:
            for case in build(size):
                if not wanted or case.stage in wanted:
                    results.setdefault(case.stage, []).append((case, *measure(case)))
                    report(results[case.stage])
    print(f"ratio: CPU seconds at the large size over the small (the input is 10x; the bound "
          f"is {BOUND:.0f}x; CPU time, as the machine may be shared). peak: tracemalloc's, "
          "in a run of its own; rss: the process's high-water mark so far; /in: over the "
          "input's bytes.")


def report(rows: list[tuple[Case, float, float, int, int]]) -> None:
    """Print the latest row, with the ratio to the first row of the same stage."""
    case, wall, cpu, traced, rss = rows[-1]
    first_cpu = rows[0][2]
    ratio = cpu / first_cpu if len(rows) > 1 and first_cpu else None
    verdict = "" if ratio is None else (" ok" if ratio <= BOUND else " OVER")
    print(f"{case.stage:<17}{case.size:>10,}{wall:>8.3f}{cpu:>8.3f}"
          f"{'' if ratio is None else f'{ratio:.1f}x':>8}{verdict:>7}"
          f"{traced / 1e6:>9.1f}{traced / case.input_bytes:>8.1f}"
          f"{rss / 1e6:>8.0f}{rss / case.input_bytes:>7.0f}", flush=True)


if __name__ == "__main__":
    main()
