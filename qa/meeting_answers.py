"""Answer questions about a meeting as such from its record: `meeting_question(q)` names what a
question asks (where, when, who is X, what was agreed, what X said, ...), and `answer_about(record,
q)` quotes the sentence of the report that answers it, or says None when the question asks
about anything more specific (the answer picker's part).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Container, Sequence

from qa import lexicon as lx
from qa.answer import SENTENCE_KINDS, Answer, counts_since, repeats
from qa.corpus import BYLINE_RE, CREDIT_RE, MONTHS, Paragraph
from qa.question import (Question, asks_earlier, asks_of_next_meeting, asks_whether_it_was, next_meeting_named,
                         said_about)
from qa.summary import (CHAIRED, CONFIRM_VERBS, FULL_DATE_RE, LEAD_DATE_RE, MONTH_ALT, ON_WEEKDAY_RE, OWN_VERBS,
                        SIGNED_DEEDS, VOW_VERBS, WEEKDAYS, MeetingRecord, Participant, Statement, deeds_in, human_day,
                        listed, occasion_names, speaker_of, told_after, topic_matter)
from qa.text import STOPWORDS, fold, soft_equal, term, tokenize, words

_MEETING_WORDS = frozenset(term(w) for w in """meet meeting met hold held take place happen
    happened talks talk visit session sit together they both two minister ministers foreign
    official officials date day week weekday time year month where when latest newest recent current
    currently incumbent present
    last first earliest previous article report side sides countries nations one""".split()) | frozenset(
    term(m) for m in MONTHS)


_AGREE_WORDS_RE = re.compile(r"\bagree(?:d|s|ing|ment|ments)?\b|\bconsensus\b", re.I)
# "What did they vow?": a joint promise, which reports also call an agreement
_SIGN_VERB_RE = re.compile(r"\bsign(?:s|ed)?\b", re.I)
_AGREE_Q_RE = re.compile(r"\bagree(?:s|d|ing)?\b", re.I)
_SIGNED_Q_RE = re.compile(r"\b(?:sign(?:s|ed|ing)?|agreements|deals|pacts|accords|documents)\b", re.I)
_VOW_WORDS_RE = re.compile(r"\b(?:vow|pledge|promise|commit)(?:s|ed|d|ted)?\b", re.I)
# "What did they confirm?", "What did the ministers reaffirm?": what a readout says they confirmed
_CONFIRM_WORDS_RE = re.compile(r"\b(?:re)?(?:confirm|affirm)(?:s|ed)?\b", re.I)
_JOINT_SUBJECT_RE = re.compile(r"\b(?:and|they|both|two)\b", re.I)
# "What did they agree to hold?": the deed's own verb, whose object is the answer
_DEED_VERB_RE = re.compile(r"\b(?:agree|pledge|vow|promise|commit|decide)(?:s|d|ed|ted)? to (?P<verb>[a-z]+)"
                           r"(?: (?P<particle>up|down|off|out|on)\b(?= ?\?|$))?\b", re.I)
_WILL_RE = re.compile(r"\b(?:will|shall|going to)\b", re.I)
# ("What did they speak about?": what they talked about; "What did Wang speak of?" too)
_TOPIC_VERBS_RE = re.compile(r"\b(?:discuss(?:ed|es|ing)?|talk(?:ed|s|ing)?|cover(?:ed)?"
                             r"|(?:speak|spoke|spoken|speaking) (?:about|of)\b)\b", re.I)
_SUMMARY_REQUEST_RE = re.compile(r"^(?:please )?(?:(?:can|could) you )?(?:tell me about|summari[sz]e|sum (?:it )?up|"
                                 r"describe|give me (?:a |the )?summary|(?:a |the )?summary)\b|\bwhat happened\b"
                                 # "How did the talks go?", "How was the meeting?": what came of it
                                 r"|^how (?:did|do|does) (?:the|their|that|this) (?:talks|meeting|call|visit)\b.*\bgo\b"
                                 r"|^how (?:was|were) (?:the|their|that|this) (?:talks|meeting|call|visit)\b",
                                 re.I)
_FROM_RE = re.compile(r"\b(?:is|are|was|were|does|do|did) [\w' -]+ (?:from|come from|hail from)\W*$"
                      # "Which country did Wang represent?": his own
                      r"|^(?:which|what) (?:country|nation|side) (?:does|did|do) [\w' -]+ represent\W*$", re.I)
_FULL_NAME_RE = re.compile(r"\b(?:full|whole|complete|entire) name\b", re.I)
# "What is the name of the Vietnamese minister?", "... of Italy's foreign minister?", "What is the
# Kenyan minister's name?"
_ROLE_NAME_RE = re.compile(r"\bname of (?:the|that|this|[A-Z][\w-]*(?: [A-Z][\w-]*)*['’]s?) (?:[\w-]+ ){0,3}?"
                           r"(?:minister|secretary|counterpart|diplomat|official|envoy)\b"
                           r"|\b(?:minister|secretary|counterpart|diplomat|official|envoy)'s name\b", re.I)
_TITLE_RE = re.compile(r"\b(?:title|position|job|role|post|office|rank)s?\b", re.I)
_REPRESENT_RE = re.compile(r"\brepresent(?:s|ed|ing)?\b|\bwho (?:was|is|were) (?:there )?for\b", re.I)
# "Who wrote the article?", "Who reported the call?": the agency the report is from
_WROTE_RE = re.compile(r"\b(?:wrote|write|writes|reported|published|filed|edited|edits)\b.*"
                       r"\b(?:article|report|story|it|this|that|call|meeting|talks|visit|analysis|piece|column"
                       r"|commentary|feature|op-ed)\b", re.I)
_BY_WHEN_RE = re.compile(r"\s*(?:by|until|till) when\b", re.I)
_BEYOND_RE = re.compile(r"\b(?:also|else|besides|other than|apart from|except)\b", re.I)
# "held talks", "held a video call", "had a phone conversation": a meeting by another name
_HELD_TALKS = r"(?:hold|held|have|had) (?:an? )?(?:[\w-]+ ){0,2}(?:talks|calls?|conversations?|meetings?)"
_MET_RE = re.compile(r"\bwho (?:was|were) (?:there|present)(?=\s*[?.!]*$)"  # "Who was there?": who met
                     r"|\bwho (?:met|meets|attended|was at|were at|took part|shook hands|shakes hands"
                     r"|(?:is|are|was|were) shaking hands|" + _HELD_TALKS + r"|talked|spoke"
                     # (co-chairs are the two who met; one who chaired a meeting of many is one the report names)
                     r"|received|hosted|welcomed|called(?! on)|phoned|co-" + CHAIRED + r")\b"
                     # "Who did Son meet?", "Whom did Holm hold talks with?": the other one (not "Who did
                     # Wang call on?", a courtesy call on someone else)
                     r"|\bwhom? (?:did|does|do|will|has|had) .+? (?:meet|met|" + _HELD_TALKS + r"|talk|speak|host|"
                     r"receive|call(?! on)|phone)\b", re.I)
# "Who were the two foreign ministers?", "Who are the participants?": everyone at the meeting
_PARTICIPANT_NOUNS_RE = re.compile(r"^who (?:are|were) (?:the |both |all )?(?:\w+ ){0,2}(?:ministers|participants|"
                                   r"officials|leaders|delegates|diplomats|sides|countries|parties)\b", re.I)
_TOOK_PART_RE = re.compile(r"\b(?:attend(?:ed|s)?|took part|take part|participat\w*|met|meet|were (?:at|there|in)|"
                           r"held talks|represented)\b", re.I)
# "What was the occasion?", "What event were they attending?", "Why were they in Jakarta?"
_OCCASION_Q_RE = re.compile(r"\boccasions?\b|\bon the (?:sidelines|margins|fringes) of what\b"
                            r"|\b(?:what|which) (?:event|forum|conference|summit|gathering)s?\b"
                            # "Which meeting were they attending?": the event they met at, not their meeting
                            r"|\b(?:what|which) meetings? (?:\w+ ){0,4}?attend(?:ing|ed|s)?\b"
                            r"|^what (?:was|were|is|are) [\w' -]+? doing\b"  # "What were they doing in Jakarta?"
                            r"|^why\b", re.I)  # whatever else "why" asks is not only about the meeting
_TRIP_RE = re.compile(r"\b(?:visits?|trips?|tours?|travels?|stay)\b", re.I)
# "How did they talk?", "How did Ribeiro and Khumalo meet?": by phone, by video or face to face
_MANNER_RE = re.compile(r"^how (?:did|do|does|will|would|were|was) (?:.+ )?(?:talk|speak|meet|confer|communicate"
                        r"|hold (?:\w+ )?talks|held|(?:they|the talks|the meeting) held)"
                        r"(?: (?:in|on|at|last|this) [\w ,.'’-]+)?\W*$", re.I)
# "Did they meet in Jakarta?", "Was the meeting held in 2022?", "Did Son attend?": whether a
# meeting took place as the question describes it, which a record can confirm
# "Did they meet in person?", "Did they talk by phone?": how they met, which a yes/no can settle
_HOW_TALKED_Q_RE = re.compile(r"\b(?:in person|face[ -]to[ -]face|physically|(?:tele)?phone|video|call)\b", re.I)
_TALK_Q_RE = re.compile(r"\b(?:talk|talked|speak|spoke|confer|conferred|call|called|hold|held|have|had)\b", re.I)
_HELD_Q_RE = re.compile(r"\b(?:meet|meets|met|meeting|talks|hold|held|take place|took place|attend(?:s|ed)?"
                        r"|visit(?:s|ed)?)\b", re.I)
_HOST_RE = re.compile(r"\bhost(?:s|ed|ing)?\b", re.I)
_HOSTED_Q_RE = re.compile(r"\b(?:host(?:s|ed)?|received|welcomed)\b", re.I)
_HOST_NOUN_RE = re.compile(r"^who (?:was|is|were) (?:the )?hosts?\b", re.I)
# a report saying who hosted whom: "hosted the talks", "received Menon", not "welcomed the plan"
_HOSTING_RE = re.compile(r"\bhost(?:s|ed|ing)?\b|\b(?:received|receives|welcomed|welcomes) (?:[A-Z]|his |her )")
_MEETINGS_LISTED = frozenset("meetings talks".split())
# "List the meetings", "Show me Wang's meetings", "List all of Son's talks"
_LIST_MEETINGS_RE = re.compile(r"^(?:please )?(?:list|show|give)(?: me)? (?:all |the |all the |all of )?"
                               r"(?:[A-Z][\w-]*(?: [A-Z][\w-]*)*['’]s? )?(?:meetings|talks)\b", re.I)
# "How many countries took part?", "How many ministers attended?": a count of the meeting's sides or people
_HOW_MANY_PARTIES_RE = re.compile(r"^how many (?:foreign )?(?P<noun>countries|nations|sides|parties|ministers|people"
                                  r"|delegations|participants|officials|leaders)\b", re.I)
_SPELLED_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_PRESS_CONFERENCE_RE = re.compile(r"\b(?:press|news) (?:conference|briefing)\b", re.I)
_PRESS_TERMS = frozenset(term(w) for w in "joint press news conference briefing".split())
_COUNT_RE = re.compile(r"\bhow many (?:times|meetings|talks)\b|\bhow often\b", re.I)
# "Who is in the photo?", "Who is pictured?": the people the caption names
_PICTURED_RE = re.compile(r"\bwho (?:is|are|was|were|can be|can you) (?:in|on|shown|pictured|seen|see)\b"
                          r"|\bwho appears?\b", re.I)
# "Who took the photo?", "Whose picture is it?", "Who is the photographer?": the caption's credit
_PHOTOGRAPHER_RE = re.compile(r"\bphotographers?\b|\bphoto credits?\b|\bcredited\b", re.I)
_TOOK_PHOTO_RE = re.compile(r"\bwho (?:took|takes|take|shot|snapped)\b|\bwhose\b|\bby whom\b|\bcredit\b", re.I)
# "What does the photo show?", "Describe the picture", "What is in the photo?": the caption
_CAPTION_Q_RE = re.compile(r"\bwhat (?:does|did|do) (?:the |this |that )?(?:photo|photograph|picture|image)s? "
                           r"(?:show|depict|present)|\bdescribe\b|\bwhat(?:'s| is| was) (?:in|on) (?:the|this|that) "
                           r"(?:photo|photograph|picture|image)|\bcaption\b", re.I)
_PHOTO_WORDS = frozenset(term(w) for w in """photo photos photograph picture pictures image images taken
    take shown show shows pictured depict depicts appear appears seen see describe caption""".split())
# What the sides did at a meeting, as verbs: not "pact" or "deal", which may name which meeting
_DEED_WORDS = frozenset(term(w) for w in "agree agreed sign signed vow vowed pledge pledged confirm confirmed "
                        "reaffirm reaffirmed".split())
_KIND_WORDS = {
    "agreement": _DEED_WORDS | frozenset(term(w) for w in """agreement agreements reach reached promise
        promised commit committed deal deals pact pacts accord accords about document documents""".split()),
    "topics": frozenset(term(w) for w in """discuss discussed talk talked speak spoke cover covered tell summarize
        summarise describe summary happen happened go went else give sum please""".split()),
    "count": frozenset(term(w) for w in "many times meetings there have often list show give all".split()),
    "participants": frozenset(term(w) for w in """attend attended took part whom phone telephone video conversation
        call spoke speak participants leaders delegates diplomats receive received host hosted
        welcome welcomed shake shook shakes hand hands chair chaired co co-chair co-chaired
        take many people countries nations sides parties ministers officials delegations""".split()),
    "held": frozenset(term(w) for w in "attend attended attends took take part place each other".split()),
    "invitation": frozenset(term(w) for w in """invite invited invites invitation visit attend come travel
        extend extended""".split()),
    "credit": frozenset(term(w) for w in """took take taken takes shot snapped whose photographer
        photographers credit credited""".split()),
    "statement": frozenset(term(w) for w in lx.SPEECH_VERBS | {"think", "thought"}),
    "name": frozenset(term(w) for w in "full whole complete entire name".split()),
    "title": frozenset(term(w) for w in """title titles position job role post office rank hold
        holds held""".split()),
    "origin": frozenset(term(w) for w in "come country nation side from hail represent".split()),
    "representative": frozenset(term(w) for w in "represent represented represents for".split()),
    "agency": frozenset(term(w) for w in """agency agencies news wrote write reported published
        filed edited article report story analysis piece column commentary feature""".split()),
    "place": frozenset(term(w) for w in "venue location place city country town site".split()),
    "manner": frozenset(term(w) for w in "speak spoke confer communicate".split()),
    "duration": frozenset(term(w) for w in "long last lasted spend spent speak spoke together".split()),
    "occasion": frozenset(term(w) for w in """occasion occasions event events forum conference summit
        gathering attend attended attending sidelines margins fringes why go went travel travelled
        traveled come came doing""".split()),
}
_MEETING_NOUNS = frozenset("meeting meetings talks visit".split())


def meeting_question(q: Question) -> str | None:
    """Name what a question asks about a meeting as such: "place", "date", "title" (who is X,
    X's position), "name" (X's full name), "origin" (where X is from), "representative" (who represented a country),
    "agency" (who reported it), "statement" (what X said), "participants" (who met),
    "agreement" (what they agreed), "topics" (what they discussed, or "tell me about ..."),
    "occasion" (what brought them together), "photo" (what the photo shows), "manner" (how they
    talked: by phone?), "credit" (who took the photo), "count" (how many meetings), "held" (did
    they meet so: yes or no), "duration" (how long they met), "next" (when, where or whether they
    will meet again) or "next_more" (anything else of a meeting to come); None for anything else."""
    if asks_earlier(q.text):
        return None  # "When did they meet before that?": not this meeting; the report may say
    if asks_of_next_meeting(q.text):
        # "What will they discuss at the next meeting?" is not what they discussed at this one:
        # what the report says of the next one, which may not say
        return "next" if q.expected in ("place", "date", "yesno") or q.wh == "who" and _HOST_RE.search(q.text) \
            else "next_more"
    if q.wh in ("which", "what") and q.focus in _MEETINGS_LISTED and not any(t in _MENTION_WORDS for t in q.terms) \
            or _LIST_MEETINGS_RE.search(q.text):
        return "count"  # "Which meetings were held in 2026?", "List the meetings": all of them, listed
    if asks_kind_of_meeting(q):
        # "What kind of meeting was it?": what brought them together, or how they talked; a visit's
        # kind ("official visit") is the picker's
        return None if q.focus == "visit" else "occasion"
    if asks_which_meeting(q) and not _OCCASION_Q_RE.search(q.text):
        return "date"  # "which meeting was in Indonesia?": the meeting, known by its date
    if _PHOTOGRAPHER_RE.search(q.text) or lx.mentions_photo(q.text) and _TOOK_PHOTO_RE.search(q.text):
        return "credit"
    if lx.mentions_photo(q.text):
        if q.photo_side:
            return None  # "Who is on the right in the photo?": the picker reads where people stand
        if _CAPTION_Q_RE.search(q.text):
            return "photo"
        if _PICTURED_RE.search(q.text):
            return "participants"
    if _COUNT_RE.search(q.text):
        return "count"
    if _SUMMARY_REQUEST_RE.search(q.text):
        return "topics"
    if _MANNER_RE.search(q.text):
        return "manner"
    if _OCCASION_Q_RE.search(q.text) and not _WILL_RE.search(q.text):
        return "occasion"  # (not "Why will Kombos travel to Brussels?": a trip to come, not a meeting's occasion)
    if q.names and _FROM_RE.search(q.text) and q.expected in ("place", "thing"):
        return "origin"  # "Where is Wang Yi from?": their country, not the meeting's place
    if (q.focus in ("countries", "nations") or _HOW_MANY_PARTIES_RE.search(q.text)) and _TOOK_PART_RE.search(q.text):
        return "participants"  # "Which countries attended?": the sides, as the report lists them
    if q.asks_clock:
        return None  # "What time did they meet?": the hour the report may give, not the day
    if q.asks_how_long and _HOW_LONG_MET_RE.search(q.text) and not _WILL_RE.search(q.text):
        return "duration"  # "How long did they talk?", "How long was the meeting?" (not a visit's days)
    if any(t.startswith("invit") for t in q.terms) and (q.expected in ("place", "date", "person") or q.wh == "who"):
        return "invitation"  # "Where was Marsh invited?", "Who invited her?": an invitation the report tells of
    if q.expected in ("place", "date"):
        # "Which province will Keola visit?": what someone will do, not where or when they met;
        # "By when did they pledge ...?": the time a pledge sets, not the meeting's
        # "Where was Marsh invited?": where an invitation is to, not where they met
        return None if _WILL_RE.search(q.text) or _BY_WHEN_RE.match(q.text) or "invit" in q.terms else q.expected
    if _PARTICIPANT_NOUNS_RE.search(q.text):
        return "participants"
    if q.names and (_FULL_NAME_RE.search(q.text) or _ROLE_NAME_RE.search(q.text)):
        return "name"  # "What is Son's full name?", "What is the name of the Vietnamese minister?"
    if q.wh == "who" and _HOST_NOUN_RE.search(q.text):
        return "participants"  # "Who was the host of the meeting in Abu Dhabi?"
    if q.wh == "who" and q.form == "who_be" and q.names or q.names and _TITLE_RE.search(q.text):
        return "title"
    if q.wh == "who" and _REPRESENT_RE.search(q.text) and q.names:
        return "representative"
    if q.focus in ("agency", "agencies") or q.wh == "who" and _WROTE_RE.search(q.text):
        return "agency"
    if q.wh == "what" and _CONFIRM_WORDS_RE.search(q.text) and _JOINT_SUBJECT_RE.search(q.text):
        return "agreement"  # "What did A and B reaffirm?": what both confirmed, not what one said
    if q.expected == "statement" and not lx.WISH_VERBS & set(re.findall(r"[a-z]+", q.text.lower())):
        return "statement"  # "What did Wang Yi say in 2022?": the first thing the report quotes
    if q.wh in ("who", "whom") and _MET_RE.search(q.text) and not _BEYOND_RE.search(q.text):
        # "Who met in Jakarta?", "Who did Son meet?" (not "Who did Lee also meet?": the picker
        # finds "Lee also met with ...")
        return "participants"
    if q.wh in ("which", "what") and (q.focus or "").removesuffix("s") in lx.PERSON_NOUNS \
            and _MET_RE.search(re.sub(rf"^(?:which|what)\b.*?\b{re.escape(q.focus or '')}\b", "who", q.text,
                                      count=1, flags=re.I)) and not _BEYOND_RE.search(q.text):
        return "participants"  # "Which ministers met in June?", "Which minister did Wong meet?"
    if q.wh == "what" and (_AGREE_WORDS_RE.search(q.text) or _VOW_WORDS_RE.search(q.text)
                           or _SIGN_VERB_RE.search(q.text) or _CONFIRM_WORDS_RE.search(q.text)):
        return "agreement"
    if q.wh == "what" and _TOPIC_VERBS_RE.search(q.text):
        # "What will the ministers discuss?" is what is to come, not a meeting's summary
        return None if _WILL_RE.search(q.text) else "topics"
    if q.expected == "yesno" and (_HELD_Q_RE.search(q.text) or asks_whether_it_was(q.text)
                                  or _HOW_TALKED_Q_RE.search(q.text) and _TALK_Q_RE.search(q.text)):
        return "held"
    return None


# "How long did they meet?", "How long was their meeting?", "How long did the call last?"
_HOW_LONG_MET_RE = re.compile(r"\b(?:meet|met|meeting|talk|talked|talks|call|conversation|confer|conferred"
                              r"|speak|spoke|sit down|sat down|session)\b", re.I)
# "about an hour", "nearly two hours", "90 minutes", "a 90-minute meeting", "hour-long talks"
_LENGTH_RE = re.compile(r"\b(?:(?:about|around|nearly|almost|roughly|some|over|more than|less than|just over|"
                        r"just under) )?(?:(?:(?:half )?an?|one|two|three|four|five|six|\d+(?:\.\d+)?|"
                        r"one and a half) (?:hours?|minutes?)\b"
                        r"|(?:\d+|one|two|three|four|five|six|\w+-and-a-half)-(?:hour|minute)\b|hour-long\b)", re.I)


_MENTION_WORDS = frozenset(term(w) for w in """discuss discussed discusses talk talked talks about
    mention mentioned mentions cover covered covers address addressed raise raised bring brought
    up touch touched come came feature featured""".split())


def fits_event_asked(record: MeetingRecord, q: Question) -> bool:
    """Tell whether a meeting's occasion is the kind of event a question asks for ("What summit
    were they attending?" of a meeting ahead of a summit, not during a visit)."""
    if q.focus not in _EVENT_NOUNS:
        return True
    return bool(record.occasion) and term(q.focus) in tokenize(record.occasion)


