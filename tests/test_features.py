"""Describing a candidate span by the numbers its score weighs: type agreement and span features.

The sentences are invented; each test analyses one sentence against a question and looks up
candidate spans by their text.
"""

from __future__ import annotations


import pytest

from qa.candidates import Candidate, Sentence
from qa.features import SentenceFeatures, span_features, type_score, word_class
from qa.question import Question
from qa.text import words
from tests.conftest import analyse

OPENING = "Harbor Mayor Odile Brandt opened the Kestrel Bridge on Tuesday, June 4, 2019."


class Analysed:
    """One sentence analysed against one question, with its candidates by text."""

    def __init__(self, text: str, question: str):
        found = analyse(text, question)
        self.q: Question = found.q
        self.sent: Sentence = found.sent
        self.spans: dict[str, Candidate] = found.spans
        self.sf = SentenceFeatures(self.q, self.sent, found.qweights)

    def type_score(self, span: str) -> float:
        return type_score(self.q, self.sent, self.spans[span])

    def features(self, span: str):
        return span_features(self.q, self.sf, self.spans[span])


# --- type_score -----------------------------------------------------------------------------

def test_date_span_scores_higher_than_a_person_span_for_a_when_question():
    a = Analysed(OPENING, "When did the mayor open the bridge?")
    assert a.type_score("June 4, 2019") == 1.0
    assert a.type_score("Odile Brandt") == -1.0


def test_person_span_scores_higher_than_a_date_span_for_a_who_question():
    a = Analysed(OPENING, "Who opened the bridge?")
    assert a.type_score("Odile Brandt") == 1.0
    assert a.type_score("Harbor Mayor Odile Brandt") == 0.4  # a name, not known to be a person
    assert a.type_score("June 4, 2019") == -1.0
    assert a.type_score("Tuesday") == -1.0  # capitalised, yet names no one


@pytest.mark.parametrize(
    "question, scores",
    [
        ("What day of the week did the mayor open the bridge?",
         {"Tuesday": 1.2, "June 4, 2019": -1.0, "2019": -1.0}),
        ("On what day did the mayor open the bridge?",
         {"Tuesday": 1.2, "June 4, 2019": 1.0, "2019": 0.6}),
        ("When did the mayor open the bridge?",
         {"Tuesday": 1.0, "June 4, 2019": 1.0, "2019": 0.6}),
        ("What year did the mayor open the bridge?",
         {"Tuesday": 0.5, "June 4, 2019": 0.5, "2019": 1.0}),
    ],
    ids=["day-of-the-week-wants-only-a-weekday", "day-prefers-a-weekday",
         "when-prefers-a-full-date", "year-prefers-a-year"],
)
def test_date_question_scores_the_date_shape_it_asks_for(question, scores):
    a = Analysed(OPENING, question)
    assert {span: a.type_score(span) for span in scores} == scores


STATE_VISIT = "The president will make a state visit to Harborton in March next year."


@pytest.mark.parametrize(
    "question, scores",
    [
        ("In which month will the president visit Harborton?",
         {"March": 1.0, "March next year": -0.3, "next year": -0.5}),
        ("In what month and year will the president visit Harborton?",
         {"March": 1.0, "March next year": 1.0, "next year": 1.0}),
        ("When will the president visit Harborton?",
         {"March": 1.0, "March next year": 1.0, "next year": 1.0}),
    ],
    ids=["month-wants-the-month-alone", "month-and-year-wants-both", "when-takes-any"],
)
def test_a_month_asked_for_is_the_month_alone(question, scores):
    a = Analysed(STATE_VISIT, question)
    assert {span: a.type_score(span) for span in scores} == scores


def test_someone_not_named_is_a_person_but_their_people_alone_is_not():
    a = Analysed("Farrowby invited the Danish foreign minister to visit next year.", "Who was invited?")
    assert a.type_score("Danish foreign minister") == 0.2  # a person noun heads it
    assert a.type_score("Danish") == -0.5  # says of whom, not who


