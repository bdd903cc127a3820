"""The Transformer: each node of the grammar's tree becomes its final, frozen operation.

The grammar (grammar/amendment.lark) shapes the tree so that one node is one operation:
"Delete X and replace with Y" is a single ``replaced`` node, "the words X and the words Y"
a single ``words_list``.  Nothing is joined afterwards.  This module subclasses Lark at
module level; only sentence.py imports it, and only when it parses.  It walks the tree
without recursion: a part of a thousand operations is as safe as one of two.
"""

from __future__ import annotations

from dataclasses import replace

from lark import Token
from lark.visitors import Transformer_NonRecursive

from amend.errors import InstructionSyntaxError, NarrativeAmendment
from amend.instructions import operations as ops
from amend.instructions.modifiers import (
    Anchor,
    EachPlace,
    Labels,
    LineHint,
    Near,
    NewSentence,
    WholeMotion,
    counts_named,
    deletion_within,
    first_of,
    flattened,
    limited_to,
    modifiers_of,
    placed_at,
    quote_index,
    substitutions,
)
from amend.instructions.new_text import new_part_labels, restated, whole_motion
from amend.motion.labels import label_key
from amend.text.numbers import number_value, ordinal_value

MOST_LABELS = 26  # in a path or a list of paragraphs named one by one (no motion has more)


def _few(labels: list, what: str, example: str) -> None:
    """Refuse a path or list of more labels than a motion can have (a run of thousands of
    “(a)” pasted into an instruction)."""
    if len(labels) > MOST_LABELS:
        raise InstructionSyntaxError(
            f"{what} names {len(labels)} paragraphs; it can name {MOST_LABELS} at most",
            span=None, expected=(f"“{example}”",))


class References(Transformer_NonRecursive):
    """Paragraph and sentence references, places and modifiers."""

    def original(self, _):
        return True

    def label_ref(self, children):
        *original, count = children
        return ops.LabelRef(label_key(count), bool(original))

    def nested_ref(self, children):
        path = self.part_path([child for child in children if child is not True])
        return replace(path, original=children[0] is True)

    def ordinal_ref(self, children):
        return ops.OrdinalRef(ordinal_value(children[-1]))

    def last_ref(self, _):
        return ops.OrdinalRef(-1)

    def range_sel(self, children):
        first, last = children[-2:]
        return ops.RangeRef(label_key(first), label_key(last))

    def labels_sel(self, children):
        *counts, last = (child for child in children if isinstance(child, Token))
        _few([*counts, last], "a list of labels", "paragraphs (b), (c) and (e)")
        return ops.LabelsRef((*map(label_key, counts), label_key(last.split(None, 1)[1])))

    def ordinal_range(self, children):
        first, last = (ordinal_value(token) for token in children[-2:])
        if last <= first:
            raise InstructionSyntaxError(
                f"“{children[-2]} to {children[-1]}” is not a run of paragraphs", span=None)
        return ops.FirstRef(last) if first == 1 else ops.OrdinalRangeRef(first, last)

    def part_path(self, children):
        _few(children, "a path of labels", "paragraph (b) (iii)")
        ref = None
        for token in children:
            ref = ops.LabelRef(label_key(token), within=ref)
        return ref

    def first_sel(self, children):
        ordinal, count = children
        if ordinal.lower() != "first":
            raise InstructionSyntaxError(
                f"“{ordinal} {count}” does not name paragraphs", span=None,
                expected=("“first”",))
        return ops.FirstRef(number_value(count))

    def sentence(self, children):
        return ops.SentenceRef(ordinal_value(children[0]), first_of(children[1:], ops.Ref))

    def last_sentence(self, children):
        return ops.SentenceRef(-1, first_of(children[1:], ops.Ref))

    def this_sentence(self, _):
        return ops.SentenceRef(1)

    def whole_motion(self, _):
        return WholeMotion()

    def line_hint(self, children):
        return LineHint(number_value(children[-1]))

    def each_place(self, _):
        return EachPlace()

    def after(self, _):
        return ops.Position.AFTER

    def before(self, _):
        return ops.Position.BEFORE

    def anchor(self, children):
        side, words = children
        return Anchor(side, words)

    def anchor_para(self, children):
        side, ref = children
        return Near(side, ref)

    def new_labels(self, children):
        return Labels(tuple(label_key(t.split(None, 1)[1]) if t.type == "AND_COUNT"
                            else label_key(t) for t in children))


