"""Round 10's follow-ups, on a toy document of our own.

- a follow-up about a person's own life ("where did she study?", "how old is he?") after
  an answer naming that person is declined when the document does not tell it, not
  answered with the last sentence again, whose place or number is of another event; it
  is answered when the document does tell it ("born in …") (``followups.life``);
- a correction that gives only another time ("sorry, I meant 2018") after a question
  declined for its time is read as a bare other time, and may be answered by the very
  sentence the decline quoted (``followups.restated.uncorrected``).
- the part of a two-sentence answer a follow-up leans on is, without answering words, the
  one naming what a "which firms …" question asks for (``followups.part``); "and the
  other one?" after a reply that showed both members is the one beside (``part.other_shown``);
- a whole question answered surely on its own beats a near miss read with the last turn,
  which speaks only of the sentence it quoted (``readings.says_more_alone``);
- "when was it?" after an answer whose event an earlier sentence of its passage tells ("a
  meeting was held on …" before "… was signed at the meeting") is that sentence
  (``followups.chain``);
- a bare other time may close with "then" or open with "up to" ("2017 then?", "and up to
  2017?": ``followups.times``); a correction that only swaps the pair ("sorry, vice
  versa") is that contrast; "in what year did the Kazakh one open?" asks of the other
  side's member (``followups.restated``);
- a bare follow-up typed in a hurry ("snice wen") is spelled out (``followups.bare_typos``);
- a reading with the last turn that is only the last answer again, on the last turn's
  words, is no evidence for a message whose own words the reading on its own speaks of
  (``followups.evidence``).
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.followups.bare_typos import bare_spelled
from bot.answering.followups.chain import linked
from bot.answering.followups.evidence import only_repeats
from bot.answering.followups.follow_words import is_bare
from bot.answering.followups.life import life_facet
from bot.answering.followups.part import answering_part, focus
from bot.answering.followups.restated import uncorrected
from bot.answering.followups.times import at_time
from bot.language.text import terms
from bot.reply import Reply
from conftest import last_answer, last_reply

DOC = """Oland and Vesta

Missions

Since 2020 - Mira Solberg is the Ambassador of Oland to Vesta.

The Harbour Council is chaired by Peter Quill, born in 1961 in Norrby.

Trade

According to the customs office, trade between Oland and Vesta amounted to 2.4 billion
dollars in 2018, including exports from Oland worth 900 million dollars.

Visits

The minister of energy, Karl Dorn, visited Vesta on March 3-5, 2019, in Port Ada, where
he met the mayor of the city.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize("turns", [
    ["Who is the ambassador of Oland to Vesta?", "Where did she study?"],
    ["Who is the ambassador of Oland to Vesta?", "how old is she?"],
    ["Who is the minister of energy?", "when was he born?"],
    ["Who is the minister of energy?", "is he married?"],
    ["Who is the minister of energy?", "what languages does he speak?"],
])
def test_a_life_the_document_does_not_tell_is_declined(bot: Chatbot, turns: list[str]) -> None:
    reply = last_reply(bot, turns)
    assert reply.kind == "fallback", reply.text
    assert "doesn't say" in reply.text


def test_a_life_the_document_tells_is_answered(bot: Chatbot) -> None:
    text = last_answer(bot, ["Who chairs the Harbour Council?", "when was he born?"])
    assert "1961" in text


@pytest.mark.parametrize(("turns", "expected"), [
    # not a fact of the person's life: the office and the place of the visit are told
    (["Who is the minister of energy?", "where did he go?"], "Port Ada"),
    (["Who is the ambassador of Oland to Vesta?", "since when?"], "2020"),
])
def test_other_follow_ups_about_a_person_still_answer(bot: Chatbot, turns: list[str],
                                                      expected: str) -> None:
    assert expected in last_answer(bot, turns)


@pytest.mark.parametrize("message", [
    "where did it start?", "how old is the council?", "what did they study?",
    "who chairs the council?",
])
def test_no_life_facet_without_a_pointer_to_one_person(message: str) -> None:
    assert life_facet(message) is None


@pytest.mark.parametrize("message", [
    "what did she speak about at the forum?", "what is his family's business?",
    "what study did she commission?", "how many people died in the attack he ordered?",
])
def test_a_pointer_with_a_word_of_a_life_in_another_sense_asks_no_life(message: str) -> None:
    assert life_facet(message) is None


def test_a_first_question_with_she_is_answered_as_asked(bot: Chatbot) -> None:
    reply = bot.conversation().ask("where was she born, the council chair Peter Quill?")
    assert reply.kind != "fallback" or "doesn't say" not in reply.text


