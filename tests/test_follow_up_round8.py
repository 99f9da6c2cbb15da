"""Round 8's follow-ups, on a toy document of our own: "then" set off by a comma ("who is,
then?") asks "in that case", not what came next; "tell me more about it" asks for more
than the last answer; "enough about X." changes the topic; "what's his position?" asks
the office of the person just named; and "that city" after a turn that got no answer is
the place that turn named; "what was in place before?" is told by a next sentence that
opens "Prior to this, …"; and a follow-up whose words the last answer lacks but its passage
holds ("who attended its reopening?") is not answered with the last answer again; a
question that points back with one word of its own ("what year was it adopted?") is
answered from the last answer when that one holds it; and "did he meet anyone?" is a
question, not a greeting; and a follow-up about the other sentence of the last reply
("how many of them carry tourists?") is answered by it, not by the part that answered; a
bare "when?" after a near miss leans on the sentence the near miss quoted, while a whole
question after one stands alone; a possessive bound to the question's own subject ("when
did Sylvania open its consulate?") does not lean on the last turn; and "when did the
opening take place?" asks of the event the last answer told, whatever else took place;
"what did they talk about?" is answered by the last answer that says what "was
discussed", not by another passage's "talks"."""

import pytest

from bot import Chatbot
from bot.answering.followups.follow_words import asks_else, leans, plain_opening
from bot.answering.followups.listed import picked
from bot.answering.followups.readings import repeated_unasked, told_beside
from bot.answering.followups.restated import placed_on
from bot.answering.followups.roles import asks_role
from bot.answering.followups.shifts import as_topic, topic_shift
from bot.answering.followups.steps import step_asked
from bot.answering.followups.within import again, answer_within
from bot.reply import Reply, Source
from conftest import last_reply

