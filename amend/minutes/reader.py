"""A minutes item: the motion as moved, the amendments with their movers and votes, and the
resolution recorded.  Each line is an event (grammar/minutes.lark and its Transformer, or
"RESOLVED:") or text; the text after an event is what the event introduces, and the Item is
built from the events in order, one small step per kind of event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from amend.errors import ReadError, Span
from amend.minutes.events import (
    AmendmentMoved,
    Division,
    End,
    Event,
    Leave,
    Moved,
    Outcome,
    Resolved,
    Substantive,
    Verdict,
    Vote,
    Votes,
)
from amend.minutes.lines import Line, joined, lines_of_item, placed
from amend.minutes.sentences import event_of
from amend.motion.tree import Motion, parse_motion
from amend.text.collector import fewer_collections
from amend.text.html import html_to_text, looks_like_html

__all__ = ["Item", "MovedAmendment", "Notice", "Outcome", "Section", "read_minutes",
           "sections_of"]


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the reader had to guess, or could not place, and the line that said it."""

    message: str
    span: Span

    def __str__(self) -> str:
        return f"{self.span}: {self.message}"


@dataclass(frozen=True, slots=True)
class MovedAmendment:
    """An amendment as the minutes record it: order, mover, seconder, text and outcome."""

    order: int
    mover: str
    seconder: str
    text: str
    outcome: Outcome | None = None
    span: Span | None = field(default=None, compare=False)
    lines: tuple[Line, ...] = field(default=(), compare=False)  # where the text stands

    @property
    def placed_text(self) -> str:
        """The text, each line where it stands in the file (positions read in it are the
        file's)."""
        return placed(self.lines) if self.lines else self.text


@dataclass(frozen=True, slots=True)
class Item:
    """A minutes item as read: the motion moved, the amendments, and the resolution, as text
    and read into trees (None where the item has none)."""

    motion_text: str
    amendments: tuple[MovedAmendment, ...]
    resolution_text: str
    alterations: tuple[str, ...] = ()
    source: str = field(default="minutes", compare=False)
    motion: Motion | None = field(default=None, compare=False)
    resolution: Motion | None = field(default=None, compare=False)
    notices: tuple[Notice, ...] = field(default=(), compare=False)


def _tree(text: str, source: str) -> Motion | None:
    return parse_motion(text, source) if text.strip() else None


@dataclass(frozen=True, slots=True)
class Section:
    """An event, the line that states it, and the lines of text after it up to the next."""

    event: Event
    line: Line
    lines: tuple[Line, ...]


def sections_of(lines: tuple[Line, ...]) -> tuple[Section, ...]:
    """The item's lines grouped by event; text before the first event belongs to none."""
    sections: list[Section] = []
    start, event = -1, None
    for i, line in enumerate(lines):
        found = event_of(line.text) if line.text else None
        if found is None:
            continue
        if event is not None:
            sections.append(Section(event, lines[start], lines[start + 1:i]))
        start, event = i, found
    if event is not None:
        sections.append(Section(event, lines[start], lines[start + 1:]))
    return tuple(sections)


@dataclass(frozen=True, slots=True)
class _Reading:
    """The item as read so far."""

    source: str
    motion: tuple[Line, ...] = ()
    amendments: tuple[MovedAmendment, ...] = ()
    resolution: tuple[Line, ...] = ()
    alterations: tuple[str, ...] = ()
    altered: tuple[Line, ...] = ()
    notices: tuple[Notice, ...] = ()
    previous: Event | None = None  # the event of the section before this one

    def notice(self, section: Section, message: str) -> _Reading:
        """The reading with a notice about the section's line."""
        return self.noticed(message, Span(self.source, section.line.number, 1))

    def noticed(self, message: str, span: Span) -> _Reading:
        """The reading with a notice about the place ``span``."""
        return replace(self, notices=self.notices + (Notice(message, span),))


def _opened(text: str, section: Section) -> tuple[Line, ...]:
    """The text an event opens on its own line (where it stands on that line), then the
    lines after it."""
    if not text:
        return section.lines
    column = max(section.line.text.rfind(text), 0)
    return (Line(" " * column + text, section.line.number), *section.lines)


def _moved(reading: _Reading, event: Moved, section: Section) -> _Reading:
    return replace(reading, motion=_opened(event.text, section))


def _amendment_moved(reading: _Reading, event: AmendmentMoved, section: Section) -> _Reading:
    """A new amendment; one that only names the heading before it ("Amendment:", with no text
    and no mover) is the same amendment."""
    last = reading.amendments[-1] if reading.amendments else None
    if (isinstance(reading.previous, AmendmentMoved) and last is not None and not last.mover
            and not last.text.strip()):
        reading = replace(reading, amendments=reading.amendments[:-1])
    order = len(reading.amendments) + 1
    lines = _opened(event.text, section)
    moved = MovedAmendment(order, event.mover, event.seconder, joined(lines), None,
                           Span(reading.source, section.line.number, 1), lines)
    return replace(reading, amendments=reading.amendments + (moved,))