def test_people_not_named_are_the_head_before_a_preposition_not_the_last_word():
    a = Analysed("The envoy will travel to Osaka on Saturday for talks with business leaders of the region.",
                 "Who will the envoy meet?")
    assert a.type_score("business leaders") == 0.2
    assert a.type_score("business leaders of the region") == 0.2  # the leaders, of the region
    assert a.type_score("talks with business leaders") == -1.0  # talks, with the leaders


def test_people_counted_are_people_and_a_count_of_other_things_is_no_one():
    a = Analysed("The two ministers also signed three agreements.", "Who signed the agreements?")
    assert a.type_score("two ministers") == 0.2
    assert a.type_score("three agreements") == -1.0


def test_people_not_named_and_a_country_s_people_of_two_words():
    a = Analysed("Farrowby will double the grants for Cape Verdean students.", "Who will get the grants?")
    assert a.type_score("Cape Verdean students") == 0.2  # a plural person noun heads it
    assert a.type_score("Cape Verdean") == -0.5  # a people, of two words, before a noun


def test_a_titled_person_is_no_answer_to_where():
    a = Analysed(OPENING, "Where did the mayor open the bridge?")
    assert a.type_score("Odile Brandt") == -1.0 and a.type_score("Harbor Mayor Odile Brandt") == -1.0


@pytest.mark.parametrize("question, scores",
                         [("Which province will the envoy visit?", {"Vietnam": 0.3, "Quang Tri": 1.0}),
                          ("Where will the envoy go?", {"Vietnam": 1.0, "Quang Tri": 1.0})],
                         ids=["a-province-is-no-country", "where-takes-either"])
def test_a_part_of_a_country_asked_for_is_no_country(question, scores):
    a = Analysed("After Hanoi the envoy will go to Vietnam's central province of Quang Tri and to Vietnam.",
                 question)
    assert {span: a.type_score(span) for span in scores} == scores


def test_place_span_agrees_with_a_where_question():
    a = Analysed("The lantern festival moved to Farrowby last spring.",
                 "Where did the lantern festival move?")
    assert a.type_score("Farrowby") == 1.0
    assert a.type_score("last spring") == -1.0


def test_someone_named_with_an_office_is_no_place_for_a_where_question():
    a = Analysed("The pact was signed by Trade Minister Ola Brekke in Farrowby.", "Where was the pact signed?")
    assert a.type_score("Trade Minister Ola Brekke") == -1.0
    assert a.type_score("Farrowby") == 1.0


def test_an_office_named_without_its_holder_is_no_place_for_a_where_question():
    a = Analysed("Kamau met the Foreign Secretary in Nairobi.", "Where did Kamau meet Marsh?")
    assert a.type_score("Foreign Secretary") == -1.0
    assert a.type_score("Nairobi") == 1.0


def test_peoples_words_are_no_place_for_a_where_question():
    a = Analysed("BANGKOK, Nov. 25 (Xinhua) -- Li Wen held separate talks with his Thai, Lao and Cambodian "
                 "counterparts on Tuesday.", "Where did Li Wen hold separate talks?")
    assert a.type_score("Thai") == -1.0 and a.type_score("Thai, Lao and Cambodian") == -1.0
    assert a.type_score("BANGKOK") == 1.0


def test_the_place_an_invitation_is_to_answers_where_someone_was_invited():
    a = Analysed("Kamau thanked the UK for its support and invited Marsh to visit Nairobi in 2027.",
                 "Where did Kamau invite Marsh?")
    assert a.type_score("Nairobi") > a.type_score("UK") > 0


def test_the_agent_after_the_asked_verb_and_by_answers_how_something_will_be_done():
    a = Analysed("The anniversary will be marked by an exhibition at the museum.",
                 "How will the anniversary be marked?")
    assert a.type_score("exhibition") == 1.0
    assert a.type_score("museum") < 1.0


