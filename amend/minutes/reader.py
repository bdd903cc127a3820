"""A minutes item: the motion as moved, the amendments with their movers and votes, and the
resolution recorded.  Sentences that move, vote or resolve are parsed by grammar/minutes.lark;
the lines between them are the texts they introduce."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from amend.errors import ReadError, Span
from amend.instructions.amendment import Amendment
from amend.motion.tree import Motion, parse_motion
from amend.text.html import html_to_text, looks_like_html
from amend.text.numbers import ordinal_value
from amend.text.source import normalise_line, physical_lines

_FURNITURE = re.compile(r"^(\d+(\.\d+)*\.?|page \d+( of \d+)?|\d+ page \d+)$", re.IGNORECASE)
_MINUTE_NUMBER = re.compile(r"^\d+\.\d+(\.\d+)?\s+(?=\S)")
_RESOLVED = re.compile(r"^((the\s+)?(council|committee|cabinet)\s+)?resolved\b", re.IGNORECASE)
_END = re.compile(r"^(supporting documents|\(note\b|note:)", re.IGNORECASE)
MAX_SENTENCE = 600


@dataclass(frozen=True, slots=True)
class Outcome:
    """How the meeting voted on an amendment, with any exception ("except for part 3 …")."""

    carried: bool
    phrase: str
    exception_parts: tuple[int, ...] = ()
    exception_labels: tuple[str, ...] = ()
    exception_of_part: int | None = None


@dataclass(frozen=True, slots=True)
class MovedAmendment:
    """An amendment as the minutes record it: order, mover, seconder, text and outcome."""

    order: int
    mover: str
    seconder: str
    text: str
    outcome: Outcome | None = None
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Item:
    """A minutes item as read: the motion moved, the amendments, and the resolution."""

    motion_text: str
    amendments: tuple[MovedAmendment, ...]
    resolution_text: str
    alterations: tuple[str, ...] = ()
    source: str = field(default="minutes", compare=False)

    @property
    def motion(self) -> Motion | None:
        return parse_motion(self.motion_text, self.source) if self.motion_text.strip() else None

    @property
    def resolution(self) -> Motion | None:
        text = self.resolution_text
        return parse_motion(text, self.source) if text.strip() else None


@dataclass(slots=True)
class _Moving:
    """An amendment while its item is being read: its lines grow, its outcome arrives."""

    order: int
    mover: str
    seconder: str
    span: Span
    lines: list[str] = field(default_factory=list)
    outcome: Outcome | None = None

    def freeze(self) -> MovedAmendment:
        return MovedAmendment(self.order, self.mover, self.seconder,
                              "\n\n".join(self.lines).strip(), self.outcome, self.span)


@dataclass(slots=True)
class _Line:
    text: str
    number: int


def lines_of_item(text: str) -> list[_Line]:
    """The item's lines from "Minutes:" on (if present), without page furniture and numbers."""
    raw = physical_lines(text)
    lines = [_Line(normalise_line(line), n) for n, line in enumerate(raw, start=1)]
    starts = [i for i, line in enumerate(lines) if line.text.lower().rstrip(":") == "minutes"]
    if starts:
        lines = lines[starts[0] + 1:]
    out = []
    for line in lines:
        body = _MINUTE_NUMBER.sub("", line.text)
        if not body or _FURNITURE.match(body):
            if not body and out and out[-1].text:
                out.append(_Line("", line.number))
            continue
        out.append(_Line(body, line.number))
    return out


def _event(text: str):
    """The parsed sentence if a line moves, votes, puts or gives leave; else None."""
    if len(text) > MAX_SENTENCE:
        return None
    from lark.exceptions import LarkError

    from amend.instructions.grammar import minutes_parser
    try:
        tree = minutes_parser().parse(text)
    except LarkError:
        return None
    return tree.children[0]


def _token(tree, rule: str) -> str:
    for sub in tree.iter_subtrees_topdown():
        if sub.data == rule:
            return " ".join(str(t) for t in sub.children if not hasattr(t, "data"))
    return ""


def _outcome(tree) -> Outcome:
    """An Outcome from a parsed vote sentence."""
    from lark import Token

    tokens = [t for t in tree.scan_values(lambda v: isinstance(v, Token))]
    kinds = [t for t in tokens if t.type in ("CARRIED", "LOST", "FELL", "NOT")]
    if tree.data in ("fell", "fell_after"):
        return Outcome(False, "fell")
    if tree.data == "accepted":
        return Outcome(True, "accepted")
    if any(t.type == "NOT" for t in kinds):
        return Outcome(False, "not carried")
    main = next(t for t in kinds if t.type != "FELL")
    carried = main.type == "CARRIED"
    exception = next(tree.find_data("exception"), None)
    if exception is None:
        return Outcome(carried, "carried" if carried else str(main).lower())
    labels = tuple(str(t).strip("()").lower() for item in exception.find_data("para_item")
                   for t in item.children)
    parts = tuple(int(t) for item in exception.find_data("part_item") for t in item.children)
    of_part = next((int(t) for t in exception.children
                    if isinstance(t, Token) and t.type == "NUMBER"), None)
    phrase = "carried except" if carried else "negatived except"
    return Outcome(carried, phrase, parts, labels, of_part)


