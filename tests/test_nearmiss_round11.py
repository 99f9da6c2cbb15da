"""Round 11's near misses, each on a small document of our own: a count answered only by
an ordinal ("the third to sign"), an ordinal met only in a joined sentence about another
thing, an event of the asked thing's own verb that the answer tells the other way ("which
firms left" of firms that entered), a partner the document never names ("X and Y"), a
country the passage names only in a bracketed comparison ("(after Denmark)"). The
questions the document does answer in the same words are still answered."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.bracketed import bracketed_only
from bot.answering.nearmiss.confirming import unknown_doer
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.events import other_stage
from bot.answering.nearmiss.subjects import kind_absent
from bot.language.answer_type import NUMBER

ISLANDS = """Iceland and Norway

Envoys

Since 2020 – Ragna Dahl is the Ambassador of Iceland to Norway.

Dialogue

The fisheries dialogue has met since 2011. Its working groups became committees, whose
first meetings were held on May 3, 2015, in Oslo. The 4th dialogue session was held on
June 2, 2019, in Reykjavik, attended by officials of all interested agencies.

Treaties

On March 1, 2016, a treaty on legal assistance came into force. Iceland became the second
country in the Nordic region (after Denmark) to conclude such a treaty with Norway.

Business

Firms such as Nordfisk, Polarbank and Skaldsoft have entered the Icelandic market. About
60 Norwegian firms work in Iceland.

Leaders

On May 5, 2018, Prime Minister Solberg held talks with President Jonsdottir in Oslo.

Culture

A festival of Icelandic music is held in Bergen every summer.

Education

Students and professors of both countries take part in exchanges.

Energy

Norway and Iceland cooperate on geothermal energy and hydropower.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(ISLANDS)


@pytest.mark.parametrize("text", [
    "Iceland became the second country in the Nordic region to conclude such a treaty.",
    "The 4th dialogue session was attended by officials of all interested agencies.",
])
def test_an_ordinal_or_all_of_a_kind_is_no_count(text: str) -> None:
    assert kind_absent(NUMBER, text, "how many countries have such a treaty") == [
        "a number"]


@pytest.mark.parametrize("text", [
    "About 60 Norwegian firms work in Iceland.",
    "Three firms have entered the market.",
    "It was the third time they met.",  # "how many times": an ordinal counts them
])
def test_a_cardinal_count_still_answers_how_many(text: str) -> None:
    question = "how many times did they meet" if "time" in text else "how many firms"
    assert kind_absent(NUMBER, question=question, text=text) == []


def test_an_ordinal_is_met_only_where_the_answer_names_its_kind() -> None:
    joined = ("Since 2020 – Ragna Dahl is the Ambassador of Iceland to Norway. Its working "
              "groups became committees, whose first meetings were held in Oslo.")
    assert "the first" in unmet("who was the first icelandic ambassador to norway",
                                joined, joined)
    own = "Ragna Dahl was the first Ambassador of Iceland to Norway."
    assert unmet("who was the first icelandic ambassador to norway", own, own) == ()


def test_the_event_of_the_asked_things_own_verb_is_read() -> None:
    sentence = "Firms such as Nordfisk and Polarbank have entered the Icelandic market."
    assert other_stage("which norwegian firms left the icelandic market", sentence) == [
        "the closing or departure"]
    assert other_stage("which firms have quit iceland", sentence) == [
        "the closing or departure"]
    assert other_stage("which norwegian firms entered the icelandic market", sentence) == []


def test_a_partner_the_document_never_names_is_missing() -> None:
    def share(term: str) -> float:
        return 0.2 if term.startswith(("solberg", "jonsdottir")) else 0.0

    assert unknown_doer("what did solberg and haugland agree", share, frozenset()) == [
        "Haugland"]
    assert unknown_doer("what did solberg and jonsdottir agree", share, frozenset()) == []
    # English words joined by "and" are no names: "an eventful and tiring year"
    assert unknown_doer("after an eventful and tiring year", share, frozenset()) == []


def test_a_country_named_only_in_a_bracketed_comparison_is_missing() -> None:
    passage = ("Iceland became the second country in the Nordic region (after Denmark) "
               "to conclude such a treaty with Norway.")
    assert bracketed_only("when did the treaty with denmark come into force", passage,
                          lambda _: 0.0) == ["Denmark"]
    # an aside that tells of the country answers for it
    aside = "Trawling was limited (above all in Denmark, where it ended after 1990)."
    assert bracketed_only("after what year did trawling end in denmark", aside,
                          lambda _: 0.0) == []
    assert bracketed_only("when did the treaty with norway come into force", passage,
                          lambda term: 0.5 if term == "norway" else 0.0) == []


@pytest.mark.parametrize("question", [
    "how many countries have such a treaty with norway",
    "how many sessions has the fisheries dialogue held in total",
    "who was the first icelandic ambassador to norway",
    "which norwegian firms left the icelandic market",
    "what did solberg and haugland agree on",
    "when did the legal assistance treaty with denmark come into force",
])
def test_near_domain_questions_are_declined(bot: Chatbot, question: str) -> None:
    assert bot.ask(question).kind == "fallback"


@pytest.mark.parametrize(("question", "gold"), [
    ("how many norwegian firms work in iceland", "60"),
    ("who is iceland's ambassador to norway", "Ragna Dahl"),
    ("which firms entered the icelandic market", "Nordfisk"),
    ("when did the legal assistance treaty come into force", "March 1, 2016"),
    ("when was the 4th dialogue session", "June 2, 2019"),
])
def test_the_questions_it_answers_are_still_answered(bot: Chatbot, question: str,
                                                     gold: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer" and gold in reply.text
