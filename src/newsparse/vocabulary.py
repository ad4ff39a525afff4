"""The words newsparse recognises, as data: months, zones, byline prefixes, agencies, labels.

Rules look words up here instead of spelling them inside regexes, so a table can grow (or a user
can extend one) without touching a rule. Keys are case-folded; lookups case-fold their input.
Tables are written one phrase per line (or space-separated words) and built by two helpers.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, TypeVar

from newsparse.model import BoilerplateKind, FootnoteKind, Role

__all__ = [
    "AGENCIES",
    "ALONE_LABELS",
    "AUTHOR_PATH_SEGMENTS",
    "BOILERPLATE_LINES",
    "BYLINE_PREFIXES",
    "CATEGORY_LABELS",
    "CATEGORY_PREPOSITIONS",
    "CREDIT_LABELS",
    "DATE_LABELS",
    "DESK_WORDS",
    "DISCLOSURE_PHRASES",
    "FIGURE_LABELS",
    "FOOTNOTE_PREFIXES",
    "JOB_TITLE_WORDS",
    "MONTHS",
    "NAME_ARTICLES",
    "NAME_CONJUNCTIONS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NAVIGATION_HEADINGS",
    "NOTES_HEADINGS",
    "NOT_TITLE_HEADINGS",
    "NOUN_ENDINGS",
    "ORGANIZATION_WORDS",
    "PHRASE_PREPOSITIONS",
    "PICTURE_AGENCIES",
    "PIECE_KINDS",
    "READ_MORE_LINKS",
    "RELATED_LABELS",
    "ROLE_WORDS",
    "SHARE_BUTTON_ENDINGS",
    "SHARE_BUTTON_OPENINGS",
    "SHARE_WORDS",
    "UI_WORDS",
    "UPDATED_LABELS",
    "WEEKDAYS",
    "ZONES",
    "agency_name",
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
        1: "january|jan|januar|jänner|janvier|janv|enero|ene|janeiro|gennaio|genn|januari|"
        "январь|января|янв",
        2: "february|feb|febr|februar|février|fév|févr|fevrier|fev|febrero|fevereiro|febbraio|"
        "febbr|februari|февраль|февраля|фев",
        3: "march|mar|märz|maerz|mrz|mars|marzo|março|maart|март|марта|мар",
        4: "april|apr|avril|avr|abril|abr|aprile|апрель|апреля|апр",
        5: "may|mai|mayo|maio|maggio|mei|май|мая",
        6: "june|jun|juni|juin|junio|junho|giugno|июнь|июня|июн",
        7: "july|jul|juli|juillet|juil|julio|julho|luglio|июль|июля|июл",
        8: "august|aug|août|aout|agosto|ago|augustus|август|августа|авг",
        9: "september|sep|sept|septembre|septiembre|setiembre|setembro|settembre|сентябрь|"
        "сентября|сен|сент",
        10: "october|oct|oktober|okt|octobre|octubre|outubro|ottobre|октябрь|октября|окт",
        11: "november|nov|novembre|noviembre|novembro|ноябрь|ноября|ноя",
        12: "december|dec|dezember|dez|décembre|decembre|déc|diciembre|dic|dezembro|dicembre|"
        "декабрь|декабря|дек",
    }
)

# Day names and abbreviations: skipped when they stand before a date ("Fri July 16, 2021").
WEEKDAYS: Final = _words(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do
    fr sa so lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo segunda terça terca
    quarta quinta sexta feira lunedì martedì mercoledì giovedì venerdì sabato domenica
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
        "autoren | autor/in | autor*in | autor:in | autor_in | verfasst von | geschrieben von | "
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
        "traduit par | traducido por | traduzido por",
        Role.CONTRIBUTOR: "contributors | contributor | with | additional reporting by | "
        "additional reporting | with reporting by | mitarbeit",
    }
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

# Articles that open the name of a paper or outlet, never a person's: "The Guardian", "Der
# Standard", "Die Zeit", "Het Parool". (Not "La", "Le", "El": they open surnames too.)
NAME_ARTICLES: Final = _words("the der die het")

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
    "Xinhua": "Xinhua | Xinhua News Agency",
    "Kyodo": "Kyodo | Kyodo News",
    "Yonhap": "Yonhap | Yonhap News Agency",
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
    "JIJI": "JIJI | Jiji Press",
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
}
AGENCIES: Final[dict[str, str]] = _table(dict(_AGENCY_FORMS))


def agency_name(text: str) -> str | None:
    """The canonical agency a name stands for, or ``None``.

    Example:
        >>> agency_name("Agence France-Presse"), agency_name("REUTERS"), agency_name("Jane")
        ('AFP', 'Reuters', None)
    """
    return AGENCIES.get(" ".join(text.casefold().split()).strip(".,;:()/ "))


# Path segments of links to author pages ("/author/jane-doe/", "/autores/Felipe Morales/"): a name
# linked there is a byline whatever else surrounds it.
AUTHOR_PATH_SEGMENTS: Final = _words(
    """author authors autor autores autoren auteur auteurs autore autori by byline profile
    profiles people staff journalist journalists journalisten redakteur redaktion writer writers
    columnist columnists reporter reporters contributor contributors correspondents team bio
    bios user users member members blogger bloggers creator creators mitarbeiter autorin autorinnen
    editors redakteure"""
)

# Words in a picture's address that make it a person's headshot: "/avatar_user_14.jpg",
# "/journalist-images/park_jo.png", "autor_thumbnail". A name under such a picture is a byline.
HEADSHOT_WORDS: Final = _words(
    """avatar avatars headshot headshots mugshot userpic author authors autor autoren
    autorin auteur autore journalist journalists journalisten byline"""
)

# Capitals opening a paragraph the way a dateline does, which name no place: "FILE - A ferry
# leaves the harbour..." is an archive picture's caption.
LEAD_MARKERS: Final = _words(
    """file photo foto video update updated breaking exclusive watch live anzeige advertisement
    sponsored werbung"""
)

# Words that make a credited name an organisation rather than a person.
ORGANIZATION_WORDS: Final = _words(
    """staff desk team newsroom news service services reports editorial board editors redaktion
    redaktionen rédaction redacción redação redazione agencies agenturen agentur times post
    journal herald tribune gazette daily weekly television tv radio network media group press
    magazine online digital wire wires bureau correspondents today channel"""
)

# Words that name a newsroom's own desk, credited on a line of its own beside the date: "Emotion
# Redaktion", "Sports Desk", "La Redacción".
DESK_WORDS: Final = _words(
    """staff desk team newsroom editorial editors redaktion redaktionen rédaction redacción
    redação redazione"""
)

# Words that never stand in a byline as a name: interface labels scraped along with it.
UI_WORDS: Final = _words(
    """email e-mail mail share tweet twitter facebook linkedin whatsapp telegram pinterest
    reddit print follow contact subscribe bio profile author authors view posts articles
    more about comments comment save copy link click here menu login log sign newsletter watch
    live ended older newer previous next article event alle weitere weiterlesen artikel
    beiträge ähnliche suche erweiterte informationen mehr zurück teilen drucken anzeige
    escucha noticia noticias más leer lire partager suite
    read listen close open search home kommentare kommentar ergänzungen commentaires
    comentarios comentários"""
)

# Labels of credit lines under pictures: "Photo: X", "Foto: X", "Bild: X".
CREDIT_LABELS: Final = _words(
    """photo photos photograph photographs photography picture pictures image images credit
    credits source foto fotos fotografía fotografia bild bilder bildquelle bildrechte quelle
    crédit crédits crédito créditos illustration illustrations video grafik graphic imagen
    imagem photographer photographers fotograf fotografin fotógrafo fotografo zdjęcie"""
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

# Labels that number a figure, opening its caption: "Figure 2: ...", "Abb. 3: ...", "Fig. 1.".
FIGURE_LABELS: Final = _words(
    """figure figures fig fig. abb abb. abbildung abbildungen bild grafik grafiken schaubild
    illustration image imagen imagem figura figuras foto photo graphic chart karte"""
)

# Picture agencies and credit words that make a line a photo credit ("Perry Knotts/Getty Images").
PICTURE_AGENCIES: Final = _phrases(
    """Getty Images
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
    medienmitteilung communiqué"""
)

# Words that say the next date is an update time.
UPDATED_LABELS: Final = _words(
    """updated update modified edited last-updated aktualisiert editiert geändert actualisé
    actualisée actualizado actualizada actualización atualizado atualizada mis-à-jour обновлено
    last bearbeitet aktualisierung"""
)

# Labels that introduce a link to another article.
RELATED_LABELS: Final = _phrases(
    """related
    related videos
    recent posts
    latest articles
    aktuelle meldungen
    neueste beiträge
    neueste artikel
    letzte beiträge
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
    podobne artykuły"""
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
        "nota de la redacción | nota da redação | nota del redattore",
        FootnoteKind.FOOTNOTE: "note | hinweis",
        FootnoteKind.CORRECTION: "correction | corrections | clarification | korrektur | "
        "korrekturhinweis | berichtigung | rectificatif | corrección | fe de errores | correção",
        FootnoteKind.UPDATE: "update",
        FootnoteKind.DISCLAIMER: "disclaimer | disclosure | transparenzhinweis | offenlegung",
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
    provision erhalten
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
    link di affiliazione"""
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
    meistgelesen
    meistgelesene artikel
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
# over them when a headline follows ("# Navigation und Service", "# Aktuelles", "# Menu").
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
    servicemenü"""
)
