"""Names of places every reader knows: the world's countries and the states of the USA.

A general gazetteer (not drawn from any question set) so that "where" and "which state"
questions can recognise a place even without a cue such as "in" or "at"; and the places
a document itself names as places ("in Almaty") that general English does not know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS, alias

_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|from)\s+([A-Z][a-z]+)\b(?![\w'’-])"
                                r"(?!\s+(?:of|for|with|to)\b)")

COUNTRIES = """afghanistan albania algeria andorra angola argentina armenia australia austria
azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile
china colombia comoros congo croatia cuba cyprus czechia czech denmark djibouti dominica
ecuador egypt salvador eritrea estonia eswatini ethiopia fiji finland france gabon gambia
georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland
india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati
korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia
nauru nepal netherlands holland zealand nicaragua niger nigeria macedonia norway oman
pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
russia rwanda samoa marino arabia senegal serbia seychelles sierra singapore slovakia
slovenia somalia africa spain lanka sudan suriname sweden switzerland syria taiwan
tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda
ukraine emirates britain england scotland wales usa uruguay uzbekistan vanuatu vatican
venezuela vietnam yemen zambia zimbabwe europe asia america antarctica oceania ussr""".split()

US_STATES = """alabama alaska arizona arkansas california colorado connecticut delaware florida
georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire
jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas
utah vermont virginia washington wisconsin wyoming""".split()

# capitals and the largest cities of the world, as one word each (a general gazetteer)
CITIES = """moscow beijing shanghai tokyo osaka london paris berlin munich rome milan madrid
barcelona lisbon dublin brussels amsterdam vienna prague warsaw budapest bucharest sofia
belgrade zagreb athens istanbul ankara kyiv kiev minsk vilnius riga tallinn helsinki
stockholm oslo copenhagen geneva zurich tashkent bishkek dushanbe ashgabat baku tbilisi
yerevan tehran kabul islamabad karachi delhi mumbai kolkata dhaka kathmandu colombo seoul
pyongyang hanoi bangkok jakarta manila kuala singapore canberra sydney melbourne auckland
ottawa toronto montreal vancouver chicago boston houston seattle miami atlanta denver
dallas philadelphia detroit brasilia rio lima bogota santiago caracas havana cairo nairobi
lagos johannesburg tunis algiers rabat casablanca baghdad damascus beirut amman jerusalem
dubai doha abu riyadh jeddah""".split()

PLACES: frozenset[str] = frozenset(COUNTRIES + US_STATES)

# each country word of ``COUNTRIES`` and the words for its people and things ("Kuwaiti",
# "Swiss", "Dutch"): a text says "the Saudi and Kuwaiti governments" of Kuwait
DEMONYMS: dict[str, tuple[str, ...]] = {
    country: tuple(said.split(",")) for country, said in (pair.split(":") for pair in """
