"""The kinds of thing a question asks for, and what an answer must hold to give one.

Each row is (what the question asks, what the answer sentence must then hold, how a reply
names what is missing): "how much does it cost" wants an amount of money, "what year" a
year, "what is the phone number" a phone number (``constraints`` checks them;
``subjects.kind_absent`` reads "how many"). These rows read a question's wording:

- "how much" of anything but time or effort wants an amount: a figure (not a date's), a
  number word, a share ("half", "many times") or a unit (not "how much of it …", whose
  answer may be a degree: "vast areas"); "how much uranium is stored" is not answered by
  a sentence that only says the uranium bank was opened on August 29;
- a judgement ("was he a good president?", "do you think …", "should they …") wants a
  judgement in the answer, a word of value ("positive", "success", "appreciates",
  "a model"): a document of facts that only reports what a person did gives none,
  while "is the visa-free regime good for tourism" of "a positive factor for tourism" is
  answered; so does what someone else thinks ("what does X think of Y", "does X consider
  Y a Z", "X's opinion on Y"), which a sentence holding no word of value, judgement or
  speech ("appreciates", "said", "criticised") does not tell: "what does the president
  think of X" is not answered by "the presidents spoke by telephone".

"When did/was …" (opening the question) wants a time: a figure (not a count of things:
"11 members"), a month, a season, a span or any word of time ("since", "recently"); a
sentence with none ("the commission operates to advance …") tells what, not when.

"How long" wants a span (a unit of time or length, a range "15-18" or "from 1961 to
1972", "since …"), "what did X say" a saying ("said", "stated", a quotation; not "what
did X tell them", said in too many verbs: "assured"). A question in the future tense
("will they sign …?", "when will the next meeting be?", "who will replace him?") asks for
a plan or a forecast, so the answer must speak of one ("will", "plans", "scheduled",
"next", "to be"): a report of what was done is no answer to what will be done. Only
"will …?", "when will" and "who will" are read so: "what will the output be for …" and
a conditional ("… if …") ask a general truth, which needs no plan.

"Why …?" wants a reason or a purpose ("because", "to", "for", "in order", "aimed", "a
factor"): a sentence that only dates or places a thing ("X is established in Y") gives
none; a why-not ("why aren't …") is told by what was not done, so it is not read so. A
"total value" or "how much is X worth" wants money, not a count ("70 agreements"). "Who …
before/after X", "who succeeded X" wants a word of order or succession ("preceded",
"former", "until", "appointed"): a sentence that tells only what X did names no one
before or after X. "What did X and Y talk about", "what was discussed" wants a topic
("discussed", "issues", "agenda", "talks on", "about"): that they spoke tells none.

General rules of English question words, not fitted to any question set.
"""

from __future__ import annotations

import re

from bot.answering.nearmiss.arithmetic import ARITHMETIC
from bot.answering.nearmiss.biography import PERSONAL
from bot.answering.nearmiss.degrees import ROWS
from bot.answering.nearmiss.practical import PRACTICAL
from bot.answering.nearmiss.rows import Row, Searches, rows
from bot.language.dates import FIGURE, MONTHS
from bot.language.money import CURRENCY, SIGNS
from bot.language.numbers import CARDINAL
from bot.language.text import STOP_WORDS, stem, words

_TIMES = r"(?:years|days|months|weeks|decades|centuries|hours|minutes|seconds|times|nights)"
_NUMBER_WORDS = (CARDINAL + r"|several|few|numerous|both|none|single|multiple|couple|pair|"
                 r"handful|scores")
_SHARES = (r"half|halves|thirds?|quarters?|percent|per cent|most|majority|minority|all|"
           r"little|lots?|many|times|twice|double|triple|fraction|portion|free")
_VALUE = (r"good|bad|better|worse|best|worst|great|positive|negative|success\w*|fail\w*|"
          r"milestone|appreciat\w*|prais\w*|model|benefi\w*|effective|popular|criticis\w*|"
          r"controvers\w*|welcom\w*")
