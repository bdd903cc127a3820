"""The minutes grammar, table-driven: each vote, wrapper and put sentence and its event."""

import pytest

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
from amend.minutes.sentences import event_of, parse_sentence

LOST, CARRIED = Outcome(False, "lost"), Outcome(True, "carried")
ANY = Subject()

VOTES = [
    ("The amendment was lost and upon the motion being put to the vote it was",
     Vote(ANY, LOST)),
    ("The amendment was carried and upon being put to the vote as the substantive motion it was",
     Vote(ANY, CARRIED)),
    ("The amendment in the name of Councillor Venner was declared carried and upon being put "
     "to the vote it was", Vote(Subject(mover="Councillor Venner"), CARRIED)),
    ("The amendment in the name of Councillor Smith was declared lost.",
     Vote(Subject(mover="Councillor Smith"), LOST)),
    ("On being put to the vote, the amendment was negatived.",
     Vote(ANY, Outcome(False, "negatived"))),
    ("The amendment moved by Councillor Sue Alston was put to the vote and was negatived, except "
     "for paragraphs (g) and (h) of part 3 of the amendment, which were carried.",
     Vote(Subject(mover="Councillor Sue Alston"),
          Outcome(False, "negatived except", (), ("g", "h"), 3))),
    ("The amendment was put to the vote and was carried, except for part 1 of the amendment, "
     "which was negatived.", Vote(ANY, Outcome(True, "carried except", (1,), (), None))),
    ("The amendment was put to the vote and was carried, except for part 1, which was negatived.",
     Vote(ANY, Outcome(True, "carried except", (1,), (), None))),
    ("The amendment was put to the vote and was negatived, except for paragraphs (a), (b) and "
     "(c), which were carried.", Vote(ANY, Outcome(False, "negatived except", (),
                                                   ("a", "b", "c"), None))),
    ("Amendment B was put to the vote and declared to be carried.",
     Vote(Subject(order=2), CARRIED)),
    ("Amendment 2 was put to the vote and declared to be lost.", Vote(Subject(order=2), LOST)),
    ("Amendment B had fallen as Amendment A had been agreed.",
     Vote(Subject(order=2), Outcome(False, "fell"))),
    ("As Amendment A was carried, Amendment B fell.",
     Vote(Subject(order=2), Outcome(False, "fell"))),
    ("On being put to the Vote the AMENDMENT was LOST.", Vote(ANY, LOST)),
    ("Accordingly, the amendment to the Motion fell.", Vote(ANY, Outcome(False, "fell"))),
    ("A vote was taken on the amendment, which was not carried.",
     Vote(ANY, Outcome(False, "not carried"))),
    ("The amendment moved by Councillor Alison Teal was then put to the vote and was negatived.",
     Vote(Subject(mover="Councillor Alison Teal"), Outcome(False, "negatived"))),
    ("The first amendment was put to the vote and was carried.",
     Vote(Subject(order=1), CARRIED)),
    ("Upon being put to the vote both amendments (reference back x 2) were declared lost and "
     "upon being put to the vote it was", Votes(LOST, every=True)),
    ("Amendments A, B and C were individually put to the vote and lost.",
     Votes(LOST, every=False, orders=(1, 2, 3))),
    ("The Mayor noted that the amendment had been accepted in full, and put the substantive "
     "motion to the vote which was carried unanimously.", Vote(ANY, Outcome(True, "accepted"))),
    ("The amendment was accepted by the proposer.", Vote(ANY, Outcome(True, "accepted"))),
    ("An unsuccessful amendment was lost, with 12 voting in favour, 30 against and 2 "
     "abstentions.", Vote(ANY, LOST)),
]

SUBSTANTIVE = [
    ("The original Motion, as amended, was then put as a Substantive Motion in the following "
     "form and carried:-", Substantive(CARRIED, text_follows=True)),
    ("The substantive motion was put to the vote and declared to be carried.",
     Substantive(CARRIED)),
    ("On being put to the Vote the MOTION was CARRIED.", Substantive(CARRIED)),
    ("The Mayor declared the amended Motion to be carried.", Substantive(CARRIED)),
    ("Moved, seconded and CARRIED.", Substantive(CARRIED)),
    ("The substantive motion was put to the vote and was lost.", Substantive(LOST)),
    ("Upon being put to the vote it was", Substantive(None)),
    ("The motion, subject to amendments raised at the meeting, was approved as follows:",
     Substantive(CARRIED, text_follows=True)),
    ("On a division, there voted:- For the motion (30) For the amendment (12)", Division()),
    ("On the requisition of Councillor Ray Hall and Councillor Sue Bell the voting was recorded "
     "as follows:", Division()),
    ("Leave of Council was given to Councillor Ellis to alter the motion by the inclusion of the "
     "amendment in the name of Councillor Das.", Leave()),
]

