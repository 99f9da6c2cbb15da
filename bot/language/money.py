"""Money as English writes it: the signs and names of the world's currencies.

One general list (ISO 4217's common names and the historical coins a history text names:
"60 florins a month", "a hundred ducats"; not those that are everyday words too:
"won", "marks", "crowns", "rand"), read by every check that asks whether a
sentence gives an amount of money. ``CURRENCY`` is a regular-expression alternation of the
names, singular or plural, to put inside ``\\b(?:…)\\b``; ``SIGNS`` a character class.
"""

from __future__ import annotations

SIGNS = r"[$€£¥₸₽₹₩₺]"

# each name with its plural ending; "pence" and "lire" are their own plurals
_NAMES = """dollars? euros? pounds? pence penny tenge rubles? roubles? yuan renminbi yen
cents? francs? deutschmarks? florins? guilders? kronor krona krone kroner lira lire
pesos? rupees? dinars? dirhams? riyals? rials? shillings? ducats? sterling zlotys?
forints? hryvnias? manats? somoni drachmas? escudos? pesetas? guineas? thalers?
doubloons? reais bahts? ringgits? rupiahs? nairas? cedis? shekels? usd eur gbp jpy cny
kzt rub""".split()
CURRENCY = "|".join(_NAMES)
