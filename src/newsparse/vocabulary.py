"""The words newsparse recognises, as data: months, zones, byline prefixes, agencies, labels.

Rules look words up here instead of spelling them inside regexes, so a table can grow (or a user
can extend one) without touching a rule. Keys are case-folded; lookups case-fold their input.
Tables are written one phrase per line (or space-separated words) and built by two helpers.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import enum
import functools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final, ParamSpec, Protocol, TypeVar, cast

import attrs

from newsparse._errors import Code, ParseError
from newsparse._model import BoilerplateKind, FootnoteKind, Role

__all__ = [
    "ADJECTIVE_ENDINGS",
    "AGENCIES",
    "AGO_UNITS",
    "AGO_WORDS",
    "ALONE_LABELS",
    "AUTHOR_CLASS_WORDS",
    "AUTHOR_PATH_SEGMENTS",
    "BIOGRAPHY_VERBS",
    "BOILERPLATE_LINES",
    "BUILDERS",
    "BUTTON_CLASS_WORDS",
    "BYLINE_CREDIT_WORDS",
    "BYLINE_MINUTES",
    "BYLINE_PREFIXES",
    "CAPITAL_WORDS",
    "CATEGORY_LABELS",
    "CATEGORY_PREPOSITIONS",
    "CLICK_WORDS",
    "CLOCK_ABBREVIATIONS",
    "CLOCK_NOUNS",
    "CLOSING_CALLS",
    "COLON_ONLY_PREFIXES",
    "COMMENT_CLASS_PARTS",
    "COMMENT_CLASS_WORDS",
    "COMMENT_LINK_WORDS",
    "COMPANY_SUFFIXES",
    "CONTINUING_CONJUNCTIONS",
    "CONTRIBUTION_OBJECTS",
    "CONTRIBUTION_VERBS",
    "COOKIE_SUBJECTS",
    "COOKIE_VERBS",
    "COPYRIGHT_STEMS",
    "COPYRIGHT_WORDS",
    "CORRECTION_OPENINGS",
    "CORRECTION_PIECES",
    "CORRECTION_WORDS",
    "COURTESY_WORDS",
    "CREDIT_ABBREVIATIONS",
    "CREDIT_BY_WORDS",
    "CREDIT_LABELS",
    "CREDIT_PART_JOINERS",
    "DANGLING_WORDS",
    "DATED_UPDATE_LABELS",
    "DATELINE_FILLERS",
    "DATE_GAP_WORDS",
    "DATE_JOINERS",
    "DATE_LABELS",
    "DAY_MONTH_JOINERS",
    "DAY_SUFFIXES",
    "DAY_YEAR_JOINERS",
    "DECORATIVE_PICTURE_WORDS",
    "DESK_WORDS",
    "DISCLAIMER_PHRASES",
    "DISCLOSURE_PHRASES",
    "EARLIER_VERSION_OPENINGS",
    "FEATURED_PICTURE_LABELS",
    "FIGURE_LABELS",
    "FOOTNOTE_PREFIXES",
    "GLUED_PREFIXES",
    "GREETING_WORDS",
    "HEADSHOT_WORDS",
    "INTERVIEWER_CREDITS",
    "INTERVIEW_PHRASES",
    "JOB_TITLE_WORDS",
    "LABELLED_MINUTES",
    "LEAD_MARKERS",
    "LED_PREFIXES",
    "LICENCE_NOTICES",
    "LICENCE_PATH_WORDS",
    "LISTING_LABELS",
    "LOCATION_PREPOSITIONS",
    "MONTHS",
    "MONTH_DAY_SUFFIXES",
    "MONTH_YEAR_JOINERS",
    "NAME_ARTICLES",
    "NAME_CONJUNCTIONS",
    "NAME_PARTICLES",
    "NAME_SPLITTERS",
    "NAME_SUFFIXES",
    "NAVIGATION_HEADINGS",
    "NEWSLETTER_ACTIONS",
    "NEWSLETTER_CALLS",
    "NOTES_HEADINGS",
    "NOTE_OPENINGS",
    "NOTE_TIME_WORDS",
    "NOT_KICKER_WORDS",
    "NOT_NAME_OPENERS",
    "NOT_TITLE_HEADINGS",
    "NOUN_ENDINGS",
    "OPINION_DISCLAIMERS",
    "ORGANIZATION_WORDS",
    "OUTLET_JOINERS",
    "PAGE_FUNCTION_PHRASES",
    "PAGE_KIND_WORDS",
    "PAIRED_PARTICLES",
    "PHRASE_PREPOSITIONS",
    "PICTURE_AGENCIES",
    "PICTURE_MARKERS",
    "PIECE_KINDS",
    "PLACE_NAME_WORDS",
    "PLACE_PARTICLES",
    "PLACE_PREPOSITIONS",
    "POSTED_OPENINGS",
    "PUBLISHED_LABELS",
    "READER_CALLS",
    "READING_TIME_ENDINGS",
    "READING_TIME_HEDGES",
    "READING_TIME_LABELS",
    "READ_MINUTES",
    "READ_MORE_LINKS",
    "RELATED_CLASS_WORDS",
    "RELATED_INTEREST_VERBS",
    "RELATED_LABELS",
    "RELATED_MODAL_WORDS",
    "RELATIVE_DAYS",
    "RELATIVE_OPENED",
    "REMARK_HEADINGS",
    "REPUBLISHED_OPENINGS",
    "REPUBLISHED_PIECES",
    "REPUBLISHED_WORDS",
    "RESERVED_WORDS",
    "RIGHTS_RESERVED_PHRASES",
    "ROLE_WORDS",
    "SECTION_PATH_SEGMENTS",
    "SERIES_OPENINGS",
    "SERIES_WORDS",
    "SHARE_BUTTON_ENDINGS",
    "SHARE_BUTTON_OPENINGS",
    "SHARE_FILLERS",
    "SHARE_PICTURE_LABELS",
    "SHARE_WORDS",
    "SLASHED_CREDIT_LABELS",
    "SOURCE_CREDIT_LABELS",
    "SOURCE_LINE_WORDS",
    "TEASER_CLASS_WORDS",
    "THANKS_WORDS",
    "TIME_JOINERS",
    "TIME_WORDS",
    "TRAILING_PREFIXES",
    "TRANSLATION_BY_WORDS",
    "TRANSLATION_LANGUAGES",
    "TRANSLATION_OPENINGS",
    "UI_WORDS",
    "UPDATED_LABELS",
    "UPDATE_AUXILIARIES",
    "UPDATE_OPENINGS",
    "UPDATE_PIECES",
    "UPDATE_WORDS",
    "WEAK_MONTHS",
    "WEEKDAYS",
    "WRITER_TRADE_WORDS",
    "ZONES",
    "Cached",
    "Table",
    "Vocabulary",
    "agency_name",
    "alternation",
    "cached",
    "case_forms",
    "checked",
    "current",
    "given",
    "patterns",
    "prefix_first_words",
    "using",
    "word_pattern",
]

_V = TypeVar("_V")


def _words(text: str) -> frozenset[str]:
    """Whitespace-separated words, case-folded."""
    return frozenset(word.casefold() for word in text.split())


def _phrases(text: str) -> frozenset[str]:
    """One phrase per line (blank lines ignored), case-folded."""
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip())


def _table(rows: dict[_V, str]) -> dict[str, _V]:
    """Invert ``{value: "phrase one | phrase two | ..."}`` into ``{phrase: value}``."""
    table: dict[str, _V] = {}
    for value, phrases in rows.items():
        for phrase in phrases.split("|"):
            if phrase.strip():
                table[" ".join(phrase.split()).casefold()] = value
    return table


# Month names and abbreviations in English, German, French, Spanish, Portuguese, Italian, Dutch and
# Russian (nominative and genitive). A trailing period is stripped before lookup.
MONTHS: Final[dict[str, int]] = _table(
    {
        1: "january|jan|januar|jänner|jän|janvier|janv|enero|ene|janeiro|gennaio|gen|genn|januari|"
        "январь|января|янв",
        2: "february|feb|febr|februar|février|fév|févr|fevrier|fev|febrero|fevereiro|febbraio|"
        "febbr|februari|февраль|февраля|фев",
        3: "march|mar|märz|mär|maerz|mrz|mars|marzo|março|maart|mrt|март|марта|мар",
        4: "april|apr|avril|avr|abril|abr|aprile|апрель|апреля|апр",
        5: "may|mai|mayo|maio|maggio|mag|mei|май|мая",
        6: "june|jun|juni|juin|junio|junho|giugno|giu|июнь|июня|июн",
        7: "july|jul|juli|juillet|juil|juill|julio|julho|luglio|lug|июль|июля|июл",
        8: "august|aug|août|aout|agosto|ago|augustus|август|августа|авг",
        9: "september|sep|sept|set|sett|septembre|septiembre|setiembre|setembro|settembre|сентябрь|"
        "сентября|сен|сент",
        10: "october|oct|oktober|okt|octobre|octubre|outubro|ottobre|ott|октябрь|октября|окт",
        11: "november|nov|novembre|noviembre|novembro|ноябрь|ноября|ноя",
        12: "december|dec|dezember|dez|décembre|decembre|déc|diciembre|dic|dezembro|dicembre|"
        "декабрь|декабря|дек",
    }
)

# Month names that are also everyday words ("may", "march", "set"): a month only when a day
# stands beside it, if written in lower case (or in capitals without a year).
WEAK_MONTHS: Final = _words("may march mar jan sat sun dec ago set gen mag")

# Day names and abbreviations: skipped when they stand before a date ("Fri July 16, 2021").
WEEKDAYS: Final = _words(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do
    fr sa so lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo segunda terça terca
    quarta quinta sexta feira segunda-feira terça-feira terca-feira quarta-feira quinta-feira
    sexta-feira lunedì martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag
    woensdag donderdag vrijdag zaterdag zondag
    понедельник вторник среда четверг пятница суббота воскресенье"""
)

# Time-zone abbreviations with their UTC offset in hours. ``None`` means the abbreviation names
# several zones (IST, CST, BST) or one whose offset depends on the season (ET): such a zone is
# kept as written and no offset is invented.
_ZONE_HOURS: Final[dict[str, float | None]] = {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "WEST": 1, "BST": None, "IST": None,
    "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "MSD": 4, "TRT": 3,
    "GST": None, "PKT": 5, "NPT": 5.75, "ICT": 7, "WIB": 7, "HKT": 8, "SGT": 8, "AWST": 8,
    "PHT": 8, "JST": 9, "KST": 9, "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12,
    "NZDT": 13, "EST": -5, "EDT": -4, "CST": None, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8,
    "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "AST": None, "ADT": -3, "NST": -3.5,
    "NDT": -2.5, "ART": -3, "BRT": -3, "CLT": None, "ET": None, "CT": None, "MT": None,
    "PT": None,
}  # fmt: skip
ZONES: Final[dict[str, dt.timedelta | None]] = {
    name.casefold(): None if hours is None else dt.timedelta(minutes=round(hours * 60))
    for name, hours in _ZONE_HOURS.items()
}

# Words that introduce a byline, with the role they give. The longest match wins.
BYLINE_PREFIXES: Final[dict[str, Role]] = _table(
    {
        Role.AUTHOR: "by | written by | words by | story by | text by | article by | posted by | "
        "published by | author | authors | writing by | view all posts by | more articles by | "
        "all articles by | articles by | posts by | von | autor | autorin | text | par | auteur | "
        "por | escrito por | redacción | texto | textos | di | door | автор | авторы | текст | "
        "autoren | autor/in | autor*in | autor:in | autor_in | autorinnen | autor*innen | "
        "autor:innen | autor_innen | verfasst von | geschrieben von | "
        "veröffentlicht von | erstellt von | "
        "eingestellt von | artikel von | beitrag von | ein beitrag von | vom | created by | "
        "publié par | écrit par | rédigé par | publicado por | scritto da | pubblicato da | "
        "geschreven door | geplaatst door | text von | texte de | texto de | "
        # One credit for words and pictures: "Text & Fotos: X", "Words and pictures by X".
        "text & fotos | text und fotos | text & bilder | text und bilder | text & foto | "
        "text und foto | text & photos | text and photos | words and pictures by | "
        "words and photos by | story and photos by | texte et photos | texte & photos | "
        "texto y fotos | texto e fotos | "
        # The heading of an author box: "About the Author - Jo Park".
        "about the author | about the authors | über den autor | über die autorin | "
        "über die autoren | à propos de l'auteur | sobre el autor | sobre la autora | "
        "sobre o autor | sobre a autora",
        Role.REPORTING: "reporting by | reported by | compiled by | interview by | interview | "
        "propos recueillis par | interviewed by | interview conducted by",
        Role.EDITING: "editing by | edited by | editor | redaktion | editado por | a cura di",
        Role.PHOTOGRAPHY: "photos by | photo by | photography by | photographs by | "
        "pictures by | video by | fotos | fotos von | foto von | bilder von | illustration von | "
        "illustration by | illustrations by | photos de | fotos de",
        Role.TRANSLATION: "translated by | translation by | translation | übersetzung | "
        "übersetzt von | traduit par | traducido por | traduzido por",
        Role.CONTRIBUTOR: "contributors | contributor | with | additional reporting by | "
        "additional reporting | with reporting by | mitarbeit",
    }
)

