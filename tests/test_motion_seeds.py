"""The motion reader on the real published minutes: the tree a clerk would draw."""

from amend import read_motion
from amend.motion.labels import ALPHA, BULLET, NUMBER, ROMAN
from tests.seeds import between, lines_from, seed


def labels(paras):
    return [p.label.text if p.label else None for p in paras]


def test_seed_000_motion_is_a_to_f_with_roman_sub_list_under_b():
    """Seed 000's motion reads as (a)-(f), with (i)-(iii) under (b) and a preamble."""
    motion = read_motion(between(seed(0), "That this Council:-", "Minutes:"))
    assert motion.preamble == "That this Council:-"
    assert labels(motion.paragraphs) == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]
    sub = motion.paragraphs[1].children
    assert labels(sub) == ["(i)", "(ii)", "(iii)"]
    assert {p.label.kind for p in sub} == {ROMAN}
    assert motion.paragraphs[1].ending == ":-"
    assert [p.ending for p in motion.paragraphs] == [";", ":-", ";", ";", "; and", "."]


def test_seed_000_alston_block_reads_i_as_the_letter():
    """In Alston's part 3, (i) follows (h) at the same level and is the letter i."""
    block = lines_from(seed(0), "congratulates and thanks the staff", "8.3")
    paras = read_motion(block).paragraphs
    assert labels(paras) == ["(g)", "(h)", "(i)", "(j)", "(k)", "(l)"]
    assert paras[2].label.kind == ALPHA and paras[2].label.index == 9
    assert all(not p.children for p in paras)


def test_seed_000_teal_new_d_keeps_its_five_bullets():
    """Teal's new (d) holds its five bullets as a sub-list; (e)-(g) follow at the top level."""
    block = lines_from(seed(0), "notes that Ofsted found", "8.4")
    paras = read_motion(block).paragraphs
    assert labels(paras) == ["(d)", "(e)", "(f)", "(g)"]
    bullets = paras[0].children
    assert len(bullets) == 5 and {b.label.kind for b in bullets} == {BULLET}
    assert bullets[0].text.startswith("the consistent application")
    assert paras[0].ending == ":"


def test_seed_000_recorded_substantive_motion_is_a_to_h():
    """The recorded substantive motion reads as (a)-(h), still with (i)-(iii) under (b)."""
    record = between(seed(0), "RESOLVED: That this Council:-", "8.6.1")
    motion = read_motion(record)
    assert motion.preamble == "RESOLVED: That this Council:-"
    assert labels(motion.paragraphs) == [f"({c})" for c in "abcdefgh"]
    assert len(motion.paragraphs[1].children) == 3
    assert [p.ending for p in motion.paragraphs[4:]] == [";", ";", "; and", "."]


def test_seed_001_motion_is_four_unlabelled_paragraphs_with_numbered_list():
    """Seed 001's motion is four unlabelled paragraphs; the fourth introduces 1.-3."""
    motion = read_motion(between(seed(1), "This Council notes the outcome", "Minutes:"))
    assert motion.preamble == ""
    assert labels(motion.paragraphs) == [None, None, None, None]
    fourth = motion.paragraphs[3]
    assert fourth.ending == ":"
    assert labels(fourth.children) == ["1.", "2.", "3."]
    assert {p.label.kind for p in fourth.children} == {NUMBER}


def test_seed_002_resolution_is_a_to_e():
    """Seed 002's RESOLVED reads as a) to e) after the preamble "RESOLVED: that"."""
    motion = read_motion(between(seed(2), "RESOLVED: that", "Supporting documents"))
    assert motion.preamble == "RESOLVED: that"
    assert labels(motion.paragraphs) == ["a)", "b)", "c)", "d)", "e)"]


def test_seed_003_resolution_is_1_to_2_on_consecutive_lines():
    """Seed 003's RESOLVED lists (1) and (2) on consecutive lines with no blank between."""
    text = between(seed(3), "RESOLVED:\n(1)", "Supporting documents")
    motion = read_motion(text)
    assert motion.preamble == "RESOLVED:"
    assert labels(motion.paragraphs) == ["(1)", "(2)"]
    assert motion.paragraphs[0].ending == "; and"


def test_seed_004_inline_roman_items_stay_words():
    """Seed 004's (b) keeps "(i) … and (ii) …" as words, not as sub-paragraphs."""
    text = between(seed(4), "RESOLVED: That the Committee:-", "Supporting documents")
    motion = read_motion(text)
    assert labels(motion.paragraphs) == ["(a)", "(b)"]
    assert motion.paragraphs[1].children == ()
    assert "(i) its thanks" in motion.paragraphs[1].text
