"""Follow-ups that lean on the last turn without a pointer, on a toy document of our own:
a predicate left without what it is about ("which firms were involved?"), an abbreviation
asked to be spelled out ("what does that stand for?"), and a question that names nothing
the document knows beyond the last turn's words ("for how long are the permits valid?")."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.followups.follow_words import leans
from bot.answering.followups.sequence import introduced, spelled_out
from bot.reply import Reply

DOC = """Harbours of Sylvania

Trade

At the Velm fair on 4 May 2016, 12 deals worth 3 million crowns were signed. The deals
cover fishing and shipbuilding, involving large Sylvanian firms - Ostrand Yards, Kelp & Co
and Marlow Nets.

There are about 90 firms with Freedonian capital in Sylvania, involving traders of all sizes.

Law

In 2014 the two kings adopted the Charter “Sylvania and Freedonia: Partners at Sea”.

On 2 March 2015, the Treaty on Joint Harbour Pilotage (JHP) came into force. The Office for
Coastal Shipping (OCS) keeps the list of pilots.

Bodies

The Pilots' Forum meets under the chairmanship of the harbour masters since 2011.

The Rope Guild was set up in Velm with the Freedonian assistance. Its chair is Ada Brill.

People

Since 2018 - Ida Kro is the harbour master of Velm.

Travel

A permit for fishing crews for a five-year period entered into force on 1 June 2014. A
visit without a permit for up to 14 days for Freedonian sailors has been allowed since 2013.
"""


_DOCUMENT = Chatbot.from_text(DOC, cache=False).retriever.document_


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


def _last(bot: Chatbot, turns: list[str]) -> Reply:
    conv = bot.conversation()
    replies = [conv.ask(turn) for turn in turns]
    assert replies[-1].kind == "answer", replies[-1]
    return replies[-1]


@pytest.mark.parametrize("question", [
    "which firms were involved?", "who took part?", "who attended?", "what was signed?",
    "which companies were also involved?", "who participated?",
])
def test_a_predicate_left_without_its_object_leans_on_the_last_turn(question: str) -> None:
    assert leans(question)


@pytest.mark.parametrize("question", [
    "which firms were involved in the fair?", "who took part in the talks in velm?",
    "when was the treaty signed by sylvania?",
])
def test_a_predicate_that_says_in_what_stands_alone(question: str) -> None:
    assert not leans(question)


def test_which_firms_were_involved_is_asked_of_the_event_just_named(bot: Chatbot) -> None:
    reply = _last(bot, ["how much were the deals at the velm fair worth?",
                        "which firms were involved?"])
    assert "Ostrand Yards" in reply.text


def test_abbreviations_the_document_introduces_are_read_in_order(bot: Chatbot) -> None:
    assert set(introduced(bot.retriever.document_)) == {"jhp", "ocs"}


def test_what_does_a_plain_word_mean_is_no_spelling_out() -> None:
    last = Reply("answer", "The Office for Coastal Shipping (OCS) keeps the list of pilots.")
    assert spelled_out("what does pilotage mean?", ("who keeps the list?", last),
                       _DOCUMENT) is None


@pytest.mark.parametrize(("turns", "expected"), [
    (["when did the jhp come into force?", "what does that abbreviation stand for?"],
     "Joint Harbour Pilotage"),
    (["when did the pilotage treaty come into force?", "what does it stand for?"],
     "Joint Harbour Pilotage"),
    # the abbreviation the message names wins over the last answer's
    (["when did the jhp come into force?", "and what is OCS short for?"],
     "Office for Coastal Shipping"),
    (["who keeps the list of pilots?", "what does ocs mean?"], "Office for Coastal Shipping"),
    (["when did the jhp come into force?", "what is it called in full?"],
     "Joint Harbour Pilotage"),
    # no abbreviation: a full title is the title the last answer quotes
    (["what did the two kings adopt in 2014?", "what was its full title?"],
     "Partners at Sea"),
])
def test_an_abbreviation_is_spelled_out_where_the_document_introduces_it(
        bot: Chatbot, turns: list[str], expected: str) -> None:
    assert expected in " ".join(_last(bot, turns).text.split())


_SPELLING_OUT = ("stand", "short", "abbreviat", "acronym", "initials", "full", "mean")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ?", max_size=40))
def test_a_message_that_asks_no_spelling_out_is_left_to_retrieval(message: str) -> None:
    last = Reply("answer", "The Treaty on Joint Harbour Pilotage (JHP) came into force.")
    if not any(word in message for word in _SPELLING_OUT):
        assert spelled_out(message, ("when did the jhp come into force?", last),
                           _DOCUMENT) is None


def test_a_length_asked_of_the_last_answer_is_that_answers_length(bot: Chatbot) -> None:
    reply = _last(bot, ["when did the permit for fishing crews enter into force?",
                        "for how long are the permits valid?"])
    assert "five-year" in reply.text


def test_a_question_of_words_the_document_never_uses_is_no_length_asked_of_it(
        bot: Chatbot) -> None:
    conv = bot.conversation()
    conv.ask("when did the permit for fishing crews enter into force?")
    assert conv.ask("how long did freedonia stay in the hanseatic league?").kind != "answer"


@pytest.mark.parametrize(("turns", "expected"), [
    # "chair" in "chairmanship": not the chair of another body named elsewhere
    (["what is the pilots' forum?", "who chairs it?"], "harbour masters"),
    # "help" is "assistance" by the thesaurus
    (["what is the rope guild?", "who helped?"], "Freedonian assistance"),
])
def test_a_short_follow_up_the_last_answer_speaks_of_is_answered_from_it(
        bot: Chatbot, turns: list[str], expected: str) -> None:
    assert expected in _last(bot, turns).text


def test_a_follow_up_naming_another_body_is_not_answered_from_the_last_one(
        bot: Chatbot) -> None:
    assert "Ada Brill" in _last(bot, ["what is the pilots' forum?",
                                      "who chairs the rope guild?"]).text


def test_how_long_is_answered_by_a_start_in_time_the_last_answer_gives(bot: Chatbot) -> None:
    reply = _last(bot, ["who is the harbour master of velm?", "how long has she held it?"])
    assert "Since 2018" in reply.text
