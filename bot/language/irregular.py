"""English irregular verb forms and plurals mapped to their base word ("began" → "begin").

A stemmer strips suffixes; it cannot see that "won" is "win" or "children" is "child", and a
question asks "When did it begin?" of a text that says "it began". Nor that a "chairman",
a "chairwoman" and a "chairmanship" are all of the "chair" a question asks about ("who
chairs the dialogue?" of "under the chairmanship of …", "who is the chairman?" of "its
chair is …"): the gendered compounds of an office or a calling read as its plain word
(``_HOLDERS``). A general table of the language, not of any document.
"""

from __future__ import annotations

# base: past and past-participle forms (space separated; forms equal to the base omitted)
_VERBS = """
arise: arose arisen | awake: awoke awoken | bear: bore borne born | beat: beaten |
become: became | begin: began begun | bend: bent | bet: | bind: bound | bite: bit bitten |
bleed: bled | blow: blew blown | break: broke broken | breed: bred | bring: brought |
build: built | burn: burnt | buy: bought | catch: caught | choose: chose chosen |
cling: clung | come: came | creep: crept | deal: dealt | dig: dug | draw: drew drawn |
dream: dreamt | drink: drank drunk | drive: drove driven | eat: ate eaten | fall: fell fallen |
feed: fed | feel: felt | fight: fought | find: found | flee: fled | fly: flew flown |
forbid: forbade forbidden | forget: forgot forgotten | forgive: forgave forgiven |
freeze: froze frozen | get: got gotten | give: gave given | go: went gone |
grind: ground | grow: grew grown | hang: hung | hear: heard | hide: hid hidden |
hold: held | keep: kept | kneel: knelt | know: knew known | lay: laid | lead: led |
lean: leant | leap: leapt | learn: learnt | leave: left | lend: lent | lie: lay lain |
light: lit | lose: lost | make: made | mean: meant | meet: met | mislead: misled |
overcome: overcame | overtake: overtook overtaken | overthrow: overthrew overthrown |
pay: paid | prove: proven | ride: rode ridden | ring: rang rung | rise: rose risen |
run: ran | say: said | see: saw seen | seek: sought | sell: sold | send: sent |
sew: sewn | shake: shook shaken | shine: shone | shoot: shot | show: shown |
shrink: shrank shrunk | sing: sang sung | sink: sank sunk | sit: sat | sleep: slept |
slide: slid | speak: spoke spoken | speed: sped | spend: spent | spin: spun |
spring: sprang sprung | stand: stood | steal: stole stolen | stick: stuck | sting: stung |
strike: struck stricken | strive: strove striven | swear: swore sworn | sweep: swept |
swim: swam swum | swing: swung | take: took taken | teach: taught | tear: tore torn |
tell: told | think: thought | throw: threw thrown | undergo: underwent undergone |
understand: understood | undertake: undertook undertaken | uphold: upheld |
wake: woke woken | wear: wore worn | weave: wove woven | weep: wept | win: won |
wind: wound | withdraw: withdrew withdrawn | withhold: withheld | write: wrote written |
foresee: foresaw foreseen | mistake: mistook mistaken |
rebuild: rebuilt | retake: retook retaken | rewrite: rewrote rewritten |
outgrow: outgrew outgrown | oversee: oversaw overseen | override: overrode overridden
"""

_NOUNS = """
child: children | man: men | woman: women | person: people | foot: feet | tooth: teeth |
mouse: mice | goose: geese | ox: oxen | criterion: criteria | phenomenon: phenomena |
analysis: analyses | crisis: crises | thesis: theses | hypothesis: hypotheses |
basis: bases | axis: axes | thief: thieves | wife: wives | life: lives | knife: knives |
leaf: leaves | wolf: wolves | half: halves | shelf: shelves
"""

# an office or a calling, and the compounds that name its holder or its tenure
_HOLDERS = """
chair: chairman chairmen chairwoman chairwomen chairperson chairpersons chairmanship
chairmanships | spokesperson: spokesman spokesmen spokeswoman spokeswomen spokespeople
"""


def _table(text: str) -> dict[str, str]:
    """{form: base} from "base: form form | …" lines."""
    table: dict[str, str] = {}
    for entry in text.replace("\n", " ").split("|"):
        base, _, forms = entry.partition(":")
        for form in forms.split():
            table.setdefault(form, base.strip())
    return table


# Forms that are also common words of their own are left out: "found" (to found a city),
# "left" (the side), "saw" and "wound" (nouns), "lay", "lie" and "ground" keep their meanings.
_AMBIGUOUS = frozenset({"found", "left", "saw", "wound", "lay", "ground", "bore", "fell",
                        "bases", "axes", "lives", "leaves", "lit", "born", "rose", "ring"})

BASE_FORMS: dict[str, str] = {form: base for form, base in (
    _table(_VERBS) | _table(_NOUNS) | _table(_HOLDERS)).items()
                              if form not in _AMBIGUOUS}