def test_a_body_is_a_weaker_answer_to_who_than_a_person_but_no_wrong_type():
    a = Analysed("Trade grew by a third, according to the central bank and Trade Minister Ola Brekke.",
                 "According to whom did trade grow?")
    assert a.type_score("central bank") == 0.4
    assert a.type_score("Ola Brekke") == 1.0
    assert a.type_score("third") == -1.0


@pytest.mark.parametrize(
    "question, score",
    [("Who is Peru's largest trading partner?", 0.9), ("Who is Peru's largest investor?", 0.9),
     ("Who did Peru's minister meet?", 0.4)],
    ids=["partner", "investor", "a-person-s-deed"],
)
def test_a_country_fills_a_role_a_country_can_have(question, score):
    a = Analysed("Trade grew 9 percent, making Chile Peru's largest trading partner and investor.", question)
    assert a.type_score("Chile") == score


@pytest.mark.parametrize(
    "question, span, score",
    [("How long is Holm's visit?", "March 3 to 6", 1.0), ("How long is Holm's visit?", "Tuesday", -0.2),
     ("How many days is Holm's visit?", "March 3 to 6", 1.0), ("How many days is Holm's visit?", "Tuesday", -0.2)],
    ids=["a-stretch-of-days", "one-day", "how-many-days-a-stretch", "how-many-days-one-day"],
)
def test_how_long_is_answered_by_a_stretch_of_days(question, span, score):
    a = Analysed("Holm is on an official visit to Kenya from March 3 to 6 and met Otieno on Tuesday.", question)
    assert a.type_score(span) == score


def test_a_stretch_of_days_may_be_written_with_a_hyphen():
    a = Analysed("Holm met Otieno on March 4, during her visit to Kenya from March 3-6.", "How long is Holm's visit?")
    assert a.type_score("March 3-6") == 1.0


@pytest.mark.parametrize(
    "span, score", [("817-km", 1.2), ("2027", 0.3), ("1979", 1.0)],
    ids=["a-length-in-one-word", "a-year", "a-year-since"],  # ("817-km land" is no candidate: test_candidates)
)
def test_how_long_is_answered_by_a_length_not_a_year(span, score):
    a = Analysed("They discussed their 817-km land border, open since 1979, and a new border gate due in 2027.",
                 "How long is the border?")
    assert a.type_score(span) == score


@pytest.mark.parametrize(
    "text, question, span, feature",
    [("Trade grew 9 percent, making Chile Peru's largest partner, Holm said.", "Who is Peru's largest partner?",
      "Holm", "speaker"),
     ("Trade grew 9 percent, making Chile Peru's largest partner, Holm said.", "Who said trade grew?",
      "Holm", "speaker_asked"),
     ("Holm said Kenya welcomes investment in ports and roads.", "What does Kenya want investment in?",
      "Holm", "speaker"),
     ("Sethi said India was ready, and invited Ribeiro to Mumbai.", "Who invited Ribeiro?", "Sethi", None),
     ("Trade grew 9 percent, making Chile Peru's largest partner, Holm said.", "Who is Peru's largest partner?",
      "Chile", None)],
    ids=["said-last", "who-said", "said-first", "said-and-did-what-is-asked", "no-speaker"],
)
def test_who_a_sentence_reports_as_saying_it_is_marked(text, question, span, feature):
    own = dict(Analysed(text, question).features(span)[-1])
    assert {f for f in ("speaker", "speaker_asked") if f in own} == ({feature} if feature else set())


def test_the_person_a_question_names_by_title_is_no_answer_to_what_they_did():
    a = Analysed("Prime Minister Anong Chaiyaporn called for more investment in electric vehicles.",
                 "What did the prime minister call for?")
    assert a.type_score("Anong Chaiyaporn") == -0.5
    assert a.type_score("electric vehicles") > 0


@pytest.mark.parametrize(
    "text, span, score",
    [("Japan was Thailand's second largest trading partner last year, with trade worth 58 billion dollars.",
      "second largest trading partner", 1.0),
     ("Japan was Thailand's second largest trading partner last year, with trade worth 58 billion dollars.",
      "58 billion dollars", -0.5),
     ("Japan was a colonel in the army.", "colonel", 0.3)],
    ids=["ordinal", "no-ordinal-beside-one", "a-rank-of-another-kind"],
)
def test_a_rank_question_wants_the_ordinal_the_sentence_gives(text, span, score):
    a = Analysed(text, "What was Japan's rank?")
    assert a.type_score(span) == score