WRAPPERS = [
    ("Whereupon, it was formally moved by Councillor Sue Alston, and formally seconded by "
     "Councillor Mike Levery, as an amendment, that the Motion now submitted be amended by:-",
     AmendmentMoved("Councillor Sue Alston", "Councillor Mike Levery",
                    "that the Motion now submitted be amended by:-")),
    ("An amendment was moved by Councillor Venner, seconded by Councillor Marshall-Katung",
     AmendmentMoved("Councillor Venner", "Councillor Marshall-Katung")),
    ("A second amendment was moved by Councillor Ola Bello, seconded by Councillor Ray Kent:-",
     AmendmentMoved("Councillor Ola Bello", "Councillor Ray Kent")),
    ("Under Standing Order 14, Councillor Mark Heap moved, seconded by Councillor Lina Ross, an "
     "amendment to the motion as follows:",
     AmendmentMoved("Councillor Mark Heap", "Councillor Lina Ross")),
    ("Councillor Ken Ruiz moved as a further amendment, seconded by Councillor Bea Lamb:-",
     AmendmentMoved("Councillor Ken Ruiz", "Councillor Bea Lamb")),
    ("Councillor Tim Lake moved an amendment, seconded by Councillor Fay Holt:-",
     AmendmentMoved("Councillor Tim Lake", "Councillor Fay Holt")),
    ("Amendment to be moved by Councillor Ann Lee, seconded by Councillor Bo Sun",
     AmendmentMoved("Councillor Ann Lee", "Councillor Bo Sun")),
    ("The following amendment was moved by Councillor Sara Kemp, seconded by Councillor Neil "
     "Orr:", AmendmentMoved("Councillor Sara Kemp", "Councillor Neil Orr")),
    ("It was formally moved by Councillor Jackie Drayton, and formally seconded by Councillor "
     "Dawn Dale, that this Council:-",
     Moved("Councillor Jackie Drayton", "Councillor Dawn Dale", "this Council:-")),
    ("It was moved by Councillor Stephenson, seconded by Councillor Richards that",
     Moved("Councillor Stephenson", "Councillor Richards")),
    ("Councillor Jo Hale moved the following amended motion as previously circulated, seconded "
     "by Councillor Kit Fry:", Moved("Councillor Jo Hale", "Councillor Kit Fry")),
]


@pytest.mark.parametrize(("sentence", "expected"), VOTES, ids=[v[0][:45] for v in VOTES])
def test_vote_sentence_gives_its_vote(sentence, expected):
    """The vote sentence reads as exactly this vote: the amendment it names and the outcome."""
    assert parse_sentence(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), WRAPPERS, ids=[w[0][:45] for w in WRAPPERS])
def test_wrapper_sentence_names_mover_and_seconder(sentence, expected):
    """The sentence moving a motion or an amendment names its mover, seconder and opening."""
    assert parse_sentence(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), SUBSTANTIVE,
                         ids=[s[0][:45] for s in SUBSTANTIVE])
def test_substantive_leave_and_division_sentences_are_recognised(sentence, expected):
    """Putting the substantive motion, leave to alter and a division read as what they are."""
    assert parse_sentence(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The Cabinet considered the Children's Social Care report.",
    "Members asked about vaccination rates among young children.",
    "Councillor Brown thanked officers for the update, and commended the department.",
    "The Chairman's report was noted.",
    "Amendments to the constitution were discussed.",
    "The amendment was carried by the casting vote of the Chair.",
])
def test_narrative_is_not_an_event(sentence):
    """Ordinary minutes narrative (or a sentence only partly understood) is text, not an event."""
    assert parse_sentence(sentence) is None


@pytest.mark.parametrize(("line", "text"), [
    ("RESOLVED: That this Council:-", "That this Council:-"),
    ("RESOLVED – That the report be noted.", "That the report be noted."),
    ("The Committee RESOLVED:-", ""),
    ("RESOLVED:", ""),
])
def test_a_resolved_line_opens_the_resolution_with_the_words_after_it(line, text):
    """ "RESOLVED:" and the words after it on the line open the resolution."""
    assert event_of(line).text == text


