"""The lines of a minutes item: page furniture named and dropped, minute numbers stripped
where they number minutes, and every other line kept as printed."""

from hypothesis import given, settings
from hypothesis import strategies as st

from amend import read_minutes
from amend.minutes.lines import lines_of_item
from tests.seeds import seed

# Limerick City and County Council, special meeting of 29 August 2014: text extracted from
# the council's PDF minutes (FarronF/limerick-council-meetings), pages 1 to 3 where they meet.
LIMERICK = """Minutes:

Members thanked the Cathaoirleach for calling the Special Meeting. It was stated

that Mary was a wonderful person. She had held many positions, she trained as a

Primary School Teacher, was a great Fine Gael person, was elected as a Councillor
---
2

in 1999 and the pinnacle of her career was being elected Cathaoirleach of Limerick

He said he was delighted to be at the Meeting to pay his respects to her.
---
3

The Cathaoirleach expressed his gratitude to the local community and all involved in
"""


def texts(text: str) -> list[str]:
    return [line.text for line in lines_of_item(text)]


def test_bare_page_numbers_counting_up_are_dropped_and_nothing_else():
    """Limerick's PDF text: the page numbers 2 and 3 and the page rule above each go; every
    other line stays as printed."""
    kept = [line for line in texts(LIMERICK) if line]
    furniture = ("2", "3", "---")
    expected = [line for line in LIMERICK.splitlines()[1:] if line and line not in furniture]
    assert kept == expected


def test_a_year_alone_on_a_line_is_kept():
    """A year alone on a line ("2024") is text, not furniture."""
    text = seed(3).replace("38.5 Councillor Wealls", "2024\n38.5 Councillor Wealls")
    assert "2024" in texts(text)


def test_minute_numbers_are_stripped_where_they_number_minutes():
    """Seed 003: "38.2 Councillor Brown thanked …" reads "Councillor Brown thanked …"."""
    lines = texts(seed(3))
    assert any(line.startswith("Councillor Brown thanked officers") for line in lines)
    assert "RESOLVED:" in lines  # "38.10 RESOLVED:" is minute ten
    assert not any(line[:1].isdigit() for line in lines)


def test_sub_minute_numbers_under_a_minute_are_stripped():
    """Seed 000: the sub-minutes 8.4.1 and 8.6.1 are numbers, not paragraphs."""
    lines = texts(seed(0))
    assert not any(line.startswith("8.") for line in lines)


def test_a_line_opening_with_a_decimal_number_keeps_it():
    """ "9.9 million …" among minutes numbered 38.1, 38.2, … keeps its "9.9"."""
    line = "9.9 million pounds had been set aside for early help over three years."
    text = seed(3).replace("38.5 Councillor Wealls", f"{line}\n38.5 Councillor Wealls")
    assert line in texts(text)


def test_a_lone_decimal_number_is_not_a_minute_number():
    """One line opening "1.2 million …" with no run of minutes around it keeps its number."""
    line = "1.2 million journeys were made on the city's buses last year."
    assert line in texts(f"Minutes:\n\n{line}\n\nRESOLVED: That the report be noted.\n")


FURNITURE = ["Page 3", "Page 3 of 7", "1 Page 1", "PAGE 12 OF 40"]


def test_each_named_page_footer_is_dropped():
    """ "Page 3", "Page 3 of 7", "1 Page 1" between two paragraphs are dropped."""
    for footer in FURNITURE:
        text = seed(3).replace("38.5 Councillor Wealls", f"{footer}\n38.5 Councillor Wealls")
        assert footer not in texts(text)


def _blank_lines(text: str) -> list[int]:
    return [i for i, line in enumerate(text.split("\n")) if not line.strip()]


def _paginated(text: str, breaks: list[int], header: str) -> str:
    """The text with a page footer and a running header at each of the blank lines chosen."""
    lines = text.split("\n")
    blanks = _blank_lines(text)
    chosen = sorted(blanks[b] for b in breaks)
    for page, index in reversed(list(enumerate(chosen, start=1))):
        lines[index:index + 1] = ["", f"Page {page} of {len(chosen) + 1}", header, ""]
    return "\n".join(lines)


@settings(max_examples=12, deadline=None)
@given(breaks=st.lists(st.integers(min_value=0, max_value=len(_blank_lines(seed(0))) - 1),
                      min_size=2, max_size=6, unique=True))
def test_page_footers_and_a_running_header_leave_the_item_unchanged(breaks):
    """Seed 000 cut into pages at two or more blank lines (footer "Page N of M", the header
    repeated) reads as the seed does."""
    header = "Council – 2 September 2020"
    paginated = _paginated(seed(0), breaks, header)
    assert read_minutes(paginated) == read_minutes(seed(0))


def test_a_paragraph_repeated_before_two_page_breaks_is_kept():
    """The motion's (a), printed again in the resolution, is kept when both stand just
    before a page break: a repeated paragraph is not a running footer."""
    header = "Council – 2 September 2020"
    lines = seed(0).split("\n")
    before_a = [k for k, i in enumerate(_blank_lines(seed(0)))
                if lines[i - 1].startswith("(a)\xa0") and "three weeks" in lines[i - 1]]
    assert len(before_a) >= 2
    paginated = _paginated(seed(0), before_a[-2:], header)
    assert read_minutes(paginated) == read_minutes(seed(0))
