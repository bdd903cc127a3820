"""Prints how long reading an amendment takes as its quotations grow: one instruction with 100
to 3,000 quotations that no reading parses, a chain of as many operations, as many numbered
lines of quotations after "Add at end:" (each line checked as a part that might be lost), as
many quotations each after a colon (where new text could start at every one), as many new
paragraphs each in its own quotation marks, and the chain read against a motion that holds
none of its words (so that every reading of the quotation marks is looked at, up to the
budget of ``amend.instructions.sentence``).  A flat time per quotation means linear growth.
Run: python benchmarks/quotes_speed.py"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import amend  # noqa: E402

MOTION = amend.read_motion("That this Council:\n\n(a) notes the report;\n\n(b) thanks the "
                           "officers.\n")


def seconds(text: str, motion: amend.Motion | None = None) -> float:
    """Median CPU seconds of reading ``text`` (an error is as good an answer as a reading)."""
    times = []
    for _ in range(3):
        start = time.process_time()
        try:
            amend.read_amendment(text, motion=motion)
        except amend.AmendError:
            pass
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    amend.read_amendment("Delete “x”")  # build the parser once, as a session would
    for size in (100, 1000, 3000):
        unreadable = "Delete the words " + ", ".join(["“staff”"] * size)
        chain = " and ".join(["in paragraph (b), delete “staff”"] * size)
        numbered = "Add at end:\n\n" + "\n\n".join(f"{n % 900 + 1}. “x{n}” and “y{n}”"
                                                     for n in range(size // 2))
        colons = "Delete all after: " + ": ".join(["“staff”"] * size)
        quoted = "Add at the end: " + "\n\n".join([f"“({n % 26 + 10:x}) adds;”"
                                                    for n in range(size)])
        for name, text, motion in (
                ("unreadable list", unreadable, None), ("chain", chain, None),
                ("numbered lines", numbered, None), ("after colons", colons, None),
                ("quoted paragraphs", quoted, None), ("chain, words absent", chain, MOTION)):
            took = seconds(text, motion)
            print(f"{size:>5} quotations, {name:>19}: {took * 1000:8.1f} ms, "
                  f"{took / size * 1e6:6.1f} µs per quotation")


if __name__ == "__main__":
    main()
