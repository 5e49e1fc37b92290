"""Meeting records from meeting reports, and the short summaries `/latest` shows.

A report of a meeting names who met whom (with titles), where, when and on what occasion,
what each side said and what they agreed. The extraction reads those from the shapes such
reports take — "A meets with B in City, Country, on Month D, YYYY", a dateline, "X said ...",
"the two sides agreed ..." — and falls back to the lead sentences when an article does not
fit the pattern.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice, takewhile
from typing import NamedTuple

from qa import lexicon as lx
from qa.corpus import ANSWER_RE, MONTHS, Article, Paragraph, date_line, parse_dateline
from qa.text import DOTTED_CAPITALS_RE, Token, fold, opens_quote, tokenize, words

SUMMARY_LIMIT = 600  # characters of a rendered summary, source line included

_MEET_VERBS = ("meets with", "met with", "meets", "met", "holds talks with", "held talks with",
               "talks with", "talked with", "shakes hands with", "shook hands with",
               # talks by phone or video are meetings too, for what was said and agreed
               "held phone talks with", "holds phone talks with", "held a phone call with",
               "had a phone call with", "spoke by phone with", "spoke on the phone with",
               "held video talks with", "held a video call with", "talked by phone with",
               "held a phone conversation with", "had a phone conversation with",
               "held a telephone conversation with", "had a telephone conversation with",
               "held a video conference with",
               # "A and B held a video call on Monday": both before the verb
               *(f"{verb} {call}" for verb in ("held", "holds", "had", "has")
                 for call in ("a video call", "a phone call", "a telephone call", "phone talks", "video talks",
                              "a phone conversation", "a telephone conversation", "a video conference")),
               # "A and B held talks", "A received visiting B", "A and B co-chaired ..."
               "held talks", "holds talks", "received", "receives", "hosted", "hosts",
               # "A welcomed B to Iveagh House": a host and a guest, as "received" is
               "welcomed", "welcomes",
               # "A, B and C held a trilateral meeting", "A held bilateral talks with B"
               "held a meeting", "holds a meeting", "held a trilateral meeting", "holds a trilateral meeting",
               "held bilateral talks with", "holds bilateral talks with", "met separately with",
               # as Vietnam's agency writes it: "A had talks with B"
               "had talks with", "has talks with", "had bilateral talks with", "had a meeting with",
               "sat down with", "sits down with",
               "held a meeting with", "holds a meeting with",
               "held separate talks with", "holds separate talks with",
               "meets separately with",
               "co-chaired", "co-chairs", "co-chair",
               # "A paid a courtesy call on B", "A hosted a luncheon for visiting B"
               *(f"{verb} a courtesy call on" for verb in ("paid", "pays", "made", "makes")),
               # a foreign ministry's own style: "A received a courtesy visit from B"
               *(f"{verb} a courtesy visit {way}" for verb, way in (("paid", "to"), ("pays", "to"),
                                                                   ("received", "from"), ("receives", "from"))),
               # "A received a visit from B" (a visit to a place is no meeting: only one received)
               *(f"{verb} a {kind}{call} from" for verb in ("received", "receives") for kind in ("", "courtesy ")
                 for call in ("visit", "call")),
               *(f"{verb} a {meal} for" for verb in ("hosted", "hosts", "gave", "gives")
                 for meal in ("luncheon", "lunch", "dinner", "banquet", "reception", "breakfast")),
               # captions of "A, B and C pose for a group photo", "A and B attend a signing ceremony"
               "pose for a group photo", "posed for a group photo", "pose for a photo", "posed for a photo",
               *(f"{verb} {event}" for verb in ("attend", "attends", "attended")
                 for event in ("a press conference", "a joint press conference", "a news conference",
                               "a joint news conference", "a signing ceremony", "a welcome ceremony",
                               "a welcoming ceremony")))
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_ALT = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
FULL_DATE_RE = re.compile(rf"\b(?P<month>{MONTH_ALT})\.? (?P<day>\d{{1,2}}), (?P<year>\d{{4}})\b")
# "... held talks with ... in Hanoi on November 22": the day of a meeting a lead gives, with or without its year
# "on Nov. 18", "On the afternoon of November 18, 2026," (as a ministry's release opens)
# "on 11 November 2026" (as British and Australian releases write it)
LEAD_DATE_RE = re.compile(rf"\b[Oo]n (?:the (?:morning|afternoon|evening|night) of )?"
                          rf"(?P<date>(?P<month>{MONTH_ALT})\.? (?P<day>\d{{1,2}})(?:, (?P<year>\d{{4}}))?"
                          rf"|(?P<dday>\d{{1,2}}) (?P<dmonth>{MONTH_ALT})(?: (?P<dyear>\d{{4}}))?)\b")
# capitalised words, as a name is written ("New Delhi", "Wisma Putra")
_CAPS = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
_PLACE_RE = re.compile(r"\bin (?P<city>" + _CAPS + r")"
                       r"(?:, (?:the )?(?P<country>" + _CAPS + r"))?")  # "the United Arab Emirates"
_OCCASION_RE = re.compile(
    r"\b(?P<occasion>(?:[Oo]n the sidelines|[Oo]n the margins|[Oo]n the fringes) of [^,;]+"
    r"|(?:during|on|for|paying|making) (?:his|her|their|a|an|the|[A-Z][\w-]+'s)(?: [\w-]+){0,3} (?:visit|trip|tour)"
    r"(?: to [^,;]+)?"
    r"|at the invitation of [^,;]+|while attending [^,;]+"
    # "met here on Sunday ahead of the East African Community summit": the event that brought them
    r"|(?:ahead of|on the eve of|in the run-up to) (?:the|a|an|this|next|[A-Z][\w-]+'s) [^,;]*?"
    r"\b(?:summit|forum|conference|meeting|session|assembly|congress|games|talks)s?\b)"
)
# "..., who are in Hanoi for the Mekong-Lancang Cooperation Foreign Ministers' Meeting": the event
_IN_CITY_FOR_RE = re.compile(r"\b(?:is|are|was|were) in (?:[A-Z][\w-]+ )+(?P<event>for (?:the|a|an) "
                             r"(?:\d+(?:st|nd|rd|th) )?[A-Z][^,;]*?\b(?:Summit|Forum|Conference|Meeting|Session"
                             r"|Assembly|Congress|Talks|Dialogue)s?\b)")
# "The two ministers met at Wisma Putra in Putrajaya for the 15th Joint Commission meeting": the event
# (and "for the annual Australia-New Zealand Foreign Ministers' Meeting")
_MET_FOR_RE = re.compile(r"\b(?:met|meet|meets|held talks|hosted|hosts|received|receives)\b[^.;,]*? "
                         r"(?P<event>for (?:the|a|an) "
                         r"(?:\d+(?:st|nd|rd|th) |[a-z]+ ){0,2}[A-Z][^,;]*?\b(?:[Ss]ummit|[Ff]orum|"
                         r"[Cc]onference|[Mm]eeting|[Ss]ession|[Aa]ssembly|[Cc]ongress|[Tt]alks|[Dd]ialogue)s?\b)")
CHAIRED = r"(?:co-)?chair(?:ed|s|ing)?"  # "co-chaired", "chairs": presiding over a session
# "co-chaired the 17th meeting of the ... Steering Committee in Hanoi": the meeting is that body's;
# but not "invited Wang to co-chair the 18th meeting" or "will co-chair ...", a session to come
_CHAIRED_RE = re.compile(rf"(?<!\bto )(?<!\bwill )(?<![\w-])(?P<event>{CHAIRED} the (?:[\w-]+ ){{0,3}}"
                         r"(?:meeting|session|round|plenary)s? of (?:the )?[A-Z][^,;]+)")
# "held the 16th India-Australia Foreign Ministers' Framework Dialogue with B": a named event
_HELD_NAMED_EVENT_RE = re.compile(r"\b(?:held|holds) (?P<event>the (?:\d+(?:st|nd|rd|th) )?[A-Z][\w'’.-]*"
                                  r"(?: (?:of |for |on |and )?[A-Z][\w'’.-]*)*) with\b")
_VISIT_BY_RE = re.compile(r"during (?:a|an|the)(?: [\w-]+){0,2} (?:visit|trip) to .* by ")
# Where an occasion phrase stops: a place, a date or a trailing "held on ..." clause.
# ("... visit to China from November 19 to 22": a date too)
_OCCASION_END_RE = re.compile(rf" (?:in [A-Z]|(?:on|from) (?:{MONTH_ALT}|Monday|Tuesday|Wednesday|Thursday|"
                              r"Friday|Saturday|Sunday)|from \d|held (?:on|in) |here\b"
                              # "... visit to Malaysia starting today": when it began, not the visit
                              r"|(?:starting|beginning|which (?:began|begins|started|starts)) "
                              r"(?:on |from )?(?:today|yesterday|tomorrow|[A-Z]|\d)"
                              # "on the sidelines of a forum ... and pledged to ...": what they did there
                              r"|and (?:also )?(?:agreed|pledged|vowed|promised|signed|discussed|exchanged|"
                              r"reaffirmed|affirmed|called|urged|said|issued|welcomed|expressed|stressed)\b)")
_AGREE_RE = re.compile(
    # "agreed Tuesday to ..." (news-agency style): the day is when, not what
    r"\b(?:agreed|agreeing|agree)\b(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)?"
    r"(?: (?:that|on))?\s+(?P<what>[^;]+?)[.;]?$")
# "Both sides pledged to ...": a joint promise is kept with its verb, which the summary repeats.
_VOW_RE = re.compile(r"\b(?P<what>(?:vowed|pledged|promised|committed(?: themselves)?|vowing|pledging|promising) "
                     r"(?:efforts |support )?to [^;]+?)[.;]?$")
# "..., pledging to boost trade": the participle after the meeting is their vow too
VOWING = {"vowing": "vowed", "pledging": "pledged", "promising": "promised"}
VOW_VERBS = ("vowed", "pledged", "promised", "committed", *VOWING)
# "Mexico and Canada signed five agreements on ...": what they signed, kept with its verb too
# ("a Memorandum of Understanding", "an MoU": a document's name may be capitalised)
# ("witnessed the signing of an agreement on ...": signed at their meeting, if not by them)
_SIGNED_RE = re.compile(r"\b(?P<what>(?:signed|witnessed the signing of) (?:[\w-]+ ){0,4}?"
                        r"(?i:agreements?|pacts?|deals?|accords?|treaty|treaties"
                        r"|memorand(?:um|ums|a)|mous?|documents|declarations?"
                        r"|plans?|programs?|programmes?|protocols?|contracts?|roadmaps?|charters?|letters? of intent"
                        # a readout's "signed an Exchange of Notes concerning a grant aid", "a joint communique"
                        r"|exchanges? of (?:notes|letters)|statements?|communiqu[eé]s?|conventions?)"
                        r"\b[^;]*?)[.;]?$")
# "The two ministers confirmed that they would work toward ...", "The two sides reaffirmed the
# importance of ...": what both sides hold to, kept with its verb (a readout's word for agreeing)
_CONFIRMED_RE = re.compile(r"\b(?P<what>(?:confirmed|reaffirmed|affirmed) (?!(?:him|her|it|this)\b)[^;]+?)[.;]?$")
CONFIRM_VERBS = ("confirmed", "reaffirmed", "affirmed")
# "... and reached consensus on maritime cooperation": what they reached consensus on, with its verb
_CONSENSUS_RE = re.compile(r"\b(?P<what>reached (?:(?:a|an|broad|important|wide|full|new) )*(?:consensus|agreements?)"
                           r" on [^;]+?)[.;]?$")
# "... reached consensus on three points. First, ... Second, ...": the points are told after it
# (or a list's items, after a colon: "agreed on the following priorities:")
_POINTS_RE = re.compile(r" on (?:the following(?: points)?|(?:\w+ )?(?:points|issues|matters))$|:$")
_ORDINAL_OPENING_RE = re.compile(r"^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Firstly"
                                 r"|Secondly|Thirdly|Fourthly|Fifthly|Finally|Lastly),\s+(?P<point>.+?)[.;]?$")
SIGNED_DEEDS = ("signed", "witnessed the signing of")  # deeds of a paper signed
OWN_VERBS = (*VOW_VERBS, *SIGNED_DEEDS, *CONFIRM_VERBS, "reached")  # agreements that say their verb
# ", Peruvian Foreign Minister Lucia Paredes said" (after talks with ...) closing an agreement sentence
_ATTRIBUTION_RE = re.compile(r",(?: [\w'’-]+){1,10} (?:said|says|told)\b[^,]*$"
                             r"|, (?:said|says) (?:[A-Z][\w'’.-]*(?: |$))+$")  # "..., said Foreign Minister A"
# "... during talks between their foreign ministers": when they agreed, not what
_CIRCUMSTANCE_RE = re.compile(r",? (?:during|after|at|in the course of) (?:the |their |a |two-day |)"
                              r"(?:talks|meeting|meetings|consultations|visit|trip)\b.*$"
                              r"|,? as (?:their|the|[A-Z][\w-]*)(?: [\w'’-]+){0,5} (?:met|held talks|received|hosted"
                              r"|welcomed)\b.*$"
                              # "..., as the two neighbors seek to stabilize ties": why, not what
                              r"|, as (?:the two|both|they|their two)\b.*$")
# "The two ministers also discussed ...", "..., discussing migration, fisheries and ...": what they
# talked about, kept with its verb; a participle after a comma belongs to the sentence's meeting
_TOPIC_RE = re.compile(r"(?:\b|(?P<participle>, |, with whom (?:he|she|they) ))(?P<what>(?:also )?(?:discussed"
                       r"|exchanged views on|talked about|(?<=, )(?:discussing|exchanging views on)) [^;]+?)[.;]?$")
# "A spoke by phone with B to discuss X": what they met to discuss
_PURPOSE_TOPIC_RE = re.compile(r"\b(?:met|meets|spoke|talked|held talks|held a (?:phone|video) call)\b[^;]*?\bto "
                               r"(?P<what>discuss [^;]+?)[.;]?$")
# "A held bilateral talks with B on maritime cooperation": what they held talks on
# ("talks with B, who is on an official visit to China": where B is, not what they talked on)
_TALKS_ON_RE = re.compile(r"\b(?:held|holds|had) (?:bilateral |separate |formal |)talks with [^;]*?"
                          r"(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere) on "
                          r"(?!(?:the (?:sidelines|margins|fringes|phone|eve|occasion)|his|her|their|behalf)\b)"
                          r"(?P<matter>[a-z][^;,]*?)(?= in [A-Z]| on [A-Z]|,|;|\.?$)"
                          # "... met in Dublin on Monday for talks focused on the war in Ukraine"
                          r"|\b[Tt]alks (?:that |which )?(?:focused|focusing|centred|centered|centring|centering) on "
                          r"(?P<focus>[a-z][^;,]*?)(?=,|;|\.?$)"
                          # "A and B held talks in Ankara on Friday, focusing on the corridor and energy"
                          r"|\b(?:held|holds|had) (?:bilateral |separate |formal |)talks\b[^;]*?, (?:focusing|focused"
                          r"|centring|centering) on (?P<after>[a-z][^;,]*?)(?=,|;|\.?$)")
# "..., under which ...", "..., by whom ...": a relative clause opens with its preposition
_RELATIVE = r"(?:(?:under|by|in|through|with|for|from|to|on|at|after|before|during|of) )?(?:which|whom)"
# where the topic stops: a clause about it (", where piracy has declined"), or another deed
_TOPIC_END_RE = re.compile(rf",? (?:where|{_RELATIVE}|who|when|while|as|agreeing|saying|noting|stressing|calling)\b.*$"
                           # "..., with Wang saying China supports ...": what one of them said of it
                           r"|,? with (?:[\w'’-]+ ){1,4}(?:saying|noting|stressing|adding|calling|urging)\b.*$"
                           r"|,? and (?:also )?(?:called|agreed|urged|pledged|vowed|stressed|said|signed)\b.*$"
                           # "... in a phone call on Wednesday, the Turkish Foreign Ministry said": how and who says
                           r"|,? (?:in|during|over|by|via) (?:an? |the )?(?:tele)?(?:phone|video)\b.*$"
                           r"|, (?:the |a )?(?:[\w'’-]+ ){0,5}(?:said|reported|announced)$")
_NEXT_DEED_RE = re.compile(r",? and (?:also )?(?:agreed|pledged|vowed|promised|signed|confirmed|reaffirmed|"
                           r"emphasi[sz]ed|stressed|underlined|noted)\b.*$")
# "... in Jakarta on Wednesday": where and when they did it (a place alone may be what they agreed on)
_DAY_TAIL_RE = re.compile(r"(?: in [A-Z][\w-]*(?: [A-Z][\w-]*)*)?,? on (?:Monday|Tuesday|Wednesday|Thursday|Friday"
                          r"|Saturday|Sunday)$")
# "..., a move analysts say will deepen ...", "..., which ...": what is said of the deed, not the deed
# ("to reopen the crossing by the end of the year, closed since a dispute in April": of the thing)
_DEED_COMMENT_RE = re.compile(rf",? (?:a (?:move|step|decision|development|milestone)|{_RELATIVE})\b.*$"
                              r"|, (?:[a-z]+(?:ed|en)|shut|held|kept|left)"
                              r" (?:since|after|amid|until|during|following)\b.*$")
_SIDES_RE = re.compile(r"\b(?:(?:the|two|three|four|both|all) (?:sides|(?:foreign )?ministers|countries|nations|"
                       r"parties|leaders)|they)\b"
                       r"|\b(?:(?:the|all) (?:two|three|four|five)|both)\s*$"  # "and the two pledged to ..."
                       # a joint statement's "Ministers discussed ..., and agreed to ...": its subject
                       r"|^\s*(?:ministers|leaders)\b"
                       # "A and B", "The Secretary and the External Affairs Minister"
                       r"|\b[A-Z][\w-]+ and (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,2} (?:(?i:on|last|this) [A-Z]\w+ )?$"
                       # "A and his Dutch counterpart Willem de Vries signed ...": the two did it
                       r"|\band (?:his|her) (?:[\w-]+ ){0,3}counterparts? (?-i:[A-Z])[^,;]*$",
                       re.I)
# "A and B met on Thursday in Kuala Lumpur and agreed to ...": who met is who agreed
# "Keola and Hoa reviewed the agreement on border management and agreed to ...": the two did both
_MET_AND_RE = re.compile(r"\b(?:met|held talks|talked|spoke)\b.*\band\s*$"
                         r"|\b[A-Z][\w-]+ and [A-Z][\w-]+ [a-z]+ed\b.*\band\s*$")
_EARLIER_MEETING_RE = re.compile(r"\b(?:last|previously|first|had) (?:met|held talks|visited)\b", re.I)
_ACCORDING_RE = re.compile(r",? according to [^,]+$")
_REMOTE_RE = re.compile(r"\b(?:phone|telephone|video)\b", re.I)
# "The ministers will meet again in Berlin ...", "agreed to hold the next round of consultations
# in Oslo", "invited Mansour to visit New Delhi next year": a meeting still to come ...
_NEXT_MEETING_RE = re.compile(r"\b(?:meet|talk|confer) (?:again|in person)\b"
                              rf"|\b{lx.NEXT_NAMED}(?:meeting|round|session|talks|consultations|dialogue"
                              r"|summit|visit)s?\b"
                              r"|\binvit(?:ed|es|ing)\b[^.;]*?\bto (?:visit|come to)\b"
                              # "agreed to hold the 18th meeting of the steering committee in China"
                              r"|\b(?:hold|convene|host|(?:co-)?chair) the (?:\d+(?:st|nd|rd|th)|"
                              + "|".join(sorted(lx.ORDINAL_WORDS))
                              + r") (?:[\w'’-]+ ){0,3}?(?:meeting|round|session|dialogue|consultations)s?\b"
                              # "The 17th Framework Dialogue will be held in Canberra next year"
                              r"|\b\d+(?:st|nd|rd|th) (?:[\w'’-]+ ){0,4}?(?:meeting|round|session|dialogue"
                              r"|consultations|summit)s? (?:will|is to|is scheduled to|is set to|is due to) "
                              r"(?:be held|take place|convene)\b"
                              # "The next one will take place in Indonesia in 2027": the meeting just told of
                              r"|\bthe next one (?:will|is to|is scheduled to|is set to|is due to) "
                              r"(?:be held|take place|convene)\b", re.I)
# "invited B to attend the fifth round, to be held in Dodoma in 2027": the meeting and what follows
# (not "launch a working-level consultation, with the first round to be held in Bangkok": no one
# is to attend it)
_TO_BE_HELD_RE = re.compile(r"(?<=\battend )the (?:\d+(?:st|nd|rd|th)|" + "|".join(sorted(lx.ORDINAL_WORDS))
                            + r") (?:[\w'’-]+ ){0,4}?(?:meeting|round|session|dialogue|consultations|summit)s?,? "
                            r"(?:to be held|which will be held)\b.*", re.I)
# ... which the sentence puts in the future, not "at the next meeting in 2019 they signed"
_FUTURE_RE = re.compile(r"\b(?:will|would|shall|agreed to|agreeing to|decided to|scheduled|set to|due to|expected to|"
                        r"plans? to|planned to|is to|are to|to be held|invited|invites)\b", re.I)
_CONNECTORS = frozenset("of the for de al".split())
_SPEAKER_PRONOUNS = frozenset("he she".split())


@dataclass(frozen=True)
class Participant:
    """Someone at the meeting: name and title as the article gives them."""

    name: str
    title: str
    pronoun: str | None = None  # "he" or "she" when the report refers to them so, and only so

    @property
    def mention(self) -> str:
        return f"{self.title} {self.name}".strip()

    @property
    def aliases(self) -> tuple[str, ...]:
        """The single words of the name a report may use alone ("Wang", "Son")."""
        return tuple(w for w in self.name.split() if len(w) > 1 and w.lower() not in lx.NAME_PARTICLES)


@dataclass(frozen=True)
class Statement:
    """What one participant said, word for word, and the sentence it is from."""

    speaker: str
    text: str
    sentence: str
    quoted: bool = False  # their own words in quotation marks, not reported speech
    verb: str = "said"  # the report's verb when what follows is its object ("proposed setting up ...")


@dataclass(frozen=True)
class Invitation:
    """One participant's invitation to another, as the sentence telling of it words it."""

    host: str  # the participant who invited, by name
    guest: str  # the participant invited, by name
    sentence: str
    host_said: str  # how the sentence names each ("Cabinet Secretary Kamau", "the Foreign Secretary")
    guest_said: str
    place: str | None  # where to ("Nairobi", "Santiago" of "to attend the ... summit in Santiago")
    time: str | None  # when, as written ("in 2027", "at a convenient time")


