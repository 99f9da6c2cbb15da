"""The engine's shape: a question is read once, features and weights agree by name, every
learned part saves and loads one way, and a Chatbot's parts can be given."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from bot import Chatbot
from bot.answering import features, ranker
from bot.answering.ranker import WEIGHTS, Ranker
from bot.answering.retriever import Retriever
from bot.chatbot import default_path
from bot.index.terms import TermIndex
from bot.index.wordpieces import SoftCoverage
from bot.language import text
from bot.language.spelling import SpellingCorrector
from bot.reading.corpus import document_from_text
from bot.smalltalk.intents import IntentMatcher

QUESTION = "When did Kazakhstan open its consulate general in New York?"


def count_readings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every text ``bot.language.text.words`` cuts into words, from now on."""
    seen: list[str] = []
    original: Callable[[str], list[str]] = text.words

    def counting(raw: str) -> list[str]:
        seen.append(raw)
        return original(raw)

    monkeypatch.setattr(text, "words", counting)
    return seen


def test_a_question_is_cut_into_words_once_per_ask(bot: Chatbot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    seen = count_readings(monkeypatch)
    reply = bot.ask(QUESTION)
    assert reply.kind == "answer"
    assert seen.count(QUESTION) == 1
    assert not [t for t in seen if QUESTION in t and t != QUESTION]


def test_a_follow_up_reads_its_question_once_and_the_earlier_turn_once(
        bot: Chatbot, monkeypatch: pytest.MonkeyPatch) -> None:
    conversation = bot.conversation()
    first = conversation.ask("When was the 4th C5+1 ministerial meeting held?")
    seen = count_readings(monkeypatch)
    conversation.ask("Who attended it?")
    assert seen.count("Who attended it?") == 1
    assert len([t for t in seen if first.text in t]) == 1
    # short: it is tried alone, then as a follow-up ("The date?" is read as "when?" since
    # round 17, so a short message that is no bare kind of thing stands in for it)
    conversation.ask("The host city?")
    assert seen.count("The host city?") == 1


def test_every_feature_has_a_fitted_weight_and_every_weight_a_feature() -> None:
    assert list(WEIGHTS) == list(features.FEATURES)
    assert all(np.isfinite(w) for w in WEIGHTS.values())


def test_the_ranker_refuses_weights_for_other_features() -> None:
    with pytest.raises(ValueError, match="unknown_feature"):
        Ranker({**ranker.WEIGHTS, "unknown_feature": 1.0})
    with pytest.raises(ValueError, match="length"):
        Ranker({k: v for k, v in ranker.WEIGHTS.items() if k != "length"})


def test_the_feature_matrix_has_a_named_column_per_feature(bot: Chatbot) -> None:
    retriever = bot.retriever
    described = retriever.candidates(retriever.read(QUESTION))
    assert described is not None
    found, matrix = described
    assert matrix.shape == (len(found.ids), len(features.FEATURES))
    assert set(np.unique(matrix[:, features.column("top_passage")])) <= {0.0, 1.0}


DOCUMENT = document_from_text("# Tea\n\nGreen tea is grown in Shizuoka. It is picked in May."
                              "\n\nBlack tea is grown in Assam.\n")


@pytest.mark.parametrize("part", [
    TermIndex().fit([["green", "tea"], ["black", "tea", "tea"]]),
    SpellingCorrector().fit(["green", "tea", "shizuoka"]),
    SoftCoverage().fit([["green", "tea"], ["black", "tea"]]),
])
def test_every_learned_part_saves_and_loads_as_state_and_from_state(
        part: TermIndex | SpellingCorrector | SoftCoverage) -> None:
    state = part.state()
    again = type(part).from_state(state).state()
    assert state.keys() == again.keys()
    for key in state:
        np.testing.assert_array_equal(state[key], again[key])


def test_a_restored_retriever_answers_as_the_fitted_one() -> None:
    fitted = Retriever().fit(DOCUMENT)
    restored = Retriever.from_state(fitted.state(), DOCUMENT)
    assert restored.find("When is green tea picked?") == fitted.find("When is green tea picked?")
    other = document_from_text("Just one sentence here.")
    with pytest.raises(ValueError):
        Retriever.from_state(fitted.state(), other)


def test_a_chatbot_takes_its_parts() -> None:
    retriever = Retriever(join_margin=0.0).fit(DOCUMENT)
    matcher = IntentMatcher.from_folder(default_path("intents"))
    bot = Chatbot(document=DOCUMENT, retriever=retriever, intent_matcher=matcher)
    assert bot.retriever is retriever and bot.intents is matcher
    assert "Shizuoka" in bot.ask("Where is green tea grown?").text
    assert bot.ask("hello").intent == "greeting"