DOC = """Sylvania and Freedonia

Trade

Freedonia is the third largest buyer of Sylvanian fish after Ruritania. The fish trade
grew by 4 percent in 2016.

Visits

On 3-5 June 2016, the Harbour Minister of Sylvania, Ola Brenn, paid a visit to Freedonia
with a trip to Port Kell. The aims of the visit were new fishing quotas and shared pilot
training.

On 9 April 2017, the Freedonian envoy, Per Lund, opened the fish market of Velm. He also
held talks with the mayor of Velm, Una Vix, on the harbour fees.

Bodies

The Net Club has 40 members. Its head is Ann Berg (Reds; Velm); the deputy head is Tom
Hale (Blues; Kell).

The Rope Guild was set up in Velm with Freedonian help. Its members teach knots to young
sailors every winter.

On 2 May 2012, the Freedonian Consulate was opened in Velm.

Law

A pact on shared fishing grounds for a six-year period entered into force on 4 July 2015.
(Prior to this, a pact on one-year fishing licences had been in force since 2009.)

On 1 March 2013, the two kings held a telephone call, during which the fishing quarrels
were discussed. In 2014 the two kings adopted the Charter of the Sea. On 3 March 2016,
Sylvania ratified the Northern Convention on Lighthouses of 1890.

Fairs

The first fish fair took place on 5 May 2015 in Port Kell.

Schools

Teaching at sea is growing. Sylvanian and Freedonian pupils sail together each summer on
the tall ship Ada.

People

Since 2018 - Ida Kro is the Ambassador of Sylvania to Freedonia. The harbour office of
Velm keeps the list of pilots.

Harbour

Freedonia helped to dredge the harbour of Velm. Ida Kro, the chief engineer of the Velm
works, cut the ribbon at the reopening ceremony of the harbour on 1 May 2016.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize("question", ["who is, then?", "which one is it, then?",
                                      "so where was it, then?"])
def test_then_after_a_comma_is_no_step_in_time(question: str) -> None:
    assert step_asked(question) == 0


@pytest.mark.parametrize("question", ["and then?", "what happened then?", "and after that?"])
def test_a_bare_then_is_still_a_step_forward(question: str) -> None:
    assert step_asked(question) == 1


def test_who_is_then_after_a_no_is_answered_from_the_last_answer(bot: Chatbot) -> None:
    reply = last_reply(bot, ["is freedonia the largest buyer of sylvanian fish?", "who is, then?"])
    assert reply.kind == "answer" and "Ruritania" in reply.text


@pytest.mark.parametrize("question", ["tell me more about it", "tell me more about him",
                                      "any more details?", "more info please"])
def test_tell_me_more_about_it_asks_for_another_answer(question: str) -> None:
    assert asks_else(question)


def test_tell_me_more_about_it_gives_what_follows(bot: Chatbot) -> None:
    first = last_reply(bot, ["what is the rope guild?"])
    reply = last_reply(bot, ["what is the rope guild?", "tell me more about it"])
    assert "knots" in reply.text and reply.text != first.text


@pytest.mark.parametrize(("message", "rest"), [
    ("ok enough about fish. what about the guild?", "what about the guild?"),
    ("enough about the visit, who opened the consulate?", "who opened the consulate?"),
])
def test_enough_about_x_changes_the_topic(message: str, rest: str) -> None:
    assert topic_shift(message) == rest


@pytest.mark.parametrize("message", ["enough about trade!", "is that enough about it?"])
def test_enough_alone_or_inside_a_question_is_no_topic_shift(message: str) -> None:
    assert topic_shift(message) is None


@pytest.mark.parametrize("question", ["what's his position?", "what is her job?",
                                      "his title?", "what does he do?"])
def test_a_role_asked_of_a_person_the_answer_gives_an_office_for(question: str) -> None:
    assert asks_role(question, "the Harbour Minister of Sylvania, Ola Brenn, paid a visit")


@pytest.mark.parametrize(("question", "answer"), [
    ("what's the position of the guild?", "The Minister, Ola Brenn, came."),
    ("what's his position?", "Ola Brenn paid a visit to Freedonia."),
])
def test_no_role_asked_or_none_given(question: str, answer: str) -> None:
    assert not asks_role(question, answer)


def test_his_position_is_the_office_the_last_answer_names(bot: Chatbot) -> None:
    reply = last_reply(bot, ["when did ola brenn visit freedonia?", "what's his position?"])
    assert reply.kind == "answer" and "Harbour Minister" in reply.text


def test_that_city_after_a_turn_without_answer_is_the_place_it_named(bot: Chatbot) -> None:
    assert placed_on("what was opened in that city?", ["is it cold in velm today?"],
                         lambda w: w == "velm") == "what was opened in Velm?"
    reply = last_reply(bot, ["is it cold in velm today?", "what was opened in that city?"])
    assert reply.kind == "answer" and "Consulate" in reply.text


def test_a_pointer_without_a_place_before_is_left_as_it_is() -> None:
    assert placed_on("what was opened there?", ["how are you?"], lambda w: False) == (
        "what was opened there?")


def test_what_was_before_is_the_next_sentence_that_opens_prior_to_this(bot: Chatbot) -> None:
    reply = last_reply(bot, ["which pact entered into force on 4 july 2015?",
                        "what was in place before?"])
    assert reply.kind == "answer" and "one-year" in reply.text


_HARBOUR = ("Freedonia helped to dredge the harbour of Velm. Ida Kro, the chief engineer "
            "of the Velm works, cut the ribbon at the reopening ceremony of the harbour.")
_HELPED = "Freedonia helped to dredge the harbour of Velm."


def _again(text: str) -> Reply:
    return Reply("answer", text, None, 0.5, (Source(_HARBOUR, 1.0, "Harbour", None, 0,
                                                    len(_HARBOUR)),))


@pytest.mark.parametrize(("question", "repeated"), [
    ("who attended its reopening?", True),   # the passage tells of the reopening
    ("and who was at its reopening ceremony?", True),
    ("which party is it from?", False),      # no sentence near speaks of a party
    ("who attended her reopening?", True),   # the very next sentence tells of it
])
def test_the_last_answer_again_for_a_word_its_passage_holds_elsewhere(
        bot: Chatbot, question: str, repeated: bool) -> None:
    follows = ("who helped to dredge the harbour?", _HELPED)
    assert repeated_unasked(question, _again(_HELPED), follows, bot.retriever.terms) is repeated


def test_a_person_pointed_to_is_asked_of_only_beyond_the_very_next_sentence(
        bot: Chatbot) -> None:
    passage = "Ida Kro cut the ribbon at the reopening. " + _HELPED
    again_ = Reply("answer", _HELPED, None, 0.5, (Source(passage, 1.0, "Harbour", None, 0,
                                                          len(passage)),))
    follows = ("who helped to dredge the harbour?", _HELPED)
    assert not repeated_unasked("who attended her reopening?", again_, follows,
                                bot.retriever.terms)
    assert repeated_unasked("who attended its reopening?", again_, follows,
                            bot.retriever.terms)


def test_another_answer_is_never_a_repeat(bot: Chatbot) -> None:
    follows = ("who helped to dredge the harbour?", _HELPED)
    assert not repeated_unasked("who attended its reopening?", _again("Ida Kro cut it."),
                                follows, bot.retriever.terms)


def test_a_pointing_question_with_one_word_of_its_own_is_asked_of_the_last_answer(
        bot: Chatbot) -> None:
    reply = last_reply(bot, ["when did sylvania ratify the lighthouse convention?",
                        "what year was it adopted?"])
    assert reply.kind == "answer" and "1890" in reply.text


def test_did_he_meet_anyone_is_a_follow_up_not_a_greeting(bot: Chatbot) -> None:
    reply = last_reply(bot, ["who opened the fish market of velm?", "did he meet anyone?"])
    assert reply.kind == "answer" and "Una Vix" in reply.text


_BOATS = ("There are about 90 boats with Freedonian owners in Sylvania, of which 60 are small "
          "and 30 large.", "12 boats are for hire and 20 boats carry tourists to islands.")


def test_a_follow_up_about_the_last_replys_other_sentence_is_answered_by_it(
        bot: Chatbot) -> None:
    whole = " ".join(_BOATS)
    source = (Source(whole, 1.0, "Fleet", None, 0, len(whole)),)
    last = Reply("answer", whole, None, 0.9, source)
    found = Reply("answer", _BOATS[1], None, 0.9, source)
    reply = again("how many of them carry tourists?", found,
                  ("how many freedonian boats are in sylvania?", _BOATS[0], last),
                  bot.retriever.terms, lambda term: True)
    assert reply.text == _BOATS[1]


def test_a_bare_follow_up_after_a_near_miss_leans_on_what_it_quoted(bot: Chatbot) -> None:
    conv = bot.conversation()
    missed = conv.ask("how much did the fish trade grow in 2019?")
    assert missed.kind == "fallback" and "4 percent" in missed.text
    reply = conv.ask("when?")
    assert reply.kind == "answer" and "2016" in reply.text


def test_a_whole_question_after_a_near_miss_stands_alone(bot: Chatbot) -> None:
    reply = last_reply(bot, ["how much did the fish trade grow in 2019?",
                        "who opened the fish market of velm?"])
    assert reply.kind == "answer" and "Per Lund" in reply.text


@pytest.mark.parametrize(("question", "leaning"), [
    ("when did sylvania open its consulate in velm?", False),
    ("how did the minister describe her visit?", False),
    ("what were the aims of her visit?", True),    # a possessive inside the subject
    ("what did the head of its guild say?", True),  # "of its": no subject of its own
    ("when did she open its market?", True),        # the subject is a pointer
    ("who attended its reopening?", True),
])
def test_a_possessive_bound_to_the_questions_own_subject_points_nowhere(
        question: str, leaning: bool) -> None:
    assert leans(question) is leaning


def test_a_whole_question_with_its_own_possessive_is_not_dragged_back(bot: Chatbot) -> None:
    reply = last_reply(bot, ["who opened the fish market of velm?",
                        "when did freedonia open its consulate in velm?"])
    assert reply.kind == "answer" and "2 May 2012" in reply.text


def test_an_event_verb_brings_no_subject_of_its_own(bot: Chatbot) -> None:
    reply = last_reply(bot, ["who opened the fish market of velm?",
                        "when did the opening take place?"])
    assert reply.kind == "answer" and "9 April 2017" in reply.text


def test_a_paraphrased_verb_is_asked_of_the_last_answer(bot: Chatbot) -> None:
    reply = last_reply(bot, ["when did the two kings have a telephone call?",
                        "what did they talk about?"])
    assert reply.kind == "answer" and "fishing quarrels" in reply.text


def test_the_last_answer_that_says_it_in_other_words_answers_a_pointing_follow_up() -> None:
    part = ("On 1 March 2013, the two kings held a telephone call, during which the fishing "
            "quarrels were discussed.")
    last = ("when did the kings have a call?", part, "", part)
    asked = ("what did they talk about?", "what did they talk about?", {"talk"}, 1)
    found = "He also held talks with the mayor of Velm on the harbour fees."
    assert answer_within(asked, last, found, elsewhere=True) == part
    assert answer_within(asked, last, found, elsewhere=False) is None  # its own passage


def test_the_sentence_right_after_the_answer_that_speaks_of_the_question_answers_it(
        bot: Chatbot) -> None:
    part = "The visit of Ola Brenn to Velm took place on 3 May."
    beside = "During the meetings with the guild, the quotas were discussed."
    passage = f"Fishing grew. {part} {beside}"
    shown = (part, part, passage)
    terms = bot.retriever.terms
    assert told_beside(beside, shown, {"meet"}, terms)          # "who did he meet?"
    assert not told_beside("Fishing grew.", shown, {"grew"}, terms)  # before, not beside
    assert not told_beside(beside, shown, {"visit"}, terms)     # the answer speaks of it


@pytest.mark.parametrize(("question", "member"), [
    ("name the second one", "Kelp & Co"), ("tell me the last one", "Brill Ropes"),
    ("please give me the first one", "Ostrand Yards"),
])
def test_a_member_of_the_list_asked_for_by_a_request(question: str, member: str) -> None:
    listing = ("The deals involve Sylvanian firms such as Ostrand Yards, Kelp & Co, Marlow Nets "
               "and Brill Ropes.")
    reply = picked(question, ("which firms are involved?", Reply("answer", listing)))
    assert reply is not None and f"is {member}:" in reply.text


@pytest.mark.parametrize("message", ["nice", "nice one", "neat"])
def test_an_acknowledgement_is_thanks_not_goodbye(bot: Chatbot, message: str) -> None:
    reply = bot.ask(message)
    assert reply.kind == "intent" and reply.intent == "thanks"


def test_a_possessive_fragment_asks_of_the_person_just_named(bot: Chatbot) -> None:
    reply = last_reply(bot, ["who opened the fish market of velm?", "nice", "his title?"])
    assert reply.kind == "answer" and "envoy" in reply.text


def test_how_long_in_office_is_asked_of_the_office_the_last_answer_names(bot: Chatbot) -> None:
    reply = last_reply(bot, ["who is the ambassador of sylvania to freedonia?",
                        "how long has she been in office?"])
    assert reply.kind == "answer" and "Since 2018" in reply.text


@pytest.mark.parametrize(("message", "topic"), [
    ("is there anything about teaching?", "teaching"),
    ("does it say anything about the guild?", "the guild"),
    ("now tell me about teaching at sea", "teaching at sea"),
    ("anything on the fish fair?", "the fish fair"),
])
def test_a_request_about_a_topic_is_read_as_the_topic(bot: Chatbot, message: str,
                                                      topic: str) -> None:
    assert as_topic(message, bot.retriever.known_terms) == topic


@pytest.mark.parametrize("message", ["tell me about yourself", "tell me more about it",
                                     "tell me about his visit", "anything about the weather?"])
def test_no_topic_in_a_request_about_the_bot_a_pointer_or_an_unknown_thing(
        bot: Chatbot, message: str) -> None:
    assert as_topic(message, bot.retriever.known_terms) is None


def test_a_topic_request_is_answered_with_what_its_short_answer_announces(bot: Chatbot) -> None:
    reply = last_reply(bot, ["who opened the fish market of velm?",
                             "is there anything about teaching?"])
    assert reply.kind == "answer" and "tall ship" in reply.text


@pytest.mark.parametrize(("message", "plain"), [
    ("were was it?", "where was it?"), ("were?", "where?"), ("in wich city?", "in which city?"),
    ("whn was it?", "when was it?"), ("were they in velm?", "were they in velm?"),
])
def test_chat_spellings_of_question_words_are_written_out(message: str, plain: str) -> None:
    assert plain_opening(message) == plain


def test_a_first_turn_in_chat_spelling_is_read_written_out(bot: Chatbot) -> None:
    reply = last_reply(bot, ["wen did per lund open the fish market?", "were?"])
    assert reply.kind == "answer" and "Velm" in reply.text


def test_a_bare_other_year_asks_the_last_question_of_that_year(bot: Chatbot) -> None:
    reply = last_reply(bot, ["when did the two kings have a telephone call in 2013?",
                             "and in 2014?"])
    assert reply.kind == "answer" and "Charter of the Sea" in reply.text


def test_a_bare_other_year_the_document_lacks_is_no_answer(bot: Chatbot) -> None:
    conv = bot.conversation()
    conv.ask("how much did the fish trade grow in 2016?")
    assert conv.ask("what about 2019?").kind != "answer"


@pytest.mark.parametrize(("turns", "opening"), [
    (["who is the deputy head of the net club?", "is he a red?"], "No"),
    (["who is the deputy head of the net club?", "is he a blue?"], "Yes"),
    (["who is the head of the net club?", "is she a blue?"], "No"),
    (["who is the head of the net club?", "is she a red?"], "Yes"),
])
def test_a_yes_no_check_reads_the_clause_of_the_one_asked_about(
        bot: Chatbot, turns: list[str], opening: str) -> None:
    assert last_reply(bot, turns).text.startswith(opening)


@pytest.mark.parametrize("question", ["and the largest?", "who is the biggest?", "the top one?"])
def test_the_top_of_a_ranking_the_last_answer_gives(bot: Chatbot, question: str) -> None:
    reply = last_reply(bot, ["which country is the third largest buyer of sylvanian fish?",
                             question])
    assert reply.kind == "answer" and "Ruritania" in reply.text


def test_what_about_a_new_topic_tells_on_after_a_short_answer(bot: Chatbot) -> None:
    reply = last_reply(bot, ["who opened the fish market of velm?", "what about teaching at sea?"])
    assert reply.kind == "answer" and "tall ship" in reply.text
