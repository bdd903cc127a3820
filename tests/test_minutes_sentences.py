"""The minutes grammar, table-driven: vote and wrapper sentences and what they say."""

import pytest

from amend.minutes.reader import Outcome, _event, _outcome, _token

VOTES = [
    ("The amendment was lost and upon the motion being put to the vote it was",
     Outcome(False, "lost")),
    ("The amendment was carried and upon being put to the vote as the substantive motion it was",
     Outcome(True, "carried")),
    ("The amendment in the name of Councillor Venner was declared carried and upon being put "
     "to the vote it was", Outcome(True, "carried")),
    ("The amendment in the name of Councillor Smith was declared lost.", Outcome(False, "lost")),
    ("On being put to the vote, the amendment was negatived.", Outcome(False, "negatived")),
    ("The amendment moved by Councillor Sue Alston was put to the vote and was negatived, except "
     "for paragraphs (g) and (h) of part 3 of the amendment, which were carried.",
     Outcome(False, "negatived except", (), ("g", "h"), 3)),
    ("The amendment was put to the vote and was carried, except for part 1 of the amendment, "
     "which was negatived.", Outcome(True, "carried except", (1,), (), None)),
    ("Amendment B was put to the vote and declared to be carried.", Outcome(True, "carried")),
    ("Amendment 2 was put to the vote and declared to be lost.", Outcome(False, "lost")),
    ("Amendment B had fallen as Amendment A had been agreed.", Outcome(False, "fell")),
    ("As Amendment A was carried, Amendment B fell.", Outcome(False, "fell")),
    ("On being put to the Vote the AMENDMENT was LOST.", Outcome(False, "lost")),
    ("Accordingly, the amendment to the Motion fell.", Outcome(False, "fell")),
    ("A vote was taken on the amendment, which was not carried.", Outcome(False, "not carried")),
    ("The amendment moved by Councillor Alison Teal was then put to the vote and was negatived.",
     Outcome(False, "negatived")),
    ("Upon being put to the vote both amendments (reference back x 2) were declared lost and "
     "upon being put to the vote it was", Outcome(False, "lost")),
    ("Amendments A, B and C were individually put to the vote and lost.", Outcome(False, "lost")),
    ("The Mayor noted that the amendment had been accepted in full, and put the substantive "
     "motion to the vote which was carried unanimously.", Outcome(True, "accepted")),
    ("The amendment was accepted by the proposer.", Outcome(True, "accepted")),
    ("An unsuccessful amendment was lost, with 12 voting in favour, 30 against and 2 "
     "abstentions.", Outcome(False, "lost")),
]

SUBSTANTIVE = [
    ("The original Motion, as amended, was then put as a Substantive Motion in the following "
     "form and carried:-", "substantive"),
    ("The substantive motion was put to the vote and declared to be carried.", "substantive"),
    ("On being put to the Vote the MOTION was CARRIED.", "substantive"),
    ("The Mayor declared the amended Motion to be carried.", "substantive"),
    ("Moved, seconded and CARRIED.", "substantive"),
    ("The motion, subject to amendments raised at the meeting, was approved as follows:",
     "substantive_text"),
    ("On a division, there voted:- For the motion (30) For the amendment (12)", "division"),
    ("On the requisition of Councillor Ray Hall and Councillor Sue Bell the voting was recorded "
     "as follows:", "division"),
    ("Leave of Council was given to Councillor Ellis to alter the motion by the inclusion of the "
     "amendment in the name of Councillor Das.", "leave"),
]

WRAPPERS = [
    ("Whereupon, it was formally moved by Councillor Sue Alston, and formally seconded by "
     "Councillor Mike Levery, as an amendment, that the Motion now submitted be amended by:-",
     "amendment_moved", "Councillor Sue Alston", "Councillor Mike Levery"),
    ("An amendment was moved by Councillor Venner, seconded by Councillor Marshall-Katung",
     "amendment_moved", "Councillor Venner", "Councillor Marshall-Katung"),
    ("A second amendment was moved by Councillor Ola Bello, seconded by Councillor Ray Kent:-",
     "amendment_moved", "Councillor Ola Bello", "Councillor Ray Kent"),
    ("Under Standing Order 14, Councillor Mark Heap moved, seconded by Councillor Lina Ross, an "
     "amendment to the motion as follows:", "amendment_moved", "Councillor Mark Heap",
     "Councillor Lina Ross"),
    ("Councillor Ken Ruiz moved as a further amendment, seconded by Councillor Bea Lamb:-",
     "amendment_moved", "Councillor Ken Ruiz", "Councillor Bea Lamb"),
    ("Amendment to be moved by Councillor Ann Lee, seconded by Councillor Bo Sun",
     "amendment_moved", "Councillor Ann Lee", "Councillor Bo Sun"),
    ("It was formally moved by Councillor Jackie Drayton, and formally seconded by Councillor "
     "Dawn Dale, that this Council:-", "moved", "Councillor Jackie Drayton",
     "Councillor Dawn Dale"),
    ("It was moved by Councillor Stephenson, seconded by Councillor Richards that",
     "moved", "Councillor Stephenson", "Councillor Richards"),
    ("Councillor Jo Hale moved the following amended motion as previously circulated, seconded "
     "by Councillor Kit Fry:", "moved", "Councillor Jo Hale", "Councillor Kit Fry"),
    ("The following amendment was moved by Councillor Sara Kemp, seconded by Councillor Neil "
     "Orr:", "amendment_moved", "Councillor Sara Kemp", "Councillor Neil Orr"),
]


@pytest.mark.parametrize(("sentence", "expected"), VOTES, ids=[v[0][:45] for v in VOTES])
def test_vote_sentence_gives_outcome(sentence, expected):
    """The vote sentence reads as exactly this outcome."""
    event = _event(sentence)
    assert event is not None
    assert _outcome(event) == expected


@pytest.mark.parametrize(("sentence", "kind", "mover", "seconder"), WRAPPERS,
                         ids=[w[0][:45] for w in WRAPPERS])
def test_wrapper_sentence_names_mover_and_seconder(sentence, kind, mover, seconder):
    """The sentence moving a motion or an amendment names its mover and seconder."""
    event = _event(sentence)
    assert (event.data, _token(event, "mover"), _token(event, "seconder")) == (
        kind, mover, seconder)


@pytest.mark.parametrize("sentence", [
    "The Cabinet considered the Children's Social Care report.",
    "Members asked about vaccination rates among young children.",
])
def test_narrative_is_not_an_event(sentence):
    """Ordinary minutes narrative is text, not a vote or a wrapper."""
    assert _event(sentence) is None


@pytest.mark.parametrize(("sentence", "kind"), SUBSTANTIVE, ids=[s[0][:45] for s in SUBSTANTIVE])
def test_substantive_and_leave_sentences_are_recognised(sentence, kind):
    """Putting the substantive motion, and leave to alter, are read as what they are."""
    assert _event(sentence).data == kind