afghanistan:afghan albania:albanian algeria:algerian angola:angolan argentina:argentine,argentinian
armenia:armenian australia:australian austria:austrian azerbaijan:azerbaijani,azeri
bahrain:bahraini bangladesh:bangladeshi belarus:belarusian belgium:belgian bolivia:bolivian
bosnia:bosnian brazil:brazilian bulgaria:bulgarian cambodia:cambodian canada:canadian
chile:chilean china:chinese colombia:colombian congo:congolese croatia:croatian,croat
cuba:cuban cyprus:cypriot czechia:czech denmark:danish,dane ecuador:ecuadorian egypt:egyptian
estonia:estonian ethiopia:ethiopian finland:finnish,finn france:french germany:german
ghana:ghanaian greece:greek,hellenic hungary:hungarian iceland:icelandic india:indian
indonesia:indonesian iran:iranian,persian iraq:iraqi ireland:irish israel:israeli
italy:italian jamaica:jamaican japan:japanese jordan:jordanian kazakhstan:kazakh,kazakhstani
kenya:kenyan korea:korean kuwait:kuwaiti kyrgyzstan:kyrgyz latvia:latvian lebanon:lebanese
libya:libyan lithuania:lithuanian malaysia:malaysian mexico:mexican moldova:moldovan
mongolia:mongolian morocco:moroccan myanmar:burmese burma:burmese nepal:nepali,nepalese
netherlands:dutch holland:dutch nigeria:nigerian norway:norwegian oman:omani
pakistan:pakistani palestine:palestinian peru:peruvian philippines:filipino,philippine
poland:polish portugal:portuguese qatar:qatari romania:romanian russia:russian
arabia:saudi serbia:serbian,serb singapore:singaporean slovakia:slovak slovenia:slovenian,slovene
spain:spanish,spaniard sweden:swedish,swede switzerland:swiss syria:syrian taiwan:taiwanese
tajikistan:tajik thailand:thai tunisia:tunisian turkey:turkish,turk turkmenistan:turkmen
ukraine:ukrainian emirates:emirati britain:british,briton scotland:scottish,scots
wales:welsh usa:american uzbekistan:uzbek venezuela:venezuelan vietnam:vietnamese
yemen:yemeni zimbabwe:zimbabwean europe:european asia:asian africa:african ussr:soviet
""".split())}


# capitals and the country term (``bot.language.text.words``) each stands for as a
# government: "Washington's position", "Moscow's envoy"
CAPITALS = dict(pair.split(":") for pair in """washington:usa astana:kazakhstan moscow:russia
beijing:china london:britain paris:france berlin:germany tokyo:japan rome:italy
madrid:spain kyiv:ukraine kiev:ukraine tashkent:uzbekistan bishkek:kyrgyzstan
dushanbe:tajikistan ashgabat:turkmenistan kabul:afghanistan ankara:turkey tehran:iran
delhi:india seoul:korea pyongyang:korea ottawa:canada canberra:australia brussels:belgium
amsterdam:netherlands riyadh:arabia cairo:egypt baku:azerbaijan tbilisi:georgia
yerevan:armenia islamabad:pakistan warsaw:poland vienna:austria minsk:belarus
beirut:lebanon damascus:syria baghdad:iraq havana:cuba brasilia:brazil belgrade:serbia
zagreb:croatia sofia:bulgaria bucharest:romania budapest:hungary prague:czechia athens:greece
lisbon:portugal dublin:ireland stockholm:sweden oslo:norway copenhagen:denmark
helsinki:finland vilnius:lithuania riga:latvia tallinn:estonia bern:switzerland
hanoi:vietnam bangkok:thailand jakarta:indonesia manila:philippines nairobi:kenya
abuja:nigeria algiers:algeria rabat:morocco tunis:tunisia amman:jordan kathmandu:nepal
dhaka:bangladesh doha:qatar muscat:oman lima:peru santiago:chile caracas:venezuela
bogota:colombia""".split())
_SEATS: dict[str, tuple[str, ...]] = {}  # each country word's capitals
for _city, _country in CAPITALS.items():
    _SEATS[_country] = (*_SEATS.get(_country, ()), _city)


# every people's word ("Kazakh", "American"): a qualifier that names no kind of thing
PEOPLES = frozenset(people for said in DEMONYMS.values() for people in said)
# a people's word read as its country ("chilean" as "chile")
COUNTRY_OF_PEOPLE: dict[str, str] = {people: country for country, said in DEMONYMS.items()
                                     for people in said}
# a word that names a country, folded: its name, its people's word, or the US's short names
COUNTRY_WORDS = frozenset(COUNTRIES) | PEOPLES | {"us", "u.s.", "u.s", "usa", "america"}


def said_as(country: str) -> tuple[str, ...]:
    """A country word of ``COUNTRIES`` and the words a text may name it by instead: its
    people's ("Kuwaiti", "Swiss": ``DEMONYMS``) and its capital's ("Belgrade")."""
    return (country, *DEMONYMS.get(country, ()), *_SEATS.get(country, ()))


_OWNER = re.compile(r"\b(" + "|".join(CAPITALS) + r")(?:['\u2019]s|s)\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")


# an envoy or an embassy "in" or "to" a capital is accredited to its country
_SEAT = re.compile(r"\b((?:ambassadors?|envoys?|embass(?:y|ies)|missions?)\s+(?:in|to|at)\s+)("
                   + "|".join(CAPITALS) + r")\b", re.IGNORECASE)


def governments(text: str) -> str:
    """The text with a capital in the possessive read as its country ("who is
    washington's man in astana" → "… usa man …", also typed "washingtons"; the text
    itself when it has none): a city owns no envoy, a government does. Not after another
    word of a name ("george washington's army"): only first or after a stop word. So is
    a capital an envoy or an embassy is "in" or "to" ("the ambassador in Washington" is
    the ambassador to the US)."""
    def country(match: re.Match[str]) -> str:
        before = _WORD_BEFORE.search(text, 0, match.start())
        keep = before is not None and alias(before.group(1).lower()) not in STOP_WORDS
        return match.group(0) if keep else CAPITALS[match.group(1).lower()]
    text = _SEAT.sub(lambda m: m.group(1) + CAPITALS[m.group(2).lower()], text)
    return _OWNER.sub(country, text)


def named_as_place(word: str, texts: Iterable[str]) -> bool:
    """True when the texts (a document's passages that hold the word) name a folded word
    as a place that general English does not know: a capitalised word after "in", "at" or
    "from" ("in Almaty"), not followed by "of", "for" or "with" (a title's "in Connection
    with"), and not a word of the bundled English vocabulary ("in English", "in Paris"
    are left to the gazetteer)."""
    return word not in english_words() and placed_in(word, texts)


def placed_in(word: str, texts: Iterable[str]) -> bool:
    """True when the texts put a folded word, capitalised, after "in", "at" or "from" (as
    ``named_as_place`` reads it), English or not: "in Melbourne"."""
    return any(m.group(1).lower() == word for text in texts
               for m in _AFTER_PREPOSITION.finditer(text))


# places whose term a reply writes otherwise: in capitals, after "the"
_SHOWN = {"usa": "US", "ussr": "USSR", "uae": "UAE"}


def shown_place(term: str, article: bool = True) -> str:
    """A place's term as a reply writes it: "usa" as "the US" ("US" without the
    ``article``, as in "the US consulate"), a short one in capitals ("UK"), any other
    capitalised ("kazakhstan" as "Kazakhstan"). Every reply that names a place the
    document lacks writes it so."""
    shown = _SHOWN.get(term)
    if shown is None:
        return term.upper() if len(term) <= 3 else term.capitalize()
    return f"the {shown}" if article else shown


# every country and city of the gazetteer, as the index reads them
GAZETTEER: frozenset[str] = frozenset(COUNTRIES) | frozenset(CITIES)
