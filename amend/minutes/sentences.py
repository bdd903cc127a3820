"""Reading one line of a minutes item as an event, if it is one: the end of the minutes,
"RESOLVED:", or a sentence of grammar/minutes.lark (LALR, contextual lexer, built once)."""

from __future__ import annotations

import re
from functools import cache

from amend.instructions.grammar import lalr_parser
from amend.minutes.events import End, Event, Resolved
from amend.motion.opening import resolved_text

_END = re.compile(r"^(supporting documents|\(note\b|note:)", re.IGNORECASE)


@cache
def sentence_parser():
    """The LALR parser of minutes sentences (built once, then loaded from its pickle)."""
    return lalr_parser("minutes.lark", maybe_placeholders=False)


@cache
def sentence_transformer():
    """The Transformer that gives each parsed sentence's event."""
    from amend.minutes.transformer import MinutesTransformer

    return MinutesTransformer()


def parse_sentence(text: str) -> Event | None:
    """The event a sentence of the grammar states; None if the line is not one (it is text)."""
    from lark.exceptions import UnexpectedInput

    parser = sentence_parser()  # outside the try: a grammar that does not build is a fault
    try:
        tree = parser.parse(text)
    except UnexpectedInput:
        return None
    return sentence_transformer().transform(tree)


def event_of(line: str) -> Event | None:
    """The event a line states, or None: the line is text (a motion, amendment, resolution)."""
    if _END.match(line):
        return End()
    resolution = resolved_text(line)
    if resolution is not None:
        return Resolved(resolution)
    return parse_sentence(line)
