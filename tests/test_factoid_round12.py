"""Factoids typed as people type them (round 12): a phrase that only says "now" ("these
days", "at the moment") tells nothing to retrieval, and a keyword query asking a person's
"role", "title" or "job" is met by a passage that names their office."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.telegraphic import unsaid_keywords
from bot.answering.query import telling_words
from bot.language.text import stem, words

MARAVIA = """Maravia and Ostria

Envoys

Since 2020 – Ilse Varga is the Ambassador of Maravia to Ostria.

Since 2016 – Tomas Brenn is appointed as the Minister of Fisheries of Ostria.

Travel

Visitors from Ostria may stay for up to 14 days without a visa.
"""


@pytest.mark.parametrize("question", [
    "who is maravia's ambassador these days",
    "who is maravia's ambassador at the moment",
    "who is maravia's ambassador at present",
])
def test_a_phrase_that_only_says_now_is_no_content_word(question: str) -> None:
    kept = telling_words(words(question))
    assert "ambassador" in kept and not {"days", "moment", "present"} & set(kept)


def test_days_of_a_span_stay_a_content_word() -> None:
    assert "days" in telling_words(words("for how many days can visitors stay"))


def test_these_days_does_not_glue_a_sentence_about_days_to_the_answer() -> None:
    reply = Chatbot.from_text(MARAVIA).ask("who's maravia's ambassador these days?")
    assert reply.kind == "answer" and "Ilse Varga" in reply.text
    assert "14 days" not in reply.text


def _terms(text: str) -> set[str]:
    return {stem(w) for w in words(text)}


@pytest.mark.parametrize("word", ["role", "title", "job", "position"])
def test_a_keyword_asking_an_office_is_met_by_a_passage_naming_one(word: str) -> None:
    passage = "Since 2016 – Tomas Brenn is appointed as the Minister of Fisheries of Ostria."
    assert unsaid_keywords(f"tomas brenn {word}", passage, _terms(passage),
                           lambda _: 0.0, lambda _: False) == []


def test_a_keyword_asking_an_office_is_unmet_where_no_office_is_named() -> None:
    passage = "Visitors from Ostria may stay for up to 14 days without a visa."
    assert unsaid_keywords("visitors role", passage, _terms(passage),
                           lambda _: 0.0, lambda _: False) == ["“role”"]


@pytest.mark.parametrize("question", ["tomas brenn role", "brenn's title", "ilse varga job"])
def test_a_role_asked_in_keywords_is_answered(question: str) -> None:
    reply = Chatbot.from_text(MARAVIA).ask(question)
    assert reply.kind == "answer"
    assert "Minister" in reply.text or "Ambassador" in reply.text


COUNCILS = """Grain councils

Meetings

At the 2nd Grain Council meeting on June 4, 2015, in Velmar, it was agreed to cut tariffs.

The 4th Grain Council meeting was held on March 9, 2017, in Ostrava, which was attended
by the trade ministers.

Harvests

Ostria is the second largest grower of barley after Velmar.
"""


def test_a_numeral_first_or_second_reads_as_the_word() -> None:
    assert words("the 2nd meeting and the 1st round") == [
        "the", "second", "meeting", "and", "the", "first", "round"]
    assert words("the fourth meeting") == ["the", "4th", "meeting"]  # the others: numerals


@pytest.mark.parametrize("question", [
    "when was the second grain council meeting held",
    "where was the second grain council meeting",
    "when was the 2nd grain council meeting held",
])
def test_a_written_out_second_finds_the_numbered_one(question: str) -> None:
    reply = Chatbot.from_text(COUNCILS).ask(question)
    assert reply.kind == "answer" and reply.text.startswith("At the 2nd Grain Council")


def test_a_numbered_second_finds_the_written_out_one() -> None:
    reply = Chatbot.from_text(COUNCILS).ask("who is the 2nd largest grower of barley")
    assert reply.kind == "answer" and "Ostria" in reply.text


ISLES = """Norland and Ostria

Parliament

The Friendship Group at the Parliament of Norland includes 17 deputies. Its head is
Senator Ada Quell (Liberal; Brightwater); her deputy is Senator Rui Tamm (Conservative;
Eastfold).

Business

There are 320 companies with Ostrian capital in Norland, of which 280 are small and
medium enterprises and 40 large.

Envoys

