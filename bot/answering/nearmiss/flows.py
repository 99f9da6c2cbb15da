"""An amount of a named flow of money or goods, asked of a sentence that never names it.

"What was the trade volume in 2018?" of "24 contracts worth 7 billion dollars were signed"
(a sentence dated 2018, about contracts), "how much aid did X give?" of one on direct
investment: a question asking an amount ("how much", "how many", "what is/was the …",
"total", "value", a keyword query's "in dollars" or "per year") of trade, imports,
exports, investment, aid, funding, a budget, revenue, sales, debt, loans or grants is
answered only by a sentence that names that flow, by its stem or a word for it in that
sense (``KIN``: "merchandise" or "turnover" for "trade"; not "commerce", which a "Chamber
of Commerce" names). The figure of another flow is another fact; so is a count of
companies for "how many people do they employ". It is read on the answer's sentences,
not its passage: a passage on a business forum may say "trade" of another year and give
no trade figure for the forum's.

A general list of the flows a figure is given for, not words of any question set.
"""

from __future__ import annotations

import re

from bot.language.money import CURRENCY
from bot.language.text import stem, terms, words

# each flow, and the words a text names it by in its sense of money or goods (a general
# list: WordNet's synonyms mix every sense, "support" and "company" for "funding",
# "significant" for "import", "place" for "investment", and so met nearly any sentence)
KIN: dict[str, tuple[str, ...]] = {
    "trade": ("merchandise", "turnover"),
    "import": ("imported", "importing"), "export": ("exported", "exporting"),
    "investment": ("invest", "invested", "investing", "investor", "fdi"),
    "aid": ("assistance", "assisted", "grant", "donation", "donated"),
    "assistance": ("aid", "assisted", "grant", "donation", "donated"),
    "funding": ("fund", "funds", "funded", "financing", "financed", "finance", "grant",
                "allocated", "budget"),
    "budget": ("allocated", "allocation", "appropriation", "funding", "spending"),
    "revenue": ("income", "receipts", "earnings", "sales", "turnover", "proceeds"),
    "sales": ("sold", "revenue", "turnover"),
    "debt": ("owed", "owes", "borrowed", "borrowing", "liabilities", "loan"),
    "loan": ("lend", "lent", "lending", "credit", "borrowed", "borrowing"),
    "grant": ("granted", "award", "awarded", "funding"),
}
_PLURALS = {"imports": "import", "exports": "export", "investments": "investment",
            "revenues": "revenue", "loans": "loan", "grants": "grant"}
FLOWS = frozenset(KIN) | frozenset(_PLURALS)
# "how much …", "total", "value", and a keyword query's unit: "aid per year in dollars"
_ASKS_AMOUNT = re.compile(r"\b(?:how much|how many|what (?:is|was|were|are)(?: the)?|total|"
                          rf"value|in (?:{CURRENCY})|per (?:year|annum|month))\b",
                          re.IGNORECASE)


# a count of jobs ("how many people does X employ"), told only in words of work
_JOBS_ASKED = re.compile(r"\bhow many (?:people|persons|workers|employees|staff|jobs)\b.*"
                         r"\b(?:employ\w*|work|works|hire\w*)\b|"
                         r"\bhow many (?:workers|employees|staff|jobs)\b", re.IGNORECASE)
_JOBS_TOLD = re.compile(r"\b(?:employ\w*|workers?|staff\w*|jobs?|workforce|personnel|"
                        r"hir(?:e|ed|es|ing)|headcount)\b", re.IGNORECASE)


def _named(flow: str, said: set[str]) -> bool:
    """Whether a text's terms (``said``) name a flow, by itself or a word of its ``KIN``."""
    return bool({stem(flow), *map(stem, KIN[flow])} & said)


def unnamed_flow(question: str, text: str) -> list[str]:
    """"an amount of trade" for each flow (``FLOWS``) the question asks an amount of that
    the answer ``text`` never names, by stem or ``KIN``; "a number of jobs" for a count of
    jobs asked of an answer with no word of work ("500 companies involving U.S. capital")."""
    if not _ASKS_AMOUNT.search(question):
        return []
    said = set(terms(text))
    jobs = ["a number of jobs"] if _JOBS_ASKED.search(question) and not _JOBS_TOLD.search(
        text) else []
    return [f"an amount of {flow}" for flow in dict.fromkeys(words(question))
            if flow in FLOWS and not _named(_PLURALS.get(flow, flow), said)
            ] + jobs
