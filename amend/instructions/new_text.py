"""What the new text of an instruction says about itself: the labels it opens with, and
whether a text offered as a whole motion is one (and not a rider or more instructions).

Used by the Transformer when the instruction leaves these to the text: a restated part
("b) iii) investigating …"), a new part whose label only the text gives, and the clerk's
narrative of a whole-motion alternative.
"""

from __future__ import annotations

import re

from amend.errors import InstructionSyntaxError, NarrativeAmendment
from amend.instructions import operations as ops
from amend.motion.labels import BULLET, read_label

# PDF emphasis markers and opening quotes before the first word of a text
_LEAD = re.compile(r"^[\s*“‘\"'„]*")
_ELLIPSIS = ("...", "…")
RIDER_HINT = "say where the words go, e.g. “Add the following at the end of the motion: …”"


def leading_counts(text: str, most: int = 3) -> tuple[tuple[str, ...], str]:
    """The counts of the labels a text opens with ("b) iii) x" gives ``("b", "iii")``), and
    the text from the last of them on."""
    counts: list[str] = []
    rest, last_start = text.lstrip(), text.lstrip()
    while len(counts) < most:
        labels, after = read_label(rest)
        if not labels or labels[0].kind is BULLET:
            break
        counts.append(labels[0].count.lower())
        last_start, rest = rest, after.lstrip()
    return tuple(counts), last_start


def _names(counts: tuple[str, ...]) -> str:
    return " ".join(f"{c})" for c in counts)


def restated(content: ops.Text, path: ops.LabelRef) -> ops.Text:
    """A restated part without the labels of the parts above it ("b) iii) x" restating part
    b) iii) becomes "iii) x"); an error if it restates another part."""
    want = []
    ref: ops.LabelRef | None = path
    while ref is not None:
        want.insert(0, ref.count)
        ref = ref.within
    counts, last = leading_counts(content.text, len(want))
    if not counts:
        return content
    if tuple(want[-len(counts):]) != counts and counts != (want[-1],):
        raise InstructionSyntaxError(
            f"the instruction restates part {_names(tuple(want))} but the new text is "
            f"labelled {_names(counts)}", span=content.span,
            hint="make the label in the instruction and in the new text the same")
    if len(counts) == 1:
        return content
    return ops.Text(last, content.span)


def new_part_labels(content: ops.Text, named: tuple[str, ...]) -> tuple[str, ...]:
    """The labels of a new part: those the instruction names (checked against the text's
    own), else the one the text opens with, else none."""
    counts, _ = leading_counts(content.text, 1)
    if named and counts and counts[0] != named[0]:
        raise InstructionSyntaxError(
            f"the instruction adds part {named[0]}) but the new text is labelled "
            f"{counts[0]})", span=content.span,
            hint="make the label in the instruction and in the new text the same")
    return named or counts


def whole_motion(content: ops.Text) -> ops.Text:
    """The text the clerk's narrative offers as the whole motion, as printed (the minutes quote
    the motion and its alternative alike), if it reads as one: a text opening with an ellipsis
    or in lower case is a rider (words to add, no place given), and a text that reads as
    instructions is not a motion."""
    from amend.instructions.parts import reads_as_instruction

    body = _LEAD.sub("", content.text)
    if body.startswith(_ELLIPSIS) or body[:1].islower():
        raise NarrativeAmendment(
            "the amendment gives words to add but not where they go", span=content.span,
            hint=RIDER_HINT)
    if reads_as_instruction(body.split("\n", 1)[0]):
        raise InstructionSyntaxError(
            "the text after “as follows” reads as instructions, not as the motion",
            span=content.span, hint="give the instructions without the clerk's words")
    return ops.Text(content.printed or content.text, content.span)