@dataclass(frozen=True)
class Plan:
    """A meeting a report of none held says is to come ("A will travel to Dhaka next Tuesday for
    talks with his counterpart B")."""

    participants: tuple[Participant, ...]
    place: str | None  # as written: "Dhaka"
    time: str | None  # as written: "next Tuesday", "Dec. 2 to 4"
    day: dt.date | None  # the (first) calendar day of that time, when the report's date fixes one
    sentence: str
    # the time is of a tour of several places the meeting is one stop of ("visits to Brazil, Chile
    # and Colombia from Nov. 20 to 27"), not the meeting's own
    tour: bool = False


@dataclass(frozen=True)
class MeetingRecord:
    """The structure a reader wants from a meeting report."""

    article: Article
    participants: tuple[Participant, ...]
    city: str | None
    country: str | None
    date: dt.date  # when the meeting took place (the publication date when unknown)
    # "caption", "dateline", "lead", "weekday" (of the lead, before publication), "today",
    # "yesterday" (of the sentence telling of the meeting) or "publication"
    date_source: str
    weekday_confirmed: bool  # a weekday in the text agrees with the date
    occasion: str | None
    statements: tuple[Statement, ...]
    agreements: tuple[str, ...]
    lead: tuple[str, ...]  # the opening sentences, for articles that are no meeting report
    remote: str | None = None  # "phone" or "video" when they talked that way rather than met
    # every sentence of the report that tells of a meeting to come ("... will host the next summit
    # in Busan", "The next ministers' meeting will be held in 2027")
    next_meetings: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()  # "also discussed security in the Sahel", as the report puts it
    # the sentence that tells of this meeting when the report is of another one ("On the same day,
    # Vice President X met with Y"); None for the meeting the report is about
    told_in: str | None = None
    invitations: tuple[Invitation, ...] = ()  # "A invited B to visit Nairobi in 2027"
    plan: Plan | None = None  # of a report of no meeting held: the meeting it says is to come

    @property
    def next_meeting(self) -> str | None:
        """The first sentence that says when or where they will meet again."""
        return self.next_meetings[0] if self.next_meetings else None

    @property
    def place(self) -> str | None:
        parts = [p for p in (self.city, self.country) if p]
        return ", ".join(dict.fromkeys(parts)) or None

    @property
    def is_meeting(self) -> bool:
        return len(self.participants) >= 2

    @property
    def is_side(self) -> bool:
        """Tell whether this is a meeting the report tells of beside the one it is about."""
        return self.told_in is not None

    def held_in(self, words: Container[str], countries: Mapping[str, str] | None = None) -> bool:
        """Tell whether the meeting's city or country is among some folded words ("jakarta"); a
        report that names only the city ("HANOI, Jan. 15") is in the country `countries` (city ->
        country, as other reports name them) gives it."""
        country = self.country or (countries or {}).get(self.city or "")
        return any(place and all(fold(w) in words for w in place.split()) for place in (self.city, country))

    @property
    def people(self) -> frozenset[str]:
        """The participants' names and the words of them a report may use alone, folded."""
        return frozenset(fold(a) for p in self.participants for a in p.aliases)

    @property
    def sides(self) -> tuple[str, ...]:
        """The countries the participants' titles or the report's headline name, lower-case
        ("Kenyan Foreign Minister" -> "kenya"; "Norway, Kenya pledge ..." -> "norway", "kenya")."""
        if not self.is_meeting:
            return ()
        # the headline is of the report's own meeting, not of one it tells of beside it
        titles = [p.title for p in self.participants] + ([] if self.is_side else [self.article.title])
        return tuple(dict.fromkeys(c for text in titles for c in lx.countries_in(text)))

    @property
    def party_words(self) -> frozenset[str]:
        """The folded words that name who met: the participants' names and the sides' countries."""
        return self.people | {w for side in self.sides for w in side.split()}


@dataclass(frozen=True)
class Summary:
    """A meeting rendered for reading: a headline, a few points, and where it is from."""

    headline: str
    points: tuple[str, ...]
    record: MeetingRecord


# --- extraction ---------------------------------------------------------------------------

def extract_meeting(article: Article) -> MeetingRecord:
    """Read the meeting record of one article, or as much of it as the article gives."""
    sentences = [(p, s) for p in article.paragraphs if p.kind != "label" for s in p.sentences]
    participants: tuple[Participant, ...] = ()
    remote = None
    own = ""  # the sentence that tells of the report's own meeting
    for i, (para, sentence) in enumerate(sentences[:6]):
        named = _speaker_named(sentence, sentences[i - 1][1]) if i else sentence
        participants = _participants(_as_read(article, para, named))
        if len(participants) < 2 and i and _UNNAMED_MEETING_RE.search(sentences[i - 1][1]):
            # "The top diplomats of A, B and C met Thursday ... X, Y and Z spent an hour together":
            # the people of a meeting just told of without their names, whatever the verb
            participants = _titled_subjects(sentence)
        if len(participants) >= 2:
            own = sentence
            found = _REMOTE_RE.search(sentence)
            remote = found.group().lower() if found else None
            break
    participants = tuple(_titled(p, [s for _, s in sentences[:6]]) for p in participants)
    pronouns = _pronouns(article, participants)
    participants = tuple(replace(p, pronoun=pronouns.get(p.name)) for p in participants)
    # "The foreign ministers of A and B met in Dublin on Monday ... X welcomed Y to ...": a sentence
    # of their meeting before the one that names them may say where it was
    opening = [s for _, s in sentences[:6]]
    before = opening[:opening.index(own)] if own else []
    after = opening[opening.index(own):][:3] if own else []
    city, country = _place(article, own, [s for s in before if _UNNAMED_MEETING_RE.search(s)], after)
    if not country and not (city and lx.country_of(city)):
        # "Phnom Penh (VNA) – Cambodian ... A held talks with visiting Thai ... B in Phnom Penh"
        country = _host_country(article, own, participants)
    date, source = _meeting_date(article, own)
    confirmed = _weekday_confirms(article, date)
    record = MeetingRecord(
        article=article,
        participants=participants,
        city=city,
        country=country,
        date=date,
        date_source=source,
        weekday_confirmed=confirmed,
        occasion=_occasion(s for _, s in sentences),
        statements=tuple(_statements(article, participants)),
        agreements=tuple(_agreements(article, participants)),
        topics=tuple(_topics(article, participants)),
        lead=tuple(_lead(article)),
        remote=remote,
    )
    # "Wang also held talks with Trung, during which they agreed to hold ...": what they agreed,
    # said or discussed and their next meeting, not those of the report's own
    sides = side_meetings(record)
    told = {side.told_in for side in sides} - {own, None}
    told |= {s for side in sides if side.told_in != own
             for s in told_after(article, side.told_in, side.participants)}
    # "In his meeting with Thongsavanh, Wang said ...": said at that meeting, not the report's own
    told |= {s.sentence for s in record.statements if _at_meeting_with(s.sentence, sides, participants)}
    filed = dateline_day(article)
    plan = None if record.is_meeting else _plan(article, filed or article.date)
    if plan is not None and (record.date == plan.day or record.date_source == "weekday" and plan.time
                             and WEEKDAYS[record.date.weekday()] in plan.time.lower()):
        # "A is scheduled to meet B on Wednesday": the day of the meeting to come is not the report's
        # (but "..., a spokesperson announced on Friday" is)
        record = replace(record, date=filed or article.date, date_source="dateline" if filed else "publication")
    return replace(record, next_meetings=_next_meetings(article, told),
                   invitations=tuple(_invitations(article, participants)), plan=plan,
                   agreements=tuple(a for a in record.agreements if not any(a in t for t in told)),
                   # ("He said the agreement was reached during his meeting with B" tells only of it)
                   statements=tuple(s for s in record.statements if s.sentence not in told
                                    and not (s.sentence == own and _SAID_DURING_MEETING_RE.search(own))),
                   topics=tuple(t for t in record.topics if not any(t in s for s in told)))


# --- meetings a report tells of beside its own ---------------------------------------------

# "Wang also met with ...", "During the visit, Wang also called on Prime Minister X": "also" stands
# between the name and the verb, and a courtesy call is a meeting
_ALSO_RE = re.compile(r"\b(?:also|separately)\s+")  # "A separately held talks with B": a meeting of their own
_CALL_ON_RE = re.compile(r"\b(?:paid|pays) a courtesy call on\b|\bcall(?:ed|s) on\b(?= (?:visiting )?[A-Z])")
_URGED_RE = re.compile(r"\bcall(?:ed|s) on [A-Z][\w-]*(?: [A-Z][\w-]*)* to [a-z]")  # "called on Hanoi to act"
_SIDE_VERB_RE = re.compile(r"\b(?:met|meets|held talks|talks with|received|receives|called on|paid a courtesy call)\b")
# a meeting still to come, or of another time ("when they met in 2019"), is no meeting of this visit
_NOT_NOW_RE = re.compile(r"\b(?:will|would|shall|plans? to|is (?:set|due|scheduled|expected) to|are (?:set|due|"
                         r"scheduled|expected) to)\b")
_ANOTHER_TIME_RE = re.compile(r"\b(?:last|next|this) (?:year|month|week|spring|summer|autumn|fall|winter)\b"
                              r"|\b(?:earlier|later) this (?:year|month)\b|\b(?:previously|ago|once)\b", re.I)
_SIDE_CLAUSE_RE = re.compile(rf",? (?:who|{_RELATIVE}|where|when|while|saying|as)\b.*$"
                             # "..., and the two sides signed a plan for 2027 and 2028"
                             r"|,? and (?:the|they|both|agreed|signed|pledged|vowed|discussed|exchanged)\b.*$"
                             # "..., their first meeting since B took office in April": of the meeting, not when
                             r"|, (?:their|his|her) (?:[\w-]+ ){0,3}(?:meeting|talks|visit|encounter|trip)\b.*$")
_DAY_BEFORE_RE = re.compile(r"\b(?:(?:a|one) day (?:earlier|before)|the (?:previous|preceding) day|the day before)\b",
                            re.I)
_DAY_AFTER_RE = re.compile(r"\b(?:(?:a|one) day later|the (?:next|following) day|the day after)\b", re.I)
_SIDE_WEEKDAY_RE = re.compile(r"\b(?:on|earlier on|later on) (?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)\b", re.I)


def side_meetings(record: MeetingRecord) -> tuple[MeetingRecord, ...]:
    """Return the meetings a report tells of beside the one it is about, one sentence each ("On the
    same day, Vice President X met with Y"), with someone of its meeting at each; when and where
    as that sentence says, relative to the report's meeting, or the same."""
    if not record.is_meeting or record.is_side:
        return ()
    article = record.article
    sentences: list[str] = []  # the report's, read when a name needs its title
    found: list[MeetingRecord] = []
    seen = {frozenset(p.name for p in record.participants)}
    for para in article.body:
        for sentence in para.sentences:
            plain = next(_report_sentences([para])) if sentence == para.sentences[0] else sentence
            plain = _as_read(article, para, plain)  # "Jaishankar met:" then "2. Brazilian Foreign Minister ..."
            # what a clause after the meeting says is of someone's words or another place and time:
            # "met with X, who said Kazakhstan hopes to attract ... by 2030"
            whole, plain = plain, _SIDE_CLAUSE_RE.sub("", _opening_meeting(plain, record.participants) or plain)
            if not _SIDE_VERB_RE.search(plain) or _NOT_NOW_RE.search(plain) or _EARLIER_MEETING_RE.search(plain) \
                    or _URGED_RE.search(plain) or _of_another_time(plain, record.date):
                continue
            said = _CALL_ON_RE.sub("met with", _ALSO_RE.sub("", plain))
            for people in _pairs_met(said):
                if any(lx.country_of(p.name) or lx.is_demonym(p.name)
                       # "met with Trung's predecessor": someone else
                       or re.search(rf"\b{re.escape(p.name)}['’]s\b", plain) for p in people):
                    continue
                sentences = sentences or list(_report_sentences(article.paragraphs))
                people = tuple(_as_participant(p, record.participants, sentences) for p in people)
                names = frozenset(p.name for p in people)
                if len(names) < 2 or names in seen or not names & {p.name for p in record.participants}:
                    continue
                seen.add(names)
                found.append(_side_record(record, people, sentence, plain, whole))
    return tuple(found)


# "... met with Prime Minister X, who said Vietnam hopes to ...": what the one met said
_WHO_SAID_RE = re.compile(r"\b(?P<name>[A-Z][\w'’-]*), who (?P<verb>said|says|called for|urged|stressed|noted)"
                          r"(?: that)? (?P<what>[^;]+?)[.;]?$")


def _said_after_meeting(sentence: str, people: tuple[Participant, ...]) -> tuple[Statement, ...]:
    """Return what a sentence telling of a meeting has someone of it say in a clause after their name."""
    m = _WHO_SAID_RE.search(sentence)
    speaker = next((p for p in people if m and m["name"] in p.aliases), None)
    if speaker is None:
        return ()
    verb = "said" if m["verb"] in ("said", "says") else m["verb"]
    return (Statement(speaker.name, m["what"].strip(), sentence, verb=verb),)


