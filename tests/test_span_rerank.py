"""The second look at the best spans: whole-span features, and the conditional logit."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.fit_rerank import _conditional_logit
from bot.spans.chunks import chunks, verbish
from bot.spans.features import matches, tokenize
from bot.spans.model import best_span
from bot.spans.question import Question
from bot.spans.rerank import RERANK, class_weights, rerank_rows, second_look, top_spans

BRIDGE = "The bridge, which opened in 1932, was designed by Joseph Strauss."
# tokens: 0 The, 1 bridge, 2 ",", 3 which, 4 opened, 5 in, 6 1932, 7 ",", 8 was,
# 9 designed, 10 by, 11 Joseph, 12 Strauss, 13 "."


def features(sentence: str, question: str, qclass: str,
             spans: list[tuple[int, int]]) -> dict[str, list[float]]:
    """The named features of some spans (first token, last token), first-model order."""
    tokens = tokenize(sentence)
    i = np.array([a for a, _ in spans])
    j = np.array([b for _, b in spans])
    asked = Question.read(question, qclass)
    rows = rerank_rows(tokens, matches(tokens, asked.stems), asked,
                       (i, j, -np.arange(len(spans), dtype=float), np.zeros((len(spans), 60))))
    return {name: [float(v) for v in rows[:, k]] for k, name in enumerate(RERANK)}


def test_a_whole_name_after_by_is_a_natural_chunk_and_half_a_name_is_not() -> None:
    f = features(BRIDGE, "Who designed the bridge?", "person", [(11, 12), (11, 11)])
    assert f["whole_caps"] == [1.0, 0.0]
    assert f["cuts_caps"] == [0.0, 1.0]
    assert f["after_prep"] == [1.0, 1.0]
    assert f["before_break"] == [1.0, 0.0]


def test_a_span_that_repeats_the_question_is_marked_even_misspelt() -> None:
    f = features(BRIDGE, "Who desigend the bridge?", "person", [(9, 12), (11, 12)])
    assert f["fuzzy_repeat"] == [1.0, 0.0]
    assert f["repeats"] == [0.0, 0.0]


def test_question_words_in_the_same_clause_and_their_coverage() -> None:
    f = features(BRIDGE, "Who designed the bridge?", "person", [(11, 12), (6, 6)])
    assert f["clause_left"] == [1.0, 0.0]
    assert f["cover_sentence"] == [1.0, 1.0]
    assert f["cover_left"][0] == 0.5 and f["cover_right"] == [0.0, 0.5]


def test_chunk_classes_of_words() -> None:
    assert verbish("designed", "designed") and verbish("was", "was")
    assert not verbish("Red", "red") and not verbish("Ahmed", "ahmed")
    tokens = tokenize(BRIDGE)
    words = chunks(tokens.text, tokens.lows)
    first, last = words.clause
    assert (first[11], last[11]) == (7, 13)
    assert words.prep[10 + 1] and words.relative[3 + 1] and words.verb[9 + 1]


def test_dotted_abbreviations_stay_one_token_and_match_the_question() -> None:
    tokens = tokenize("The U.S. Embassy opened in Washington, D.C. in 1992.")
    assert "U.S." in tokens.text and "D.C." in tokens.text
    assert matches(tokens, Question.read("When did the US embassy open?").stems)[1]
    span = best_span("The Kazakhstan-U.S. Energy Partnership is the key instrument.",
                     "What is the key instrument of energy cooperation?")
    assert span is not None and "U" not in span.text.split()


def test_without_fitted_weights_the_second_look_keeps_the_first_models_order() -> None:
    scores = np.full((4, 3), -np.inf)
    scores[0, 0], scores[2, 1], scores[3, 0] = 1.0, 3.0, 2.0
    i, k = top_spans(scores)
    assert list(zip(i.tolist(), k.tolist(), strict=True)) == [(2, 1), (3, 0), (0, 0)]
    rows = np.zeros((3, len(RERANK)))
    rows[:, RERANK.index("gap")] = scores[i, k] - 3.0
    look = second_look(rows, i, k, class_weights({}, "date"))
    assert (look.i, look.k, look.first) == (2, 1, True)
    assert abs(look.probability - 1 / (1 + np.exp(-1) + np.exp(-2))) < 1e-9


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_the_conditional_logit_learns_which_candidate_is_right(seed: int) -> None:
    rng = np.random.default_rng(seed)
    groups, right = [], []
    for _ in range(40):
        x = rng.normal(size=(5, 3))
        groups.append(x)
        right.append(x[:, 0] == x[:, 0].max())
    w = _conditional_logit(groups, right, 0.1)
    assert w[0] > abs(w[1]) and w[0] > abs(w[2])