# One-word prefixes written glued to the capitalised name: "ByMichael Greshko", "VonAnna Berg".
GLUED_PREFIXES: Final = _words("by von par por")

# One-word prefixes after a lead naming the kind of piece: "Eine Kolumne von", "A guest post by".
LED_PREFIXES: Final = _words("von by par por door")

# Prepositions before the place a byline's author filed from: "Jane Doe in Moscow", "aus Berlin".
LOCATION_PREPOSITIONS: Final = _words("in en aus à a from em")

# Prepositions before a place closing a byline after a comma: "Por João Silva, de Brasília".
PLACE_PREPOSITIONS: Final = _words("in en aus à a from em de desde depuis da do di")

# Words joining a byline to the date after it: "[Jane Saltmarsh](#) on 2 May", "Von X am".
DATE_JOINERS: Final = _words("on am le el em the")

# Words left dangling between a byline and its date, never a name: "on", "am", "at", "um".
DANGLING_WORDS: Final = _words("on am le el em the at um")

# Phrases that join an interviewee to the interviewer, crediting both: "X im Gespräch mit Y".
INTERVIEW_PHRASES: Final = _phrases(
    """im gespräch mit
    in conversation with
    en conversation avec
    en conversación con
    in conversazione con
    em conversa com
    interviewed by
    interviewt von"""
)

# The interviewer's credit closing an interview, naming its writer: "Das Gespräch führte X."
INTERVIEWER_CREDITS: Final = _phrases(
    """das gespräch führte
    das interview führte
    die fragen stellte
    die fragen stellten
    entretien réalisé par"""
)

# Words a dateline may hold besides its dates, labels, weekdays and zones: joiners and marks.
DATELINE_FILLERS: Final = _words(
    """at um à a las la às alle ore om the on le el am de del do da uhr hs h hrs et and und y e
    | - – — · • / , : . mis jour à ligne online seit heute hoy aujourd'hui today o'clock"""
)

# Texts of links to the comments beside a date: "[3 Kommentare](...)", "[Comments](...)".
COMMENT_LINK_WORDS: Final = _words(
    """comment comments kommentar kommentare commentaire commentaires comentario comentarios
    comentário comentários ergänzungen antworten replies reacties"""
)

# Labels of the category or tag list a byline line may end with: "by X · in [Travel](#)",
# "Von X | Abgelegt unter: [Fotografie](#)".
CATEGORY_LABELS: Final = _phrases(
    """categories
    category
    filed under
    posted in
    tags
    tagged
    tagged with
    topics
    catégories
    catégorie
    étiquettes
    publié dans
    categorías
    categoría
    etiquetas
    publicado en
    categorias
    categorie
    kategorien
    kategorie
    rubrik
    rubriken
    schlagwörter
    schlagworte
    abgelegt unter
    veröffentlicht in
    gespeichert unter
    themen"""
)

# Prepositions that put a byline's trailing links in a category: "by X · in [Travel](#)".
CATEGORY_PREPOSITIONS: Final = _words("in under unter dans en em")

# Words that join names in a byline.
NAME_CONJUNCTIONS: Final = _words("and & und et y e en и і та with mit avec con com")

# Lower-case words that belong inside personal names.
NAME_PARTICLES: Final = _words(
    "van von der den de del della di da das do dos du la le les ten ter al el bin ibn bint ben "
    "zu zum y mac"
)

# Particles that stand in a name only after another one ("von der Heide", "van der Berg"). Alone
# between capitalised words they are an article or a preposition, and the words a phrase:
# "Ergebnisse der Messung", "Hinweise zum Datenschutz" (a heading or label in German, no name).
PAIRED_PARTICLES: Final = _words("der zum")

# Articles that open the name of a paper or outlet, never a person's: "The Guardian", "Der
# Standard", "Die Zeit", "Het Parool", "Il Giornale", "Las Noticias". (Not "La", "Le", "El":
# they open surnames too.)
NAME_ARTICLES: Final = _words("the der die het il los las")

# Prepositions that open a phrase (a section, a label), never a name: "Aus dem Landkreis", "Im
# Wortlaut", "About Us", "Sur le même sujet". (Not "An", "Per", "Van": first names.)
PHRASE_PREPOSITIONS: Final = _words(
    """of for from with about at on in into aus im mit für über unter zur bei nach auf seit
    sur dans pour avec sous chez desde para sobre entre"""
)

# Suffixes that follow a name after a comma ("Joe Schmo, Sr.") and belong to it.
NAME_SUFFIXES: Final = _words(
    """jr jr. sr sr. ii iii iv md m.d. phd ph.d. esq esq. dds rn mba ms msc mph rd rdn ld cdces
    cdn np dnp dvm pharmd psyd lcsw lpc cpt faan facp mbbs frcp"""
)

# Word endings of abstract nouns, never of names: "Zusammenarbeit", "Informationen", "Region"
# is a place or a word, "Nachhaltigkeit", "Organisation". A capitalised noun phrase is no person.
NOUN_ENDINGS: Final = tuple(
    """ungen heit heiten keit keiten schaft schaften tion tionen ität itäten ismus ierung
    ierungen arbeit""".split()
)

# Endings of inflected German adjectives, never of a given name: a capitalised line opening
# with one is a noun phrase ("Nordische Fährlinien", "Ländliche Buslinien", "Städtische Häfen").
ADJECTIVE_ENDINGS: Final = tuple(
    """ische isches ischen liche liches lichen ige iges igen tsche""".split()
)

# Words of a greeting that closes a letter or post, never part of a name: "Viele Grüße", "Kind
# regards", "Viel Spaß": the name, if any, comes on the next line.
GREETING_WORDS: Final = _words("grüße grüsse gruß gruss regards spaß spass")

# Verbs that open a note about the writer after a name, closing the text: "Jo Park ist
# Redakteurin ...", "*Jo Park (41) works as a ...*", "Autorin: Dr. Jo Park lebt in ...". In the
# present or past, of being, working, living, writing, studying, leading, teaching.
BIOGRAPHY_VERBS: Final = _words(
    """ist war arbeitet arbeitete lebt schreibt schrieb studierte studiert leitet lehrt forscht
    is was works worked lives writes wrote studied leads teaches
    est travaille vit écrit es trabaja vive escribe è lavora vive scrive werkt woont schrijft"""
)

# Words of the writing trade: a note that opens with a person's name and a verb of being or
# working, and names one of these in its first sentences, is about the writer ("Jo Park ist
# freie Autorin", "Kim Lee is a staff writer"). German compounds end in them
# ("Wirtschaftsjournalistin", "Chefredakteur"); a gender ending after a star, colon or underscore
# is read without it ("Autor*in").
WRITER_TRADE_WORDS: Final = _words(
    """autor autorin journalist journalistin redakteur redakteurin redaktor redaktorin kolumnist
    kolumnistin korrespondent korrespondentin reporter reporterin bloggerin blogger
    writer journalist editor columnist correspondent reporter blogger
    auteur autrice journaliste rédacteur rédactrice chroniqueur chroniqueuse
    periodista redactor redactora columnista corresponsal escritor escritora
    giornalista redattore redattrice scrittore scrittrice
    journalist redacteur schrijver columnist correspondent"""
)

# Words that open a sentence and never a person's name: articles, demonstratives, pronouns and
# conjunctions. "Diese Seite ist ...", "Eine Sache war ...", "Aber zu der Zeit war ..." open no
# note about a writer; "Mein Fährbuch", "Und weiter" are no name (a name particle, a paper's
# article, one letter and "des", "elle", "una" aside: they may open a name).
NOT_NAME_OPENERS: Final = _words(
    """der die das den dem des ein eine einer eines diese dieser dieses jede jeder jedes alle
    aber und oder doch auch dann hier dort es er sie wir ich mein meine unser unsere
    the a this that these those it he she we i my our but and then there here
    le la les un une ce cette il elle el los las una este esta"""
)

# Kinds of piece named before a byline word: "Eine Kolumne von", "A guest post by", "Analyse de".
PIECE_KINDS: Final = _words(
    """kommentar kolumne analyse gastbeitrag beitrag bericht artikel essay glosse reportage
    interview rezension kritik column analysis commentary opinion essay review post story report
    chronique tribune éditorial editorial análisis columna opinión crónica reseña"""
)

# Roles written in parentheses after a name: "[Kim Lee](#) (reporting) and Sam Ortiz (photos)".
ROLE_WORDS: Final[dict[str, Role]] = _table(
    {
        Role.AUTHOR: "text | words | writing | texte | texto",
        Role.REPORTING: "reporting | reporter | recherche | reportage",
        Role.EDITING: "editing | editor | redaktion | edición",
        Role.PHOTOGRAPHY: "photography | photos | photo | pictures | video | fotos | foto | "
        "illustration | illustrations | graphics",
        Role.TRANSLATION: "translation | übersetzung | traduction | traducción",
    }
)

# Words of job titles written beside a byline name ("Staff Writer", "Senior Reporter").
JOB_TITLE_WORDS: Final = _words(
    """writer reporter correspondent editor columnist contributor staff senior chief political
    business sports foreign national deputy managing executive associate assistant photographer
    producer analyst critic contributing special investigative science health technology tech
    culture arts opinion data video audio digital news bureau white house global economics
    economy features travel food correspondant journalist journaliste redakteur redakteurin
    korrespondent korrespondentin reporterin autor autorin periodista corresponsal redactor
    redactora editora repórter jornalista
    attorney lawyer director professor president manager spokesperson spokesman spokeswoman
    rechtsanwalt rechtsanwältin anwalt anwältin leiter leiterin sprecher sprecherin vorsitzender
    vorsitzende geschäftsführer geschäftsführerin direktor direktorin professorin präsident
    präsidentin experte expertin referent referentin chefredakteur chefredakteurin"""
)

# Wire agencies: canonical name, then the spellings that mean it.
_AGENCY_FORMS: Final = {
    "AP": "AP | Associated Press | The Associated Press | A.P.",
    "AFP": "AFP | Agence France-Presse | Agence France Presse | France-Presse",
    "Reuters": "Reuters | Thomson Reuters | Reuters News",
    "TASS": "TASS | ITAR-TASS | ТАСС | ИТАР-ТАСС",
    "Interfax": "Interfax | Интерфакс",
    "RIA Novosti": "RIA Novosti | RIA | RIA-Novosti | РИА Новости",
    "dpa": "dpa | Deutsche Presse-Agentur | Deutsche Presse Agentur",
    "EFE": "EFE | Agencia EFE",
    "ANSA": "ANSA",
    "Xinhua": "Xinhua | Xinhua News Agency | 新华社",
    "China News Service": "China News Service | 中新社",
    "Kyodo": "Kyodo | Kyodo News | 共同 | 共同通信",
    "Yonhap": "Yonhap | Yonhap News Agency | 연합뉴스",
    "PTI": "PTI | Press Trust of India",
    "ANI": "ANI | Asian News International",
    "UPI": "UPI | United Press International",
    "Bloomberg": "Bloomberg | Bloomberg News",
    "Anadolu": "Anadolu | Anadolu Agency | Anadolu Ajansi | AA",
    "APA": "APA | Austria Presse Agentur",
    "KNA": "KNA",
    "epd": "epd | Evangelischer Pressedienst",
    "AAP": "AAP | Australian Associated Press",
    "CP": "The Canadian Press | Canadian Press",
    "PA": "PA Media | Press Association",
    "Europa Press": "Europa Press",
    "Lusa": "Lusa",
    "Agência Brasil": "Agência Brasil | Agencia Brasil",
    "ANP": "ANP",
    "Belga": "Belga",
    "SDA": "SDA | Keystone-SDA",
    "Notimex": "Notimex",
    "Télam": "Télam | Telam",
    "JIJI": "JIJI | Jiji Press | 時事 | 時事通信",
    "IANS": "IANS",
    "Ukrinform": "Ukrinform | Укрінформ",
    "BelTA": "BelTA | БелТА",
    "WAFA": "WAFA",
    "Sputnik": "Sputnik",
    "CNA": "Central News Agency",
    "Bernama": "Bernama",
    "Antara": "Antara",
    "NTB": "NTB",
    "Ritzau": "Ritzau",
    "PAP": "PAP",
    "ČTK": "ČTK | CTK",
    "MTI": "MTI",
    "Agerpres": "Agerpres",
    "Interfax-Ukraine": "Interfax-Ukraine",
    "AGI": "AGI",
    "Adnkronos": "Adnkronos",
    "KCNA": "KCNA",
    # A broadcaster that credits its own stories the way a wire does: "(CNN) —", "CNN —".
    "CNN": "CNN",
}
AGENCIES: Final[dict[str, str]] = _table(dict(_AGENCY_FORMS))


