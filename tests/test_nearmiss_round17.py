"""Round 17's near-miss checks, each with what it must still answer:

- a formal title's words name no one and no place (``nearmiss.titled``): "who signed the
  fisheries treaty?" is not told by the governments in its title, nor "where was it
  signed?" by the countries in it, nor "which city" by a country; a sentence that says
  where ("was signed in Velm") still answers;
- a name asked, of an answer naming only a namesake (``nearmiss.namesakes``): the Harbour
  Safety Council is not the Harbour Trade Council, while a shorter form of the asked name
  or the same name in another form is no namesake;
- "which companies did she meet *with*": a small word of the question before the kind's
  word is no word of the kind's own (``nearmiss.instances``);
- a start asked of a sentence telling only an announcement (``nearmiss.events``);
- a figure told between two years is no figure of the last one ("in 2017 alone");
- whose thing: "where did X open its consulate?" (or "X's consulate", "the Xian
  consulate") puts first the sentence about X's consulate, not another country's, and
  does not glue the other to it;
- "who is then?" asks "in that case", no step in time; "and where does X rank?" is told
  by the ranking just given; "who came from the X side?" asks of the last answer;
- "where had they met before that?" asks of another event than the last answer's;
- the next sentence joins when it gives the ordinal asked ("the last meeting … in Y");
- "X was the first to sign which treaty?" asks of the kind "treaty" as "which treaty …?"
  does; a sentence's first word after an opening quote is no new name;
- a city asked pointedly ("which city is it in, exactly?") is not told by a country;
- "who came before it?" after an answer that names who did ("after A and B") answers
  with that answer (``followups.ranking.named_step``).
"""

import numpy as np
import pytest

from bot import Chatbot
from bot.answering.followups.bare_typos import bare_spelled
from bot.answering.followups.steps import step_asked
from bot.answering.followups.times import at_time
from bot.answering.followups.within import anchored
from bot.answering.nearmiss.cities import unnamed_city
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.events import other_stage
from bot.answering.nearmiss.instances import unnamed_instances
from bot.answering.nearmiss.namesakes import other_namesake
from bot.answering.nearmiss.possessed import anothers, owners, promote_possessed
from bot.answering.nearmiss.spans import spanned
from bot.answering.nearmiss.titled import placeless, untitled
from bot.answering.nearmiss.versions import unoriginal
from bot.answering.read_on import asked_kind
from bot.language.answer_type import names_someone
from stub import placed_words


def _follow_up(text: str, first: str, then: str) -> str:
    """The reply to ``then`` asked after ``first``, of a document ``text``."""
    chat = Chatbot.from_text(text).conversation()
    chat.ask(first)
    return chat.ask(then).text


TREATY = ("The Treaty between the Kingdom of Norland and the Republic of Sudland on Fisheries "
          "in the Grey Sea was signed on 3 May 2011.")
SIGNED_IN = "The Accord on Fisheries (AOF) was signed in Velm on 3 May 2011."


def test_a_title_is_cut_to_its_head_when_the_question_names_it() -> None:
    assert untitled(TREATY, "who signed the fisheries treaty?") == (
        "The Treaty was signed on 3 May 2011.")
    assert untitled(TREATY, "who signed it?") == TREATY  # no title asked of
    assert "Velm" in untitled(SIGNED_IN, "where was the AOF signed?")


def test_who_signed_is_not_told_by_the_parties_in_a_title() -> None:
    assert "a name" in unmet("Who signed the fisheries treaty?", TREATY, TREATY)
    named = TREATY.replace("was signed", "was signed by Anna Berg")
    assert "a name" not in unmet("Who signed the fisheries treaty?", named, named)


def test_where_and_which_city_are_not_told_by_a_title() -> None:
    assert placeless("Where was the fisheries treaty signed?", TREATY) == ["a place"]
    assert placeless("In which city was the treaty signed?", TREATY) == ["a city"]
    assert placeless("Where was the accord signed?", SIGNED_IN) == []
    assert placeless("In which city was the accord signed?", SIGNED_IN) == []
    ratified = "In 2012, Norland ratified the Treaty on Fisheries in the Grey Sea."
    assert placeless("Which city was the treaty ratified in?", ratified) == ["a city"]
    # a title named after a place names its venue
    assert placeless("Where was the Treaty of Velm signed?",
                     "The Treaty of Velm was signed on 3 May 1783.") == []
    # a title may well answer what it is about: no deed asked
    assert placeless("Which country is the fisheries treaty about?", TREATY) == []


