"""One standalone HTML page (inline CSS, print CSS, no scripts, nothing fetched): the redline
with ``<del>`` and ``<ins>``, the changes by amendment and part, and the resolved text; or a
check's verdict and differences with the resolution as it should have been recorded.  All
input text is escaped by Jinja2's autoescaping."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import groupby

from amend.comparison.compare import Report
from amend.engine.apply import Change, Result
from amend.motion.tree import Motion
from amend.render.redline import RedlineLine, Segment, redline_lines
from amend.render.report import difference_lines
from amend.render.text import INDENT, render_text
from amend.text.marks import Mark

Segments = list[Segment]


@cache
def _template():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(loader=PackageLoader("amend.render", "templates"),
                              autoescape=True, undefined=StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)
    environment.globals["Mark"] = Mark
    return environment.get_template("page.html.j2")


def _segments(line: RedlineLine) -> tuple[int, Segments]:
    """A redline line's depth (as amended, or as it was if deleted) and its segments, with
    the indentation taken off."""
    deleted = line.marks() == {Mark.DELETED}
    printed = line.view(Mark.INSERTED if deleted else Mark.DELETED)
    out: Segments = []
    for segment in line.segments:
        if not out:
            segment = replace(segment, text=segment.text.lstrip(" "))
            if not segment.text:
                continue
        out.append(segment)
    return (len(printed) - len(printed.lstrip(" "))) // len(INDENT), out


def _text_lines(motion: Motion) -> list[tuple[int, str]]:
    lines = [line for line in render_text(motion).split("\n") if line]
    return [((len(line) - len(line.lstrip(" "))) // len(INDENT), line.lstrip(" "))
            for line in lines]


def _changes(changes: Sequence[Change], authors: Sequence[str]) -> list:
    """The changes grouped by amendment, then by part, in the order they were made."""
    out = []
    for number, of_amendment in groupby(changes, key=lambda c: c.amendment):
        named = authors[number - 1] if number <= len(authors) else ""
        heading = f"Amendment {number}" + (f" ({named})" if named else "")
        parts = [(f"part {part}" if part is not None else "",
                  [(c.kind, c.description) for c in items])
                 for part, items in groupby(of_amendment, key=lambda c: c.part)]
        out.append((heading, parts))
    return out


def _page(**context) -> str:
    defaults = {"verdict": "", "matches": True, "differences": [], "warnings": [],
                "redline": [], "redline_heading": "Redline", "changes": [], "resolved": [],
                "resolved_heading": "Resolved"}
    return _template().render(**(defaults | context))


def render_html(original: Motion, result: Result, title: str = "Motion as amended",
                authors: Sequence[str] | None = None, report: Report | None = None) -> str:
    """The page for an applied amendment: redline, changes by amendment and part (headed by
    ``authors[k - 1]`` where given), warnings, resolved text; and a check's verdict if given."""
    context = {}
    if report is not None:
        context = {"verdict": report.verdict, "matches": report.matches,
                   "differences": _differences(report)}
    return _page(title=title, redline=[_segments(line) for line in
                                        redline_lines(original, result.motion)],
                 changes=_changes(result.changes, list(authors or [])),
                 warnings=list(result.warnings), resolved=_text_lines(result.motion),
                 resolved_heading=resolved_heading(result), **context)


def resolved_heading(result: Result) -> str:
    """The heading over the resolved text, marked where the result is unverified."""
    return "The motion as amended" + (" (unverified: see the warnings)"
                                      if result.unverified else "")


def _differences(report: Report) -> list[tuple[str, Segments]]:
    return [(heading, _segments(line)[1]) for heading, line in difference_lines(report)]


def render_check_html(report: Report, recorded: Motion, expected: Motion,
                      title: str = "Check of the recorded resolution") -> str:
    """The page for a check: verdict, each difference, and, where the record differs in
    substance, the corrections to the record and the resolution as it should have been
    recorded."""
    context = {}
    if not report.matches:
        context = {"redline": [_segments(line) for line in redline_lines(recorded, expected)],
                   "redline_heading": "Corrections to the record",
                   "resolved": _text_lines(expected),
                   "resolved_heading": "The resolution as it should have been recorded"}
    return _page(title=title, verdict=report.verdict, matches=report.matches,
                 differences=_differences(report), **context)