# words of judgement or speech: what someone thinks of a thing, told or reported (not
# "with a view to", "in view of")
_STANCE = (r"apprecia\w*|believ\w*|consider\w*|regard\w*|(?<!\ba )(?<!\bin )view\w*|"
           r"think\w*|thought|feel\w*|felt|opinion\w*|sa(?:y|ys|id)|stat(?:ed|ements?)|declar\w*|announc\w*|"
           r"critici[sz]\w*|oppos\w*|concern\w*|argu\w*|claim\w*|insist\w*|not(?:ed|es)|"
           r"describ\w*|hail\w*|condemn\w*|cit(?:ed|es|ing)|express\w*|hope\w*|urg(?:ed|es)|"
           r"call(?:ed|s)|prefer\w*|deem\w*|favou?r\w*|disapprov\w*|approv\w*|reject\w*|"
           r"endors\w*|object(?:s|ed|ing|ions?)?\b|skeptic\w*|sceptic\w*|pleased|proud|s(?:ee|ees|aw|een)|"
           r"rat(?:e|es|ed|ing)|perceiv\w*|perception|judg\w*")
_SPANS = (r"seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|"
          r"centur(?:y|ies)|\w*met(?:re|er)s?|miles?|feet|foot|inch(?:es)?|yards?|"
          r"periods?|terms?|while|(?<=\d )(?:[kcmnp]m|µm|Å)")
_JUDGING = (r"good|bad|great|terrible|awful|successful|effective|corrupt|popular|wise|"
            r"fair|right|wrong|better|worse|best|worst|worth\w*|beneficial|harmful|"
            r"smart|competent|honest")

# (what the question asks for, what the answer must then hold, how a reply names it)