def asks_to_tell(q: Question) -> bool:
    """Tell whether a question asks to be told about something ("Tell me about X", "What happened
    to X?") rather than for a span."""
    return bool(_SUMMARY_REQUEST_RE.search(q.text))


def asks_remote(q: Question) -> bool | None:
    """Tell whether a question asks of talks by phone or video (True), face to face (False), or
    neither (None)."""
    m = _HOW_TALKED_Q_RE.search(q.text)
    if not m:
        return None
    return not re.match(r"in person|face|physically", m.group(0), re.I)


# "What kind of visit was it?" asks what the visit was like ("official"), not which one it was
_KIND_OF_RE = re.compile(r"^(?:what|which) (?:kind|type|sort|form)s? of\b", re.I)


def asks_kind_of_meeting(q: Question) -> bool:
    """Tell whether a question asks what kind of meeting it was ("What type of talks were they?")."""
    return q.focus in _MEETING_NOUNS and bool(_KIND_OF_RE.search(q.text))


def asks_which_meeting(q: Question) -> bool:
    """Tell whether a question asks which meeting something happened at ("Which meeting ...?")."""
    return q.wh in ("which", "what") and q.focus in _MEETING_NOUNS and not asks_kind_of_meeting(q)


def topic_of(q: Question, known: frozenset[str]) -> tuple[str, ...]:
    """Return the terms of what a "which meetings discussed X?" question asks about: its words
    but those about meetings, about mentioning, and the names of the meetings' people and places
    (`known`, as folded words). Without a verb of mentioning there is no topic: "Which meeting
    were they attending?" asks for the occasion."""
    if not any(t in _MENTION_WORDS for t in q.terms):
        return ()
    return tuple(t for t in q.terms if t not in _MEETING_WORDS and t not in _MENTION_WORDS
                 and t not in known)