HARBOUR = ("The Harbour Trade Council has met every spring since 2004. Its first meetings "
           "were held in Velm.")
CANDIDATES = [HARBOUR, "The two ports agreed to set up the Harbour Safety Council."]


def test_a_namesake_does_not_answer_for_the_asked_name() -> None:
    asked = "When did the Harbour Safety Council first meet?"
    assert other_namesake(asked, HARBOUR, HARBOUR, lambda: CANDIDATES) == [
        "the Harbour Safety Council"]
    own = "When did the Harbour Trade Council first meet?"
    assert other_namesake(own, HARBOUR, HARBOUR, lambda: CANDIDATES) == []


def test_a_shorter_or_other_form_of_the_name_is_no_namesake() -> None:
    stadium = "The finalists were Grey Park Stadium and Velm Stadium."
    asked = "How often has the final been held at Norland's Grey Park Stadium?"
    assert other_namesake(asked, stadium, stadium, lambda: [stadium]) == []
    electorate = "He served the Electorate of Norland and its new elector, Jon Berg."
    assert other_namesake("Who was the new elector of Norland?", electorate, electorate,
                          lambda: ["The Elector of Norland ruled the north."]) == []


def test_a_persons_other_names_are_no_namesakes() -> None:
    told = "In May, the President of Norland, Ivar Holm, called the Mayor of Velm, Ada Berg."
    asked = "When did President Holm and Mayor Berg speak?"
    assert other_namesake(asked, told, told, lambda: ["President Holm spoke first."]) == []


def test_meet_with_does_not_make_the_kind_its_own() -> None:
    sentence = ("The visit aimed at building partnership relations with large corporations "
                "at the Grey Valley.")
    assert unnamed_instances("Which companies did the minister meet with?", sentence) == [
        "which companies"]


def test_an_announcement_gives_no_start() -> None:
    told = "The announcement in May 2016 that Norco plans to invest in the Velm field helped."
    assert other_stage("When did Norco begin producing gas at the Velm field?", told) == [
        "the start"]
    assert other_stage("When was Norco's investment announced?", told) == []


def test_who_came_before_is_answered_by_the_order_the_answer_gives() -> None:
    bot = Chatbot.from_text(
        "Treaties\n\nIn 2016 the treaty came into force. Norland became the third state to "
        "join it (after Sudland and Estland). Later that year a council met in Velm.")
    chat = bot.conversation()
    first = chat.ask("Was Norland the first state to join the treaty?")
    assert "after Sudland and Estland" in first.text
    follow = chat.ask("so who came before it?")
    assert follow.kind == "answer" and "Sudland" in follow.text


def test_a_figure_between_two_years_is_no_figure_of_the_last() -> None:
    told = "Investment from Norland amounted to 30 billion dollars between2005 and May 1, 2017."
    assert spanned("How much did Norland invest in 2017 alone?", told) == [
        "a figure of 2017 alone"]
    assert spanned("How much did Norland invest between 2005 and 2017?", told) == []
    own = told + " In 2017, it invested 2 billion dollars."
    assert spanned("How much did Norland invest in 2017?", own) == []


def test_whose_thing_a_question_asks_of_is_put_first() -> None:
    theirs = "May 2009 - the Chilean Consulate General is established in Velm."
    ours = "June 2010 - the Consulate General of the Republic of Peru is established in Oslo."
    texts = [theirs, ours]
    order = promote_possessed("Where did Peru open its consulate general in Chile?",
                              np.array([0, 1]), np.array([10.0, 9.5]), texts.__getitem__)
    assert order.tolist() == [1, 0]
    assert owners(ours, "consul") == {"peru"} and owners(theirs, "consul") == {"chile"}
    assert anothers("Where did Peru open its consulate?", ours, theirs)
    assert not anothers("Where is the consulate?", ours, theirs)


@pytest.mark.parametrize(("question", "step"), [
    ("who is then?", 0), ("which one is it then?", 0), ("what happened then?", 1),
    ("and then?", 1), ("and before that?", -1)])
def test_then_after_a_present_who_is_no_step(question: str, step: int) -> None:
    assert step_asked(question) == step


def test_up_to_a_year_asks_for_the_sum() -> None:
    told = "Investment from Norland amounted to 30 billion dollars between 2005 and 2017."
    assert spanned("How much did Norland invest up to 2017?", told) == []


