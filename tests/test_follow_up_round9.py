"""Round 9's follow-ups, on a toy document of our own.

- "what was signed?" right after an answer about a state visit asks what was signed during
  *that visit*, not whichever sentence says "signed" most plainly (``followups.tied``);
- "and the other leader?" after "its chair is A; the co-chair is B" is answered by that
  sentence, not by another passage the noun happens to fit (``followups.within``);
- an acknowledgement before a follow-up ("ok, what about 2016?") does not hide it
  (``followups.acknowledged``);
- a leaning message right after a declined question ("how much were they in 2016?")
  leans on that question, not on an older answer (``followups.declined``);
- the part of the last answer a follow-up leans on comes with the sentence it continues
  ("The last meeting was held …" after the sentence naming the council:
  ``followups.lead``);
- a whole question of its own subject with a "he" in it that, read with the last turn, only
  got the last answer again is a new question (``followups.shifts.new_subject``);
- a question that fails alone with one word of its own the document knows ("how long can
  citizens stay?") may still lean on the last turn (``followups.leaning``);
- "what about?", "with whom?" are bare and ask about the last answer; "then what?" is a
  step forward; "who else?" after a list of firms is answered by that list.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.followups.acknowledged import unacknowledged
from bot.answering.followups.follow_words import is_bare
from bot.answering.followups.lead import with_lead
from bot.answering.followups.leaning import needs_context
from bot.answering.followups.shifts import new_subject
from bot.answering.followups.steps import step_asked
from bot.answering.followups.tied import SPREAD, subjectless
from conftest import last_answer, last_reply

DOC = """Norway and Canada

Missions

Since 2015 - Ola Brenn is the Ambassador of Norway to Canada.

Since 2019 - Tom Hale is the Ambassador of Canada to Norway.

On 2 May 2012, the Norwegian Consulate was opened in Toronto.

Politics

At present, the ties are shaped by the state visit of King Harald of Norway to Canada
(3-5 June 2016), during which the two leaders adopted the Charter of the North.

The Fishing Club of the Storting has 12 members. Its chair is Senator Lena Moe (Labour;
Oslo); the co-chair is Senator Per Vik (Green; Bergen).

Trade

In 2016, Norway sold fish worth 40 million crowns to Canada and bought timber worth 90
million crowns from it.

During the state visit of the King of Norway to Canada, a fish fair was held in Ottawa on
4 June 2016. As a result, 12 contracts worth about 2 billion crowns were signed.

The sharing of catch figures between Norway and Canada is discussed regularly at the
Council of the North Atlantic Fishing Accord. The last meeting was held on 8-9 March 2017,
in Halifax.

In recent years, firms such as Nordfisk, Polarbrygg, Havtrans and Kystlaks have entered the
Canadian market.

Visas

Since 2018, a visa-free regime of up to 90 days for Canadian citizens helps tourism in Norway.

Treaties

Over ten years, more than 30 fishing pacts have been signed. A pact on whaling was signed
in Oslo on 1 April 2015.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize("follow_up", ["what was signed?", "what did they sign?"])
def test_what_was_signed_after_a_visit_is_about_that_visit(bot: Chatbot, follow_up: str
                                                           ) -> None:
    text = last_answer(bot, ["when did king harald visit canada?", follow_up])
    assert "12 contracts" in text
    assert "whaling" not in text


def test_a_lone_word_that_names_a_subject_stands_alone() -> None:
    holding = {"sign": 3, "harald": 1}.__getitem__
    assert subjectless({"sign"}, holding)
    assert not subjectless({"harald"}, holding)  # used in one passage: a subject
    assert not subjectless({"sign", "harald"}, holding)  # two words of its own
    assert SPREAD >= 2


def test_the_other_one_of_a_pair_in_the_last_answer(bot: Chatbot) -> None:
    text = last_answer(bot, ["who chairs the fishing club?", "and the other leader?"])
    assert "Per Vik" in text


def test_an_acknowledgement_does_not_hide_a_bare_other_time(bot: Chatbot) -> None:
    text = last_answer(bot, ["how much fish did norway sell in 2019?", "ok, what about 2016?"])
    assert "40 million" in text
    reply = last_reply(bot, ["how much fish did norway sell to canada in 2016?",
                             "ok, what about 2019?"])
    assert reply.kind == "fallback" and "2019" in reply.text  # said plainly, not made up