Since 2021 – Ivo Stens is the Ambassador of Ostria to Norland.
"""


@pytest.mark.parametrize(("question", "gold"), [
    ("how many MPs are in the friendship group", "17 deputies"),
    ("how many SMEs with ostrian capital", "280"),
])
def test_everyday_short_forms_of_parliament_and_business(question: str, gold: str) -> None:
    reply = Chatbot.from_text(ISLES).ask(question)
    assert reply.kind == "answer" and gold in reply.text


@pytest.mark.parametrize("question", ["quell party", "ada quell party affiliation",
                                      "what party is rui tamm"])
def test_a_party_asked_of_a_name_is_answered_by_the_party_it_gives(question: str) -> None:
    reply = Chatbot.from_text(ISLES).ask(question)
    assert reply.kind == "answer" and "Liberal" in reply.text


def test_a_party_asked_of_someone_given_none_is_declined() -> None:
    reply = Chatbot.from_text(ISLES).ask("ivo stens party")
    assert reply.kind == "fallback" and "party" in reply.text


def test_a_party_keyword_is_met_only_by_a_party_name() -> None:
    passage = "Its head is Senator Ada Quell (Liberal; Brightwater)."
    assert unsaid_keywords("quell party", passage, _terms(passage),
                           lambda _: 0.0, lambda _: False) == []
    other = "Since 2021 – Ivo Stens is the Ambassador of Ostria to Norland."
    assert unsaid_keywords("stens party", other, _terms(other),
                           lambda _: 0.0, lambda _: False) == ["“party”"]


CAPITALS = """Ostria and Velmar

Envoys

Since 2018 – Lena Orsk is the Ambassador of Ostria in Washington.
"""


def test_the_gate_s_classifier_reads_the_question_as_retrieval_repaired_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    bot = Chatbot.from_text(CAPITALS)
    read: list[str] = []
    classify = bot.classifier.classify

    def spy(message: str):  # type: ignore[no-untyped-def]
        read.append(message)
        return classify(message)

    monkeypatch.setattr(bot.classifier, "classify", spy)
    reply = bot.ask("who's ostria's envoy in DC?")
    assert any("Washington" in message for message in read)
    assert reply.kind == "answer" and "Lena Orsk" in reply.text


HARBOURS = """Ostria harbours

Founding

The Harbour Forum was launched on May 2, 2011, in Portlen. The Joint Statement of the
Forum was signed at the meeting.

The Harbour Forum of Ostria consists of 14 members.

The Tide Brigade has been established in Ostria with Velmar's help.

Science

The Ostria Commission for Science and Technology operates to advance research with
universities.
"""


@pytest.mark.parametrize(("question", "kind"), [
    ("forum statement signed when", "date"),
    ("harbour forum launched where", "place"),
    ("the forum was launched where", None),  # a sentence (helping verb): SQuAD's style
    ("where was the forum launched", "place"),
])
def test_a_keyword_query_ending_on_when_or_where_asks_for_that(question: str,
                                                                kind: str | None) -> None:
    from bot.language.answer_type import expected_type
    assert expected_type(question) == kind


@pytest.mark.parametrize(("question", "gold"), [
    ("harbour forum launch city", "Portlen"),
    ("harbour forum size", "14 members"),
    ("is there a science and tech commission", "Science and Technology"),
    ("which unis work with the commission", "universities"),
])
def test_keyword_queries_people_type(question: str, gold: str) -> None:
    reply = Chatbot.from_text(HARBOURS).ask(question)
    assert reply.kind == "answer" and gold in reply.text


def test_a_figure_wanted_is_not_met_by_a_passage_that_counts_nothing() -> None:
    passage = "The Tide Brigade has been established in Ostria with Velmar's help."
    assert unsaid_keywords("tide brigade size", passage, _terms(passage),
                           lambda _: 0.0, lambda _: False) == ["“size”"]
    reply = Chatbot.from_text(HARBOURS).ask("tide brigade size")
    assert reply.kind == "fallback"


def test_a_place_wanted_is_met_by_a_passage_naming_one() -> None:
    passage = "The Harbour Forum was launched on May 2, 2011, in Portlen."
    assert unsaid_keywords("forum launch city", passage, _terms(passage),
                           lambda _: 0.0, lambda _: False) == []


VISITS = """Ostria and Velmar

Visits

At present, the ties are shaped by the treaties reached during the state visit of
President Arno Vell to Velmar (March 3-5, 2019), when the leaders signed the Harbour
Accord.

The state visit of the President of Ostria to Velmar was a watershed in the history
of the partnership and opened a new chapter of trade between Lunden and Kessa.

Councils

The Grain Council meeting took place on May 2, 2020, in Kessa, attended by the trade
ministers of the region and the council's deputy secretary.

