"""Soft word matches: near-synonyms count, exact words count fully, nothing breaks on odd text."""

import numpy as np

from bot.index.wordpieces import SoftCoverage, vocabulary
from bot.language.text import words

TEXTS = [words(t) for t in ("He worked as a parish priest.", "The house had a red roof.", "",
                            "His occupation was farming.")]


def coverage(question: str) -> list[float]:
    soft = SoftCoverage().fit(TEXTS)
    every = np.arange(len(TEXTS))
    query = soft.query(words(question))
    return [round(float(x), 3) for x in soft.coverage(query, soft.matches(query, every))]


def test_a_related_word_covers_more_than_an_unrelated_one() -> None:
    job = coverage("What was his job?")
    assert job[3] > job[1] and job[3] > job[0]  # "occupation" is nearer "job" than "roof" is


def test_an_exact_match_covers_fully_and_an_empty_text_not_at_all() -> None:
    roof = coverage("roof")
    assert roof[1] == 1.0 and roof[2] == 0.0
    assert 0.0 <= roof[0] < 1.0 and 0.0 <= roof[3] < 1.0  # other texts cover it less
    assert coverage("") == [0.0, 0.0, 0.0, 0.0]


def test_a_span_of_texts_is_covered_by_any_of_them() -> None:
    soft = SoftCoverage().fit(TEXTS)
    query = soft.query(words("red roof farming"))
    matches = soft.matches(query, np.arange(len(TEXTS)))
    whole = soft.coverage(query, matches.max(axis=1, keepdims=True))[0]
    assert whole > soft.coverage(query, matches[:, [1]])[0]
    assert abs(whole - 1.0) < 1e-3  # vectors are stored in float16


def test_words_are_cut_into_known_pieces_without_accents() -> None:
    vocab = vocabulary()
    assert vocab.pieces(["gospić"]) == vocab.pieces(["gospic"]) != []
    assert vocab.pieces(["emigrating"]) and vocab.pieces(["x" * 101]) == []


def test_the_learned_state_round_trips() -> None:
    soft = SoftCoverage().fit(TEXTS)
    again = SoftCoverage.from_state(soft.state())
    every = np.arange(len(TEXTS))
    query = soft.query(words("What was his occupation?"))
    assert np.allclose(soft.matches(query, every), again.matches(query, every))


def test_vector_rows_read_on_demand_are_the_stored_vectors_in_float32() -> None:
    from bot.index.wordpieces import VECTORS, Vocabulary

    vocab = Vocabulary()
    with np.load(VECTORS) as data:
        every = data["vectors"].astype(np.float32)
    some = np.array([7, 3, 7, 29000, 0])
    assert vocab.rows(some).tobytes() == every[some].tobytes()
    assert vocab.rows([]).shape == (0, vocab.dim)
    assert vocab.rows(np.arange(vocab.size)).tobytes() == every.tobytes()
