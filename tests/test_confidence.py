"""Confidence: a missing name costs more than a missing common word; it is a probability."""

import numpy as np

from bot import Chatbot
from bot.answering.confidence import SIGNALS, confidence, signals

IDF = {"president": 2.0, "current": 3.0}.get


def test_a_name_the_document_lacks_costs_more_than_a_word_it_lacks() -> None:
    scores = np.array([10.0, 8.0])
    as_name = signals({"president", "current", "brazil"}, {"brazil"}, IDF, 4.0,
                      {"president", "current"}, {"president"}, scores)
    as_word = signals({"president", "current", "phone"}, set(), IDF, 4.0,
                      {"president", "current"}, {"president"}, scores)
    assert len(as_name) == len(SIGNALS)
    assert confidence(as_name) < confidence(as_word)
    assert 0.0 < confidence(as_name) < 1.0


def test_answered_questions_are_confident_and_near_misses_are_not(bot: Chatbot) -> None:
    assert bot.ask("When was the FATCA agreement signed?").confidence > 0.9
    near_miss = bot.ask("What is the population of Kazakhstan?")
    assert near_miss.kind == "fallback" and near_miss.confidence < bot.threshold
