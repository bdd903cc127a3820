"""A check report as plain text (verdict, then each difference as an inline redline) or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict

from amend.comparison.compare import Report
from amend.render.redline import RedlineLine, plain_line, word_segments


def difference_lines(report: Report) -> list[tuple[str, RedlineLine]]:
    """Each difference's heading ("wording at (b)") and its inline redline."""
    out = []
    for difference in report.differences:
        heading = f"{difference.kind} at {difference.where}"
        if difference.recorded_span:
            heading += f" (record line {difference.recorded_span.line})"
        elif difference.expected_span:
            heading += f" (expected from {difference.expected_span.source} line " \
                       f"{difference.expected_span.line})"
        out.append((heading, RedlineLine(word_segments(difference.expected,
                                                       difference.recorded))))
    return out


def render_report_plain(report: Report) -> str:
    """The verdict line, then each difference with ``[-expected-]`` and ``{+recorded+}``."""
    lines = [report.verdict]
    for heading, redline in difference_lines(report):
        lines.append(f"- {heading}:")
        lines.append("    " + plain_line(redline))
    return "\n".join(lines) + "\n"


def render_report_json(report: Report) -> str:
    """The report as a JSON document."""
    document = {"verdict": report.verdict, "matches": report.matches,
                "differences": [dict(asdict(d), substantive=d.substantive)
                                for d in report.differences]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
