"""Running the papers through the facade: what the page shows, as frozen view records."""

from __future__ import annotations

from dataclasses import dataclass, replace

import amend
from amend_cli.web.papers import Papers, Tick


@dataclass(frozen=True, slots=True)
class Problem:
    """An error in the papers: where, what, and the line it is on with the words marked."""

    message: str
    source: str = ""
    line: int = 0
    before: str = ""
    marked: str = ""
    after: str = ""


@dataclass(frozen=True, slots=True)
class Box:
    """A "carried" checkbox: what it stands for, what it says, and whether it is ticked."""

    tick: Tick
    caption: str
    ticked: bool


@dataclass(frozen=True, slots=True)
class PartView:
    """One part of an amendment as read: its number (None when unnumbered), its box, its
    wording, its reading, and a box for each new paragraph it adds."""

    number: int | None
    box: Box
    instruction: str
    reading: tuple[str, ...]
    paragraphs: tuple[Box, ...]


@dataclass(frozen=True, slots=True)
class AmendmentView:
    number: int
    parts: tuple[PartView, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """Everything the page shows for one set of papers (``result`` None when nothing ran)."""

    amendments: tuple[AmendmentView, ...] = ()
    result: amend.Result | None = None
    redline: tuple = ()
    resolved: str = ""
    report: amend.Report | None = None
    differences: tuple = ()
    warnings: tuple[str, ...] = ()
    problem: Problem | None = None
    papers: Papers | None = None  # the papers as read from a minutes item, to show


def problem_of(error: amend.AmendError, texts: dict[str, str]) -> Problem:
    """The error's message and, where it has a position, its line with the word there marked."""
    span = error.span
    if span is None or span.source not in texts:
        return Problem(str(error))
    lines = texts[span.source].replace("\r\n", "\n").split("\n")
    if not 0 < span.line <= len(lines):
        return Problem(str(error), span.source, span.line)
    text, at = lines[span.line - 1], max(span.column - 1, 0)
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    return Problem(str(error), span.source, span.line, text[:at], text[at:end] or " ", text[end:])


def _ticked(papers: Papers, tick: Tick) -> bool:
    return tick.amendment > papers.seen or tick in papers.ticks


def _part_view(papers: Papers, number: int, part: amend.Part, reading: tuple[str, ...]):
    whole = Tick(number, part.number or 0)
    name = f"part {part.number}" if part.number is not None else "the amendment"
    boxes = tuple(Box(tick, f"({tick.label})", _ticked(papers, tick))
                  for tick in (Tick(number, whole.part, label) for label in part.block_labels()))
    ticked = _ticked(papers, whole) or any(box.ticked for box in boxes)
    return PartView(part.number, Box(whole, name, ticked), part.instruction, reading, boxes)


def _carried(view: AmendmentView) -> amend.Carried | None:
    """What carried of an amendment some part of which is ticked: None for all of it."""
    chosen = []
    for part in view.parts:
        labels = tuple(box.tick.label for box in part.paragraphs if box.ticked)
        if not part.box.ticked:
            continue
        whole = len(labels) == len(part.paragraphs)
        chosen.append((part.number, () if whole else labels))
    if len(chosen) == len(view.parts) and all(not labels for _, labels in chosen):
        return None
    return amend.Carried(tuple(chosen))


def from_minutes(papers: Papers) -> Papers:
    """Papers taken from a minutes item: its motion, amendments and record, with the boxes
    ticked as its votes carried."""
    item = amend.read_minutes(papers.minutes, source="minutes")
    if item.motion is None:
        raise amend.ReadError("minutes: no motion found in the item",
                              hint="paste the motion and the amendments instead")
    findings = amend.verify(item).findings
    ticks = set()
    for number, finding in enumerate(findings, 1):
        reading = amend.read_amendment(finding.amendment.text, f"amendment {number}",
                                       item.motion)
        for part in reading.parts:
            ticks.update(_carried_ticks(number, part, finding.carried))
    return Papers(item.motion_text, tuple(f.amendment.text for f in findings),
                  item.resolution_text, "", frozenset(ticks), len(findings))


def _carried_ticks(number: int, part: amend.Part, carried: amend.Carried | None) -> list[Tick]:
    """The boxes of one part that the votes ticked."""
    if carried is not None and not carried.includes(part.number):
        return []
    labels = part.block_labels()
    chosen = (carried.labels(part.number) if carried is not None else ()) or labels
    whole = Tick(number, part.number or 0)
    return [whole, *(Tick(number, whole.part, label) for label in chosen)]


def read_papers(papers: Papers) -> Outcome:
    """Read, apply what is ticked, and check the record: the page's whole job."""
    texts = {"motion": papers.motion, "record": papers.record}
    texts.update({f"amendment {n}": text for n, text in enumerate(papers.amendments, 1)})
    texts["minutes"] = papers.minutes
    try:
        if papers.minutes.strip():
            read = from_minutes(papers)
            return replace(_run(read), papers=read)
        return _run(papers)
    except amend.AmendError as error:
        return Outcome(problem=problem_of(error, texts))


def _amendments(papers: Papers, motion: amend.Motion):
    """The amendments in order: those typed, then those dropped as files."""
    for number, text in enumerate(papers.amendments, 1):
        yield amend.read_amendment(text, source=f"amendment {number}", motion=motion)
    for upload in papers.amendment_files:
        yield amend.read_amendment_data(upload.data, upload.name, motion)


def _run(papers: Papers) -> Outcome:
    motion = amend.read_motion(papers.motion, source="motion")
    views, chosen, readings = [], [], []
    for number, reading in enumerate(_amendments(papers, motion), 1):
        parts = tuple(_part_view(papers, number, part, tuple(
            amend.explain(replace(reading, parts=(part,), preamble=""), motion)))
            for part in reading.parts)
        view = AmendmentView(number, parts)
        views.append(view)
        if any(part.box.ticked for part in view.parts):
            readings.append(reading)
            chosen.append(_carried(view))
    result = amend.resolve(motion, readings, chosen)
    report = amend.check(result.motion, amend.read_motion(papers.record, source="record")) \
        if papers.record.strip() else None
    from amend.render.report import difference_lines

    return Outcome(tuple(views), result, amend.redline(result.original, result.motion),
                   amend.render_text(result.motion), report,
                   tuple(difference_lines(report)) if report else (),
                   tuple(str(w) for w in result.warnings))
