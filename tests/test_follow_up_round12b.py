"""Round 12's second dialogue kinds, on a toy document of our own.

- a step in time that names a deed ("what was signed after that?") goes to the nearest
  sentence of the section, in that direction, that tells that deed, not to the next
  sentence, which may tell another kind of event (``followups.steps.deed_step``);
- "and before that, what was the rule?" asks what was so before the last answer, as "what
  was in place before?" does, and a "Prior to this, …" sentence the answer already glued
  to the change is that answer (``followups.steps.told_before``);
- "who invests more?", "who's ahead of them?" after an amount finds the sentence near it
  that ranks the subject below another (``followups.ranking.ranked``); a bare "which one
  is the biggest?" does not, as it may ask of another list;
- "what is it about?" after an answer asks about what that answer named, not about the
  bot (``followups.follow_words.asks_of_it``); on its own it still gets the intent;
- "was X the first to sign one?": an ordinal before "to" and a verb names the first doer,
  not a first of some kind, so a sentence saying X "became the first country … to
  conclude" holds it (``nearmiss.constraints.ordinals_asked``);
- "and when was that?" after a glued answer whose follow-ups lean on its second, undated
  sentence takes the date from the sentence that names the event
  (``followups.after.dated_back``).
"""

import pytest

from bot import Chatbot
from bot.answering.followups.bare_typos import bare_spelled
from bot.answering.followups.compared import compared
from bot.answering.followups.follow_words import asks_of_it
from bot.answering.followups.named import given_person
from bot.answering.followups.ranking import ranked
from bot.answering.followups.steps import _DEED_STEP, step_asked
from bot.answering.nearmiss.constraints import ordinals_asked
from bot.reply import Reply
from conftest import last_answer, last_reply