_BY_OCCASION_KINDS = frozenset({"place", "date", "participants", "held", "count", "credit", "photo"})
_SIDELINES_RE = re.compile(r"\b(?:sidelines?|margins?) of .+", re.I)


_HOST_TERMS = frozenset(term(w) for w in "host hosts hosted".split())
_TRILATERAL = frozenset(term(w) for w in "trilateral three".split())
_BILATERAL = frozenset(term(w) for w in "bilateral two".split())


def asks_only_about(record: MeetingRecord, q: Question) -> bool:
    """Tell whether every word of a question is the meeting's people or place, or a word about
    meetings as such; a question with any other word asks about something more specific."""
    named = {t for p in record.participants for t in tokenize(p.name)}
    named |= {t for place in (record.city, record.country, *record.sides) if place for t in tokenize(place)}
    kind = meeting_question(q) or ""
    if kind in _BY_OCCASION_KINDS and record.occasion:
        # "When was the ASEAN meeting?", "Who met on the sidelines of the APEC ministerial meeting?":
        # a meeting is known by its occasion, for when, where and who
        named |= occasion_names(record)
        if event := _SIDELINES_RE.search(record.occasion):
            # not "taking office" of "on his first visit to the Gulf since taking office": only an
            # event they met on the sidelines of is named by its every word
            named |= set(tokenize(event.group()))
    # "What did they agree on Monday?" of a meeting held on a Monday
    allowed = _MEETING_WORDS | _KIND_WORDS.get(kind, frozenset()) | {term(WEEKDAYS[record.date.weekday()])}
    if kind in ("place", "date"):
        allowed |= _DEED_WORDS  # "Where did they agree?", "When did they sign?": where and when they met
    if kind == "place":
        allowed |= _HOST_TERMS  # "Which country hosted the talks?": where they were
        if _PRESS_CONFERENCE_RE.search(q.text):
            allowed |= _PRESS_TERMS  # "Where was the press conference?": where they met, and spoke after
    if lx.mentions_photo(q.text):
        allowed |= _PHOTO_WORDS  # "Where was the photo taken?": the meeting's place, as the caption gives it
    if record.remote:
        allowed |= _REMOTE_WORDS[record.remote]  # "What did they discuss on the phone?" of their call
    else:
        allowed |= _IN_PERSON_WORDS  # "Where did they meet in person?" of talks face to face
    # "Who attended the trilateral meeting?" of three, "Who did Wang hold bilateral talks with?" of two
    allowed |= _TRILATERAL if len(record.participants) >= 3 else _BILATERAL
    if kind == "invitation":
        # "Who invited Marsh to Nairobi?", "... in 2027?": the invitation's place and time name it too
        named |= {t for inv in record.invitations for said in (inv.place, inv.time) if said for t in tokenize(said)}
    if kind == "agreement":
        deeds = {t for a in record.agreements for t in tokenize(a)}
        # "What did they agree on Bougainville?": a name one of their deeds holds is of this meeting
        allowed |= {t for t in q.terms if t in deeds and t in {u for w in q.names for u in tokenize(w)}}
        if verb := _DEED_VERB_RE.search(q.text):
            # "What (negotiations) did they agree to launch?": a deed of that verb (on what it names) answers
            allowed |= {t for t in (term(verb["verb"]), term(q.focus or "")) if t in deeds}
    # "Who represented Vietnam?": the country is what the answer's title is matched against.
    countries = kind == "representative"
    by_role = named_by_role(record, q)
    role = _role_terms(by_role) | _GENERIC_ROLE_WORDS if by_role else frozenset()

    # with the words of their other names ("Viet Nam")
    sides = {term(w) for side in record.sides for w in side.split()} | {
        term(w) for alias, side in lx.COUNTRY_ALIASES.items() if side in record.sides for w in alias.split()}

    def known(t: str) -> bool:
        return (t in allowed or t in named or t in role or t.isdigit() or countries and lx.is_demonym(t)
                or lx.country_of(t) in record.sides  # "the UAE" of the "Emirati" minister's meeting
                or any(soft_equal(t, side) for side in sides))  # "vietnames", a people's word as a term

    # "the Australia-Indonesia meeting": a compound of known words is known
    return all(known(t) or "-" in t and all(known(term(p)) for p in t.split("-")) for t in q.terms)


def tells_of_deeds(record: MeetingRecord, q: Question) -> bool:
    """Tell whether any sentence of a meeting's report has a word of agreeing, promising or signing
    (of signing, when the question asks what was signed: an agreement to meet is no paper signed)."""
    deeds = (_SIGN_VERB_RE,) if _SIGN_VERB_RE.search(q.text) else (_AGREE_WORDS_RE, _VOW_WORDS_RE, _SIGN_VERB_RE)
    return any(r.search(sentence) for para in record.article.body for sentence in para.sentences for r in deeds)


def asks_only_whether_met(q: Question, known: Container[str]) -> bool:
    """Tell whether a yes/no question about a meeting has no word but words of meeting, times and
    names `known` (folded) as the records' people, places or sides: a meeting it describes that
    no record fits did not take place, as far as the articles tell ("Did they hold talks on
    trade?" asks more than that)."""
    named = {t for w in q.names if fold(w) in known for t in tokenize(w)}
    allowed = _MEETING_WORDS | _KIND_WORDS["held"] | {term(d) for d in WEEKDAYS}
    return all(t in allowed or t in named or t.isdigit() for t in q.terms)


_IN_PERSON_WORDS = frozenset(term(w) for w in "person face physically personally".split())
# ("When did they speak?" of a call: speaking is all a call is)
_SPOKE_WORDS = "speak spoke spoken speaking confer conferred chat chatted".split()
_REMOTE_WORDS = {
    "phone": frozenset(term(w) for w in ["phone", "telephone", "call", "calls", "conversation", *_SPOKE_WORDS]),
    "video": frozenset(term(w) for w in ["video", "call", "calls", "conference", "link", "online", "virtual",
                                         "virtually", *_SPOKE_WORDS]),
}
_GENERIC_ROLE_WORDS = frozenset(term(w) for w in "side sides counterpart delegation".split())


_TOP_DIPLOMAT_TITLE_RE = re.compile(r"\bforeign (?:minister|secretary|affairs)\b|\bsecretary of state\b", re.I)
_TOP_DIPLOMAT = frozenset(term(w) for w in ("top", "diplomat"))


def _role_terms(p: Participant) -> frozenset[str]:
    """Return the index terms of a participant's title, with the country its demonym names; the
    head of foreign affairs is also the "top diplomat" news calls them."""
    terms = set(tokenize(p.title))
    terms |= {term(w) for c in lx.countries_in(fold(p.title)) for w in c.split()}
    if _TOP_DIPLOMAT_TITLE_RE.search(p.title):
        terms |= _TOP_DIPLOMAT
    return frozenset(terms)


def named_by_role(record: MeetingRecord, q: Question) -> Participant | None:
    """Return the one participant a question names by title ("the Vietnamese foreign minister",
    "the Kenyan side"), or None when it names no one so or fits several."""
    words = {t for t in q.terms if t not in _MEETING_WORDS and t not in _GENERIC_ROLE_WORDS
             and t not in _KIND_WORDS.get(meeting_question(q) or "", frozenset())}
    words |= {term(w) for c in lx.countries_in(fold(" ".join(q.names))) for w in c.split()}
    words -= {t for p in record.participants for t in tokenize(p.name)}
    if not words or any(t.isdigit() for t in words):
        return None
    fits = [p for p in record.participants if p.title and words <= _role_terms(p)]
    return fits[0] if len(fits) == 1 else None


# what the one sentence telling of a meeting beside the report's own can answer
_SIDE_KINDS = frozenset({"place", "date", "title", "name", "participants", "origin", "representative", "manner",
                         "held", "agreement", "statement", "duration"})


