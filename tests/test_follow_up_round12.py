"""Round 12's dialogue kinds, on a toy document of our own.

- an adverb of degree or frankness the document never uses ("which crops mostly?", "who
  actually chairs it?") is not weighed as a word the document lacks, neither by
  retrieval nor by the off-topic gate (``bot.language.hedges.unhedged``); one whose stem
  the document uses ("mainly" where it says "main") is kept;
- a capitalised word after a country is part of a name ("the Friends of Norway Club"), not
  that country's act: "how many members does the Sweden club have?" is no question about
  what Sweden did (``nearmiss.actors``);
- a topic put first, then a question pointing to it ("what about the fishing pact, when
  was it signed?") is asked whole and stands alone (``followups.shifts.dislocated``);
- "what's the X …" names its focus X as "what X" does, so a follow-up after a glued
  answer leans on the sentence naming X (``followups.part.focus``);
- "what is X going to do?" is asked of the document, not read as chat: "going to" before
  a verb only puts it in the future (``bot.language.hedges.unhedged``), and what X will do
  is read on into the sentence of its plans (``bot.answering.read_on``);
- a yes/no follow-up is checked against the last answer only when it asks nothing beyond
  its claim and the last turn: a superlative the last answer does not rank by ("is Oland
  the biggest investor?" after an amount invested) goes to retrieval, never "Yes."
  (``followups.sequence.checked``);
- an envoy or embassy "in" or "to" a capital is its country's ("the ambassador in
  Washington": ``bot.language.places.governments``), also in a keyword query;
- a follow-up after a near miss that quoted a missing word ("doesn't give “washington”")
  leans on the sentence the near miss quoted, not on the text from the first quote
  (``followups.readings.nearest``);
- an ellipsis ("and the American envoy in Astana instead?") is a follow-up's wording, not
  a keyword query whose every word must be in the answer (``nearmiss.telegraphic``);
- a clipped word is read as the whole word the document uses ("phone" → "telephone":
  ``bot.language.abbreviations``);
- "what is it called in short?", "how is it abbreviated?" ask for the abbreviation the
  document introduces (``followups.sequence.spelled_out``).
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.followups.part import answering_part, focus
from bot.answering.followups.readings import nearest
from bot.answering.followups.sequence import checked
from bot.answering.followups.shifts import dislocated
from bot.answering.nearmiss.actors import other_actor
from bot.answering.nearmiss.constraints import NEAREST
from bot.answering.nearmiss.telegraphic import telegraphic
from bot.language.abbreviations import unabbreviated
from bot.language.hedges import HEDGES, unhedged
from bot.language.places import governments
from bot.language.text import terms
from bot.reply import Explanation, Reply, Source
from conftest import last_answer, last_reply

DOC = """Oland and Vesta

Farming

The main farming sectors of Oland are barley, flax and sheep breeding.

Oland exported 300 tonnes of flax to Vesta in 2018.

Clubs

The Friends of Norway Club at the Assembly of Sweden has 14 members. Its chair is Senator
Ada Brill (Green; Norrby).

Treaties

On May 4, 2016, a meeting of the fisheries ministers was held in Port Ada. The Fishing Pact
was signed at the meeting.

The Harbour Council was founded on June 2, 2011, in Kell.

Investment

Oland's investment in Vesta reached 5 billion dollars between 2010 and 2018, and its
investors keep coming. Oland is the third largest investor in Vesta after Norland.

Talks

On March 2, 2019, the two premiers had a telephone conversation about fishing quotas. The
Agreement on Northern Sea Patrols (NSPA) was signed on April 9, 2019.

Defence

The Coast Brigade has been set up in Oland with help from Vesta. Plans are being made for
this unit to patrol the northern sea.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize("question", ["which farming sectors mostly?",
                                      "which farming sectors primarily?",
                                      "who actually chairs the Friends of Norway Club?"])
