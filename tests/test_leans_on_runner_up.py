"""A best sentence that opens by leaning on the one before it ("Their crew …", "After
the miss, …") cannot be read alone: when the sentence before is the ranker's runner-up,
within ``LEANING_MARGIN`` (wider than the margin for joining any runner-up), it joins the
answer in reading order; for a question asking a kind of thing, only when that sentence
offers the kind too. A runner-up elsewhere, or a best sentence that leans on nothing,
keeps the answer to the best sentence alone."""

import numpy as np

from bot import Chatbot
from bot.answering.compose import answer_text
from bot.answering.read_next import LEANING_MARGIN
from bot.answering.retriever import Retriever
from bot.reading.corpus import document_from_text

DOC = """Rowing Club Notes

Races

The Riverside Otters won the regional rowing final at Lake Marlow in 2019.
Their crew of nine rowers set a course record of six minutes.
The Hill Town Herons came second.
"""

SENTENCES = document_from_text(DOC).sentences
IDS = np.arange(len(SENTENCES))
JOIN_MARGIN = Retriever().join_margin  # for any runner-up


def _answer(scores: list[float]) -> str:
    values = np.array(scores, dtype=np.float64)
    return answer_text(SENTENCES, IDS, values, np.argsort(-values), JOIN_MARGIN)


def _index(start: str) -> int:
    return next(i for i, s in enumerate(SENTENCES) if s.text.startswith(start))


def _scores(best: str, runner_up: str, margin: float) -> list[float]:
    scores = [0.0] * len(SENTENCES)
    scores[_index(best)], scores[_index(runner_up)] = 5.0, 5.0 - margin
    return scores


def test_the_sentence_a_leaning_best_one_points_to_joins_before_it() -> None:
    margin = (JOIN_MARGIN + LEANING_MARGIN) / 2  # too far for any runner-up
    text = _answer(_scores("Their crew", "The Riverside", margin))
    assert text.startswith("The Riverside Otters won") and "Their crew of nine" in text


def test_a_runner_up_past_the_leaning_margin_stays_out() -> None:
    text = _answer(_scores("Their crew", "The Riverside", LEANING_MARGIN + 0.5))
    assert text.startswith("Their crew") and "Otters" not in text


def test_a_best_sentence_that_leans_on_nothing_stays_alone() -> None:
    margin = (JOIN_MARGIN + LEANING_MARGIN) / 2
    text = _answer(_scores("The Hill Town", "Their crew", margin))
    assert text == "The Hill Town Herons came second."


def test_a_typed_question_takes_the_sentence_before_only_when_it_offers_that_kind() -> None:
    # "who": the sentence before names a place, no person, so it stays out (a follow-up
    # "was she in Dornbach?" must not read it as the treasurer's place)
    bot = Chatbot.from_text("The Ferry Club\n\nThe club meets every spring in Dornbach. "
                            "Its treasurer is Mara Quist, a retired pilot.\n", cache=False)
    reply = bot.ask("who is the ferry club's treasurer?")
    assert reply.kind == "answer" and reply.text.startswith("Its treasurer is Mara Quist")
    assert "Dornbach" not in reply.text