KINDS: tuple[Row, ...] = rows((
        (r"\bhow much\b.*(?<!\bthe )(?<!\ba )\b(?:cost|costs|charge|charges|pay|earn|earns|"
         r"paid)\b(?! of)|\bhow much\b.*\b(?:fee|fees|price)\b|"
         r"\bwhat(?: is| are| was| were|'s|s) (?:the |a |an )?"
         r"(?:(?!(?:in|of|and|between) )[\w']+ ){0,2}(?:cost|price|fee|"
         r"fees|tuition|rent|salary|wage|wages|pay|budget)\b|"
         r"\bwhat (?:does|do|did|would|will) (?:[\w'-]+ ){1,4}cost\b|"
         r"\b(?:total|combined|overall|monetary|dollar) value\b|"
         r"\bhow much (?:is|are|was|were) (?:[\w'-]+ ){1,6}worth\b",
         rf"{SIGNS}|\b(?:{CURRENCY}|free of charge|no charge)\b|"
         r"\b(?:worth|valued at|value of)\W+(?:[\w-]+\W+)?\d",
         "a price"),
        (r"\bhow much\b(?! (?:time|effort|energy|attention)\b).*\b(?:invest|invests|invested|"
         r"spend|spends|spent|donate|donates|donated|lend|lends|lent|loan|loaned|borrow|"
         r"borrowed|contribute|contributes|contributed)\b(?! (?:time|effort|energy)\b)|"
         r"\bhow much money\b",
         FIGURE + "|" + SIGNS + r"|\b(?:"
         rf"{CURRENCY}|(?:m|b|tr)illions?|thousands?|hundreds?)\b", "an amount of money"),
        # "when did/was …": a year, a figure (not of things: "11 members"), a time word
        (r"^\W*when (?:did|was|were|will|has|have|had|does|do|is|are)\b",
         r"\b(?:1[5-9]|20)\d\d\b|\d(?!(?:[.,]?\d)*\s+(?!" + _TIMES + r"\b)[a-z]{3,}s\b)|"
         r"\b(?:" + "|".join(MONTHS) + r"|\w*spring|\w*summer|autumn|fall|\w*winter|"
         r"\w+day|nights?|mornings?|evenings?|afternoons?|noon|midnight|dawn|dusk|eve|"
         r"holidays?|christmas|easter|"
         r"\w*days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|era|age|ages|"
         r"period|times?|since|until|till|ago|before|after|afterwards?|during|while|once|"
         r"then|now|recently|lately|soon|later|earlier|early|late|first|last|next|"
         r"previously|formerly|already|still|yet|when|whenever|upon|following|prior)\b",
         "a date"),
        (r"\b(?:what|which) year\b|\bwhat date\b",
         r"(?<!\d)\d{3,4}(?!\d)|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:centur(?:y|ies)|"
         r"decades?|millennium|bce?|ad|ce|" + "|".join(MONTHS) + r")\b|"
         r"\b(?:this|that|the same|the following|the next|the previous|last|next) year\b",
         "a year"),
        (r"^(?=.*\b(?:who|whom|how many|how much)\b).*\b(?:today|nowadays|these days|current|"
         r"currently|right now|at present|at the moment|as of now|this year|now(?=\W*$))\b|"
         r"\blast year\b",
         r"^(?!.*(?<!\d)(?:1[5-9]|20)\d\d(?!\d))|\b(?:since|currently|now|today|present|"
         r"presently|still)\b", "the present day"),
        (r"\b(?:street|mailing|postal|physical|office|exact|full) address\b|^\W*address of\b|"
         r"\b(?:the|its|their|his|her|an?|\w+'s) address\b(?! (?:the|a|an|this|these|those|"
         r"issues?|concerns?|problems?))",
         r"\b\d+\s+\w+(?:\s\w+)?\s+(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|"
         r"drive|square|way)\b|\b(?:street|avenue|boulevard)\b", "an address"),
        (r"\b(?:phone|telephone|fax) (?:number|no)\b",
         r"\+?\d[\d\s().-]{6,}\d", "a phone number"),
        (r"\be-?mail\b", r"[\w.+-]+@[\w-]+\.[\w.]+", "an e-mail address"),
        (r"\b(?:zip|postal|post) ?codes?\b|\bpostcodes?\b", r"\b\d{5,6}(?:-\d{4})?\b|"
         r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", "a postal code"),
        (r"\bhow (?:often|frequently)\b",
         r"\b(?:every|each|annual(?:ly)?|yearly|monthly|weekly|daily|quarterly|biennial(?:ly)?|"
         r"regular(?:ly)?|once|twice|times|periodic(?:ally)?|often|frequent(?:ly)?|rare(?:ly)?|"
         r"seldom|usually|always|never|occasional(?:ly)?|per|constant(?:ly)?|continual(?:ly)?|"
         r"routine(?:ly)?|repeated(?:ly)?|sometimes)\b", "how often"),
        (r"\b(?:opening|office|business|working|visiting|consular) hours\b|"
         r"\bwhat time\b.*\b(?:open|opens|close|closes)\b|\b(?:open|closed) (?:on|at|until|"
         r"till) (?:\w+days?|weekends?|\d)",
         r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\b|p\.?m\b)|\b\d{1,2}:\d{2}\b|\b(?:mon|tues|wednes|"
         r"thurs|fri|satur|sun|week)days?\b|\bweekends?\b|\bhours\b", "opening hours"),
        (r"\b(?-i:capital) (?:city|of)\b|\b\w+'s (?-i:capital)\b(?! \w)",
         r"\b(?:state|national|federal|provincial|the|its|their|a) capital\b(?!\s+(?:"
         r"investments?|markets?|flows?|gains?|goods|inflows?|expenditures?|of \d))|"
         r"\bcapital (?:city|of)\b", "a capital city"),
        (r"\bwhat(?: is| was|'s|s) (?:the )?(?:\w+ )?population\b|\bhow (?:large|big) is the "
         r"population\b|\bhow many (?:people|inhabitants|residents) (?:live|lived|are there)\b",
         r"\b(?:population|populous|populated|inhabitants|residents|people|citizens)\b",
         "a population"),
        (r"\b(?:what|which) (?:percentage|percent|share|proportion|fraction)\b|\bwhat ?%|"
         r"\bhow (?:big|large) (?:a )?(?:share|percentage|proportion)\b|\bhow much percent\b|"
         r"\bwhat(?:'s| is| was) the (?:[\w.]+ ){0,2}(?:share|percentage) of\b|\bstake in\b",
         r"%|\bper\s?cent\w*|\b(?:share|shares|half|halves|thirds?|quarters?|fifths?|"
         r"(?:four|six|seven|eigh|nin|ten|eleven|twelf|\w+teen|\w+tie|hundred|thousand)ths?|"
         r"fraction|proportion|ratio|majority|minority|most|all|none|one in|out of|of which|"
         r"of them|of these)\b", "a percentage"),
        (r"\b(?:website|web site|url|homepage|web page)\b",
         r"https?://|www\.|\b[\w-]+\.(?:com|org|gov|net|kz|edu)\b", "a website"),
    ))

# (what the question asks for, what the answer must then hold, how a reply names it)
GENERAL: tuple[Row, ...] = rows((
        (r"\bhow much\b(?! (?:time|effort|energy|attention|of|do you|would you)\b)",
         FIGURE + rf"|%|{SIGNS}|\b(?:{_NUMBER_WORDS}|{_SHARES})\b|\b(?:{CURRENCY}|"
         r"tons?|tonnes?|barrels?|gallons?|lit(?:re|er)s?|\w*grams?|"
         r"\w*met(?:re|er)s?|miles?|acres?|hectares?)\b", "an amount"),
        (rf"^(?:is|was|are|were|has|have|had|would|will)\b.*\b(?:{_JUDGING})\b|"
         r"\b(?:do|does) you (?:think|believe|feel|reckon)\b|\byour (?:opinion|view|"
         r"thoughts|take)\b|\bin your (?:opinion|view)\b|^should\b|"
         r"\bwhat do you (?:think|make) (?:of|about)\b",
         rf"\b(?:{_VALUE})\b", "an opinion"),
        # what someone else thinks: "what does X think of Y", "does X consider Y a Z",
        # "X's opinion on Y"; a sentence that only tells what X did gives none
        (r"\b(?:do|does|did)(?: (?!you\b)\w+){1,3} (?:think|feel)\b(?= (?:of|about)\b)|"
         r"\bhow (?:do|does|did)(?: (?!you\b)\w+){1,3} (?:view|see|regard|perceive|judge|"
         r"rate)\b|"
         r"\b(?:opinion|opinions|stance) (?=(?:on|of|about)\b)|"
         r"\b(?:consider|considers|regard|regards)\b(?= \w+(?: \w+)? (?:as|an?|to be)\b)",
         rf"\b(?:{_VALUE}|{_STANCE})\b", "an opinion"),
        (r"\bhow long\b(?! ago\b)",
         rf"\b(?:{_SPANS})s?\b|\d\s*[-–]\s*\d|\b(?:from|between)\b.*\b(?:to|and|until)\s+\d|\b(?:since|until|till|through|throughout|"
         r"long|brief|briefly|short|shortly|quick|quickly|forever|permanent\w*)\b",
         "how long"),
        (r"\bwhat (?:\w+ly )?did (?:\w+ ){1,4}(?:say|announce|declare|state)\b",
         r"\b(?:said|says|say|told|tells|stated|states|announc\w+|declar\w+|noted|stressed|"
         r"called|according to|remarked|argued|claimed|wrote|written|statement|speech)\b|[“\"]",
         "what was said"),
        # "why …?": a reason or purpose, not a date or place alone nor a list's "such as"
        (r"^\W*why\b(?! (?:\w+n't|\w+ not)\b)",
         r"\b(?:because|since|due|so|(?<!such )(?<!well )as(?! well\b)|to|for|order|aim\w*|"
         r"purpose\w*|objectives?|goals?|reasons?|result\w*|caus\w*|facilitat\w*|promot\w*|"
         r"factors?|benefit\w*|help\w*|thanks|view|motiv\w*|intend\w*|intention|why|sake|"
         r"need\w*|led|lead\w*|believ\w*|fear\w*|hoping|convinced|concern\w*)\b",
         "a reason"),
        # "who … before/after X", "who succeeded X": one before or after another in
        # office, which a sentence that only tells what X did does not give
        (r"^\W*who\b.*\b(?:before|after|preceded|succeeded|replaced)\s+"
         r"(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your|some|each|"
         r"every|any|\w+ing|kick-?off|halftime|noon|midnight|dawn|lunch|dinner)\b|\d)"
         r"\w+(?:\s+\w+){0,2}\W*$|\b(?:predecessor|successor)\b",
         r"\b(?:before|after|preced\w*|succe\w*|replac\w*|predecessor|former\w*|previous\w*|"
         r"until|till|prior|then|later|earlier|followed|next|last|first|took over|became|"
         r"appointed|elected|resign\w*|left|retir\w*|ousted|died|death|end(?:ed)?)\b",
         "who came before or after"),
        # what was talked about: "what did X and Y talk about", "what was discussed";
        # a sentence that only says they met or spoke tells no topic
        (r"\bwhat (?:\w+ly )?did (?:[\w'-]+ ){1,6}(?:talk|speak|chat|discuss|negotiate)\w* about\b|"
         r"\bwhat (?:was|were|did they|did (?:[\w'-]+ ){1,6})discuss(?:ed)?\b|"
         r"\bwhat (?:topics|issues|subjects|matters)\b(?=.*\b(?:discuss\w*|talk\w*|"
         r"raised|covered)\b)",
         r"\b(?:discuss\w*|issues?|topics?|subjects?|matters?|agenda|questions?|"
         r"about|regarding|concerning|focus\w*|spectrum|prospects|covered|raised|agreed|"
         r"decided|talks on)\b",
         "what was talked about"),
        (r"^will\b|\b(?:when|who) will\b(?!.*\b(?:if|when|once)\b)",
         r"\b(?:will|shall|would|plans?|planned|planning|intends?|intended|intention|"
         r"future|upcoming|forthcoming|next|scheduled|expected|expects?|going to|aims?|"
         r"soon|prospects?|arrangements|later|again)\b|\bto be\b", "a plan or forecast"),
    ))
KINDS = KINDS + GENERAL + PERSONAL + PRACTICAL + ARITHMETIC + ROWS

# a sentence's end (not an initial's stop: "the U.S. Department", "W. R. Grace")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z]\.)(?<=[.!?”])\s+(?=[A-Z“\"])")
_ASKED_VERB = frozenset("last long take took much many happen happened occur occurred place"
                        .split())


def held(holds: Searches, text: str, question: str, passage: str = "") -> bool:
    """True when the answer holds the kind asked in its first sentence, in a later one
    of the same paragraph (``passage``: "As a result, 24 contracts were signed" after
    the round table), or in one from elsewhere that shares a word with the question: a
    sentence glued on from another paragraph ("The last meeting was held on December
    11-13" after an opening on June 10) does not tell "how long did the expo last" by
    its dates. Figures, stop words and the question's own wh-words ("long", "much",
    "last") are not shared; a question with no word of its own ("when did it happen?")
    leans on the whole answer."""
    first, *rest = _SENTENCE_END.split(text.strip()) or [""]
    if holds.search(first):
        return True
    asked = {stem(w) for w in words(question)
             if w.isalpha() and w not in STOP_WORDS and w not in _ASKED_VERB}
    paragraph = " ".join(passage.split())  # a passage's line breaks are spaces
    return any(holds.search(s) and (not asked or " ".join(s.split()) in paragraph
                                    or asked & {stem(w) for w in words(s)})
               for s in rest)
