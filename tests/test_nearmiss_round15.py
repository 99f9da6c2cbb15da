"""Round 15's near misses, and what stays answered beside each:

- an ordinal whose kind takes four words ("the 4th harbour trade dialogue session") asked of
  a sentence that abbreviates the name and numbers another session ("The 5th HTD review
  session …"; ``nearmiss.constraints``), while the session the document numbers so is
  answered;
- a city of a country ("which Peruvian city hosts the fuel bank?") asked of a passage that
  names countries only (``nearmiss.cities``), while one naming a city, even bare
  ("Cusco hosts …", placed "in Cusco" elsewhere), is answered;
- when a thing was set up, of a sentence telling of a meeting held within it
  (``nearmiss.events``: a start against a visit), while its founding is answered;
- a time asked ("when did the chain enter the market?") of an answer that says only "in
  recent years" (``nearmiss.vague``), while a dated answer is left alone;
- "where did X start?" of a best sentence telling no stage (or a meeting), a runner-up
  telling X's launch is put first (``nearmiss.staged.promote_stage``);
- when a pact was signed, of a sentence on its council's meeting (``nearmiss.events``),
  while "which firms signed deals at the forum" may be told by the forum's sentence;
- a city "of" a country ("which city of Peru");
- an ordinal after "is" ("which country is third biggest investor") of a sentence giving
  the second (``nearmiss.constraints``);
- a past year's figure ("how many firms were there in 2010?") of a present-tense passage
  naming no year (``nearmiss.tense``);
- which people someone met ("which officials did the minister meet?") of an answer
  naming no one new (``nearmiss.met``), while "who did she meet?" is left alone;
- an ordinal the answer gives to another owner ("the Committees, whose first meetings …")
  asked of the question's own subject (``nearmiss.owners``);
- who ranks above someone ("who invests more in Peru than Norland?", "which nation
  out-invests Norland?") of a best sentence ranking no one: the runner-up that ranks
  Norland below another goes first (``nearmiss.ranked``);
- a flow of one kind of goods ("grain exports") of a passage that gives all exports and
  never names the goods (``nearmiss.goods``), while "exports" alone is answered;
- false declines seen on fresh SQuAD-style questions: "in the first 30 days" is a span,
  not an ordinal; "the head" of a body is met by its own title ("the first Administrator
  of the Office"); "what is X called now" is told by what X "became";
- who chairs a body, of a sentence on that body and one two on ("Its chair is …") that
  leans on another body named in between (``answering.read_on``; the other half of the
  spec is in ``test_reads_on``).
"""

import pytest
from towns import FERRY, OTHER_SECTIONS

from bot import Chatbot
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.events import other_stage
from bot.answering.nearmiss.goods import unnamed_goods
from bot.answering.nearmiss.met import unnamed_met
from bot.answering.nearmiss.owners import owned_elsewhere
from bot.answering.nearmiss.tense import present_only
from bot.answering.nearmiss.vague import vague_time
from bot.language.places import named_as_place, placed_in

HARBOUR = """Norland and Peru

Dialogue

The Harbour Trade Dialogue (HTD) has been operating under the chairmanship of the heads of
port offices since 2011. In view of the Board's importance, its working groups were
upgraded to the Committees, whose first meetings were held on March 8-9, 2015, in Quito.
The 5th HTD review session was held on November 30, 2016, in Lima, which was attended by
officials of all interested port agencies.

""" + OTHER_SECTIONS


def test_an_ordinal_of_a_four_word_kind_the_answer_abbreviates_is_unmet() -> None:
    reply = Chatbot.from_text(HARBOUR).ask(
        "where was the 4th harbour trade dialogue session held")
    assert reply.kind == "fallback"
    assert "the 4th" in reply.text


def test_the_session_the_document_numbers_is_answered() -> None:
    reply = Chatbot.from_text(HARBOUR).ask(
        "where was the 5th harbour trade dialogue session held")
    assert reply.kind == "answer"
    assert "Lima" in reply.text


FUEL = """Norland and Peru

Fuel bank

Norland helped to set up the Low Fuel (LF) Bank in Peru. Ada Berg, the Deputy Director of
the Norland Office of Energy, took part in the opening ceremony of the LF Bank on May 4,
2017.

Grain store

The grain store was set up in Peru with Norland's help. Cusco hosts the grain store,
whose opening was attended by Tom Holt on June 9, 2018.

Trade

Trade between Norland and Peru reached 2 billion dollars in 2017. A trade office opened
in Cusco in 2015.

""" + FERRY