def test_and_up_to_a_year_keeps_its_bound() -> None:
    asked = ["how much did Norland invest in 2019?"]
    assert at_time("and up to 2017?", asked) == "how much did Norland invest up to 2017?"
    assert at_time("and in 2017?", asked) == "how much did Norland invest in 2017?"


def test_a_follow_up_placed_before_the_last_answer_asks_of_another_event() -> None:
    assert anchored("where had they met before that?", "On 1 May they spoke by phone.")
    assert not anchored("and before that?", "On 1 May X came in. (Prior to this, Y held.)")
    assert not anchored("where did they meet?", "On 1 May they spoke by phone.")
    assert "Velm" in _follow_up(
        "Contacts\n\nOn 1 September 2017, the President of Norland, Ivar Holm, had a telephone "
        "conversation with the President of Sudland, Ada Berg.\n\nOn the sidelines of the "
        "summit in Velm on 21 May 2017, the Head of State held a brief conversation with "
        "President Berg.", "When did Holm have a phone call with Berg?",
        "where did they talk briefly before that?")


def test_the_next_sentence_with_the_asked_ordinal_joins() -> None:
    bot = Chatbot.from_text(
        "Trade\n\nTrade is discussed on a regular basis at the Council meeting of the Norland "
        "Trade Framework Agreement. The last meeting was held on 3 May 2017 in Velm.\n\n"
        "Ports\n\nThe harbour of Oslo handles most of the grain.")
    assert "Velm" in bot.ask("where was the last trade council meeting?").text


def test_a_statement_asking_which_at_its_end_reads_back() -> None:
    assert asked_kind("Norland was the first state to sign which treaty with Peru?") == {
        "treati"}
    assert asked_kind("Who signed which treaty?") == set()


def test_a_sentence_opening_with_a_quote_names_no_one_by_its_first_word() -> None:
    told = '"Blue Harbour" initiative, launched on May 1, 2015, in Velm, is growing.'
    assert not names_someone(told, {"blue", "harbour"} - {"blue"})


@pytest.mark.parametrize(("message", "read"), [
    ("dates?", "when?"), ("and the exact date?", "when?"), ("what year?", "when?"),
    ("the venue?", "where?"), ("names?", "who?"), ("the date of the treaty?", None)])
def test_a_bare_kind_of_thing_is_asked_by_its_question_word(message: str,
                                                            read: str | None) -> None:
    assert bare_spelled(message) == (read or message)


def test_the_original_of_a_thing_named_by_several_words() -> None:
    told = "The Protocol Amending the Agreement on Rail Transit of Goods was signed on 4 May 2019."
    assert unoriginal("when was the original special goods rail transit agreement for Peru "
                      "signed", told) == ["the original agreement"]


def test_a_city_asked_pointedly_is_not_told_by_a_country() -> None:
    places = placed_words("velm")  # the document puts "Velm" after "in"
    told = "The bank was set up in Peru."
    assert unnamed_city("In which city is the bank located exactly?", told, places) == [
        "a city"]
    assert unnamed_city("In which city is the bank located?", told, places) == []
    assert unnamed_city("Which city is the bank in, exactly?",
                        "The bank was set up in Velm, Peru.", places) == []


def test_a_countrys_thing_asked_by_its_name_or_its_peoples_word() -> None:
    theirs = "May 2009 - the Chilean Consulate General is established in Velm."
    ours = "June 2010 - the Consulate General of the Republic of Peru is established in Oslo."
    for question in ("Where is Peru's consulate general?", "where is the peruvian consulate"):
        assert anothers(question, ours, theirs)


def test_where_a_thing_ranks_is_told_by_the_ranking_just_given() -> None:
    assert "second largest" in _follow_up(
        "Investment\n\nNorland is the second largest investor in Peru after Sudland. Norland "
        "firms built two ports.", "which country is the biggest investor in peru?",
        "and where does Norland rank?")


def test_who_came_from_one_side_is_asked_of_the_last_answer() -> None:
    assert "Ivar Holm" in _follow_up(
        "Meetings\n\nThe ministerial meeting took place on 19 May 2018 in Velm, attended by "
        "the ministers of the region and the Norland Deputy Minister, Ivar Holm.\n\n"
        "Security\n\nThe Norland side highly appreciates the region's work on safety.",
        "where was the ministerial meeting held in may 2018?", "who came from the Norland side?")