def test_a_list_of_countries_answers_which_countries():
    a = Analysed("Mori will also visit Laos and Cambodia.", "Which countries will Mori visit?")
    assert a.type_score("Laos and Cambodia") == 1.5


@pytest.mark.parametrize(
    "text, span, question",
    [("The line will link Lyon, Turin and Milan by 2030.", "Lyon, Turin and Milan", "Which cities will the line link?"),
     ("Ships call at the United Kingdom, Norway and the Netherlands.", "United Kingdom, Norway and the Netherlands",
      "Which countries do the ships call at?")],
    ids=["cities", "countries-one-written-with-the"],
)
def test_a_list_of_places_answers_a_plural_which_question(text, span, question):
    assert Analysed(text, question).type_score(span) == 1.5


def test_country_scores_highest_for_which_country():
    a = Analysed("Boats from Iceland sailed to Farrowby.", "Which country did the boats sail from?")
    assert a.type_score("Iceland") == 1.5
    assert a.type_score("Farrowby") == 0.3  # a place, but no country's name


@pytest.mark.parametrize(
    "question, scores",
    [
        ("How much did the repairs cost?",
         {"12 million dollars": 1.2, "12 million": 0.8, "dollars": -1.0}),
        ("How many dollars did the repairs cost?",
         {"12 million dollars": 1.2, "12 million": 1.2, "dollars": -1.0}),
        ("How many years did the repairs take?",
         {"12 million dollars": 0.7, "12 million": 0.7, "three years": 1.2, "three": 1.2}),
    ],
    ids=["how-much-wants-the-unit", "how-many-counts-its-noun", "how-many-years-is-not-a-number-of-dollars"],
)
def test_number_question_scores_numbers_and_how_much_wants_a_unit(question, scores):
    a = Analysed("The repairs cost 12 million dollars over three years.", question)
    assert {span: a.type_score(span) for span in scores} == scores


@pytest.mark.parametrize(
    "question, scores",
    [("How many years since the last meeting in Lisbon?", {"seven": 1.2, "90": 0.7}),
     ("How many times did they meet?", {"seven": -0.2, "90": 1.0})],
    ids=["years-in-a-time-from-now-and-not-minutes", "times-count-anything-but-no-time-from-now"],
)
def test_how_many_counts_the_noun_after_a_number_even_in_a_time_and_not_another_noun(question, scores):
    a = Analysed("The ministers talked for 90 minutes in Lisbon, the first such meeting there in seven years.",
                 question)
    assert {span: a.type_score(span) for span in scores} == scores


@pytest.mark.parametrize(
    "question, score",
    [("How many sessions has the council held?", -0.2), ("How many sessions were there in 2024?", 0.7)],
    ids=["year-after-in-counts-nothing", "how-many-keeps-other-numbers"],
)
def test_a_year_is_a_poor_count(question, score):
    a = Analysed("The council held its 16th session, after 140 members met in 2024.", question)
    # a year counts nothing: below zero, so no answer rather than it; "140" counts members, still a number
    span = "2024" if score < 0 else "140"
    assert a.type_score(span) == score


def test_acronym_question_prefers_the_expansion_of_its_own_acronym():
    a = Analysed("The Regional Trade Council (RTC) met the Harbor Safety Office (HSO) today.",
                 "What does RTC stand for?")
    assert a.type_score("Regional Trade Council") == 1.5
    assert a.type_score("Harbor Safety Office") == -0.5  # spells another acronym
    assert a.type_score("RTC") == -0.3


def test_statement_question_wants_a_reported_clause():
    a = Analysed("The dam needs urgent repairs before winter, Inspector Tomas Reyl said.",
                 "What did Reyl say?")
    assert a.type_score("The dam needs urgent repairs before winter") == 1.0
    assert a.type_score("Inspector Tomas Reyl") == -0.3