def test_a_hedge_the_document_never_uses_asks_nothing(bot: Chatbot, question: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer", reply.text
    assert reply.text == bot.ask(" ".join(w for w in question.split()
                                          if w.strip("?") not in HEDGES)).text


def test_a_hedge_the_document_uses_by_its_stem_stays() -> None:
    said = ["which", "sectors", "mainly", "mostly"]
    assert unhedged(said, lambda w: w.startswith("main")) == ["which", "sectors", "mainly"]


def test_a_round_figure_asked_for_keeps_its_approximating_word() -> None:
    # "roughly how many" asks for the document's "about 300", not for any count
    said = ["roughly", "how", "many", "sheep", "mostly"]
    assert unhedged(said, lambda w: False) == ["roughly", "how", "many", "sheep"]
    assert unhedged(["which", "sectors", "roughly"], lambda w: False) == ["which", "sectors"]


@given(st.lists(st.sampled_from([*sorted(HEDGES), "flax", "sheep", "when"]), max_size=8))
def test_unhedged_keeps_every_other_word_in_order(said: list[str]) -> None:
    kept = unhedged(said, lambda w: False)
    assert kept == [w for w in said if w not in HEDGES]


@pytest.mark.parametrize("question", ["in what sectors mostly?", "which sectors, roughly?",
                                      "what sectors exactly?"])
def test_a_hedge_is_no_chat_on_the_default_document(question: str) -> None:
    reply = Chatbot().ask(question)
    assert reply.kind == "answer" and "mining" in reply.text, reply.text


def test_a_hedge_after_an_answer_is_no_chat(bot: Chatbot) -> None:
    text = last_answer(bot, ["How much flax did Oland export to Vesta?", "wow ok",
                             "which sectors mostly?"])
    assert "barley" in text


@pytest.mark.parametrize(("question", "sentence"), [
    ("how many members does the sweden club have?",
     "The Friends of Norway Club at the Assembly of Sweden has 14 members."),
    ("when did the us embassy open?", "the Kazakh Embassy is established in the U.S."),
])
def test_a_name_after_a_country_is_no_act(question: str, sentence: str) -> None:
    assert other_actor(question, sentence) == []


def test_a_verb_after_another_country_is_still_its_act() -> None:
    assert other_actor("when did the us ratify the convention?",
                       "In 2017, Kazakhstan ratified the convention.") == ["the US doing it"]


def test_the_bot_answers_the_clubs_size_asked_with_a_country(bot: Chatbot) -> None:
    reply = bot.ask("how many members does the sweden club have?")
    assert reply.kind == "answer" and "14 members" in reply.text


@pytest.mark.parametrize(("message", "asked"), [
    ("what about the fishing pact, when was that signed?", "when was the fishing pact signed?"),
    ("and as for the club - who chairs it?", "who chairs the club?"),
    ("how about the harbour council: where was it founded?",
     "where was the harbour council founded?"),
    ("regarding the club, what are its members?", "what are the club's members?"),
])
def test_a_topic_put_first_is_asked_whole(message: str, asked: str) -> None:
    assert dislocated(message) == asked


@pytest.mark.parametrize("message", [
    "what about the fishing pact?", "what about that, when was it signed?",
    "what about the other one, when was it signed?", "when was the pact signed?",
    "what about the club, how many members?",
])
def test_no_topic_put_first(message: str) -> None:
    assert dislocated(message) is None


def test_a_topic_put_first_stands_alone_after_another_answer(bot: Chatbot) -> None:
    text = last_answer(bot, ["where was the Harbour Council founded?",
                             "what about the fishing pact, when was that signed?"])
    assert "May 4, 2016" in text


@pytest.mark.parametrize(("question", "expected"), [
    ("what's the flax trade worth?", "flax"), ("whats the club's size?", "club"),
    ("what is the pact?", "pact"), ("what's it?", None),
])
def test_whats_names_its_focus_as_what_does(question: str, expected: str | None) -> None:
    assert focus(question) == expected


def test_a_glued_answer_leans_on_the_part_naming_the_focus() -> None:
    answer = ("The two clubs met between the two towns. "
              "The flax trade between Oland and Vesta reached 4 million dollars.")
    part = answering_part(answer, "what's the flax trade between the two towns?", None)
    assert part.startswith("The flax trade")


@pytest.mark.parametrize(("said", "kept"), [
    (["what", "is", "it", "going", "to", "do"], ["what", "is", "it", "to", "do"]),
    (["what", "is", "it", "gonna", "do"], ["what", "is", "it", "do"]),
    (["who", "is", "going", "to", "the", "expo"], ["who", "is", "going", "to", "the", "expo"]),
    (["where", "is", "he", "going"], ["where", "is", "he", "going"]),
])
def test_going_to_before_a_verb_only_puts_it_in_the_future(said: list[str],
                                                          kept: list[str]) -> None:
    assert unhedged(said, lambda w: False) == kept


@pytest.mark.parametrize("question", ["what is the coast brigade going to do?",
                                      "what is the coast brigade gonna do?"])
def test_what_a_body_is_going_to_do_reads_on_to_its_plans(bot: Chatbot, question: str) -> None:
    text = last_answer(bot, ["how much flax did Oland export?", "hi there", question])
    assert "patrol the northern sea" in text


def test_a_yes_no_superlative_the_last_answer_never_ranks_is_not_confirmed(bot: Chatbot
                                                                         ) -> None:
    reply = last_reply(bot, ["how much did Oland invest in Vesta?",
                             "is the Oland government the biggest investor?"])
    assert not reply.text.startswith("Yes"), reply.text


@pytest.mark.parametrize(("turns", "opening"), [
    (["where was the meeting of the fisheries ministers held?", "was it in Port Ada?"], "Yes"),
    (["when was the Harbour Council founded?", "was it in Kell?"], "Yes"),
])
def test_a_yes_no_check_of_the_last_answer_still_answers(bot: Chatbot, turns: list[str],
                                                        opening: str) -> None:
    assert last_answer(bot, turns).startswith(opening)


_LAST = ("how much did the fund invest?",
         Reply("answer", "The Oland fund invested 5 billion dollars; its investors keep coming."))


def _terms(text: str) -> list[str]:
    return terms(text)


@pytest.mark.parametrize("question", ["is the Oland fund the biggest?",
                                      "was it the first Oland fund?"])
def test_checked_leaves_a_superlative_the_answer_never_ranks_to_retrieval(question: str
                                                                         ) -> None:
    assert checked(question, _LAST, _terms, {"oland", "5"}, lambda _: False) is None


def test_checked_confirms_a_claim_the_answer_holds() -> None:
    reply = checked("was it the Oland fund?", _LAST, _terms, {"oland"}, lambda _: False)
    assert reply is not None and reply.text.startswith("Yes.")


@pytest.mark.parametrize(("text", "read"), [
    ("who is the ambassador in Washington?", "who is the ambassador in usa?"),
    ("kazakh envoy to moscow", "kazakh envoy to russia"),
    ("the embassy at Astana", "the embassy at kazakhstan"),
    ("who lives in Washington?", "who lives in Washington?"),
    ("what is the mission to Paris about?", "what is the mission to france about?"),
])
def test_a_capital_an_envoy_is_in_is_its_country(text: str, read: str) -> None:
    assert governments(text) == read


def test_a_follow_up_leans_on_the_sentence_a_near_miss_quoted() -> None:
    miss = Reply("fallback", f"The document doesn't give “Norby” for that. {NEAREST}Since 2020 "
                 "- Mira Solberg is the Ambassador of Oland to Vesta.”", None, 0.9,
                 (Source("Since 2020 - Mira Solberg is the Ambassador.", 1.0, "Missions"),),
                 Explanation("retrieval", unmet=("“Norby”",)))
    read = nearest(miss)
    assert read is not None and read.kind == "answer"
    assert read.text == "Since 2020 - Mira Solberg is the Ambassador of Oland to Vesta."


@pytest.mark.parametrize(("query", "keywords"), [
    ("kazakh embassy washington address", True), ("flax exports 2018", True),
    ("and the vesta envoy in kell instead?", False), ("what about flax exports 2018", False),
    ("or the harbour council", False),
])
def test_an_ellipsis_is_no_keyword_query(query: str, keywords: bool) -> None:
    assert telegraphic(query) is keywords


@pytest.mark.parametrize(("short", "known", "whole"), [
    ("phone", {"telephone"}, "telephone"), ("uni", {"university"}, "university"),
    ("prez", {"president"}, "president"),
    ("phone", {"telephone", "phone"}, None), ("phone", {"meeting"}, None),
])
def test_a_clipped_word_reads_as_the_documents_whole_word(short: str, known: set[str],
                                                          whole: str | None) -> None:
    assert unabbreviated(short, known) == whole


def test_a_talk_on_the_phone_is_the_telephone_conversation(bot: Chatbot) -> None:
    text = last_answer(bot, ["how much flax did Oland export?",
                             "when did the premiers talk on the phone?"])
    assert "March 2, 2019" in text


@pytest.mark.parametrize("asked", ["what is it called in short?", "how is it abbreviated?",
                                   "what's its short name?"])
def test_asking_the_short_name_gets_the_abbreviation(bot: Chatbot, asked: str) -> None:
    text = last_answer(bot, ["when was the agreement on northern sea patrols signed?", asked])
    assert "NSPA" in text
