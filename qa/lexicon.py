"""General English word lists the answer picker types its candidates with.

Nothing here is about any particular article: these are closed classes of English (titles,
months, number words) and a standard list of the world's countries, as an NER gazetteer has.
"""

from __future__ import annotations

import re
from functools import lru_cache

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

MONTH_NAMES = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions
    billions half""".split()
)

# ISO codes that stand before a sum of money as "$" does ("NZD 3.2 billion", "EUR 40 million")
# Currencies written as words, singular and plural ("500 million baht", "2 trillion dong").
CURRENCY_WORDS = frozenset(
    """dollar dollars euro euros yuan renminbi yen pound pounds rupee rupees won rouble roubles ruble
    rubles peso pesos reais baht ringgit rupiah dong kip riel kyat lira liras rand naira shilling
    shillings dinar dinars dirham dirhams riyal riyals rial rials franc francs krona kronor krone kroner
    zloty forint taka tenge hryvnia""".split()
)
CURRENCY_CODES = frozenset(
    """USD EUR GBP JPY CNY RMB NZD AUD CAD SGD HKD INR IDR MYR THB VND PHP KRW CHF SEK NOK DKK
    BRL MXN ZAR RUB TRY EGP NGN KES SAR AED QAR PKR BDT LKR CLP PEN COP ARS""".split()
)

ORDINAL_WORDS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    thirtieth fortieth fiftieth hundredth thousandth""".split()
)

# Words that stand before a person's name as a title or office ("Foreign Minister X").
TITLE_WORDS = frozenset(
    """mr mrs ms miss dr prof professor sir dame lord lady king queen prince princess emperor
    president vice premier prime minister ministers secretary general chairman chairwoman chair
    director deputy chief head senator governor mayor ambassador envoy spokesman spokeswoman
    spokesperson councilor councillor commissioner state foreign defense defence finance
    interior trade senior assistant executive officer manager coach captain pope bishop
    archbishop cardinal father saint st sheikh general colonel major lieutenant sergeant admiral
    commander judge justice chancellor representative rep sen gov pres member leader founder
    ceo chief president-elect counselor attorney speaker affairs inspector adviser advisor""".split()
)

# Head nouns that make a capitalised run an organisation or event rather than a person.
ORG_WORDS = frozenset(
    """committee commission council office ministry department agency bureau association
    organization organisation union community party bank company corporation group university college
    school institute academy foundation fund society club team league conference summit meeting
    forum expo exhibition festival cup games championship cooperation partnership initiative
    treaty agreement declaration convention code act law court parliament congress assembly
    senate government army navy force forces church museum hospital airport station square
    park street road bridge river sea ocean lake mountain mountains island islands bay gulf
    province state city county district region republic kingdom empire""".split()
)

# Titles that stand right before a name ("Foreign Minister Park", "Mayor Hall"): an organisation word
# right after one is a surname, since an organisation's name does not follow a person's title.
NAME_TITLES = frozenset(
    """mr mrs ms miss dr prof professor sir dame lord lady minister president premier secretary chairman
    chairwoman ambassador envoy spokesman spokeswoman spokesperson senator governor mayor chancellor
    councilor councillor commissioner""".split()
)


def is_surname(low: str, before: str) -> bool:
    """Tell whether an organisation word is a surname by the title before it ("President Park")."""
    return low in ORG_WORDS and low not in TITLE_WORDS and before in NAME_TITLES


# What a ministry is for, after "and" in an office's name ("Minister of Foreign Affairs and Trade").
REMIT_WORDS = frozenset(
    """affairs trade cooperation development international relations commerce industry investment
    finance economy economic planning culture tourism defence defense security interior justice
    environment energy agriculture health education integration communities""".split()
)

PERSON_NOUNS = frozenset(
    """person people man woman men women boy girl child children leader minister president
    king queen official diplomat author writer poet artist singer player coach founder
    inventor scientist engineer teacher student actor actress director photographer
    spokesman spokesperson ambassador premier chancellor governor mayor senator politician
    emperor ruler general commander captain pope bishop owner ceo chairman chairwoman head
    individual member manager father mother son daughter brother sister wife husband
    composer architect designer philosopher explorer physicist chemist mathematician
    economist journalist reporter host winner who""".split()
)

# Roles a country, company or body fills as readily as a person: "Who is Vietnam's largest
# trading partner?" may be answered by a country.
ENTITY_ROLES = frozenset(
    """partner partners ally allies investor investors supplier suppliers buyer buyers exporter
    exporters importer importers producer producers sponsor sponsors donor donors lender lenders
    creditor creditors rival rivals competitor competitors customer customers client clients
    employer employers manufacturer manufacturers provider providers operator operators host hosts hosted
    join joins joined""".split()
)