DOC = """Oland and Vesta

Treaties

On March 3, 2015, the Fishing Pact was signed in Port Ada. On June 9, 2015, Oland
ratified the Harbour Convention of 1921. On August 1, 2015, the Salt Agreement was signed
in Kell. Oland became the first country in the North to conclude a ferry treaty with
Vesta.

Investment

According to the Central Bank of Oland, the inflow of capital from Vesta reached 12
billion dollars between 2008 and 2016. The main sectors are fishing and shipping.

Vesta is the third largest investor in Oland after Norland and Kell.

Visas

A treaty on five-year visas for students entered into force on May 2, 2014. (Prior to
this, students had to renew their visas every year.)

Culture

The visit of the Minister of Culture of Oland, Ada Brill, to Vesta took place on April
4-5, 2017. During the meetings, film exchanges and museum loans were discussed.

Forums

The 2nd Sea Forum was held on May 1, 2016, in Kell. The 3rd Sea Forum was held on June
3, 2017, in Port Ada, and was attended by the fisheries ministers.

Calls

On March 2, 2019, the Prime Minister of Oland, Ann Berg, had a telephone conversation with
the President of Vesta, Tom Ray, about fishing quotas.

Visits

The two countries signed a fishing accord in 2019 after the official visit of Prime
Minister Berg to Vesta on May 5-7, 2019.

Clubs

The Oland Sailing Club has 120 members.

In Vesta, rowing is popular. The Vesta Rowing Club has 75 members.

Companies

There are about 80 companies with Vestan capital in Oland, of which 50 are small and 30
are large.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize("turns", [
    ["when did Oland ratify the Harbour Convention?", "and what was signed after that?"],
    ["when did Oland ratify the Harbour Convention?", "thanks", "what was signed next?"],
])
def test_a_step_naming_a_deed_goes_to_the_next_such_deed(bot: Chatbot,
                                                         turns: list[str]) -> None:
    assert "Salt Agreement" in last_answer(bot, turns)


def test_a_step_back_naming_a_deed_goes_to_the_last_such_deed(bot: Chatbot) -> None:
    turns = ["when did Oland ratify the Harbour Convention?", "what was signed before that?"]
    assert "Fishing Pact" in last_answer(bot, turns)


@pytest.mark.parametrize("question", ["what was signed after that?", "and what was held before it?",
                                      "what did they sign next?", "which was ratified later?"])
def test_a_deed_step_is_read_with_its_deed(question: str) -> None:
    assert _DEED_STEP.match(question)


@pytest.mark.parametrize("question", ["what was signed in Kell?", "after that?",
                                      "what was the treaty signed after?",
                                      "who did he meet afterwards?"])
def test_other_questions_are_no_deed_steps(question: str) -> None:
    assert not _DEED_STEP.match(question)


@pytest.mark.parametrize("follow", ["and before that, what was the rule?",
                                    "and before that?", "what was in place before?"])
def test_what_was_so_before_is_the_glued_prior_sentence(bot: Chatbot, follow: str) -> None:
    turns = ["when did the student visa treaty enter into force?", follow]
    assert "renew their visas every year" in last_answer(bot, turns)


@pytest.mark.parametrize("follow", ["who invests more?", "who's ahead of them then?"])
def test_a_comparison_after_an_amount_finds_the_rank_near_it(bot: Chatbot,
                                                             follow: str) -> None:
    turns = ["how much capital came from Vesta into Oland?", "interesting", follow]
    assert "after Norland" in last_answer(bot, turns)


def test_the_biggest_of_another_list_is_no_rank(bot: Chatbot) -> None:
    last = bot.ask("how many large companies with Vestan capital are in Oland?")
    assert ranked("which one is the biggest?", last, bot.retriever.document_) is None


def test_what_it_is_about_leans_on_the_last_answer(bot: Chatbot) -> None:
    reply = last_reply(bot, ["when was the Fishing Pact signed?", "what is it about?"])
    assert reply.kind == "answer" and "Fishing Pact" in reply.text


def test_what_it_is_about_on_its_own_is_the_about_intent(bot: Chatbot) -> None:
    reply = bot.ask("what is it about?")
    assert reply.kind == "intent" and reply.intent == "about"


@pytest.mark.parametrize("question", ["what is it about?", "and what's that about?",
                                      "what are they for?"])
def test_asking_what_a_thing_is_about_points_back(question: str) -> None:
    assert asks_of_it(question)


def test_the_first_to_do_a_deed_names_no_kind() -> None:
    assert ordinals_asked("was Oland the first to sign one?") == (("first", frozenset()),)
    assert ordinals_asked("was it the first ferry treaty?")[0][1]


def test_the_first_doer_is_held_by_the_first_country(bot: Chatbot) -> None:
    turns = ["when was the Salt Agreement signed?", "was Oland the first to sign one?"]
    assert "first country in the North" in last_answer(bot, turns)


@pytest.mark.parametrize("follow", ["and when was that?", "thanks. when was that?"])
def test_when_was_that_takes_the_dated_sentence(bot: Chatbot, follow: str) -> None:
    turns = ["what was discussed during Ada Brill's visit to Vesta?", follow]
    assert "April 4-5, 2017" in last_answer(bot, turns)


def test_when_of_an_undated_answer_gets_no_other_sentence(bot: Chatbot) -> None:
    reply = last_reply(bot, ["how many small companies with Vestan capital are there?",
                             "when was that?"])
    assert not (reply.kind == "answer" and "April" in reply.text), reply.text


def test_a_ranked_answer_answers_the_top_itself() -> None:
    last = Reply("answer", "Vesta is the third largest investor in Oland after Norland.")
    from bot.reading.document import Document
    assert ranked("and the biggest?", last, Document.__new__(Document)) == last
    assert ranked("and who's number one?", last, Document.__new__(Document)) == last


@pytest.mark.parametrize("follow", ["is it the largest investor?", "are they the biggest?",
                                    "is that the most of any country?"])
def test_a_check_of_the_top_after_an_amount_gets_the_rank(bot: Chatbot, follow: str) -> None:
    turns = ["how much capital came from Vesta into Oland?", follow]
    assert "third largest investor" in last_answer(bot, turns)


def test_the_next_one_of_a_series_the_document_ends_is_declined(bot: Chatbot) -> None:
    reply = last_reply(bot, ["when was the 3rd Sea Forum held?", "and the next one?"])
    assert reply.kind == "fallback" and "another one" in reply.text


def test_the_next_one_of_a_series_the_document_goes_on_with_is_answered(bot: Chatbot) -> None:
    assert "June" in last_answer(bot, ["when was the 2nd Sea Forum held?", "and the next one?"])


@pytest.mark.parametrize("follow", ["who is it now?", "and today?", "who attends it these days?"])
def test_the_present_asked_of_a_past_event_is_declined(bot: Chatbot, follow: str) -> None:
    reply = last_reply(bot, ["who attended the 3rd Sea Forum?", follow])
    assert reply.kind == "fallback" and "present day" in reply.text


def test_the_present_asked_of_a_sentence_telling_it_is_answered(bot: Chatbot) -> None:
    doc = "Envoys\n\nSince 2019, Ada Brill is the envoy of Oland to Vesta.\n"
    small = Chatbot.from_text(doc, cache=False)
    assert "Ada Brill" in last_answer(small, ["who is Oland's envoy to Vesta?", "who is it now?"])


def test_what_an_announcement_told_is_what_was_said(bot: Chatbot) -> None:
    doc = ("Energy\n\nThe announcement in May 2016 that Nordgas plans to build a pipeline to "
           "Vesta raised trust in Oland.\n")
    small = Chatbot.from_text(doc, cache=False)
    assert "pipeline" in small.ask("what did Nordgas announce?").text
    assert small.ask("what did Nordgas announce?").kind == "answer"


@pytest.mark.parametrize("follow", ["which is more?", "which one is bigger?"])
def test_a_comparison_of_the_two_just_asked_is_no_rank(bot: Chatbot, follow: str) -> None:
    last = bot.ask("how much capital came from Vesta into Oland?")
    assert ranked(follow, last, bot.retriever.document_) is None


def test_the_head_of_a_delegation_led_by_someone_is_named() -> None:
    doc = ("Visits\n\nThe Oland delegation led by Minister Ada Brill opened the fair in Kell.\n\n"
           "Banks\n\nThe Sea Bank was founded in Kell in 2010.\n")
    small = Chatbot.from_text(doc, cache=False)
    assert "Ada Brill" in small.ask("who was the head of the Oland delegation at the fair?").text
    assert small.ask("who is the head of the Sea Bank?").kind == "fallback"


@pytest.mark.parametrize("question", ["how come?", "what was the aim?",
                                      "ok, what's the point of it?", "and what were its goals?"])
def test_a_reason_asked_in_other_words_is_why(question: str) -> None:
    assert bare_spelled(question) == "why?"


@pytest.mark.parametrize("question", ["what was the aim of the Sea Forum?", "how come Oland won?"])
def test_a_reason_asked_of_a_named_subject_is_asked_as_it_is(question: str) -> None:
    assert bare_spelled(question) == question


@pytest.mark.parametrize(("question", "step"), [("what happened after?", 1),
                                                ("and the next step?", 1),
                                                ("what happened before?", -1),
                                                ("what was it like before?", 0)])
def test_bare_steps_in_time(question: str, step: int) -> None:
    assert step_asked(question) == step


def test_a_comparison_after_two_counts_gives_both(bot: Chatbot) -> None:
    turns = ["how many members does the Oland Sailing Club have?", "thanks",
             "how many members does the Vesta Rowing Club have?", "which is bigger?"]
    text = last_answer(bot, turns)
    assert "120" in text and "75" in text


def test_a_comparison_after_an_answer_giving_both_figures_is_that_answer(bot: Chatbot) -> None:
    turns = ["how many small companies with Vestan capital are there?", "and large?",
             "which is more?"]
    assert "30" in last_answer(bot, turns)


def test_a_comparison_after_no_figure_compares_nothing() -> None:
    last = Reply("answer", "Ada Brill is the envoy.")
    assert compared("which is bigger?", [("who is the envoy?", last)]) is None
    assert compared("which is the biggest?", [("q", Reply("answer", "5 and 7"))]) is None


def test_the_next_meeting_after_a_pointer_question_is_the_next_of_the_answer(
        bot: Chatbot) -> None:
    turns = ["who attended the 2nd Sea Forum?", "what was its date?", "and the next one?"]
    reply = last_reply(bot, turns)
    assert reply.kind != "fallback", reply.text


def test_which_came_first_after_two_dated_answers_gives_both(bot: Chatbot) -> None:
    turns = ["when was the Fishing Pact signed?", "and the Salt Agreement?", "which came first?"]
    text = last_answer(bot, turns)
    assert "March 3, 2015" in text and "August 1, 2015" in text


def test_a_pointer_to_the_person_an_answer_gave_is_asked_by_name(bot: Chatbot) -> None:
    turns = ["who did Tom Ray talk to in March 2019?", "when did she visit Vesta officially?"]
    assert "May 5-7" in last_answer(bot, turns)


def test_the_person_given_is_the_one_the_question_did_not_name() -> None:
    answer = "On May 2, the Premier of Oland, Ann Berg, called the President of Vesta, Tom Ray."
    assert given_person("who did Tom Ray talk to?", answer) == "Ann Berg"
    assert given_person("when did they talk?", answer) is None
    assert given_person("who talked?", answer) is None
