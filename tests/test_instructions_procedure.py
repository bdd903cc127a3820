"""The meeting's procedure pasted after an amendment is left out, with a warning."""

import pytest

from amend import WarningKind, read_amendment, read_motion, resolve
from amend.errors import NoInstruction
from amend.instructions.procedure import PROCEDURE
from tests.seeds import between, seed


@pytest.mark.parametrize(("line", "procedure"), [
    ("The amendment was carried.", True),
    ("The amendment in the name of Councillor Venner was declared carried and upon being put "
     "to the vote it was", True),
    ("On being put to the vote the amendment was lost.", True),
    ("(Carried)", True),
    ("CARRIED UNANIMOUSLY", True),
    ("Moved by Councillor Ann Lee, seconded by Councillor Bob Hart.", True),
    ("Seconder: Councillor Bob Hart", True),
    ("(d) notes that the amendment to the scheme is welcome.", False),
    ("Council notes that the plan was carried forward from last year.", False),
    ("Moved by the plight of rough sleepers, Council resolves to act.", False),
])
def test_procedure_lines(line, procedure):
    """A line recording a vote or a mover reads as procedure; words of a motion do not."""
    assert (PROCEDURE.match(line) is not None) is procedure


def test_seed_001_vote_line_after_the_amendment_is_left_out_with_a_warning():
    """Seed 001's amendment copied with the vote line after it resolves as without it, and the
    warning names the vote line where it stands."""
    text = seed(1)
    motion = read_motion(between(text, "This Council notes the outcome", "Minutes:"))
    amendment_text = between(text, "Delete all after:", "The amendment in the name")
    vote = between(text, "The amendment in the name", "\n")
    pasted = read_amendment(f"{amendment_text}\n\n{vote}\n", source="amendment.txt",
                            motion=motion)
    result = resolve(motion, pasted)
    assert result.motion == resolve(motion, read_amendment(amendment_text, motion=motion)).motion
    (warning,) = result.warnings
    assert warning.kind is WarningKind.PROCEDURE_LEFT_OUT
    assert (warning.span.line, warning.span.column) == (amendment_text.count("\n") + 3, 1)
    assert warning.message.startswith("“The amendment in the name of Councillor Venner")


def test_a_whole_amendment_that_is_only_procedure_is_not_emptied():
    """A text whose only paragraph is a vote line is left for the reader to refuse."""
    with pytest.raises(NoInstruction):
        read_amendment("The amendment was carried.")