def agency_name(text: str) -> str | None:
    """The canonical agency a name stands for, or ``None``.

    Example:
        >>> agency_name("Agence France-Presse"), agency_name("REUTERS"), agency_name("Jane")
        ('AFP', 'Reuters', None)
    """
    agencies = current().agencies
    return agencies.get(" ".join(text.casefold().split()).strip(".,;:()/ "))


# Path segments of links to author pages ("/author/jane-doe/", "/autores/Felipe Morano/"): a name
# linked there is a byline whatever else surrounds it.
AUTHOR_PATH_SEGMENTS: Final = _words(
    """author authors autor autores autoren auteur auteurs autore autori by byline profile
    profiles people staff journalist journalists journalisten redakteur redaktion writer writers
    columnist columnists reporter reporters contributor contributors correspondents team bio
    bios user users member members blogger bloggers creator creators mitarbeiter autorin autorinnen
    editors redakteure"""
)

# Path segments of links to a site's section, tag or search pages ("/category/politics/",
# "/tag/harbour/", "/rubrik/kultur"): a name linked there is a topic or a section, not the writer.
SECTION_PATH_SEGMENTS: Final = _words(
    """category categories tag tags kategorie kategorien categoria categorias categorie rubrik
    rubriken schlagwort schlagworte stichwort search suche"""
)

# Words in a picture's address that make it a person's headshot: "/avatar_user_14.jpg",
# "/journalist-images/park_jo.png", "autor_thumbnail". A name under such a picture is a byline.
HEADSHOT_WORDS: Final = _words(
    """avatar avatars headshot headshots mugshot userpic author authors autor autoren
    autorin auteur autore journalist journalists journalisten byline"""
)

# Capitals opening a paragraph the way a dateline does, which name no place: "FILE - A ferry
# leaves the harbour..." is an archive picture's caption. A site's section set where a place
# goes ("Kultur, 2.11.22", "SPORT –") names none either.
LEAD_MARKERS: Final = _words(
    """file photo foto video update updated breaking exclusive watch live anzeige advertisement
    sponsored werbung
    politik kultur sport wirtschaft panorama lokales feuilleton meinung nachrichten politics
    culture sports lifestyle"""
)

# Words in a picture's address (or its whole alt text) that make it page furniture, not a figure
# of the story: "/assets/icons/arrow.svg", "/jobs/logo/x.png", "gravatar.com/avatar/...",
# "/favicons_proxy/", "![Gravatar]()" (a comment form's avatar, its address left to a script).
# The line beside such a picture is a menu entry, a form line or a card's title, no caption.
DECORATIVE_PICTURE_WORDS: Final = _words(
    """icon icons logo logos badge badges button buttons emoji emojis favicon favicons sprite
    sprites avatar avatars gravatar"""
)

# Words in a link's address that make it a licence's page: a picture linked there is the
# licence's badge ("[![CC BY](88x31.png)](https://creativecommons.example/licenses/by/4.0/)").
LICENCE_PATH_WORDS: Final = _words("licenses licences license licence lizenz lizenzen licencias")

# Words that make a credited name an organisation rather than a person (with a company's legal
# form: "Hafenbau GmbH", "Example Ltd").
ORGANIZATION_WORDS: Final = _words(
    """staff desk team newsroom news service services reports editorial board editors redaktion
    redaktionen rédaction redacción redação redazione agencies agenturen agentur times post
    journal herald tribune gazette daily weekly television tv radio network media group press
    magazine online digital wire wires bureau correspondents today channel gmbh ltd inc llc plc
    corp"""
)

# Words that name a newsroom's own desk, credited on a line of its own beside the date: "Emotion
# Redaktion", "Sports Desk", "La Redacción".
DESK_WORDS: Final = _words(
    """staff desk team newsroom editorial editors redaktion redaktionen rédaction redacción
    redação redazione"""
)

# Words an HTML page's class or id names start with on a box about the article's author (its
# byline, its biography): ``author-card``, ``post_autor``, ``author__intro``.
AUTHOR_CLASS_WORDS: Final = _words("author autor")

# Words a class name of a box of links to other stories is made of, alone or with one part
# before or after it: ``related_post``, ``post-related``, ``related-articles``.
RELATED_CLASS_WORDS: Final = _words("related")

# Words in the class names of a control drawn as a button (a print, save or follow button, a
# toggle that shows or hides a box: "Show sources", "Hide sources"): its short label is no
# article text.
BUTTON_CLASS_WORDS: Final = _words("button btn toggle")

# Words a class or id name of a page's comment area is made of (its list of comments, its reply
# form), alone or with one part before it and one of ``COMMENT_CLASS_PARTS`` after it:
# ``comments``, ``comment-list``, ``post-comments``, ``comments-area``, ``respond``, ``forum``
# (the readers' messages under an article in some publishing systems).
COMMENT_CLASS_WORDS: Final = _words("comment comments commentlist kommentare respond disqus forum")

# Words that may follow a comment word in the class or id name of a comment area
# (``comments-area``, ``comment-respond``, ``disqus_thread``); other parts ("comment-count",
# "comments-link") name small header widgets.
COMMENT_CLASS_PARTS: Final = _words("area list section wrapper container block form respond thread")

# Words a class name of a teaser (a card promoting another page) is made of, alone or with one
# part before or after it: ``teaser``, ``m-teaser-content``, ``teaser__news-list``. Such a box
# is furniture when it is mostly link text (an article's lead may be classed "teaser" too).
TEASER_CLASS_WORDS: Final = _words("teaser teasers")

# Words that never stand in a byline as a name: interface labels scraped along with it.
UI_WORDS: Final = _words(
    """email e-mail mail share tweet twitter facebook linkedin whatsapp telegram pinterest
    reddit print follow contact subscribe bio profile author authors view posts articles
    more about comments comment save copy link click here menu login log sign newsletter watch
    live ended older newer previous next article event alle weitere weiterlesen artikel
    beiträge ähnliche suche erweiterte informationen mehr zurück teilen drucken anzeige
    escucha noticia noticias más leer lire partager suite
    read listen close open search home kommentare kommentar ergänzungen commentaires
    comentarios comentários
    vorheriger vorherige nächster nächste beitrag nachricht related topics tags feed video
    account konto cuenta password passwort reset anmelden abmelden registrieren abonnieren
    donate spenden spende"""
)

# Words of thanks a credits line may end with, after the names: "By Jo Park and Special
# Thanks". No name holds one; the names end before it.
THANKS_WORDS: Final = _words("thanks danke")

# Labels of credit lines under pictures: "Photo: X", "Foto: X", "Bild: X", Finnish "Kuva: X",
# Dutch "Beeld: X".
CREDIT_LABELS: Final = _words(
    """photo photos photograph photographs photography picture pictures image images credit
    credits source foto fotos fotografía fotografia bild bilder bildquelle bildrechte quelle
    crédit crédits crédito créditos illustration illustrations video grafik graphic imagen
    imagem photographer photographers fotograf fotografin fotógrafo fotografo zdjęcie fotocredit
    fotocredits bildcredit bildcredits kuva kuvat beeld"""
) | _phrases(
    """photo credit
    image credit
    image source
    foto de
    photo de
    crédit photo
    crédits photo
    crédito foto
    crédito de imagen
    créditos de imagen
    image courtesy
    photo courtesy
    courtesy of"""
)

# Words between a credit label and the credited name: "Photograph by X", "Foto von X",
# "Photo via X" (an owner or a picture library named after the photographer or alone).
CREDIT_BY_WORDS: Final = _words("by von de par por di via")

# What kind of picture a caption's closing parentheses say it is: "... in 2019 (Symbolbild)",
# "... before the match. (FILE)", "Mastodon (Screenshot)". A line that ends so is a caption.
PICTURE_MARKERS: Final = _phrases(
    """symbolbild
    symbolfoto
    archivbild
    archivfoto
    file
    file photo
    archive photo
    archivo
    foto de archivo
    imagen de archivo
    foto d'archivio
    photo d'archives
    screenshot"""
)

# Word starts of a copyright notice in a caption: "All rights reserved", "Riproduzione riservata".
COPYRIGHT_STEMS: Final = _words("rights reserv riservat vorbehalten droits")

# The word that opens a copyright credit or notice: "Copyright Jane Doe", "Copyright 2024 X".
COPYRIGHT_WORDS: Final = _words("copyright")
# A phrase that makes a line a copyright notice wherever it stands.
RIGHTS_RESERVED_PHRASES: Final = _phrases("all rights reserved")
# A credit without a colon: "Courtesy of the Doe family", "Photo courtesy of Example".
COURTESY_WORDS: Final = _words("courtesy")
# Between the parts of a picture credit, besides "/" and "|": "Jane Doe via Example Images".
CREDIT_PART_JOINERS: Final = _words("via")

# Labels that number a figure, opening its caption: "Figure 2: ...", "Abb. 3: ...", "Fig. 1.".
FIGURE_LABELS: Final = _words(
    """figure figures fig fig. abb abb. abbildung abbildungen bild grafik grafiken schaubild
    illustration image imagen imagem figura figuras foto photo graphic chart karte"""
)

# Picture agencies and credit words that make a line a photo credit ("Perrin Knox/Getty Images").
PICTURE_AGENCIES: Final = _phrases(
    """Getty Images
    GettyImages
    Getty
    Getty Images/iStockphoto
    iStock
    iStockphoto
    Shutterstock
    Alamy
    Alamy Stock Photo
    Unsplash
    Pixabay
    picture alliance
    picture-alliance
    imago
    imago images
    Keystone
    EPA
    EPA-EFE
    Sipa
    Sipa Press
    ZUMA
    ZUMA Press
    ZUMA Wire
    NurPhoto
    Abaca
    Action Press
    ddp
    ddp images
    dpa
    AP
    AP Photo
    AFP
    Reuters
    Xinhua
    TASS
    Scanpix
    Archiv
    Archivbild
    Archivo
    Symbolbild
    Wikimedia Commons
    Wikimedia
    Flickr
    Courtesy
    Handout
    Pool
    Aton
    Agencia Uno
    Kremlin.ru
    mos.ru
    Bloomberg
    Corbis
    Magnum Photos
    Redux
    SOPA Images
    LightRocket
    Anadolu
    Anadolu Agency
    Photothek
    Sputnik
    Stringer
    File
    File photo
    APA
    APA-PictureDesk"""
)

# Words that label a date in a header: "Published", "Stand:", "Le", "Publié le".
DATE_LABELS: Final = _words(
    """published posted date dated on at le publié publiée mis en ligne stand veröffentlicht
    erschienen am datum publicado publicada fecha em el opublikowano опубликовано created online
    seit first erscheinungsdatum erstveröffentlichung veröffentlichungsdatum publiziert
    eingetragen erstellt vom du publication pubblicato pressemitteilung pressemeldung
    medienmitteilung communiqué il pubblicata gepubliceerd geplaatst op data publicação
    publicacao publicación publicacion pubblicazione"""
)

# Words a page's <title> adds to the headline to say what kind of page it is, before the site's
# name: "Apfelkuchen Rezept | Site", "FerryCalc - Download - Site", "Receita de Torta | Site".
# Cut only from a title whose site name was cut too (the article's own heading has none).
PAGE_KIND_WORDS: Final = _phrases(
    """rezept
    recipe
    recette
    receta
    ricetta
    download
    receita de
    recette de
    receta de
    ricetta di"""
)

# Date labels that make a short line above a title no kicker (with the update labels but
# "last"): "Published", "Stand", "Datum".
NOT_KICKER_WORDS: Final = _words(
    "published posted veröffentlicht publié publiée publicado publicada stand date datum fecha"
)

# Labels that say the date after them is when the story was first published (not updated):
# "Veröffentlicht: 4. Mai 2021", "Published May 4, 2021", "Publié le 4 mai 2021".
PUBLISHED_LABELS: Final = _words(
    """published posted veröffentlicht publiziert erschienen erstellt publié publiée publicado
    publicada pubblicato pubblicata gepubliceerd geplaatst opublikowano опубликовано"""
)

# Words of a time of day written in a line of only a date: "um 14:30 Uhr", "at 5 pm".
# Deprecated: no rule reads them since titles stopped cutting a date at their end; kept so that
# vocabularies built with ``time_words`` still load, to go in the next minor release.
TIME_WORDS: Final = _words("uhr am pm h um at")

# Words that say the next date is an update time.
UPDATED_LABELS: Final = _words(
    """updated update modified edited last-updated aktualisiert editiert geändert actualisé
    actualisée actualizado actualizada actualización atualizado atualizada mis-à-jour обновлено
    last bearbeitet aktualisierung aggiornato aggiornata aggiornamento bijgewerkt modifié
    modifiée atualização actualização dernière"""
)