@given(st.sampled_from(["he", "she"]),
       st.sampled_from(["Where was {} born?", "How old is {}?", "Did {} study abroad?",
                        "Is {} married?", "Which languages does {} speak?"]))
def test_a_pointer_and_a_facet_ask_a_life(pointer: str, template: str) -> None:
    assert life_facet(template.format(pointer)) is not None


@given(st.sampled_from(["his", "her"]),
       st.sampled_from(["What is {} age?", "What was {} degree in?", "Who is {} wife?",
                        "When is {} birthday?", "What languages are {} best?"]))
def test_a_possessive_and_a_facet_ask_a_life(pointer: str, template: str) -> None:
    assert life_facet(template.format(pointer)) is not None


@pytest.mark.parametrize(("turns", "expected"), [
    (["how much did Oland export to Vesta in 2016?", "sorry, I meant 2018"], "900 million"),
    (["how much did Oland export to Vesta in 2016?", "no, 2018"], "900 million"),
])
def test_a_corrected_time_after_a_decline_is_asked_again(bot: Chatbot, turns: list[str],
                                                         expected: str) -> None:
    assert expected in last_answer(bot, turns)


@pytest.mark.parametrize(("message", "expected"), [
    ("sorry, I meant 2018", "2018"),
    ("no, in 2018", "in 2018"),
    ("oops I meant the consulate", "the consulate"),
    ("what about 2018?", "what about 2018?"),
])
def test_uncorrected_drops_only_the_correcting_opening(message: str, expected: str) -> None:
    assert uncorrected(message) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Which US firms signed deals at the fair?", "firm"),
    ("what projects were launched in 2016?", "project"),
    ("What is it?", None),
    ("when was it?", None),
])
def test_the_focus_is_the_kind_a_which_question_asks_for(question: str,
                                                          expected: str | None) -> None:
    assert focus(question) == expected


def test_the_part_that_answered_names_the_focus() -> None:
    answer = ("A fair was held in Port Ada on May 2, 2018, attended by the minister. "
              "The deals involve firms such as Acme, Borex and Cantor.")
    part = answering_part(answer, "Which firms signed deals at the fair in May 2018?", None)
    assert part == "The deals involve firms such as Acme, Borex and Cantor."


PAIRS = """Missions

1994 - the embassy of Oland is opened in Vesta.

1996 - the embassy of Vesta is opened in Oland.

Meetings

The 2nd council meeting was held in Port Ada in 2016.

The 4th council meeting was held on May 5, 2018, in Norrby.
"""


@pytest.fixture(scope="module")
def pairs() -> Chatbot:
    return Chatbot.from_text(PAIRS, cache=False)


def test_the_other_one_is_the_member_shown_beside(pairs: Chatbot) -> None:
    turns = ["when did Oland open its embassy in Vesta?", "and the other one?"]
    assert "1996" in last_answer(pairs, turns[:1])  # the reply showed both members
    assert "1996" in last_answer(pairs, turns) and "1994" not in last_answer(pairs, turns)


def test_a_whole_question_beats_a_near_miss_read_with_the_last_turn(pairs: Chatbot) -> None:
    text = last_answer(pairs, ["where was the 2nd council meeting?",
                               "and when was the 4th council meeting?"])
    assert "May 5, 2018" in text


CHAIN = """Investment

According to the bank, investment from Vesta into Oland amounted to 3.2 billion dollars
between 2010 and 2018. The main investment sectors are farming, shipping and tourism.

Energy

During the fair, on June 2, 2019, in Port Ada, a meeting was held with the minister of
energy of Vesta. A charter on solar power was signed at the meeting. According to the
charter, the sides agreed to build two solar plants.
"""


@pytest.fixture(scope="module")
def chain() -> Chatbot:
    return Chatbot.from_text(CHAIN, cache=False)


@pytest.mark.parametrize(("second", "expected"), [
    ("when was it?", "June 2, 2019"),
    ("where was that?", "Port Ada"),
])
def test_when_or_where_of_an_event_an_earlier_linked_sentence_tells(
        chain: Chatbot, second: str, expected: str) -> None:
    assert expected in last_answer(chain, ["what did the sides agree to build?", second])


def test_how_much_after_a_sentence_that_continues_a_figure(chain: Chatbot) -> None:
    text = last_answer(chain, ["what are the main investment sectors?",
                               "and how much came in all?"])
    assert "3.2 billion" in text


@pytest.mark.parametrize(("sentence", "before", "expected"), [
    ("A charter was signed at the meeting.", "In May a meeting was held.", True),
    ("Its chair is Ann.", "The board met.", True),
    ("Trade grew by 5%.", "In May a meeting was held.", False),
])
def test_a_sentence_links_to_the_one_it_refers_back_to(sentence: str, before: str,
                                                       expected: bool) -> None:
    assert linked(sentence, before) is expected


