"""Prints how amend's stages scale: each is timed through the facade on a motion of 5,000 and of
50,000 paragraphs (drafting: texts of 100 KB and 1 MB), with the large/small ratio of CPU time
beside the 12x bound (the input is 10x larger), the tracemalloc peak and the process's
ru_maxrss, both relative to the input's size, and whether the large size's peak is under six
times its input plus the peak of the same stage on a small item (75 paragraphs, 2 KB).
Run: python benchmarks/scaling.py [--stages check,redline ...]

Stages: floor (linear work with no amend in it: what 10x the input costs on this machine
now); read (text to tree); resolve (three parts: a word substitution, a paragraph deleted so
that the list is relettered, paragraphs added); check (against a copy with every tenth
paragraph edited: words, punctuation, capitals, dropped, added); explain (the three parts);
redline (after the relettering); delete-all-after (an imperative "Delete all after … and
replace with"); draft (to a copy with ten edits, to one with every 47th paragraph edited, and
from ten long paragraphs to a copy with a word changed in each; its input is both texts, as
check's is the motion and the record).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import amend  # noqa: E402

BOUND = 12.0
MEMORY_BOUND = 6.0  # times the input, over the peak of the same stage on a small item
LETTERS = "abcdefghijklmnopqrstuvwx"  # 24 sub-paragraphs under each numbered paragraph
SIZES = {"paragraphs": (5_000, 50_000), "bytes": (100_000, 1_000_000)}
ITEM = {"paragraphs": 75, "bytes": 2_000}  # a small item (three numbered paragraphs)


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


@cache
def motion_inputs(count: int) -> dict:
    """The texts and trees the paragraph stages read, for a motion of ``count`` paragraphs."""
    lines = paragraphs(count)
    text = motion_text(lines)
    record = motion_text(edited(lines, ("word", "punctuation", "capitals", "drop", "add"), 10))
    motion = amend.read_motion(text)
    amendment = amend.read_amendment(
        "1. the substitution of the words “by the council” for the words “by the team” in "
        "paragraph (2)\n\n2. the deletion of paragraph (1)\n\n3. the addition of the "
        "following paragraphs at the end of paragraph (3):-\n\n(y) adds one;\n\n"
        "(z) adds two;", motion=motion)
    return {"text": text, "bytes": len(text.encode()), "record": record, "motion": motion,
            "amendment": amendment}


def floor(text: str) -> object:
    """Plainly linear work on the same text, no amend in it: each line's words, and where each
    word last occurs.  Its ratio is what linear growth costs on this machine now."""
    lines = [line.split() for line in text.splitlines()]
    return {word: (n, k) for n, words in enumerate(lines) for k, word in enumerate(words)}


Prepared = tuple[Callable[[], object], int]  # what to time, and the bytes of input it reads


def prepare(stage: str, count: int) -> Prepared:
    """The run of a paragraph stage on a motion of ``count`` paragraphs."""
    given = motion_inputs(count)
    text, motion, amendment = given["text"], given["motion"], given["amendment"]
    if stage == "floor":
        return (lambda: floor(text)), given["bytes"]
    if stage == "read":
        return (lambda: amend.read_motion(text)), given["bytes"]
    if stage == "resolve":
        return (lambda: amend.resolve(motion, amendment)), given["bytes"]
    if stage == "check":
        recorded = amend.read_motion(given["record"])
        return (lambda: amend.check(motion, recorded)), given["bytes"] + len(given["record"])
    if stage == "explain":
        return (lambda: amend.explain(amendment, motion)), given["bytes"]
    if stage == "redline":
        result = amend.resolve(motion, amendment)
        return (lambda: amend.render_redline_plain(
            amend.redline_lines(result.original, result.motion))), given["bytes"]
    delete_after = amend.read_amendment(
        "Delete all after “item 3 of the plan” and replace with: “is closed.”", motion=motion)
    return (lambda: amend.resolve(motion, delete_after)), given["bytes"]


def prepare_minutes(size: int) -> Prepared:
    """``amend minutes`` on an item of about ``size`` bytes (read, verify, render)."""
    from minutes_speed import item

    from amend.render.minutes import render_item

    text = item(size)
    return (lambda: render_item(amend.verify(amend.read_minutes(text)))), len(text.encode())


def prepare_draft(stage: str, size: int) -> Prepared:
    """Drafting the amendment from a motion of about ``size`` bytes to an edited copy: with
    ten edits, with every 47th paragraph edited, or (long paragraphs) ten paragraphs of
    ``size / 10`` bytes each with one word changed."""
    if stage == "draft-long-paras":
        return prepare_long_paragraphs(size)
    if stage == "minutes":
        return prepare_minutes(size)
    lines = sized_lines(size)
    text = motion_text(lines)
    motion = amend.read_motion(text)
    every = len(lines) // 10 if stage == "draft-10-edits" else 47
    edited_text = motion_text(edited(lines, ("word", "insert", "delete", "drop", "add"), every))
    wanted = amend.read_motion(edited_text)
    return (lambda: amend.draft(motion, wanted)), len(text.encode()) + len(edited_text.encode())


def prepare_long_paragraphs(size: int) -> Prepared:
    """Ten long paragraphs of common words and numbers, one word changed in the middle of
    each."""
    paras = []
    for n in range(1, 11):
        words = [f"notes the plan for item {n * 100_000 + k} of the year"
                 for k in range(size // 450)]
        paras.append(words)
    text = motion_text([f"({n}) {' '.join(words)};" for n, words in enumerate(paras, 1)])
    for words in paras:
        words[len(words) // 2] = words[len(words) // 2].replace("plan", "programme")
    wanted = motion_text([f"({n}) {' '.join(words)};" for n, words in enumerate(paras, 1)])
    motion, edit = amend.read_motion(text), amend.read_motion(wanted)
    return (lambda: amend.draft(motion, edit)), len(text.encode()) + len(wanted.encode())


PARAGRAPH_STAGES = ("floor", "read", "resolve", "check", "explain", "redline",
                    "delete-all-after")
DRAFT_STAGES = ("draft-10-edits", "draft-1-in-47", "draft-long-paras", "minutes")


def measure(stage: str, size: int) -> dict:
    """Time a stage (the fastest of five runs, or of more up to a second of CPU: the large
    size's longer runs meet more of a shared machine's noise, so it gets five too), then trace
    its memory in a run of its own."""
    amend.read_amendment("Delete “x”")  # build the parser once, as a session would
    run, input_bytes = (prepare_draft if stage in DRAFT_STAGES else prepare)(stage, size)
    times: list[tuple[float, float]] = []
    while len(times) < 5 or (len(times) < 20 and sum(cpu for _, cpu in times) < 1.0):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    gc.collect()
    tracemalloc.start()
    run()
    traced = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB
    return {"wall": min(w for w, _ in times), "cpu": min(c for _, c in times),
            "peak": traced, "rss": rss, "input": input_bytes}


def measured(stage: str, size: int) -> dict:
    """``measure`` in a fresh process, so that no stage runs in another's heap."""
    done = subprocess.run([sys.executable, __file__, "--measure", stage, str(size)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout)


def row(stage: str, size: int, figures: dict, first: dict | None = None,
        item: dict | None = None) -> str:
    """One printed line: the figures, the ratio to the small size's CPU time and, given the
    small item's figures, whether the peak is within the memory bound."""
    if "error" in figures:
        return f"{stage:<17}{size:>10,}  {figures['error']}"
    ratio = figures["cpu"] / first["cpu"] if first and first.get("cpu") else None
    verdict = "" if ratio is None else (" ok" if ratio <= BOUND else " OVER")
    memory = ""
    if item and "peak" in item:
        memory = " ok" if figures["peak"] <= MEMORY_BOUND * figures["input"] + item["peak"] \
            else " OVER"
    return (f"{stage:<17}{size:>10,}{figures['wall']:>8.3f}{figures['cpu']:>8.3f}"
            f"{'' if ratio is None else f'{ratio:.1f}x':>8}{verdict:>7}"
            f"{figures['peak'] / 1e6:>9.1f}{figures['peak'] / figures['input']:>8.1f}"
            f"{memory:>6}{figures['rss'] / 1e6:>8.0f}{figures['rss'] / figures['input']:>7.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\nRun:")[0])
    parser.add_argument("--stages", default="", help="comma-separated stages (default: all)")
    parser.add_argument("--measure", nargs=2, metavar=("STAGE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], int(args.measure[1]))))
        return
    wanted = {s.strip() for s in args.stages.split(",") if s.strip()}
    print(f"{'stage':<17}{'size':>10}{'wall s':>8}{'cpu s':>8}{'ratio':>8}{'bound':>7}"
          f"{'peak MB':>9}{'peak/in':>8}{'bound':>6}{'rss MB':>8}{'rss/in':>7}")
    for stages, unit in ((PARAGRAPH_STAGES, "paragraphs"), (DRAFT_STAGES, "bytes")):
        for stage in (s for s in stages if not wanted or s in wanted):
            item = measured(stage, ITEM[unit]) if stage != "floor" else None
            small = measured(stage, SIZES[unit][0])
            print(row(stage, SIZES[unit][0], small), flush=True)
            print(row(stage, SIZES[unit][1], measured(stage, SIZES[unit][1]), small, item),
                  flush=True)
    print(f"ratio: CPU seconds at the large size over the small (the input is 10x; the bound "
          f"is {BOUND:.0f}x; CPU time, as the machine may be shared). Each figure comes from "
          "a fresh process. peak: tracemalloc's, in a run of its own; its bound: "
          f"{MEMORY_BOUND:.0f}x the input plus the same stage's peak on a small item "
          f"({ITEM['paragraphs']} paragraphs, {ITEM['bytes']:,} bytes); rss: the process's "
          "high-water mark (inputs included); /in: over the input's bytes.")


if __name__ == "__main__":
    main()
