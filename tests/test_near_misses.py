"""Questions a document nearly answers, each kind on a small document of our own: another
country, the one before a named holder, "the next" of the last one, a month, the capital
city against capital as money, opening hours, an answer with nothing of the kind asked.
The reply is a fallback that names what is missing; a question the document does answer
in the same words is still answered."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.doers import absent_doer
from bot.answering.nearmiss.events import other_stage
from bot.answering.nearmiss.scope import unused_attribute
from bot.answering.nearmiss.subjects import (
    kind_absent,
    other_countries,
    other_holder,
    other_places,
    uncounted,
)
from bot.answering.read_on import completes
from bot.language.answer_type import DATE, NUMBER, PERSON
from bot.language.places import named_as_place
from bot.language.spelling import SpellingCorrector, repaired
from bot.language.text import stem

HARBOUR = """Portvale and Norland

Ties

Norland recognised Portvale on March 2, 1961. Portvale and Norland opened embassies in
1962.

Since 2021, Ines Varga is the Norland envoy to Portvale.

Portvale's harbour council has met every year since 1990. The 7th council session was held
on June 4, 2019, in Eastbay.

Trade

Trade between Portvale and Norland reached 2.4 billion dollars in 2020. Norland capital is
invested in 120 Portvale firms.

On October 3, 2019, the two ministers met in Westbay to sign a fishing treaty.

Culture

A Norland film week is held in Eastbay each year. Students from both countries take part.