def answer_about(record: MeetingRecord, q: Question, given: tuple[str, ...] = ()) -> Answer | None:
    """Answer a question of the kind `meeting_question` names from the meeting's record,
    quoting the sentence of the report that says so; None when the question asks about
    anything more specific, or the report does not say. An agreement or statement question
    asked again ("What else?") gets the next one past those `given`."""
    kind = meeting_question(q)
    if kind == "agency" and asks_only_about(record, q):
        # every news report has one, meeting or not; "Which agency reported it?" asks for the
        # agency, "Who wrote the report?" for its writer
        return _agency_answer(record, writer=q.focus not in ("agency", "agencies"),
                              edited=bool(_EDITED_RE.search(q.text)))  # the kind is known: no need to ask again
    if not record.is_meeting or kind not in ("place", "date", "title", "name", "agreement", "participants",
                                             "statement", "origin", "representative", "occasion", "photo",
                                             "manner", "held", "credit", "invitation", "duration"):
        return None
    if record.is_side and kind not in _SIDE_KINDS and not (kind == "occasion" and record.occasion):
        # the photo and its credit are of the report's own meeting, and so is the occasion, unless
        # it is a gathering every meeting of that day and place was held at
        return None
    topic = said_about(q) if kind == "statement" else ()
    if topic:
        # "What did Wang Yi say about trade?": the rest of the question must be about the meeting.
        rest = dataclasses.replace(q, terms=tuple(t for t in q.terms if t not in topic),
                                   names=tuple(w for w in q.names if not set(topic).intersection(tokenize(w))))
        return _statement_about(record, rest, topic) if asks_only_about(record, rest) else None
    if kind == "held":
        return _held_answer(record, q)
    if not asks_only_about(record, q):
        return None
    if kind in ("origin", "representative"):
        return _nationality_answer(record, q, kind)
    if kind == "invitation":
        return _invitation_answer(record, q)
    if kind == "duration":
        return _duration_answer(record)
    if kind == "participants":
        return _participants_answer(record, q)
    if kind == "photo":
        caption = record.article.caption
        if caption is None:
            return None
        sentence = next((t for t in caption.sentences if not CREDIT_RE.fullmatch(t.strip())), caption.sentences[0])
        return _span_answer(record, caption, sentence, 0, "caption", len(sentence))
    if kind == "credit":
        caption = record.article.caption
        credit = caption.credit if caption else None
        sentence = next((t for t in caption.sentences if credit in t), None) if caption and credit else None
        return _span_answer(record, caption, sentence, sentence.rfind(credit), "person", len(credit)) \
            if sentence else None
    if kind == "statement":
        return _statement_answer(record, q, given)
    if kind == "name":
        named = _named(record, q)
        return _quote(record, named[0].name, kind="person") if len(named) == 1 else None
    if kind == "title":
        asked = {t for t in q.terms if t not in _MEETING_WORDS and t not in _KIND_WORDS["title"]}
        # "What is Prince Faisal's title?": a name's words, or with some of the title written before it
        person = next((p for p in record.participants if asked & set(tokenize(p.name))
                       and asked <= set(tokenize(p.name)) | set(tokenize(p.title))), None)
        if person is None and (by_role := named_by_role(record, q)):
            return _quote(record, by_role.name, kind="person")  # "Who is the Kenyan foreign minister?"
        if person and not person.title:
            return _group_of(record, person)
        if not person:
            return None
        title = person.title.split()
        while len(title) > 1 and set(tokenize(title[-1])) <= asked:
            title.pop()  # the question's own "Prince" tells nothing new
        return _quote(record, " ".join(title), kind="title")
    if kind == "agreement":
        if _VOW_WORDS_RE.search(q.text) and not any(a.startswith(VOW_VERBS) for a in record.agreements) \
                and (pledged := _pledged_by(record, q, given)):
            return pledged  # "What did Japan pledge?" of "A met with B ... and pledged $1.2 billion in loans"
        agreed = _agreed_by(record, q, [a for a in record.agreements if not repeats(a, given)])
        # "What did A and B agree on Bougainville?": the deed that names it first (not "China" of
        # "What did China and Vietnam agree?", the sides)
        asked = {t for w in q.names if not lx.country_of(w) for t in tokenize(w)} - {
            t for p in record.participants for t in tokenize(p.name)}
        promise = _deed_asked(q, sorted(agreed, key=lambda a: not asked & set(tokenize(a))))
        if promise is None and _VOW_WORDS_RE.search(q.text):
            return _pledge_said(record, q, given)
        return _quote(record, promise, kind="agreement", anywhere=True) if promise else None
    if kind == "date" and record.occasion and not record.is_side and _WHICH_MEETING_IT_RE.match(q.text):
        kind = "occasion"  # "Which meeting was it?" of talks on the sidelines of a named meeting: that meeting
    if kind == "occasion" and record.remote and asks_kind_of_meeting(q):
        kind = "manner"  # "What kind of talks were they?" of a call: a phone call
    if kind == "occasion":
        if not record.occasion or q.wh == "why" and _VISIT_TERMS & set(q.terms) and _TRIP_RE.search(record.occasion):
            # "Why did Santos visit?", "Why is she touring Asia?" ask the reason for a visit, which is not
            # "on her first visit to Vietnam" ("Why was she in Hanoi?" is answered by the visit)
            return None
        event = _AROUND_EVENT_RE.sub("", record.occasion)
        # a gathering that a meeting told of beside the report's own was held at: the report names it
        told = record.article.paragraphs if record.is_side else None
        if q.focus in _EVENT_NOUNS and event != record.occasion and not asks_kind_of_meeting(q):
            # "Which meeting were they attending?": the event itself, not "on the sidelines of" it
            return _quote(record, event, kind="occasion", anywhere=True, paragraphs=told)
        return _quote(record, record.occasion, kind="occasion", anywhere=True, paragraphs=told)
    if kind == "manner":
        # only a call says how they talked; a report of talks face to face rarely says "in person"
        return _quote_match(record, _REMOTE_PHRASE_RE, kind="manner") if record.remote else _met_answer(record)
    if kind == "place" and record.remote and not q.asks_photo:
        # "Where did they meet?" of talks by phone: they met nowhere; the report says how they talked
        return _quote_match(record, _REMOTE_PHRASE_RE, kind="place")
    if kind == "place":
        asked = {fold(w) for w in q.names}
        wants_country = q.focus in ("country", "countries", "nation") or (
            record.city and fold(record.city) in asked)
        place = record.country if wants_country or not record.city else record.city  # (a country alone: "Japan")
        if not place or fold(place) in asked:
            return None  # the question already names it
        # "Where did Lee meet Abenov?" of "Lee also met with Kazakh President Serik Abenov": the
        # place of the report's meeting, where the report puts it
        found = _quote(record, place, kind="place") or (
            _quote(dataclasses.replace(record, told_in=None), place, kind="place") if record.is_side else None)
        if found and found.text != place and not record.is_side:
            # "LISBON" of the dateline: as the report writes it elsewhere, "in Lisbon, Portugal"
            found = _quote(record, place, kind="place", anywhere=True) or found
        return found
    if record.is_side:
        if said := _side_time(record):
            return said  # "the same day", "A day earlier"
        record = dataclasses.replace(record, told_in=None)  # the day of the report's meeting, as it gives it
    if q.focus in ("day", "weekday") and "week" in q.text.lower() or q.focus == "weekday":
        return _quote(record, WEEKDAYS[record.date.weekday()], kind="date") if (
            record.weekday_confirmed) else None
    caption = record.article.caption
    found = FULL_DATE_RE.search(caption.text) if caption and record.date_source == "caption" else None
    if found and q.focus in ("year", "years", "month", "months"):
        # "What year did they meet?": the year of the date, not the whole date
        part = "year" if q.focus.startswith("year") else "month"
        sentence = next(t for t in caption.sentences if found.group() in t)
        at = sentence.index(found.group()) + found.start(part) - found.start()
        return _span_answer(record, caption, sentence, at, "date", len(found.group(part)))
    if found:
        # (a caption written under the report is no opening paragraph)
        return _quote(record, found.group(), kind="date") or _quote(record, found.group(), kind="date",
                                                                      paragraphs=(caption,))
    if record.date_source == "lead" and (m := LEAD_DATE_RE.search(record.article.body[0].sentences[0])):
        body = record.article.body[0]
        return _span_answer(record, body, body.sentences[0], m.start("date"), "date", len(m["date"]))
    if record.date_source == "weekday" and (m := ON_WEEKDAY_RE.search(record.article.body[0].sentences[0])):
        body = record.article.body[0]  # "... met in Cairo on Tuesday": the day the report gives
        return _span_answer(record, body, body.sentences[0], m.start("day"), "date", len(m["day"]))
    if record.date_source in ("today", "yesterday"):
        return _quote(record, record.date_source, kind="date")  # the source line gives the report's date
    lead = next((p for p in record.article.paragraphs if p.dateline), None)
    if lead and lead.dateline.month and lead.dateline.day:
        # "JAKARTA, July 13", or "KUALA LUMPUR, 3 March" as British agencies write it
        m = re.search(rf"\b(?:(?:{MONTH_ALT})\.? {lead.dateline.day}|{lead.dateline.day} (?:{MONTH_ALT}))\b",
                      lead.sentences[0])
        if m:
            return _span_answer(record, lead, lead.sentences[0], m.start(), "date", m.end() - m.start())
    return None


def _held_answer(record: MeetingRecord, q: Question) -> Answer | None:
    """Confirm that a meeting took place as a yes/no question describes it, quoting the sentence
    of the opening or the caption that shows it best (its people, place, date and a verb of
    meeting); of a choice ("in Nairobi or Lima?"), quote the one alternative that fits. None when
    the record does not fit, as when a number the question names is neither its year nor its day."""
    if any(t.isdigit() and t not in (str(record.date.year), str(record.date.day)) for t in q.terms):
        return None  # "Did they meet on July 14?" of the meeting of 13 July
    how = _HOW_TALKED_Q_RE.search(q.text)
    if how and not q.alternatives:
        # "Did they meet in person?" of a call: no, and the sentence that says how they talked
        rest = _without(q, how.group())
        if not asks_only_about(record, dataclasses.replace(rest, terms=tuple(
                t for t in rest.terms if t not in _KIND_WORDS["participants"]))):
            return None
        in_person = not re.search(r"phone|video|call", how.group(), re.I)
        if record.remote:
            remote = _quote_match(record, _REMOTE_PHRASE_RE, kind="remote")
            if remote is None:
                return None
            sentence = remote.sentence
            return _span_answer(record, remote.paragraph, sentence, 0, "remote" if in_person else "confirmed",
                                len(sentence))
        return _met_answer(record)  # in person, which "Did they talk by phone?" is answered with too
    if q.alternatives:
        fitting = [alt for alt, other in (q.alternatives, q.alternatives[::-1])
                   if asks_only_about(record, _without(q, other))]
        chosen = " ".join(w for w in fitting[0].split() if w.lower() not in STOPWORDS) if len(fitting) == 1 else ""
        return _quote(record, chosen, kind="choice") if chosen else None
    places = [w for w in (record.city, record.country) if w]
    where = {fold(w) for p in places for w in p.split()} | {lx.country_of(p) for p in places} - {None}
    # "Is this Ward's first visit?": which visit or meeting of someone's it is (not "the fifth session")
    nth = asked["nth"].lower() if (asked := _ORDINAL_ASKED_RE.search(q.text)) and _TIMES_NOUNS & set(q.terms) \
        else None
    if not asks_only_about(record, q):
        # "Is this the first visit by a Mexican foreign minister in a decade?": a sentence saying
        # which of its kind it is, with every other word the question has
        return _ordinal_said(record, q, covering=True) or (
            _been_before(record, q, first=nth == "first", covering=True) if nth else None)
    if not all(w in where or lx.country_of(w) in where for w in places_named(q)):
        return None  # "Did Wang Yi visit Vietnam?" of their meeting in Myanmar, Vietnam being a side
    counted = _ordinal_said(record, q)
    if counted:
        return counted  # "Is this Keola's first visit?" of "his second since becoming foreign minister"
    if nth:
        # "Is this Ward's first visit to Reyl?" of "Ward, who last visited Reyl in 2019, ...": no, not
        # the first (of another ordinal the sentence cannot say); a meeting's sentence says neither
        return _been_before(record, q, first=nth == "first")
    if record.is_side:
        told = _telling(record)
        return _span_answer(record, *told[0], 0, "confirmed", len(told[0][1])) if told else None
    caption = record.article.caption
    body = [p for p in record.article.paragraphs[:4] if p is not caption]
    best, best_score = None, 0
    for para in body + ([caption] if caption else []):
        for sentence in para.sentences:
            score = sum(any(_find_word(sentence, a, True) >= 0 for a in p.aliases) for p in record.participants)
            score += sum(_find_word(sentence, w, False) >= 0 for w in places)
            score += bool(FULL_DATE_RE.search(sentence)) + bool(_HELD_Q_RE.search(sentence))
            if score > best_score:
                best, best_score = (para, sentence), score
    if best is None:
        return None
    para, sentence = best
    # "Did they meet?" of a phone call: they talked, but not in person
    kind = "remote" if record.remote and re.search(r"\b(?:meet|met|meeting)\b", q.text, re.I) else "confirmed"
    return _span_answer(record, para, sentence, 0, kind, len(sentence))


