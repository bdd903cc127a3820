"""The Transformer of grammar/minutes.lark: each parsed sentence to its typed event."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lark import Token, Transformer

from amend.minutes.events import (
    AmendmentMoved,
    Division,
    Leave,
    Moved,
    Outcome,
    Subject,
    Substantive,
    Verdict,
    Vote,
    Votes,
)
from amend.text.numbers import ordinal_value

_THAT = re.compile(r"^that\b\s*", re.IGNORECASE)
FELL = Outcome(False, "fell")


@dataclass(frozen=True, slots=True)
class _Mover:
    name: str


@dataclass(frozen=True, slots=True)
class _Seconder:
    name: str


@dataclass(frozen=True, slots=True)
class _Tail:
    text: str


@dataclass(frozen=True, slots=True)
class _Items:
    """The parts and paragraphs an exception names ("paragraphs (g) and (h)", "part 1")."""

    parts: tuple[int, ...] = ()
    labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Exception:
    """ "except for … [of part 3] …, which were carried" (the opposite of the main verdict)."""

    items: _Items
    of_part: int | None


def _all(children, kind) -> list:
    return [child for child in children if isinstance(child, kind)]


def _first(children, kind, default=None):
    return next((child for child in children if isinstance(child, kind)), default)


def letter_order(label: str) -> int | None:
    """The place a label gives an amendment: "B" and "(b)" are 2, "2" is 2; else None."""
    label = label.strip("()")
    if label.isdigit():
        return int(label)
    if len(label) == 1 and label.isalpha():
        return ord(label.lower()) - ord("a") + 1
    return None


def _moved_by(children) -> tuple[str, str, str]:
    """Mover, seconder and the words after them ("that …"), each "" if not given."""
    mover = _first(children, _Mover, _Mover(""))
    seconder = _first(children, _Seconder, _Seconder(""))
    tail = _first(children, _Tail, _Tail(""))
    return mover.name, seconder.name, tail.text


def _with_exception(outcome: Outcome, exception: _Exception | None) -> Outcome:
    if exception is None:
        return outcome
    phrase = "carried except" if outcome.carried else "negatived except"
    return Outcome(outcome.carried, phrase, exception.items.parts, exception.items.labels,
                   exception.of_part)


class MinutesTransformer(Transformer):
    """Rules to values: names, subjects and outcomes first, then the sentence's event."""

    def start(self, children):
        return children[0]

    def put_it_was(self, _children):
        return Substantive(None)

    def mover(self, children):
        return _Mover(str(children[0]))

    def seconder(self, children):
        return _Seconder(str(children[0]))

    def tail(self, children):
        return _Tail(str(children[0]).strip())

    def moved(self, children):
        mover, seconder, tail = _moved_by(children)
        return Moved(mover, seconder, _THAT.sub("", tail))

    def amendment_moved(self, children):
        return AmendmentMoved(*_moved_by(children))

    # ---- who a vote is about ----------------------------------------------------------------
    def unnamed(self, _children):
        return Subject()

    def by_order(self, children):
        ordinal = _first(children, Token)
        return Subject(order=ordinal_value(str(ordinal)) if ordinal is not None else None)

    def by_mover(self, children):
        return Subject(mover=_first(children, _Mover).name)

    def by_label(self, children):
        return Subject(order=letter_order(str(children[0])))

    # ---- outcomes ---------------------------------------------------------------------------
    def verdict_carried(self, _children):
        return Outcome(True, "carried")

    def verdict_lost(self, children):
        return Outcome(False, str(children[0]).lower())

    def verdict_accepted(self, _children):
        return Outcome(True, "accepted")

    def verdict_fell(self, _children):
        return FELL

    def outcome(self, children):
        return _first(children, Outcome)

    def not_carried(self, _children):
        return Outcome(False, "not carried")

    def para_item(self, children):
        return _Items(labels=(str(children[-1]).strip("()").lower(),))

    def part_item(self, children):
        return _Items(parts=(int(children[-1]),))

    def items(self, children):
        found = _all(children, _Items)
        return _Items(tuple(n for i in found for n in i.parts),
                      tuple(label for i in found for label in i.labels))

    def exception(self, children):
        number = _first(children, Token)
        return _Exception(_first(children, _Items), int(number) if number is not None else None)

    # ---- votes ------------------------------------------------------------------------------
    def vote(self, children):
        outcome = _with_exception(_first(children, Outcome), _first(children, _Exception))
        return Vote(_first(children, Subject), outcome)

    def bare_verdict(self, children):
        return Verdict(_first(children, Outcome))

    def fell(self, children):
        return Vote(_first(children, Subject), FELL)

    def fell_after(self, children):
        return Vote(_all(children, Subject)[-1], FELL)

    def accepted(self, children):
        return Vote(_first(children, Subject), Outcome(True, "accepted"))

    def votes(self, children):
        return Votes(_first(children, Outcome), every=True)

    def votes_each(self, children):
        orders = tuple(letter_order(str(label)) for label in _all(children, Token))
        return Votes(_first(children, Outcome), every=False, orders=orders)

    # ---- the substantive motion, leave, divisions --------------------------------------------
    def substantive(self, children):
        return Substantive(_first(children, Outcome))

    def substantive_form(self, children):
        return Substantive(_first(children, Outcome), text_follows=True)

    def substantive_text(self, _children):
        return Substantive(Outcome(True, "carried"), text_follows=True)

    def leave(self, _children):
        return Leave()

    def division(self, _children):
        return Division()