def _vote(reading: _Reading, event: Vote, section: Section) -> _Reading:
    """The vote's outcome to the amendment it names, else to the first without one; a
    notice where that is a guess, or where no amendment can take the vote."""
    subject = event.subject
    named = [a for a in reading.amendments if subject.names(a.order, a.mover)]
    pending = [a for a in reading.amendments if a.outcome is None]
    chosen = named[:1] or pending[:1]
    if not chosen:
        return reading.notice(section, f"a vote on {subject.describe()}, but no amendment "
                                       "read before it is still to be voted on; not counted")
    if subject.named and not named:
        reading = reading.notice(section, f"the vote names {subject.describe()}, which no "
                                          "amendment read matches; counted for amendment "
                                          f"{chosen[0].order}, the next without a vote")
    elif chosen[0].outcome is not None:
        reading = reading.notice(section, f"amendment {chosen[0].order} is voted on a second "
                                          "time; the later vote counts")
    return _with_outcome(reading, {chosen[0].order}, event.outcome)


def _verdict(reading: _Reading, event: Verdict, section: Section) -> _Reading:
    """A verdict on a line of its own counts for the amendment whose text it follows, and
    for nothing else (after other sentences it is the motion's); a notice where an amendment
    is still without a vote, as it may have been meant for one."""
    last = reading.amendments[-1] if reading.amendments else None
    if isinstance(reading.previous, AmendmentMoved) and last is not None and last.outcome is None:
        return _with_outcome(reading, {last.order}, event.outcome)
    if any(a.outcome is None for a in reading.amendments):
        return reading.notice(section, f"“{section.line.text.strip()}” on a line of its own "
                                       "does not follow an amendment's text; not counted for "
                                       "an amendment")
    return reading


def _votes(reading: _Reading, event: Votes, section: Section) -> _Reading:
    """One outcome for several amendments not yet voted on: all, or those named."""
    orders = {a.order for a in reading.amendments if a.outcome is None
              and (event.every or a.order in event.orders)}
    if not orders or (not event.every and len(orders) < len(event.orders)):
        reading = reading.notice(section, f"a vote on {len(event.orders) or 'all the'} "
                                          f"amendments, but {len(orders)} read before it "
                                          "are still to be voted on; counted for those")
    return _with_outcome(reading, orders, event.outcome)


def _with_outcome(reading: _Reading, orders: set[int], outcome: Outcome) -> _Reading:
    amendments = tuple(replace(a, outcome=outcome) if a.order in orders else a
                       for a in reading.amendments)
    return replace(reading, amendments=amendments)


def _substantive(reading: _Reading, event: Substantive, section: Section) -> _Reading:
    return replace(reading, resolution=section.lines) if event.text_follows else reading


def _resolved(reading: _Reading, event: Resolved, section: Section) -> _Reading:
    return replace(reading, resolution=_opened(event.text, section))


def _leave(reading: _Reading, _event: Leave, section: Section) -> _Reading:
    """Leave to alter: the sentence is recorded; the text after it is the motion as altered."""
    return replace(reading, alterations=reading.alterations + (section.line.text,),
                   altered=section.lines)


def _nothing(reading: _Reading, _event: Event, _section: Section) -> _Reading:
    return reading


_STEPS: dict[type, Callable[[_Reading, Event, Section], _Reading]] = {
    Moved: _moved, AmendmentMoved: _amendment_moved, Vote: _vote, Votes: _votes,
    Verdict: _verdict,
    Substantive: _substantive, Resolved: _resolved, Leave: _leave, Division: _nothing,
    End: _nothing,
}


@fewer_collections
def _unplaced(reading: _Reading) -> _Reading:
    """A notice where amendments were read but no motion moved before them: the sentence that
    moved it may be in words the reader does not know, and nothing can be applied."""
    first = reading.amendments[0] if reading.amendments else None
    if first is None or first.span is None or any(line.text for line in reading.motion):
        return reading
    return reading.noticed("no motion was read before this amendment, so nothing is applied; "
                           "if the minutes move one, it is in words not read as moving it",
                           first.span)


def _unvoted(reading: _Reading) -> _Reading:
    """A notice for each amendment with no vote read: nothing of it will be applied, and the
    minutes may record its vote in words the reader does not know ("(Carried)")."""
    for moved in reading.amendments:
        if moved.outcome is None and moved.span is not None:
            reading = reading.noticed(
                f"no vote on amendment {moved.order} ({moved.mover or 'mover not named'}) was "
                "read, so nothing of it is applied; if the minutes record one, it is in words "
                "not read as a vote", moved.span)
    return reading


def read_minutes(text: str, source: str = "minutes") -> Item:
    """Read one minutes item (plain text, or HTML as council websites publish it)."""
    if looks_like_html(text):
        text = html_to_text(text)
    lines = lines_of_item(text)
    if not any(line.text for line in lines):
        raise ReadError(f"{source}: no minutes text found", hint="expected a minutes item")
    reading = _Reading(source)
    for section in sections_of(lines):
        step = _STEPS[type(section.event)]
        reading = replace(step(reading, section.event, section), previous=section.event)
    reading = _unvoted(_unplaced(reading))
    motion = reading.altered if any(line.text for line in reading.altered) else reading.motion
    return Item(joined(motion), reading.amendments, joined(reading.resolution),
                reading.alterations, source, _tree(placed(motion), source),
                _tree(placed(reading.resolution), source), reading.notices)
