"""A question's word the document never uses is read as the document's own near-synonym:
"envoy" asks what the text calls "ambassador", "firms" what it calls "companies". The
borrowed word helps find the sentence, weighs less than the asker's own words, and never
makes the document seem to know more of the question than it does."""

from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.language.text import stem, words
from bot.language.thesaurus import (
    AGENT,
    DERIVED,
    MIN_SYNONYM,
    WEIGHT,
    agent_nouns,
    borrow,
    derived_only,
    document_words,
    related,
)

DOC_WORDS = "the ambassador of norland and the companies signed contracts with students".split()
KNOWN = set(DOC_WORDS) | {stem(w) for w in DOC_WORDS}

NORLAND = """Norland and Sudria

People

Tom Reed is the trade minister of Norland. Ann Vale is the ambassador of Norland in Sudria.
Lea Moss is the mayor of the Norland capital.

Business

Sudria bought timber from Norland in 2019. About 120 companies from Norland work in Sudria.
Norland opened a fishing school in Sudria in 2004.
"""


def test_an_unknown_word_is_read_as_the_documents_nearest_related_word() -> None:
    out, weights = document_words(words("who is the envoy of norland"), KNOWN)
    assert out == ["who", "is", "the", "ambassador", "of", "norland"]
    assert set(weights) == {stem("ambassador")}


def test_a_plural_is_looked_up_by_its_stem() -> None:
    out, _ = document_words(words("how many firms"), KNOWN)
    assert out[-1] in {"company", "companies"}


def test_a_word_the_document_uses_stays_as_written() -> None:
    assert document_words(words("who is the ambassador"), KNOWN) == (
        ["who", "is", "the", "ambassador"], {})


def test_a_name_is_never_replaced() -> None:
    out, weights = document_words(["envoy"], KNOWN, names={stem("envoy")})
    assert out == ["envoy"] and not weights


def test_a_word_with_no_related_word_in_the_document_stays() -> None:
    assert document_words(["volcano"], KNOWN) == (["volcano"], {})
    assert document_words(["zzqx"], KNOWN) == (["zzqx"], {})


def test_a_borrowed_word_weighs_less_than_an_exact_match() -> None:
    _, weights = document_words(["envoy"], KNOWN)
    assert all(WEIGHT * MIN_SYNONYM <= w <= WEIGHT < 1.0 for w in weights.values())


def test_a_compound_lends_its_head_never_a_modifier_alone() -> None:
    # WordNet relates "pupil" to "law student" and others; the document's "students" is
    # their head. A ship is not its "cargo", though WordNet has "cargo vessel".
    found = borrow("pupil", KNOWN)
    assert found is not None and found[0] == ["student"]
    assert borrow("ship", {"cargo"}) is None


def test_the_thesaurus_has_tiers_for_common_words_and_none_for_nonsense() -> None:
    assert any(related("envoy")) and any(related("firm"))
    assert related("zzqx") == []


@given(st.lists(st.sampled_from(["envoy", "firms", "deals", "the", "norland", "x1", "zzqx",
                                 "ambassador", "pupils", "volcano", ""]), max_size=8))
def test_every_word_out_is_the_askers_or_the_documents(ws: list[str]) -> None:
    out, weights = document_words(ws, KNOWN)
    assert all(w in ws or w in KNOWN or stem(w) in KNOWN for w in out)
    assert set(weights) <= {stem(w) for w in out if w}
    assert all(0.0 < w < 1.0 for w in weights.values())


def test_retrieval_reads_the_borrowed_word_but_confidence_does_not() -> None:
    bot = Chatbot.from_text(NORLAND)
    query = bot.retriever.read("Who is Norland's envoy?")
    assert stem("ambassador") in query.features
    assert stem("ambassador") not in query.terms  # the asker's own words only
    assert 0.0 < query.weights[stem("ambassador")] < query.weights[stem("norland")] == 1.0


def test_a_paraphrased_question_is_answered_from_the_documents_word() -> None:
    bot = Chatbot.from_text(NORLAND)
    reply = bot.ask("Who is the envoy of Norland?")
    assert reply.kind == "answer" and "Ann Vale" in reply.text
    reply = bot.ask("How many firms from Norland work in Sudria?")
    assert reply.kind == "answer" and "120" in reply.text


DIPLOMATIC = "diplomatic relations with the ambassador of norland and monthly reports".split()
DIPLOMATIC_KNOWN = set(DIPLOMATIC) | {stem(w) for w in DIPLOMATIC}
FORMS = {stem(w): {w} for w in DIPLOMATIC}


def test_a_noun_the_document_has_only_as_an_adjective_keeps_itself_and_borrows() -> None:
    # "diplomat" shares its stem with "diplomatic" only: the person is not named by it
    assert derived_only("diplomat", FORMS)
    out, weights = document_words(words("who is the top diplomat"), DIPLOMATIC_KNOWN,
                                  forms=FORMS)
    assert out[:5] == ["who", "is", "the", "top", "diplomat"]  # its own pairs stay in order
    assert "ambassador" in out[5:]
    assert 0 < weights[stem("ambassador")] <= WEIGHT * DERIVED


def test_an_inflection_or_a_derivation_that_keeps_the_sense_is_no_derived_only_match() -> None:
    assert not derived_only("relation", FORMS)  # "relations": the same word
    assert not derived_only("month", {stem("monthly"): {"monthly"}})  # "monthly" keeps month
    assert not derived_only("measurements", {stem("measure"): {"measure", "measured"}})
    assert not derived_only("volcano", FORMS)  # a word the document never has at all
    assert document_words(words("who is the top diplomat"), DIPLOMATIC_KNOWN)[1] == {}


def _forms(text: str) -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for word in text.split():
        forms.setdefault(stem(word), set()).add(word)
    return forms


def test_a_verb_finds_the_documents_agent_noun_and_back() -> None:
    forms = _forms("norland is the largest investor in sudria and a founder of the league")
    assert agent_nouns(words("which country invests most in sudria"), forms, set()) == ["investor"]
    assert agent_nouns(words("who founded the league"), forms, set()) == ["founder"]
    back = _forms("the investment in sudria grew")
    assert agent_nouns(words("who are the investors"), back, set()) == ["investment"]


def test_an_agent_noun_is_added_once_at_its_own_weight_after_the_question() -> None:
    forms = _forms("norland is the largest investor in sudria")
    known = set(forms) | {w for ws in forms.values() for w in ws}
    out, weights = document_words(words("which country invests in sudria"), known, forms=forms)
    assert out == ["which", "country", "invests", "in", "sudria", "investor"]
    assert weights == {stem("investor"): AGENT} and AGENT < 1.0
    assert agent_nouns(words("who invests there"), forms, {stem("investor")}) == []
    assert agent_nouns(words("who is the investor"), forms, set()) == []  # no verb of it here
