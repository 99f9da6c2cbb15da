"""Quality floors on the development questions (a copy kept in tests/data), as aggregates."""

import json
import re
import statistics
from pathlib import Path

import pytest

from bot import Chatbot

QUESTIONS = [json.loads(line) for line in
             (Path(__file__).parent / "data" / "dev.jsonl").read_text().splitlines() if line]


def folded(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9]+", " ", text.lower()).strip() + " "


def right(text: str, golds: list[str]) -> bool:
    return any(folded(g).strip() in folded(text) for g in golds)


@pytest.fixture(scope="module")
def results(bot: Chatbot) -> dict[str, list[bool]]:
    """Right/wrong per group of the development questions, and whether answers are short."""
    out: dict[str, list[bool]] = {"answer": [], "intent": [], "out_of_scope": [], "dialogue": []}
    lengths = []
    for item in QUESTIONS:
        if "turns" in item:
            conv = bot.conversation()
            for turn in item["turns"]:
                reply = conv.ask(turn)
            out["dialogue"].append(reply.kind == "answer" and right(reply.text, item["answers"]))
            continue
        reply = bot.ask(item["q"])
        if "intent" in item:
            out["intent"].append(reply.kind == "intent" and reply.intent == item["intent"])
        elif item.get("out_of_scope"):
            out["out_of_scope"].append(reply.kind != "answer")
        else:
            ok = reply.kind == "answer" and right(reply.text, item["answers"])
            out["answer"].append(ok)
            if ok:
                lengths.append(len(reply.text))
    out["median_length"] = [statistics.median(lengths) <= 200]
    return out


Results = dict[str, list[bool]]


def test_at_least_95_percent_of_factual_questions_are_answered_right(results: Results) -> None:
    assert sum(results["answer"]) / len(results["answer"]) >= 0.95


def test_answers_are_a_sentence_long(results: Results) -> None:
    assert all(results["median_length"])


def test_all_small_talk_is_recognised(results: Results) -> None:
    assert all(results["intent"])


def test_all_out_of_scope_questions_are_declined(results: Results) -> None:
    assert all(results["out_of_scope"])


def test_all_follow_up_dialogues_are_answered(results: Results) -> None:
    assert all(results["dialogue"])
