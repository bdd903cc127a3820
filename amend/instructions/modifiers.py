"""What the transformer passes up the tree besides operations (places, anchors, labels, the
markers "throughout" and "a new sentence"), and the helpers that fold them into operations."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from amend.errors import InstructionSyntaxError
from amend.instructions import operations as ops
from amend.text.numbers import ordinal_value

if TYPE_CHECKING:
    from lark import Token


@dataclass(frozen=True, slots=True)
class Anchor:
    """Quoted words the operation happens after or before ("following the words “X”")."""

    side: ops.Position
    words: ops.Text


@dataclass(frozen=True, slots=True)
class LineHint:
    """"in line 4": the printed line of the agenda copy the words are on."""

    number: int


@dataclass(frozen=True, slots=True)
class EachPlace:
    """"throughout", "in each place": every occurrence, not one."""


@dataclass(frozen=True, slots=True)
class WholeMotion:
    """"in the motion", "from the motion": no narrower place than the whole."""


@dataclass(frozen=True, slots=True)
class NewSentence:
    """"a new sentence": at the end of a paragraph it follows the last sentence, not the
    words before the closing punctuation."""


@dataclass(frozen=True, slots=True)
class Labels:
    """The labels new paragraphs will bear: "(g)", "(g) to (l)", "(d) and (e)"."""

    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Near:
    """"after paragraph (c)": where new paragraphs go."""

    side: ops.Position
    ref: ops.Ref


def quote_index(token: Token) -> int:
    """Which quotation a ``⟦n⟧`` token of the skeleton stands for."""
    return int(token.strip("⟦⟧"))


def first_of(children, kind, default=None):
    """The first of ``children`` that is a ``kind``."""
    return next((child for child in children if isinstance(child, kind)), default)


def modifiers_of(children) -> dict:
    """The scope, anchor, "in line N" and "throughout" among a rule's children, as fields."""
    anchor = first_of(children, Anchor)
    line = first_of(children, LineHint)
    return {"scope": first_of(children, ops.Ref), "each": bool(first_of(children, EachPlace)),
            "line": line.number if line else None,
            "anchor": anchor.words if anchor else None, "side": anchor.side if anchor else None}


def placed_at(op: ops.Operation, place: list) -> ops.Operation:
    """``op`` with the place named after its new words ("Delete “x” and insert “y” in
    paragraph (c)"): refused where the operation names that place already or has none."""
    given = {name: value for name, value in modifiers_of(place).items() if value}
    names = {f.name for f in fields(op)}
    if not given.keys() <= names or any(getattr(op, name) for name in given):
        raise InstructionSyntaxError(
            f"the place named after the new words cannot limit “{op.describe()}”", span=None,
            hint="name the place once, next to the words it limits")
    return replace(op, **given)


def flattened(children) -> tuple[ops.Operation, ...]:
    """Operations in order; a node that gives several (a list of words) gives a tuple."""
    found: list[ops.Operation] = []
    for child in children:
        found.extend(child if isinstance(child, tuple) else (child,))
    return tuple(found)


def limited_to(op: ops.Operation, scope: ops.Ref) -> ops.Operation:
    """``op`` limited to the place named before it ("In the second paragraph, …"): a
    sentence the operation names is that paragraph's ("In paragraph (a), insert … before the
    second sentence"); new text put at the end or start, of no place of its own, goes at the
    end or start of that place ("In paragraph (b), at the end add “…”"); a place of its own
    besides is refused, as two places for one change."""
    if isinstance(op, ops.AddParagraphs) and op.position in (ops.Position.START, ops.Position.END) \
            and op.near is None and not op.labels and not op.unlabelled_part \
            and isinstance(scope, ops.LabelRef | ops.OrdinalRef | ops.SentenceRef):
        return ops.InsertWords(op.content, op.position, scope=scope)
    if isinstance(op, ops.DeleteSentence) and op.target.within is None and \
            isinstance(scope, ops.LabelRef | ops.OrdinalRef):  # "In (b), delete the 2nd sentence"
        return replace(op, target=replace(op.target, within=scope))
    if not isinstance(op, ops.Scoped):
        raise InstructionSyntaxError(
            f"“in {scope.describe()}” cannot limit “{op.describe()}”", span=None,
            hint="name the paragraph in the instruction itself")
    own = op.scope
    if own is None or own == scope:
        return replace(op, scope=scope)
    if isinstance(own, ops.SentenceRef) and own.within is None and \
            isinstance(scope, ops.LabelRef | ops.OrdinalRef):
        return replace(op, scope=replace(own, within=scope))
    raise InstructionSyntaxError(
        f"“in {scope.describe()}” and “{own.describe()}” both name the place of one change",
        span=None, hint="name the place once")


def substitutions(children: list, new_first: bool) -> list[ops.SubstituteWords]:
    """The further pairs of a list of substitutions, each with the place named after it:
    old and new words, or, after "substitute", new and old."""
    found: list[ops.SubstituteWords] = []
    texts: list[ops.Text] = []
    for child in children:
        if isinstance(child, ops.Text):
            texts.append(child)
            if len(texts) == 2:
                old, new = reversed(texts) if new_first else texts
                found.append(ops.SubstituteWords(old, new))
                texts = []
        else:
            fields = modifiers_of([child])
            found[-1] = replace(found[-1], scope=fields["scope"], each=fields["each"],
                                line=fields["line"])
    return found


def counts_named(first: Token, last: Token, listed: bool, what: str) -> tuple[int, ...]:
    """The counts “second and fourth” (``listed``) or “second to fourth” name, -1 for
    “last”; refused where they name no two in order."""
    start = ordinal_value(first)
    end = -1 if last.type == "LAST" else ordinal_value(last)
    counts = (start, end) if listed else tuple(range(start, end + 1))
    if len(counts) < 2 or start == end:
        raise InstructionSyntaxError(f"“{first} {'and' if listed else 'to'} {last} {what}” "
                                     f"names no two {what} in order", span=None)
    return counts


def deletion_within(target: ops.Ref, place: list) -> ops.Ref:
    """The paragraphs a deletion names, inside the place named after them (“Delete paragraph
    (ii) in paragraph (b)”: the (ii) under (b)); refused where the two make no one path."""
    scope = first_of(place, ops.Ref)
    if scope is None:
        return target
    if isinstance(target, ops.LabelRef) and target.within is None and \
            isinstance(scope, ops.LabelRef):
        return replace(target, within=scope)
    raise InstructionSyntaxError(f"“in {scope.describe()}” cannot limit “delete "
                                 f"{target.describe()}”", span=None,
                                 hint="name the paragraph by its path, as “paragraph (b) (ii)”")