TRADE = ("According to the customs office, trade between Oland and Vesta amounted to 2.4 "
         "billion dollars in 2018.")
RANK = "Vesta is the third largest investor in Oland after Norland."
FOLLOWS = ("how big was trade between Oland and Vesta in 2018?", TRADE)


@pytest.mark.parametrize(("question", "alone", "expected"), [
    # the reading with the last turn is the last answer again, and speaks of no word of its
    # own; the reading on its own does
    ("whats the rank among investors?", RANK, True),
    # it points back with fewer than a whole question's worth of words of its own
    ("how does it rank with investors?", RANK, False),
    # a definite phrase names the last turn's thing again: it asks of the last answer
    ("what was the purpose of the trade?", RANK, False),
    # the reading on its own speaks of none of its words either
    ("whats the rank among investors?", TRADE, False),
])
def test_a_repeat_on_the_last_turns_words_is_no_evidence(question: str, alone: str,
                                                          expected: bool) -> None:
    with_context = Reply("answer", TRADE)
    assert only_repeats(question, alone, with_context, FOLLOWS, terms) is expected


def test_a_reading_that_is_no_repeat_is_evidence() -> None:
    with_context = Reply("answer", RANK)
    assert not only_repeats("whats the rank among investors?", RANK, with_context, FOLLOWS,
                            terms)


def test_a_career_before_the_document_does_not_tell_is_declined(bot: Chatbot) -> None:
    reply = last_reply(bot, ["Who is the ambassador of Oland to Vesta?",
                             "what did she do before that?"])
    assert reply.kind == "fallback", reply.text


@pytest.mark.parametrize("second", ["sorry, the other way round", "no, vice versa",
                                    "oops, other way around"])
def test_a_correction_that_only_swaps_the_pair_is_that_contrast(pairs: Chatbot,
                                                                 second: str) -> None:
    text = last_answer(pairs, ["when did Oland open its embassy in Vesta?", second])
    assert "1996" in text and "1994" not in text


@pytest.mark.parametrize(("message", "asks_life"), [
    ("what university did he go to?", True),
    ("which college did she attend?", True),
    ("which school did he visit?", False),
    ("did he attend the university opening?", False),
])
def test_education_is_asked_of_the_person_not_of_a_place(message: str, asks_life: bool) -> None:
    assert (life_facet(message) is not None) is asks_life


SIDES = """Missions

2009 - the Norwegian consulate is opened in Toronto.

2011 - the Canadian consulate is opened in Bergen.
"""


@pytest.mark.parametrize("second", ["in what year did the Canadian one open?",
                                    "when was the Canadian one opened?"])
def test_a_whole_question_about_the_other_sides_one_asks_of_that_one(second: str) -> None:
    bot = Chatbot.from_text(SIDES, cache=False)
    text = last_answer(bot, ["when was the Norwegian consulate in Toronto opened?", second])
    assert "2011" in text and "2009" not in text


@pytest.mark.parametrize(("message", "expected"), [
    ("2018 then?", "how much did Oland export to Vesta in 2018?"),
    # the bound is kept: "up to 2018" asks for the sum up to it (round 17)
    ("and up to 2018?", "how much did Oland export to Vesta up to 2018?"),
    ("what about 2018 instead?", "how much did Oland export to Vesta in 2018?"),
    ("and by whom?", None),
])
def test_a_bare_other_time_may_say_then_or_up_to(message: str, expected: str | None) -> None:
    assert at_time(message, ["how much did Oland export to Vesta in 2016?"]) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("snice wen", "since when?"),
    ("were?", "where?"),
    ("wheat?", "wheat?"),  # an English word of its own is no mistyped question word
    ("mother?", "mother?"),
    ("wat else?", "what else?"),
    ("nice", "nice"),
    ("thanks", "thanks"),
    ("wat about exports", "wat about exports"),
])
def test_a_hurried_bare_follow_up_is_spelled_out(message: str, expected: str) -> None:
    assert bare_spelled(message) == expected


@given(st.text(max_size=30))
def test_bare_spelled_is_the_message_or_a_bare_question(message: str) -> None:
    spelled = bare_spelled(message)
    assert spelled == message or is_bare(spelled)


def test_a_hurried_since_when_after_an_answer(bot: Chatbot) -> None:
    assert "2020" in last_answer(bot, ["Who is the ambassador of Oland to Vesta?", "snice wen"])


@pytest.mark.parametrize("message", ["what about 2019?", "wat about 2019", "and in 2019?", "who 2"])
def test_bare_spelled_never_drops_a_number(message: str) -> None:
    assert bare_spelled(message) == message