# Labels that introduce a link to another article.
RELATED_LABELS: Final = _phrases(
    """related
    related videos
    aktuelle meldungen
    siehe auch
    zobacz również
    mehr videos
    weitere videos
    ähnliche videos
    plus de vidéos
    más videos
    related article
    related articles
    related story
    related stories
    related content
    related coverage
    related news
    related link
    related links
    related reading
    related topics
    related posts
    related post
    similar articles
    similar posts
    more stories
    more news
    more articles
    editor's picks
    editors' picks
    editor’s picks
    you may also be interested in
    you might be interested in
    read more
    read also
    also read
    read next
    see also
    also see
    more
    more on this
    more on this story
    more on this topic
    more from
    recommended
    recommended reading
    further reading
    you may also like
    you might also like
    don't miss
    don’t miss
    lesen sie auch
    lesen sie dazu
    lesen sie dazu auch
    lesen sie mehr
    mehr zum thema
    mehr zu diesem thema
    auch interessant
    das könnte sie auch interessieren
    weiterlesen
    mehr dazu
    zum thema
    ähnliche artikel
    verwandte artikel
    verwandte beiträge
    verwandte links
    verwandte nachrichten
    beliebte beiträge
    lesenswert
    lesetipp
    lesetipps
    dir könnte auch gefallen
    mehr zum
    ähnliche nachrichten
    ähnliche beiträge
    weiterführende artikel
    weitere artikel
    weitere beiträge
    weitere inhalte
    das könnte ihnen auch gefallen
    das könnte dich auch interessieren
    das könnte sie auch gefallen
    à lire aussi
    a lire aussi
    lire aussi
    voir aussi
    à voir aussi
    à lire
    lire la suite
    sur le même sujet
    sur le même thème
    lire également
    à lire également
    articles similaires
    à écouter aussi
    a écouter aussi
    à écouter également
    lee también
    vea también
    lea también
    lea además
    leer más
    lea más
    te puede interesar
    también te puede interesar
    ver más
    más información
    relacionados
    relacionadas
    noticias relacionadas
    artículos relacionados
    notícias relacionadas
    leia também
    leia mais
    veja também
    saiba mais
    leggi anche
    vedi anche
    articoli correlati
    potrebbe interessarti
    lees ook
    zie ook
    gerelateerde artikelen
    похожие статьи
    читайте также
    смотрите также
    по теме
    zobacz także
    zobacz też
    czytaj także
    czytaj też
    przeczytaj także
    przeczytaj też
    podobne artykuły
    polecamy"""
)

# A related box's label may be a sentence saying the stories "might interest you", in many
# wordings ("Diese Artikel könnten dich auch interessieren:", "Das könnte Sie auch interessieren!"):
# a short line holding one of these modal words and ending in one of the verbs below.
RELATED_MODAL_WORDS: Final = _words("""könnte könnten""")

# The verbs that end such a label sentence (see RELATED_MODAL_WORDS).
RELATED_INTEREST_VERBS: Final = _words("""interessieren gefallen""")

# Labels of a box of the site's latest, most read or most popular stories ("Most read",
# "Meistgelesen", "Latest posts by ..."): lists of the site's stories, not of the article's, so no
# related box, and such a label ends the related box above it.
LISTING_LABELS: Final = _phrases(
    """most read
    most popular
    most viewed
    most shared
    most commented
    trending
    latest
    recent posts
    recent articles
    recent stories
    meistgelesen
    meistgelesene
    meist gelesen
    meistkommentiert
    top-clicks
    top clicks
    beliebteste
    besonders beliebte
    beliebte artikel
    neueste
    neuste
    neu in
    neu im
    neue nachrichten
    neue artikel
    neue beiträge
    letzte artikel
    letzte beiträge
    aktuelle artikel
    aktuelle beiträge
    les plus lus
    les plus populaires
    les plus partagés
    derniers articles
    lo más leído
    lo más visto
    más leídas
    más leídos
    últimas noticias
    mais lidas
    più letti
    najczęściej czytane
    najpopularniejsze"""
)

# Texts of links that only lead on ("Read more", "Mehr ..."): part of a teaser, never its title.
READ_MORE_LINKS: Final = _phrases(
    """more
    read more
    continue reading
    read the full story
    see more
    view more
    mehr
    weiter
    mehr lesen
    weiterlesen
    zum artikel
    plus
    lire la suite
    en savoir plus
    más
    leer más
    ver más
    mais
    leia mais
    saiba mais
    continua a leggere
    leggi tutto
    lees meer
    читать далее"""
)

# Opening words of closing notes ("Correction: ..."), with the kind of note they make.
FOOTNOTE_PREFIXES: Final[dict[str, FootnoteKind]] = _table(
    {
        FootnoteKind.EDITORS_NOTE: "editor's note | editor’s note | editors' note | "
        "editors’ note | editor's notes | anm. d. red. | anmerkung der redaktion | "
        "hinweis der redaktion | note de la rédaction | ndlr | nota del editor | "
        "nota de la redacción | nota da redação | nota del redattore | "
        # The author's own note: "Author's note:", "Anmerkung des Autors:".
        "author's note | author’s note | anmerkung des autors | anmerkung der autorin | "
        "note de l'auteur | note de l’auteur | nota del autor | nota de la autora | nota do autor",
        FootnoteKind.FOOTNOTE: "note | hinweis | remarque | nota",
        FootnoteKind.CORRECTION: "correction | corrections | clarification | korrektur | "
        "korrekturhinweis | berichtigung | rectificatif | corrección | fe de errores | correção | "
        "fe de erratas",
        FootnoteKind.UPDATE: "update | aktualisierung | nachtrag | mise à jour | actualización | "
        "atualização",
        FootnoteKind.DISCLAIMER: "disclaimer | disclosure | disclosures | transparenzhinweis | "
        "offenlegung | haftungsausschluss | avertissement | aviso legal",
    }
)

# Phrases of affiliate and price disclosures: a short paragraph holding one is a disclaimer note
# wherever it stands ("We may earn a commission ...", "Enthält Affiliate-Links").
DISCLOSURE_PHRASES: Final = _phrases(
    """affiliate link
    affiliate-link
    affiliatelink
    affiliate links
    affiliate-links
    affiliate partner
    earn a commission
    earn a small commission
    earns a commission
    receive a commission
    receive a small commission
    may earn a
    commission at no
    we may receive compensation
    provision erhalten
    provision erhält
    provision bekommen
    werbelink
    partnerlink
    preis kann jetzt höher sein
    amazon product advertising api
    lien affilié
    liens affiliés
    liens sponsorisés
    enlaces de afiliados
    enlace de afiliado
    links de afiliados
    link de afiliado
    link di affiliazione
    entstand in kooperation mit
    entstand in zusammenarbeit mit
    entstand in freundlicher kooperation
    entstand in freundlicher zusammenarbeit
    entstand mit freundlicher unterstützung
    this post is sponsored by
    this post was sponsored by
    this article is sponsored by
    this content is sponsored by
    article sponsorisé
    alle angaben ohne gewähr
    angaben ohne gewähr"""
)

# Headings over a list of notes: each item below is a footnote ("References", "Anmerkungen").
NOTES_HEADINGS: Final = _phrases(
    """notes
    footnotes
    endnotes
    references
    sources
    notes and references
    anmerkungen
    anmerkung
    hinweise
    allgemeine hinweise
    fußnoten
    fussnoten
    einzelnachweise
    quellen
    quellenangaben
    literatur
    notes et références
    références
    notas
    referencias
    referências
    note
    примечания"""
)

# Words a closing note may open with besides its label's first word: the start of a credit or a
# telling sentence ("Updated ...", "This story ...", "Quelle: ...", "© ...").
NOTE_OPENINGS: Final = _words(
    """updated mitarbeit photos photo translated edited this the an a reporting editing writing
    additional compiled reported written copyright quelle quellen source sources fuente fonte
    mit with material avec con com © all"""
)

# Words between a note's label and its time: "Updated at 5 p.m.:", "Update on March 4:".
NOTE_TIME_WORDS: Final = _words("at on am le el em")

# First words of a line after the text that credits the whole article, not a picture: "Quelle: X".
SOURCE_LINE_WORDS: Final = _words("quelle quellen source sources fuente fonte")

# Openings of a credit of the whole article after the text: "Quelle: X", "With files from X".
SOURCE_CREDIT_LABELS: Final = _phrases(
    """quelle
    quellen
    source
    sources
    fuente
    fonte
    mit material von
    mit material der
    mit material des
    mit material aus
    with material from
    material from
    avec
    con información de la
    con informacion de la
    con información de
    con informacion de
    con
    com informações da
    com informações das
    com informações do
    com informações dos
    com informações de
    com informações des
    com informações
    with reporting from
    with files from"""
)

# Words of a copyright notice that say what is reserved ("All rights reserved", "Alle Rechte").
RESERVED_WORDS: Final = _words("rights reserved rechte droits derechos direitos diritti")

# Headings over remarks (a recipe's "Notes", "Anmerkungen"), not over references: a bulleted
# list under them is one note, as a paragraph under them is.
REMARK_HEADINGS: Final = _phrases(
    """notes
    note
    anmerkung
    anmerkungen
    hinweise
    allgemeine hinweise
    notas"""
)

# Whole lines (case-folded, trimmed of ":" and spaces) that are page furniture, never body text.
BOILERPLATE_LINES: Final[dict[str, BoilerplateKind]] = _table(
    {
        BoilerplateKind.ADVERTISEMENT: "advertisement | advertising | ad | sponsored | "
        "sponsored content | anzeige | werbung | publicité | publicite | publicidad | "
        "publicidade | pubblicità | реклама | story continues below advertisement | "
        "continue reading below | article continues below | continue reading | "
        "article continues below advertisement | scroll to continue with content | "
        "weiter nach der anzeige | artikel wird unter der anzeige fortgesetzt | "
        "la suite après la publicité | la suite après cette publicité | "
        "continúa después de la publicidad | ad feedback | skip advertisement | "
        "advertisement - scroll to continue | reklama | annonce",
        BoilerplateKind.SHARE: "share | share this | share this article | share this story | "
        "share on facebook | share on twitter | share via email | teilen | artikel teilen | "
        "partager | partager cet article | compartir | compartilhar | condividi | поделиться | "
        "show more sharing options | copy link | copy link url | print | "
        "email | e-mail | tweet | facebook | twitter | linkedin | whatsapp | pinterest | reddit | "
        "telegram | flipboard | x | messenger | comments | comment | kommentare | commentaires | "
        "comentarios | gift article | save article | save | merken | listen | "
        "listen to this article | vorlesen | click to enlarge | enlarge | zoom | more videos | "
        "embed | link copied | copied | gefällt mir | gefällt mir wird geladen | "
        "liken | like this | like loading... | like loading… | liken lade … | "
        "%d bloggern gefällt das | twittern | teilen mit | teilen sie dies mit | follow us | "
        "follow us on | folge uns | folgen sie uns | suivez-nous | síguenos | siga-nos | "
        "share this post | share the article | teile diesen beitrag",
        BoilerplateKind.NEWSLETTER: "sign up for our newsletter | subscribe to our newsletter | "
        "newsletter | newsletter abonnieren | jetzt abonnieren | s'abonner | abonnez-vous | "
        "suscríbete | sign up | subscribe | thanks for signing up | thank you for signing up | "
        "danke für ihre anmeldung | merci pour votre inscription",
        BoilerplateKind.SUBSCRIPTION: "exklusiv für abonnenten | subscriber exclusive | "
        "subscribers only | réservé aux abonnés | exclusivo para suscriptores",
        BoilerplateKind.TAGS: "tags | topics | themen | temas | thèmes | sujets | mots-clés | "
        "schlagworte | keywords | tópicos | argomenti | темы",
        BoilerplateKind.NAVIGATION: "menu | main menu | menü | navigation | search | suche | "
        "rechercher | recherche | buscar | pesquisar | close | schließen | fermer | cerrar | "
        "fechar | skip to content | skip to main content | zum inhalt springen | "
        "aller au contenu | ir al contenido | sign in | log in | login | anmelden | einloggen | "
        "se connecter | connexion | iniciar sesión | entrar | back to top | nach oben | "
        "retour en haut | volver arriba | startseite | accueil | inicio | most read | "
        "most popular | meistgelesen | les plus lus | lo más leído | mais lidas | "
        "impressum | datenschutz | datenschutzerklärung | datenschutzhinweise | agb | sitemap | "
        "contact us | kontaktieren sie uns | nous contacter | contáctenos | privacy policy | "
        "privacy | cookie policy | terms of use | terms of service | "
        "terms and conditions | terms & conditions | accessibility | mentions légales | "
        "politique de confidentialité | aviso legal | política de privacidad | "
        "política de privacidade | über uns | about us | qui sommes-nous | quiénes somos | "
        "zur startseite | zurück zur übersicht | zurück zur startseite | zurück | back | "
        "suche nach | suchen | registrieren | register | rss | rss feed | mehr erfahren | "
        "learn more | en savoir plus | saber más | previous article | next article | "
        "previous post | next post | vorheriger beitrag | nächster beitrag | "
        "previous story | next story | vorheriger artikel | nächster artikel | "
        "article précédent | article suivant | artículo anterior | artículo siguiente",
        BoilerplateKind.OTHER: "reuse this content | reprints & permissions | "
        "reprints and permissions | republish this article | report an error | "
        "report a correction | submit a correction | fehler melden | signaler une erreur | "
        "purchase licensing rights | licensing rights | reprint rights | all rights reserved | "
        "alle rechte vorbehalten | tous droits réservés | todos los derechos reservados | "
        "leave a reply | leave a reply cancel reply | leave a comment | cancel reply | "
        "post comment | reply | antworten | "
        "abbrechen | antwort abbrechen | kommentar verfassen | "
        "kommentar verfassen antwort abbrechen | schreibe einen kommentar | "
        "schreibe einen kommentar antworten abbrechen | "
        "gib hier deinen kommentar ein | kommentar hinzufügen | kommentar schreiben | "
        "( abmelden / ändern ) | verbinde mit %s | laisser un commentaire | répondre | "
        "annuler la réponse | deja un comentario | responder | cancelar respuesta | "
        "0 kommentare | 0 comments | no comments | keine kommentare | show comments | "
        "view comments | loading | loading... | loading… | wird geladen | lade …",
    }
)