class Operations(References):
    """Every operation node to its operation; ``start`` gives the part's operations."""

    def __init__(self, quotes: list[ops.Text], block: ops.Text | None) -> None:
        super().__init__()
        self.quotes = quotes
        self.block = block

    def start(self, children):
        found = flattened(children)
        if not found:  # "Reletter accordingly." on its own
            raise InstructionSyntaxError(
                "the instruction asks only for relettering, which follows every change anyway: "
                "it changes nothing", span=None)
        return found

    def words(self, children):
        return self.quotes[quote_index(children[-1])]

    def content(self, children):
        token = children[-1]
        return self.block if token.type == "BLOCK" else self.quotes[quote_index(token)]

    # ---- deletions
    def delete_paras(self, children):
        return ops.DeleteParagraphs(deletion_within(children[0], children[1:]))

    def delete_words(self, children):
        return ops.DeleteWords(first_of(children, ops.Text), **modifiers_of(children))

    def delete_sentence(self, children):
        return ops.DeleteSentence(children[0])

    def delete_sentences(self, children):
        first, *rest = children
        listed = rest[0].type == "AND_WORD"  # "second and third", not "second to fourth"
        last, *within = rest[1:] if listed else rest
        place = first_of(within, ops.Ref)
        return tuple(ops.DeleteSentence(ops.SentenceRef(n, place))
                     for n in counts_named(first, last, listed, "sentences"))

    def delete_ordinals(self, children):
        first, _, last = children
        return tuple(ops.DeleteParagraphs(ops.OrdinalRef(n))
                     for n in counts_named(first, last, True, "paragraphs"))

    def replace_sentence(self, children):
        sentence, content = children
        return ops.DeleteSentence(sentence, content)

    def delete_first_words(self, children):
        words, sentence = children
        return ops.DeleteWords(words, sentence, side=ops.Position.START)

    def delete_after(self, children):
        return ops.DeleteAfter(children[0], scope=first_of(children[1:], ops.Ref))

    def delete_before(self, children):
        raise InstructionSyntaxError(
            "“delete all before” is not supported; quote the words to delete",
            span=children[0].span)

    def delete_between(self, children):
        anchor, until, *rest = children
        if anchor.side is not ops.Position.AFTER:
            raise InstructionSyntaxError(
                "a run of words to delete starts “after the words …”", span=anchor.words.span)
        return ops.DeleteBetween(anchor.words, until, scope=first_of(rest, ops.Ref))

    def delete_span(self, children):
        first, last, *rest = children
        return ops.DeleteBetween(first, last, scope=first_of(rest, ops.Ref), inclusive=True)

    def delete_from(self, children):
        return ops.DeleteAfter(children[0], inclusive=True, scope=first_of(children[1:], ops.Ref))

    def replaced(self, children):
        deletion, content, *place = children
        replaced = deletion.replaced_by(content)
        return placed_at(replaced, place) if place else replaced

    def replace_all(self, children):
        return ops.ReplaceAll(children[-1])

    def words_list(self, children):
        found = [children[0]]
        for child in children[1:]:
            if isinstance(child, ops.Text):
                found.append(replace(found[-1], words=child))
            elif isinstance(child, ops.Ref):
                found[-1] = replace(found[-1], scope=child)
        return tuple(found)

    # ---- additions and insertions
    def add_labelled(self, children):
        near = first_of(children, Near)
        where = {"position": near.side, "near": near.ref} if near else {}
        return ops.AddParagraphs(children[-1], first_of(children, Labels).labels, **where)

    def add_end(self, children):
        return self._at(children, ops.Position.END)

    def add_start(self, children):
        return self._at(children, ops.Position.START)

    def new_sentence(self, children):
        return NewSentence()

    @staticmethod
    def _at(children, position: ops.Position):
        content, ref = first_of(children, ops.Text), first_of(children, ops.Ref)
        last = position is ops.Position.END
        sentence = first_of(children, NewSentence) is not None
        if sentence and (isinstance(ref, ops.LabelRef) or (ref is None and last)):
            # "a new sentence at the end of paragraph (a)": after its last sentence; "at the
            # end [of the motion]": after the motion's last
            return ops.InsertWords(content, ops.Position.AFTER if last else ops.Position.BEFORE,
                                   scope=ops.SentenceRef(-1 if last else 1, within=ref))
        if ref is not None:
            return ops.InsertWords(content, position, scope=ref)
        return ops.AddParagraphs(content, position=position)

    def add_near(self, children):
        labels = first_of(children, Labels)
        return ops.AddParagraphs(first_of(children, ops.Text), labels.labels if labels else (),
                                 first_of(children, ops.Position), first_of(children, ops.Ref))

    def add_bare(self, children):
        return ops.AddParagraphs(children[0], position=ops.Position.END)

    def add_within(self, children):
        ref, content = children
        return ops.AddParagraphs(content, position=ops.Position.END, near=ref)

    def add_in(self, children):
        scope, content = children
        return ops.InsertWords(content, ops.Position.END, scope=scope)

    def insert_words(self, children):
        content, anchor, *scope = children
        return ops.InsertWords(content, anchor.side, anchor.words, first_of(scope, ops.Ref))

    def insert_structured(self, children):
        anchor = first_of(children, Anchor)
        return ops.InsertWords(children[-1], anchor.side, anchor.words,
                               first_of(children, ops.Ref))

    def insert_after_sentence(self, children):
        content, side, sentence = children
        return ops.InsertWords(content, side, scope=sentence)

    def sentence_then_add(self, children):
        side, sentence, content = children
        return ops.InsertWords(content, side, scope=sentence)

    def add_then_sentence(self, children):  # "Insert a new sentence after the first sentence: …"
        return self.sentence_then_add(children[-3:])

    def replace_paras(self, children):
        ref, content = children
        return ops.DeleteParagraphs(ref, content)

    def insert_anchor_first(self, children):
        anchor, words, *scope = children
        return ops.InsertWords(words, anchor.side, anchor.words, first_of(scope, ops.Ref))

    def insert_words_first(self, children):
        anchor, content = children
        return ops.InsertWords(content, anchor.side, anchor.words)

    def replace_list(self, children):
        return (children[0], *substitutions(children[1:], new_first=False))

    def substitute_list(self, children):
        return (children[0], *substitutions(children[1:], new_first=True))

    def substitute_for(self, children):
        new, old, *rest = children
        fields = modifiers_of(rest)
        return ops.SubstituteWords(old, new, fields["scope"], fields["each"], fields["line"])

    def replace_words(self, children):
        old, new = (child for child in children if isinstance(child, ops.Text))
        fields = modifiers_of(children)
        return ops.SubstituteWords(old, new, fields["scope"], fields["each"], fields["line"])

    def replace_word(self, children):
        old, new = (ops.Text(str(token)) for token in children[:2])
        fields = modifiers_of(children[2:])
        return ops.SubstituteWords(old, new, fields["scope"], fields["each"], fields["line"])

    def reletter(self, children):
        target, count = children
        return ops.Reletter(target, label_key(count))

    def accordingly(self, children):
        """"… and reletter accordingly": what relettering does after every change anyway."""
        return ()

    def renumbered(self, children):
        reletter, content = children
        return reletter, ops.AddParagraphs(content, position=ops.Position.END, near=reletter.target)

    def add_this(self, children):
        return children[-1]

    def scoped(self, children):
        scope, first, *rest = children
        limited = tuple(limited_to(op, scope) for op in flattened([first]))
        return limited + flattened(rest)

    def replace_read(self, children):
        return ops.ReplaceAll(children[-1])

    # ---- parts restated and new parts
    def restate(self, children):
        path, content = first_of(children, ops.LabelRef), children[-1]
        return ops.DeleteParagraphs(path, restated(content, path))

    def amended_part(self, children):
        path, *rest = children
        return tuple(limited_to(op, path) for op in flattened(rest))

    def add_part(self, children, near: ops.LabelRef | None = None):
        content, named = children[-1], first_of(children, Labels)
        labels = new_part_labels(content, named.labels if named else ())
        if near is not None:
            return ops.AddParagraphs(content, labels, ops.Position.END, near,
                                     unlabelled_part=not labels)
        if labels:
            return ops.AddParagraphs(content, labels)
        return ops.AddParagraphs(content, position=ops.Position.END, unlabelled_part=True)

    def add_sub(self, children):
        return self.add_part(children, near=first_of(children, ops.LabelRef))

    def amended_with(self, children):
        return self.add_part(children)

    def amend_with(self, children):
        return self.add_part(children)

    # ---- the clerk's narrative, and narratives that give no words
    def clerk(self, _):
        return ops.ReplaceAll(whole_motion(self.block))

    def narrative(self, children):
        said = " ".join(str(children[0]).split())
        said = said if len(said) <= 60 else said[:57] + "…"
        raise NarrativeAmendment(
            f"the amendment describes the change without its words (“{said}”)", span=None,
            hint="write the words to insert, and where they go")


def build_operations(tree, quotes: list[ops.Text],
                     block: ops.Text | None) -> tuple[ops.Operation, ...]:
    """Operations of a parsed skeleton, with its quotations and block filled in."""
    return Operations(quotes, block).transform(tree)
