"""A verified minutes item as plain text, a folder of items as a table, or JSON."""

from __future__ import annotations

from amend.minutes.verify import ItemReport, Verdict
from amend.render.report import render_report_plain

UNREADABLE = "unreadable"


def item_lines(result: ItemReport) -> list[str]:
    """The item's summary: the motion, each amendment and its fate, the check."""
    item = result.item
    motion = item.motion
    lines = [f"{item.source}"]
    if motion is not None:
        lines.append(f"  motion: {len(motion.paragraphs)} paragraphs")
    for finding in result.findings:
        moved = finding.amendment
        lines.append(f"  amendment {moved.order} ({moved.mover or 'mover not named'}"
                     f"{', seconded by ' + moved.seconder if moved.seconder else ''}): "
                     f"{finding.outcome}; {finding.applied}")
    for alteration in item.alterations:
        lines.append(f"  alteration by leave: {alteration}")
    unverifying = (set(result.result.unverified_reasons)
                   if result.verdict is Verdict.UNVERIFIED else set())
    for warning in result.warnings:
        lines.append(f"  {'UNVERIFIED' if warning in unverifying else 'warning'}: {warning}")
    if result.report is not None:
        lines.extend("  " + line for line in render_report_plain(result.report).splitlines())
    else:
        lines.append(f"  {result.summary}")
    return lines


def render_item(result: ItemReport) -> str:
    return "\n".join(item_lines(result)) + "\n"


def table_rows(results: list[tuple[str, ItemReport | None, str]]) -> list[tuple[str, ...]]:
    """One row per item: name, amendments, verdict (or the error that stopped it)."""
    rows = []
    for name, result, error in results:
        if result is None:
            rows.append((name, "-", f"unreadable: {error}"))
            continue
        count = len(result.warnings)
        warned = f" ({count} warning{'s' * (count != 1)})" if count else ""
        rows.append((name, str(len(result.findings)), result.summary + warned))
    return rows


def total_line(results: list[tuple[str, ItemReport | None, str]]) -> str:
    verdicts = [r.verdict for _, r, _ in results if r is not None]
    verified = verdicts.count(Verdict.VERIFIED)
    differ = verdicts.count(Verdict.DIFFERS)
    unverified = verdicts.count(Verdict.UNVERIFIED)
    nothing = verdicts.count(Verdict.NOTHING_TO_VERIFY)
    broken = len(results) - len(verdicts)
    return (f"{len(results)} items: {verified} verified, {differ} differ, "
            f"{unverified} unverified, {nothing} with nothing to verify, {broken} unreadable")


def render_table(results: list[tuple[str, ItemReport | None, str]]) -> str:
    rows = [("item", "amendments", "verdict")] + table_rows(results)
    width = [max(len(row[i]) for row in rows) for i in range(2)]
    lines = [f"{a:<{width[0]}}  {b:>{width[1]}}  {c}" for a, b, c in rows]
    return "\n".join(lines + [total_line(results)]) + "\n"


def render_minutes_json(results: list[tuple[str, ItemReport | None, str]]) -> str:
    """``amend minutes``'s JSON: every item, and the count of each verdict."""
    from amend.render.json_minutes import render_minutes_json as render

    return render(results)
