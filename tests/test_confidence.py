"""Confidence: a missing name costs more than a missing common word; it is a probability."""

import random

import numpy as np

from bench.train_confidence import without_answers
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


ARTICLE = [
    "The lighthouse stands on the northern cape. It was built in 1874 by the harbour board. "
    "Its lamp can be seen for twenty miles.",
    "Keepers lived in the cottage beside the tower. The last keeper left in 1961.",
]
ASKED = [
    {"question": "When was the lighthouse built?", "answers": ["1874"], "paragraph": 0},
    {"question": "When did the last keeper leave?", "answers": ["1961"], "paragraph": 2},
]


def test_a_hollowed_article_keeps_the_subject_and_loses_only_the_asked_fact() -> None:
    """The harder unanswerable questions confidence is measured on: the sentence holding
    the answer goes, its paragraph, names and the rest of the words stay."""
    hollow = without_answers(ARTICLE, ASKED, random.Random(0), share=1.0)
    assert "1874" not in hollow and "1961" not in hollow
    assert "lighthouse stands on the northern cape" in hollow
    assert "Its lamp can be seen for twenty miles." in hollow
    assert "Keepers lived in the cottage beside the tower." in hollow
    assert hollow.count("\n\n") == 1


def test_hollowing_none_of_the_questions_leaves_the_article_whole() -> None:
    assert without_answers(ARTICLE, ASKED, random.Random(0), share=0.0) == "\n\n".join(ARTICLE)