def _voted_subject(tree):
    """The amendment a vote sentence is about ("As A was carried, B fell": B)."""
    subjects = [child for child in tree.children if getattr(child, "data", None) == "subject"]
    if not subjects:
        return None
    return subjects[1] if tree.data == "fell_after" and len(subjects) > 1 else subjects[0]


def _subject_matches(subject, amendment: _Moving) -> bool:
    """Whether a vote's subject names this amendment: by mover's surname, letter or ordinal."""
    if subject is None:
        return False
    mover = _token(subject, "mover")
    if mover:
        return mover.split()[-1].lower() == (amendment.mover.split() or [""])[-1].lower()
    first = subject.children[0] if subject.children else None
    if getattr(first, "type", None) == "LABEL":
        return _letter_order(str(first)) == amendment.order
    if getattr(first, "type", None) == "ORDINAL" and ordinal_value(str(first)) is not None:
        return ordinal_value(str(first)) == amendment.order
    return False


def read_minutes(text: str, source: str = "minutes") -> Item:
    """Read one minutes item (plain text, or HTML as council websites publish it)."""
    if looks_like_html(text):
        text = html_to_text(text)
    lines = lines_of_item(text)
    if not any(line.text for line in lines):
        raise ReadError(f"{source}: no minutes text found", hint="expected a minutes item")
    motion: list[str] = []
    resolution: list[str] = []
    amendments: list[_Moving] = []
    alterations: list[str] = []
    altered: list[str] = []
    target: list[str] | None = None
    for line in lines:
        if not line.text:
            if target is not None:
                target.append("")
            continue
        if _END.match(line.text):
            target = None
            continue
        resolved = _RESOLVED.match(line.text)
        if resolved:
            # a bare "RESOLVED:" or "The Council resolved:-" only announces the text below
            bare = not line.text[resolved.end():].strip(" :-–—")
            resolution = [] if bare else [line.text]
            target = resolution
            continue
        event = _event(line.text)
        if event is None:
            if target is not None:
                target.append(line.text)
            continue
        tail = _token(event, "tail")
        rest = re.sub(r"^that\b\s*", "", tail, flags=re.IGNORECASE)
        if event.data == "moved":
            motion = [rest] if rest else []
            target = motion
        elif event.data == "amendment_moved":
            amendments.append(_Moving(len(amendments) + 1, _token(event, "mover"),
                                      _token(event, "seconder"), Span(source, line.number, 1),
                                      [tail] if tail else []))
            target = amendments[-1].lines
        elif event.data in ("vote", "fell", "fell_after", "accepted"):
            _record_vote(event, amendments)
            target = None
        elif event.data in ("vote_all", "vote_each"):
            _record_votes(event, amendments)
            target = None
        elif event.data == "substantive_text":
            resolution = []
            target = resolution
        elif event.data == "leave":
            alterations.append(line.text)
            altered = []  # the text that follows, if any, is the motion as altered
            target = altered
        else:
            target = None
    if any(text.strip() for text in altered):
        motion = altered
    moved = tuple(amendment.freeze() for amendment in amendments)
    return Item("\n\n".join(motion).strip(), moved, "\n\n".join(resolution).strip(),
                tuple(alterations), source)


def _record_votes(event, amendments: list[_Moving]) -> None:
    """One outcome for several amendments: all of them, or those named by letter."""
    from lark import Token

    labels = [str(t) for t in event.children if isinstance(t, Token) and t.type == "LABEL"]
    outcome = _outcome(event)
    for amendment in amendments:
        named = not labels or any(_letter_order(label) == amendment.order for label in labels)
        if named and amendment.outcome is None:
            amendment.outcome = outcome


def _letter_order(label: str) -> int:
    label = label.strip("()")
    return int(label) if label.isdigit() else ord(label.lower()) - ord("a") + 1


def _record_vote(event, amendments: list[_Moving]) -> None:
    """Give the vote's outcome to the amendment it names, else to the first without one."""
    subject = _voted_subject(event)
    named = [a for a in amendments if _subject_matches(subject, a)]
    pending = [a for a in amendments if a.outcome is None]
    chosen = named[0] if named else pending[0] if pending else None
    if chosen is not None:
        chosen.outcome = _outcome(event)


def carried_spec(amendment: Amendment, outcome: Outcome | None):
    """What carried of a parsed amendment, as a ``Carried`` (None: all of it; or "nothing")."""
    from amend.engine.carried import Carried

    if outcome is None:
        return "nothing"
    numbers = [p.number for p in amendment.parts if p.number is not None]
    if not outcome.exception_parts and not outcome.exception_labels:
        return None if outcome.carried else "nothing"
    if outcome.exception_labels and outcome.exception_of_part is not None:
        part = outcome.exception_of_part
        if not outcome.carried:
            return Carried(((part, outcome.exception_labels),))
        block = next((p for p in amendment.parts if p.number == part), None)
        others = [n for n in numbers if n != part]
        keep = _block_labels(block) if block else ()
        kept = tuple(lab for lab in keep if lab not in outcome.exception_labels)
        return Carried(tuple((n, ()) for n in others) + (((part, kept),) if kept else ()))
    if outcome.carried:
        return Carried(tuple((n, ()) for n in numbers if n not in outcome.exception_parts))
    return Carried(tuple((n, ()) for n in outcome.exception_parts))


def _block_labels(part) -> tuple[str, ...]:
    if part.block is None:
        return ()
    motion = parse_motion(part.block.text)
    return tuple(p.label.count.lower() for p in motion.paragraphs if p.label)
