"""The instruction writer is the inverse of the grammar."""

from hypothesis import given
from hypothesis import strategies as st

from amend.instructions.sentence import Located, read_instruction
from amend.instructions.writer import imperative, structured
from tests.strategies import operations


@given(operations(), st.sampled_from([structured, imperative]))
def test_reading_a_written_operation_gives_it_back(op, write):
    """parse(write(op)) == op in both styles."""
    text = write(op)
    found, *_ = read_instruction(text, Located("written", text, 0))
    assert found == (op,)