MORE_VOTES = [
    ("The amendment was carried unanimously.", Vote(ANY, CARRIED)),
    ("The amendment was carried by 25 votes to 20.", Vote(ANY, CARRIED)),
    ("The amendment was put to the vote and it was lost by 20 votes to 25, with 3 abstentions.",
     Vote(ANY, LOST)),
    ("The Amendment was put to the meeting and declared LOST.", Vote(ANY, LOST)),
    ("The amendment was declared not carried.", Vote(ANY, Outcome(False, "not carried"))),
    ("The amendment was passed.", Vote(ANY, CARRIED)),
    ("On a show of hands the amendment was carried.", Vote(ANY, CARRIED)),
    ("The amendment was accepted by the mover and the seconder.",
     Vote(ANY, Outcome(True, "accepted"))),
    ("The amendment was accepted by the mover and upon being put to the vote it was",
     Vote(ANY, Outcome(True, "accepted"))),
    ("The amendment was accepted by the mover of the original motion and upon being put to "
     "the vote it was", Vote(ANY, Outcome(True, "accepted"))),
    ("The amendment was accepted by the mover and seconder of the motion.",
     Vote(ANY, Outcome(True, "accepted"))),
    ("(Carried)", Verdict(CARRIED)),
    ("LOST.", Verdict(LOST)),
    ("Carried unanimously.", Verdict(CARRIED)),
]


@pytest.mark.parametrize(("sentence", "expected"), MORE_VOTES)
def test_vote_margins_and_bare_verdicts(sentence, expected):
    """Votes with their margin, put to the meeting or on a show of hands, and a verdict on a
    line of its own, each read as its event."""
    assert parse_sentence(sentence) == expected


GALE_IRWIN = AmendmentMoved("Councillor Fred Gale", "Councillor Hilda Irwin")
MORE_MOVERS = [
    ("Councillor Fred Gale moved, seconded by Councillor Hilda Irwin, the following amendment:",
     GALE_IRWIN),
    ("Councillor Fred Gale moved and Councillor Hilda Irwin seconded the following amendment:",
     GALE_IRWIN),
    ("Amendment moved by Councillor Fred Gale and seconded by Councillor Hilda Irwin:",
     GALE_IRWIN),
    ("Moved by Councillor Fred Gale, seconded by Councillor Hilda Irwin, as an amendment:",
     GALE_IRWIN),
    ("An amendment was proposed by Councillor Fred Gale and seconded by Councillor Hilda Irwin:",
     GALE_IRWIN),
    ("Cllr Gale proposed an amendment, seconded by Cllr Irwin:",
     AmendmentMoved("Cllr Gale", "Cllr Irwin")),
    ("AMENDMENT (moved by Councillor Fred Gale, seconded by Councillor Hilda Irwin):",
     GALE_IRWIN),
    ("Councillor Fred Gale, seconded by Councillor Hilda Irwin, moved an amendment:", GALE_IRWIN),
    ("Councillor Fred Gale proposed the following amendment:",
     AmendmentMoved("Councillor Fred Gale", "")),
    ("Amendment:", AmendmentMoved("", "")),
    ("It was moved by Councillor Fred Gale, seconded by Councillor Hilda Irwin, that the Motion "
     "now submitted be amended by the deletion of paragraph (b).",
     AmendmentMoved("Councillor Fred Gale", "Councillor Hilda Irwin",
                    "that the Motion now submitted be amended by the deletion of paragraph (b).")),
    ("It was moved by Councillor Fred Gale, seconded by Councillor Hilda Irwin, that this Council "
     "notes the report.",
     Moved("Councillor Fred Gale", "Councillor Hilda Irwin", "this Council notes the report.")),
]


@pytest.mark.parametrize(("sentence", "expected"), MORE_MOVERS)
def test_more_ways_of_moving_an_amendment(sentence, expected):
    """Each way minutes say an amendment was moved gives the amendment, its mover and seconder
    (and "It was moved … that the Motion … be amended …" moves an amendment, not a motion)."""
    assert parse_sentence(sentence) == expected


AYRES_DUNNE = Moved("Councillor Beth Ayres", "Councillor Clive Dunne", "")
MORE_MOTIONS = [
    ("Councillor Beth Ayres moved, seconded by Councillor Clive Dunne, the following motion:",
     AYRES_DUNNE),
    ("Motion moved by Councillor Beth Ayres, seconded by Councillor Clive Dunne:", AYRES_DUNNE),
    ("The following motion was moved by Councillor Beth Ayres and seconded by Councillor Clive "
     "Dunne:", AYRES_DUNNE),
    ("Proposed by Councillor Beth Ayres, seconded by Councillor Clive Dunne:", AYRES_DUNNE),
    ("Moved by Councillor Beth Ayres, seconded by Councillor Clive Dunne, that this Council:-",
     Moved("Councillor Beth Ayres", "Councillor Clive Dunne", "this Council:-")),
    ("Councillor Beth Ayres moved and Councillor Clive Dunne seconded the following motion:",
     AYRES_DUNNE),
    ("MOTION", Moved("", "", "")),
]


@pytest.mark.parametrize(("sentence", "expected"), MORE_MOTIONS)
def test_more_ways_of_moving_the_motion(sentence, expected):
    """Each way minutes say the motion was moved gives the motion's mover and seconder."""
    assert parse_sentence(sentence) == expected