def test_a_city_of_a_country_asked_of_a_passage_naming_only_countries_is_unmet() -> None:
    reply = Chatbot.from_text(FUEL).ask("which city in Peru is the Low Fuel Bank in")
    assert reply.kind == "fallback"
    assert "a city" in reply.text


def test_a_city_the_passage_names_bare_and_the_document_places_is_answered() -> None:
    reply = Chatbot.from_text(FUEL).ask("which Peruvian city hosts the grain store")
    assert reply.kind == "answer"
    assert "Cusco" in reply.text


def test_a_word_placed_after_in_is_a_place_english_or_not() -> None:
    assert placed_in("melbourne", ["The team moved to a ground in Melbourne."])
    assert not named_as_place("melbourne", ["The team moved to a ground in Melbourne."])
    assert named_as_place("almaty", ["The meeting was held in Almaty."])
    assert not placed_in("melbourne", ["Melbourne is the capital."])


PARTNERS = """Norland and Peru

Energy

A key instrument of the energy ties is the Norland-Peru Energy Partnership. Within the
framework of the partnership, a meeting was held in Lima on May 4, 2017, with the Minister
of Energy.

Water

The Norland-Peru Water Council was set up on June 9, 2015, in Cusco.

""" + FERRY


def test_a_start_asked_of_a_meeting_held_within_it_is_unmet() -> None:
    reply = Chatbot.from_text(PARTNERS).ask("when was the Norland-Peru Energy Partnership "
                                            "set up?")
    assert reply.kind == "fallback"
    assert "the start" in reply.text


def test_a_start_the_document_tells_is_answered() -> None:
    reply = Chatbot.from_text(PARTNERS).ask("when was the Norland-Peru Water Council set up?")
    assert reply.kind == "answer"
    assert "June 9, 2015" in reply.text


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("when did Velo enter the market", "In recent years, firms such as Velo and Brandt have "
     "entered the market.", True),
    ("since when has Velo been in Peru", "Velo has recently opened shops in Peru.", True),
    ("when did Velo enter the market", "In recent years, firms such as Velo entered the "
     "market; Velo came in May 2016.", False),
    ("when did Velo enter the market", "Velo entered the market after the war.", False),
    ("why did Velo enter the market", "In recent years, Velo has entered the market.", False),
])
def test_a_time_told_only_vaguely_is_no_date(question: str, text: str, missing: bool) -> None:
    assert bool(vague_time(question, text)) is missing


FORMAT = """Norland and Peru

Forum

"K7 + 1" initiative, which was launched on March 3, 2014, in Arequipa, is being further
institutionalized. At the 2nd K7 + 1 ministerial meeting on May 4, 2016, in Lima, it was
agreed to launch three projects.

Meetings

The 4th K7 + 1 ministerial meeting was held on June 9, 2018, in Cusco. The main result of
the event was the support for this format of regional cooperation by the new government.
The K7 + 1 participants also decided to explore options for deeper trade with Chile.

""" + FERRY + """
Business

Peru's start-ups won 12 grants from Norland's fund in 2019.
"""


def test_a_start_asked_plainly_promotes_the_launch() -> None:
    # every word of the question is the document's ("start" of "start-ups"): a word it
    # never uses would mean another subject
    reply = Chatbot.from_text(FORMAT).ask("where did the K7+1 format start")
    assert reply.kind == "answer"
    assert "Arequipa" in reply.text


def test_a_signing_asked_when_is_not_told_by_a_meeting() -> None:
    meeting = "Trade is discussed at the council meeting of the Lima Trade Pact in May 2017."
    assert other_stage("what year was the Lima Trade Pact signed", meeting) == ["the signing"]
    forum = "At the forum held in Lima in May 2017, firms met and deals were signed."
    assert other_stage("which firms signed deals at the forum", forum) == []


def test_a_city_of_a_country_is_asked_too() -> None:
    reply = Chatbot.from_text(FUEL).ask("in which city of Peru is the Low Fuel Bank?")
    assert reply.kind == "fallback"
    assert "a city" in reply.text