# "his second", "her first", "the third visit": which time of its kind the report says this is
_ORDINAL_ALT = "|".join(sorted(lx.ORDINAL_WORDS))
# (of a visit or meeting, or one left unsaid as in "his second since 2019"; not "its first meeting"
# of a body, "the seventh Lancang-Mekong ... Meeting", an ordinal of a name, nor "the second half")
_ORDINAL_SAID_RE = re.compile(rf"\b(?i:his|her|their|the) (?P<nth>(?i:{_ORDINAL_ALT}))"
                              r"(?:(?: [a-z-]+){0,2} (?:visits?|trips?|meetings?|talks|tours?|calls?|encounters?)\b"
                              r"| (?:since|to|in|as|this|by|for|of|ever|abroad|overseas|here)\b|[,.;]|$)")
_ORDINAL_ASKED_RE = re.compile(rf"\b(?P<nth>{_ORDINAL_ALT})\b", re.I)
_TIMES_NOUNS = frozenset(term(w) for w in "visit trip meeting talks tour call".split())


# "who last visited Reyl in 2019", "The two ministers previously met in April": a time before this
# one, of a visit or of a meeting as the question asks
_BEFORE = r"\b(?:last|previously|earlier|already|had|first) "
_VISITED_BEFORE_RE = re.compile(_BEFORE + r"(?:visited|been to|travell?ed to|came to)\b", re.I)
_MET_BEFORE_RE = re.compile(_BEFORE + r"(?:met|held talks|talked|spoke)\b", re.I)
_VISIT_TERMS = frozenset(term(w) for w in "visit trip tour".split())


def _been_before(record: MeetingRecord, q: Question, first: bool, covering: bool = False) -> Answer | None:
    """Answer "Is this X's first visit?" from a sentence of the report that tells of an earlier one
    by someone the question names (or by either side): "denied" when asked of the first, else only
    the sentence ("yesno"); None when the report tells of none. `covering`: only of someone named,
    in a sentence with every other word of the question."""
    asked = [p for p in record.participants if any(fold(a) in {fold(w) for w in q.names} for a in p.aliases)]
    if covering and not asked:
        return None
    rest = set(q.terms) - _TIMES_NOUNS - {term(w) for w in lx.ORDINAL_WORDS} - {
        t for p in asked for a in p.aliases for t in tokenize(a)}
    told_before = _VISITED_BEFORE_RE if _VISIT_TERMS & set(q.terms) else _MET_BEFORE_RE
    for para in record.article.body:
        for sentence in para.sentences:
            if covering and not rest <= set(tokenize(sentence)):
                continue  # "Is this her first visit to the docks?" of "who last visited Reyl"
            if told_before.search(sentence) and any(_find_word(sentence, a, True) >= 0
                                                    for p in asked or record.participants for a in p.aliases):
                return _span_answer(record, para, sentence, 0, "denied" if first else "yesno", len(sentence))
    return None


def _ordinal_said(record: MeetingRecord, q: Question, covering: bool = False) -> Answer | None:
    """Answer "Is this X's first visit?" from a sentence of the report that says which visit
    (or meeting, or trip) it is: "denied" when it says another ordinal, "confirmed" when the same;
    `covering`: only a sentence with every other word of the question."""
    asked = _ORDINAL_ASKED_RE.search(q.text)
    if not asked:
        return None
    nouns = _TIMES_NOUNS.intersection(q.terms)
    rest = set(q.terms) - nouns - {term(asked["nth"])}
    for para in record.article.body:
        for sentence in para.sentences:
            said = _ORDINAL_SAID_RE.search(sentence)
            terms = set(tokenize(sentence))
            if said and nouns & terms and not (covering and not rest <= terms):
                same = said["nth"].lower() == asked["nth"].lower()
                kind = "confirmed" if same else "denied"
                if "since" not in q.text.lower() and counts_since(sentence, said.end()) \
                        and (same or asked["nth"].lower() != "first"):
                    # "her first to Africa since taking office" may be neither her first visit ever
                    # nor her second; "his second since 2019" is no first one
                    kind = "yesno"
                return _span_answer(record, para, sentence, 0, kind, len(sentence))
    return None


def held_as(record: MeetingRecord) -> str:
    """Say who met, when and where, as a record has it: "the meeting of A and B was on Thursday,
    13 July 2023, in Jakarta, Indonesia"."""
    # the weekday only of a date the report gives, not of the publication date it stands in for
    day = (f"{WEEKDAYS[record.date.weekday()].capitalize()}, " if record.date_source != "publication" else "") \
        + human_day(record.date)
    where = f", in {record.place}" if record.place else ""
    return f"the meeting of {listed([p.name for p in record.participants])} was on {day}{where}"


_NEXT_WORDS = frozenset(term(w) for w in """next again following upcoming round rounds consultations host
    hosts hosted dialogue summit""".split())


def asks_only_of_next(record: MeetingRecord, q: Question) -> bool:
    """Tell whether every word of a question about a meeting to come is about meetings, names the
    meeting's people or places, or is in the sentence telling of the next one: "Where will the
    high-level meeting be held?" asks of some other meeting when that sentence has no "high-level"."""
    known = _MEETING_WORDS | _NEXT_WORDS | {term(w) for w in record.party_words}
    known |= {t for p in record.participants for t in tokenize(p.name)}
    known |= {t for place in (record.city, record.country) if place for t in tokenize(place)}
    known |= {t for sentence in record.next_meetings for t in tokenize(sentence)}
    return all(t in known or "-" in t and all(term(p) in known for p in t.split("-")) for t in q.terms)


def said_of_next(record: MeetingRecord, q: Question) -> bool:
    """Tell whether the sentence telling of the next meeting has what a question asks of it beyond
    meeting it, who and where: "What will the next round focus on?" of "... will focus on ...",
    not "Who will attend the next meeting?" of "They agreed to hold the next meeting in Oslo"."""
    plain = _MEETING_WORDS | _NEXT_WORDS | {term(w) for w in record.party_words}
    plain |= {t for p in record.participants for t in tokenize(p.name)}
    own = {t for t in q.terms if t not in plain}
    return bool(own) and own <= set(tokenize(next_sentence(record, q) or ""))


def next_sentence(record: MeetingRecord, q: Question) -> str | None:
    """Return the sentence of a report telling of a meeting to come that has most of a question's
    words: "When will the next trilateral meeting be held?" of "... would host the next trilateral
    summit in Busan" and "The next trilateral foreign ministers' meeting will be held in 2027" is
    the latter: first one naming the kind of meeting the question names, then by words shared; on
    a tie, the first."""
    asked = set(q.terms)
    kind = set(tokenize(named.split()[-1])) if (named := next_meeting_named(q.text)) else set()
    return max(record.next_meetings, default=record.next_meeting,
               key=lambda s: (kind <= set(tokenize(s)), len(asked.intersection(tokenize(s)))))


def next_meeting_answer(record: MeetingRecord, q: Question) -> Answer | None:
    """Quote the sentence of a report that tells of the sides' next meeting: as a yes ("confirmed")
    when a yes/no question asks only whether they will meet again, else whole (kind "next", or
    "yesno" for a yes/no question it may not bear out: "Will they meet again in Warsaw?"); None
    when the report tells of none."""
    sentence = next_sentence(record, q)
    para = next((p for p in record.article.paragraphs if sentence in p.sentences), None) if sentence else None
    if sentence is None or para is None:
        return None
    kind = "next"
    if q.expected == "yesno":
        # as index terms, which the question's are: "philippines" is "philippin"
        names = {term(w) for w in record.party_words} | {t for p in record.participants for t in tokenize(p.name)}
        only_whether = not places_named(q) and all(
            t in _MEETING_WORDS or t in _KIND_WORDS["held"] or t in names for t in q.terms)
        kind = "confirmed" if only_whether else "yesno"
    return _span_answer(record, para, sentence, 0, kind, len(sentence))


def plan_answer(record: MeetingRecord, q: Question, ahead: bool) -> Answer | None:
    """Answer of the meeting to come a report of none held tells of: of a question `ahead`, when
    or where it is to be, whom one of them is to meet, or yes ("confirmed", or "yesno" when it
    names a place the report does not give); of one of a meeting held, its sentence as "planned"
    (not yet); None when it asks nothing of those."""
    plan = record.plan
    if plan is None:
        return None
    para = next((p for p in record.article.paragraphs if plan.sentence in p.sentences), None)
    if para is None:
        return None
    if not ahead:
        return _span_answer(record, para, plan.sentence, 0, "planned", len(plan.sentence))
    if q.expected == "yesno":
        # "Will they meet in Delhi?" of a plan to meet in Dhaka, filed from New Delhi: no yes
        kind = "confirmed" if places_named(q) <= {fold(w) for w in (plan.place or "").split()} else "yesno"
        return _span_answer(record, para, plan.sentence, 0, kind, len(plan.sentence))
    if q.expected == "date" and plan.time:
        return _quote(record, plan.time, "date")
    if q.expected == "place" and plan.place:
        return _quote(record, plan.place, "place")
    if q.wh == "who":
        asked = {fold(w) for w in q.names}
        other = [p for p in plan.participants if not asked.intersection(fold(a) for a in p.aliases)]
        if not asked or len(other) != 1:
            return None
        # as the plan's sentence names them: "Chilean Foreign Minister Ana Soto", "Wang" of "Wang will hold talks"
        p = other[0]
        for said in (f"{p.title} {p.name}" if p.title and not p.title.endswith("counterpart") else None,
                     p.name, *p.aliases):
            if said and (at := _find_word(plan.sentence, said, True)) >= 0:
                return _span_answer(record, para, plan.sentence, at, "person", len(said))
        return _quote(record, p.name, "person")
    return None