def test_whom_to_do_what_right_after_the_verb_asked_is_no_clause_said():
    a = Analysed("Reyl told a press conference that the dam was safe, but he urged Harborton to fund repairs.",
                 "What did Reyl urge?")
    assert a.type_score("Harborton to fund repairs") == a.type_score("press conference") > 0
    assert a.type_score("the dam was safe, but he urged Harborton to fund repairs") < 0


def test_which_noun_question_prefers_a_phrase_headed_by_its_noun():
    a = Analysed("The town chose the Ostra Glass Fair over the spring market.",
                 "Which fair did the town choose?")
    assert a.type_score("Ostra Glass Fair") == 1.0
    assert a.type_score("spring market") == 0.3


# --- span_features --------------------------------------------------------------------------

def test_span_the_question_already_contains_is_ruled_out():
    a = Analysed(OPENING, "Who opened the Kestrel Bridge?")
    assert a.features("Kestrel Bridge") is None
    assert a.features("Odile Brandt") is not None


@pytest.mark.parametrize(
    "text, question, span",
    [
        ("Lumo Kettle (R) greets the crowd in Farrowby.", "Who greets the crowd?", "R"),
        (OPENING, "When did the mayor open the bridge?", "4"),
    ],
    ids=["photo-side-marker", "single-digit"],
)
def test_one_character_span_is_ruled_out(text, question, span):
    assert Analysed(text, question).features(span) is None


def test_span_features_come_in_sentence_left_right_and_own_parts():
    a = Analysed("Lumo Kettle (R) greets the crowd in Farrowby.", "Who greets the crowd?")
    parts = a.features("Lumo Kettle")
    assert len(parts) == 4
    common, left, right, own = parts
    assert common is a.sf.common and common["bias"] == 1.0 and common["first_sentence"] == 1.0
    assert left is a.sf.left(a.spans["Lumo Kettle"].start)[0]  # shared by spans starting here
    assert "before:^" in left and "after:(" in right
    assert own["type"] == 1.0
    assert own["length"] == 2 and own["len:2"] == 1.0
    assert own["shape:Cap+"] == 1.0 and own["first:Cap"] == 1.0
    assert own["kind:person"] == 1.0 and own["in_question"] == 0.0
    # The parts' feature names are distinct, so they can be summed into one vector.
    names = [n for part in parts for n in part]
    assert len(names) == len(set(names))


def test_span_in_brackets_is_marked():
    a = Analysed("The Regional Trade Council (RTC) met in Farrowby.", "What met in Farrowby?")
    assert a.features("RTC")[-1]["in_brackets"] == 1.0
    assert "in_brackets" not in a.features("Regional Trade Council")[-1]


def test_span_after_the_preposition_a_question_ends_with_is_marked():
    a = Analysed("The crews agreed to work together to guard against floods and storms.",
                 "What are the crews guarding against?")
    left = a.features("floods")[1]
    assert left["left_stranded"] == 1.0 and left["left_stranded_qword"] == 1.0
    assert "left_stranded" not in a.features("work together")[1]
    plain = Analysed("The crews agreed to work together to guard against floods and storms.",
                     "What are the crews guarding?")
    assert "left_stranded" not in plain.features("floods")[1]


def test_span_after_the_preposition_a_question_ends_with_and_more_is_marked():
    a = Analysed("Lindqvist called for more Nordic investment in wind power.", "What did Lindqvist call for?")
    assert a.features("Nordic investment in wind power")[1]["left_stranded"] == 1.0


def test_span_partly_in_the_question_counts_its_share():
    a = Analysed("Harbor Mayor Odile Brandt opened the Kestrel Bridge.", "Who is the Harbor mayor?")
    own = a.features("Harbor Mayor Odile Brandt")[-1]
    assert own["in_question"] == pytest.approx(2 / 4)


