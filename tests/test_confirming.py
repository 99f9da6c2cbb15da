"""A yes-or-no question that turns on a word the document never uses is declined: the
document can neither confirm nor deny it. Our own small document, not any question set."""

import pytest

from bot import Chatbot
from bot.answering.confirming import unconfirmed

HARBOUR = """Portvale and Norland

Ties

Norland recognised Portvale on March 2, 1961. The harbour council has 11 members.

Trade

Trade between Portvale and Norland reached 2.4 billion dollars in 2020.

Travel

Norland citizens may visit Portvale for up to 30 days without a visa.
"""


@pytest.fixture(scope="module")
def harbour() -> Chatbot:
    return Chatbot.from_text(HARBOUR)


def _used(term: str) -> float:
    return 0.3 if term in {"member", "council", "harbour", "trade", "visa"} else 0.0


@pytest.mark.parametrize(("question", "missing"), [
    ("is norland a member of the alliance", ["“alliance”"]),
    ("is norland a member of the council", []),  # every word is the document's
    ("who is a member of the alliance", []),  # a wh-question: maybe a paraphrase
    ("is the council large or small", []),  # a choice, answered in the document's words
    ("is norland a member of the harbor council", []),  # a spelling the thesaurus knows
])
def test_a_yes_no_question_turns_on_its_words(question: str, missing: list[str]) -> None:
    assert unconfirmed(question, _used) == missing


def test_the_bot_declines_what_it_cannot_confirm(harbour: Chatbot) -> None:
    assert harbour.ask("is norland a member of the alliance").kind == "fallback"
    reply = harbour.ask("does norland need a visa for portvale")
    assert reply.kind == "answer" and "30 days" in reply.text
