"""An amendment printed inside one pair of quotation marks, as minutes quote what was moved
(“1. In paragraph (b) … 2. …”): the pair is set aside when what it holds reads as
instructions, so that the parts are found and the closing mark is not taken into the words of
the last."""

from __future__ import annotations

import re

from amend.instructions.parts import (
    NUMBERED,
    instruction_lines,
    part_starts,
    reads_as_instruction,
    rest_of_line,
)

WRAPPER = re.compile(r"^[ \t]*“", re.MULTILINE)  # a quotation mark opening a line


def unwrapped(body: str) -> str:
    """An amendment whose instructions are printed inside one pair of quotation marks, from
    the start of a line to the end (“1. Delete … 2. Insert …”), with that pair blanked (every
    other character kept in its place), when the quotations inside it pair up and the line
    it opens reads as an instruction; else the text as it is (“That this Council …” is a
    whole text, not a wrapper)."""
    end = len(body.rstrip())
    close = end - 1 if body.endswith("”", 0, end) else end - 2 if body.endswith("”.", 0, end) \
        else -1
    opening = WRAPPER.search(body)
    if opening is None or close <= opening.end() or _has_instruction(body[:opening.start()]):
        return body
    start = opening.end() - 1
    inner = f"{body[:start]} {body[start + 1:close]} {body[close + 1:]}"
    held = inner[start:close]
    if held.count("“") != held.count("”"):
        return body
    line = rest_of_line(inner, start + 1)
    number = NUMBERED.match(line)
    return inner if reads_as_instruction(line[number.end():] if number else line) else body


def _has_instruction(text: str) -> bool:
    """Whether a text holds a part or a line that reads as an instruction."""
    return bool(part_starts(text)) or any(instruction_lines(text))