# "in Kenya", "to the Philippines", "visit Vietnam": where, not who
_AT_PLACE_RE = re.compile(r"\b(?:in|at|from|to|visit(?:s|ed|ing)?)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def places_named(q: Question) -> set[str]:
    """Return the folded words of the names a question gives as where ("in Kenya", "visit Vietnam")."""
    return {fold(w) for m in _AT_PLACE_RE.finditer(q.text) for w in m.group(1).split()}


def _without(q: Question, phrase: str) -> Question:
    """Return a question without the words of one phrase of it ("or Lima")."""
    dropped = set(tokenize(phrase))
    return dataclasses.replace(q, terms=tuple(t for t in q.terms if t not in dropped),
                               names=tuple(w for w in q.names if not dropped.intersection(tokenize(w))),
                               alternatives=())


def _named(record: MeetingRecord, q: Question) -> list[Participant]:
    """Return the participants the question names by any of their aliases, or by title."""
    asked = {fold(w) for w in q.names}
    found = [p for p in record.participants if any(fold(a) in asked for a in p.aliases)]
    by_role = named_by_role(record, q) if not found else None
    return [by_role] if by_role else found


def _nationality_answer(record: MeetingRecord, q: Question, kind: str) -> Answer | None:
    """Answer where a participant is from (the demonym or country in their title), or who
    represented a country (the participant whose title names it)."""
    if kind == "origin":
        for p in _named(record, q):
            # "Russia's Foreign Minister": the country, without its "'s"
            words = [w[:-2] if w.endswith(("'s", "’s")) and lx.country_of(w[:-2]) else w for w in p.title.split()]
            # "South African", "Sri Lankan": a demonym of two words, which neither word is alone
            pair = next((k for k in range(len(words) - 1) if lx.is_demonym(f"{words[k]} {words[k + 1]}")), None)
            at = pair + 1 if pair is not None else next(
                (k for k, w in enumerate(words) if lx.is_demonym(w) or lx.country_of(w) == w.lower()), None)
            if at is not None:  # quoted where the title names the person, from the demonym on
                start = pair if pair is not None else at - 1 if at and words[at - 1].lower() in lx.COMPASS else at
                word = " ".join(words[start:at + 1])
                found = _quote(record, p.mention[p.mention.index(word):], kind="place", length=len(word))
                office = p.title[:p.title.index(word) + len(word)]
                if found is None and office != word:
                    # "Ambassador of Kenya to Sweden, Peter Mwangi": the office and the name apart
                    found = next((_span_answer(record, para, sentence, pos + len(office) - len(word), "place",
                                               len(word)) for para, sentence in _telling(record)
                                  if (pos := sentence.find(office)) >= 0), None)
                return found
        return None
    asked = set(lx.countries_in(fold(" ".join(q.names))))
    for p in record.participants:
        if asked.intersection(lx.countries_in(p.title)):
            return _quote(record, p.name, kind="person")
    return None


_SIGNOFF_PART_RE = re.compile(r"\b(?:Additional )?([Rr]eporting|[Ww]riting|[Ee]diting) by ([^;()]+?)\.?(?:;|\)|$)")
_EDITED_RE = re.compile(r"\bedit(?:ed|s)?\b", re.I)


def asks_editor(q: Question) -> bool:
    """Tell whether a question about who made a report asks who edited it."""
    return meeting_question(q) == "agency" and bool(_EDITED_RE.search(q.text))


def _agency_answer(record: MeetingRecord, writer: bool = True, edited: bool = False) -> Answer | None:
    """Quote who wrote the report, as its byline names them (with `writer`; who edited it, with
    `edited`), or the news agency its dateline names."""
    byline = record.article.byline if writer else None
    if byline and not edited and (m := BYLINE_RE.fullmatch(byline.text.strip())):
        return _span_answer(record, byline, byline.sentences[0], byline.sentences[0].find(m["name"]), "person",
                            len(m["name"]))
    if byline and (parts := _SIGNOFF_PART_RE.findall(byline.text)):
        # the writer, else the reporters, of "(Reporting by A in Cairo; Writing by B; Editing by C)";
        # the editor only when asked for
        role, name = next((part for part in parts if part[0].lower() == ("editing" if edited else "writing")),
                          parts[0])
        if edited and role.lower() != "editing":
            return None
        sentence = next(t for t in byline.sentences if name in t)
        return _span_answer(record, byline, sentence, sentence.find(name), "person", len(name))
    lead = next((p for p in record.article.paragraphs if p.dateline and p.dateline.agency), None)
    if lead is None or edited:
        return None  # an agency names no editor
    sentence = lead.sentences[0]
    at = _find_word(sentence, lead.dateline.agency, True)
    return _span_answer(record, lead, sentence, at, "name", len(lead.dateline.agency)) if at >= 0 else None


def _statement_answer(record: MeetingRecord, q: Question, given: tuple[str, ...] = ()) -> Answer | None:
    """Quote the first thing the report has the named participant (or anyone) say, past
    those `given`."""
    asked = {fold(w) for w in q.names}
    speakers = {p.name for p in _named(record, q)}
    if asked and not speakers:
        return None  # someone who is not at the meeting: the picker's question
    theirs = [s for s in record.statements if (not speakers or s.speaker in speakers) and not repeats(s.text, given)]
    if not theirs:
        return None
    # "What did Wong note?" of "Wong said she welcomed ... and noted that China ...": what follows
    # that verb, which the picker finds, not the first thing she said
    verbs = speech_verbs_asked(q)
    if verbs and any(verbs & set(tokenize(s.sentence)) for s in theirs):
        return next((_statement_quote(record, s) for s in theirs if verbs & set(tokenize(_before(s)))), None)
    # "What did Anutin tell reporters?": what he told them, not the first thing he said
    heard = set(q.terms) - {t for w in q.names for t in tokenize(w)} - {term("tell")} \
        if term("tell") in q.terms else set()
    told = [s for s in theirs if heard and {term("tell"), *heard} <= set(tokenize(s.sentence))]
    return _statement_quote(record, (told or theirs)[0])


# the verbs that ask what someone said at all, not in one way
_PLAIN_SPEECH = frozenset(term(w) for w in "say said says tell told state stated".split())


def speech_verbs_asked(q: Question) -> set[str]:
    """Return the terms of the verbs of speech a question asks of besides saying ("stress" of
    "What did Abdelatty stress?")."""
    return {term(w) for w in re.findall(r"[a-z]+", q.text.lower()) if w in lx.SPEECH_VERBS} - _PLAIN_SPEECH


def _before(said: Statement) -> str:
    """Return the last few words of a statement's sentence before what was said ("Wong noted that")."""
    return " ".join(said.sentence[:said.sentence.index(said.text)].split()[-3:])


_PLEDGED_RE = re.compile(r"\b(?:will|would|shall)\b", re.I)


# "pledged $1.2 billion in loans for ...": what one side pledged, said as the verb's object
_PLEDGED_OBJECT_RE = re.compile(r"\b(?:pledged|promised|offered)\s+(?!to\b|that\b)(?P<what>[^;]+?)[.;]?$")


def _pledged_by(record: MeetingRecord, q: Question, given: tuple[str, ...]) -> Answer | None:
    """Quote what a participant the question names (or any, when it names none) pledged in a
    sentence of the report that has them pledge: the first participant it names before the verb
    ("A met with B ... and pledged ..." is A's pledge)."""
    people = _named(record, q) or ([] if q.names else list(record.participants))
    for para, sentence in _telling(record, True):
        if not (m := _PLEDGED_OBJECT_RE.search(sentence)) or repeats(m["what"], given):
            continue
        said = [fold(t.text) for t in words(sentence[:m.start()])]
        at = {p.name: min((said.index(fold(a)) for a in p.aliases if fold(a) in said), default=len(said))
              for p in record.participants}
        first = min(record.participants, key=lambda p: at[p.name], default=None)
        if first in people and at[first.name] < len(said):
            return _span_answer(record, para, sentence, m.start("what"), "agreement", len(m["what"]))
    return None


def _pledge_said(record: MeetingRecord, q: Question, given: tuple[str, ...]) -> Answer | None:
    """Quote what the one participant a question names said they or their country will do, for
    "What did Mwinyi promise?" of "Mwinyi said Tanzania would reduce ..."; None for anyone else."""
    named = _named(record, q)
    if len(named) != 1:
        return None
    said = next((s for s in record.statements if s.speaker == named[0].name and _PLEDGED_RE.search(s.text)
                 and not repeats(s.text, given)), None)
    return _statement_quote(record, said) if said else None


def _statement_about(record: MeetingRecord, q: Question, topic: tuple[str, ...]) -> Answer | None:
    """Quote what the named participant (or anyone) said in the sentence that covers most of
    a topic, beyond the meeting's own people and countries; None when no statement covers half."""
    asked = {fold(w) for w in q.names}
    speakers = {p.name for p in _named(record, q)}
    if asked and not speakers:
        return None
    # "China" in "the South China Sea" is in every sentence of a China-Vietnam report.
    own = {t for p in record.participants for t in tokenize(p.name)} | {
        t for side in record.sides for t in tokenize(side)}
    core = set(topic) - own or set(topic)
    best, best_cover = None, 0.5 - 1e-9
    for said in record.statements:
        if speakers and said.speaker not in speakers:
            continue
        cover = len(core & set(tokenize(said.sentence))) / len(core)
        if cover > best_cover:
            best, best_cover = said, cover
    return _statement_quote(record, best) if best else None


def _statement_quote(record: MeetingRecord, said: Statement) -> Answer:
    """Quote a statement of the record where its sentence stands in the report."""
    para = next(p for p in record.article.paragraphs if said.sentence in p.text)
    return _span_answer(record, para, said.sentence, said.sentence.index(said.text), "statement", len(said.text))


def said_by_another(record: MeetingRecord, q: Question, sentence: str,
                    people: frozenset[str] = frozenset()) -> bool:
    """Tell whether the report has another participant than the ones a question names say a
    sentence ("What did Otieno say?" of "Holm said ...").

    `people` are the question's names, folded, that name a participant of some meeting: one
    who was not at this meeting said none of its sentences.
    """
    named = _named(record, q)
    said = speaker_of(record.article, sentence) if named or people else None
    if said is None:
        return False
    words = {fold(w) for w in said.name.split()}
    asked = [{fold(a) for a in p.aliases} for p in named] or [set(people)]
    if any(sentence.endswith(s.sentence) and s.speaker in {p.name for p in named} for s in record.statements):
        return False  # "Alaoui said ..., while Ndiaye called for ...": Ndiaye's statement is its tail
    return not any(words & aliases for aliases in asked) and any(
        words & {fold(a) for a in p.aliases} for p in record.participants)


def who_said(record: MeetingRecord, sentence: str) -> Answer | None:
    """Quote who the report has say a sentence of it, where it names them; None if no one."""
    said = speaker_of(record.article, sentence)
    if said is None:
        return None
    return _span_answer(record, said.paragraph, said.sentence, said.start, "person", len(said.name))


# "Whom did X meet/receive/host ...?": X's counterpart, not everyone there
_ASKS_OTHER_RE = re.compile(r"^whom? (?:did|does|do|will|has|had) ", re.I)


def _participants_answer(record: MeetingRecord, q: Question) -> Answer | None:
    """Quote the stretch of one opening sentence that names everyone at the meeting, or everyone
    but those the question names ("Who did Mori meet?")."""
    if many := _HOW_MANY_PARTIES_RE.search(q.text):
        return _headcount(record, many["noun"].lower())
    sides_asked = re.search(r"\b(?:sides|countries|nations|parties)\b", q.text, re.I)
    if len(record.sides) >= 2 and sides_asked:
        # "Who are the two sides?": the countries, as the report lists them ("China and Vietnam",
        # "China-Japan-South Korea")
        side = "|".join(re.escape(s) for s in record.sides)
        listed_re = re.compile(rf"\b(?:{side})(?:(?:,? and |, |-)(?:the )?(?:{side})){{{len(record.sides) - 1}}}\b",
                               re.I)
        found = next((_span_answer(record, para, sentence, m.start(), "name", m.end() - m.start())
                      for para in record.article.paragraphs for sentence in para.sentences
                      for m in listed_re.finditer(sentence)
                      if len({w.lower() for w in re.split(r",? and |, |-", m.group()) if w}) == len(record.sides)),
                     None)
        if found:
            return found
    if sides_asked and q.focus in ("countries", "nations"):
        return None  # no list of theirs: the picker may find one ("Japan, South Korea and China")
    asked = {fold(w) for w in q.names}
    named = [p for p in record.participants if any(fold(a) in asked for a in p.aliases)]
    if not named and _ASKS_OTHER_RE.search(q.text) and (by_role := named_by_role(record, q)):
        named = [by_role]  # "Who did the Vietnamese prime minister receive?": the one he received
    if len(record.participants) < 2:
        return None
    if not named and _HOSTED_Q_RE.search(q.text):
        # "Who hosted the meeting?": the one at home, whose title names the meeting's country
        hosts = _hosts(record)
        if len(hosts) != 1:
            return None  # a third country's city, or no country known: the report may say
        return _person_quoted(record, hosts[0])
    others = [p for p in record.participants if p not in named]
    if len(others) == 1:
        # "Who did Son meet?", "Who met Wang Yi in Jakarta?": the other one, as the report names them
        return _person_quoted(record, others[0])
    if not others:
        return None
    best = None  # the shortest such stretch: "X and Y" rather than "X (R) meets with Y"
    caption = record.article.caption
    # "Who is in the photo?": the people the caption names, not the report's opening
    paragraphs = [caption] if caption and lx.mentions_photo(q.text) else record.article.paragraphs[:4]
    for para, sentence in _telling(record, paragraphs=paragraphs):
        at = [(_find_word(sentence, p.name, True), p.name) for p in others]
        if all(start >= 0 for start, _ in at):
            first = min(start for start, _ in at)
            end = max(start + len(name) for start, name in at)
            if best is None or end - first < best[3] - best[2]:
                best = (para, sentence, first, end)
    if best is None:
        return _listed_one(record, others)
    para, sentence, first, end = best
    # "Chinese Foreign Minister Wang Yi, Japanese Foreign Minister ...": the first with a title as the rest
    title = next((p.title for p in others if p.title and sentence.startswith(p.name, first)), None)
    if title and sentence[:first].endswith(f"{title} "):
        first -= len(title) + 1
    return _span_answer(record, para, sentence, first, "person", end - first)


# "Where was Marsh invited?", "Who was invited?": the one invited is the subject
_GUEST_ASKED_RE = re.compile(r"\b(?:was|were|is|are|been|be|get|got)\s+invited\b", re.I)
# "Who did Kamau invite?", "Where did Kamau invite Marsh?": the one who invited is the subject
_HOST_ASKED_RE = re.compile(r"\b(?:did|does|will|has|had)\s+(?P<host>.+?)\s+invite\b", re.I)


def _invitation_answer(record: MeetingRecord, q: Question) -> Answer | None:
    """Answer where, when or whom an invitation of the meeting's people was to, or who invited,
    from the sentence telling of it."""
    def named_in(text: str) -> set[str]:
        said = {fold(w) for w in re.findall(r"[\w'’-]+", text)}
        return {p.name for p in record.participants if any(fold(a) in said for a in p.aliases)}

    named = named_in(" ".join(q.names))
    by_host = _HOST_ASKED_RE.search(q.text) if not _GUEST_ASKED_RE.search(q.text) else None
    hosts = named_in(by_host["host"]) if by_host else set()
    guests = named - hosts  # "Who invited Marsh?": the one named was invited
    fitting = [inv for inv in record.invitations
               if (not hosts or inv.host in hosts) and (not guests or inv.guest in guests)]
    if not fitting:
        return None
    inv = fitting[0]
    if q.expected == "place":
        said = inv.place
    elif q.expected == "date":
        said = re.sub(r"^(?:in|on) ", "", inv.time or "") or None  # "2027" of "in 2027", as dates are given
    elif by_host or _GUEST_ASKED_RE.search(q.text):
        said = inv.guest_said  # "Who did Kamau invite?", "Who was invited?"
    else:
        said = inv.host_said  # "Who invited Marsh?"
    if not said:
        return None
    # (the record's sentence is without the dateline the paragraph's first sentence opens with; an
    # invitation by "He" is told with the sentence before, which names him)
    told = next(((p, t) for p in record.article.paragraphs
                 for t in [*p.sentences, *(" ".join(pair) for pair in zip(p.sentences, p.sentences[1:]))]
                 if inv.sentence in t), None)
    if told is None:
        return None
    para, sentence = told
    at = sentence.index(inv.sentence) + inv.sentence.index(said)
    kind = {"place": "place", "date": "date"}.get(q.expected or "", "person")
    return _span_answer(record, para, sentence, at, kind, len(said))


def _headcount(record: MeetingRecord, noun: str) -> Answer | None:
    """Quote the number of a meeting's sides (or people, for `noun` "ministers" and the like) where
    its report counts them ("The three ministers also agreed ...", "the two sides"), or None."""
    of_sides = noun in ("countries", "nations", "sides", "parties")
    n = len(record.sides) if of_sides else len(record.participants)
    if not 2 <= n <= len(_SPELLED_COUNTS) + 1:
        return None
    counted = re.compile(rf"\b(?:{_SPELLED_COUNTS[n - 2]}|{n})(?= (?:[\w-]+ )?(?:countries|nations|sides|parties"
                         r"|neighbou?rs|ministers|leaders|delegations|governments)\b)", re.I)
    found = [(para, sentence, m) for para, sentence in _telling(record, anywhere=True)
             for m in counted.finditer(sentence)]
    # "How many ministers ...?": "The three ministers" before "the three neighbors"
    alike = {"countries", "nations", "sides", "parties"} if of_sides else {"ministers", "leaders", "officials",
                                                                           "delegations", "participants"}
    found.sort(key=lambda f: (noun not in (after := f[1][f[2].end():f[2].end() + 30].lower().split()[:2]),
                              not alike & set(after)))
    return _span_answer(record, found[0][0], found[0][1], found[0][2].start(), "number",
                        found[0][2].end() - found[0][2].start()) if found else None


def _listed_one(record: MeetingRecord, others: list[Participant]) -> Answer | None:
    """Quote, of a meeting told of as an item of a list ("Jaishankar met:" then "1. South African
    Foreign Minister Ronald Lamola, ..."), the one the item names, when the lead-in names the rest."""
    article = record.article
    for para in article.paragraphs:
        lead = article.lead_in(para)
        if lead is None:
            continue
        inside = [p for p in others if any(_find_word(para.text, a, True) >= 0 for a in p.aliases)]
        if len(inside) == 1 and all(any(_find_word(lead.text, a, True) >= 0 for a in p.aliases)
                                    for p in others if p not in inside):
            return _person_quoted(record, inside[0])
    return None


def _person_quoted(record: MeetingRecord, person: Participant) -> Answer | None:
    """Quote someone at a meeting as the report names them: with their title, or by name; in the
    one sentence of a meeting told of beside the report's own, as it does ("met with Trung")."""
    names = [person.mention, person.name, *(sorted(person.aliases, key=len, reverse=True) if record.is_side else ())]
    return next((found for n in names if (found := _quote(record, n, kind="person"))), None)


def _hosts(record: MeetingRecord) -> list[Participant]:
    """Return the participants whose titles name the country the meeting was held in; with no
    country known, those the report does not call "visiting" when it calls the others so."""
    home = set(lx.countries_in(fold(record.country or "")))
    if home:
        return [p for p in record.participants if home & set(lx.countries_in(p.title))]
    guests = [p for p in record.participants
              if any(re.search(rf"\bvisiting (?:[\w'’-]+ ){{0,8}}?{re.escape(p.name)}\b", s) for s in record.lead)]
    return [p for p in record.participants if p not in guests] if guests else []


def host_unknown(record: MeetingRecord, q: Question) -> bool:
    """Tell whether a question asks who hosted a meeting with no one at home, of a report that
    never says who hosted it ("Who hosted the meeting in Bagan?" of two guests of Myanmar)."""
    # "Who hosted ...?", "Which country hosted ...?"
    if not record.is_meeting or q.wh != "who" and q.focus not in ("country", "nation") \
            or not _HOSTED_Q_RE.search(q.text) or len(_hosts(record)) == 1:
        return False
    asked = {fold(w) for w in q.names}
    if any(fold(a) in asked for p in record.participants for a in p.aliases):
        return False  # "Who received Menon?": the other one
    return not any(_HOSTING_RE.search(para.text) for para in record.article.paragraphs)


def _met_answer(record: MeetingRecord) -> Answer | None:
    """Quote the opening sentence that names everyone at a meeting in person, as a whole: no
    span says "in person", so the reply says it and shows the report's words."""
    caption = record.article.caption
    body = [p for p in record.article.paragraphs[:4] if p is not caption]
    for para, sentence in _telling(record, paragraphs=body + ([caption] if caption else [])):
        # the one sentence of a meeting told of beside the report's own may name them short ("Trung")
        if all(_find_word(sentence, p.name, True) >= 0 or record.is_side and any(
                _find_word(sentence, a, True) >= 0 for a in p.aliases) for p in record.participants):
            return _span_answer(record, para, sentence, 0, "in_person", len(sentence))
    return None


def _agreed_by(record: MeetingRecord, q: Question, agreed: list[str]) -> list[str]:
    """Order a meeting's agreements for a question naming only some of its people: first those of a
    sentence naming them and none of the others ("What did Wang and Cho agree?" of three ministers'
    talks, "Wang and Cho agreed to resume ..." before "The ministers ... agreed to work toward ...")."""
    named = _named(record, q)
    if not named or len(named) == len(record.participants):
        return agreed

    def by_them(deed: str) -> tuple[bool, bool]:
        sentence = next((s for _, s in _telling(record, True) if _find_word(s, deed, True) >= 0), "")
        said = {fold(t.text) for t in words(sentence[:sentence.find(deed)])}
        return (all(any(fold(a) in said for a in p.aliases) for p in named),
                not any(fold(a) in said for p in record.participants if p not in named for a in p.aliases))

    return sorted(agreed, key=lambda deed: not all(by_them(deed)))


def _deed_asked(q: Question, agreed: list[str]) -> str | None:
    """Return the deed an agreement question asks for first, as an answer says it."""
    # what the question's verb or noun names first: "What did they pledge?" a pledge, "What
    # were the agreements about?" what they signed, "What did they agree?" what they agreed
    if _CONFIRM_WORDS_RE.search(q.text):
        # "What did they confirm?" of a meeting where they only agreed: nothing they confirmed
        agreed = [a for a in agreed if a.startswith(CONFIRM_VERBS)]
    elif _VOW_WORDS_RE.search(q.text):
        agreed = sorted(agreed, key=lambda a: not a.startswith(VOW_VERBS))
    elif _SIGN_VERB_RE.search(q.text):
        # "What did they sign?" of a meeting where they only agreed: nothing they signed
        agreed = [a for a in agreed if a.startswith(SIGNED_DEEDS)]
    elif _SIGNED_Q_RE.search(q.text):
        agreed = sorted(agreed, key=lambda a: not a.startswith(SIGNED_DEEDS))
    elif _AGREE_Q_RE.search(q.text):
        # "What did they agree?": what they agreed, before what they pledged or signed
        agreed = sorted(agreed, key=lambda a: (a.startswith(SIGNED_DEEDS), a.startswith(OWN_VERBS)))
    else:
        agreed = sorted(agreed, key=lambda a: a.startswith(SIGNED_DEEDS))
    verb = _DEED_VERB_RE.search(q.text)
    if verb and verb["verb"].lower() not in ("do", "be"):
        # only a deed of that verb answers, and what follows the verb is what they will do so
        ends = [_after_verb(a, verb["verb"], verb["particle"]) for a in agreed]
        return next((e for e in ends if e), None)
    if not agreed:
        return None
    # "vowed to expand ...", "signed five agreements on ...": without the verb, as "agreed" is
    # left out of the others
    # ("witnessed the signing of" too: the paper whose signing they witnessed)
    verb = next((v for v in ("committed themselves", *OWN_VERBS) if agreed[0].startswith(f"{v} ")), None)
    deed = agreed[0][len(verb):].lstrip() if verb else agreed[0]
    if agreed[0].startswith("reached "):
        deed = deed.split(" on ", 1)[1]  # "reached consensus on X": they agreed on X
    if q.stranded and agreed[0].startswith(SIGNED_DEEDS) and (on := re.search(rf"\b{q.stranded} (?P<what>.+)$", deed)):
        deed = on["what"]  # "What did they sign on?" (or "On what?"): what the paper they signed is on
    return _AND_DID_RE.sub("", deed)


def _after_verb(deed: str, verb: str, particle: str | None = None) -> str | None:
    """Return what follows a verb (and its particle: "step up") in a deed ("a strategic dialogue" of
    "to hold a strategic dialogue"), to another thing they will do ("... and to step up ...")."""
    toks = deed.split()
    at = next((k for k, w in enumerate(toks[:-1]) if term(w) == term(verb)
               and (not particle or toks[k + 1].lower() == particle.lower())), None)
    if at is None:
        return None
    what = " ".join(toks[at + (2 if particle else 1):])
    return _AND_TO_RE.sub("", _AND_DID_RE.sub("", what)) or None


# "signed a memorandum on cyber security and launched a joint fund": what they signed ends before
# another deed, joined by "and" and a past verb with its object
_AND_DID_RE = re.compile(r",? and (?:also )?[a-z]{3,}ed (?:a|an|the|its|their|his|her|new|two|three)\b.*$")
# "to resume regular talks and to step up cooperation": the next thing agreed to do
_AND_TO_RE = re.compile(r",? and to [a-z]{3,}\b.*$")


def next_topic(record: MeetingRecord, given: tuple[str, ...]) -> Answer | None:
    """Quote the first thing a meeting's report says they discussed that is not among those given."""
    topic = next((t for t in record.topics if not repeats(t, given)), None)
    return _quote(record, topic_matter(topic), kind="topic", anywhere=True) if topic else None


# "..., pledging to deepen ties": what the sentence's subject pledged, though no two sides did
_OWN_DEED_RE = re.compile(r"\b(?:agreed|agreeing|vowed|vowing|pledged|pledging|promised|promising) (?P<what>to [^;]+?)"
                          r"[.;]?$")


def _own_deeds(sentence: str) -> list[str]:
    """Return what someone in a sentence agreed or pledged to do, when no sides are said to have."""
    m = _OWN_DEED_RE.search(sentence)
    return [m["what"]] if m else []


def agreed_in_sentence(q: Question, answer: Answer) -> Answer | None:
    """Return what the sides of an answer's sentence agreed, when an agreement question was
    answered by a span of it from outside any meeting record ("What did Takeda and Nazarov
    agree?" of a second meeting a report tells of): "to set up a working group", not "Dushanbe"."""
    if meeting_question(q) != "agreement" or answer.kind in SENTENCE_KINDS:
        return None
    names = {t for w in q.names for t in tokenize(w)}
    if any(t not in _KIND_WORDS["agreement"] and t not in _MEETING_WORDS and t not in names for t in q.terms):
        return None  # "What agreement did they review?" asks for the agreement reviewed, not a deed
    deed = _deed_asked(q, deeds_in(answer.sentence) or _own_deeds(answer.sentence))
    at = answer.sentence.find(deed) if deed else -1
    if at < 0:
        return None
    if at <= answer.start and answer.end <= at + len(deed):
        # the span is what they agreed already, or the part of it the question did not say itself
        # ("What did they sign a memorandum on?"); else the whole deed ("to deepen ties", not "ties")
        # (a name the rest holds is what the deed is of: "What did they agree on Bougainville?")
        rest = set(tokenize(deed)) - set(tokenize(answer.text)) - names
        if answer.end - answer.start == len(deed) or rest & set(q.terms) or _DEED_VERB_RE.search(q.text):
            return None
    return dataclasses.replace(answer, text=deed, start=at, end=at + len(deed), kind="agreement")


def _quote(record: MeetingRecord, phrase: str, kind: str, anywhere: bool = False,
           length: int | None = None, paragraphs: Sequence[Paragraph] | None = None) -> Answer | None:
    """Find a phrase, as written, in the caption or the opening paragraphs (or in any, or in
    `paragraphs`); the answer is its first `length` characters (all of it by default)."""
    candidates = _telling(record, anywhere, paragraphs)
    for exact in (True, False):
        for para, sentence in candidates:
            at = _find_word(sentence, phrase, exact)
            if at >= 0:
                return _span_answer(record, para, sentence, at, kind, length or len(phrase))
    return None


# "The foreign ministers of A, B and C, N1, N2 and N3, met": the group the names that follow stand for
_GROUP = (r"\b[Tt]he (?:[\w-]+ ){0,2}(?:ministers|leaders|heads|envoys|representatives) of "
          r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:(?:, | and )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)+?(?=, (?:{names})\b)")


def _group_of(record: MeetingRecord, person: Participant) -> Answer | None:
    """Quote the group a participant is listed in when the report gives no title of his own."""
    group_re = re.compile(_GROUP.replace("{names}", "|".join(re.escape(p.name) for p in record.participants)))
    for sentence in record.lead:
        group = group_re.search(sentence)
        if group and person.name in sentence[group.end():]:
            return _quote(record, group.group(), kind="title")
    return None


# What sets a meeting beside an event ("on the sidelines of the ... Meeting", "ahead of the ... summit")
_AROUND_EVENT_RE = re.compile(r"^(?:on the (?:sidelines|margins|fringes) of|ahead of|on the eve of|in the run-up to"
                              r"|while attending|for(?= (?:the|a|an) )|" + CHAIRED + r") (?:the |a |an )?")
# "Which meeting was it?": nothing asked but which one; a meeting held at another is known by that one
_WHICH_MEETING_IT_RE = re.compile(r"^(?:what|which) meeting (?:was|is) (?:it|that|this)\W*$", re.I)
_EVENT_NOUNS = frozenset("""meeting meetings event events forum forums conference conferences summit summits
    gathering gatherings session sessions""".split())
_REMOTE_PHRASE_RE = re.compile(r"\b(?:(?:held|holds|had|has|by|over the|on the|via|in)\s+)?(?:an?\s+)?"
                               r"(?:tele)?(?:phone|video)(?:\s+(?:talks|call|conversation|link|conference))?\b",
                               re.I)


_ORDINALS = {w: k for k, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)}
# "the third meeting between the two ministers this year": how often they met, as the report counts
_NTH_MEETING_RE = re.compile(r"\b(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?P<n>\d{1,2})"
                             r"(?:st|nd|rd|th)) (?:meeting|talks|visit|phone call|phone conversation)s? "
                             r"(?:between|of|with|in|since|this)\b", re.I)