At the 2nd Grain Council meeting on June 4, 2015, in Velmar, it was agreed to cut tariffs.
"""


def test_a_rare_word_of_the_question_reads_on_into_the_next_paragraph() -> None:
    reply = Chatbot.from_text(VISITS).ask("what watershed was vell's 2019 visit")
    assert reply.kind == "answer" and "watershed" in reply.text


def test_the_next_paragraph_does_not_join_without_the_asked_word() -> None:
    reply = Chatbot.from_text(VISITS).ask("what treaty did vell sign in 2019")
    assert reply.kind == "answer" and "watershed" not in reply.text


@pytest.mark.parametrize("question", [
    "where did the second grain council meeting take place",
    "where did the 2nd grain council meeting take place",
])
def test_a_close_runner_up_naming_the_asked_ordinal_goes_first(question: str) -> None:
    reply = Chatbot.from_text(VISITS).ask(question)
    assert reply.kind == "answer" and reply.text.startswith("At the 2nd Grain Council")


def test_first_and_last_promote_nothing() -> None:
    import numpy as np

    from bot.answering.nearmiss.ordinals import promote_ordinal

    texts = ["The Grain Council meeting took place in Kessa.",
             "The first Grain Council meeting took place in Velmar."]
    order = np.array([0, 1])
    scores = np.array([1.0, 0.9])
    moved = promote_ordinal("where did the first grain council meeting take place", order,
                            scores, texts.__getitem__)
    assert moved.tolist() == [0, 1]
    second = ["The Grain Council meeting took place in Kessa.",
              "The second Grain Council meeting took place in Velmar."]
    moved = promote_ordinal("where did the second grain council meeting take place", order,
                            scores, second.__getitem__)
    assert moved.tolist() == [1, 0]


def test_a_runner_up_that_misses_what_is_asked_is_not_promoted() -> None:
    import numpy as np

    from bot.answering.nearmiss.ordinals import promote_ordinal

    texts = ["The 4th Grain Council meeting was attended by Secretary Ola Brun.",
             "At the 2nd Grain Council meeting it was agreed to cut tariffs."]
    order = promote_ordinal("who was the secretary at the 2nd grain council meeting",
                            np.array([0, 1]), np.array([1.0, 0.9]), texts.__getitem__)
    assert order.tolist() == [0, 1]  # the 2nd meeting's sentence names no one


MARKETS = """Ostrian markets

Firms

Despite the slowdown in the region, Velmarian firms continue to show an interest in the
Ostrian market.
"""


@pytest.mark.parametrize("question", [
    "are velmarian firms still interested in the ostrian market",
    "are velmarian firms really interested in the ostrian market",
])
def test_an_adverb_that_narrows_nothing_is_no_word_a_yes_no_question_turns_on(
        question: str) -> None:
    reply = Chatbot.from_text(MARKETS).ask(question)
    assert reply.kind == "answer" and "continue to show an interest" in reply.text



TRADE = """Ostria and Velmar

Trade

The Council of the Ostria-Velmar Trade Forum discusses economic ties between the
countries of the region; its last meeting was held on May 3-5, 2019, in Kessa.

Bilateral trade with Velmar amounted to 2.4 billion dollars in 2019.
"""


@pytest.mark.parametrize("question", [
    "do you know when the last forum meeting was held",
    "could you tell me how much trade there was between the countries in 2019",
    "any idea how much trade there was in 2019",
    "i'd like to know where the last forum meeting was held",
])
def test_a_polite_wrapper_is_read_as_the_question_inside(question: str) -> None:
    from bot.smalltalk.route import unwrapped

    inside = unwrapped(question)
    assert inside.split()[0] in ("when", "how", "where")
    assert Chatbot.from_text(TRADE).ask(question).kind == "answer"


@pytest.mark.parametrize("message", ["do you know anything about me", "tell me a joke",
                                     "can you tell me about Velmar"])
def test_a_wrapper_before_no_question_word_stays(message: str) -> None:
    from bot.smalltalk.route import unwrapped

    assert unwrapped(message) == message


def test_between_the_countries_reads_bilateral() -> None:
    from bot.language.phrasal import glossed

    known = {w for w in words(TRADE)} | {stem(w) for w in words(TRADE)}
    assert glossed(words("how much trade was there between the countries"), known) == [
        "bilateral"]
    reply = Chatbot.from_text(TRADE).ask("how much trade was there between the countries in 2019")
    assert reply.kind == "answer" and "2.4 billion" in reply.text


PAGE = """Ostria and Velmar

Envoys

Since 2018 – Lena Orsk is the Ambassador of Ostria in Velmar. The Harbour Caucus
consists of 9 members.

Created at : 3.04.2016, 10:15, Updated at : 21.09.2018, 12:40
"""


@pytest.mark.parametrize("question", ["page last updated", "page created when",
                                      "when was this page last updated"])
def test_when_the_page_was_made_or_changed_is_asked_of_its_footer(question: str) -> None:
    reply = Chatbot.from_text(PAGE).ask(question)
    assert reply.kind == "answer" and "Updated at" in reply.text


def test_a_date_wanted_is_not_met_by_a_passage_that_dates_nothing() -> None:
    passage = "The Harbour Caucus consists of 9 members."
    assert unsaid_keywords("caucus meeting date", passage, _terms(passage),
                           lambda _: 0.0, lambda _: False) == ["“meeting”", "“date”"]