# Words of share-button labels; a line made only of these is a share bar.
SHARE_WORDS: Final = _words(
    """share facebook twitter x linkedin email e-mail mail whatsapp telegram pinterest reddit
    print flipboard messenger copy link url copied! tweet teilen partager compartir
    compartilhar condividi sms xing tumblr pocket threads bluesky mastodon show more sharing
    options drucken imprimer imprimir kommentare comments comment"""
)

# Labels that are furniture when they stand alone ("Read more" with no link under it); followed by
# links they head a related list, the related rule's.
ALONE_LABELS: Final = _phrases(
    """read more
    more
    weiterlesen
    mehr
    lire la suite
    leer más
    ver más
    saiba mais
    leia mais"""
)

# "Click to share on Facebook (Opens in new window)": WordPress share buttons, in several languages.
SHARE_BUTTON_OPENINGS: Final = _phrases(
    """click to
    klick, um
    klicken, um
    cliquez pour
    cliquer pour
    haz clic para
    clique para"""
)
SHARE_BUTTON_ENDINGS: Final = _phrases(
    """(opens in new window)
    (wird in neuem fenster geöffnet)
    (ouvre dans une nouvelle fenêtre)
    (se abre en una ventana nueva)
    (abre em nova janela)"""
)

# Words a share label may hold besides the buttons: "Share this article:", "Artikel teilen".
SHARE_FILLERS: Final = _words(
    """this the article story page post on via with your friends diesen artikel beitrag cet
    cette sur este esta artículo nota en artigo matéria notícia"""
)

# Verbs of a cookie notice after the word "cookies": "This site uses cookies", "verwenden".
COOKIE_VERBS: Final = _words("use accept verwenden nutzen utilise utilisons usamos utilizamos")

# Subjects of a cookie notice before the word "cookies": "We use cookies", "Wir verwenden".
COOKIE_SUBJECTS: Final = _words("we wir nous")

# Openings of a newsletter prompt after the word "newsletter" (word starts: "inscri" covers
# "inscrivez-vous", "inscription"): "Our newsletter: sign up".
NEWSLETTER_ACTIONS: Final = _phrases(
    """sign up
    subscribe
    abonnieren
    inscri
    suscr
    registr
    anmelden"""
)

# Calls to sign up before the word "newsletter": "Subscribe to our newsletter".
NEWSLETTER_CALLS: Final = _phrases(
    """sign up
    subscribe
    abonnieren
    inscrivez
    suscríbete"""
)

# Headings of lists that lead elsewhere: "Trending", "Most read", "Meistgelesen".
NAVIGATION_HEADINGS: Final = _phrases(
    """trending
    most read
    most popular
    popular
    latest
    latest news
    top stories
    more stories
    aktuell
    lo más leído
    lo más visto
    les plus lus
    mais lidas
    mais lidos
    more videos
    you may have missed
    weitere themen
    mehr aus der rubrik
    ähnliche artikel
    en ce moment
    other stories
    editor's picks
    editors' picks"""
)

# Headings that name a page's furniture or a section, never an article: the title plan passes
# over them when a headline follows ("# Navigation und Service", "# Aktuelles", "# Menu"), the
# headings of a blog's sidebar boxes too ("Recent Comments", "Kategorien", "Meta").
NOT_TITLE_HEADINGS: Final = NAVIGATION_HEADINGS | _phrases(
    """navigation
    navigation und service
    hauptnavigation
    hauptmenü
    menu
    menü
    main menu
    sie sind hier
    you are here
    vous êtes ici
    usted está aquí
    breadcrumb
    detail
    details
    detailansicht
    page
    seite
    search
    suche
    home
    startseite
    news
    nachrichten
    aktuelles
    neuigkeiten
    actualités
    noticias
    presse
    pressemitteilungen
    press releases
    pressemeldungen
    blog
    archiv
    archive
    allgemein
    uncategorized
    category
    kategorie
    rubrik
    themen
    topics
    related articles
    comments
    quick navigation
    schnellnavigation
    upcoming events
    kommende events
    kommende veranstaltungen
    no comments
    kommentare
    service
    servicemenü
    recent comments
    recent posts
    popular posts
    related posts
    neueste kommentare
    neueste beiträge
    letzte kommentare
    letzte beiträge
    ähnliche beiträge
    beliebte beiträge
    categories
    kategorien
    archives
    tags
    schlagwörter
    meta"""
)

# The openings of a blog template's sentence that says when the post was published, the date
# right after them: "Dieser Beitrag wurde am 4. Mai 2020 ... veröffentlicht", "This entry was
# posted on May 4, 2020".
POSTED_OPENINGS: Final = _phrases(
    """dieser beitrag wurde am
    der beitrag wurde am
    dieser beitrag wurde erstmals am
    dieser artikel wurde am
    der artikel wurde am
    dieser artikel wurde erstmals am
    dieser eintrag wurde am
    der eintrag wurde am
    this entry was posted on
    this post was posted on
    this post was published on
    this article was published on
    this article was first published on
    this article was originally published on
    cet article a été publié le
    cet article a été publié pour la première fois le
    este artículo fue publicado el
    esta entrada fue publicada el
    este artigo foi publicado em
    questo articolo è stato pubblicato il
    dit artikel werd gepubliceerd op
    dit bericht werd geplaatst op"""
)


# -- words some rules match case-sensitively, or in a grammar of their own ------------------------

# One-word byline prefixes found after the text they close a byline within: a byline glued
# before a closing date ("...the harbour.by Jo Park 4 May 2020"), or after a category list
# ("Posted in [Travel](#) by jdoe"). Matched in lower case or capitalised, and in capitals only
# when the word is in ``CAPITAL_WORDS`` ("BY" is read, "VON" is not, as the rules always had it).
TRAILING_PREFIXES: Final = _words("by von par por")

# The words of the case-sensitive byline patterns (``TRAILING_PREFIXES``, ``OUTLET_JOINERS``,
# ``NAME_SPLITTERS``) that are also read written in capitals: "BY JO PARK", "AND", "FOR".
CAPITAL_WORDS: Final = _words("by for and")
# Byline prefixes that also open sentences ("Text [a link](#) and more.", "With a view ..."):
# a line opening with one is a byline only when a colon follows the word, or, before a linked
# name, when no sentence follows it.
COLON_ONLY_PREFIXES: Final = _words("with text texto textos editor translation author interview")

# The word before the outlet a person writes for, inside one piece: "Jo Park For The Daily Post".
OUTLET_JOINERS: Final = _words("for")

# Conjunctions that split two capitalised names inside one piece: "Jo Park And Sam Roe".
NAME_SPLITTERS: Final = _words("and und")

# Conjunctions opening a line that goes on with the names above it: "and Kim Lee", "y Ana Ruiz".
CONTINUING_CONJUNCTIONS: Final = _words("and und et y")

# Words before a time closing a byline, in lower case: "Posted by X at 17:35", "Von X um 9.30".
TIME_JOINERS: Final = _phrases(
    """at
    um
    à
    a las
    às
    alle"""
)

# Nouns after a time, capitalised as German writes them: "Von X um 9.30 Uhr", "11:40 Uhr".
CLOCK_NOUNS: Final = _words("uhr")

# Abbreviations after a time of the 24-hour clock, in lower case: "14h", "21 hs", "9 hrs".
CLOCK_ABBREVIATIONS: Final = _words("h hs hrs")

# Labels of a reading-time note: "Lesedauer: 7 Min.", "Reading time: 3 minutes".
READING_TIME_LABELS: Final = _phrases(
    """lesedauer
    lesezeit
    reading time
    read time
    temps de lecture
    tiempo de lectura
    tempo de leitura"""
)

# Words hedging the minutes after a label: "Lesezeit: ca. 4 Min.", "Lesedauer: etwa 6 Minuten".
READING_TIME_HEDGES: Final = _words("ca. etwa")

# Units of the minutes after such a label.
LABELLED_MINUTES: Final = _words("min minuten minutes minutos")

# Words after the minutes of a note with no label: "5 min read", "4 minutes de lecture".
READING_TIME_ENDINGS: Final = _phrases(
    """read
    lesen
    de lecture
    de lectura"""
)

# Units of the minutes before such an ending.
READ_MINUTES: Final = _words("min minute minutes")

# Units of a reading time standing alone among a byline's names: "By Jo Park • 5 min read".
BYLINE_MINUTES: Final = _words("min mins minute minutes minuten")

# Units of a relative date before "ago": "3 hours ago", "5 min ago".
AGO_UNITS: Final = _words("min mins minute minutes hour hours hr hrs day days week weeks")

# The words after such a unit that make the phrase a relative date.
AGO_WORDS: Final = _words("ago")

# Relative dates written opener first, as "opener unit" (the number stands between them):
# "Hace 5 horas", "vor 2 Stunden", "il y a 3 heures", "há 2 horas". A phrase of one word has no
# opener and is not read.
RELATIVE_OPENED: Final = frozenset(
    f"{opener} {unit}"
    for opener, units in {
        "hace": "minuto minutos hora horas día días dia dias semana semanas",
        "vor": "minuten minute stunden stunde tagen tag wochen",
        "il y a": "minute minutes heure heures jour jours semaine semaines",
        "há": "minuto minutos hora horas dia dias semana semanas",
        "ha": "minuto minutos hora horas dia dias semana semanas",
    }.items()
    for unit in units.split()
)

# Relative days: "yesterday", "heute", "aujourd'hui".
RELATIVE_DAYS: Final = _words("yesterday today gestern heute hier aujourd'hui ayer hoy ontem hoje")

# Words that may stand between a date and its time, or before either: joiners, weekdays, marks.
DATE_GAP_WORDS: Final = _words(
    """at um à a las la às alle ore om в kl. klo - – — | · • , / on the le el am mon tue tues wed
    thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday mo di mi
    do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag lun mar mer jeu ven
    sam dim lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves
    viernes sábado domingo"""
)


# The small words of a written date, matched in lower case as written. Each slot holds its own:
# after a day number before its month ("16th", "1er"; the marks º ° ª are in the rule).
DAY_SUFFIXES: Final = _words("st nd rd th er")
# After a day number that follows its month: "July 16th".
MONTH_DAY_SUFFIXES: Final = _words("st nd rd th")
# Between a day and its month: "16 de mayo", "16th of May".
DAY_MONTH_JOINERS: Final = _words("de of")
# Between a month and the number after it: "mayo de 2022", "julio del 2021".
MONTH_YEAR_JOINERS: Final = _words("de del")
# Between a month's day and the year after it: "mayo 16 de 2022", "июля 16 г. 2021".
DAY_YEAR_JOINERS: Final = _words("de del г. года")

# Words that make a few capitalised words a place's name, not a person's or a label's: a
# dateline in title case before a dash ("United Nations –", "New Harbour –", "Bad Oldenau –").
PLACE_NAME_WORDS: Final = _words(
    """united nations states kingdom republic new north south east west northern southern
    eastern western upper lower city county island islands beach bay lake mount mountain port
    fort saint st. san santa são valley springs falls heights harbor harbour bad sankt
    nord süd ost west neu alt stadt"""
)

# Words in lower case inside a place's name in title case: "Frankfurt am Main (dpa) -", "Rio de
# Janeiro (AP) —", "Frankfurt an der Oder". A dateline's place may hold them between its words.
PLACE_PARTICLES: Final = _words("am an der ob upon de del da do dos das di la")

# Words written after a company's name in the trade's copy ("Apple Inc", "Hafenwerk AG"): a
# title-case word the story writes so, set before an agency's mark, is a company, not a place.
COMPANY_SUFFIXES: Final = _words(
    """inc corp corporation co ltd llc plc ag gmbh se sa nv bv spa kg kgaa ab asa oyj"""
)

# Credit labels shortened with a full stop instead of a colon: Polish "Fot. Jan Kowalski / Agencja".
CREDIT_ABBREVIATIONS: Final = _words("fot")

# Labels that credit a picture only after its caption and a slash: Polish "Port nocą / autor: Jan
# Kowalski". Alone on a line, "Autor: X" is a byline's label in many languages.
SLASHED_CREDIT_LABELS: Final = _words("autor autorka")