def _pairs_met(sentence: str) -> list[tuple[Participant, ...]]:
    """Return who met whom in a sentence, a pair for each one met: "Trung met with Vice President
    Han Zheng and Premier Li Qiang" is two meetings of Trung's."""
    people = _participants(sentence)
    if len(people) != 2:
        return []
    pairs = [people]

    def also_met(rest: str) -> bool:
        """Add the meeting of the first one with whom `rest` opens with, if someone new."""
        again = _participants(f"{people[0].name} met with {rest}")
        if len(again) != 2 or again[1].name in {p[1].name for p in pairs}:
            return False
        pairs.append((people[0], again[1]))
        return True

    # "met with A, B and C": each one after the first, as far as the list goes
    while len(pairs) < 6:
        more = re.search(rf"\b{re.escape(pairs[-1][1].name)}(?:,? and|,) (?P<rest>[A-Z].*)$", sentence)
        if not more or not also_met(more["rest"]):
            break
    # "A held talks with B in Hanoi and met with Prime Minister C": a meeting of A's with C too
    if more := _AND_MET_RE.search(sentence):
        also_met(more["rest"])
    return pairs


_AND_MET_RE = re.compile(r"\band (?:also |separately )?(?:met|meets|held talks|holds talks|called on|calls on)"
                         r"(?: separately)?(?: with)? "
                         r"(?P<rest>(?:visiting )?[A-Z].*)$")


def _of_another_time(sentence: str, day: dt.date) -> bool:
    """Tell whether a sentence names a year or a month other than those of a meeting's day, or
    another time ("last year", "earlier this month")."""
    if _ANOTHER_TIME_RE.search(sentence):
        return True
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence)}
    months = {MONTHS[m.lower()] for m in re.findall(rf"\b({MONTH_ALT})\b", sentence)}
    return bool(years - {day.year} or months - {day.month})


def _as_participant(p: Participant, known: tuple[Participant, ...], sentences: list[str]) -> Participant:
    """Return the participant of the report's meeting a name is ("Trung" -> "Le Hoai Trung"; "He"
    -> the one the report calls so), or the person with the title the report gives them."""
    words = set(p.name.split())
    same = [k for k in known if words <= set(k.aliases)
            or p.name.lower() in _SPEAKER_PRONOUNS and k.pronoun == p.name.lower()]
    return same[0] if len(same) == 1 else _titled(p, sentences)


# "In his meeting with Prak Sokhonn, Wang said ...", "During his talks with Thongsavanh, ...": a
# sentence of one of the meetings a report tells of ("met separately with A and B")
_AT_MEETING_WITH_RE = re.compile(r"^\W*(?:(?:In|During|At) (?:his|her|their|the) (?:meeting|talks|talk) with"
                                 r"|(?:When )?[Mm]eeting with) (?P<who>" + _CAPS + r")")


def _met_with_at_opening(sentence: str) -> set[str]:
    """Return the words of the name a sentence opens its meeting with ("Prak", "Sokhonn"), or none."""
    m = _AT_MEETING_WITH_RE.match(sentence)
    return set(m["who"].split()) if m else set()


def _at_meeting_with(sentence: str, sides: Sequence[MeetingRecord], own: tuple[Participant, ...]) -> bool:
    """Tell whether a sentence opens by naming a meeting with someone of `sides` who is not of `own`."""
    theirs = {a for side in sides for p in side.participants if p not in own for a in p.aliases}
    return bool(_met_with_at_opening(sentence) & theirs)


def _of_side_meeting(s: Statement, people: tuple[Participant, ...], own: tuple[Participant, ...]) -> bool:
    """Tell whether a statement was made at a meeting of `people` beside the report's own: its
    sentence opens by naming that meeting, or the one of them who is not of the report's own said
    it, at no meeting a sentence names."""
    newcomers = [p for p in people if p not in own]
    if named := _met_with_at_opening(s.sentence):
        return any(named & set(p.aliases) for p in newcomers)
    return any(s.speaker == p.name for p in newcomers)


def _side_record(record: MeetingRecord, people: tuple[Participant, ...], sentence: str, plain: str, whole: str
                 ) -> MeetingRecord:
    """Make the record of a meeting one sentence tells of beside the report's own; `plain` is the
    sentence up to a clause after the meeting, `whole` all of it, which may say what they agreed
    or said ("..., where the two ministers agreed to ...")."""
    day, confirmed = record.date, record.weekday_confirmed
    if _DAY_BEFORE_RE.search(plain):
        day, confirmed = day - dt.timedelta(days=1), False
    elif _DAY_AFTER_RE.search(plain):
        day, confirmed = day + dt.timedelta(days=1), False
    elif named := _SIDE_WEEKDAY_RE.search(plain):
        # "Later on Thursday" of a visit: the Thursday nearest the report's meeting
        wanted = WEEKDAYS.index(named["day"].lower())
        day = min((day + dt.timedelta(days=k) for k in range(-3, 4)
                   if (day + dt.timedelta(days=k)).weekday() == wanted), key=lambda d: abs(d - record.date))
        confirmed = True
    city, country = record.city, record.country
    then = told_after(record.article, sentence, people)
    if (named := _place_in(plain)) and (not city or fold(named[0]) != fold(city)):
        city, country = named  # "A day earlier, Takeda met with ... in Dushanbe": not where the report's meeting was
    remote = _REMOTE_RE.search(plain)
    # "held separate talks with A, B and C on the sidelines of the ... Meeting": a gathering brought
    # every meeting of that day and place about, not only the report's
    gathering = record.occasion if record.occasion and _GATHERING_RE.match(record.occasion) \
        and day == record.date and city == record.city else None
    return replace(record, participants=people, city=city, country=country, date=day, weekday_confirmed=confirmed,
                   occasion=gathering, lead=(),
                   # "..., during which they agreed to hold the first round of a dialogue in Beijing"
                   next_meetings=(sentence,) if _tells_of_next(whole) else (),
                   statements=tuple(s for s in _statements(record.article, people) if s.sentence == whole)
                   or _said_after_meeting(whole, people)
                   # "Wang met separately with A and B", then "During his talks with B, Wang said ..."
                   or tuple(s for s in _statements(record.article, people)
                            if _of_side_meeting(s, people, record.participants)),
                   agreements=tuple(d for s in (whole, *then) for d in deeds_in(s)),
                   topics=tuple(t for s in (whole, *then) if (t := _topic_in(s))),
                   remote=remote.group().lower() if remote else None, told_in=sentence)


_THEY_RE = re.compile(r"^\W*(?:They|The two|Both)\b")


def told_after(article: Article, sentence: str, people: tuple[Participant, ...]) -> tuple[str, ...]:
    """Return the sentences after one telling of a meeting beside the report's own that go on
    about it ("A separately held talks with B. They discussed ..."): those of its paragraph that
    open with "They" or with its people's names ("A and B agreed ..."), up to the first that does not."""
    para = next((p for p in article.body if sentence in p.sentences), None)
    if para is None:
        return ()
    names = "|".join(re.escape(a) for p in people for a in p.aliases)
    theirs = re.compile(rf"^\W*(?:{names})(?: [A-Z][\w'’-]*)* and (?:{names})\b") if names else None

    def goes_on(s: str) -> bool:
        return bool(_THEY_RE.match(s) or theirs and theirs.match(s))
    rest = para.sentences[para.sentences.index(sentence) + 1:]
    return tuple(takewhile(goes_on, rest))


_GATHERING_RE = re.compile(r"on the (?:sidelines|margins|fringes) of |while attending |ahead of |on the eve of ",
                           re.I)


PRONOUN_OF = {"he": "he", "him": "he", "his": "he", "himself": "he",
              "she": "she", "her": "she", "hers": "she", "herself": "she"}


def _pronouns(article: Article, participants: tuple[Participant, ...]) -> dict[str, str]:
    """Return "he" or "she" for each participant the report refers to with that pronoun alone."""
    owner: dict[str, set[str]] = {}
    for p in participants:
        for a in p.aliases:
            owner.setdefault(a, set()).add(p.name)
    seen: dict[str, set[str]] = {}
    last: str | None = None  # the last one named, whom a sentence opening "He said ..." means
    for para in article.paragraphs:
        for sentence in para.sentences:
            toks = words(sentence)
            named = [(k, next(iter(owner[t.text]))) for k, t in enumerate(toks) if len(owner.get(t.text, ())) == 1]
            for k, tok in enumerate(toks):
                low = tok.text.lower()
                pronoun = PRONOUN_OF.get(low)
                if pronoun is None:
                    continue
                before = [n for j, n in named if j < k]
                after = [n for j, n in named if j > k]
                if before:  # "Tanaka met with his counterpart", "Nair invited Mansour ..., and he accepted"
                    who = before[-1]
                elif low in ("his", "her") and after:  # "For his part, Son said ..."
                    # "In her talks with Kamau, Haile proposed ...": whoever the clause after the opening names
                    comma = next((j for j in range(k + 1, len(toks)) if toks[j].text == ","), None)
                    who = next((n for j, n in named if comma is not None and j > comma), after[0])
                elif low in ("he", "she") and last:  # "..., she said" after what Holm said
                    who = last
                else:
                    continue
                seen.setdefault(who, set()).add(pronoun)
            if named:
                last = named[-1][1]
    return {name: next(iter(said)) for name, said in seen.items() if len(said) == 1}


_EVENT_HEADS = frozenset("meeting meetings talks conference summit forum".split())


def _titled(p: Participant, sentences: list[str]) -> Participant:
    """Give someone the lead calls only "his Vietnamese counterpart" (or no title) the title
    another opening sentence, such as the photo caption, gives them."""
    if p.title and p.title.split()[-1].lower() != "counterpart":
        return p
    for sentence in sentences:
        toks = _without_positions(words(sentence))
        lows = [t.text.lower() for t in toks]
        named = [t.text for t in toks]
        size = len(p.name.split())
        for k in range(len(toks) - size + 1):
            if " ".join(named[k:k + size]) != p.name:
                continue
            start = k
            # (not "Meeting" of "Meeting Warsame, Haile said ...": an event stands before no one as their title)
            while start > 0 and _is_cap(toks[start - 1]) and _is_title_word(lows[start - 1]) \
                    and lows[start - 1] not in _EVENT_HEADS:
                start -= 1
            while start < k and lows[start] in _CONNECTORS:
                start += 1
            if all(low.rstrip(".") in lx.COURTESY_TITLES for low in lows[start:k]):
                continue  # "Mr Sugiono said ..." gives "his Indonesian counterpart Sugiono" no office
            if start < k:
                # "Mohamad held talks ..." after "... Foreign Minister Mohamad Hasan": his whole name too
                whole = _named_in_full(p, [sentence])
                return Participant(name=whole.name, title=_joined(toks, start, k))
    return _named_in_full(p, sentences) if not p.title else p


def _named_in_full(p: Participant, sentences: list[str]) -> Participant:
    """Give someone a sentence calls by part of their name ("Son said ...") the whole name and title
    another opening sentence gives them ("Vietnamese ... Foreign Minister Bui Thanh Son")."""
    size = len(p.name.split())
    for sentence in sentences:
        toks = _without_days(_without_positions(words(sentence)))
        lows = [t.text.lower() for t in toks]
        for k in range(len(toks) - size + 1):
            if " ".join(t.text for t in toks[k:k + size]) != p.name:
                continue
            before, after = _run_backward(toks, lows, k + size), _run_forward(toks, lows, k)
            if not before or not after:
                continue
            # "... with Kenyan Foreign Minister A and Somali Foreign Minister Omar Warsame": the one of them
            start, end = next((r for r in _split_pair(toks, lows, (before[0], after[1])) or ()
                               if r[0] <= k < r[1]), (before[0], after[1]))
            whole = _participant(toks, lows, start, end)
            parts = whole.name.split()
            if len(parts) > size and p.name.split() in (parts[:size], parts[-size:]):
                return whole
    return p


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


# "Meeting Lao Foreign Minister X, Son said ...", "In his talks with X, Son stressed ...": who the
# clause after the comma opens with (or whose meeting it was) met the one the opening names
_OPENING_MEETING_RE = re.compile(
    r"^(?:While |When |After )?(?:[Mm]eeting|(?:In|At|During) (?:(?P<whose>his|her) |an? )?(?:meeting|talks))"
    r" (?:with )?"
    r"(?P<other>[A-Z][^,]+), (?:(?P<subj>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) (?=[a-z])|(?=the two|both|they))")


def _speaker_named(sentence: str, previous: str) -> str:
    """Put the one who spoke in the previous sentence for a sentence's opening "He" or "She"
    ("..., said Foreign Minister A. He said ... during his meeting with B")."""
    m = re.match(r"(?:He|She) (?=[a-z])", sentence)
    said = _SAID_BY_RE.search(previous) if m else None
    if said is None:
        return sentence
    return f"{(said['after'] or said['before']).rstrip('.')} {sentence[m.end():]}"


def _opening_meeting(sentence: str, hosts: tuple[Participant, ...] = ()) -> str | None:
    """Rewrite a sentence that opens with a meeting ("Meeting X, Son said ...") as "Son met with X.",
    the one met by whoever the clause after it names, or by the one of `hosts` "his" or "her" is."""
    dateline = parse_dateline(sentence)  # "HANOI, July 10 (Xinhua) -- Meeting X, ..."
    m = _OPENING_MEETING_RE.match(sentence[dateline.length:] if dateline else sentence)
    if m is None:
        return None
    subject = m["subj"]
    if subject is None and m["whose"]:
        pronoun = PRONOUN_OF[m["whose"]]
        subject = next((h.name for h in hosts if h.pronoun == pronoun), None) or next(
            (h.name for h in hosts[:1] if h.pronoun is None), None)
    return f"{subject} met with {m['other']}." if subject else None


# "A and B, the foreign ministers of X and Y, met": the pair before the verb
_PAIR_APPOSITIVE_RE = re.compile(r", (?:the|their|both) (?:[\w-]+ ){0,3}(?:ministers|counterparts|leaders|envoys|"
                                 r"diplomats)(?: of [^,]+)?,(?= [a-z])")
# "Talks between A and B on Wednesday focused on trade": A met B
_TALKS_BETWEEN_RE = re.compile(r"\b(?:[Tt]alks|[Aa] meeting|[Tt]he meeting) between "
                               r"(?P<a>(?:[A-Z][\w'’.-]*(?: |$))+?)and ")
_NOT_HELD_RE = re.compile(r"\b(?:postponed|postpone|cancell?ed|called off|planned|scheduled|delayed|will|would|"
                          r"expected|set to)\b")
# "A held the 16th India-Australia Foreign Ministers' Framework Dialogue with B": talks with B
_HELD_EVENT_RE = re.compile(r"\b(?:held|holds|co-chaired|co-chairs|chaired|chairs) (?:the|a|an) (?:[\w'’.-]+ ){0,10}?"
                            r"(?:dialogue|consultations?|meeting|session|round|talks|forum|commission)s? with\b", re.I)


# "..., Egyptian Foreign Minister A said after meeting his Ethiopian counterpart B": A met B
# (with the day between: "said on Tuesday (Nov 18) after meeting ...")
_SAID_AFTER_MEETING_RE = re.compile(r"\b(?:said|says|told reporters)(?: on [A-Z]\w+(?: \([^()]{1,20}\))?)? "
                                    r"(?:after|following|before|when|while) "
                                    r"(?:meeting(?: with)?"
                                    r"|(?:a|his|her|their) (?:meeting|talks) with|talks with)\b")
# "A said the agreement was reached during his bilateral meeting with B": A met B (only plain
# words between, so "A said Brazil's C ... during his meeting" does not make A meet B)
_SAID_DURING_MEETING_RE = re.compile(r"\b(?:said|says)(?: [a-z][\w'’-]*){0,12} (?:during|at|after|in) (?:his|her) "
                                     r"(?:[\w-]+ ){0,2}(?:meeting|talks) with\b")
# "..., said Foreign Minister A." or "Foreign Minister A said ...": who a sentence's "He" goes on from
_SAID_BY_RE = re.compile(r"(?:, (?:said|says) (?P<after>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+)\.?$"
                         r"|^(?:.*? -- )?(?P<before>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+) (?:said|says)\b)")
# "Wang, also a member of ..., made the remarks while holding talks with B": Wang met B
_REMARKS_AT_MEETING_RE = re.compile(r"(?:, (?:also|who is(?: also)?) [^,]+,)? (?:made|delivered) (?:the|these|those) "
                                    r"remarks (?:while|when|during|at|after) (?:holding talks|meeting|talks|"
                                    r"(?:a|his|her|their) (?:meeting|talks))(?: with)?\b")


# "the Minister of Foreign Affairs of New Zealand, Winston Peters, said": the name set off by commas;
# "The Foreign Secretary, Helen Marsh, hosted Kenya's Cabinet Secretary for Foreign Affairs, Peter Kamau,"
# (no country after the office: the name has two words or more)
# ("the Ambassador of Kenya to Sweden, Peter Mwangi,": where an envoy is posted is no part of the name)
_APPOSITIVE_RE = re.compile(r"\b(?P<title>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|for|the|and))*?(?: of (?:the )?"
                            r"(?P<country>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?))?)"
                            r"(?: to (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)?, "
                            r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?:,|$)")


# "Mr. A B, Minister for Foreign Affairs of Japan, held ...", "H.E. Ms. C D, Secretary of Foreign
# Affairs of the Philippines, who ...": a name, then its office of a country set off by commas
_COURTESY_ALT = "|".join(sorted(w.capitalize() for w in lx.COURTESY_TITLES)) + r"|H\.E"  # "H.E.": His Excellency
_OFFICE_AFTER_RE = re.compile(rf"(?:\b(?:{_COURTESY_ALT})\.? )*" r"\b(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}), "
                              r"(?P<title>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|for|the|and))*? of (?:the )?"
                              r"(?P<country>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)),(?= [a-z])")


