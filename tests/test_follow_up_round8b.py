"""Round 8b's follow-ups, on a toy document of our own: a bare other time ("what about
2017?", "and in August?") asks the latest question that named a time again of that time,
across a follow-up in between, and says plainly when the document lacks it; "the Canadian
one" after a question about one side's envoy asks for the other side's envoy, not for
anything in the place it names; and "he" after a turn that named nobody leans on the last
turn that named a person, across small talk."""

import pytest

from bot import Chatbot
from bot.answering.followups.followup import holds_more
from bot.answering.followups.restated import asked_again, one_named
from bot.answering.followups.roles import names_person
from bot.answering.followups.times import at_place, at_time
from bot.language.answer_type import PERSON
from conftest import last_reply

DOC = """Norway and Canada

Missions

Since 2015 - Ola Brenn is the Ambassador of Norway to Canada.

Since 2019 - Tom Hale is the Ambassador of Canada to Norway.

On 2 May 2012, the Norwegian Consulate was opened in Toronto.

On 9 June 2014, the Canadian Consulate was opened in Bergen.

Trade

In 2016, Norway sold fish worth 40 million crowns to Canada and bought timber worth 90
million crowns from it.

Visits

The visit of the Harbour Minister of Norway, Ann Berg, to Toronto took place on 3 May 2016.
She opened a fish market there.

On 7 July 2016, the Minister of Fish of Canada, Eva Dahl, met the Minister of Sea of Norway,
Jon Lie, in Oslo. A pact on salmon was signed at the meeting, and the sides agreed to
share their catch figures.

On 3-5 June 2016, the King of Norway paid a state visit to Canada. He met the Prime
Minister of Canada in Ottawa, and they adopted the Charter of the North.

Over ten years, more than 30 fishing pacts have been signed. The fishing pacts are
discussed at the Fishing Council, whose last meeting was held in Bergen.

The salmon fair took place in Bergen in June 2017. The timber fair took place in Toronto
in August 2017.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize(("message", "asked", "question"), [
    ("what about 2017?", ["what did norway sell in 2016?"], "what did norway sell in 2017?"),
    ("2017?", ["what did norway sell in 2016?", "and buy?"], "what did norway sell in 2017?"),
    ("and in august?", ["which fair took place in june 2017?"],
     "which fair took place in august 2017?"),
    ("how about may 2019?", ["what happened in june 2017?"], "what happened in may 2019?"),
    ("and in 2017?", ["who is the ambassador?"], "who is the ambassador in 2017?"),
])
def test_a_bare_other_time_asks_the_latest_question_that_named_one(
        message: str, asked: list[str], question: str) -> None:
    assert " ".join(at_time(message, asked).split()) == question  # type: ignore[union-attr]


@pytest.mark.parametrize("message", ["and imports?", "what about the 2017 fair?", "when?"])
def test_other_messages_are_no_bare_time(message: str) -> None:
    assert at_time(message, ["what did norway sell in 2016?"]) is None


def test_a_bare_year_after_a_follow_up_keeps_the_first_question(bot: Chatbot) -> None:
    reply = last_reply(bot, ["which fair took place in bergen in 2017?", "and in toronto?",
                        "what about 2016?"])
    assert "Ann Berg" not in reply.text


def test_a_bare_month_asks_the_last_question_of_that_month(bot: Chatbot) -> None:
    reply = last_reply(bot, ["which fair took place in june 2017?", "and in august?"])
    assert reply.kind == "answer" and "timber fair" in reply.text


def test_a_bare_year_the_document_lacks_gets_a_near_miss(bot: Chatbot) -> None:
    reply = last_reply(bot, ["how much fish did norway sell to canada in 2016?",
                             "what about 2018?"])
    assert reply.kind == "fallback" and "2018" in reply.text and "40 million" in reply.text


@pytest.mark.parametrize(("contrast", "follows", "named"), [
    ("and the canadian one in oslo?", ("who is the norwegian ambassador to canada?",
                                       "Ola Brenn is the Ambassador of Norway to Canada."),
     "and the canadian ambassador in oslo instead?"),
    ("and the canadian one?", ("when was the norwegian consulate in toronto opened?",
                               "the Norwegian Consulate was opened in Toronto."),
     "and the canadian consulate instead?"),
])
def test_the_other_sides_one_names_the_thing_asked(contrast: str, follows: tuple[str, str],
                                                    named: str) -> None:
    assert one_named(contrast, follows) == named


def test_the_thing_asked_is_the_last_question_that_named_one() -> None:
    # "since when?" names nothing: the one before it does
    follows = ("since when?", "Since 2019 Ola Brenn is the Ambassador of Norway to Canada.")
    earlier = ["who is the norwegian ambassador to canada?", "since when?"]
    assert one_named("and the canadian one in oslo?", follows, earlier) == (
        "and the canadian ambassador in oslo instead?")


@pytest.mark.parametrize("contrast", ["and the other one?", "and the 2017 one?",
                                      "what about oslo?"])
def test_a_contrast_without_a_side_is_left_as_it_is(contrast: str) -> None:
    assert one_named(contrast, ("who is the norwegian ambassador?", "Ambassador of Norway")
                     ) == contrast


@pytest.mark.parametrize(("turns", "expected"), [
    (["who is norway's ambassador to canada?", "what about the canadian one in toronto?"],
     "Tom Hale"),
    (["who is norway's ambassador to canada?", "and the canadian one?"], "Tom Hale"),
    (["when was the norwegian consulate in toronto opened?", "and the canadian one?"],
     "9 June 2014"),
])
def test_the_other_sides_one_not_a_visit_to_the_place(bot: Chatbot, turns: list[str],
                                                      expected: str) -> None:
    reply = last_reply(bot, turns)
    assert reply.kind == "answer" and expected in reply.text


@pytest.mark.parametrize(("answer", "person"), [
    ("Over ten years, more than 30 fishing pacts have been signed.", False),
    ("The visit of the Harbour Minister of Norway, Ann Berg, took place in May.", True),
    ("Since 2015 - Ola Brenn is the Ambassador of Norway to Canada.", True),
])
def test_an_answer_names_a_person(answer: str, person: bool) -> None:
    assert names_person(answer) is person


@pytest.mark.parametrize("small_talk", [[], ["thanks"], ["ok, thank you!"]])
def test_he_leans_on_the_last_turn_that_named_a_person(bot: Chatbot,
                                                       small_talk: list[str]) -> None:
    reply = last_reply(bot, ["when did the king of norway visit canada?", "what was signed?",
                        *small_talk, "who did he meet?"])
    assert reply.kind == "answer" and "Prime" in reply.text


def test_a_counterpart_the_last_sentence_names_is_read_there(bot: Chatbot) -> None:
    reply = last_reply(bot, ["who is the norwegian minister who met the canadian minister of fish?",
                        "and his canadian counterpart?"])
    assert reply.kind == "answer" and "Eva Dahl" in reply.text


def test_same_question_for_another_year_is_a_bare_other_time() -> None:
    assert at_time("same question for 2017", ["what did norway sell in 2016?"]
                   ) == "what did norway sell in 2017?"


@pytest.mark.parametrize(("message", "last", "question"), [
    ("and in bergen?", "which fair took place in toronto?", "which fair took place in bergen?"),
    ("what about in oslo?", "who met in toronto in may?", "who met in oslo in may?"),
    ("and in canada?", "who is the ambassador?", "who is the ambassador in canada?"),
])
def test_a_bare_other_place_asks_the_last_question_of_that_place(
        message: str, last: str, question: str) -> None:
    places = {"bergen", "toronto", "oslo"}
    assert at_place(message, last, places.__contains__) == question


@pytest.mark.parametrize("message", ["and in 2017?", "and in may?", "and in the end?",
                                     "and in the ballroom with the band on stage?"])
def test_other_messages_are_no_bare_place(message: str) -> None:
    assert at_place(message, "which fair took place in toronto?", {"toronto"}.__contains__
                    ) is None


def test_a_bare_other_place_is_answered_of_that_place(bot: Chatbot) -> None:
    reply = last_reply(bot, ["which fair took place in toronto?", "and in bergen?"])
    assert reply.kind == "answer" and "salmon fair" in reply.text


@pytest.mark.parametrize(("follow_up", "last", "asked"), [
    ("what about the canadian consulate?", "when did the norwegian consulate open in canada?",
     "what about the canadian consulate instead?"),
    ("what about their consulate?", "when was the norwegian consulate opened?",
     "what about their consulate instead?"),
    ("and where was that consulate?", "when was the norwegian consulate opened?",
     "and where was that consulate?"),
    ("and imports?", "what did norway export?", "and imports?"),
    ("what about the fish fair?", "when was the norwegian consulate opened?",
     "what about the fish fair?"),
])
def test_an_ellipsis_of_only_the_last_questions_words_asks_the_other_member(
        follow_up: str, last: str, asked: str) -> None:
    assert asked_again(follow_up, last) == asked


@pytest.mark.parametrize("follow_up", ["what about the canadian consulate?",
                                       "what about their consulate?"])
def test_the_other_sides_consulate_asked_with_its_own_words(bot: Chatbot, follow_up: str
                                                            ) -> None:
    reply = last_reply(bot, ["when did the norwegian consulate open in canada?", follow_up])
    assert reply.kind == "answer" and "9 June 2014" in reply.text


@pytest.mark.parametrize(("answer", "more"), [
    ("Since 2015 - Ola Brenn is the Ambassador of Norway to Canada.", False),
    ("Its head is Ann Berg; the deputy head is Tom Hale.", True),
])
def test_an_unmarked_answer_holds_another_person_only_with_two_names(answer: str,
                                                                    more: bool) -> None:
    assert holds_more("who is the envoy?", answer, PERSON, None, people=True) is more


def test_the_other_sides_envoy_when_the_answer_says_ambassador(bot: Chatbot) -> None:
    reply = last_reply(bot, ["who is the norwegian envoy?", "and the canadian one?"])
    assert reply.kind == "answer" and "Tom Hale" in reply.text


def test_a_bare_other_time_looks_back_past_short_ellipses_only() -> None:
    asked = ["what did norway sell in 2016?", "who is the ambassador of canada to norway?"]
    assert at_time("and in 2017?", asked) == "who is the ambassador of canada to norway in 2017?"


SERIES = """Fish talks

The fish talks began in 2010. The 1st round of fish talks was held on 3 May 2012 in Oslo.
The sides agreed on salmon quotas. The harbour of Oslo was dredged the same year.
The 2nd round of fish talks took place on 9 June 2014 in Bergen, attended by the Canadian
fish minister. The 3rd round of fish talks was held on 1 July 2016 in Toronto.
"""


@pytest.fixture(scope="module")
def series() -> Chatbot:
    return Chatbot.from_text(SERIES, cache=False)


@pytest.mark.parametrize(("turns", "expected"), [
    (["when was the 1st round of fish talks?", "and the next one?"], "9 June 2014"),
    (["when was the 2nd round of fish talks?", "and the next one?"], "1 July 2016"),
    (["when was the 3rd round of fish talks?", "and the previous one?"], "9 June 2014"),
    (["where was the 2nd round of fish talks?", "and the one before?"], "3 May 2012"),
])
def test_the_next_one_is_the_next_of_the_series_not_the_next_sentence(
        series: Chatbot, turns: list[str], expected: str) -> None:
    reply = last_reply(series, turns)
    assert reply.kind == "answer" and expected in reply.text
