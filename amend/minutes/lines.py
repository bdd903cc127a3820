"""The lines of a minutes item that carry its record: from "Minutes:" on, without the page
furniture we can name, and without the numbers that number its minutes.

Named furniture: a page footer ("Page 3", "Page 3 of 7", "1 Page 1"); bare page numbers
that count up one by one (3, 4, 5); and a running header or footer, the same line at the
top or bottom of two pages or more.  Everything else is kept, "2024" alone on a line too.
Minute numbers ("38.2 Councillor Brown thanked …") are the numbers that count the item's
minutes one by one (38.1, 38.2, …); "9.9 million" elsewhere is text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from amend.text.source import normalise_line, physical_lines

_FOOTER = re.compile(r"^(page\s+\d{1,4}(\s+of\s+\d{1,4})?|\d{1,4}\s+page\s+\d{1,4})$",
                     re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_MINUTE = re.compile(r"^(\d{1,4})\.(\d{1,3})(?:\.(\d{1,3}))?\.?(?:\s+|$)")
_MINUTES_HEADING = re.compile(r"^minutes\s*:?$", re.IGNORECASE)
MIN_RUN = 2
MAX_RUNNING = 80  # a running header or footer is a short line, not a paragraph that recurs


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the item as read (spaces normalised) and its 1-based line number."""

    text: str
    number: int


def _page_numbers(lines: list[Line]) -> set[int]:
    """Indexes of bare page numbers: lines of a number alone that count up one by one."""
    found = [(i, int(line.text)) for i, line in enumerate(lines) if _PAGE_NUMBER.match(line.text)]
    chosen: set[int] = set()
    run: list[int] = []
    for k, (i, value) in enumerate(found):
        if run and value == found[k - 1][1] + 1:
            run.append(i)
            continue
        if len(run) >= MIN_RUN:
            chosen.update(run)
        run = [i]
    if len(run) >= MIN_RUN:
        chosen.update(run)
    return chosen


def _neighbour(lines: list[Line], index: int, step: int) -> int | None:
    """The index of the nearest non-blank line before (step -1) or after (step 1) ``index``."""
    index += step
    while 0 <= index < len(lines) and not lines[index].text:
        index += step
    return index if 0 <= index < len(lines) else None


def _could_run(text: str) -> bool:
    """Whether a line could be a running header or footer: short, and not ending a clause."""
    return len(text) <= MAX_RUNNING and not text.endswith((";", ":", ","))


def _running_lines(lines: list[Line], breaks: set[int]) -> set[int]:
    """Indexes of running headers and footers: a line next to two page breaks or more."""
    chosen: set[int] = set()
    for step in (-1, 1):
        beside: dict[str, list[int]] = {}
        for index in sorted(breaks):
            near = _neighbour(lines, index, step)
            if near is not None and near not in breaks and _could_run(lines[near].text):
                beside.setdefault(lines[near].text, []).append(near)
        for text, places in beside.items():
            if len(places) >= MIN_RUN:
                chosen.update(places)
                first = _neighbour(lines, -1, 1)  # the first page's header has no break above
                if step == 1 and first is not None and lines[first].text == text:
                    chosen.add(first)
    return chosen


def furniture(lines: list[Line]) -> set[int]:
    """Indexes of the page furniture among the lines."""
    footers = {i for i, line in enumerate(lines) if _FOOTER.match(line.text)}
    breaks = footers | _page_numbers(lines)
    return breaks | _running_lines(lines, breaks)


def _minute_runs(numbers: dict[int, tuple[int, int, int | None]]) -> set[int]:
    """Indexes of the minutes N.1, N.2, … that count up one by one in reading order (the
    longest such run for each N, two minutes at least)."""
    longest: dict[tuple[int, int], tuple[int, int]] = {}  # (N, m) -> (run length, line index)
    previous: dict[int, int | None] = {}  # line index -> the number before it in its run
    for i, (major, minor, sub) in numbers.items():
        if sub is not None:
            continue
        length, before = longest.get((major, minor - 1), (0, None))
        if length + 1 > longest.get((major, minor), (0, None))[0]:
            longest[(major, minor)] = (length + 1, i)
            previous[i] = before
    tops: dict[int, tuple[int, int]] = {}
    for (major, _), (length, last) in longest.items():
        if length >= MIN_RUN and length > tops.get(major, (0, 0))[0]:
            tops[major] = (length, last)
    chosen: set[int] = set()
    for _, last in tops.values():
        index: int | None = last
        while index is not None:
            chosen.add(index)
            index = previous[index]
    return chosen


def minute_numbers(lines: list[Line]) -> dict[int, int]:
    """Where each minute number ends, by line index: the numbers that count the item's
    minutes (38.1, 38.2, …), and under them the sub-minutes that count up from one (8.4.1)."""
    numbers: dict[int, tuple[int, int, int | None]] = {}
    ends: dict[int, int] = {}
    for i, line in enumerate(lines):
        match = _MINUTE.match(line.text)
        if match is not None:
            sub = int(match.group(3)) if match.group(3) else None
            numbers[i] = (int(match.group(1)), int(match.group(2)), sub)
            ends[i] = match.end()
    chosen = _minute_runs(numbers)
    minutes = {numbers[i][:2] for i in chosen}
    counted: dict[tuple[int, int], int] = {}  # the last sub-minute under each minute
    for i, (major, minor, sub) in numbers.items():
        minute = (major, minor)
        if sub is not None and minute in minutes and sub == counted.get(minute, 0) + 1:
            counted[minute] = sub
            chosen.add(i)
    return {i: ends[i] for i in chosen}


def lines_of_item(text: str) -> tuple[Line, ...]:
    """The item's lines from "Minutes:" on (if present), without page furniture or minute
    numbers; runs of blank lines become one, and there is none at the start."""
    lines = [Line(normalise_line(line), n) for n, line in enumerate(physical_lines(text), 1)]
    dropped = furniture(lines)  # found on every page, the item's heading's too
    start = next((i for i, line in enumerate(lines) if _MINUTES_HEADING.match(line.text)), -1)
    lines = [line for i, line in enumerate(lines) if i > start and i not in dropped]
    numbered = minute_numbers(lines)
    out: list[Line] = []
    for i, line in enumerate(lines):
        body = line.text[numbered[i]:] if i in numbered else line.text
        if body or (out and out[-1].text):
            out.append(Line(body, line.number))
    return tuple(out)


def joined(lines: tuple[Line, ...]) -> str:
    """The lines' texts, a paragraph each (what the item says, wherever it stands)."""
    return "\n\n".join(line.text.strip() for line in lines if line.text)


def placed(lines: tuple[Line, ...]) -> str:
    """The lines as one text in which each stands on its line of the file: blank lines before
    the first, and between lines where the file has them (or furniture), so that a position
    read in the text is the position in the file."""
    kept = [line for line in lines if line.text]
    if not kept:
        return ""
    pieces = ["\n" * (kept[0].number - 1), kept[0].text]
    for before, line in zip(kept, kept[1:], strict=False):
        pieces += ["\n" * max(line.number - before.number, 1), line.text]
    return "".join(pieces) + "\n"