Fishing fleets from Norland call at Eastbay in May and in August.
"""


@pytest.fixture(scope="module")
def harbour() -> Chatbot:
    return Chatbot.from_text(HARBOUR)


def _declined(bot: Chatbot, question: str) -> tuple[str, ...]:
    reply = bot.ask(question)
    assert reply.kind == "fallback", (question, reply.text)
    return reply.explanation.unmet


def test_another_country_is_named_as_missing(harbour: Chatbot) -> None:
    assert "Brazil" in _declined(harbour, "When did Portvale open an embassy in Brazil?")
    assert "Chile" in _declined(harbour, "how much trade is there between portvale and chile")


def test_a_short_name_of_a_country_is_the_country_without_a_body(harbour: Chatbot) -> None:
    assert "Britain" in _declined(harbour, "when did portvale open an embassy in the uk")


def test_a_world_city_the_passage_never_names_is_missing(harbour: Chatbot) -> None:
    assert "Moscow" in _declined(harbour, "when did portvale open an embassy in moscow")


def test_a_peoples_name_before_a_body_is_its_country(harbour: Chatbot) -> None:
    assert "Canada" in _declined(harbour, "Who is the Canadian envoy to Portvale?")


def test_the_documents_own_countries_are_not_missing(harbour: Chatbot) -> None:
    reply = harbour.ask("Who is the Norland envoy to Portvale?")
    assert reply.kind == "answer" and "Ines Varga" in reply.text


def test_the_one_before_the_present_holder_is_not_given(harbour: Chatbot) -> None:
    assert "who came before" in _declined(harbour, "who was envoy before ines varga?")


def test_the_next_of_the_last_numbered_one_is_not_given(harbour: Chatbot) -> None:
    assert "the next" in _declined(harbour, "When will the next council session be held?")


def test_an_ordinal_after_a_possessive_counts(harbour: Chatbot) -> None:
    assert "the first" in _declined(harbour, "Who was Norland's first envoy to Portvale?")


def test_a_month_in_may_is_read_as_a_month(harbour: Chatbot) -> None:
    reply = harbour.ask("Where did the two ministers meet in May 2019?")
    assert reply.kind == "fallback" and "May" in reply.explanation.unmet


def test_the_capital_city_is_not_capital_as_money(harbour: Chatbot) -> None:
    assert "a capital city" in _declined(harbour, "What is the capital of Norland?")


def test_opening_hours_are_not_a_founding_date(harbour: Chatbot) -> None:
    assert "opening hours" in _declined(harbour, "What are the opening hours of the embassy?")


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    ("What does a visa cost?", "Visas are issued in Eastbay.", ("a price",)),
    ("What is the envoy's address?", "The envoy lives in Eastbay.", ("an address",)),
    ("What is the population of Eastbay?", "Eastbay hosts a film week.", ("a population",)),
    ("What is the population of Eastbay?", "Eastbay has 40,000 inhabitants.", ()),
    ("Who was the previous envoy?", "Since 2021, Ines Varga is the envoy.", ("the previous",)),
    ("Who was the previous envoy?", "Ann Bell was envoy in 1990.", ()),
    ("When was the first session?", "The 7th session was held in 2019.", ("the first",)),
    ("When was the first session?", "The first session was held in 1990.", ()),
    ("When did the council hold its 3rd session?", "The 7th session was held in 2019.",
     ("the 3rd",)),  # "its": an organisation's, not a person's own life
    ("How much did the ferry firm invest in Eastbay?", "Firms such as Bluewave have entered "
     "Eastbay.", ("an amount of money",)),
    ("How much did the ferry firm invest?", "Bluewave invested 12 million euros.", ()),
    ("How much did Bluewave invest in 2019?", "Since 2019, Ines Varga is the envoy.",
     ("an amount of money",)),
    ("How much money was lent to the council?", "The council borrowed from a bank.",
     ("an amount of money",)),
    ("How much time did the council spend on it?", "The council met often.", ()),
    ("What year did the ferry come to Eastbay?", "In recent years, ferries have come to "
     "Eastbay.", ("a year",)),
    ("What year did the ferry come to Eastbay?", "The ferry came to Eastbay in 1987.", ()),
    ("In what year were trials held?", "They were held in the 2nd century BCE.", ()),
    ("Who chairs the council today?", "In 1990, Ann Bell chaired the council.",
     ("the present day",)),
    ("Who chairs the council today?", "Since 2021, Ann Bell is the council's chair.", ()),
    ("What was the trade last year?", "Trade reached 5 million euros in 2017.",
     ("the present day",)),
    ("What is a common use of ferries today?", "In 1990, ferries carried mail.", ()),
])
def test_kinds_and_orders_are_read_from_the_question(question: str, sentence: str,
                                                      missing: tuple[str, ...]) -> None:
    assert unmet(question, sentence, sentence) == missing


def test_a_country_counts_only_when_the_document_rarely_names_it() -> None:
    def share(term: str) -> float:
        return {stem("france"): 0.5, stem("spain"): 0.05}.get(term, 0.0)
    assert other_countries("Trade with France and Spain?", {"trade"}, share) == ["Spain"]
    assert other_countries("What did Spanish sailors find?", {"find"}, share) == []


def test_a_possessive_typed_without_its_apostrophe_names_the_country() -> None:
    def share(term: str) -> float:
        return 0.0
    assert other_countries("when did spains independence come", {"independ"}, share) == [
        "Spain"]
    assert other_countries("how many ships sailed", {"ship"}, share) == []


def test_a_relation_counts_only_against_the_named_present_holder() -> None:
    present = "Since 2021, Ines Varga is the envoy."
    assert other_holder("Who came before Varga?", PERSON, present) == ["who came before"]
    assert other_holder("Who replaced him?", PERSON, present) == []
    assert other_holder("Who came before Varga?", PERSON, "Varga was envoy in 1990.") == []
    assert other_holder("Who succeeded Varga on the show?", PERSON,
                        "Since 1974 the show has aired Varga's songs.") == []


@pytest.mark.parametrize(("answer_type", "text", "question"), [
    (NUMBER, "Students from Norland take part.", "How much do students pay?"),
    (NUMBER, "The fair grows quickly.", "How fast does the fair grow?"),
    (DATE, "Under bright light the leaves turn.", "When do the leaves turn?"),
    (DATE, "The ships return.", "When a storm comes, what do the ships do?"),
])
def test_only_how_many_must_be_answered_with_a_count(answer_type: str, text: str,
                                                     question: str) -> None:
    assert kind_absent(answer_type, text, question) == []


def test_the_only_asked_term_the_best_lacks_completes_it() -> None:
    assert completes({"minist", "visit"}, {"meet", "discuss"}, {"minist", "visit", "discuss"})
    assert not completes({"minist", "visit"}, {"meet"}, {"minist", "visit", "discuss"})


_FILLER = "\n\nThe harbour has nine piers.\n\nNorland has twelve provinces.\n"


@pytest.mark.parametrize(("passage", "question", "answer"), [
    # the one term the best sentence lacks, in the next one
    ("The culture minister of Portvale visited Norland on May 3, 2019. At the meetings, "
     "film and music festivals were discussed.\n\nThe trade minister visited Norland in 2020.",
     "What was discussed during the culture minister's visit?", "festivals"),
    # the same, long, when the next sentence continues the best one
    ("The Norland delegation led by the deputy trade secretary of Norland, Maria Lindqvist, "
     "took part in the opening ceremony of the Eastbay Fair and of the Norland pavilion on "
     "June 10, 2019, in the old harbour hall. She also held talks with the harbour master "
     "of Eastbay, Tom Reyes, on the whole range of harbour matters.",
     "who did the norland delegation talk to at the fair?", "Tom Reyes"),
    # the best sentence points back to the thing asked: the one before names it
    ("The Blue Heron rescue team was set up in Eastbay in 1990. Plans are made for this team "
     "to train in Westbay.", "which rescue team will train in westbay?", "Blue Heron"),
    # what a thing does is said by the sentence that continues it
    ("A ferry treaty between Portvale and Norland was signed on May 3, 2019. This allows "
     "trucks to cross at night.", "what does the ferry treaty make possible?", "trucks"),
])
def test_a_neighbour_sentence_that_holds_what_is_asked_joins_the_answer(
        passage: str, question: str, answer: str) -> None:
    reply = Chatbot.from_text("Notes\n\nSection\n\n" + passage + _FILLER).ask(question)
    assert reply.kind == "answer" and answer in reply.text


def test_an_office_or_property_the_document_never_names_is_missing(harbour: Chatbot) -> None:
    assert "the mayor" in _declined(harbour, "who is the mayor of eastbay?")
    assert unused_attribute("What is Norland's unemployment rate?", lambda term: 0.0) == [
        "the unemployment"]
    assert unused_attribute("What is Norland's unemployment rate?", lambda term: 0.1) == []


def test_a_british_or_american_spelling_is_read_as_the_documents() -> None:
    speller = SpellingCorrector().fit(["recognizes", "center", "colors", "defense"])
    fixed, changes = speller.correct(["recognise", "centre", "colours", "defence"])
    assert fixed == ["recognize", "center", "colors", "defense"]
    assert changes["centre"] == "center"


def test_the_gate_weighs_the_words_meant_not_the_typos() -> None:
    assert repaired("Who is Bozumbaev?", {"bozumbaev": "bozumbayev"}) == "Who is bozumbayev?"


def test_a_misspelt_name_alone_is_still_a_question_about_the_document(harbour: Chatbot
                                                                       ) -> None:
    reply = harbour.ask("who is ines vargha")
    assert reply.kind == "answer" and "Varga" in reply.text


@pytest.mark.parametrize(("question", "missing"), [
    ("Who was the very first envoy to Portvale?", "the first"),
    ("Who will replace Ines Varga as envoy?", "who came after"),
])
def test_more_ways_of_asking_for_another_holder(harbour: Chatbot, question: str,
                                                missing: str) -> None:
    assert missing in _declined(harbour, question)


@pytest.mark.parametrize(("text", "missing"), [
    ("The EXPO-2017 fair opened on June 10, 2017, for the 21st time.", ["a number"]),
    ("A meeting was held with the city's safety party on August 28, 2017.", ["a number"]),
    ("Students from Norland take part.", ["a number"]),
    ("Fourteen students take part.", []),
    ("The 12-screen cinema opened in 2001.", []),
    ("Some 4,000 visitors came to the EXPO-2017 fair.", []),
    ("About 5½ thousand came.", []),
    ("Dozens of visitors came on June 10.", []),
])
def test_how_many_wants_a_count_not_a_date_or_an_ordinal(text: str, missing: list[str]
                                                        ) -> None:
    assert kind_absent(NUMBER, text, "How many visitors came to the fair?") == missing


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("how many tourists came in 2019", "Tourists may stay for up to 30 days since 2019.",
     ["a number"]),
    ("how many tourists came in 2019", "A ten-year visa was introduced in 2019.",
     ["a number"]),
    ("how many tourists came in 2019", "Some 40 thousand tourists came in 2019.", []),
    ("how many days can tourists stay", "Tourists may stay for up to 30 days.", []),
])
def test_a_measure_counts_only_its_own_unit(question: str, text: str,
                                            missing: list[str]) -> None:
    """"30 days" or "a ten-year visa" is a count of days or years, not of the tourists
    asked about; asked of days, it is the answer."""
    assert kind_absent(NUMBER, text, question) == missing




@pytest.mark.parametrize(("question", "missing"), [
    ("How many soldiers does Portvale have?", ["a number of soldiers"]),
    ("How much wheat does Portvale sell to Norland?", ["an amount of wheat"]),
    ("How many embassies were opened?", []),  # the document names embassies
    ("How many years has the council met?", []),  # a unit, given in other words
    ("How many zorbleps are there?", []),  # no English word: a typo or a name says nothing
    ("How much bigger is Eastbay?", []),  # a comparison, no thing measured
])
def test_a_count_of_a_thing_the_document_never_names_is_missing(
        harbour: Chatbot, question: str, missing: list[str]) -> None:
    index = harbour.retriever.passage_index_

    def share(term: str) -> float:
        return float(index.idf(term) is not None)

    assert uncounted(question, share) == missing


def test_a_thing_is_named_in_other_words_only_in_the_answers_passage() -> None:
    """"jobs" has "business" among its WordNet synonyms: a document that speaks of
    business somewhere does not count jobs; a passage that counts letters counts
    correspondence (a kind of it), and one that counts business deals counts deals."""
    def share(term: str) -> float:
        return float(term in {stem("business"), stem("letters"), stem("mill")})

    assert uncounted("How many jobs did the mill create?", share, None,
                     {stem("mill"), stem("grew")}) == ["a number of jobs"]
    assert uncounted("How much correspondence did she send?", share, None,
                     {stem("letters"), stem("wrote")}) == []


def test_a_thing_named_in_near_words_is_counted() -> None:
    def share(term: str) -> float:
        return 0.0

    assert uncounted("How many cows are there?", share, {stem("cows"): 0.9}) == []


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("When did Norland close its embassy?", "Portvale and Norland opened embassies in 1962.",
     ["the closing or departure"]),
    ("When was the fishing agreement cancelled?", "Portvale signed a fishing agreement in 1999.",
     ["the closing or departure"]),
    ("Where did the ferry route terminate?", "The ferry ran from Eastbay to Pier Four.", []),
    ("when did norland leave the fishing pact", "Portvale signed a fishing pact in 1999.",
     ["the closing or departure"]),
    ("How many boats were left at Pier Four?", "The ferry ran from Eastbay to Pier Four.", []),
    ("When did the council suspend the fee?", "The council suspended the fee in 2001.", []),
    ("when did the river treaty come into force", "The river treaty was signed in 1990.",
     ["the entry into force"]),
    ("when was the river treaty ratified", "The river treaty entered into force in 1992.",
     ["the ratification"]),
    ("when was the river treaty signed", "The river treaty was signed in 1990 and came "
     "into force in 1992.", []),
    ("when did the bridge company enter the market", "The company entered the market in 2004.",
     []),
    ("when did the mayor visit Eastbay", "In 2003, the mayor had a telephone conversation "
     "with the governor of Eastbay.", ["a visit or meeting in person"]),
    ("when did the river partnership end", "The river partnership's statement was signed "
     "at a meeting on May 2, 2015.", ["the closing or departure"]),
    ("when was the harbour office moved to eastbay", "The harbour office was established "
     "in Portvale in 1950.", ["the move"]),
    ("when did norland stop the ferry subsidy", "Norland introduced the ferry subsidy in "
     "1990.", ["the closing or departure"]),
    ("when did the ferry service start",
     "The ferry agreement entered into force in 1995.", []),
    ("when did the mayor come to eastbay", "The ferry agreement was signed in Eastbay in "
     "1995.", ["a visit or meeting in person"]),
    ("when did the mayor come to an agreement", "The mayor signed the ferry agreement in "
     "1995.", []),  # "come to" an agreement or an end is no visit
    ("is there a ferry for tourists visiting eastbay", "A ferry service to Eastbay was "
     "introduced in 1990.", []),  # a start is no contrast of a visit
])
def test_another_stage_of_a_things_life_is_missing(question: str, text: str,
                                                   missing: list[str]) -> None:
    """A question about one stage (closing, ratifying, entering into force, a visit) is
    not answered by a sentence that tells only of a contrasting one; a start may be told
    by an agreement's entry into force."""
    assert other_stage(question, text) == missing