PLACE_NOUNS = frozenset(
    """country countries city cities place location venue town village nation state province
    region area continent capital island islands site county district territory where
    neighborhood neighbourhood street building stadium address destination port""".split()
)

# words of a sentence that tells of an earlier time ("They last met in Lima", "two years ago")
EARLIER_WORDS = frozenset("last previous previously earlier prior ago".split())

TIME_NOUNS = frozenset(
    """year years day days date month months time century centuries decade decades week weeks
    period era season hour morning evening night weekday""".split()
)

COUNT_NOUNS = frozenset("number amount percentage percent total count quantity share proportion fraction ratio".split())

PHOTO_NOUNS = frozenset("photo photos photograph photographs picture pictures image images caption".split())


def mentions_photo(text: str) -> bool:
    """Tell whether a text speaks of a photo ("the picture", "its caption")."""
    return any(w.strip("?!.,;:\"()").removesuffix("'s").strip("'") in PHOTO_NOUNS for w in text.lower().split())

# Words a speaker uses to report what someone said.
SPEECH_VERBS = frozenset(
    """said say says told tell stated state noted note stressed stress emphasized emphasised
    emphasize emphasise added add urged urge called call pledged pledge expressed express
    reiterated reiterate underlined underline highlighted highlight explained explain
    announced announce declared declare warned warn suggested suggest proposed propose
    argued argue insisted insist claimed claim believed believe hoped hope agreed agree affirmed affirm
    reaffirmed reaffirm asked ask requested request conveyed convey
    underscored underscore""".split()
)

# Whom something is told, not what: "told reporters", "told a press conference on Tuesday"
AUDIENCE_NOUNS = frozenset("""reporters journalists press media conference briefing parliament lawmakers
    audience crowd forum gathering session delegates""".split())

# Verbs of wanting: "What does Indonesia hope?" asks for the clause hoped for, as "say" does.
WISH_VERBS = frozenset("""hope hopes hoped wish wishes wished expect expects expected want wants wanted""".split())

# Small words a span should neither start nor end with.
EDGE_STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but as that which who whom whose this
    these those is are was were be been being has have had do does did will would shall
    should can could may might must it its their his her our your my he she they we i you
    him them us me not no so than then there here when where while if because although
    though also very more most such into onto upon about after before during over under
    between through against among within without""".split()
)

# Words that open a phrase of time or place rather than a reported clause ("said here on Thursday").
PLACE_TIME_OPENERS = frozenset(
    """on in at during after before since until while by with from about over under
    through within without here there today yesterday earlier later recently""".split()
)

# "Japan will provide ...", "the two sides should implement ...": what follows is what they will do
MODALS = frozenset("will would should shall must can could may might".split())

# The forms of "be" ("was invited": a passive) and of "have"
BE_FORMS = frozenset("is are was were be been being".split())
HAVE_FORMS = frozenset("has have had".split())
# Words that stand before a verb to make a question or a tense: "did", "is", "will" ...
AUXILIARIES = frozenset("did does do is was were are will would can could has have had should".split())

DETERMINERS = frozenset("a an the this that these those its their his her our your my".split())

COUNTRIES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
    bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile
    china colombia comoros congo croatia cuba cyprus czechia czech denmark djibouti dominica
    ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia
    germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india
    indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati
    korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
    lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
    mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma
    namibia nauru nepal netherlands holland nicaragua niger nigeria macedonia norway oman
    pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
    russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
    sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
    trinidad tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
    vatican venezuela vietnam yemen zambia zimbabwe england scotland wales britain america
    usa uk""".split()
)

MULTIWORD_COUNTRIES = frozenset(
    """united states|united kingdom|south africa|south korea|north korea|new zealand|
    saudi arabia|sri lanka|costa rica|el salvador|united arab emirates|czech republic|
    dominican republic|central african republic|east timor|timor-leste|ivory coast|
    papua new guinea|solomon islands|marshall islands|sierra leone|south sudan|cape verde|
    equatorial guinea|san marino|great britain|soviet union""".replace("\n", "").split("|")
)
MULTIWORD_COUNTRIES = frozenset(c.strip() for c in MULTIWORD_COUNTRIES)
MULTIWORD_HEADS = frozenset(c.split()[0] for c in MULTIWORD_COUNTRIES)  # "south", "sri", "costa"


