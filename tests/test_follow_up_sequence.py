"""Follow-ups about the last answer as a whole: a bare step in time ("and before that?"),
a yes/no check ("was it in Velm?"), and typos in a follow-up's own words, on a toy
document of our own (``bot.answering.followups.sequence``)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.followups.follow_words import is_contrast
from bot.answering.followups.readings import reworded, spelled, unknown_words
from bot.answering.followups.sequence import swapped
from bot.answering.followups.steps import step_asked
from bot.reply import Reply

DOC = """Ties

Chronology

March 3, 1990 - Sylvania recognises the independence of Freedonia.

May 9, 1990 - consulates are opened in both capitals.

June 1, 1994 - the Sylvanian embassy opens in Velm.

July 2, 1995 - the Freedonian embassy is established in Port Vell.

Bodies

The Harbour Board was founded in Velm with the help of Sylvania. Its chair is Ivo Lenk.
He also held talks with the mayor of Ostberg on the entire harbour agenda.

The 3rd Rye Forum was held on 14 June 2018 in Ostberg, and was attended by the Minister of
Farming, Dana Voss. The 4th Rye Forum took place on 2 May 2019 in Velm, with Mayor Olga
Brandt as its guest.

Talks

The Minister of Ports, Ana Riel, visited Velm on 3 April 2017. During the meetings, harbour
fees and fishing quotas were discussed.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


def _last(bot: Chatbot, turns: list[str]) -> str:
    conv = bot.conversation()
    reply = None
    for turn in turns:
        reply = conv.ask(turn)
    assert reply is not None and reply.kind == "answer", reply
    return reply.text


@pytest.mark.parametrize(("turns", "expected"), [
    # a bare step back is the event told just before the last answer
    (["when were consulates opened?", "what happened before that?"], "recognises"),
    (["when were consulates opened?", "and earlier?"], "March 3, 1990"),
    # a bare step forward, in casual words
    (["when were consulates opened?", "and a couple of years later?"], "embassy"),
    (["when did sylvania recognise freedonia?", "what came next?"], "consulates"),
])
def test_a_bare_step_in_time_is_the_neighbouring_event(bot: Chatbot, turns: list[str],
                                                       expected: str) -> None:
    assert expected in _last(bot, turns)


def test_a_step_that_names_something_of_its_own_is_no_bare_step() -> None:
    assert step_asked("what was the regime before that?") == 0
    assert step_asked("where did they talk briefly before that?") == 0
    assert step_asked("what happened before that?") == -1
    assert step_asked("and after that?") == 1
    assert step_asked("see you later") == 0


@given(st.text(max_size=60))
def test_reading_a_step_never_fails(message: str) -> None:
    assert step_asked(message) in (-1, 0, 1)


@pytest.mark.parametrize(("turns", "opening", "expected"), [
    # the place of the last answer is not the one asked about: no, and what it says
    (["where was the 3rd rye forum held?", "was it in velm?"], "No", "Ostberg"),
    (["where was the 3rd rye forum held?", "was it in ostberg?"], "Yes", "Ostberg"),
    # a year the last answer holds
    (["where was the 4th rye forum held?", "was that in 2019?"], "Yes", "2 May 2019"),
    # a person the last answer does not name
    (["who attended the 3rd rye forum?", "was olga brandt there?"], "No", "Dana Voss"),
])
def test_a_yes_no_check_of_the_last_answer_is_answered_from_it(
        bot: Chatbot, turns: list[str], opening: str, expected: str) -> None:
    text = _last(bot, turns)
    assert text.startswith(opening) and expected in text


def test_a_yes_no_check_the_last_answer_cannot_settle_is_not_answered_no() -> None:
    # the chair's sentence names no place: "no" would be a claim the document never makes
    bot = Chatbot.from_text("The Harbour Board\n\nThe board meets twice a year in Velm. "
                            "Its chair is Ivo Lenk, a former captain.\n")
    conv = bot.conversation()
    conv.ask("who chairs the harbour board?")
    reply = conv.ask("was he in velm?")
    assert reply.kind == "fallback" and reply.text.startswith("The document doesn't say")
    assert "Ivo Lenk" in reply.text


def test_a_yes_no_question_with_no_claim_is_asked_as_usual(bot: Chatbot) -> None:
    conv = bot.conversation()
    conv.ask("where was the 3rd rye forum held?")
    reply = conv.ask("was it fun?")
    assert not reply.text.startswith(("Yes", "No"))


def test_typos_in_a_follow_up_are_repaired_before_its_words_are_weighed(bot: Chatbot) -> None:
    # a follow-up whose words are all typos is no question about a topic the document lacks
    idf = bot.retriever.passage_index_.idf
    asked = spelled("who fuonded it?", bot.retriever.speller_)
    assert asked == "who founded it?"
    assert unknown_words(asked, idf)[1] == set()
    assert "Sylvania" in _last(bot, ["what is the harbour board?", "who fuonded it?"])


def test_a_pointing_follow_up_is_reworded_in_the_passages_own_words(bot: Chatbot) -> None:
    # "talk" is not the passage's word; its thesaurus neighbour "discussion" is ("discussed")
    passage = "Ana Riel visited Velm. During the meetings, fishing quotas were discussed."
    worded = reworded("what did they talk about?", passage, bot.retriever.terms)
    assert worded is not None and "talk" not in worded
    assert reworded("what did they discuss?", passage, bot.retriever.terms) is None
    text = _last(bot, ["who visited velm in april 2017?", "what did they talk about?"])
    assert "fishing quotas" in text


def test_a_whole_question_of_the_other_one_asks_for_the_other_member() -> None:
    assert is_contrast("when did the other one open?")
    assert not is_contrast("when did the embassy open?")


def test_the_other_one_is_found_in_the_sections_own_words(bot: Chatbot) -> None:
    # "founded" is the thesaurus's neighbour of "established", the section's word
    text = _last(bot, ["when did the sylvanian embassy open?", "when was the other one founded?"])
    assert "July 2, 1995" in text


def test_a_swapped_pair_after_a_two_sentence_answer_is_the_other_sentence(bot: Chatbot) -> None:
    pair = ("Freedonia opened an embassy in Sylvania in 1995. "
            "Sylvania opened an embassy in Freedonia in 1994.")
    last = ("when did sylvania open an embassy in freedonia?", Reply("answer", pair))
    terms = bot.retriever.terms
    reply = swapped("and freedonia in sylvania?", last, terms)
    assert reply is not None and reply.text.startswith("Freedonia opened")
    assert "1994" not in reply.text
    # the same order as the last question is no swap; nor is a one-sentence answer
    assert swapped("and sylvania in freedonia?", last, terms) is None
    one = (last[0], Reply("answer", "Sylvania opened an embassy in Freedonia in 1994."))
    assert swapped("and freedonia in sylvania?", one, terms) is None