def test_the_stage_is_read_in_the_sentence_about_the_subject() -> None:
    """In a two-sentence answer, the sentence naming the question's subject decides: the
    other agreement's entry into force says nothing of this one's."""
    text = ("In 2016, the fishing pact came into force. In 2017, the river treaty was signed "
            "in Eastbay.")
    assert other_stage("when did the river treaty come into force", text) == [
        "the entry into force"]
    assert other_stage("when did the fishing pact come into force", text) == []
    # an initial's stop ends no sentence: "the U.S. Department opened" is one
    assert other_stage("when did the nuclear agency close the office",
                       "The nuclear agency of the U.S. Department opened an office in 2001."
                       ) == ["the closing or departure"]


TOWNS = """Ferry Notes

Ports

The Portvale ferry office was opened in Ostrava in 1990.

The council met in Velbrek in 2001 to talk about fares.

Boats

The boats are painted blue every spring.

Fares

A ticket costs 5 euros.

Crew

Each boat has a crew of four.

Cargo

The boats carry mail and fish.

Weather

Storms stop the boats a few days a year.

Food

Tea and bread are sold on board.
"""


def test_a_place_of_the_documents_own_that_the_answer_lacks_is_missing() -> None:
    bot = Chatbot.from_text(TOWNS, cache=False)
    reply = bot.ask("when was the ferry office in velbrek opened?")
    assert reply.kind == "fallback"
    assert reply.explanation is not None and "Velbrek" in reply.explanation.unmet
    assert bot.ask("when was the ferry office in ostrava opened?").kind == "answer"