def counted_by_report(record: MeetingRecord) -> tuple[int, Answer] | None:
    """Return how many times a meeting's report says its people have met, by the ordinal it gives
    the meeting ("the third meeting between the two ministers this year"), with the ordinal quoted."""
    if record.is_side:
        return None  # the report counts its own meeting's kind, not one it tells of beside it
    for para in record.article.body:
        for sentence in para.sentences:
            m = _NTH_MEETING_RE.search(sentence)
            if m and not _of_a_body(sentence[m.end():]) and not _AHEAD_OF_RE.search(sentence[:m.start()]):
                n = int(m["n"]) if m["n"] else _ORDINALS[m["nth"].lower()]
                return n, _span_answer(record, para, sentence, m.start("nth"), "number", len(m["nth"]))
    return None


# "agreed to hold the fifth meeting ...": a meeting to come counts none held
_AHEAD_OF_RE = re.compile(r"\b(?:to|will|would|shall) (?:hold|host|co-chair|chair|attend|convene)(?: the)?\s*$", re.I)


def _of_a_body(after: str) -> bool:
    """Tell whether the name after "meeting of" is a body's ("the 16th meeting of the Steering
    Committee"): its count is the body's meetings, not how often the people met."""
    run = re.match(r"\s*(?:the )?((?:[A-Z][\w'’-]*\s*)+)", after)
    # "the 18th meeting of the steering committee", named again in lower case
    plain = re.match(r"\s*the ((?:[a-z-]+ ?){1,3})", after)
    return bool(run) and any(w.lower() in lx.ORG_WORDS for w in run[1].split()) \
        or bool(plain) and any(w in lx.ORG_WORDS for w in plain[1].split())


