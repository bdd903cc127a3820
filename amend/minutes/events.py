"""What the sentences of a minutes item say, as typed events: a motion or an amendment moved,
a vote and its outcome, the substantive motion put, leave to alter, a recorded division, the
resolution, the end of the minutes.  grammar/minutes.lark and its Transformer make most of
them; the reader makes ``Resolved`` and ``End`` from patterns of its own."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Outcome:
    """How the meeting voted on an amendment, with any exception ("except for part 3 …");
    ``phrase`` is the outcome in words ("carried", "negatived", "fell", …)."""

    carried: bool
    phrase: str
    exception_parts: tuple[int, ...] = ()
    exception_labels: tuple[str, ...] = ()
    exception_of_part: int | None = None

    @property
    def partial(self) -> bool:
        """Whether the vote excepted some parts or paragraphs of the amendment."""
        return bool(self.exception_parts or self.exception_labels)


@dataclass(frozen=True, slots=True)
class Subject:
    """The amendment a vote names: by its mover ("the amendment moved by Councillor Alston"),
    or by its place ("Amendment B", "the second amendment"); neither: the next one voted on."""

    mover: str = ""
    order: int | None = None

    @property
    def named(self) -> bool:
        """Whether the vote names its amendment (else it is the next one voted on)."""
        return bool(self.mover) or self.order is not None

    def describe(self) -> str:
        if self.mover:
            return f"the amendment moved by {self.mover}"
        return f"amendment {self.order}" if self.order is not None else "an amendment"

    def names(self, order: int, mover: str) -> bool:
        """Whether this subject names the amendment moved ``order``-th by ``mover``."""
        if self.mover:
            return _surname(self.mover) == _surname(mover)
        return self.order is not None and self.order == order


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].casefold() if words else ""


@dataclass(frozen=True, slots=True)
class Moved:
    """A motion moved and seconded; ``text`` is its opening on the same line ("this Council:-")."""

    mover: str
    seconder: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class AmendmentMoved:
    """An amendment moved and seconded; ``text`` is its opening on the same line, if any
    ("that the Motion now submitted be amended by:-")."""

    mover: str
    seconder: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class Vote:
    """A vote on one amendment."""

    subject: Subject
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class Votes:
    """One vote on several amendments: every one not yet voted on ("both amendments were
    lost"), or those named ("Amendments A, B and C"; a name read as no place is None)."""

    outcome: Outcome
    every: bool
    orders: tuple[int | None, ...] = ()


@dataclass(frozen=True, slots=True)
class Substantive:
    """The motion (as amended) put to the vote; ``text_follows`` when the lines after it are
    the motion as carried ("in the following form and carried:-", "approved as follows:")."""

    outcome: Outcome | None
    text_follows: bool = False


@dataclass(frozen=True, slots=True)
class Leave:
    """Leave given to alter the motion; the lines after it, if any, are the motion as altered."""


@dataclass(frozen=True, slots=True)
class Division:
    """A recorded vote: the names and numbers that follow are not a text."""


@dataclass(frozen=True, slots=True)
class Resolved:
    """"RESOLVED:" and the resolution's first words on the same line, if any."""

    text: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """A verdict on a line of its own ("(Carried)", "LOST."): the vote on the amendment whose
    text it follows, and on nothing else."""

    outcome: Outcome


@dataclass(frozen=True, slots=True)
class End:
    """The end of the minutes proper ("Supporting documents:", a note)."""


Event = (Moved | AmendmentMoved | Vote | Votes | Verdict | Substantive | Leave | Division
         | Resolved | End)
