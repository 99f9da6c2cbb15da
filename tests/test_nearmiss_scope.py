"""What a question narrows its subject to that the answer's own passage never says: a
yes/no question's narrowing word, the other side (whose body, where a thing is, who acted),
a count of a thing the passage never names, a date or count spliced from another subject,
a postal code. Each kind on a small document of our own; the question the document does
answer in the same words is still answered."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.actors import other_actor
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.events import other_stage
from bot.answering.nearmiss.roles import unranked_role
from bot.answering.nearmiss.scope import (
    other_owner,
    swapped_sides,
    unplaced,
    unsaid_head,
    unsaid_narrowing,
)
from bot.answering.nearmiss.spliced import stray_type
from bot.answering.nearmiss.subjects import uncounted
from bot.language.answer_type import DATE, NUMBER
from bot.language.text import stem, words

FJORDS = """Denmark and Norway

Ties

Norway recognised Denmark on March 2, 1961. The Norwegian Embassy opened in Copenhagen in 1962.
The Consulate General of Denmark was opened in Bergen in 1970.

Trade

About 80 companies with Norwegian capital work in Denmark. Trade between the two countries
reached 2.4 billion dollars in 2020.

Treaties

The two countries signed a tax agreement in 2015 and an extradition convention in 2018.

Culture

Tourist groups from Denmark visit the fjords each summer. Danish and Norwegian students take
part in a film week. Visa-free travel began in 2016.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(FJORDS)


def _terms(text: str) -> set[str]:
    return {stem(w) for w in words(text)}