def test_an_ordinal_after_is_picks_one_of_a_kind() -> None:
    said = "Norland is the second largest investor in Peru after Chile."
    assert unmet("which country is third biggest investor in Peru", said, said) == (
        "the third",)
    assert unmet("which country is second largest investor in Peru", said, said) == ()


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("how many firms were in Peru in 2010", "There are about 500 firms in Peru.", True),
    ("how many firms are in Peru in 2010", "There are about 500 firms in Peru.", False),
    ("how many firms were in Peru in 2010", "There were about 500 firms in Peru.", False),
    ("how many firms were in Peru", "There are about 500 firms in Peru.", False),
])
def test_a_past_years_figure_is_not_the_present_one(question: str, text: str,
                                                   missing: bool) -> None:
    assert bool(present_only(question, text, text)) is missing


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("which officials did Ada Berg meet in Lima", "The visit of the Minister of Trade, Ada "
     "Berg, to Lima took place on May 4, 2017.", True),
    ("which officials Ada Berg met in Lima", "Ada Berg visited Lima on May 4, 2017.", True),
    ("which officials did Ada Berg meet in Lima", "In Lima, Ada Berg met Minister Tom Holt.",
     False),
    ("who did Ada Berg meet in Lima", "Ada Berg visited Lima on May 4, 2017.", False),
])
def test_which_people_met_wants_them_named(question: str, text: str, missing: bool) -> None:
    assert bool(unnamed_met(question, text)) is missing


@pytest.mark.parametrize(("question", "missing"), [
    ("when was the first HTD meeting", True),
    ("when did the HTD first meet", True),
    ("when were the first meetings of the committees held", False),  # the owner asked
    ("when was the HTD set up", False),  # no ordinal asked
])
def test_an_ordinal_given_to_another_owner(question: str, missing: bool) -> None:
    text = ("Its working groups were raised to Committees, whose first meetings were held "
            "on May 4, 2016, in Lima.")
    assert bool(owned_elsewhere(question, text)) is missing


INVESTORS = """Norland and Peru

Investment

According to the central bank, direct investment from Norland into Peru amounted to 30
billion dollars between 2005 and 2017. Furthermore, the news that Vello plans to invest 3
billion dollars in the Rimac field raised the trust of Norland's investors in Peru.

Norland is the second largest investor in Peru after Chile. Over 500 firms with Norland's
capital work in Peru.

""" + OTHER_SECTIONS


@pytest.mark.parametrize("question", ["who invests more in Peru than Norland",
                                      "which nation out-invests Norland in Peru"])
def test_who_ranks_above_is_told_by_the_ranking(question: str) -> None:
    reply = Chatbot.from_text(INVESTORS).ask(question)
    assert reply.kind == "answer"
    assert "after Chile" in reply.text


@pytest.mark.parametrize(("question", "missing"), [
    ("what was the value of Peruvian grain exports to Norland in 2017", ["grain exports"]),
    ("what were Peru's exports to Norland in 2017", []),
    ("how much did kz export to the us", []),  # a verb, and a place's short name
    ("what were the total exports in 2017", []),  # "total" names no goods
])
def test_a_flow_of_one_kind_of_goods(question: str, missing: list[str]) -> None:
    told = {"trade", "export", "import", "norland", "peru", "dollar", "2017"}
    assert unnamed_goods(question, told) == missing


def test_a_day_inside_another_question_asks_no_daily_figure() -> None:
    from bot.answering.nearmiss.kinds import KINDS
    from bot.answering.nearmiss.rows import asked_rows
    labels = {label for _, label in asked_rows(KINDS, "what job paid two dollars a day")}
    assert "a daily figure" not in labels
    assert "a daily figure" in {label for _, label in asked_rows(
        KINDS, "what is the daily output of the field")}


def test_a_start_of_another_thing_promotes_nothing() -> None:
    from bot.answering.nearmiss.staged import _BEGUN
    assert _BEGUN.search("where did the K7+1 format start")
    assert _BEGUN.search("when was it started?")
    assert not _BEGUN.search("when did the league start their 16-game seasons")
    assert not _BEGUN.search("when did Warsaw start to rebuild")


def test_fresh_squad_style_false_declines() -> None:
    from bot.answering.nearmiss.constraints import ordinals_asked
    from bot.answering.nearmiss.roles import absent_role
    assert ordinals_asked("how many were sold in the first 30 days") == ()
    assert ordinals_asked("how many were sold in the first two years") == ()
    assert ordinals_asked("who was the first mayor") != ()
    said = "In 1973, Ada Berg was named the first Administrator of the Harbour Office."
    assert absent_role("Who was the first head of the Harbour Office?", said) == []
    assert absent_role("Who is the head of the Harbour Office?", "The office opened in 1973.")
    reply = Chatbot.from_text("""Gases

Ferrum was the old name of the metal. Ferrum later became iron in English, though it kept
the name in Latin.

""" + OTHER_SECTIONS).ask("What is ferrum called in English now?")
    assert reply.kind == "answer" and "iron" in reply.text