# A share button's label a converter glues beside its picture, besides the share words:
# Pinterest's "Pin" ("![The pond at dusk](src)Pin"). Alone on a line it is no share bar.
SHARE_PICTURE_LABELS: Final = _words("pin")

# The verb of a button or a link asking to be clicked ("Click here to order", "Zum Rezept bitte
# hier klicken", "cliquez sur l'icône"): a short line under a picture that holds one is the
# page's prompt, not the picture's caption.
CLICK_WORDS: Final = _words(
    """click clicking klick klicken klickt cliquez cliquer clic clique clica clicca kliknij"""
)

# Credit labels of the page's lead ("featured") picture: "Titelbild: Jane Doe / Example",
# "Featured image: Jane Doe via Example". Such a line credits a picture shown elsewhere, often
# at the foot of the text, so no line beside it is that picture's caption.
FEATURED_PICTURE_LABELS: Final = _words(
    "titelbild titelfoto beitragsbild aufmacherbild aufmacherfoto headerbild"
) | _phrases(
    """featured image
    featured photo
    header image
    cover image
    cover photo"""
)


# -- the words of whole-sentence closing notes, slot by slot ---------------------------------------
# Each sentence is a shape with slots ("This story was corrected..."); each slot reads its own
# table. The slots of different sentences hold different words, so they are separate tables.

# A correction said in a sentence: "An earlier version of this story misstated the date."
CORRECTION_OPENINGS: Final = _words("this the dieser der cet este esta")
# "An earlier version of this story ..." is a correction whatever verb follows; the piece is one
# of CORRECTION_PIECES (German takes the genitive: "In einer früheren Version dieses Artikels").
EARLIER_VERSION_OPENINGS: Final = _phrases(
    """an earlier version of this
    a previous version of this
    in einer früheren version dieses
    in einer früheren fassung dieses
    une version précédente de cet
    une précédente version de cet
    una versión anterior de este
    uma versão anterior deste
    uma versão anterior desta"""
)
CORRECTION_PIECES: Final = _words(
    "story article report post piece version artikel artikels beitrag beitrags textes text "
    "artículo nota texto artigo matéria reportagem notícia"
)
# Within 80 characters after the piece, as a whole word.
CORRECTION_WORDS: Final = _words(
    "corrected amended misstated misspelled incorrectly erroneously korrigiert berichtigt corrigé "
    "corregido corregida corrigido corrigida"
)

# An update said in a sentence: "This story has been updated.", "The article was revised".
# The same shape in German, French, Spanish and Portuguese: "Dieser Artikel wurde aktualisiert",
# "Cet article a été mis à jour", "Este artículo fue actualizado", "Esta matéria foi atualizada".
UPDATE_OPENINGS: Final = _words("this the dieser der cet este esta")
UPDATE_PIECES: Final = _words(
    "story article report post piece artikel beitrag text artículo nota texto artigo matéria "
    "reportagem notícia"
)
UPDATE_AUXILIARIES: Final = _phrases(
    """has been
    was
    is being
    will be
    wurde
    ist
    a été
    fue
    ha sido
    foi"""
)
UPDATE_WORDS: Final = _phrases(
    """updated
    revised
    expanded
    aktualisiert
    ergänzt
    mis à jour
    actualisé
    actualizado
    actualizada
    atualizado
    atualizada"""
)

# A credit said in a sentence, the party before it: "The Example Agency contributed reporting."
CONTRIBUTION_VERBS: Final = _words("contributed contributes")
CONTRIBUTION_OBJECTS: Final = _phrases(
    """to this report
    to this story
    to this article
    reporting
    additional reporting"""
)

# A note saying where the piece appeared first: "This post originally appeared on X", "Dieser
# Beitrag ist am 2. Mai in der Y erschienen", "Cet article a été initialement publié dans Z". The
# opening and the piece, then one of the words within 100 characters.
REPUBLISHED_OPENINGS: Final = _phrases(
    """this
    the
    a version of this
    l'
    l’
    dieser
    diese
    dieses
    der
    das
    cet
    cette
    este
    esta"""
)
REPUBLISHED_PIECES: Final = _words(
    "story article report post piece essay interview column artikel beitrag gastbeitrag text "
    "kommentar texte tribune chronique artículo texto columna entrevista artigo matéria "
    "reportagem coluna"
)
REPUBLISHED_WORDS: Final = _phrases(
    """originally appeared
    originally published
    originally ran
    originally posted
    first appeared
    first published
    first ran
    first posted
    erschien zuerst
    zuerst erschienen
    erstmals erschienen
    ursprünglich erschienen
    erschienen
    initialement publié
    initialement paru
    d'abord publié
    d'abord paru
    publié initialement
    publié pour la première fois
    publicado originalmente
    publicada originalmente
    publicado por primera vez
    publicado inicialmente
    publicado pela primeira vez
    publicada pela primeira vez"""
)

# A note saying the story belongs to a series: "This article is part of our series on ...",
# "Dieser Text ist Teil der Serie ...": an opening, then the series word within 60 characters.
SERIES_OPENINGS: Final = _phrases(
    """part of a
    part of an
    part of our
    part of the
    teil der
    teil unserer
    teil einer
    fait partie de la
    fait partie d'une
    fait partie de notre
    parte de la
    parte de una
    parte de nuestra"""
)
SERIES_WORDS: Final = _words("series serie série")

# First words of byline prefixes of another role than author that still open a byline, not a
# closing credit note: "With Jane Doe", "Text: X", "Editor: X", "Translation: X".
BYLINE_CREDIT_WORDS: Final = _words("with text editor translation")

# A dated note label that is no footnote prefix alone: "Updated at 5 p.m.:" is an update, and
# so are "Aktualisiert am 4. März:", "Actualizado el 4 de marzo:", "Mis à jour le 4 mars :".
DATED_UPDATE_LABELS: Final = _phrases(
    """updated
    aktualisiert
    actualizado
    actualizada
    atualizado
    atualizada
    mis à jour"""
)

# A translation note: "Translated from the Spanish by X", "Aus dem Englischen von X", "Traduit de
# l'anglais par X". The opening, a language (TRANSLATION_LANGUAGES), one of TRANSLATION_BY_WORDS
# and the translator, who must read as a name.
TRANSLATION_OPENINGS: Final = _phrases(
    """translated from
    translated from the
    this article was translated from
    this article has been translated from
    this story was translated from
    this story has been translated from
    aus dem
    übersetzt aus dem
    traduit de
    traduit du
    traduit de l'
    traduction de
    traducido del
    traducido de
    traducción del
    traduzido do
    tradução do"""
)
# The language a translation is from, in the forms the openings take: "the Spanish", "dem
# Englischen", "l'anglais", "del inglés", "do inglês".
TRANSLATION_LANGUAGES: Final = _words(
    """english spanish french german italian portuguese russian ukrainian arabic chinese japanese
    polish dutch englischen amerikanischen spanischen französischen italienischen portugiesischen
    russischen ukrainischen arabischen chinesischen japanischen polnischen niederländischen
    anglais espagnol français allemand italien portugais russe ukrainien arabe chinois japonais
    polonais inglés español francés alemán italiano portugués ruso ucraniano árabe chino japonés
    inglês espanhol francês alemão russo ucraniano"""
)
TRANSLATION_BY_WORDS: Final = _phrases(
    """by
    von
    übersetzt von
    par
    por"""
)

# Calls to the reader to follow, subscribe to or pay for the site ("Folgen Sie uns auf Telegram",
# "Síguenos en Instagram", "Support independent journalism"): set apart in italics after the text
# they are furniture, not a note.
READER_CALLS: Final = _phrases(
    """follow us
    folgen sie uns
    folge uns
    folgt uns
    suivez-nous
    síguenos
    siguenos
    siga-nos
    subscribe to our
    abonnieren sie unseren
    abonniere unseren
    abonnez-vous
    suscríbete
    support us
    unterstützen sie uns
    unterstütze uns
    soutenez-nous
    apóyanos
    independent journalism
    unabhängigen journalismus
    unabhängiger journalismus
    journalisme indépendant
    periodismo independiente
    jornalismo independente"""
)

# More calls to the reader, matched as whole words (a plural or a verb's "-n" allowed) in the
# short blocks that close an HTML page's article region ("Sign up for our newsletter", "Get our
# app", "Become a member"): with ``READER_CALLS``, such a block in a call's shape is furniture
# there (never in the middle of the text, where an article may speak of a newsletter or an app).
CLOSING_CALLS: Final = _phrases(
    """newsletter
    sign up
    signing up
    subscribe
    abonniere
    abonnieren sie
    abonnez
    suscríbete
    suscribete
    our app
    the app
    unsere app
    notre application
    nuestra app
    become a member
    werde mitglied
    werden sie mitglied
    download the
    latest news
    hazte miembro
    never miss
    nichts mehr verpassen
    ne manquez rien
    canal de youtube
    youtube channel"""
)

# Words of a licence notice, matched as whole words in the short blocks that close an HTML page's
# article region ("This text is licensed under CC BY-SA 4.0", "Inhalte unter der Lizenz CC-BY"):
# the site's terms for reusing its pages, no article text there.
LICENCE_NOTICES: Final = _phrases(
    """creative commons
    cc-by
    cc by
    licensed under
    unter der lizenz
    sous licence
    bajo licencia"""
)

# Words of the page's own functions (log-in forms, the comment section, share buttons, the
# site's app): a "Hinweis:" or an italic line that speaks of them is page furniture, not a note
# on the article ("Note: the password must hold 8 characters", "Comments close after 2 days").
PAGE_FUNCTION_PHRASES: Final = _phrases(
    """passwort muss
    password must
    kommentarfunktion
    comment section
    comments section
    comments are closed
    comments close
    kommentare zu diesem
    teilen auf
    share on
    partager sur
    compartir en
    compartilhar no
    click here to watch
    hier klicken, um
    in our app
    in unserer app
    du kommentierst mit
    you are commenting using"""
)

# Phrases of disclaimers and notices that a note set apart in italics is wholly about.
DISCLAIMER_PHRASES: Final = _phrases(
    """banned in russia
    prohibited in russia
    terrorist organization
    extremist organization
    designated an extremist
    foreign agent
    views expressed
    necessarily reflect
    not necessarily those
    does not constitute
    for informational purposes
    in russland verboten
    in russland verbotene
    interdite en russie"""
)


# Phrases saying a piece gives its author's opinion, not the publisher's: a note wherever it
# stands as a short paragraph of its own ("This column gives the author's views ...").
OPINION_DISCLAIMERS: Final = _phrases(
    """views expressed in this
    views expressed here
    views expressed are
    opinions expressed in this
    opinions expressed here
    opinions expressed are
    views of the author
    opinion of the author
    those of the author
    necessarily reflect the views
    necessarily reflect the opinion
    necessarily reflect the official
    necessarily represent the views
    necessarily represent the official
    meinung des autors wieder
    meinung der autorin wieder
    meinung der autoren wieder
    meinung des verfassers wieder
    meinung der verfasserin wieder
    nicht notwendigerweise die meinung
    nicht unbedingt die meinung
    n'engagent que leur auteur
    n’engagent que leur auteur
    n'engagent que son auteur
    n’engagent que son auteur
    n'engage que son auteur
    n’engage que son auteur
    no reflejan necesariamente
    no necesariamente reflejan
    não refletem necessariamente
    não necessariamente refletem"""
)


# -- the tables as one value a caller can extend -------------------------------------------------