def test_an_english_word_after_in_is_no_place_of_the_documents() -> None:
    assert named_as_place("ostrava", ["It opened in Ostrava."])
    assert not named_as_place("english", ["It is called so in English."])
    assert not named_as_place("velbrek", ["In Velbrek of the North we met."])


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("when was the council session in westbay", "The session was held in Eastbay.",
     ["Westbay"]),
    ("who is the norland envoy in westbay", "Since 2021, Ines Varga is the Norland envoy.", []),
    ("when did the ferry office in qorvath open", "The office opened in Eastbay in 1990.",
     ["Qorvath"]),
    ("when did the ferry office in Qorvath open", "The office opened in Eastbay in 1990.", []),
    ("when did the ferry office in qorvath open", "The office opened in 1990.", []),
])
def test_a_place_of_the_documents_own_is_missing_only_where_the_answer_names_another(
        question: str, text: str, missing: list[str]) -> None:
    """'The council session in Westbay' is not the one held in Eastbay, but the envoy's
    sentence names no place, so 'the envoy in Westbay' may well be its subject. A word
    typed in lower case after 'in' that is neither English nor the document's is such a
    place too (a capitalised one is read as a name elsewhere)."""
    places = {"westbay", "eastbay"}
    found = other_places(question, {stem(w) for w in text.lower().split()},
                         lambda term: 0.1 if term in places else 0.0, places.__contains__,
                         text)
    assert found == missing


