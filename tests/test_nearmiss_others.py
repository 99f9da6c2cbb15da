"""Another's deed (round 13): a "when / where / how much" question whose doer the document
names once, in another passage, is declined when the answer's passage never names it; the
same question about the doer the passage does name is answered, and so is one about a
doer the document names in several passages and the answer's passage by a title only."""

import pytest

from bot import Chatbot
from bot.answering.followups.own_subject import Names
from bot.answering.nearmiss.others import others_deed
from bot.language.text import terms

FJORDS = """Norway and Peru

Chronology

March 2, 2004 – the Norwegian Consulate opens in Cusco.
June 9, 2011 – the Peruvian Embassy opens in Oslo.

Business

In recent years, firms such as Fjordlink, Nordvik and Solbrand have entered the
Peruvian market. About 40 Norwegian companies work in Peru, and Halvorsen has praised them.

Visits

In May 2015 Prime Minister Erna Halvorsen visited Lima for talks on fisheries.
Halvorsen also met the mayor of Arequipa that year.

Energy

The Head of Government opened the Andes hydropower plant on July 4, 2016, in Arequipa.
The plant is called a model of Norwegian-Peruvian work.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(FJORDS)


@pytest.mark.parametrize("question", [
    "when did Fjordlink open an office in Cusco?",
    "when did the first nordvik office open in cusco",
    "what year did Solbrand open in Oslo",
])
def test_a_deed_of_a_name_mentioned_once_elsewhere_is_declined(bot: Chatbot,
                                                                question: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "fallback"


@pytest.mark.parametrize(("question", "gold"), [
    ("when did the Norwegian Consulate open in Cusco?", "2004"),
    ("what year did the Peruvian Embassy open in Oslo", "2011"),
    # named in several passages: the answer's passage may tell of her by her title
    ("when did Halvorsen open the hydropower plant?", "2016"),
])
def test_the_deed_the_passage_tells_is_answered(bot: Chatbot, question: str,
                                                gold: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer" and gold in reply.text


def _names(*once: str, often: tuple[str, ...] = ()) -> Names:
    rare = frozenset(t for w in once + often for t in terms(w))
    return Names(rare, frozenset(), lambda t: 3 if t in set(terms(" ".join(often))) else 1)


def test_only_a_name_said_in_one_passage_counts() -> None:
    passage = "December 1, 2009 - the consulate opens in Cusco."
    asked = "when did fjordlink open in cusco"
    assert others_deed(asked, passage, set(terms(passage)), lambda: _names("fjordlink")) == (
        "Fjordlink doing it",)
    assert others_deed(asked, passage, set(terms(passage)),
                       lambda: _names(often=("fjordlink",))) == ()
    assert others_deed("when did the office open in cusco", passage, set(terms(passage)),
                       lambda: _names("fjordlink")) == ()


@pytest.mark.parametrize("question", [
    "how much did fjordlink's local venture invest",  # a thing of the name's
    "who did fjordlink hire in cusco",  # asks for someone, not a time or an amount
])
def test_an_owner_or_another_question_word_is_left_alone(question: str) -> None:
    passage = "In 2010 the local venture invested 2 million dollars in Cusco."
    assert others_deed(question, passage, set(terms(passage)),
                       lambda: _names("fjordlink")) == ()


def test_a_name_inside_a_longer_name_of_the_passage_is_named() -> None:
    passage = "In 2016 TengizFjordlinkOil said it would reinvest 5 billion dollars."
    assert others_deed("how much did fjordlink reinvest", passage, set(terms(passage)),
                       lambda: _names("fjordlink")) == ()