class Table(Mapping[str, _V]):
    """A read-only ``{phrase: value}`` table that can be hashed, so a vocabulary can key a cache.

    Lookups are the wrapped dict's (``get`` and ``in`` cost what a dict's do).
    """

    __slots__ = ("_items", "get")

    def __init__(self, items: Mapping[str, _V] | Iterable[tuple[str, _V]] = ()) -> None:
        """Copy ``items``; the table never changes afterwards."""
        self._items: dict[str, _V] = dict(items)
        self.get = self._items.get  # type: ignore[method-assign]

    def __getitem__(self, key: str) -> _V:
        """The value of ``key``."""
        return self._items[key]

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is in the table."""
        return key in self._items

    def __iter__(self) -> Iterator[str]:
        """The keys."""
        return iter(self._items)

    def __len__(self) -> int:
        """How many keys."""
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        """Equal to any mapping with the same items."""
        if isinstance(other, Table):
            return self._items == other._items
        return isinstance(other, Mapping) and self._items == dict(other.items())

    def __hash__(self) -> int:
        """A hash of the items (computed once per vocabulary, which caches its own)."""
        return hash(frozenset(self._items.items()))

    def __reduce__(self) -> tuple[type[Table[_V]], tuple[dict[str, _V]]]:
        """Pickled as its items, so a vocabulary reaches worker processes."""
        return (Table, (self._items,))

    def __repr__(self) -> str:
        """``Table({...})``."""
        return f"Table({self._items!r})"


def _key(phrase: str) -> str:
    """How a table stores a phrase: case-folded, inner whitespace as one space."""
    return " ".join(phrase.split()).casefold()


def _as_table(items: Mapping[str, _V]) -> Table[_V]:
    return items if isinstance(items, Table) else Table(items)


def _as_words(words: Iterable[str]) -> frozenset[str]:
    return words if isinstance(words, frozenset) else frozenset(words)


@attrs.frozen(kw_only=True, cache_hash=True)
class Vocabulary:
    """Every word list the rules recognise, as one frozen value: pass it as ``parse(vocabulary=)``.

    The default holds this module's tables; :meth:`extend` adds words to any of them and gives a
    new vocabulary (the old one is unchanged), and :meth:`load` reads additions from a JSON file.
    Each field is the module table of the same name in lower case (``byline_prefixes`` is
    :data:`BYLINE_PREFIXES`), except ``boilerplate``, which is :data:`BOILERPLATE_LINES`.
    A vocabulary is hashable: the patterns built from its words are compiled once per vocabulary.

    Example:
        >>> from newsparse import Role, Vocabulary
        >>> italian = Vocabulary.default().extend(byline_prefixes={"servizio di": Role.AUTHOR})
        >>> italian.byline_prefixes["servizio di"]
        <Role.AUTHOR: 'author'>
        >>> "servizio di" in Vocabulary.default().byline_prefixes
        False
    """

    months: Mapping[str, int] = attrs.field(converter=_as_table)
    weekdays: frozenset[str] = attrs.field(converter=_as_words)
    weak_months: frozenset[str] = attrs.field(converter=_as_words)
    zones: Mapping[str, dt.timedelta | None] = attrs.field(converter=_as_table)
    byline_prefixes: Mapping[str, Role] = attrs.field(converter=_as_table)
    role_words: Mapping[str, Role] = attrs.field(converter=_as_table)
    agencies: Mapping[str, str] = attrs.field(converter=_as_table)
    footnote_prefixes: Mapping[str, FootnoteKind] = attrs.field(converter=_as_table)
    boilerplate: Mapping[str, BoilerplateKind] = attrs.field(converter=_as_table)
    category_labels: frozenset[str] = attrs.field(converter=_as_words)
    category_prepositions: frozenset[str] = attrs.field(converter=_as_words)
    name_conjunctions: frozenset[str] = attrs.field(converter=_as_words)
    name_particles: frozenset[str] = attrs.field(converter=_as_words)
    name_suffixes: frozenset[str] = attrs.field(converter=_as_words)
    noun_endings: frozenset[str] = attrs.field(converter=_as_words)
    piece_kinds: frozenset[str] = attrs.field(converter=_as_words)
    job_title_words: frozenset[str] = attrs.field(converter=_as_words)
    author_path_segments: frozenset[str] = attrs.field(converter=_as_words)
    section_path_segments: frozenset[str] = attrs.field(converter=_as_words)
    headshot_words: frozenset[str] = attrs.field(converter=_as_words)
    decorative_picture_words: frozenset[str] = attrs.field(converter=_as_words)
    licence_path_words: frozenset[str] = attrs.field(converter=_as_words)
    lead_markers: frozenset[str] = attrs.field(converter=_as_words)
    organization_words: frozenset[str] = attrs.field(converter=_as_words)
    ui_words: frozenset[str] = attrs.field(converter=_as_words)
    thanks_words: frozenset[str] = attrs.field(converter=_as_words)
    credit_labels: frozenset[str] = attrs.field(converter=_as_words)
    figure_labels: frozenset[str] = attrs.field(converter=_as_words)
    picture_agencies: frozenset[str] = attrs.field(converter=_as_words)
    date_labels: frozenset[str] = attrs.field(converter=_as_words)
    updated_labels: frozenset[str] = attrs.field(converter=_as_words)
    related_labels: frozenset[str] = attrs.field(converter=_as_words)
    read_more_links: frozenset[str] = attrs.field(converter=_as_words)
    disclosure_phrases: frozenset[str] = attrs.field(converter=_as_words)
    notes_headings: frozenset[str] = attrs.field(converter=_as_words)
    share_words: frozenset[str] = attrs.field(converter=_as_words)
    alone_labels: frozenset[str] = attrs.field(converter=_as_words)
    share_button_openings: frozenset[str] = attrs.field(converter=_as_words)
    share_button_endings: frozenset[str] = attrs.field(converter=_as_words)
    navigation_headings: frozenset[str] = attrs.field(converter=_as_words)
    not_title_headings: frozenset[str] = attrs.field(converter=_as_words)
    glued_prefixes: frozenset[str] = attrs.field(converter=_as_words)
    led_prefixes: frozenset[str] = attrs.field(converter=_as_words)
    location_prepositions: frozenset[str] = attrs.field(converter=_as_words)
    place_prepositions: frozenset[str] = attrs.field(converter=_as_words)
    date_joiners: frozenset[str] = attrs.field(converter=_as_words)
    dangling_words: frozenset[str] = attrs.field(converter=_as_words)
    interview_phrases: frozenset[str] = attrs.field(converter=_as_words)
    interviewer_credits: frozenset[str] = attrs.field(converter=_as_words)
    dateline_fillers: frozenset[str] = attrs.field(converter=_as_words)
    comment_link_words: frozenset[str] = attrs.field(converter=_as_words)
    note_openings: frozenset[str] = attrs.field(converter=_as_words)
    note_time_words: frozenset[str] = attrs.field(converter=_as_words)
    source_credit_labels: frozenset[str] = attrs.field(converter=_as_words)
    source_line_words: frozenset[str] = attrs.field(converter=_as_words)
    reserved_words: frozenset[str] = attrs.field(converter=_as_words)
    remark_headings: frozenset[str] = attrs.field(converter=_as_words)
    share_fillers: frozenset[str] = attrs.field(converter=_as_words)
    cookie_verbs: frozenset[str] = attrs.field(converter=_as_words)
    cookie_subjects: frozenset[str] = attrs.field(converter=_as_words)
    newsletter_actions: frozenset[str] = attrs.field(converter=_as_words)
    newsletter_calls: frozenset[str] = attrs.field(converter=_as_words)
    credit_by_words: frozenset[str] = attrs.field(converter=_as_words)
    copyright_words: frozenset[str] = attrs.field(converter=_as_words)
    rights_reserved_phrases: frozenset[str] = attrs.field(converter=_as_words)
    courtesy_words: frozenset[str] = attrs.field(converter=_as_words)
    credit_part_joiners: frozenset[str] = attrs.field(converter=_as_words)
    picture_markers: frozenset[str] = attrs.field(converter=_as_words)
    copyright_stems: frozenset[str] = attrs.field(converter=_as_words)
    not_kicker_words: frozenset[str] = attrs.field(converter=_as_words)
    page_kind_words: frozenset[str] = attrs.field(converter=_as_words)
    time_words: frozenset[str] = attrs.field(converter=_as_words)  # deprecated: read by no rule
    posted_openings: frozenset[str] = attrs.field(converter=_as_words)
    published_labels: frozenset[str] = attrs.field(converter=_as_words)
    name_articles: frozenset[str] = attrs.field(converter=_as_words)
    phrase_prepositions: frozenset[str] = attrs.field(converter=_as_words)
    desk_words: frozenset[str] = attrs.field(converter=_as_words)
    author_class_words: frozenset[str] = attrs.field(converter=_as_words)
    related_class_words: frozenset[str] = attrs.field(converter=_as_words)
    button_class_words: frozenset[str] = attrs.field(converter=_as_words)
    comment_class_words: frozenset[str] = attrs.field(converter=_as_words)
    comment_class_parts: frozenset[str] = attrs.field(converter=_as_words)
    teaser_class_words: frozenset[str] = attrs.field(converter=_as_words)
    trailing_prefixes: frozenset[str] = attrs.field(converter=_as_words)
    capital_words: frozenset[str] = attrs.field(converter=_as_words)
    colon_only_prefixes: frozenset[str] = attrs.field(converter=_as_words)
    outlet_joiners: frozenset[str] = attrs.field(converter=_as_words)
    name_splitters: frozenset[str] = attrs.field(converter=_as_words)
    continuing_conjunctions: frozenset[str] = attrs.field(converter=_as_words)
    time_joiners: frozenset[str] = attrs.field(converter=_as_words)
    clock_nouns: frozenset[str] = attrs.field(converter=_as_words)
    clock_abbreviations: frozenset[str] = attrs.field(converter=_as_words)
    reading_time_labels: frozenset[str] = attrs.field(converter=_as_words)
    reading_time_hedges: frozenset[str] = attrs.field(converter=_as_words)
    labelled_minutes: frozenset[str] = attrs.field(converter=_as_words)
    reading_time_endings: frozenset[str] = attrs.field(converter=_as_words)
    read_minutes: frozenset[str] = attrs.field(converter=_as_words)
    byline_minutes: frozenset[str] = attrs.field(converter=_as_words)
    ago_units: frozenset[str] = attrs.field(converter=_as_words)
    ago_words: frozenset[str] = attrs.field(converter=_as_words)
    relative_opened: frozenset[str] = attrs.field(converter=_as_words)
    relative_days: frozenset[str] = attrs.field(converter=_as_words)
    date_gap_words: frozenset[str] = attrs.field(converter=_as_words)
    correction_openings: frozenset[str] = attrs.field(converter=_as_words)
    earlier_version_openings: frozenset[str] = attrs.field(converter=_as_words)
    correction_pieces: frozenset[str] = attrs.field(converter=_as_words)
    correction_words: frozenset[str] = attrs.field(converter=_as_words)
    update_openings: frozenset[str] = attrs.field(converter=_as_words)
    update_pieces: frozenset[str] = attrs.field(converter=_as_words)
    update_auxiliaries: frozenset[str] = attrs.field(converter=_as_words)
    update_words: frozenset[str] = attrs.field(converter=_as_words)
    contribution_verbs: frozenset[str] = attrs.field(converter=_as_words)
    contribution_objects: frozenset[str] = attrs.field(converter=_as_words)
    series_openings: frozenset[str] = attrs.field(converter=_as_words)
    series_words: frozenset[str] = attrs.field(converter=_as_words)
    byline_credit_words: frozenset[str] = attrs.field(converter=_as_words)
    dated_update_labels: frozenset[str] = attrs.field(converter=_as_words)
    republished_openings: frozenset[str] = attrs.field(converter=_as_words)
    republished_pieces: frozenset[str] = attrs.field(converter=_as_words)
    republished_words: frozenset[str] = attrs.field(converter=_as_words)
    translation_openings: frozenset[str] = attrs.field(converter=_as_words)
    translation_by_words: frozenset[str] = attrs.field(converter=_as_words)
    translation_languages: frozenset[str] = attrs.field(converter=_as_words)
    disclaimer_phrases: frozenset[str] = attrs.field(converter=_as_words)
    reader_calls: frozenset[str] = attrs.field(converter=_as_words)
    closing_calls: frozenset[str] = attrs.field(converter=_as_words)
    licence_notices: frozenset[str] = attrs.field(converter=_as_words)
    day_suffixes: frozenset[str] = attrs.field(converter=_as_words)
    month_day_suffixes: frozenset[str] = attrs.field(converter=_as_words)
    day_month_joiners: frozenset[str] = attrs.field(converter=_as_words)
    month_year_joiners: frozenset[str] = attrs.field(converter=_as_words)
    day_year_joiners: frozenset[str] = attrs.field(converter=_as_words)
    featured_picture_labels: frozenset[str] = attrs.field(converter=_as_words)
    paired_particles: frozenset[str] = attrs.field(converter=_as_words)
    adjective_endings: frozenset[str] = attrs.field(converter=_as_words)
    greeting_words: frozenset[str] = attrs.field(converter=_as_words)
    opinion_disclaimers: frozenset[str] = attrs.field(converter=_as_words)
    listing_labels: frozenset[str] = attrs.field(converter=_as_words)
    biography_verbs: frozenset[str] = attrs.field(converter=_as_words)
    not_name_openers: frozenset[str] = attrs.field(converter=_as_words)
    credit_abbreviations: frozenset[str] = attrs.field(converter=_as_words)
    place_name_words: frozenset[str] = attrs.field(converter=_as_words)
    place_particles: frozenset[str] = attrs.field(converter=_as_words)
    company_suffixes: frozenset[str] = attrs.field(converter=_as_words)
    slashed_credit_labels: frozenset[str] = attrs.field(converter=_as_words)
    share_picture_labels: frozenset[str] = attrs.field(converter=_as_words)
    page_function_phrases: frozenset[str] = attrs.field(converter=_as_words)
    related_modal_words: frozenset[str] = attrs.field(converter=_as_words)
    related_interest_verbs: frozenset[str] = attrs.field(converter=_as_words)
    writer_trade_words: frozenset[str] = attrs.field(converter=_as_words)
    click_words: frozenset[str] = attrs.field(converter=_as_words)

    @staticmethod
    def default() -> Vocabulary:
        """The vocabulary of this module's tables (one shared value)."""
        return _DEFAULT

    def extend(self, **tables: Mapping[str, Any] | Iterable[str]) -> Vocabulary:
        """A vocabulary with the words given added to the tables named (keyword: field name).

        A table of values (``byline_prefixes``, ``agencies``, ``boilerplate``...) takes a mapping
        (an entry given replaces the one of the same phrase); ``agencies`` also takes a list of
        names, each its own canonical name. A word list takes an iterable of words or phrases.
        Phrases are case-folded and their whitespace made single spaces, as lookups do. Words
        added to ``navigation_headings`` are also added to ``not_title_headings``.

        Raises:
            ValueError: for a name that is no table, or words of the wrong kind.
        """
        changes: dict[str, object] = {}
        for name, given in tables.items():
            if name not in _FIELDS:
                raise ValueError(
                    f"no vocabulary table {name!r}; the tables are: {', '.join(_FIELDS)}"
                )
            current = getattr(self, name)
            if isinstance(current, frozenset):
                if isinstance(given, str | Mapping) or not isinstance(given, Iterable):
                    raise ValueError(f"vocabulary table {name!r} takes a list of words")
                words = [_word(name, word) for word in given]
                changes[name] = current | frozenset(words)
                if name == "navigation_headings":
                    changes["not_title_headings"] = self.not_title_headings | frozenset(words)
            else:
                entries = given
                if name == "agencies" and not isinstance(given, Mapping | str):
                    entries = {_word(name, word): word for word in given}
                if not isinstance(entries, Mapping):
                    raise ValueError(f"vocabulary table {name!r} takes a mapping of words")
                merged = dict(current)
                for phrase, value in entries.items():
                    merged[_word(name, phrase)] = _VALUES[name](name, phrase, value)
                changes[name] = Table(merged)
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Vocabulary:
        """The default vocabulary extended with JSON-shaped ``data`` (table name: words).

        Values of tables are written as JSON gives them: roles and kinds by their value
        (``"author"``, ``"correction"``, ``"share"``), months as numbers, zones as hours from
        UTC (``null``: not known).

        Raises:
            ValueError: for data that is no object, an unknown table, or a wrong value.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"a vocabulary is a JSON object of tables, not {type(data).__name__}")
        return cls.default().extend(**{str(name): words for name, words in data.items()})

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Vocabulary:
        """The default vocabulary extended with the tables of a JSON file (see :meth:`from_dict`).

        Raises:
            ValueError: for a file that cannot be read or is not such JSON, naming the file.
        """
        try:
            with open(path, encoding="utf-8") as file:
                data = json.load(file)
            return cls.from_dict(data)
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise ValueError(f"vocabulary file {os.fspath(path)}: {error}") from error


def _word(table: str, phrase: object) -> str:
    if not isinstance(phrase, str) or not phrase.strip():
        raise ValueError(f"vocabulary table {table!r}: {phrase!r} is not a word")
    return _key(phrase)


def _enum_value(kind: type[enum.Enum]) -> Callable[[str, str, object], Any]:
    def read(table: str, phrase: str, value: object) -> Any:
        if isinstance(value, kind):
            return value
        try:
            return kind(value)
        except ValueError:
            names = ", ".join(str(member.value) for member in kind)
            raise ValueError(
                f"vocabulary table {table!r}: {phrase!r} has {value!r}, not one of {names}"
            ) from None

    return read


def _month(table: str, phrase: str, value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 12:
        return value
    raise ValueError(f"vocabulary table {table!r}: {phrase!r} has {value!r}, not a month 1-12")


def _zone(table: str, phrase: str, value: object) -> dt.timedelta | None:
    if value is None or isinstance(value, dt.timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and -14 <= value <= 14:
        return dt.timedelta(minutes=round(value * 60))
    raise ValueError(
        f"vocabulary table {table!r}: {phrase!r} has {value!r}, not hours from UTC or null"
    )


def _agency(table: str, phrase: str, value: object) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise ValueError(f"vocabulary table {table!r}: {phrase!r} has {value!r}, not an agency name")


_VALUES: Final[dict[str, Callable[[str, str, object], Any]]] = {
    "months": _month,
    "zones": _zone,
    "byline_prefixes": _enum_value(Role),
    "role_words": _enum_value(Role),
    "agencies": _agency,
    "footnote_prefixes": _enum_value(FootnoteKind),
    "boilerplate": _enum_value(BoilerplateKind),
}

# Each field of Vocabulary and the module table it starts from.
_FIELDS: Final[dict[str, str]] = {
    field.name: "BOILERPLATE_LINES" if field.name == "boilerplate" else field.name.upper()
    for field in attrs.fields(Vocabulary)
}

_DEFAULT: Final = Vocabulary(**{name: globals()[table] for name, table in _FIELDS.items()})

# The vocabulary the parse running in this thread (or task) reads. Context variables, so threads
# do not see each other's. _KEY is the same vocabulary but None for the default: what caches are
# keyed by, so the default's entries cost no hashing and patterns() can test it with "is None".
_CURRENT: Final[contextvars.ContextVar[Vocabulary]] = contextvars.ContextVar(
    "newsparse_vocabulary", default=_DEFAULT
)
_KEY: Final[contextvars.ContextVar[Vocabulary | None]] = contextvars.ContextVar(
    "newsparse_vocabulary_key", default=None
)

current: Final[Callable[[], Vocabulary]] = _CURRENT.get
"""The vocabulary of the parse running now: the one passed to ``parse``, else the default.