@lru_cache(maxsize=8192)
def is_demonym(word: str) -> bool:
    """Tell whether a word is a country or its people's adjective ("Vietnamese", "Kenyan")."""
    low = word.lower()
    return low in COUNTRIES or low in IRREGULAR_DEMONYMS or country_of(low) is not None


# Small words inside a person's name ("Khalid Al Mansoori", "Ana de Souza"), never a name alone
NAME_PARTICLES = frozenset("al el de da di du del della dos das der den van von bin ibn abu la le los las".split())

# A rank written before a name, not an office ("Saudi Foreign Minister Prince Faisal"): after an
# office it belongs with the name the report goes on to call someone by
HONORIFICS = frozenset("prince princess sheikh sheikha sir dame lord lady".split())
# Malaysian and Bruneian honours written before a name ("Dato' Seri Amran Yusof", "Tan Sri A B"), as a
# regular expression: no part of the name the report goes on to call someone by ("Minister Amran Yusof")
STYLED_HONOURS = r"(?:Tan Sri|Toh Puan|Dato['’]?|Datuk|Datin|Pehin)(?: (?:Seri|Sri|Paduka|Setia|Utama))*"

# The courtesy a newspaper gives everyone it names twice ("Mr Sugiono", "Dr Balakrishnan"): no office
COURTESY_TITLES = frozenset("mr mrs ms miss mdm madam dr".split())

# A country's other names in news, and the one name the records know it by ("the UAE" is the
# "Emirati" minister's country)
COUNTRY_ALIASES = {
    "uae": "emirates", "u.a.e.": "emirates", "united arab emirates": "emirates", "emirates": "emirates",
    "uk": "britain", "u.k.": "britain", "united kingdom": "britain", "great britain": "britain",
    "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
    # as a country's own ministry may write it
    "viet nam": "vietnam", "lao pdr": "laos", "turkiye": "turkey", "türkiye": "turkey", "burma": "myanmar",
}

# and of a country's other names ("Lao PDR")
MULTIWORD_HEADS |= {alias.split()[0] for alias in COUNTRY_ALIASES if " " in alias}


@lru_cache(maxsize=8192)
def country_of(word: str) -> str | None:
    """Return the country a country name or demonym names, lower-case ("Kenyan" -> "kenya",
    "South African" -> "south africa", "the UAE" -> "emirates")."""
    low = word.lower()
    if low in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[low]
    if low in COUNTRIES or low in MULTIWORD_COUNTRIES:
        return low
    if " " in low:
        head, last = low.rsplit(" ", 1)
        return next((c for c in MULTIWORD_COUNTRIES
                     if c.rpartition(" ")[0] == head and _is_demonym_of(c.rpartition(" ")[2], last)), None)
    if low in DEMONYM_COUNTRY:
        return DEMONYM_COUNTRY[low]
    for country in COUNTRIES:
        if len(country) >= 4 and _is_demonym_of(country, low):
            return country
    return None


def countries_in(text: str) -> list[str]:
    """Return the countries a text names by name or demonym, in order, a two-word one as one
    ("South African Minister" -> ["south africa"])."""
    # "U.S." and "U.K." are words with their stops
    ws = [w.removesuffix("'s").removesuffix("’s") for w in re.findall(r"\b(?:[A-Za-z]\.){2,}|[A-Za-z][\w'’-]*", text)]
    found: list[str] = []
    k = 0
    while k < len(ws):
        pair = country_of(f"{ws[k]} {ws[k + 1]}") if k + 1 < len(ws) and ws[k].lower() in MULTIWORD_HEADS else None
        if pair or (one := country_of(ws[k])):
            found.append(pair or one)
        k += 2 if pair else 1
    return list(dict.fromkeys(found))


def _is_demonym_of(country: str, low: str) -> bool:
    """Tell whether a lower-case word is a country's regular demonym."""
    if country[:3] != low[:3]:
        return False
    # "China" -> "Chinese", "Canada" -> "Canadian"; a consonant stays ("Chad" is no "Chai").
    for base in (country, country[:-1]) if country[-1] in "aeiouy" else (country,):
        if low.startswith(base) and low[len(base):] in _DEMONYM_SUFFIXES:
            return True
    return False


# Words that open a country's or its people's name ("South Korean Foreign Minister").
COMPASS = frozenset("south north east west new".split())