def _titled_as_written(sentence: str) -> str:
    """Join an office to the name it sets off by commas ("Minister of Foreign Affairs of X, A," ->
    "Minister of Foreign Affairs of X A"; "A, Minister for Foreign Affairs of X," the same), as
    news writes "Foreign Minister A"."""
    def is_name(name: str) -> bool:
        return not lx.country_of(name) and not any(_is_title_word(w.lower()) for w in name.split())

    def is_office(title: str) -> bool:
        return any(w.lower() in lx.TITLE_WORDS for w in title.split())

    def joined(m: re.Match) -> str:
        placed = lx.country_of(m["country"]) if m["country"] else len(m["name"].split()) >= 2
        return f"{m['title']} {m['name']}" if is_office(m["title"]) and placed and is_name(m["name"]) else m[0]

    def joined_after(m: re.Match) -> str:
        placed = lx.country_of(m["country"]) or lx.country_of(m["country"].split()[-1])
        return f"{m['title']} {m['name']}" if is_office(m["title"]) and placed and is_name(m["name"]) else m[0]
    return _OFFICE_AFTER_RE.sub(joined_after, _APPOSITIVE_RE.sub(joined, sentence))


_HONOURS_RE = re.compile(rf"\b{lx.STYLED_HONOURS} (?=[A-Z])")


def _participants(sentence: str) -> tuple[Participant, ...]:
    sentence = _PAIR_APPOSITIVE_RE.sub("", _titled_as_written(_HONOURS_RE.sub("", sentence)))
    if not _NOT_HELD_RE.search(sentence):  # "A meeting between A and B, planned for Monday, has been postponed"
        sentence = _TALKS_BETWEEN_RE.sub(lambda m: f"{m['a']} met with ", sentence, count=1)
    sentence = _HELD_EVENT_RE.sub("held talks with", _opening_meeting(sentence) or sentence)
    sentence = _REMARKS_AT_MEETING_RE.sub(" met with", _SAID_AFTER_MEETING_RE.sub("met with", sentence))
    sentence = _SAID_DURING_MEETING_RE.sub("met with", sentence, count=1)
    toks = _without_days(_without_positions(words(sentence)))
    lows = [t.text.lower() for t in toks]
    if chairs := _chaired_by(toks, lows):
        return chairs
    # the first meeting the sentence tells of: "A held talks with B in Hanoi and met with C" is A and B
    found = sorted(((i, -len(vw), vw) for vw in (verb.split() for verb in _MEET_VERBS)
                    for i in range(len(lows) - len(vw) + 1) if lows[i:i + len(vw)] == vw))
    for i, _, vw in found:
        after = i + len(vw)
        if after < len(lows) and lows[after] == "visiting":
            after += 1  # "received visiting Indian External Affairs Minister ..."
        if after < len(lows) and lows[after] == "the":
            # "met with the Minister of Foreign Affairs of X A", "received the newly appointed Ambassador"
            k = next((k for k in range(after + 1, min(after + 4, len(lows))) if lows[k] not in _NEW_IN_OFFICE), None)
            after = k if k is not None and _is_cap(toks[k]) else after
        # "Wong has met her Chinese counterpart ...": the name stands before the auxiliary
        before = i - 1 if i > 1 and lows[i - 1] in ("has", "have", "had") else i
        a = _run_backward(toks, lows, before)
        if (guests := _counterparts_at(toks, lows, after)) and not _SEPARATE_RE.search(sentence):
            # "A and B hosted their Indonesian counterparts C and D": all four met ("A met with his Thai
            # and Lao counterparts C and D" is two meetings, unless the sentence says it was one of three)
            hosts = _listed_before(toks, lows, before) or ([a] if a and _MEETING_OF_MANY_RE.search(sentence) else [])
            if hosts:
                return (*(_participant(toks, lows, *h) for h in hosts), *guests)
        other = _counterpart_at(toks, lows, after)
        if a and other:  # "A held talks with his Vietnamese counterpart B"
            return (_participant(toks, lows, *a), other[0], *_also_at_meeting(toks, lows, other[1], sentence))
        b = _run_forward(toks, lows, after)
        if vw[-1] != "with" and not b:
            # "A and B met here", "A, B and C pose for a group photo": all stand before the verb.
            runs = _listed_before(toks, lows, before)
            if runs:
                return tuple(_participant(toks, lows, s, e) for s, e in runs)
            continue
        if a and b:
            return (_participant(toks, lows, *a), _participant(toks, lows, *b),
                    *_also_at_meeting(toks, lows, b[1], sentence))
    for k, low in enumerate(lows):
        # "The pact was signed by A and her Indonesian counterpart B", "Philippine Foreign
        # Secretary A and visiting Japanese Foreign Minister B signed ...": whatever the verb.
        if low == "and" and (other := _counterpart(toks, lows, k + 1) or _visiting(toks, lows, k + 1)):
            a = _run_backward(toks, lows, k)
            if a:
                return (_participant(toks, lows, *a), other)
        # "Egyptian Foreign Minister A and Ethiopian Foreign Minister B agreed on Wednesday to ...":
        # two people with titles who did a deed together met to do it
        if low == "and" and (other := _joined_in_deed(toks, lows, k + 1)) and (a := _run_backward(toks, lows, k)) \
                and (first := _participant(toks, lows, *a)).title and first.name:
            return (*_titled_list_before(toks, lows, a[0]), first, other)
    for k in range(len(lows) - 1):
        if lows[k:k + 2] == ["meeting", "with"] and (b := _run_forward(toks, lows, k + 2)):
            return (_participant(toks, lows, *b),)
    return ()


def _titled_subjects(sentence: str) -> tuple[Participant, ...]:
    """Return the people with titles a sentence opens with ("Japanese Foreign Minister A, South
    Korean Foreign Minister B and U.S. Secretary of State C spent ..."), or none unless two or more."""
    toks = words(_titled_as_written(_HONOURS_RE.sub("", sentence)))
    lows = [t.text.lower() for t in toks]
    verb = next((k for k, (t, low) in enumerate(zip(toks, lows))
                 if not (_is_cap(t) or low in _CONNECTORS | lx.NAME_PARTICLES | {"and", ","} or _glued(toks, lows, k))),
                len(toks))
    people = [_participant(toks, lows, *run) for run in _listed_before(toks, lows, verb)]
    return tuple(people) if all(p.title and p.name for p in people) else ()


# "the newly appointed Ambassador", "the outgoing High Commissioner": words of an office's tenure
_NEW_IN_OFFICE = frozenset("newly appointed new outgoing incoming newly-appointed".split())


def _chaired_by(toks: list[Token], lows: list[str]) -> tuple[Participant, ...]:
    """Return the two who co-chaired a meeting a sentence tells of in the passive ("Kenya and
    Tanzania held the fourth round of their dialogue ..., co-chaired by A and B"), or none."""
    for k in range(len(lows) - 2):
        if lows[k] in ("co-chaired", "chaired") and lows[k + 1] == "by" and (a := _run_forward(toks, lows, k + 2)) \
                and a[1] < len(lows) and lows[a[1]] == "and" and (b := _run_forward(toks, lows, a[1] + 1)):
            return (_participant(toks, lows, *a), _participant(toks, lows, *b))
    return ()


_POSITION_WORDS = frozenset("l r c left right center centre front back top bottom , 1st 2nd 3rd 4th 5th "
                            "first second third fourth fifth".split())


