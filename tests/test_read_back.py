"""A best sentence whose subject is a bare pronoun ("She is remembered for …") names its
doer in the sentence before: for a question asking who, that sentence joins the answer
when it names someone the question does not (its opening word counted) and the best one
names no one. Not for a question asking another kind of thing, nor when the best one
names someone itself, nor when the sentence before names no one or is in another passage."""

import pytest

from bot import Chatbot
from bot.answering.read_back import named_before, opening_name

DOC = """Harbour History

The Lighthouse

Marta Solberg kept the lighthouse for thirty years. She is remembered for
lighting the lamp through the great storm of 1911. The lamp was later replaced by an
electric one.

The Pier

The old pier was rebuilt after the storm. They painted it white in 1920.
"""

BOT = Chatbot.from_text(DOC)
SENTENCES = BOT.retriever.sentences_


def _index(start: str) -> int:
    return next(i for i, s in enumerate(SENTENCES) if s.text.startswith(start))


def _named_before(question: str, best: str) -> bool:
    return named_before(SENTENCES, _index(best), BOT.retriever.read(question))


def test_who_of_a_pronoun_subject_reads_back_to_the_name() -> None:
    assert _named_before("Who lit the lamp through the great storm?", "She is remembered")
    reply = BOT.ask("Who lit the lamp through the great storm?")
    assert reply.kind == "answer" and reply.text.startswith("Marta Solberg kept")


@pytest.mark.parametrize("question", ["When was the lamp lit through the great storm?",
                                      "What was the lamp lit through?"])
def test_a_question_not_asking_who_does_not_read_back(question: str) -> None:
    assert not _named_before(question, "She is remembered")


def test_a_sentence_before_naming_no_one_new_does_not_join() -> None:
    assert not _named_before("Who painted the pier white?", "They painted")
    assert not _named_before("Who did Marta Solberg succeed?", "She is remembered")


def test_a_best_sentence_that_does_not_open_with_a_pronoun_stands_alone() -> None:
    assert not _named_before("Who replaced the lamp?", "The lamp was later")


def test_no_reading_back_across_passages() -> None:
    assert not _named_before("Who rebuilt the old pier?", "The old pier")


@pytest.mark.parametrize(("sentence", "known", "named"), [
    ("Ada Berg refused to sign the charter.", set(), True),
    ("Ada Berg refused to sign the charter.", {"ada", "berg"}, False),
    ("The rest of the crew stayed.", set(), False),
    ("In 1881 she moved to Budapest.", set(), False),
    ("\u201cDuke Richard II\u201d was her brother.", set(), True),
])
def test_an_opening_name_is_one_the_question_lacks(sentence: str, known: set[str],
                                                   named: bool) -> None:
    assert opening_name(sentence, known) is named