IRREGULAR_DEMONYMS = frozenset(
    """norwegian peruvian thai lao danish swedish finnish polish dutch french british english
    scottish welsh irish spanish portuguese greek turkish swiss filipino afghan uzbek kazakh
    malagasy cypriot maltese argentine argentinian icelandic lebanese sudanese senegalese
    togolese congolese burmese nepalese sri-lankan new-zealand kiwi emirati saudi kuwaiti omani
    yemeni qatari bahraini iraqi israeli pakistani bangladeshi somali ethiopian vincentian
    malaysian singaporean cambodian taiwanese hungarian czech slovak croatian serbian bosnian
    montenegrin albanian macedonian romanian bulgarian moldovan ukrainian belarusian latvian
    lithuanian estonian georgian armenian azerbaijani iranian syrian jordanian egyptian libyan
    tunisian algerian moroccan mauritanian malian nigerien nigerian ghanaian ivorian kenyan
    ugandan tanzanian rwandan burundian zambian zimbabwean mozambican angolan namibian
    botswanan south-african lesotho swazi""".split()
)

# Demonyms that do not start with their country's name, and the country ("Norwegian" -> "Norway").
DEMONYM_COUNTRY = {
    "norwegian": "norway", "french": "france", "dutch": "netherlands", "spanish": "spain",
    "british": "britain", "english": "england", "scottish": "scotland", "welsh": "wales",
    "irish": "ireland", "swiss": "switzerland", "filipino": "philippines", "thai": "thailand",
    "israeli": "israel", "danish": "denmark", "swedish": "sweden", "finnish": "finland",
    "polish": "poland", "turkish": "turkey", "greek": "greece", "argentine": "argentina",
    "singaporean": "singapore", "portuguese": "portugal", "belgian": "belgium",
    "icelandic": "iceland", "peruvian": "peru", "lao": "laos", "burmese": "myanmar",
    "cypriot": "cyprus", "maltese": "malta", "afghan": "afghanistan", "uzbek": "uzbekistan",
    "kazakh": "kazakhstan", "malagasy": "madagascar", "lebanese": "lebanon", "sudanese": "sudan",
    "senegalese": "senegal", "togolese": "togo", "congolese": "congo", "nepalese": "nepal",
    "taiwanese": "taiwan", "slovak": "slovakia", "czech": "czechia", "emirati": "emirates",
    "nigerien": "niger", "monegasque": "monaco", "luxembourgish": "luxembourg",
    "honduran": "honduras", "madagascan": "madagascar", "german": "germany", "philippine": "philippines",
    "saudi": "saudi arabia", "kyrgyz": "kyrgyzstan", "tajik": "tajikistan", "turkmen": "turkmenistan",
    "maldivian": "maldives", "somali": "somalia", "timorese": "timor-leste",
}

_DEMONYM_SUFFIXES = frozenset({"n", "an", "ian", "ese", "i", "ish", "ic", "ean", "er", "ns", "ans"})

# "next" and up to three words naming the meeting to come before its noun ("the next trilateral
# summit", "the next "2+2" meeting": a format's quoted name), as a regular expression
NEXT_NAMED = r"next (?:[\w'’+-]+ |[\"“][^\"”]{1,12}[\"”] ){0,3}?"

# Words a question and its answer's sentence use for one thing: a verb and the noun it makes
# that no stemmer joins ("lend"/"loan", "die"/"death"), and the everyday paraphrases of news
# ("grow"/"rise", "found"/"establish"). Each line is one group; a word matches the others weakly.
RELATED_WORDS = tuple(frozenset(line.split()) for line in """
    lend lent loan loans lender
    grow grew grown growth rise rose risen increase increased climb climbed surge surged boost raise target
    fall fell fallen drop dropped decline declined decrease decreased shrink shrank
    go went gone travel travelled traveled fly flew flight trip journey visit visited leave tour toured
    buy bought purchase purchased
    sell sold sale sales
    give gave given provide provided offer offered grant granted donate donated
    help helped assist assisted assistance aid aided
    begin began begun start started launch launched commence commenced commencing
    end ended finish finished conclude concluded
    build built construct constructed construction
    found founded establish established establishment
    happen happened occur occurred
    die died death dead
    kill killed slay slain
    win won victory
    lose lost loss defeat defeated
    marry married marriage wed
    born birth
    live lived life
    speak spoke spoken speech
    announce announced announcement said told
    talk talks talked conversation call
    meet met courtesy
    choose chose chosen choice select selected selection
    decide decided decision
    want wanted wants hope hoped hopes wish wished
    invade invaded invasion
    succeed succeeded success
    high height tall
    long length
    wide width
    deep depth
    strong strength
    big large huge
    cost price
    job jobs employment
    invent invented invention create created creation
    thank thanked thanks gratitude grateful thankful appreciation appreciate appreciated
""".strip().splitlines())
