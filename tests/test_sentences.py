"""Where a paragraph's sentences end: not after a title or an initial, and which initials
are in doubt (they could end a sentence). Sentences from London's published minutes."""

import pytest

from amend.text.sentences import doubtful_initials, sentence_spans

CASES = [
    # (words, the sentences, the initials in doubt)
    ("The communication from D. R. Schmidt, Development Manager, was received. It is noted.",
     ["The communication from D. R. Schmidt, Development Manager, was received.",
      "It is noted."], []),
    ("A communication from Councillors S. Franke and C. Rahman was received. It is noted.",
     ["A communication from Councillors S. Franke and C. Rahman was received.",
      "It is noted."], ["C."]),
    ("A verbal delegation from S. Campbell, Ark Aid, was received.",
     ["A verbal delegation from S. Campbell, Ark Aid, was received."], ["S."]),
    ("To amend Zoning By-law No. Z.-1, in conformity with the plan. Carried.",
     ["To amend Zoning By-law No. Z.-1, in conformity with the plan.", "Carried."], []),
    ("Cllr. Smith moved it. Mr. Jones seconded it.",
     ["Cllr. Smith moved it.", "Mr. Jones seconded it."], []),
    ("Council prefers Option B. The report is noted.",
     ["Council prefers Option B. The report is noted."], ["B."]),
    ("Council notes the plan. Is it enough? It asks for more!",
     ["Council notes the plan.", "Is it enough?", "It asks for more!"], []),
]


@pytest.mark.parametrize(("words", "sentences", "doubts"), CASES,
                         ids=[words[:30] for words, _, _ in CASES])
def test_sentences_end_after_words_not_titles_or_initials(words, sentences, doubts):
    """Each case's sentences are split where a sentence ends, and only a lone initial after a
    word is in doubt."""
    assert [words[s:e] for s, e in sentence_spans(words)] == sentences
    assert [words[stop - 1:stop + 1] for stop in doubtful_initials(words)] == doubts