@pytest.mark.parametrize(("question", "gold"), [
    ("How many companies with Norwegian capital work in Denmark?", "80"),
    ("When did the Norwegian embassy open?", "1962"),
    ("When did Norway recognise Denmark?", "1961"),
    ("Did the two countries sign a tax agreement?", "tax agreement"),
])
def test_the_question_the_document_answers_is_answered(bot: Chatbot, question: str,
                                                       gold: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer" and gold in reply.text


@pytest.mark.parametrize("question", [
    "How many Danish companies work in Norway?",  # the other side's companies
    "When did the Norwegian consulate in Bergen open?",  # the consulate there is Denmark's
    "When did Denmark recognise Norway?",  # Norway did the recognising
    "Did the two countries sign a free trade agreement?",  # a tax agreement, not trade
    "What is the zip code of the Norwegian embassy?",  # no postal code anywhere
])
def test_a_near_miss_is_declined_and_says_what_is_missing(bot: Chatbot, question: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "fallback"
    assert "doesn't give" in reply.text


def test_a_narrowing_word_counts_only_where_the_passage_names_the_narrowed_thing() -> None:
    passage = _terms("The two countries signed a tax agreement and an extradition convention.")
    question = "Did they sign a free trade agreement?"
    assert unsaid_narrowing(question, "They signed a tax agreement.", passage) == ["“trade”"]
    # a word the answer says otherwise ("largest" for "biggest") is no narrowing left unsaid
    investor = "Norway is the largest investor in Denmark."
    assert unsaid_narrowing("Is Norway the biggest investor in Denmark?", investor,
                            _terms(investor)) == []
    # a verb before a place ("to visit Denmark") narrows nothing; nor does a wh-question
    visas = "Norwegians need no visa for a short stay."
    assert unsaid_narrowing("Do Norwegians need a visa to visit Denmark?", visas,
                            _terms(visas)) == []
    assert unsaid_narrowing("Which free trade agreement did they sign?", "", passage) == []


def test_the_sides_swapped_where_the_thing_is() -> None:
    answer = "About 80 companies with Norwegian capital work in Denmark."
    assert swapped_sides("How many Danish companies work in Norway?", answer) == ["“in Norway”"]
    assert swapped_sides("How many Norwegian companies work in Denmark?", answer) == []
    # one place only: nothing to swap
    assert swapped_sides("How many companies work in Peru?", answer) == []


def test_whose_body_the_answer_names() -> None:
    answer = "The Consulate General of Denmark was opened in Bergen in 1970."
    assert other_owner("When did the Norwegian consulate in Bergen open?", answer) == [
        "the Norway consulate"]
    assert other_owner("When did the Danish consulate in Bergen open?", answer) == []
    # yes/no: the answer says whose it is
    assert other_owner("Is the consulate in Bergen a Norwegian consulate?", answer) == []


def test_an_actor_named_only_as_the_one_acted_on() -> None:
    sentence = "Norway recognised Denmark on March 2, 1961."
    assert other_actor("When did Denmark recognise Norway?", sentence) == ["Denmark doing it"]
    assert other_actor("When did Norway recognise Denmark?", sentence) == []
    assert other_actor("When did Norway and Denmark recognise each other?", sentence) == []


def test_a_count_of_a_thing_only_another_passage_names() -> None:
    share = {stem("tourists"): 0.2}.get
    trade = _terms("Trade reached 2.4 billion dollars in 2020.")
    culture = _terms("Tourist groups from Denmark visit the fjords.")
    question = "How many tourists visited Norway in 2020?"
    assert uncounted(question, lambda t: share(t, 0.0), None, trade) == [
        "a number of tourists"]
    assert uncounted(question, lambda t: share(t, 0.0), None, culture) == []


def test_a_figure_spliced_from_another_subject() -> None:
    rare = {stem("salmon"): 0.1, stem("kelp"): 0.1}

    def share(term: str) -> float:
        return rare.get(term, 0.5)

    best = "Salmon farms entered the market in recent years."
    elsewhere = "Its first sessions were held on June 4, 2019."
    question = "When did the salmon farms open their first shop?"
    assert stray_type(question, DATE, f"{best} {elsewhere}", best, share) == ["a date"]
    # read on from the best sentence's own passage: the answer may follow its subject
    assert stray_type(question, DATE, f"{best} {elsewhere}", f"{best} {elsewhere}",
                      share) == []
    counted = "As a result, 12 contracts were signed."
    visit = "The kelp minister paid a visit in May."
    assert stray_type("How many contracts were signed during the kelp visit?", NUMBER,
                      f"{counted} {visit}", counted, share) == ["a number"]
    assert stray_type("How many contracts were signed?", NUMBER, f"{counted} {visit}",
                      counted, share) == []
    # a number word counts, it names no subject of another passage
    pair = "The two ministers paid a visit in May."
    rare[stem("two")] = 0.1  # a rare word of the document, yet no subject
    assert stray_type("How many contracts did the two countries sign?", NUMBER,
                      f"{counted} {pair}", counted, share) == []


def test_a_postal_code_is_a_kind_of_its_own() -> None:
    sentence = "The embassy is at 4 Fjord Street, Oslo."
    assert "a postal code" in unmet("What is the zip code of the embassy?", sentence, sentence)
    coded = "The embassy is at 4 Fjord Street, 0244 Oslo, postcode 90210."
    assert "a postal code" not in unmet("What is the embassy's postcode?", coded, coded)


def test_a_rank_the_answer_never_gives() -> None:
    sentence = "The delegation met the Minister of Fisheries, Ola Berg."
    assert unranked_role("Who is the deputy minister of fisheries?", sentence) == [
        "the deputy minister"]
    assert unranked_role("Who is the minister of fisheries?", sentence) == []
    # a ranked holder of the office may be what the question calls by another rank
    chairs = "Its chair is Ola Berg; the co-chair is Kari Lund."
    assert unranked_role("Who is the vice chair?", chairs) == []


def test_since_a_year_tells_a_start_not_a_departure() -> None:
    sentence = "Since 2021, Ines Varga is the Norwegian envoy to Denmark."
    assert other_stage("When did the Norwegian envoy leave Denmark?", sentence) == [
        "the closing or departure"]
    assert other_stage("Since when is Ines Varga the envoy?", sentence) == []


def test_the_head_a_yes_no_question_turns_on() -> None:
    trip = "The minister made a trip to Bergen and Oslo in May."
    question = "Is there a Danish consulate in Bergen?"

    def used(term: str) -> float:  # the document names a consulate elsewhere
        return 0.1 if term == stem("consulate") else 0.0

    assert unsaid_head(question, trip, _terms(trip), used) == ["“consulate”"]
    consulate = "The Consulate General of Denmark was opened in Bergen in 1970."
    assert unsaid_head(question, consulate, _terms(consulate), used) == []
    # a word the document never uses is no noun it knows ("is the ferry good for trade")
    assert unsaid_head(question, trip, _terms(trip), lambda term: 0.0) == []
    # the head said otherwise in the answer ("investor" of "investors") is said
    investors = "Norwegian investors are the largest in Denmark."
    assert unsaid_head("Is Norway the biggest investor?", investors, _terms(investors),
                       lambda term: 0.1) == []
    # a wh-question keeps out
    assert unsaid_head("Which Danish consulate is in Bergen?", trip, _terms(trip), used) == []


def test_a_yes_no_question_about_a_place_the_passage_never_names() -> None:
    passage = _terms("Danish and Norwegian universities exchange students.")

    def share(term: str) -> float:
        return {stem("bergen"): 0.1, stem("norway"): 0.9}.get(term, 0.0)

    assert unplaced("Is there a Danish university in Bergen?", passage, share,
                    lambda w: w == "bergen") == ["“in Bergen”"]
    # the document's own subject may be left unsaid in a passage
    assert unplaced("Is there a Danish university in Norway?", passage, share,
                    lambda w: False) == []
    assert unplaced("Which Danish university is in Bergen?", passage, share,
                    lambda w: w == "bergen") == []


def test_how_often_wants_a_frequency() -> None:
    sentence = "The salmon council was set up in 1990 in Bergen."
    assert "how often" in unmet("How often does the salmon council meet?", sentence, sentence)
    yearly = "The salmon council meets every year in Bergen."
    assert "how often" not in unmet("How often does the salmon council meet?", yearly, yearly)
