"""A yes-or-no question that turns on a word the document never uses is declined: the
document can neither confirm nor deny it. Our own small document, not any question set."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.confirming import unconfirmed, unknown_doer

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


@pytest.mark.parametrize(("question", "missing"), [
    ("when did qorvath visit portvale", ["Qorvath"]),  # a name the document never gives
    ("when did norlend visit portvale", []),  # a typo of the document's "Norland"
    ("when did Qorvath visit portvale", []),  # capitalised: the name checks read it
    ("when did diplomats visit portvale", []),  # English
    ("what was earmarked for trade", []),  # a participle after "was"
    ("why did onlookers cheer", []),  # a plural
])
def test_a_doer_the_document_never_names(question: str, missing: list[str]) -> None:
    terms = {"norland", "portvale", "trade"}
    assert unknown_doer(question, lambda t: 0.3 if t in terms else 0.0, terms) == missing


def test_the_bot_declines_a_visit_by_someone_else(harbour: Chatbot) -> None:
    assert harbour.ask("when did qorvath visit portvale").kind == "fallback"
