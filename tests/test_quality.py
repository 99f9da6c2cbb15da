"""Quality floors on the development questions (a copy kept in tests/data), as aggregates."""

from pathlib import Path

import pytest

from bot import Chatbot
from bot.evaluate import Report, evaluate, load_questions

QUESTIONS = Path(__file__).parent / "data" / "dev.jsonl"


@pytest.fixture(scope="module")
def report(bot: Chatbot) -> Report:
    """Every development question asked once, scored by the rules of `kzbot eval`."""
    return evaluate(bot, load_questions(QUESTIONS))


def test_at_least_95_percent_of_factual_questions_are_answered_right(report: Report) -> None:
    assert (report.rate("answer") or 0.0) >= 0.95


def test_answers_are_a_sentence_long(report: Report) -> None:
    assert report.figures()["median_answer_chars"] <= 200


def test_all_small_talk_is_recognised(report: Report) -> None:
    assert report.rate("intent") == 1.0


def test_all_out_of_scope_questions_are_declined(report: Report) -> None:
    assert report.rate("out_of_scope") == 1.0


def test_all_follow_up_dialogues_are_answered(report: Report) -> None:
    assert report.rate("dialogue") == 1.0


def test_exact_answers_when_given_are_mostly_right(report: Report) -> None:
    figures = report.figures()
    assert figures["span_precision"] >= 70.0  # of the spans given, F1 >= 0.8 against gold
    assert figures["span_given"] >= 40.0