(The context variable's own ``get``: rules call it for every table lookup, and a bound method of
C code costs no Python frame.)"""


def checked(vocabulary: object) -> Vocabulary | None:
    """``vocabulary`` when it is a :class:`Vocabulary` or ``None``.

    Raises:
        ParseError: ``invalid-argument`` for anything else.
    """
    if vocabulary is not None and not isinstance(vocabulary, Vocabulary):
        raise ParseError(
            f"vocabulary is a Vocabulary or None, not {type(vocabulary).__name__}"[:120],
            code=Code.INVALID_ARGUMENT,
        )
    return vocabulary


@contextlib.contextmanager
def using(vocabulary: Vocabulary | None) -> Iterator[Vocabulary]:
    """Within this block, :func:`current` is ``vocabulary`` (``None``: the default).

    ``parse`` enters it (the small parsers enter :func:`given`), so a rule and every helper it
    calls read the same words without passing them down. A context variable, so threads do not
    see each other's.

    Raises:
        ParseError: ``invalid-argument`` when ``vocabulary`` is no :class:`Vocabulary`.
    """
    vocabulary = checked(vocabulary)
    if vocabulary is None:
        vocabulary = _DEFAULT
    token = _CURRENT.set(vocabulary)
    key = _KEY.set(None if vocabulary is _DEFAULT else vocabulary)
    try:
        yield vocabulary
    finally:
        _KEY.reset(key)
        _CURRENT.reset(token)


@contextlib.contextmanager
def given(vocabulary: Vocabulary | None) -> Iterator[Vocabulary]:
    """Within this block, :func:`current` is ``vocabulary``; ``None`` keeps the current one.

    The small parsers' ``vocabulary=`` keyword: called inside a :func:`using` block without it,
    they read that block's words (``parse`` instead reads the default for ``None``).

    Raises:
        ParseError: ``invalid-argument`` when ``vocabulary`` is no :class:`Vocabulary`.
    """
    vocabulary = checked(vocabulary)
    if vocabulary is None:
        yield current()
        return
    with using(vocabulary) as words:
        yield words


_P = TypeVar("_P")

# Every function patterns() was given: the regex test checks the patterns each one builds.
BUILDERS: Final[list[Callable[[Vocabulary], object]]] = []


def patterns(build: Callable[[Vocabulary], _P]) -> Callable[[], _P]:
    """A function giving ``build(current())``, built once per vocabulary.

    A parser module builds its word-list regexes (and sets derived from tables) this way, at
    first use, instead of at import: a vocabulary passed to ``parse`` changes them too.
    ``build`` returns a named tuple; its regexes are compiled with :func:`word_pattern`.
    """
    BUILDERS.append(build)
    cached = functools.lru_cache(maxsize=8)(build)
    default: _P | None = None

    def get() -> _P:
        nonlocal default
        vocabulary = _KEY.get()
        if vocabulary is not None:
            return cached(vocabulary)
        if default is None:
            default = build(_DEFAULT)
        return default

    get.__doc__ = build.__doc__
    return get


def alternation(words: Iterable[str], *, shortest_first: bool = False) -> str:
    r"""A regex alternation matching any of ``words`` literally, the longest first.

    ``shortest_first`` puts the shortest first instead: where nothing after the alternation
    forces a longer word, the match then ends after the shortest word that fits, as a rule
    written that way always did.

    No words give ``(?!)``, which matches nothing: an emptied table then recognises nothing,
    where an empty alternation would match everywhere.

    Example:
        >>> alternation(["in", "aus", "à"])
        'aus|in|à'
        >>> alternation(["min", "minutes"], shortest_first=True)
        'min|minutes'
        >>> alternation([])
        '(?!)'
    """
    sign = 1 if shortest_first else -1
    ordered = sorted(set(words), key=lambda w: (sign * len(w), w))
    return "|".join(re.escape(word) for word in ordered) if ordered else "(?!)"


def case_forms(
    words: Iterable[str], *, lower: bool = True, capitals: Iterable[str] = ()
) -> frozenset[str]:
    """The spellings a case-sensitive pattern accepts of ``words`` (tables are lower case).

    Each word capitalised; as written too when ``lower``; in capitals too when it is one of
    ``capitals``. Some rules tell a word from a name by its case ("by" opens a byline, "By" too,
    "BY" only where capitals are usual), so they cannot match case-insensitively.

    Example:
        >>> sorted(case_forms(["by", "von"], capitals=["by"]))
        ['BY', 'By', 'Von', 'by', 'von']
    """
    upper = frozenset(capitals)
    forms: set[str] = set()
    for word in words:
        forms.add(word[:1].upper() + word[1:])
        if lower:
            forms.add(word)
        if word in upper:
            forms.add(word.upper())
    return frozenset(forms)


def word_pattern(*parts: str | frozenset[str] | tuple[str, ...], flags: int = 0) -> re.Pattern[str]:
    r"""Compile a regex from its parts: a ``str`` is regex source, a set of words an alternation.

    The one place a pattern is compiled inside a function: word lists come from a vocabulary,
    so their patterns are built per vocabulary (by a :func:`patterns` builder), not at import.
    The words are escaped, so a table never adds regex syntax; the longest goes first.

    Example:
        >>> word_pattern("^", frozenset({"in", "aus"}), "[ ]").pattern
        '^(?:aus|in)[ ]'
    """
    source = "".join(
        part if isinstance(part, str) else "(?:" + alternation(part) + ")" for part in parts
    )
    return re.compile(source, flags)


def _first_words(vocabulary: Vocabulary) -> frozenset[str]:
    """The first words of all byline prefixes: a line starting with none is no prefixed byline."""
    return frozenset(key.split()[0] for key in vocabulary.byline_prefixes)


prefix_first_words: Final = patterns(_first_words)


_Params = ParamSpec("_Params")
_R_co = TypeVar("_R_co", covariant=True)
_R = TypeVar("_R")


class Cached(Protocol[_Params, _R_co]):
    """A function whose results :func:`cached` keeps per vocabulary, with ``cache_clear``."""

    def __call__(self, *args: _Params.args, **kwargs: _Params.kwargs) -> _R_co:
        """The function's result for the current vocabulary."""
        ...  # pragma: no cover - a protocol

    def cache_clear(self) -> None:
        """Forget every kept result."""
        ...  # pragma: no cover - a protocol


def cached(maxsize: int) -> Callable[[Callable[_Params, _R]], Cached[_Params, _R]]:
    """``functools.lru_cache`` keyed by the current vocabulary as well as the arguments.

    A reading of one line cached by its text alone would give one vocabulary's answer to a parse
    with another; the key holds the vocabulary (``None`` for the default, so it costs nothing).
    """

    def decorate(function: Callable[_Params, _R]) -> Cached[_Params, _R]:
        def unkeyed(_vocabulary: Vocabulary, *args: Any, **kwargs: Any) -> _R:
            return function(*args, **kwargs)

        # The default's results in a cache of their own, keyed by the arguments alone as before.
        default_wrapper = functools.lru_cache(maxsize=maxsize)(function)
        default: Callable[..., _R] = default_wrapper
        wrapper = functools.lru_cache(maxsize=maxsize)(unkeyed)
        keyed: Callable[..., _R] = wrapper

        @functools.wraps(function)
        def call(*args: _Params.args, **kwargs: _Params.kwargs) -> _R:
            vocabulary = _KEY.get()
            if vocabulary is None:
                return default(*args, **kwargs)
            return keyed(vocabulary, *args, **kwargs)

        def cache_clear() -> None:
            default_wrapper.cache_clear()
            wrapper.cache_clear()

        call.cache_clear = cache_clear  # type: ignore[attr-defined]
        return cast("Cached[_Params, _R]", call)

    return decorate
