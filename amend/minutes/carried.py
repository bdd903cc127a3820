"""What a vote carried of an amendment, as the engine takes it: None for all of it, or a
``Carried`` naming the parts (and new paragraphs) carried; ``NOTHING`` carries no part."""

from __future__ import annotations

from amend.engine.carried import Carried
from amend.instructions.amendment import Amendment
from amend.minutes.events import Outcome

NOTHING = Carried(())


def carried_of(amendment: Amendment, outcome: Outcome | None) -> Carried | None:
    """What carried of a parsed amendment, given its vote (no vote recorded: nothing)."""
    if outcome is None:
        return NOTHING
    if not outcome.partial:
        return None if outcome.carried else NOTHING
    if outcome.exception_labels and outcome.exception_of_part is not None:
        return _paragraphs_excepted(amendment, outcome)
    numbers = [p.number for p in amendment.parts if p.number is not None]
    if outcome.carried:
        return Carried(tuple((n, ()) for n in numbers if n not in outcome.exception_parts))
    return Carried(tuple((n, ()) for n in outcome.exception_parts))


def _paragraphs_excepted(amendment: Amendment, outcome: Outcome) -> Carried:
    """ "negatived, except for paragraphs (g) and (h) of part 3, which were carried", or the
    converse: the new paragraphs of one part carried, or all but them."""
    part = outcome.exception_of_part
    if not outcome.carried:
        return Carried(((part, outcome.exception_labels),))
    others = [p.number for p in amendment.parts if p.number is not None and p.number != part]
    block = next((p for p in amendment.parts if p.number == part), None)
    labels = block.block_labels() if block else ()
    kept = tuple(label for label in labels if label not in outcome.exception_labels)
    return Carried(tuple((n, ()) for n in others) + (((part, kept),) if kept else ()))
