"""The TF-IDF index: the same vectors as scikit-learn, queried with numpy alone."""

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from bot.index.terms import TermIndex
from bot.language.text import features, words

TEXTS = ["The U.S. Embassy is established in Kazakhstan.",
         "Bilateral trade with the United States amounted to 1.636 billion dollars.",
         "Trade and investment grew; trade grew again.", "Nothing at all."]


def test_query_vectors_equal_scikit_learns() -> None:
    docs = [features(words(t)) for t in TEXTS]
    index = TermIndex().fit(docs)
    reference = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True).fit(docs)
    for query in ["trade trade with the US", "embassy in Kazakhstan", "unknown words only"]:
        q = features(words(query))
        expected = reference.transform([q]).toarray()[0]
        got = np.zeros_like(expected)
        ids, weights = index.query_vector(q)
        for term, weight in zip(ids, weights, strict=True):
            got[reference.vocabulary_[index_term(index, term)]] = weight
        np.testing.assert_allclose(got, expected, atol=1e-12)
        np.testing.assert_allclose(index.cosine(q), (reference.transform(docs) @ expected),
                                   atol=1e-12)


def index_term(index: TermIndex, term_id: int) -> str:
    return next(t for t, i in index.vocabulary_.items() if i == term_id)


def test_the_best_text_ranks_first_and_state_round_trips() -> None:
    index = TermIndex().fit([features(words(t)) for t in TEXTS])
    query = features(words("How much was bilateral trade?"))
    assert int(np.argmax(index.cosine(query))) == 1
    copy = TermIndex.from_state(index.state())
    np.testing.assert_array_equal(copy.cosine(query), index.cosine(query))
    np.testing.assert_array_equal(copy.bm25(query), index.bm25(query))


def test_bm25_matches_its_formula() -> None:
    docs = [["trade", "grew"], ["trade", "trade", "fell", "sharply", "again"], ["tea"]]
    index = TermIndex(k1=1.2, b=0.75).fit(docs)
    n, avg = 3, (2 + 5 + 1) / 3
    idf = np.log(1 + (n - 2 + 0.5) / (2 + 0.5))
    expected = [idf * 1 * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 2 / avg)),
                idf * 2 * 2.2 / (2 + 1.2 * (0.25 + 0.75 * 5 / avg)), 0.0]
    np.testing.assert_allclose(index.bm25(["trade", "unknown"]), expected)
