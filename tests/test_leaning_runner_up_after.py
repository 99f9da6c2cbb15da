"""The runner-up that is the sentence right after the best one and opens by leaning on it
("This was crushed by …", "Such boats are called …") joins the answer within
``LEANING_MARGIN``, when it gives a word of the question the best one lacks or the two
stay short together (``SHORT_NEXT``). Not a runner-up further away or past the margin, nor
one that leans on nothing, nor a long one adding none of the question's words, nor, for a
question asking a kind of thing, one that does not offer it."""

import numpy as np
import pytest

from bot import Chatbot
from bot.answering.read_next import LEANING_MARGIN, SHORT_NEXT, leaning_runner_up

DOC = """Harbour Notes

Uprising

In 1854 the dockers of Velm rose against the harbour tax. This was crushed by the town
guard within a week. The harbour was closed for a month. The old pier, built of oak from the
northern forests and repaired many times over two centuries by the guild of carpenters, was
then lengthened. It was lengthened again in 1901, after many ships had run aground there.
"""

BOT = Chatbot.from_text(DOC, cache=False)
SENTENCES = BOT.retriever.sentences_
TERMS = BOT.retriever.layout_.sentence_terms
IDS = np.arange(len(SENTENCES))


def _index(start: str) -> int:
    return next(i for i, s in enumerate(SENTENCES) if s.text.startswith(start))


def _joined(question: str, best: str, runner_up: str, margin: float) -> int | None:
    scores = np.zeros(len(SENTENCES))
    scores[_index(best)], scores[_index(runner_up)] = 5.0, 5.0 - margin
    return leaning_runner_up(SENTENCES, IDS, scores, np.argsort(-scores),
                             BOT.retriever.read(question), TERMS)


def test_a_leaning_next_sentence_within_the_margin_joins() -> None:
    joined = _joined("What stopped the dockers of Velm?", "In 1854", "This was crushed",
                     LEANING_MARGIN / 2)
    assert joined == _index("This was crushed")


def test_past_the_margin_or_not_next_it_stays_out() -> None:
    question = "What stopped the dockers of Velm?"
    assert _joined(question, "In 1854", "This was crushed", LEANING_MARGIN + 0.5) is None
    assert _joined(question, "In 1854", "The harbour was", LEANING_MARGIN / 2) is None


def test_a_next_sentence_that_leans_on_nothing_stays_out() -> None:
    assert _joined("What was closed?", "This was crushed", "The harbour was",
                   LEANING_MARGIN / 2) is None


def test_a_long_pair_joins_only_with_a_word_the_best_one_lacks() -> None:
    best, after = SENTENCES[_index("The old pier")].text, SENTENCES[_index("It was")].text
    assert len(best) + len(after) >= SHORT_NEXT
    assert _joined("Why did ships run aground at the pier?", "The old pier", "It was",
                   LEANING_MARGIN / 2) == _index("It was")
    assert _joined("Who repaired the oak pier?", "The old pier", "It was",
                   LEANING_MARGIN / 2) is None


@pytest.mark.parametrize(("question", "joins"), [
    ("When was the pier lengthened after ships ran aground?", True),  # it offers a date
    ("How many ships ran aground at the pier?", False),  # it offers no count
])
def test_a_typed_question_takes_it_only_when_it_offers_the_kind(question: str,
                                                                 joins: bool) -> None:
    joined = _joined(question, "The old pier", "It was", LEANING_MARGIN / 2)
    assert (joined is not None) is joins