# a sentence whose length of time is of a meeting: "spent about an hour together", "The call lasted
# 40 minutes", "held 90-minute talks" (not "a two-hour drive from the capital")
_OF_MEETING_TIME_RE = re.compile(r"\b(?:met|meet|meeting|talks|talked|call|conversation|together|lasted|lasting"
                                 r"|session|discussions?)\b", re.I)


def _duration_answer(record: MeetingRecord) -> Answer | None:
    """Quote how long the report says they met, from any sentence of the report's own meeting (or
    the sentences of a meeting told of beside it) that tells of a meeting."""
    for para, sentence in _telling(record, anywhere=True):
        if _OF_MEETING_TIME_RE.search(sentence) and (m := _LENGTH_RE.search(sentence)):
            return _span_answer(record, para, sentence, m.start(), "duration", m.end() - m.start())
    return None


def _quote_match(record: MeetingRecord, pattern: re.Pattern, kind: str) -> Answer | None:
    """Quote the first stretch of the opening paragraphs a pattern matches."""
    for para, sentence in _telling(record):
        m = pattern.search(sentence)
        if m:
            return _span_answer(record, para, sentence, m.start(), kind, m.end() - m.start())
    return None


def _telling(record: MeetingRecord, anywhere: bool = False,
             paragraphs: Sequence[Paragraph] | None = None) -> list[tuple[Paragraph, str]]:
    """Return the sentences that tell of a meeting, with their paragraphs: the opening paragraphs'
    (or all with `anywhere`), or those of a meeting told of beside the report's own; or those of
    `paragraphs`."""
    if record.told_in is not None and paragraphs is None:
        # "A separately held talks with B. They discussed ...": and the sentences that go on about it
        told = (record.told_in, *told_after(record.article, record.told_in, record.participants))
        return [(p, t) for p in record.article.paragraphs for t in p.sentences if t in told][:len(told)]
    # (a release's labels above it, "READOUT" and its date line, are no opening paragraphs)
    chosen = paragraphs if paragraphs is not None else \
        record.article.paragraphs if anywhere else [p for p in record.article.paragraphs if p.kind != "label"][:4]
    return [(p, t) for p in chosen for t in p.sentences]


# when a meeting told of beside the report's own was, as the sentence says: "On the same day",
# "A day earlier", "Later on Tuesday", "During his stay in Hanoi"
_SIDE_TIME_RE = re.compile(
    r"\b(?:(?:earlier|later) (?:on )?|on )?(?:the same (?:day|evening|morning)|that (?:day|evening|morning)"
    r"|(?:a|one) day (?:earlier|later|before)|the (?:previous|preceding|next|following) day|the day (?:before|after)"
    r"|in the (?:day|morning|afternoon|evening)"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:during|on the sidelines of) (?:his|her|their|the) (?:stay|visit|trip|tour)"
    r"(?: (?:in|to) [A-Z][\w-]*(?: [A-Z][\w-]*)*)?", re.I)


def _side_time(record: MeetingRecord) -> Answer | None:
    """Quote when a meeting told of beside the report's own was, as its sentence says."""
    for para, sentence in _telling(record):
        if m := _SIDE_TIME_RE.search(sentence):
            at = m.start() + (3 if m.group().lower().startswith("on ") else 0)
            return _span_answer(record, para, sentence, at, "date", m.end() - at)
    return None


def _find_word(sentence: str, phrase: str, exact: bool) -> int:
    flags = 0 if exact else re.I
    m = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", sentence, flags)
    return m.start() if m else -1


def _span_answer(record: MeetingRecord, para: Paragraph, sentence: str, at: int, kind: str,
                 length: int) -> Answer:
    return Answer(text=sentence[at:at + length], sentence=sentence, start=at, end=at + length,
                  paragraph=para, article=record.article, score=1.0, kind=kind)
