"""How the operations of one part chain: what joins into one operation, and what is refused."""

import pytest

from amend import InstructionSyntaxError, read_amendment


@pytest.mark.parametrize("instruction", [
    "the deletion of paragraph (b) and the words “x”",
    "Insert “x” after “y” and add: z",
    "Delete paragraph (b) and insert the following paragraphs at the end of this section: x",
    "Delete all",
])
def test_words_that_join_no_operation_are_an_error(instruction):
    """Words, new text or "this section" with nothing before to attach to are refused."""
    with pytest.raises(InstructionSyntaxError):
        read_amendment(instruction)


def test_delete_all_alone_says_new_text_must_follow():
    """"Delete all" with nothing to put in its place says that text must follow."""
    with pytest.raises(InstructionSyntaxError) as info:
        read_amendment("Delete all")
    assert "replaces it" in info.value.hint


def test_a_place_limits_only_the_operation_after_it():
    """"In the third paragraph, delete X and insert Y after Z" limits only the deletion."""
    part, = read_amendment("In the third paragraph, delete “x” and insert “y” after “z”").parts
    deletion, insertion = part.operations
    assert (deletion.scope is not None, insertion.scope) == (True, None)