def test_acronym_feature_marks_the_matching_expansion_only():
    a = Analysed("The Regional Trade Council (RTC) met the Harbor Safety Office (HSO) today.",
                 "What does RTC stand for?")
    assert a.features("Regional Trade Council")[-1]["acronym"] == 1.0
    assert "acronym" not in a.features("Harbor Safety Office")[-1]


@pytest.mark.parametrize(
    "word, cls",
    [("Farrowby", "Cap"), ("RTC", "ACR"), ("2019", "YEAR"), ("2,400", "NUM"), ("June", "MONTH"),
     ("three", "NUMW"), ("of", "of"), ("repairs", "ws"), (",", ",")],
    ids=["capitalised", "acronym", "year", "number", "month", "number-word", "function-word",
         "plural-noun", "comma"],
)
def test_word_class_names_function_words_and_shapes_the_rest(word, cls):
    toks = words(word)
    assert word_class(toks, [t.text.lower() for t in toks], 0) == cls


@pytest.mark.parametrize(
    "span, cuts",
    [("Kestrel Steering Committee for Harbor Cooperation", 0.0), ("Harbor Cooperation", 1.0),
     ("Farrowby", 0.0)],
    ids=["whole-name", "after-a-name-s-for", "a-name-of-its-own"],
)
def test_span_starting_after_a_name_s_connector_cuts_the_name(span, cuts):
    found = Analysed("The Kestrel Steering Committee for Harbor Cooperation will meet in Farrowby.",
                     "Where will the committee meet?")
    assert dict(found.features(span)[-1])["cuts_name"] == cuts


@pytest.mark.parametrize("span", ["Chile", "Peru"], ids=["first", "second"])
def test_a_country_beside_another_cuts_no_name(span):
    found = Analysed("Trade grew 9 percent, making Chile Peru's largest trading partner.",
                     "Who is the largest trading partner?")
    assert dict(found.features(span)[-1])["cuts_name"] == 0.0


@pytest.mark.parametrize("text, complete", [
    ("The crews guard against floods and protect the harbour.", 1.0),
    ("The crews guard against floods and storms in the harbour.", 0.0),
], ids=["and-starts-a-verb-phrase", "and-joins-a-second-noun"])
def test_span_before_and_is_complete_only_when_a_verb_phrase_follows(text, complete):
    a = Analysed(text, "What do the crews guard against?")
    assert a.features("floods")[-1]["complete"] == complete


@pytest.mark.parametrize(
    "question, is_answer",
    [("What did the APEC trade ministers call for?", False), ("What does APEC stand for?", True)],
    ids=["names-it-by-its-acronym", "asks-what-it-stands-for"],
)
def test_the_expansion_of_a_question_s_acronym_answers_only_what_it_stands_for(question, is_answer):
    a = Analysed("Trade ministers of the Asia-Pacific Economic Cooperation (APEC) on Friday called for open markets.",
                 question)
    assert (a.features("Asia-Pacific Economic Cooperation") is not None) == is_answer
    assert a.features("open markets") is not None


@pytest.mark.parametrize("span, score", [("Minister Anna Berg", -1.0), ("Oslo", -1.0), ("OECD", 0.3)],
                         ids=["titled-person", "city", "acronym"])
def test_a_question_asking_which_organisation_is_not_answered_by_a_person_or_a_place(span, score):
    a = Analysed("Minister Anna Berg backed Estonia's bid to join the OECD during her visit to Oslo.",
                 "Which organisation does Norway back Estonia joining?")
    assert a.type_score(span) == score


@pytest.mark.parametrize("span, score", [("Minister of Foreign Affairs of Finland", -0.5), ("Aino Lehtonen", 1.0)],
                         ids=["the-office", "the-name-set-off-after-it"])
def test_an_office_set_off_before_a_name_is_no_answer_to_who(span, score):
    a = Analysed("Rosa Dimaculangan received the Minister of Foreign Affairs of Finland, Aino Lehtonen, in Manila.",
                 "Who visited Manila?")
    assert a.type_score(span) == score