@pytest.mark.parametrize(("message", "rest"), [
    ("ok, what about 2016?", "what about 2016?"),
    ("Thanks! and the imports?", "and the imports?"),
    ("cool. where?", "where?"),
    ("great, who else?", "who else?"),
    ("ok thanks", "ok thanks"),  # small talk stays whole
    ("okay", "okay"),
    ("ok so what", "ok so what"),  # no question after it
    ("ok what about 2016?", "what about 2016?"),
    # set off by a space only, the word opens a name: the message stays whole
    ("Great Britain: what is its trade?", "Great Britain: what is its trade?"),
    ("Good Friday agreement?", "Good Friday agreement?"),
    ("Nice is where?", "Nice is where?"),
])
def test_acknowledgements_before_a_question_are_dropped(message: str, rest: str) -> None:
    assert unacknowledged(message) == rest


@given(st.text(max_size=40))
def test_unacknowledged_never_invents_text(message: str) -> None:
    rest = unacknowledged(message)
    assert rest == message or (rest and rest in message)


def test_a_pointer_after_a_declined_question_leans_on_that_question(bot: Chatbot) -> None:
    turns = ["how much did fish sales to canada grow in 2020?", "how much were they in 2016?"]
    assert last_reply(bot, turns[:1]).kind == "fallback"
    assert "40 million" in last_answer(bot, turns)


def test_a_declined_remark_is_nothing_to_lean_on(bot: Chatbot) -> None:
    reply = last_reply(bot, ["cool", "where?"])
    assert reply.kind != "answer"


def test_the_part_comes_with_the_sentence_it_continues() -> None:
    passage = ("Figures are discussed at the Council of the Accord. The last meeting was "
               "held on 8 March 2017, in Halifax.")
    part = "The last meeting was held on 8 March 2017, in Halifax."
    assert with_lead(part, passage).startswith("Figures are discussed at the Council")
    assert with_lead(passage, passage) == passage  # shown already
    own = ("Trade is discussed in Oslo. The visit of the Minister of Fish, Ann Berg, to "
           "Bergen took place on 3 May 2016.")
    visit = "The visit of the Minister of Fish, Ann Berg, to Bergen took place on 3 May 2016."
    assert with_lead(visit, own) == visit  # it names its own subject
    assert with_lead("Not in it.", passage) == "Not in it."


def test_a_whole_question_that_only_got_the_last_answer_again_is_new() -> None:
    said = {"consul", "open", "toronto"}
    own = {"minist", "fish", "name", "sign"}
    assert new_subject(own, said, repeated=True)
    assert not new_subject(own, said, repeated=False)  # it found something else
    assert not new_subject({"minist", "fish"}, said, repeated=True)  # too few words of its own
    assert not new_subject(own | {"toronto"}, said, repeated=True)  # the last answer speaks of it


def test_a_failed_question_with_one_word_of_its_own_may_lean(bot: Chatbot) -> None:
    failed = last_reply(bot, ["when did norway join the UN?"])
    assert failed.kind == "fallback"
    retriever = bot.retriever
    stay = "how long can citizens stay?"  # "how long" asks a kind; "stay" alone is no subject
    assert needs_context(retriever, stay, failed, retriever.known_terms(stay))
    join = "when did norway join the UN?"  # more words of its own than the document knows
    assert not needs_context(retriever, join, failed, retriever.known_terms(join))


@pytest.mark.parametrize("message", ["what about?", "about what?", "With whom?", "by whom?",
                                     "and to whom?", "on what?"])
def test_a_bare_preposition_question_asks_about_the_last_answer(message: str) -> None:
    assert is_bare(message)


@pytest.mark.parametrize("message", ["what about imports?", "with whom did he meet in May?"])
def test_a_preposition_question_that_names_something_is_not_bare(message: str) -> None:
    assert not is_bare(message)


@pytest.mark.parametrize("message", ["then what?", "and then what happened?", "Then what"])
def test_then_what_is_a_step_forward(message: str) -> None:
    assert step_asked(message) == 1


def test_who_else_after_a_list_of_firms_is_the_list(bot: Chatbot) -> None:
    text = last_answer(bot, ["when did nordfisk enter the canadian market?", "who else?"])
    assert "Polarbrygg" in text