def _without_positions(toks: list[Token]) -> list[Token]:
    """Drop a photo caption's position marks ("(2nd L)", "(R)", "(front, C)")."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        if toks[k].text == "(":
            close = next((j for j in range(k + 1, min(k + 6, len(toks))) if toks[j].text == ")"), None)
            if close and close > k + 1 and all(t.text.lower() in _POSITION_WORDS for t in toks[k + 1:close]):
                k = close + 1
                continue
        out.append(toks[k])
        k += 1
    return out


def _without_days(toks: list[Token]) -> list[Token]:
    """Drop "on Monday", "today" and "here" ("A held talks here on Monday with B", "A met today
    with B"), and the place between a verb of meeting and "with" ("A held talks in Harborton on
    Thursday with B"): they split the verb from "with"."""
    lows = [t.text.lower() for t in toks]
    days = [k for k in range(len(toks) - 1) if lows[k] == "on" and lows[k + 1] in WEEKDAYS]
    # "met here Monday": no name is a weekday
    drop = set(days) | {k for k, t in enumerate(toks) if t.text in ("here", "today", "yesterday", "tonight")
                        or lows[k] in WEEKDAYS}
    for k in range(1, len(toks) - 1):
        first = k + 2 if lows[k + 1] == "the" else k + 1  # "at the Great Hall"
        if lows[k] in ("in", "at") and lows[k - 1] in _MET_BEFORE_PLACE and first < len(toks) \
                and _is_cap(toks[first]):
            end = next((m for m in range(first, len(toks)) if not _is_cap(toks[m])), len(toks))
            after = next((m for m in range(end, len(toks)) if m not in drop), len(toks))
            if after < len(toks) and lows[after] == "with":
                drop.update(range(k, end))
    return [t for k, t in enumerate(toks) if k not in drop]


# the last word of a verb of meeting that a place may follow before "with" ("held talks in Harborton with")
_MET_BEFORE_PLACE = frozenset("met meets talks call conversation conference".split())


_SEPARATE_RE = re.compile(r"\b(?:separate|separately|respectively)\b", re.I)
# "the trilateral meeting", "three-way talks": a meeting of more than two, whoever met whom
_MEETING_OF_MANY_RE = re.compile(r"\b(?:trilateral|tripartite|quadrilateral|(?:three|four)-(?:way|party|nation))\b",
                                 re.I)


def _also_at_meeting(toks: list[Token], lows: list[str], end: int, sentence: str) -> tuple[Participant, ...]:
    """Return the others listed after the one met at token `end` when the sentence tells of a
    meeting of more than two ("hosted B and Thai Foreign Minister C for the trilateral meeting");
    none for one of two, where "met with B and C" is two meetings."""
    if not _MEETING_OF_MANY_RE.search(sentence):
        return ()
    found: list[Participant] = []
    while (k := _next_in_list(lows, end)) is not None:
        if not (got := _counterpart_at(toks, lows, k)) and (run := _run_forward(toks, lows, k)) \
                and (person := _participant(toks, lows, *run)).title and person.name:
            got = (person, run[1])  # only someone with a title: "and Wisma Putra" is no one
        if not got:
            break
        found.append(got[0])
        end = got[1]
    return tuple(found)


def _counterpart(toks: list[Token], lows: list[str], i: int) -> Participant | None:
    """Read "his Vietnamese counterpart Bui Thanh Son" from token i: the title is the words
    from the demonym to "counterpart", as written."""
    got = _counterpart_at(toks, lows, i)
    return got[0] if got else None


def _counterparts_at(toks: list[Token], lows: list[str], i: int) -> list[Participant]:
    """Read "their Indonesian counterparts C and D" from token i: each one named, with the title
    as written; none unless two or more are named."""
    if i >= len(lows) or lows[i] not in ("his", "her", "their"):
        return []
    k = next((k for k in range(i + 1, min(i + 6, len(lows))) if lows[k] == "counterparts"), None)
    # ("their Thai and Lao counterparts": peoples joined by "and")
    if k is None or not all(_is_cap(t) or low in ("and", ",") for t, low in zip(toks[i + 1:k], lows[i + 1:k])):
        return []
    title = _joined(toks, i + 1, k + 1)
    found: list[Participant] = []
    j = k + 1 + (k + 1 < len(lows) and lows[k + 1] == ",")
    while run := _run_forward(toks, lows, j):
        found.append(Participant(name=_joined(toks, *run), title=title))
        if (j := _next_in_list(lows, run[1])) is None:
            break
    return found if len(found) >= 2 else []


def _next_in_list(lows: list[str], j: int) -> int | None:
    """Return where a list's next item starts after the ",", "and" or ", and" at token j, or None
    when no such word stands there."""
    if j + 1 < len(lows) and lows[j] == "," and lows[j + 1] == "and":
        return j + 2
    return j + 1 if j + 1 < len(lows) and lows[j] in (",", "and") else None


def _counterpart_at(toks: list[Token], lows: list[str], i: int) -> tuple[Participant, int] | None:
    """Read a counterpart as `_counterpart` does, with the token after its name."""
    if i >= len(lows) or lows[i] not in ("his", "her", "their"):
        return None
    if i + 1 < len(lows) and lows[i + 1] == "visiting":
        i += 1  # "his visiting Chilean counterpart B"
    for k in range(i + 1, min(i + 4, len(lows))):
        if lows[k] == "counterpart":
            if not all(_is_cap(t) for t in toks[i + 1:k]):
                return None
            # "his Japanese counterpart, Yoshida Kenji, reached ...": the name set off by commas
            comma = k + 1 < len(lows) and lows[k + 1] == ","
            name = _run_forward(toks, lows, k + 1 + comma)
            if not name:
                return None
            return Participant(name=_joined(toks, *name), title=_joined(toks, i + 1, k + 1)), name[1]
    return None


def _visiting(toks: list[Token], lows: list[str], i: int) -> Participant | None:
    """Read "visiting Japanese Foreign Minister B" from token i: a guest named with a title."""
    if i >= len(lows) or lows[i] != "visiting" or not (run := _run_forward(toks, lows, i + 1)):
        return None
    guest = _participant(toks, lows, *run)
    return guest if guest.title and guest.name else None


_JOINT_DEEDS = frozenset("agreed signed pledged vowed".split())


def _joined_in_deed(toks: list[Token], lows: list[str], i: int) -> Participant | None:
    """Read "Ethiopian Foreign Minister B agreed" from token i: someone with a title, then a deed
    done with the one named before."""
    run = _run_forward(toks, lows, i)
    if not run or run[1] >= len(lows) or lows[run[1]] not in _JOINT_DEEDS:
        return None
    other = _participant(toks, lows, *run)
    return other if other.title and other.name else None


def _initial_dot(toks: list[Token], k: int) -> bool:
    """Tell whether token k is the stop of a name's initial ("S. Jaishankar")."""
    return (toks[k].text == "." and 0 < k < len(toks) - 1 and len(toks[k - 1].text) == 1
            and toks[k - 1].text.isupper() and toks[k - 1].end == toks[k].start and _is_cap(toks[k + 1]))


def _glued(toks: list[Token], lows: list[str], k: int) -> bool:
    """Tell whether token k holds a mention together: an initial's stop, or the "'s" of a
    country before an office ("Russia's Foreign Minister Sergei Lavrov"; of a name no list knows,
    "Telmar's Foreign Minister", "ASEAN's Secretary-General", only before a title's word)."""
    return _initial_dot(toks, k) or (lows[k] in ("'s", "’s") and 0 < k < len(toks) - 1 and _is_cap(toks[k + 1])
                                     and (bool(lx.country_of(lows[k - 1]))
                                          or _is_cap(toks[k - 1]) and lows[k + 1].split("-")[0] in lx.TITLE_WORDS))


def _run_forward(toks: list[Token], lows: list[str], i: int) -> tuple[int, int] | None:
    j = i
    while j < len(toks) and (_is_cap(toks[j]) or j > i and _glued(toks, lows, j)
                             or lows[j] in _CONNECTORS | lx.NAME_PARTICLES and j > i
                             and _name_goes_on(toks, lows, j + 1)
                             # "EU chief Ursula von der Leyen", "UN envoy Peter Sorensen"
                             or lows[j] in _LOWER_TITLES and j > i and toks[j - 1].text.isupper()
                             and _name_goes_on(toks, lows, j + 1)
                             or _office_and(toks, lows, i, j)):
        j += 1
    return (i, j) if j > i else None


_LOWER_TITLES = frozenset("chief envoy head spokesperson spokesman spokeswoman".split())


def _name_goes_on(toks: list[Token], lows: list[str], k: int) -> bool:
    """Tell whether a name goes on at token k after a particle: a capitalised word, or another
    particle before one ("Juan Ramon de la Fuente")."""
    if k < len(toks) and (lows[k] in lx.NAME_PARTICLES or lows[k] == "the" and lows[k - 1] == "of"):
        k += 1  # "Juan Ramon de la Fuente", "Minister of Foreign Affairs of the Republic of Korea"
    return k < len(toks) and _is_cap(toks[k])


def _office_and(toks: list[Token], lows: list[str], i: int, j: int) -> bool:
    """Tell whether the "and" at j joins one person's offices, not two people: an office's remit
    ("Minister of International Relations and Cooperation", an "of" before it and a remit word
    after) or a second office ("Deputy Prime Minister and Foreign Minister", title words on both sides)."""
    if lows[j] != "and" or j + 1 >= len(toks) or not _is_cap(toks[j + 1]):
        return False
    if j > i and lows[j - 1] in lx.TITLE_WORDS and lows[j + 1] in lx.TITLE_WORDS:
        return True
    return "of" in lows[i:j] and lows[j + 1] in lx.REMIT_WORDS


def _run_backward(toks: list[Token], lows: list[str], end: int) -> tuple[int, int] | None:
    i = end
    while i > 0 and (_is_cap(toks[i - 1]) or lows[i - 1] in _CONNECTORS | {"and"} or _glued(toks, lows, i - 1)
                     # "Faisal bin Farhan", "Ursula von der Leyen": a particle inside a name
                     or lows[i - 1] in lx.NAME_PARTICLES and i > 1 and _is_cap(toks[i - 2])):
        i -= 1
    # "The Minister for Foreign Affairs of X, A, received": "The" opens the sentence, not the title
    while i < end and (not _is_cap(toks[i]) or lows[i] == "the" and i + 1 < end):
        i += 1
    return (i, end) if end > i else None


def _listed_before(toks: list[Token], lows: list[str], end: int) -> list[tuple[int, int]]:
    """Return the mentions of "A, B and C" that end at token `end`, in order."""
    found: list[tuple[int, int]] = []
    if end > 0 and toks[end - 1].text == ",":
        end -= 1  # "The foreign ministers of A, B and C, N1, N2 and N3, met": the list closes with a comma
    run = _run_backward(toks, lows, end)
    while run:
        if not _names_someone(lows, run) and len(found) >= 2:
            break  # the countries whose ministers the names that follow are
        found[:0] = _split_pair(toks, lows, run) or [run]
        start = run[0]
        if start < 2 or toks[start - 1].text != ",":
            break
        run = _run_backward(toks, lows, start - 1)
    # "The foreign ministers of China, Japan and South Korea met": countries, not people
    people = [run for run in found if _names_someone(lows, run)]
    return people if len(people) >= 2 and len(people) == len(found) else []


def _titled_list_before(toks: list[Token], lows: list[str], start: int) -> list[Participant]:
    """Return the people with titles listed before the mention at token `start` ("Chinese Foreign
    Minister A, Japanese Foreign Minister B and ..."), in order; a date or place before them is none."""
    found: list[Participant] = []
    while start >= 2 and toks[start - 1].text == "," and (run := _run_backward(toks, lows, start - 1)):
        person = _participant(toks, lows, *run)
        if not (person.title and person.name):
            break
        found.insert(0, person)
        start = run[0]
    return found


def _names_someone(lows: list[str], run: tuple[int, int]) -> bool:
    return any(not _is_title_word(w) and w not in lx.COMPASS and w != "and" for w in lows[run[0]:run[1]])


def _is_title_word(low: str) -> bool:
    return low in lx.TITLE_WORDS or low in lx.ORG_WORDS or low in _CONNECTORS or lx.is_demonym(low)


def _split_pair(toks: list[Token], lows: list[str], run: tuple[int, int] | None):
    """Split "Title A Name A and Title B Name B" at the "and" that ends a name."""
    if not run:
        return None
    start, end = run
    for k in range(start + 1, end - 1):
        # "and Foreign Minister B", "and South Korean Foreign Minister B", "and New Zealand Foreign Minister B"
        two_words = k + 3 < end and lx.country_of(f"{lows[k + 1]} {lows[k + 2]}") and _is_title_word(lows[k + 3])
        opens_title = _is_title_word(lows[k + 1]) or lows[k + 1] in lx.COMPASS and k + 2 < end \
            and _is_title_word(lows[k + 2]) or lows[k + 1] in lx.MULTIWORD_HEADS and bool(two_words)
        if lows[k] == "and" and not _is_title_word(lows[k - 1]) and opens_title:
            return [(start, k), (k + 1, end)]
    if all(not _is_title_word(w) or w == "and" for w in lows[start:end]):
        # "Karim Alaoui and Fatou Ndiaye": two names with no office between them
        ands = [k for k in range(start + 1, end - 1) if lows[k] == "and"]
        if len(ands) == 1:
            return [(start, ands[0]), (ands[0] + 1, end)]
    return None


def _participant(toks: list[Token], lows: list[str], start: int, end: int) -> Participant:
    """Split a mention such as "Vietnamese Foreign Minister Bui Thanh Son" into title and name."""
    k = _name_start(toks, lows, start, end)
    if start < k < end and (lows[k - 1] == "of" or lows[k - 1] == "the" and k - 2 > start and lows[k - 2] == "of"):
        # "Minister of Foreign Affairs of New Zealand A", "... of the Philippines A"
        k += next((size for size in (2, 1) if k + size < end and lx.country_of(" ".join(lows[k:k + size]))), 0)
    while k > start + 1 and k < end and lows[k - 1] in lx.HONORIFICS:
        k -= 1  # "Saudi Foreign Minister [Prince Faisal ...]": he is Prince Faisal in the report
    if start + 1 < k and toks[start].text == "the":
        start += 1  # "A, and the Minister of Foreign Affairs of X, B,": the article is no part of the office
    return Participant(name=_joined(toks, k, end), title=_joined(toks, start, k))


def _name_start(toks: list[Token], lows: list[str], start: int, end: int) -> int:
    """Return where the name of a mention starts, after its title; its start if it is all title."""
    k = end
    while k > start and (_initial_dot(toks, k - 1)
                         or _is_cap(toks[k - 1]) and (not _is_title_word(lows[k - 1]) or k - 2 >= start
                                                      and lx.is_surname(lows[k - 1], lows[k - 2])) or (
            # "Khalid Al Mansoori", "Ana de Souza": a particle between two words of the name
            lows[k - 1] in lx.NAME_PARTICLES and k < end and k - 2 >= start and (
                _is_cap(toks[k - 2]) and not _is_title_word(lows[k - 2])
                # "Juan Ramon de la Fuente": two particles
                or lows[k - 2] in lx.NAME_PARTICLES and k - 3 >= start and _is_cap(toks[k - 3])
                and not _is_title_word(lows[k - 3])))):
        k -= 1
    return start if k == end else k


def _joined(toks: list[Token], a: int, b: int) -> str:
    """Return tokens a..b as written, spaced as in the sentence."""
    if a >= b:
        return ""
    out = toks[a].text
    for prev, tok in zip(toks[a:b - 1], toks[a + 1:b]):
        out += (" " if tok.start > prev.end else "") + tok.text
    return out


def _place_in(sentence: str) -> tuple[str, str | None] | None:
    """Return the first place a sentence puts something "in" ("in Dushanbe", "in Lisbon,
    Portugal") as city and country, or None."""
    for m in _PLACE_RE.finditer(sentence):
        first = m["city"].split()[0].lower()
        if first in lx.TITLE_WORDS or first in MONTHS or first in WEEKDAYS:
            continue
        # ("Washington, D.C.": a dotted abbreviation keeps its last stop; "Lisbon, Portugal." does not)
        country = m["country"] if m["country"] and not m["country"].isdigit() else None
        if country and ((low := country.split()[0].lower()) in lx.TITLE_WORDS or low in MONTHS or low in WEEKDAYS):
            country = None  # "On 12 October, in Hanoi, Deputy Prime Minister A held talks ...": an office
        dotted = country and DOTTED_CAPITALS_RE.fullmatch(country.split()[-1].rstrip("."))
        return m["city"].rstrip("."), country if dotted else country.rstrip(".") if country else None
    return None


_COUNTRY_ALT = r"(?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)*"
_UNNAMED_MEETING_RE = re.compile(r"\b(?:ministers|leaders|envoys|delegations|diplomats) of "
                                 rf"{_COUNTRY_ALT}(?:, {_COUNTRY_ALT})*,? and {_COUNTRY_ALT} (?:met|held talks)\b")


# "The two ministers met at Wisma Putra in Putrajaya", "... met with Y in Penang on Monday": where
# they met, whatever city the report was filed from; not "last met in Hanoi"
_MET_IN_RE = re.compile(r"(?<!last )(?<!previously )(?<!had )\b(?:met|held (?:their |the )?talks)"
                        r"(?: (?:at|with|on) [^.;,]*?)? (?=in [A-Z])")


def _place(article: Article, own: str, unnamed: Sequence[str] = (), after: Sequence[str] = ()
           ) -> tuple[str | None, str | None]:
    """Return where the report's meeting was: its caption's place, or where the sentence that
    tells of it or one of the next (`after`) says they met, or its dateline's, or where the
    sentence that tells of it (`own`), or one that tells of it without their names (`unnamed`),
    puts it."""
    dateline = article.dateline
    city = dateline.city if dateline else None
    country = dateline.region if dateline else None
    met_in = next((named for sentence in after for m in _MET_IN_RE.finditer(sentence)
                   if (named := _place_in(sentence[m.end():])) and not lx.country_of(named[0])), None)
    if met_in and (city is None or fold(met_in[0]) != fold(city)):
        # a dateline names where the report was filed ("KUALA LUMPUR" for talks in Putrajaya)
        city, country = met_in[0], met_in[1] or (country if city is None else None)
    caption = article.caption
    if caption:
        for m in _PLACE_RE.finditer(caption.text):
            c_city, c_country = m["city"], m["country"]
            if c_city.split()[0].lower() in lx.TITLE_WORDS or c_city.split()[0] in MONTHS:
                continue
            c_country = c_country if c_country and not re.fullmatch(r"\d+", c_country) else None
            if c_country and c_country.endswith(".") and "." not in c_country.split()[-1][:-1]:
                c_country = c_country[:-1]  # "in Lisbon, Portugal. (Xinhua/...)": the sentence's stop; not "U.S."
            if city is None or c_city.lower() == city.lower():
                city = city or c_city
                country = country or c_country
            else:
                # the photo shows the meeting where it was held; a dateline names where the report
                # was filed ("UNITED NATIONS" for talks in New York, the capital for a provincial city)
                city, country = c_city, c_country
            break
    if city is None and (named := _place_in(own) or next(filter(None, map(_place_in, unnamed)), None)):
        # a ministry's release has no dateline: "... held talks with X in Beijing"
        city, country = named
        if lx.country_of(city) and not country:
            city, country = None, city  # "met ... in Vietnam": the country, no city
    if city and not country and not lx.is_demonym(city):
        # "HANOI, Dec. 1 -- ...", "Keola is on a four-day official visit to Vietnam": the visit's country
        visit = next((m for p in article.body for m in _VISIT_TO_RE.finditer(p.text)
                      if lx.country_of(m["country"])), None)
        country = visit["country"] if visit else None
    if city is None and country is None:
        # a readout with no place: "... held a meeting with B, who is visiting Japan": the guest's host country
        visit = next((m for sentence in (own, *unnamed) for m in _GUEST_IN_RE.finditer(sentence)
                      if lx.country_of(m["country"])), None)
        country = visit["country"] if visit else None
    return city, country


# "B, who is visiting Japan", "welcomed B on her first visit to Japan": where a guest is met
_GUEST_IN_RE = re.compile(r"\b(?:who (?:is|was) (?:visiting|on (?:a|an) (?:[\w-]+ ){0,3}visit to)|on (?:a|an|his|her|"
                          r"their) (?:[\w-]+ ){0,3}visit to) (?:the )?(?P<country>[A-Z][\w-]+(?: [A-Z][\w-]+)?)")
# "X is on a four-day official visit to Vietnam": where a visitor is, by the country's name
_VISIT_TO_RE = re.compile(r"\b(?:is|was|are|were) (?:on|paying|making) an? (?:[\w-]+ ){0,3}visit to "
                          r"(?:the )?(?P<country>[A-Z][\w-]+(?: [A-Z][\w-]+)?)")


def _host_country(article: Article, own: str, participants: Sequence[Participant]) -> str | None:
    """Return the country of the one who hosts a guest the sentence of the meeting calls visiting
    ("A held talks with visiting Thai Foreign Minister B"), as the report spells its name; None
    when no one is called visiting, or the host's office names no country the report names."""
    visiting = re.search(r"\bvisiting\b", own, re.I)
    if not visiting or len(participants) != 2:
        return None
    after = own[visiting.end():]
    # the guest is the first one named after "visiting"; the host, the other
    at = [len(after) if (k := after.find(p.name)) < 0 else k for p in participants]
    if min(at) == len(after):
        return None
    host = participants[at.index(max(at))]
    countries = lx.countries_in(host.title or "")
    if len(countries) != 1:
        return None
    # the country's own name, not its people's ("Cambodia", not "Cambodian")
    return next((m.group() for p in article.paragraphs for m in _COUNTRY_NAME_RE.finditer(p.text)
                 if lx.country_of(m.group()) == countries[0] and not _is_people(m.group())), None)


_COUNTRY_NAME_RE = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")


def _is_people(word: str) -> bool:
    """Tell whether a country's word names its people ("Cambodian"), not the country."""
    low = word.lower()
    return low not in lx.COUNTRIES and low not in lx.MULTIWORD_COUNTRIES and low not in lx.COUNTRY_ALIASES


def _meeting_date(article: Article, own: str) -> tuple[dt.date, str]:
    caption = article.caption
    if caption:
        m = FULL_DATE_RE.search(caption.text)
        if m:
            try:
                return dt.date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"])), "caption"
            except ValueError:
                pass
    lead = article.body[0].sentences[0] if article.body else ""
    if day := dateline_day(article):
        # "WELLINGTON, 22 November 2026 -- A and B met in Wellington on 21 November 2026": the day
        # the lead says they met, when it is one of the days before the report was filed
        if (written := _lead_date(lead, day)) and day - dt.timedelta(days=7) <= written < day:
            return written, "lead"
        if (m := ON_WEEKDAY_RE.search(lead)) and (said := _last_weekday(day, m["day"])) != day:
            return said, "weekday"  # "NEW DELHI, Oct. 14 -- ... here on Tuesday": filed the day after
        return day, "dateline"
    if written := _lead_date(lead, article.date):
        return written, "lead"
    if m := ON_WEEKDAY_RE.search(lead):
        # "CAIRO (Xinhua) -- ... met in Cairo on Tuesday": the last Tuesday up to the day it was published
        return _last_weekday(article.date, m["day"]), "weekday"
    if m := _RELATIVE_DAY_RE.search(own):
        # a readout: "Secretary X met with Minister Y today in Washington", of the day its date line
        # gives ("March 4, 2026" above it), else of the day it was published
        released = next((d for p in article.paragraphs if p.kind == "label" and (d := date_line(p.text))),
                        article.date)
        return released - dt.timedelta(days=int(m["day"].lower() == "yesterday")), m["day"].lower()
    return article.date, "publication"


def _lead_date(lead: str, filed: dt.date) -> dt.date | None:
    """Return the day a lead says a thing was done ("on Nov. 18", "on 21 November 2026"), in the
    year it gives, else the year of the day filed or the one before; None when it gives none."""
    if not (m := LEAD_DATE_RE.search(lead)):
        return None
    month = MONTHS[(m["month"] or m["dmonth"]).lower()]
    written = m["year"] or m["dyear"]
    year = int(written) if written else filed.year - (1 if month > filed.month + 1 else 0)
    try:
        return dt.date(year, month, int(m["day"] or m["dday"]))
    except ValueError:
        return None


def dateline_day(article: Article) -> dt.date | None:
    """Return the day a report's dateline gives ("HANOI, Dec. 29"), in the year it was published or
    the one before, or None."""
    d = article.dateline
    if not (d and d.month and d.day):
        return None
    try:
        return dt.date(article.date.year - (1 if d.month > article.date.month + 1 else 0), d.month, d.day)
    except ValueError:
        return None


_RELATIVE_DAY_RE = re.compile(r"\b(?P<day>today|yesterday)\b", re.I)


def _last_weekday(day: dt.date, weekday: str) -> dt.date:
    """Return the last date up to a day that falls on a weekday ("Tuesday")."""
    return day - dt.timedelta(days=(day.weekday() - WEEKDAYS.index(weekday.lower())) % 7)


# "on Thursday", or as American agencies write it, "met Thursday", "said Tuesday"
ON_WEEKDAY_RE = re.compile(r"\b(?:on|met|meets|talked|spoke|signed|agreed|said) (?P<day>"
                           + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b")


def _weekday_confirms(article: Article, date: dt.date) -> bool:
    wanted = WEEKDAYS[date.weekday()]
    for p in article.paragraphs[:4]:
        low = p.text.lower()
        named = [w for w in WEEKDAYS if re.search(rf"\b{w}\b", low)]
        if named:
            return wanted in named
    return False


# "The 59th ASEAN Foreign Ministers' Meeting was chaired by ...": the event a report names
_NAMED_EVENT_RE = re.compile(r"\b(?:[Tt]he )(?P<event>(?:\d+(?:st|nd|rd|th) )?" + _CAPS
                             + r" (?P<head>Meeting|Summit|Forum|Conference|Session|Dialogue))"
                             r" (?:was|is|were|are) (?:chaired|co-chaired|hosted|held|attended|opened)\b")
# "on the sidelines of the meeting": the event said before by its name
_UNNAMED_EVENT_RE = re.compile(r"\bof the (?P<head>meeting|summit|forum|conference|session|dialogue)$")


def _occasion(sentences) -> str | None:
    """Return the first phrase of the report that says what brought them together; "during a
    visit to Paris by A" only says again where they met, so a later phrase is taken over it."""
    found: list[str] = []
    named: dict[str, str] = {}  # an event's head noun -> its name
    for s in sentences:
        for m in _NAMED_EVENT_RE.finditer(s):
            named.setdefault(m["head"].lower(), m["event"])
        matches = [(m.start(), m["occasion"]) for m in _OCCASION_RE.finditer(s)]
        matches += [(m.start(), m["event"]) for m in _CHAIRED_RE.finditer(s)]
        matches += [(m.start(), m["event"]) for m in _HELD_NAMED_EVENT_RE.finditer(s)]
        matches += [(m.start(), m["event"]) for m in _IN_CITY_FOR_RE.finditer(s)]
        matches += [(m.start("event"), m["event"]) for m in _MET_FOR_RE.finditer(s)]
        for at, phrase in sorted(matches):
            if _NOT_NOW_RE.search(s[:at]):
                continue  # "They will meet in person on the sidelines of ...": another meeting's
            end = _OCCASION_END_RE.search(phrase)
            if end:
                phrase = phrase[:end.start()]
            phrase = phrase.rstrip(" .")
            if (unnamed := _UNNAMED_EVENT_RE.search(phrase)) and unnamed["head"] in named:
                phrase = f"{phrase[:unnamed.start()]}of the {named[unnamed['head']]}"
            found.append(phrase[:1].lower() + phrase[1:])
    told = [p for p in found if not _VISIT_BY_RE.match(p)]
    return (told or found or [None])[0]


def next_clause(sentence: str) -> int:
    """Return where the clause of a sentence that tells of the next meeting starts: after the comma
    before it ("... held a meeting in Tokyo, agreeing to prepare for the next summit"), or after
    the "and" before it ("A thanked Kenya for hosting the talks and invited B to attend the fifth
    round, to be held in Dodoma"), else 0."""
    at = _NEXT_MEETING_RE.search(sentence) or _TO_BE_HELD_RE.search(sentence)
    if not at:
        return 0
    if ", " in sentence[:at.start()]:
        return sentence.rfind(", ", 0, at.start()) + 2
    return sentence.rfind(" and ", 0, at.start()) + 5 if " and " in sentence[:at.start()] else 0


def told_tail(sentence: str) -> int:
    """Return where a sentence's closing word of who told it starts (", according to a joint
    statement released by X", ", the ministry said"), else its length."""
    m = _TOLD_TAIL_RE.search(sentence.rstrip(" ."))
    return m.start() if m else len(sentence)


def _next_meetings(article: Article, skipped: Container[str | None] = ()) -> tuple[str, ...]:
    """Return the sentences of the report that tell of a meeting to come, in order, but for those
    `skipped`."""
    return tuple(sentence for para in article.body for sentence in para.sentences
                 if _tells_of_next(sentence) and sentence not in skipped)


# "A will travel to Dhaka next Tuesday for talks with B", "A is scheduled to meet B", "A and B will
# meet in Geneva": read as if held ("A met with B"), so its people are found as a meeting's are
_WILL = r"\b(?:will|(?:is|are) (?:scheduled |set |due |expected |slated )?to) "  # what is to be done
_PLANNED_RE = re.compile(_WILL + r"(?:(?:travel|fly|go|head|come|visit|pay (?:an? )?(?:[a-z]+ )?visit)\b[^,;]*?"
                         r"\b(?:for|hold|and hold) (?:talks|a meeting|meetings) with"
                         r"|hold (?:talks|a meeting) with|meet(?: with)?)\b")
_PLAN_PLACE_RE = re.compile(r"\b(?:(?:travel|fly|go|head|come|trip) to|visits?(?: to)?|in) (?:the )?"
                            r"(?P<place>" + _CAPS + r")")
_IN_PLACE_OPENING_RE = re.compile(r"(?:" + _CAPS + r", [A-Z][a-z]+\. \d{1,2}[^-–]*[-–]+ )?"
                                  r"In (?P<place>" + _CAPS + r"),")
# "visits to Brazil, Chile and Colombia", "a tour of ...": a trip of several places
_TOUR_RE = re.compile(r"\b(?:visits|tour)\b|\bto (?:the )?" + _CAPS + r"(?:, | and )[A-Z]")
_PLANNED_VISIT_RE = re.compile(_WILL + r"(?:travel|fly|go|head|visit|pay (?:an? )?(?:[a-z]+ )?visits?)\b")
_WEEKDAY_ALT = "|".join(d.capitalize() for d in WEEKDAYS)
_PLAN_TIME_RE = re.compile(
    rf"\b(?:(?:next|this|on) )?(?P<weekday>{_WEEKDAY_ALT})\b"
    rf"|\b(?P<month>{MONTH_ALT})\.? (?P<day>\d{{1,2}})(?:(?:-|–| to )\d{{1,2}})?(?:, (?P<year>\d{{4}}))?\b"
    rf"|\b(?P<dday>\d{{1,2}})(?:(?:-|–| to )\d{{1,2}})? (?P<dmonth>{MONTH_ALT})(?: (?P<dyear>\d{{4}}))?\b"
    r"|\b(?:next|later this|early next|this) (?:week|month|year)\b")
# ", India's foreign ministry said on Friday": when the plan was told, not when it is
_TOLD_TAIL_RE = re.compile(r",[^,]*\b(?:said|says|told|announced|according to)\b[^,]*$")


def _plan(article: Article, filed: dt.date) -> Plan | None:
    """Read the meeting to come that a report of none held tells of in its first sentences: who,
    where and when (a weekday is the first after the day the report was filed); where and when
    the visit its first sentence tells of, when the meeting's own sentence does not say."""
    opening = [s for p in article.body[:3] for s in p.sentences[:2]]
    for sentence in opening:
        told = _TOLD_TAIL_RE.sub("", sentence)
        planned = _PLANNED_RE.search(told)
        if planned is None:
            continue
        as_held = told[:planned.start()] + ("met with" if planned.group().endswith("with") else "met") \
            + told[planned.end():]
        people = _participants(as_held)
        if len(people) < 2:
            continue
        # "In Santiago, Wang will meet A, and in Bogota he will hold talks with B": the first clause's
        clause = re.split(r",\s+and\s+|;", told[planned.start():])[0]
        where = _PLAN_PLACE_RE.search(clause) or _IN_PLACE_OPENING_RE.match(told)
        when = _PLAN_TIME_RE.search(clause)
        tour = False
        if (not where or not when) and (visit := _PLANNED_VISIT_RE.search(_TOLD_TAIL_RE.sub("", opening[0]))):
            # "A will pay an official visit to China from Nov. 28 to 30 ... During the visit, B will
            # hold talks with A"
            trip = visit.string[visit.start():]
            to = _PLAN_PLACE_RE.search(trip)
            tour = not when and bool(where) and bool(_TOUR_RE.search(trip[:to.end() + 40] if to else trip))
            where = where or to
            when = when or _PLAN_TIME_RE.search(trip)
        return Plan(participants=tuple(_titled(p, [sentence, *opening]) for p in people),
                    place=where["place"].rstrip(".") if where else None,
                    time=re.sub(r"^(?:on|from) ", "", when.group()) if when else None,
                    day=_planned_day(when, filed) if when else None, sentence=sentence, tour=tour)
    return None


def _planned_day(when: re.Match, filed: dt.date) -> dt.date | None:
    """Return the first calendar day of a time to come a report gives, reckoned from its date."""
    if when["weekday"]:
        return _last_weekday(filed + dt.timedelta(days=7), when["weekday"])  # the first one after the day filed
    month, day, year = ((when["month"], when["day"], when["year"]) if when["month"]
                        else (when["dmonth"], when["day"] or when["dday"], when["dyear"]))
    if not month:
        return None  # "next week": no one day
    try:
        found = dt.date(int(year) if year else filed.year, MONTHS[month.lower()], int(day))
        # "Jan. 5" in a report of late December is of the year to come
        return found if year or found >= filed - dt.timedelta(days=1) else found.replace(year=found.year + 1)
    except ValueError:
        return None


def _tells_of_next(sentence: str) -> bool:
    """Tell whether a sentence tells of a meeting to come."""
    return bool((_NEXT_MEETING_RE.search(sentence) or _TO_BE_HELD_RE.search(sentence)) and _FUTURE_RE.search(sentence))


def _statements(article: Article, participants: tuple[Participant, ...]) -> list[Statement]:
    aliases = {}
    for p in participants:
        for a in p.aliases:
            aliases.setdefault(a.lower(), set()).add(p.name)
    # a readout calls them by their titles: "The Secretary underscored ...", "the minister said ..."
    for p in participants:
        for w in set(p.title.lower().split()) & lx.NAME_TITLES:
            aliases.setdefault(f"the {w}", set()).add(p.name)
        # "..., said the senior Chinese diplomat": the one of that people
        for w in _demonyms(p.title):
            aliases.setdefault(f"the {w}", set()).add(p.name)
    untold = [p for p in participants if not _demonyms(p.title)]
    if len(participants) == 2 and len(untold) == 1:
        # of two, one titled without his people ("Director of the Office of ..."): any other people
        # the report names is his
        known = {w for p in participants for w in _demonyms(p.title)}
        for w in _demonyms(" ".join(p.text for p in article.body)) - known:
            aliases.setdefault(f"the {w}", set()).add(untold[0].name)
    out: list[Statement] = []
    last: str | None = None
    for para in article.body:
        quoting: str | None = None  # who the paragraph's last sentence quoted
        for sentence in _whole_quotes(_report_sentences([para])):
            speaker, text, verb = _reported(sentence, aliases, last)
            if speaker:
                last = speaker
                if text:
                    opened = sentence.lstrip()
                    quoted = opened[:1] in ('"', "\u201c") and opened[1:].lstrip().startswith(text)
                    out.append(Statement(speaker, text, sentence, quoted, verb))
                    if (other := _WHILE_SAID_RE.search(sentence)) and len(aliases.get(other["who"].lower(), ())) == 1:
                        # "A said ..., while B called for more funding": B's part is B's
                        out.append(Statement(next(iter(aliases[other["who"].lower()])), other["said"], sentence, False,
                                             other["verb"]))
                    quoting = speaker if quoted else None
                    continue
            elif quoting and (more := _QUOTED_ON_RE.fullmatch(sentence.strip())):
                # '"Our two countries share one voice," A said. "We will speak with it more often."'
                out.append(Statement(quoting, more["said"], sentence, True, "said"))
                continue
            quoting = None
    return out


_SIDES_DID_RE = re.compile(r"(?:(?:the two|both) (?:sides|countries|ministers)|they) (?:also )?"
                           r"(?:agreed|signed|pledged|vowed)\b")
_WHILE_SAID_RE = re.compile(r", (?:while|whereas) (?P<who>[A-Z][\w'’-]*) (?P<verb>said|called for|urged|stressed|"
                            r"noted|proposed|warned)(?: that)? (?P<said>[^;]{8,}?)[.]?$")
_QUOTED_ON_RE = re.compile(r'["\u201c](?P<said>[^"\u201c\u201d]{8,}?)[.!?]?["\u201d]')


def _title_named(lows: list[str], k: int) -> str:
    """Return "the secretary" for "The Secretary" or "the Foreign Minister" right before the verb at k, or ""."""
    m = k - 1
    while m > 0 and lows[m] in lx.TITLE_WORDS and lows[m - 1] != "the":
        m -= 1
    return f"the {lows[k - 1]}" if 0 < m < k and lows[m - 1] == "the" and lows[m] in lx.TITLE_WORDS else ""


def _after_titles(toks: list[Token], lows: list[str], k: int) -> int:
    """Return where a name starts at token k, past capitalised titles ("Minister Sugiono", "Foreign
    Minister Sugiono", "Malaysian Foreign Minister Hasan")."""
    while k + 1 < len(lows) and _is_cap(toks[k]) and (lows[k] in lx.NAME_TITLES or lows[k] in lx.TITLE_WORDS
                                                       or lx.is_demonym(lows[k])):
        k += 1
    return k


def _whole_quotes(sentences: Iterable[str]) -> Iterator[str]:
    """Yield sentences, those of one quotation ('"A. B," X said.') joined as one."""
    held: list[str] = []
    for sentence in sentences:
        held.append(sentence)
        if not opens_quote(" ".join(held)):
            yield " ".join(held)
            held = []
    yield from held  # a quotation that goes on in the next paragraph: its sentences one by one


def _reported(sentence: str, aliases: dict[str, set[str]], last: str | None):
    """Return (speaker, what they said, the verb to report it with) for a sentence of reported
    speech, else (None, None, "said")."""
    # "Park was quoted as saying ...": what he said, told as any other report tells it
    sentence = _QUOTED_AS_RE.sub("said", sentence)
    toks = words(sentence)
    lows = [t.text.lower() for t in toks]
    for k, w in enumerate(lows):
        # "..., with Wang (Yi) saying China supports ...": his words
        named = _with_name(toks, lows, k) if w in _SPEAKING_PARTICIPLES else None
        with_saying = named is not None
        if (w not in lx.SPEECH_VERBS or w in ("agreed", "agree", "call", "called")
                or not toks[k].text[:1].islower()) and not with_saying:
            continue  # not "State" of "Secretary of State Marco Rubio met ...": a verb is lower-case
        # "A and B agreed on ..., X said" reports an agreement (X is still whom a "He" after it is)
        agreed = _AGREE_RE.search(sentence[:toks[k].start])
        speaker = None
        who = lows[k - 1] if k > 0 else ""
        if named is not None:
            run = " ".join(lows[named:k])
            who = run if run in aliases else lows[named]
        if who in aliases and len(aliases[who]) == 1:
            speaker = next(iter(aliases[who]))
        elif (title := _title_named(lows, k)) in aliases and len(aliases[title]) == 1:
            speaker = next(iter(aliases[title]))
        elif who in _SPEAKER_PRONOUNS and last:
            speaker = last
        elif (after := _after_titles(toks, lows, k + 1)) < len(lows) and lows[after] in aliases \
                and len(aliases[lows[after]]) == 1 and w not in _TELL_VERBS:  # "Maris told Son that ...": Son was told
            speaker = next(iter(aliases[lows[after]]))  # "..., said Wang", "..., said Minister Sugiono"
        elif who == "," and (named := _named_before_clause(lows, k - 1)) in aliases and len(aliases[named]) == 1:
            speaker = next(iter(aliases[named]))  # "Nair, who arrived on Monday, said ..."
        elif who == "and" and (subject := next((low for low in lows[:k] if low in aliases), None)) \
                and len(aliases[subject]) == 1:
            # "Kato welcomed Reyes on her first visit ..., and stated that ...": the subject's second deed
            speaker = next(iter(aliases[subject]))
        if agreed:
            return speaker, None, "said"
        if speaker is None and w not in _TELL_VERBS and (described := _described_after(lows, k + 1, aliases)) \
                and (comma := max((m for m in range(k) if toks[m].text == ","), default=None)):
            # "..., said the senior Chinese diplomat": the participant of that people, whose words
            # come before the comma
            return described, sentence[:toks[comma].start].strip(), "said"
        if speaker is None:
            continue
        quoted = _OPENING_QUOTE_RE.match(sentence[:toks[k].start])
        if quoted:  # '"We are closer than ever," Dawson told reporters.'
            return speaker, quoted.group("said").strip(), "said"
        rest = k + 1 + (1 if k + 1 < len(lows) and lows[k + 1] == "that" else 0)
        if w in _TELL_VERBS:
            # "X told reporters that ...", "X told a joint press conference with her South Korean
            # counterpart Park Min-jun that ...": whom they told is not what they said.
            that = next((m for m in range(rest, min(rest + 16, len(lows))) if lows[m] == "that"), None)
            rest = that + 1 if that is not None else len(lows)
        comma = max((m for m in range(k) if toks[m].text == ","), default=None)
        if rest < len(lows) and lows[rest] in _SAID_ADJUNCTS:
            # "X said on Monday that ...": what was said follows the "that"; "..., X said after
            # talks with Y": it comes before the comma, and what follows is when or where.
            that = next((m for m in range(rest, len(lows)) if lows[m] == "that"), None)
            if that is not None:
                rest = that + 1
            elif comma:
                return speaker, sentence[:toks[comma].start].strip(), "said"
        tail = [t for t in toks[rest:] if t.text[:1].isalnum()]
        if len(tail) >= (2 if with_saying else 4):  # what comes before "with X saying" is not X's
            stop = _next_deed(toks, lows, rest)
            end = toks[stop].start if stop is not None else len(sentence)
            # "Santos proposed setting up ...": the object reads only after the report's own verb;
            # "Trung proposed that the two sides complete ...": so does a clause that proposes
            verb = toks[k].text if rest == k + 1 and not with_saying else "said"
            if rest == k + 2 and lows[k] in _PROPOSING and lows[k + 1] == "that" and not with_saying:
                verb = f"{toks[k].text} that"
            # '... "should cooperate as partners," according to the official': who told it is not what
            # was said (the quotation's comma stays, so the words are the sentence's own)
            said = _SOURCE_TAIL_RE.sub("", sentence[toks[rest].start:end].rstrip(" ."))
            if _SIDES_DID_RE.match(said):
                return speaker, None, "said"  # "A said both sides also signed ...": their deed, told as one
            return speaker, said, verb
        if comma and not with_saying:
            return speaker, sentence[:toks[comma].start].strip(), "said"
        return speaker, None, "said"
    return None, None, "said"


def _demonyms(text: str) -> set[str]:
    """Return the demonyms of a text, lower-case ("chinese" of "Chinese Foreign Minister")."""
    return {w.lower() for w in re.findall(r"[A-Z][a-z]+", text) if lx.is_demonym(w)}


def _described_after(lows: list[str], i: int, aliases: dict[str, set[str]]) -> str | None:
    """Return the one participant "the senior Chinese diplomat" from token i stands for, by the
    demonym of their title, when that is all the sentence has left; else None."""
    if lows[i:i + 1] != ["the"] or len(lows) - i > 7:
        return None
    keys = [f"the {low}" for low in lows[i + 1:i + 4] if f"the {low}" in aliases]
    return next(iter(aliases[keys[0]])) if keys and len(aliases[keys[0]]) == 1 else None


_PROPOSING = frozenset("proposed suggested urged recommended demanded insisted asked".split())
_COURTESIES = frozenset("thanked welcomed congratulated praised invited commended hailed".split())
_DEED_OPENERS = frozenset("the a an his her their its for that to on with".split())


def _next_deed(toks: list[Token], lows: list[str], start: int) -> int | None:
    """Return where "..., and invited Ribeiro to ..." starts after what was said: the speaker's
    next deed, a past-tense verb after ", and" that takes a name, an article or a preposition, or
    a verb of saying after "and"."""
    for m in range(start + 1, len(lows) - 3):
        if toks[m].text == "," and lows[m + 1] == "and" and lows[m + 2].endswith("ed") and (
                _is_cap(toks[m + 3]) or lows[m + 3] in _DEED_OPENERS):
            return m
        if lows[m] == "and" and lows[m + 1] in lx.SPEECH_VERBS and lows[m + 1].endswith("ed"):
            return m  # "proposed setting up a hotline and expressed hope that ...": another thing said
        if lows[m] == "and" and lows[m + 1] in _COURTESIES and (_is_cap(toks[m + 2]) or lows[m + 2] in _DEED_OPENERS):
            return m  # "said Cambodia was committed to peace and thanked Thailand for ...": his deed
        if toks[m].text == "," and lows[m + 1] in ("while", "whereas") and _is_cap(toks[m + 2]):
            return m  # "..., while Ndiaye called for ...": another speaker's part
    return None


_CLAUSE_OPENERS = frozenset("who also the a an his her".split())


def _named_before_clause(lows: list[str], comma: int) -> str:
    """Return the word before a ", who ...," clause or an apposition (", also a member of ...,")
    that ends at `comma`, or ""."""
    opening = max((m for m in range(comma) if lows[m] == ","), default=None)
    if opening is None or opening < 1 or opening + 1 >= comma or lows[opening + 1] not in _CLAUSE_OPENERS:
        return ""
    return lows[opening - 1]


_TELL_VERBS = frozenset("told tells tell telling".split())
_QUOTED_AS_RE = re.compile(r"\b(?:was|were|is|are) (?:also )?quoted as saying\b")
# ', according to the official' closing what was said: after a quotation's close, or a comma
_SOURCE_TAIL_RE = re.compile(r"(?:(?<=[\"”])|,) according to [^,\"“”]+$"
                             # "..., the sources said", "..., the ministry said": who told the report so
                             r"|,(?: [\w'’-]+){1,5} (?:said|says)$")
# A sentence that opens with the quotation and names the speaker after it.
# '"We are closer than ever," Dawson told reporters.', '"Our traders have waited long enough," he said.'
_OPENING_QUOTE_RE = re.compile(r'\s*["“](?P<said>[^"“”]{8,}?)[,.]?["”]\s*,?\s*'
                               r"(?:(?:[A-Z][\w'.-]*|he|she)\s+)*$")
# Words that open a "said" clause's time, place or circumstance rather than what was said.
_SAID_ADJUNCTS = frozenset("""after before during at following on in while upon when here
    there later earlier""".split())


class Attribution(NamedTuple):
    """Who a report has say something: the name as written, and the sentence it is written in."""

    name: str
    paragraph: Paragraph
    sentence: str
    start: int  # where the name starts in the sentence


def speaker_of(article: Article, sentence: str) -> Attribution | None:
    """Return who the article has say a sentence ("X said", "..., he said", "..., said the
    envoy"), or None when the sentence quotes no one."""
    last: Attribution | None = None  # the last speaker named, whom "he" and "she" refer to
    for para in article.paragraphs:
        quoting: Attribution | None = None  # who the paragraph's last sentence quoted
        for text in para.sentences:
            found = _speaker_span(text)
            here = None
            if found == "pronoun":
                here = last
            elif found:
                here = last = Attribution(text[found[0]:found[1]], para, text, found[0])
            elif quoting and _QUOTED_ON_RE.fullmatch(text.strip()):
                here = quoting  # '"..." A said. "We will speak with it more often."': A's still
            quoting = here if here and text.lstrip()[:1] in ('"', "\u201c") else None
            if text.endswith(sentence):  # a statement's sentence is quoted without its dateline
                return here
    return None


_GROUP_OPENERS = frozenset("the both all".split())
_PHRASE_OPENERS = frozenset("on in at during after before earlier later meanwhile while when".split())
_SPEAKING_PARTICIPLES = frozenset("urging saying stressing noting calling adding emphasizing emphasising".split())
_SKIPPED_ADVERBS = frozenset("also further again once then later".split())


def _with_name(toks: list[Token], lows: list[str], k: int) -> int | None:
    """Return where the name starts in "with Wang Yi saying" (a participle at k), else None."""
    j = k - 1
    while j >= 0 and _is_cap(toks[j]):
        j -= 1
    return j + 1 if j < k - 1 and j >= 0 and lows[j] == "with" else None


def _speaker_span(sentence: str) -> tuple[int, int] | str | None:
    """Find the speaker of a sentence: their name's character span, "pronoun" for "he said",
    or None."""
    toks = words(sentence)
    lows = [t.text.lower() for t in toks]
    for k, w in enumerate(lows):
        if w in _SPEAKING_PARTICIPLES and (named := _with_name(toks, lows, k)) is not None:
            return toks[named].start, toks[k - 1].end  # "..., with Wang Yi saying ...": Wang Yi
        if w in _SPEAKING_PARTICIPLES and k > 0 and toks[k - 1].text == ",":
            # "Khanh received Wang in Hanoi on Friday, urging the two sides to ...": the one who
            # did what the sentence opens with
            dateline = parse_dateline(sentence)
            opening = _run_forward(toks, lows, next((i for i, t in enumerate(toks)
                                                     if not dateline or t.start >= dateline.length), 0))
            if opening and opening[1] < k and lows[opening[0]] not in _LOWER_OPENERS | _PHRASE_OPENERS:
                return _name_span(toks, lows, opening)  # not "On Tuesday, ..." or "The two sides"
        if w not in lx.SPEECH_VERBS or not toks[k].text[:1].islower():
            continue  # "State Councilor" is a title, not "state"
        before = k - 1
        while before >= 0 and lows[before] in _SKIPPED_ADVERBS:
            before -= 1  # "Both sides also pledged"
        if before >= 0 and lows[before] in _SPEAKER_PRONOUNS:
            return "pronoun"
        if before >= 0 and _is_cap(toks[before]) and lows[before] not in _LOWER_OPENERS:
            return _name_span(toks, lows, _run_backward(toks, lows, before + 1))
        if before >= 0 and toks[before].text.isalpha():
            # "The two sides agreed": a few lower-case words back to "the" or "both"
            for i in range(before, max(before - 3, -1), -1):
                if lows[i] in _GROUP_OPENERS:
                    return toks[i].start, toks[before].end
        if before >= 0 and toks[before].text == "," and k + 1 < len(toks):
            # "..., said Wang" or "..., said the senior diplomat", closing the sentence
            end = k + 1
            while end < len(toks) and toks[end].is_word:
                end += 1
            if 0 < end - k - 1 <= 6 and (end == len(toks) or toks[end].text in ".;!?"):
                start = k + 1
                if _is_cap(toks[start]):
                    return _name_span(toks, lows, (start, end))
                return toks[start].start, toks[end - 1].end
    return None


def _name_span(toks: list[Token], lows: list[str], run: tuple[int, int] | None) -> tuple[int, int] | None:
    """Return the character span of a mention's name, without the title before it."""
    if run is None:
        return None
    start, end = run
    return toks[_name_start(toks, lows, start, end)].start, toks[end - 1].end


def _report_sentences(paragraphs: Iterable[Paragraph]) -> Iterator[str]:
    """Yield the sentences of some paragraphs, the dateline's opening ("CITY, Month D --") cut off."""
    for _, sentence in _report_sentences_of(paragraphs):
        yield sentence


def _report_sentences_of(paragraphs: Iterable[Paragraph]) -> Iterator[tuple[Paragraph, str]]:
    """Yield the sentences of some paragraphs with the paragraph of each, the dateline cut off."""
    for para in paragraphs:
        for sentence in para.sentences:
            if para.dateline and sentence.startswith(para.text[:para.dateline.length]):
                sentence = sentence[para.dateline.length:]
            yield para, sentence


_ITEM_END_RE = re.compile(r"(?:[.;,]|;? and)$")
# "Jaishankar met:", "On the sidelines, Wang also held talks with:": a list of whom one met
_MEETING_LEAD_RE = re.compile(r"\b(?:met|meets|met with|meets with|called on"
                              r"|held (?:bilateral |separate )?(?:talks|meetings) with)\s*:$")


def _as_read(article: Article, para: Paragraph, sentence: str) -> str:
    """Return an item of a list of whom someone met as the sentence its lead-in and it make
    ("Jaishankar met South African Foreign Minister Ronald Lamola, with whom ..."), else the sentence."""
    lead = article.lead_in(para)
    if lead is None or not _MEETING_LEAD_RE.search(lead.text):
        return sentence
    return f"{lead.text.rstrip(' :')} {_ITEM_END_RE.sub('', sentence)}"


def _of_another_meeting(sentence: str, participants: tuple[Participant, ...]) -> bool:
    """Tell whether a sentence tells of a meeting with someone who is no participant ("A day
    earlier, Takeda met with Tajik Foreign Minister Farrukh Nazarov in Dushanbe, where ...")."""
    known = {a for p in participants for a in p.aliases}
    if any(not known.intersection(p.aliases) for p in _participants(sentence)):
        return True
    # "Keola and Hoa reviewed ... and agreed to ...": a participant paired with someone who is not one,
    # before what they did ("agreed to build railways linking Lang Son and Mong Cai" pairs places)
    deeds = [m.start() for m in (_AGREE_RE.search(sentence), _VOW_RE.search(sentence), _SIGNED_RE.search(sentence))
             if m]
    # ("Morita and South Korean Foreign Minister Park": "South" opens the next one's title)
    # ("A and Telmari Foreign Minister B": a word before a title says whose, no one paired with A)
    return any(len({a, b} & known) == 1 and not (lx.country_of(a) or lx.country_of(b) or _is_title_word(a.lower())
                                                 or _is_title_word(b.lower()) or b.lower() in lx.MULTIWORD_HEADS
                                                 or _is_title_word(after.lower()))
               for a, b, after in _PAIR_RE.findall(sentence[:min(deeds, default=len(sentence))]))


# ("A and Telmar's Foreign Minister B": "Telmar's" is whose minister, no one paired with A)
_PAIR_RE = re.compile(r"\b([A-Z][\w-]+) and ([A-Z][\w-]+)\b(?!['’]s\b)(?: ([A-Z][\w-]*))?")


def _agreements(article: Article, participants: tuple[Participant, ...]) -> list[str]:
    out = []
    points = False  # the sentences go on with the points of a consensus
    for para, sentence in _report_sentences_of(article.body):
        if points and para.item:
            out.append(_ITEM_END_RE.sub("", sentence))  # "- doubling the number of students;"
            continue
        # ("Finally, Hasan thanked his host" closes the report, not the list: a last point is theirs)
        if points and (point := _ORDINAL_OPENING_RE.match(sentence)) and not (
                sentence.startswith(("Finally", "Lastly")) and not _SIDES_RE.match(point["point"])):
            out.append(point["point"])
            continue
        points = False
        if _EARLIER_MEETING_RE.search(sentence) or participants and _of_another_meeting(sentence, participants):
            continue  # "They last met in March, when they signed ...": another meeting's
        if len(marks := list(_INLINE_ITEM_RE.finditer(sentence))) >= 2:
            # "The two Ministers agreed on measures to ..., including: (i) maintaining ...; (ii) raising
            # ...; and (iii) ...": what they agreed, then each of its points
            head = _INLINE_LEAD_END_RE.sub("", sentence[:marks[0].start()])
            if deeds := deeds_in(f"{head}.", participants):
                ends = [m.start() for m in marks[1:]] + [len(sentence)]
                items = (_ITEM_END_RE.sub("", sentence[m.end():end].strip()).strip() for m, end in zip(marks, ends))
                out.extend([*deeds, *(item for item in items if item)])
                continue
        deeds = deeds_in(sentence, participants)
        out.extend(d for d in deeds if not _POINTS_RE.search(d))
        points = any(_POINTS_RE.search(d) for d in deeds)
    return out


# "(i) ...; (ii) ...", "(a) ...; (b) ...", "(1) ...; (2) ...": the points of a list in one sentence
_INLINE_ITEM_RE = re.compile(r"\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s+")
# ", including:", ", namely:", " as follows:": the words that lead in to them
_INLINE_LEAD_END_RE = re.compile(r"(?:,? (?:including|namely|as follows|such as))?\s*:?\s*$")


def deeds_in(sentence: str, people: tuple[Participant, ...] = ()) -> list[str]:
    """Return what the sides of a sentence agreed, vowed or signed, each deed by itself ("signed a
    memorandum on minerals and agreed to launch flights"), as `MeetingRecord.agreements` has them;
    the sides are "the two sides" and the like, or two of the `people` named before the verb."""
    found = sorted((m for m in (_AGREE_RE.search(sentence), _VOW_RE.search(sentence), _SIGNED_RE.search(sentence),
                                _CONSENSUS_RE.search(sentence), _CONFIRMED_RE.search(sentence)) if m),
                   key=lambda m: m.start())
    before = sentence[:found[0].start()] if found else ""
    named = {w.lower() for w in re.findall(r"[\w'’-]+", before)}
    both = len(people) >= 2 and sum(any(a.lower() in named for a in p.aliases) for p in people) >= 2
    if not found or not (_SIDES_RE.search(before) or _MET_AND_RE.search(before) or both):
        return []
    out = []
    for m in found:
        # (", according to a Japanese official": who told the report, no part of the deed)
        what = _CIRCUMSTANCE_RE.sub("", _ATTRIBUTION_RE.sub("", _SOURCE_TAIL_RE.sub("", m["what"].strip())))
        what = _DAY_TAIL_RE.sub("", _DEED_COMMENT_RE.sub("", _NEXT_DEED_RE.sub("", what)))
        if len(what.split()) >= 3:
            out.append(what)
    return out


# "invited the Foreign Secretary to visit Nairobi in 2027", "invited Schialer to attend the Pacific
# Alliance summit in Santiago in November"
_INVITED_RE = re.compile(r"\binvit(?:ed|es) (?P<guest>[^,;]+?) to (?P<deed>visit|attend|come to|travel to"
                         r"|pay (?:a|an) (?:[\w-]+ ){0,3}visit to) (?P<what>[^;]+?)(?=,|;|\.?$| and )")
_INVITED_TIME_RE = re.compile(rf"\b(?:(?:in|on|by) (?:early |late |mid-)?(?:{MONTH_ALT}|\d{{4}}|spring|summer|autumn"
                              rf"|fall|winter)(?: \d{{4}})?|next (?:year|month|week|spring|summer|autumn|fall|winter)"
                              r"|at (?:a|an) (?:mutually )?convenient (?:time|date)|later this (?:year|month))\b")
_PLACE_WORDS_RE = re.compile(r"^[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|and))*")


def _invitations(article: Article, participants: tuple[Participant, ...]) -> list[Invitation]:
    """Read who invited whom where and when, of the meeting's people."""
    out = []
    before = None  # the sentence before, in the same paragraph
    for para, sentence in _report_sentences_of(article.body):
        if before and before[0] is not para:
            before = None
        for m in _INVITED_RE.finditer(sentence):
            host = _named_last(sentence[:m.start()], participants)
            told = sentence
            if not host and before and _OPENING_SUBJECT_PRONOUN_RE.match(sentence[:m.start()]):
                # "Minister B conveyed ... . He also invited A to attend ...": the one the sentence
                # before opens with, quoted with it
                host = _named_first(before[1], participants)
                told = f"{before[1]} {sentence}"
            guest = _invited_one(m["guest"], participants, host)
            if not host or not guest or host == guest:
                continue
            what = m["what"]
            time = _INVITED_TIME_RE.search(what)
            head = what[:time.start()].rstrip() if time else what
            # "to visit Nairobi", or "to attend the Pacific Alliance summit in Santiago"
            where = _PLACE_WORDS_RE.match(head) if m["deed"] != "attend" else None
            at = re.search(r" in (?P<place>" + _CAPS + r")", head) if not where else None
            place = where.group() if where else at["place"] if at and at["place"].lower() not in MONTHS else None
            out.append(Invitation(host=host.name, guest=guest.name, sentence=told,
                                  host_said=_said_before(told[:len(told) - len(sentence) + m.start()], host),
                                  guest_said=m["guest"], place=place, time=time.group() if time else None))
        before = (para, sentence)
    return out


# "He also invited ...": a sentence whose subject is a pronoun alone
_OPENING_SUBJECT_PRONOUN_RE = re.compile(r"(?:He|She)(?: (?:also|later|then|further))? $")


def _mentions(text: str, people: tuple[Participant, ...]) -> list[tuple[int, Participant]]:
    """Return where some text names each participant, by any single word of their name."""
    return [(m.start(), p) for p in people for a in p.aliases for m in re.finditer(rf"\b{re.escape(a)}\b", text)]


def _named_first(text: str, people: tuple[Participant, ...]) -> Participant | None:
    """Return the participant some text names first."""
    found = _mentions(text, people)
    return min(found, key=lambda f: f[0])[1] if found else None


def _named_last(text: str, people: tuple[Participant, ...]) -> Participant | None:
    """Return the participant some text names last."""
    found = _mentions(text, people)
    return max(found, key=lambda f: f[0])[1] if found else None


def _invited_one(said: str, people: tuple[Participant, ...], host: Participant) -> Participant | None:
    """Return the participant an invitation names: by name, by title ("the Foreign Secretary") or,
    of two, as "him", "her" or the host's counterpart."""
    named = _named_last(said, people)
    if named:
        return named
    others = [p for p in people if p != host]
    words = {w.lower() for w in re.findall(r"[\w'’-]+", said)} - {"the", "his", "her", "their"}
    by_title = [p for p in others if words and words <= {w.lower() for w in re.findall(r"[\w'’-]+", p.title)}]
    if len(by_title) == 1:
        return by_title[0]
    if len(others) == 1 and (said in ("him", "her") or words == {"counterpart"}):
        return others[0]
    return None


def _said_before(text: str, p: Participant) -> str:
    """Return how some text names a participant last, with the capitalised title words before the
    name ("Cabinet Secretary Kamau", "Minister Peters")."""
    m = max((m for a in p.aliases for m in re.finditer(rf"\b{re.escape(a)}\b(?: [A-Z][\w'’-]*)*", text)),
            key=lambda m: m.start())
    before = re.search(r"(?:\b[A-Z][\w'’-]* )*$", text[:m.start()])
    return text[before.start() if before else m.start():m.end()]


def topic_matter(topic: str) -> str:
    """Return what a record's topic is about, without its verb ("X" of "also talked about X")."""
    return _TOPIC_VERB_RE.sub("", topic)


# the verbs `_topics` keeps a topic with, after "discussing" became "discussed"
_TOPIC_VERB_RE = re.compile(r"^(?:also )?(?:discussed|exchanged views on|talked about|held talks on) ")


def _topics(article: Article, participants: tuple[Participant, ...]) -> list[str]:
    """Return what the sides are said to have discussed, each with its verb ("also discussed X")."""
    return [t for sentence in (_as_read(article, para, s) for para, s in _report_sentences_of(article.body))
            if not (participants and _of_another_meeting(sentence, participants)) and (t := _topic_in(sentence))]


def _topic_in(sentence: str) -> str | None:
    """Return what a sentence says the sides discussed, with its verb, or None."""
    m = _TOPIC_RE.search(sentence)
    if not (m and (m["participle"] or _SIDES_RE.search(sentence[:m.start()]))):
        m = _PURPOSE_TOPIC_RE.search(sentence)
    if not m:
        talks = _TALKS_ON_RE.search(sentence)
        return f"held talks on {talks['matter'] or talks['focus'] or talks['after']}" if talks else None
    what = _TOPIC_END_RE.sub("", _ACCORDING_RE.sub("", m["what"].strip()))
    # "They discussed ...": a participle is said as a past verb
    return re.sub(r"^(discuss|exchang)(?:ing|e)?\b", r"\1ed", what) if len(what.split()) >= 3 else None


def _lead(article: Article) -> list[str]:
    """Return the opening sentences of the report, without the dateline or the caption."""
    body = list(article.body or article.paragraphs)
    start = next((i for i, p in enumerate(body) if p.dateline), 0)
    # "The below is attributable to Spokesperson X:" introduces the report; it tells nothing of the meeting
    # nor does a list's item without what leads into it
    told = [p for p in body[start:] if not p.item]
    # an interview's replies, without the questions they answer, read as a fragment ("Energy
    # integration."): the report's own paragraphs tell of it, where it has some
    told = [p for p in told if not p.asked] or told
    return list(islice((ANSWER_RE.sub("", s, count=1) for s in _report_sentences(told)
                        if not s.rstrip().endswith(":")), 3))


# --- ordering and summaries ---------------------------------------------------------------

def called(record: MeetingRecord, name: str) -> str:
    """Return the word a report calls a participant by alone ("Wang", "Son"), else the name."""
    person = next((p for p in record.participants if p.name == name), None)
    if person is None or len(person.aliases) < 2:
        return name
    text = " ".join(para.text for para in record.article.body)
    whole = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    alone = {a: len(re.findall(rf"(?<![\w-]){re.escape(a)}(?![\w-])", text)) - whole for a in person.aliases}
    best = max(alone, key=lambda a: alone[a])
    return best if alone[best] > 0 else name


def newest_first(records: list[MeetingRecord] | tuple[MeetingRecord, ...]) -> list[MeetingRecord]:
    """Order records by meeting date, newest first; ties go to the later publication."""
    return sorted(records, key=lambda r: (r.date, r.article.date, r.article.id), reverse=True)


def distinct_meetings(records: list[MeetingRecord]) -> list[MeetingRecord]:
    """Keep one record of each meeting, in order: two reports of the same people meeting on the
    same day tell of one meeting."""
    seen: set[tuple[frozenset[str], dt.date]] = set()
    out = []
    for r in records:
        key = (frozenset(p.name for p in r.participants), r.date)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def is_ordinal(word: str) -> bool:
    """Tell whether a word numbers a meeting in a series ("17th", "fifth"; "first" also means earliest)."""
    low = word.lower()
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", low)) or low in lx.ORDINAL_WORDS and low != "first"


def occasion_names(record: MeetingRecord) -> frozenset[str]:
    """Return the names in a meeting's occasion, as index terms and folded words ("the ASEAN foreign
    ministers' meetings" -> "asean"; "since taking office" names nothing)."""
    names = re.findall(r"\b[A-Z][\w'’-]*", record.occasion or "")
    names += [w for w in re.findall(r"\w+", record.occasion or "") if is_ordinal(w)]  # "the 17th meeting"
    return frozenset(t for w in names for t in (*tokenize(w), fold(w))) | _initials(record.occasion or "")


def _initials(occasion: str) -> frozenset[str]:
    """Return the acronyms an occasion's names may go by, folded: the initials of each run of
    capitalised words, three or more from its start ("Lancang-Mekong Cooperation Foreign Ministers'
    Meeting" -> "lmc", "lmcf", ...), as another report may write it ("the 10th LMC meeting")."""
    out: set[str] = set()
    for run in re.findall(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|on|for|the)\s+)*[A-Z][\w'’-]*)*", occasion):
        letters = "".join(part[0] for w in run.split() if w[0].isupper() for part in w.split("-") if part)
        out.update(letters[:n].lower() for n in range(3, len(letters) + 1))
    return frozenset(out)


def name_index(records: Sequence[MeetingRecord]) -> dict[str, tuple[int, ...]]:
    """Map the records' participant aliases, place words and sides' countries, folded, to their
    positions."""
    found: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        keys = set(r.people)
        keys |= {fold(w) for place in (r.city, r.country) if place for w in place.split()}
        keys |= {w for side in r.sides for w in side.split()}  # "What did Chile and Peru agree?"
        for key in keys:
            found.setdefault(key, []).append(i)
    return {key: tuple(at) for key, at in found.items()}


def countries_of_cities(records: Iterable[MeetingRecord]) -> dict[str, str]:
    """Map each city a report names with its country ("Hanoi, Vietnam") to that country."""
    return {r.city: r.country for r in records if r.city and r.country}


def planned(plan: Plan) -> str:
    """Tell a meeting to come in a sentence ("A and B are to meet in Dhaka next Tuesday (1 December 2026).")."""
    when = plan.time or ""
    if when and not re.match(r"(?:next|this|later|early)\b", when):
        when = ("from " if re.search(r"\d\s*(?:-|–|to)\s*\d", when) else "on ") + when
    if when and plan.tour:
        when = f"during a tour {when}"  # its stop's day is not told
    if plan.day and any(day in when.lower() for day in WEEKDAYS):
        when += f" ({human_day(plan.day)})"  # "next Tuesday" is a day the reader should not reckon
    # "visit the Philippines": a place the sentence writes with its article is said with it
    the = "the " if plan.place and re.search(rf"\bthe {re.escape(plan.place)}(?![\w-])", plan.sentence) else ""
    where = f" in {the}{plan.place}" if plan.place else ""
    return f"{listed([p.name for p in plan.participants])} are to meet{where}{f' {when}' if when else ''}."


def human_day(day: dt.date) -> str:
    """Write a date as "13 July 2023"."""
    return f"{day.day} {day:%B %Y}"


def listed(items: Sequence[str]) -> str:
    """Join items as a sentence lists them: "A", "A and B", "A, B and C"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" and {items[-1]}"


def headline(record: MeetingRecord) -> str:
    """One line: date, place and participants of a meeting (or the title of another article)."""
    where = f", {record.place}" if record.place else ""
    if record.is_meeting:
        met = f"talked by {record.remote}" if record.remote else "met"
        return f"{human_day(record.date)}{where}: {listed([p.name for p in record.participants])} {met}"
    # "(no meeting)": an article's dateline is no meeting's day and place ("/meetings" lists both)
    return f"{human_day(record.date)}{where} (no meeting): {record.article.title}"


def summarize(record: MeetingRecord, limit: int = SUMMARY_LIMIT, topics_first: bool = False) -> Summary:
    """Render a meeting record as a headline and three to five points within `limit` characters;
    `topics_first` puts what they discussed before what they said, for "What did they discuss?"."""
    points: list[str] = []
    # what a reader following these meetings looks for next: the last point to drop
    coming = None
    told_deeds: list[str] = []
    if record.is_meeting and record.next_meeting:
        told = _DATELINE_RE.sub("", record.next_meeting.rstrip(" ."))  # "TOKYO, March 22 (Xinhua) -- "
        # "A, B and C held a trilateral meeting in Tokyo, agreeing to make preparations for the
        # next ... summit": the clause that tells of it
        if held := _TO_BE_HELD_RE.search(told):
            told = held.group()  # "the fifth round, to be held in Dodoma in 2027"
        else:
            clause = next_clause(told) if len(told) > 125 else 0
            # ("..., and agreed to hold the next meeting in Manila": they agreed)
            told = re.sub(r"^(?:and (?:also )?(?=(?:agreed|decided|pledged|vowed|promised)\b)|agreeing\b)",
                          lambda m: "they " if m[0].startswith("and") else "they agreed", told[clause:])
        coming = "Next: " + _uncapital(_ACCORDING_RE.sub("", told))
    if record.is_meeting:
        if record.occasion:
            # "(who is) on a four-day visit to Canada" reads as a point only as "During a ..."
            occasion = re.sub(r"^(?:on|for|paying|making) (?=(?:a|an|his|her|their) )", "during ",
                              record.occasion)
            occasion = re.sub(r"^for (?=the )", "at ", occasion)  # "At the 15th Joint Commission meeting."
            # "During his first visit to Brazil." has no one before it for "his" to be: the one it
            # is; nor "During an official visit to China." of "B, who is on an official visit ...": B's
            if own := re.match(r"during (his|her|an?) ", occasion):
                whose = [p.name for p in record.participants
                         if p.pronoun == {"his": "he", "her": "she"}.get(own[1], "") or own[1] in ("a", "an") and any(
                             re.search(rf"\b{re.escape(p.name)}, who (?:is|was) {re.escape(record.occasion)}", s)
                             for s in record.lead)]
                occasion = f"during {whose[0]}'s {occasion[own.end():]}" if len(whose) == 1 else occasion
            points.append(_capital(re.sub(rf"^(?={CHAIRED})", "they ", occasion)))  # "They co-chaired ..."
        said_points: list[str] = []
        by_speaker: dict[str, list[Statement]] = {}
        for s in record.statements:
            by_speaker.setdefault(s.speaker, []).append(s)
        for p in record.participants:
            said = by_speaker.get(p.name, [])
            if said:
                said_points.append(_said(said[0]))
                if said[0].sentence == record.next_meeting:
                    coming = None  # "Mori said Japan will host the next meeting": said already
        # what they agreed, then what they discussed, unless a statement said it
        # an agreement to meet again is said by the "Next:" point
        # (what they agreed before what they confirmed: a readout "confirms" what was settled before)
        # (one the "Next:" point leaves out of its sentence is told here)
        promise = next((a for a in sorted(record.agreements, key=lambda a: a.startswith(CONFIRM_VERBS))
                        if not (coming and a in coming)), None)
        if promise and promise.split()[0] in VOWING:
            promise = f"{VOWING[promise.split()[0]]} {promise.split(' ', 1)[1]}"  # "They pledged to ..."
        agreed = ([f"They {promise}" if promise.startswith(OWN_VERBS)
                   # a list's item "completing the study": "They agreed on completing ..."
                   else f"They agreed on {promise}" if re.match(r"[a-z]+ing\b", promise)
                   # "agreed that ASEAN unity was ...", "agreed on measures to ...": with the report's word
                   else f"They agreed {word} {promise}" if (word := _agreed_word(record, promise))
                   else f"They agreed {promise}"]
                  if promise and not any(promise in p for p in said_points) else [])
        # what they signed is news of its own: told after what they agreed, not left out for it
        signed = next((a for a in record.agreements if a != promise and a.startswith(SIGNED_DEEDS)
                       and not (coming and a in coming) and not any(a in p for p in said_points)), None)
        if agreed and signed:
            agreed.append(f"They {signed}")
        told_deeds = [d for d in (promise, signed) if d] if agreed else []
        # "What did they discuss?" hears what they met to discuss and what else they discussed
        discussed = [f"They {t}" for t in record.topics[:2 if topics_first else 1]
                     if not any(t in p for p in said_points)]
        # whom else they met is news a statement is not: it comes first of these
        also = [met] if (met := _also_met(record)) and not topics_first else []
        points += discussed + agreed + said_points if topics_first else also + said_points + agreed + discussed
        if coming:
            points.append(coming)
        if who := _who(record):
            points.append(who)
    elif record.plan:
        # a preview's news is the meeting to come, told as /latest tells one a newer article plans;
        # the sentence it is read from is then said already, and who they are is the closing point
        plan = record.plan
        points.append(planned(plan))
        points.extend(s for s in record.lead if s not in plan.sentence)
        if who := _who(plan):
            points.append(who)
    if len(points) < 3:
        quoted = {s.sentence for s in record.statements if _said(s) in points}
        if coming:
            quoted.add(record.next_meeting)  # told as "Next: ..."
        quoted |= {s for s in record.lead if any(a in s for a in told_deeds)}  # told as "They agreed ..."
        points.extend(s for s in record.lead if s not in points and s not in quoted)
    # more points than fit, what they agreed among those cut (or put out by "Next:"): the words of
    # a third or fourth speaker go first
    def agreed_cut() -> bool:
        last = 4 if coming and coming not in points[:5] else 5
        return bool(record.is_meeting and agreed and agreed[0] in points and points.index(agreed[0]) >= last)
    while len(points) > 5 and agreed_cut() and (
            extra := next((p for p in reversed(said_points[1:]) if p in points), None)):
        points.remove(extra)
    points = points[:5]
    if coming and coming not in points:
        points[-1] = coming
    head = headline(record)
    # what the front ends add around the points: "Source: <title> (<date>)", bullets, newlines
    budget = limit - len(head) - len(record.article.title) - 30
    # fewer points drop the last first, "Next:" last of all; and the other side's words before
    # what both agreed
    agreed_at = points.index(agreed[0]) if record.is_meeting and agreed and agreed[0] in points else None
    spare = said_points[1:] if agreed_at is not None else []

    def dropped_when(i: int) -> tuple[bool, int, int]:
        return points[i] == coming, 1 if points[i] in spare else 0 if agreed_at is None or i > agreed_at else 2, -i

    return Summary(head, tuple(_fit(points, budget, sorted(range(len(points)), key=dropped_when))), record)


def _agreed_word(record: MeetingRecord, promise: str) -> str:
    """Return the word the report writes before what was agreed: "that" before a clause, "on"
    after "agreed" before a noun ("agreed on measures to ..."); "" when none."""
    body = [sentence for para in record.article.body for sentence in para.sentences]
    if any(f"that {promise}" in sentence for sentence in body):
        return "that"
    on = re.compile(rf"\bagree(?:d|s)? on {re.escape(promise)}")
    return "on" if any(on.search(sentence) for sentence in body) else ""


def _who(meeting: MeetingRecord | Plan) -> str:
    """Say who the people of a meeting (held or to come) are: "A: Foreign Minister; B: ..."."""
    return "; ".join(f"{p.name}: {_office(meeting, p)}" for p in meeting.participants if p.title)


def _office(record: MeetingRecord | Plan, p: Participant) -> str:
    """Say a participant's title as a line of people reads it: a counterpart is whose ("Sugiono:
    Claire Hudson's Indonesian counterpart"), when the meeting has two people."""
    other = [o for o in record.participants if o != p]
    if re.search(r"\bcounterparts?$", p.title or "") and len(other) == 1:
        return f"{other[0].name}'s {p.title}"
    return p.title or ""


def _also_met(record: MeetingRecord) -> str | None:
    """Say whom else the people of a meeting met, as its report tells ("Wang Yi also met Vietnamese
    Prime Minister Pham Van Khanh (1 December)"), or None."""
    # whom each of them met, by where and when: "A, B and C in Dushanbe (27 October)"
    met: dict[str, dict[str, list[str]]] = {}
    for side in side_meetings(record):
        ours = [p for p in side.participants if p in record.participants]
        others = [p for p in side.participants if p not in record.participants]
        if len(ours) != 1 or len(others) != 1:
            continue
        where = f" in {side.city}" if side.city and side.city != record.city else ""
        when = f" ({side.date.day} {side.date:%B})" if side.date != record.date else ""
        met.setdefault(ours[0].name, {}).setdefault(f"{where}{when}", []).append(others[0])

    def said(titled: bool) -> str:
        return "; ".join(f"{name} also met " + listed([listed([p.mention if titled else p.name for p in whom]) + at
                                                       for at, whom in by.items()])
                         for name, by in met.items())

    # titles while they fit a point, else names alone ("also met A, B and C (11 July)")
    return (said(True) if len(said(True)) <= 120 else said(False)) or None


# "TOKYO, March 22 (Xinhua) -- " opening a report's first sentence: no part of a point
_DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'’-]*, [A-Z][a-z]+\.? \d{1,2} \([^)]*\) --\s*")


def _said(s: Statement) -> str:
    """Render a statement as a point: a quotation stays one ("I", "our" would read as the bot's)."""
    if s.quoted:
        return f"{s.speaker}: \u201c{s.text}.\u201d"
    return f"{s.speaker} {s.verb} {_uncapital(s.text)}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


_LOWER_OPENERS = frozenset("the a an his her their its this both".split())


def _uncapital(text: str) -> str:
    """Lower-case a sentence's first word when it is an ordinary word ("The" but not "China")."""
    first, _, rest = text.partition(" ")
    if first.lower() in _LOWER_OPENERS and first[1:].islower():
        return first.lower() + (" " + rest if rest else "")
    return text


def _fit(points: list[str], budget: int, order: Sequence[int] = ()) -> list[str]:
    """Keep points within the budget: drop some (down to three) in the `order` of their indices (the
    last first when none is given), then shorten the longest at a clause or word boundary."""
    # a point closing a quotation ends with it: 'as "a gateway to Africa."', not '."."'; but 'was
    # "more important than ever".' as the sentence wrote it
    # '"should cooperate as partners," according to the official' told as a point: 'partners."'
    points = [p[:-2] + "." + p[-1] if p.endswith((',\u201d', ',"')) else p for p in points]
    points = [_shorten(p if p.endswith(("\u201d", '"')) and p[-2:-1] in ".!?" else p.rstrip(" .") + ".", 125)
              for p in points]

    def size() -> int:
        return sum(len(p) + 3 for p in points if p)

    for i in order or reversed(range(len(points))):
        if size() <= budget or sum(map(bool, points)) <= 3:
            break
        points[i] = ""  # (the dropped point's place keeps the others' indices)
    points = [p for p in points if p]
    while size() > budget:
        longest = max(range(len(points)), key=lambda i: len(points[i]))
        shorter = _shorten(points[longest], max(80, len(points[longest]) - (size() - budget)))
        if shorter == points[longest]:
            break
        points[longest] = shorter
    return points


def _shorten(point: str, limit: int) -> str:
    """Cut a point to `limit` characters at a clause boundary if one is near, else a word."""
    if len(point) <= limit:
        return point
    target = limit - 1
    cut = max(point.rfind(", ", 0, target), point.rfind(" and ", 0, target))
    if cut < target * 0.6:
        cut = point.rfind(" ", 0, target)
    cut_point = point[:cut if cut > 20 else target - 1].rstrip(" ,;:") + "\u2026"
    return cut_point + "\u201d" if cut_point.count("\u201c") > cut_point.count("\u201d") else cut_point


# --- questions about the meeting itself ---------------------------------------------------

# Words that ask about a meeting as such rather than about something said at it.
