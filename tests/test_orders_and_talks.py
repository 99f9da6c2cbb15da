"""Round 16's near misses of order and talk, each beside a question the document answers:
the second to do something asked of the first ("which country was the second to sign …"
of "Norland was the first country to sign …"); the one before another ("the council
meeting before the May 2019 one") of a sentence on the last one; the topics of a talk
asked of a sentence that only says the talk took place."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.constraints import ordinals_asked, unmet
from bot.answering.nearmiss.topics import untold_topics

HARBOUR = """Norland harbour

Ties

Norland became the first country in the region to sign a ferry treaty with Portvale, on
March 2, 2015.

The harbour council meets every year. The last council meeting was held on May 3, 2019,
in Eastbay.

On June 4, 2019, the two ministers held a brief conversation in Westbay.

On July 9, 2019, the ministers talked by phone, during which fishing quotas were discussed.
"""


@pytest.fixture(scope="module")
def harbour() -> Chatbot:
    return Chatbot.from_text(HARBOUR)


def test_an_ordinal_of_a_deed_qualifies_the_subject_asked() -> None:
    assert ordinals_asked("which country was the second to sign a treaty") == (
        ("second", frozenset({"countri"})),)
    assert ordinals_asked("what was the 2nd meeting about") == (("2nd", frozenset({"meet"})),)


@pytest.mark.parametrize(("question", "missing"), [
    ("which country in the region was the second to sign a ferry treaty?", ("the second",)),
    ("which country in the region was the first to sign a ferry treaty?", ()),
])
def test_the_second_to_do_it_is_not_the_first(harbour: Chatbot, question: str,
                                              missing: tuple[str, ...]) -> None:
    reply = harbour.ask(question)
    assert reply.explanation.unmet == missing, reply.text
    assert (reply.kind == "answer") == (not missing)


def test_the_one_before_another_is_the_previous_one() -> None:
    assert ordinals_asked("where was the council meeting before the May 2019 one held?") == (
        ("previous", frozenset({"council", "meet"})),)
    last = "The last council meeting was held on May 3, 2019, in Eastbay."
    assert unmet("where was the council meeting before the May 2019 one held?", last, last,
                 ) == ("the previous",)
    assert ordinals_asked("what happened before the war?") == ()


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("What were the main topics of the ministers' brief conversation?",
     "On June 4, 2019, the two ministers held a brief conversation in Westbay.", True),
    ("what did the ministers discuss on the phone",
     "On June 4, 2019, the two ministers held a brief conversation in Westbay.", True),
    ("what did the ministers discuss on the phone",
     "The ministers talked by phone, during which fishing quotas were discussed.", False),
    ("What was the topic of the minister's 2015 paper?", "The minister wrote a paper.",
     False),  # a paper's topic: no talk asked of
    ("What was the theme of the festival?", "The festival was held in May.", False),
])
def test_the_topics_of_a_talk_must_be_told(question: str, text: str, missing: bool) -> None:
    assert bool(untold_topics(question, text)) is missing


def test_topics_end_to_end(harbour: Chatbot) -> None:
    reply = harbour.ask("What were the main topics of the ministers' brief conversation in "
                        "Westbay?")
    assert reply.kind == "fallback" and reply.explanation.unmet == ("what was discussed",)
    reply = harbour.ask("What did the ministers discuss by phone in July 2019?")
    assert reply.kind == "answer" and "fishing quotas" in reply.text
