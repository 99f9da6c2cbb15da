"""What a question asks of a person's own life, and what an answer must hold to tell it.

A document about what people did in office (who met whom, who signed what) names them
often and tells their lives seldom. "How old is X?", "where was X born?", "where did X
study?", "what party is X in?", "is X married?" all share the person's name with every
sentence about X, so retrieval finds one ("Since 2019 X is ambassador") and it looks
answered. Each of these asks for a kind of fact that a sentence which gives it states in
a small, closed set of English words: an age ("aged", "years old", a number below a
thousand, "born"), a birth ("born", "native of"), an education (a school, a college, a
degree), a party (the word, or a party's name: "Republican", "Labour"), a family
("married", "wife", "son"). A sentence holding none of them does not tell it, whatever
else it shares with the question. The rows are general English, read like those of
``bot.answering.nearmiss.kinds`` (which appends them): (what the question asks, what
the answer must hold, how a reply names what is missing).
"""

from __future__ import annotations

from bot.answering.nearmiss.rows import Row, rows

_SOMEONE = r"(?:[\w.'-]+ ){1,4}?"  # the person asked about, up to four words

PERSONAL: tuple[Row, ...] = rows((
        (r"\bhow old\b|\bwhat age\b|\b(?:his|her|their|\w+'s) age\b|"
         r"^\W*(?:[\w.'-]+ ){1,3}age\W*$",  # and a keyword query: "<name> age"
         # an age word, or a number set off as one ("Ada Berg, 54, is …"): a count of
         # another thing ("11 members") is no age
         r"\b(?:ages?|aged|old|older|born|birth\w*|young\w*|youth|teen\w*|boyhood|"
         r"girlhood|infan\w*|childhood)\b|,\s*\d{1,3}\s*,|\b\d{1,3}(?:-year-old| years? old)\b",
         "an age"),
        (r"\b(?:born|birth ?place|birth ?date|birthday|place of birth|date of birth|"
         r"hometown|native of)\b",
         r"\b(?:born|birth\w*|native|hometown|raised|grew up|(?:son|daughter) of)\b",
         "a birth"),
        (rf"\bwhere did {_SOMEONE}(?:study|go to (?:school|college|university)|graduate)\b|"
         rf"\bwhat (?:university|college|school) did {_SOMEONE}(?:attend|go to|study|"
         r"graduate)\b|\bwhere (?:was|were|is|are) " + _SOMEONE + r"educated\b|"
         r"\balma mater\b|\b(?:what|which) degree (?:did|does|has) " + _SOMEONE
         + r"(?:get|earn|receive|obtain|hold|have)\b",
         r"\b(?:universit\w*|colleges?|schools?|institutes?|academ\w*|polytechnic\w*|"
         r"degrees?|graduat\w*|stud(?:y|ied|ies|ents?)|educat\w*|alumn\w*|doctorate|phd)\b",
         "an education"),
        # a person's party: "what party is X in", "which party does X belong to"
        # ("which party is strongest in …" asks of no one)
        (r"\b(?:what|which) (?:political )?party (?:is|was|are|were|does|did) " + _SOMEONE
         + r"(?:in|from|with|belong(?:s|ed)? to|a member of|affiliated with|represent)\W*$|"
         r"\bparty affiliation\b|\b(?:his|her|their|\w+'s) (?:political )?party\W*$",
         r"\b(?:party|parties|republican\w*|democrat\w*|conservative\w*|liberal\w*|"
         r"labou?r|socialist\w*|communist\w*|green\w*|independent\w*|tor(?:y|ies)|whigs?|"
         r"nationalist\w*|federalist\w*)\b", "a party"),
        # "who is X's wife", "name of his wife" and a keyword query "X wife (name)"
        (r"\b(?:is|was|are|were) " + _SOMEONE + r"married\b|\bwho (?:is|was|are|were) "
         r"(?:[\w.-]+ ){0,3}(?:his|her|their|\w+'s) (?:wife|husband|spouse|children|kids)\b|"
         r"\bname of (?:his|her|their|\w+'s) (?:wife|husband|spouse)\b|"
         r"^\W*(?:[\w.'-]+ ){1,3}(?:wife|husband|spouse)(?:'s)?(?: name)?\W*$|"
         r"\bhow many (?:children|kids) (?:does|did|has|had) ",
         r"\b(?:marri\w*|wife|wives|husbands?|spouses?|widow\w*|children|child|kids?|sons?|"
         r"daughters?|family|families)\b", "a family"),
        # a faith: "what is X's religion" (the family's adjective in a title, "the
        # Minister of Religious Affairs", names an office, not anyone's faith)
        (r"\b(?:what|which) religions? (?:is|was|are|were|do|does|did)\b|"
         r"\b(?:his|her|their|\w+'s) (?:religion|faith)\b|\breligion of\b",
         r"(?-i:\breligio\w*)|\b(?:faiths?|muslims?|islam\w*|christian\w*|orthodox|catholic\w*|"
         r"protestant\w*|jewish|judaism|jews?|buddhis\w*|hindu\w*|atheis\w*|churche?s?|"
         r"mosques?|sunni|shia|believers?)\b", "a religion"),
        # what someone does now, after the document's time: a sentence telling it says so
        (r"^\W*(?:what|where) (?:is|are) " + _SOMEONE + r"(?:(?:doing|working|living)\b.*)?"
         r"\b(?:now|today|these days|nowadays|currently)\W*$",
         r"\b(?:now|nowadays|today|currently|presently|since|still|remains?|became|renamed|"
         r"known as)\b", "the present"),  # what X became is what it is
        # the languages someone speaks
        (r"\b(?:what|which|how many) languages? (?:does|did|do|can|could) " + _SOMEONE
         + r"speak\b|\bspeaks? (?:any )?(?:other |foreign )?languages?\b",
         r"\b(?:languages?|speaks?|spoke|spoken|speaking|fluent\w*|tongues?|bilingual|"
         r"multilingual)\b", "a language"),
        # a measure: "how tall is X" wants a figure ("1.8 m"), not X's office; "how far"
        # a distance, not the date of a meeting there
        (r"\bhow (?:tall|heavy|short|far)\b(?! (?:back|ago|along|into)\b)|"
         r"\bwhat(?:'s|s| is| was) (?:\w+'s |(?:his|her|their) )"
         r"(?:height|weight)\b",
         r"\d\s*(?:m|cm|ft|kg|lbs?|km|mi)\b|\b(?:tall|short|height|heavy|weight|feet|foot|"
         r"inch\w*|\w*met(?:re|er)s?|pounds?|\w*grams?|stones?|miles?|far|distance|near\w*|"
         r"close|away|hours?|minutes?|days?)\b", "a measure"),
        # the one before or after someone: "who replaced X", "X's successor"; a
        # sentence telling it says who came when, one that only names X does not
        (r"\bwho (?:[\w.'-]+ ){0,5}?(?:replaced|succeeded|preceded)\b|"
         r"\b(?:successors?|predecessors?)\b",
         r"\b(?:replac\w*|succe\w*|preced\w*|predecessors?|before|after|former\w*|"
         r"previous\w*|earlier|later|until|took over|appointed|named|elected|became|"
         r"resign\w*|retir\w*|stepped down|left)\b", "the one before or after"),
        # someone's opponent: "who is X's rival", "which party does her opponent belong
        # to"; a sentence telling it says against whom ("how many points did they allow
        # their opponents" asks a count, read elsewhere)
        (r"^(?!\W*how\b).*\b(?:\w+'s|his|her|their) (?:main |chief |political |closest )?"
         r"(?:opponents?|rivals?|challengers?)\b",
         r"\b(?:opponent\w*|rival\w*|challeng\w*|against|versus|vs|defeat\w*|beat\w*|ran|"
         r"running|race|contest\w*|election\w*|compet\w*|fac(?:ed|ing)|lost|won|enem\w*|"
         r"oppos\w*|fought|war\w*|conflict\w*|disput\w*|struggl\w*|feud\w*)\b", "an opponent"),
    ))
