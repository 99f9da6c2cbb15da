"""What a sentence naming someone, or something of the same kind, does not tell: a
person's own life (age, birth, schooling, party, family, height, faith, languages) asked of
a sentence about their office; a qualifier the document never uses answered by its peer
("the Senate" of the House's "Congress"); a yes/no question turning on a word the
document never uses; the next meeting of a sentence about the last; who signed a thing
the question names by its abbreviation. Our own small examples, not any question set."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.actors import other_actor
from bot.answering.nearmiss.confirming import unconfirmed
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.peers import other_peer
from bot.language.text import terms

OFFICE = "Since 2020 – Ada Berg is the Ambassador of Norland to Portvale."


@pytest.mark.parametrize(("question", "text", "label", "missing"), [
    ("how old is ada berg", OFFICE, "an age", True),
    ("how old is ada berg", "Ada Berg, aged 54, is the Ambassador of Norland.", "an age",
     False),
    ("where was ada berg born", OFFICE, "a birth", True),
    ("where was ada berg born", "Ada Berg was born in Eastport in 1970.", "a birth", False),
    ("where did ada berg go to university", OFFICE, "an education", True),
    ("where did ada berg study", "Ada Berg studied law at the University of Eastport.",
     "an education", False),
    ("at what degree are the two pistons set",  # an angle, not a schooling
     "The pistons are set at 90 degrees.", "an education", False),
    ("what party is ada berg in", OFFICE, "a party", True),
    ("which party does ada berg belong to", "Ada Berg (Liberal; Eastport) chairs it.",
     "a party", False),
    ("which party is strongest in the north",  # a party asked of no one
     "The Farmers are strongest in the north.", "a party", False),
    ("is ada berg married", OFFICE, "a family", True),
    ("what did jan say he would not give up for his life with his wife",  # no one's family
     "Jan wrote that he would not give up his freedom.", "a family", False),
    ("how tall is ada berg", OFFICE, "a measure", True),
    ("how tall is the harbour tower", "The harbour tower is 120 m tall.", "a measure", False),
    ("what is ada berg's religion", "Since 2020 – Ada Berg is the Ambassador of Norland.",
     "a religion", True),
    # the family's adjective in a title names an office, not anyone's faith
    ("what is the religion of ada berg",
     "Ada Berg met the Minister of Religious Affairs of Norland.", "a religion", True),
    ("what religion is ada berg", "Ada Berg, a Lutheran, attends the Eastport church.",
     "a religion", False),
    ("what languages does ada berg speak",
     "Since 2020 – Ada Berg is the Ambassador of Norland.", "a language", True),
    ("what languages does ada berg speak", "Ada Berg speaks Norlandic and French.",
     "a language", False),
])
def test_a_persons_own_life_is_not_told_by_their_office(question: str, text: str,
                                                        label: str, missing: bool) -> None:
    assert (label in unmet(question, text, text)) is missing


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("when is the next harbour council meeting",
     "The last harbour council meeting was held on May 4, 2019, in Eastport.", True),
    ("when is the next harbour council meeting",
     "The next harbour council meeting will be held in June 2020.", False),
    ("which firm paid for the next harbour film advert",  # "next" that asks no time
     "Fox and Lion paid for film adverts at the fair.", False),
])
def test_the_next_one_is_not_the_last_one(question: str, text: str, missing: bool) -> None:
    assert ("the next" in unmet(question, text, text)) is missing


@pytest.mark.parametrize(("question", "missing"), [
    ("who signed the hta for norland", True),  # the title is the thing, not a signer
    # named by its head noun, the title names no signer either (``nearmiss.titled``)
    ("who signed the harbour agreement", True),
    ("who signed it", False),  # no title asked of: its words may name the signer
])
def test_a_title_the_question_abbreviates_names_no_one(question: str, missing: bool) -> None:
    text = ("On May 4, 2019, the Agreement on Harbour Trade and Access (HTA) was signed "
            "in Eastport.")
    assert ("a name" in unmet(question, text, text)) is missing


def _share(term: str) -> float:
    return {"norland": 0.8, "portvale": 0.8, "caucus": 0.1, "congress": 0.1, "tax": 0.1,
            "treati": 0.1, "harvard": 0.1, "univers": 0.1}.get(term, 0.0)


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("who chairs the norland caucus in the senate",
     "The Norland caucus at the Congress has 11 members.", ["“senate”"]),
    ("which universities partner with stanford",
     "Norland universities work with Harvard.", ["“stanford”"]),
    ("which hotel did the team stay at",  # the asked kind, of which the name is one
     "The team stayed at the Eastport Marriott.", []),
    ("who chairs the norland caucus in the congress",
     "The Norland caucus at the Congress has 11 members.", []),
])
def test_a_peer_in_place_of_the_qualifier_is_a_near_miss(question: str, text: str,
                                                         missing: list[str]) -> None:
    assert other_peer(question, text, set(terms(text)), _share) == missing


def test_a_yes_no_question_turns_on_any_word_the_document_never_uses() -> None:
    kinless = unconfirmed("is there a double tax treaty between norland and portvale",
                          _share, {}, lambda _: False)
    assert kinless == ["“double”"]
    assert unconfirmed("is there a tax treaty between norland and portvale", _share) == []


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(
        "Norland relations\n\nSince 2020 – Ada Berg is the Ambassador of Norland to "
        "Portvale. The Norland caucus at the Congress of Portvale has 11 members. Its "
        "chair is Congressman Jan Holm (Liberal; Eastport).", cache=False)


@pytest.mark.parametrize(("question", "label"), [
    ("how old is ada berg", "an age"),
    ("where did ada berg go to university", "an education"),
    ("who chairs the norland caucus in the senate", "“senate”"),
])
def test_the_chatbot_names_what_the_document_lacks(bot: Chatbot, question: str,
                                                   label: str) -> None:
    reply = bot.ask(question)
    assert (reply.kind, reply.explanation and reply.explanation.unmet) == ("fallback", (label,))
    assert reply.text.startswith(f"The document doesn't give {label}")


@pytest.mark.parametrize(("question", "missing"), [
    ("how much has france invested in spain", ["France doing it"]),
    ("how much has germany invested in spain", []),
])
def test_a_doer_called_by_its_noun_is_the_doer(question: str, missing: list[str]) -> None:
    text = "Germany is the second largest investor in Spain after France."
    assert other_actor(question, text) == missing