STAGES = """Portvale and Norland

Ties

In 2003, the mayor of Portvale had a telephone conversation with the governor of Norland
about the ferry.

The official visit of the mayor of Portvale to Norland took place on May 4-6, 2005, and
the ferry agreement was adopted there.
"""


def test_a_runner_up_that_tells_the_asked_stage_answers() -> None:
    """When the best sentence tells only of another stage (a call, asked of a visit), a
    close runner-up that tells of the asked stage, and names whoever the best named,
    answers in its place; a visit by someone else, or by a name the document never
    gives, is still declined."""
    bot = Chatbot.from_text(STAGES)
    reply = bot.ask("when did the portvale mayor come to norland")
    assert reply.kind == "answer" and "May 4-6, 2005" in reply.text
    assert bot.ask("did the governor visit portvale").kind == "fallback"
    assert bot.ask("when did the mayor meet qorvath").kind == "fallback"


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("did the governor ever visit portvale", "The official visit of the mayor of Portvale "
     "to Norland took place in 2005.", ("Governor doing it",)),
    ("did the mayor visit norland", "The official visit of the mayor of Portvale to Norland "
     "took place in 2005.", ()),
    ("when did the governor visit portvale", "The Head of State visited Portvale in 2005.",
     ()),  # "when": the visit is taken as told, maybe of a title
    ("did the admiral visit portvale", "The mayor visited Portvale.",
     ()),  # a word of WordNet's the document never uses may be a paraphrase
    ("did the ann qorvath visit portvale", "Ann Bell visited Portvale.",
     ("Qorvath doing it",)),  # a name the document never gives
    ("when did ann qorvath visit portvale", "Ann Bell visited Portvale in 2005.",
     ("Qorvath doing it",)),  # "when": only a name the document never gives
    ("when did the governor visit portvale", "The mayor visited Portvale.", ()),
    ("when did the mayor briefly visit portvale", "The mayor visited Portvale.", ()),
    ("did norland help set up the ferry", "The ferry was set up in Eastport with "
     "Norland's assistance.", ()),  # "help" takes the event: no doer
    ("when did norland pm ann bell visit portvale", "Ann Bell visited Portvale in 2005.",
     ()),  # a short word the document never uses is as often an abbreviation
    # a name the document never gives is confirming.unknown_doer's matter
    ("did qorvath visit portvale", "The mayor visited Portvale.", ()),
    # a span past the question's own verb ("rank among … in signing") holds no doer
    ("where does norland rank among states in signing the pact", "Norland was the third "
     "state to sign the pact.", ()),
])
def test_a_yes_no_question_about_someone_elses_event(question: str, text: str,
                                                     missing: tuple[str, ...]) -> None:
    """"Did X visit Y?" is not answered by a visit of someone else: the doer, a word the
    document uses but not about every passage, must be in the answer."""
    def share(term: str) -> float:
        return {"governor": 0.2, "mayor": 0.3, "portvale": 0.9, "norland": 0.9, "ann": 0.2,
                "bell": 0.2, "help": 0.1}.get(term, 0.0)

    assert absent_doer(question, text, share) == missing
