"""Rule-based entity finder: the fallback for languages without a trained model.

Honest about its limits (F1 well below a model's): it knows place names from CLDR (countries in the
article's language via Babel, cities from the time-zone exemplar cities), acronyms, people introduced by
a title or a speech verb ("sagte Carl Schuster", "said Easley"), and — in languages whose common nouns
are lower-case — runs of capitalised words that do not start a sentence.
"""

from __future__ import annotations

import importlib
import re
import zoneinfo
from collections.abc import Collection, Iterator
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.localedata import load as load_locale_data

from . import DisjointMentions, Mention
from .frequency import RAREST_LISTED, is_borrowed_english_word, zipf
from .lexicon import (
    is_german_common_noun,
    is_german_noun,
    is_german_noun_compound,
    is_german_noun_or_compound,
    is_german_proper_name,
)
from .morphology import genitive_place, inflects, name_key

#: Languages that capitalise every noun (capitalisation says nothing about names there).
NOUN_CAPITALISING = {"de", "lb"}
#: Short forms of countries (ISO 3166 code): "US" and "USA" are one actor with "Vereinigte Staaten".
COUNTRY_ACRONYMS = {
    "US": "US", "USA": "US", "U.S.": "US", "U.S.A.": "US", "UK": "GB", "GB": "GB", "U.K.": "GB",
    "UdSSR": "SU", "UAE": "AE", "VAE": "AE", "BRD": "DE",
    "EEUU": "US", "EE.UU.": "US", "EUA": "US", "Usa": "US", "É.-U.": "US",
    "США": "US", "РФ": "RU", "СССР": "SU", "ОАЭ": "AE", "ФРГ": "DE",
}  # fmt: skip
#: Names the press gives a country that CLDR lacks (CLDR has "Vereinigtes Königreich", "Беларусь",
#: "Молдова"; the papers write "Großbritannien", "Белоруссия", "Молдавия" as often). Not "Hollande", a
#: French president's surname, "Holland", an English one ("Tom Holland"), nor "Amerika", also a continent.
COUNTRY_VARIANTS = {
    "Großbritannien": "GB", "Britain": "GB", "Great Britain": "GB", "Grande-Bretagne": "GB",
    "Gran Bretaña": "GB", "Gran Bretagna": "GB", "Grã-Bretanha": "GB", "Британия": "GB",
    "Weißrussland": "BY", "Белоруссия": "BY", "Moldawien": "MD", "Молдавия": "MD", "Туркмения": "TM",
    "Holanda": "NL", "Olanda": "NL", "Голландия": "NL",
}  # fmt: skip
#: Acronyms that name places, not organisations: the dotless short forms, and the DDR (no code today).
PLACE_ACRONYMS = {name for name in COUNTRY_ACRONYMS if "." not in name} | {"DDR"}
#: … and in German NRW, the state the press names so more often than in full (in English it is as often
#: Natural Resources Wales, a body).
_GERMAN_PLACE_ACRONYMS = PLACE_ACRONYMS | {"NRW"}


def place_acronyms(language: str) -> set[str]:
    """The acronyms that name places in `language`'s texts."""
    return _GERMAN_PLACE_ACRONYMS if language == "de" else PLACE_ACRONYMS


#: Languages written in a script without capitals (Han, kana, Hangul, Arabic, Hebrew, Thai, the Indic
#: scripts, Georgian): no model of ours reads them, so the only names found there are the Latin words
#: among their characters — song titles, brands, a foreign name.
CASELESS_SCRIPT_LANGUAGES = frozenset("zh ja ko ar fa ur he th hi bn ta te mr gu kn ml pa ne ka".split())
#: Those scripts' characters, as a character class's ranges.
_CASELESS_RANGES = (
    "\u0590-\u08ff\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u1100-\u11ff\u3040-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
#: A character of one of those scripts: a name in another script ends where one begins ("Tori Amos等…").
CASELESS_SCRIPT_RE = re.compile(f"[{_CASELESS_RANGES}]")
#: A name's letter or digit: a word character of a script with capitals, for a Latin name runs into Han
#: characters without a space ("Tori Amos等创作女歌手的歌曲", "过Alanis").
_NAME_LETTER = rf"[^\W{_CASELESS_RANGES}]"
_NAME_CHARACTER = rf"(?:{_NAME_LETTER}|[’'])"
#: One capitalised word, hyphenated parts included ("Leif-Eric", "Saint-Exupéry", "O'Brien"). Every
#: quantifier is bounded and the parts are separated by a hyphen the word class lacks, so a match attempt
#: is constant work: with `[\w'-]*` beside an optional `-Name`, "A-A-A-…" (a few KB) backtracked
#: cubically through every way to split it, 4 s for 1 KB and a worker lost at 4 KB.
_NAME = (
    rf"(?<!{_NAME_LETTER})[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ]{_NAME_CHARACTER}{{0,40}}(?:-{_NAME_CHARACTER}{{1,40}}){{0,3}}"
    rf"(?!{_NAME_CHARACTER})"
)
#: What joins the names of a list ("com Fux, Pacheco e Bolsonaro", "UCL, ANU, Columbia").
LIST_JOINER_RE = re.compile(r",\s*|,?\s+(?:e|y|et|und|and|i|и)\s+")
#: Lower-case words inside a name ("Ursula von der Leyen", "Bank of England").
PARTICLES = (
    r"van|von|de|der|den|da|di|du|des|del|della|delle|dei|degli|do|dos|das|los|las|bin|al|le|la|of|for"
)
#: Up to eight capitalised words: an institution's full name with the sentence's first word before it ("El
#: Tribunal Primero de Sentencia Anticorrupción de La Paz"; the first word is cut off later); a word may
#: come elided to its particle ("Corte d'Assise di Roma", "Côte d'Ivoire").
NAME_RUN = rf"{_NAME}(?:[ \t]+(?:(?:{PARTICLES})[ \t]+){{0,2}}(?:[dl][’']){{0,1}}{_NAME}){{0,7}}"
#: A person with a nickname in quote marks between given name and surname, one name ("Joaquín “El
#: Chapo” Guzmán", "Giuseppe "Pippo" Calò"); the nickname is another form of it.
NICKNAMED_RE = re.compile(
    rf"(?P<name>(?P<given>{_NAME}(?:[ \t]+{_NAME})?)[ \t]+[“\"‘«]\s?(?P<nickname>{_NAME}(?:[ \t]+{_NAME})?)"
    rf"\s?[”\"’»][ \t]+{_NAME}(?:[ \t]+{_NAME})?)"
)
#: Verbs (and prepositions) that introduce a speaker, in past and present, per language; one alternation
#: for all, longest first where one is the start of another. Until now only a few past forms were here,
#: so quotes were attributed almost only in English and German (`make eval-actors-news`).
SPEECH_VERBS = "|".join(
    sorted(
        {
            # de
            "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint",
            "warnte", "warnt", "schrieb", "schreibt", "fügte", "ergänzte", "ergänzt", "kritisierte",
            "kritisiert", "forderte", "fordert", "so", "laut", "fragte", "fragt", "antwortete",
            "antwortet", "mahnte", "mahnt", "kommentierte", "kommentiert", "erläuterte", "erläutert",
            "bekräftigte", "bekräftigt", "versicherte", "versichert", "unterstrich", "unterstreicht",
            # separable verbs, whose particle comes at the clause's end ("teilte das Präsidialamt mit",
            # "führt Facebook dazu aus")
            "teilte", "teilt", "führte", "führt",
            # en
            "said", "says", "told", "added", "warned", "according to", "wrote", "noted", "explained",
            "stated", "argued", "insisted", "claimed", "tweeted", "asked", "asks", "replied", "replies",
            "responded", "answered", "estimated", "indicated", "stressed", "acknowledged", "admitted",
            "announced", "suggested", "declared", "emphasized", "emphasised", "cautioned", "predicted",
            "confirmed", "conceded", "recalled", "revealed", "promised", "vowed", "urged", "complained",
            "observed", "remarked", "concluded", "pointed out",
            # fr
            "a déclaré", "a dit", "a affirmé", "a ajouté", "a expliqué", "a indiqué", "a souligné",
            "a précisé", "a estimé", "déclare", "explique", "estime", "affirme", "ajoute", "indique",
            "souligne", "précise", "selon", "raconte", "confie", "poursuit", "insiste", "rappelle",
            "reconnaît", "assure", "glisse", "observe", "commente", "témoigne", "résume", "conclut",
            "martèle", "regrette", "dénonce", "a raconté", "a confié", "a rappelé", "a assuré", "a reconnu",
            "a demandé", "demande", "a répondu", "répond", "écrit", "a écrit", "prévient", "a prévenu",
            "avertit", "a averti", "lance", "a lancé", "a annoncé", "annonce", "a martelé", "a poursuivi",
            # … and in the imperfect of narrated speech ("comme prévenait l'OMS")
            "disait", "déclarait", "expliquait", "affirmait", "soulignait", "prévenait", "estimait",
            # es
            "dijo", "afirmó", "señaló", "explicó", "indicó", "agregó", "añadió", "aseguró", "sostuvo",
            "sostenía", "manifestó", "expresó", "declaró", "dice", "afirma", "señala", "explica", "asegura",
            "según", "cuenta", "relata", "comenta", "agrega", "añade", "apunta", "advierte",
            "recuerda", "subraya", "reconoce", "sostiene", "comentó", "advirtió", "recordó", "subrayó",
            "preguntó", "respondió", "pregunta", "responde", "argumentó", "enfatizó", "expuso", "insistió",
            "alertó", "opinó", "concluyó", "admitió", "reiteró", "destacó", "puntualizó", "criticó",
            "precisó", "acotó", "aclaró", "remarcó", "detalló", "escribió", "escribe",
            "decía", "explicaba", "afirmaba", "aseguraba", "advertía", "señalaba", "anunció", "anuncia",
            "informó", "informa", "corroboró", "aseveró", "mencionó", "reconoció", "planteó", "prosiguió",
            # it
            "ha detto", "ha dichiarato", "ha affermato", "ha spiegato", "ha aggiunto", "ha sottolineato",
            "ha commentato", "ha definito", "afferma", "spiega", "aggiunge", "sottolinea",
            "secondo", "racconta", "commenta", "osserva", "ribadisce", "conclude", "avverte",
            "ricorda", "ha raccontato", "ha ribadito", "ha ricordato", "ha concluso", "ha chiesto",
            "chiede", "ha risposto", "risponde", "ha precisato", "ha osservato", "ha evidenziato",
            "ha insistito", "ha ammesso", "precisa", "evidenzia", "dichiara", "scrive", "ha scritto",
            "diceva", "spiegava", "affermava", "sosteneva", "ha avvertito", "ha annunciato", "annuncia",
            "ha informato", "ha riconosciuto", "ha proseguito", "prosegue",
            # pt
            "disse", "afirmou", "declarou", "explicou", "acrescentou", "destacou", "ressaltou", "diz",
            "segundo", "conta", "acrescenta", "ressalta", "lembra", "alerta", "avalia",
            "contou", "lembrou", "alertou", "avaliou", "completou", "perguntou", "respondeu",
            "frisou", "reforçou", "ponderou", "defendeu", "criticou", "observou", "comentou", "argumentou",
            "enfatizou", "admitiu", "concluiu", "reiterou", "escreveu", "escreve",
            "dizia", "explicava", "afirmava", "alertava", "anunciou", "informou",  # "anuncia", "informa": es
            "reconheceu", "pontuou", "salientou", "garantiu", "prosseguiu",
            # ru
            "сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "сообщил", "сообщила",
            "подчеркнул", "подчеркнула", "пояснил", "пояснила", "говорит", "считает", "по словам",
            "добавил", "добавила", "рассказал", "рассказала", "признал", "признала", "уточнил",
            "уточнила", "спросил", "спросила", "ответил", "ответила",
            # nl
            "zei", "zegt", "volgens",
        },
        key=lambda verb: (-len(verb), verb),
    )
)  # fmt: skip
TITLES = (
    r"Herr|Frau|Dr\.|Prof\.|Professor(?:in)?|Präsident(?:in)?|Kanzler(?:in)?|Minister(?:in)?|"
    r"Bürgermeister(?:in)?|Senator(?:in)?|Mr\.|Mrs\.|Ms\.|President|Prime Minister|Senator|"
    r"Chancellor|Governor|General|Mayor|Monsieur|Madame|M\.|Mme|Señor|Señora|Presidente|Minister"
)
#: Roles and the words of an office that a model or a capitalised run glues before a person's name
#: ("Pressesprecherin Annalena Mandrella", "ministre de la Santé Roman Prymula", "Presidente de la
#: República Óscar Rubén Velázquez"): titles, German role compounds, role nouns, ministries' domains.
_ROLE_HEADS = (
    r"präsident|sprecher|chef|minister|kanzler|vorsitzende|direktor|leiter|trainer|abgeordnete|führer|"
    r"sekretär|botschafter|kommissar|richter|anwalt|anwältin|experte|bürgermeister|politiker|milliardär|"
    r"gründer|manager|moderator|presidente|presidenta|president|"
    # … players, clergy, writers and spouses named by their part ("Angreifer Preetz", "Oberrabbiner
    # Metzger", "Radprofi Simon Geschke", "Gattin Gisela")
    r"angreifer|stürmer|verteidiger|torwart|spieler|profi|rabbiner|journalist|autor|gattin|ehefrau|witwe"
)
ROLE_WORD_RE = re.compile(
    rf"(?:{TITLES}|[\wÄÖÜäöüß]*-?[\wÄÖÜäöüß]*(?:{_ROLE_HEADS})(?:in|r|s)?|(?!Richter)(?i:{_ROLE_HEADS})(?:in|r|s)?|"
    # after a hyphen the head is capitalised ("Flixbus-Manager", "ZdK-Chefin")
    rf"[\wÄÖÜäöüß]+-(?i:{_ROLE_HEADS})(?:in|r|s)?|"
    r"Commissioner|Attorney|Secretary|Director|CEO|Chief|Executive|Chairman|Chairwoman|Spokesman|Spokeswoman|"
    r"Spokesperson|Judge|Officer|Rep\.|Sen\.|Gov\.|Ambassador|Deputy|Lawyer|Analyst|Sheriff|"
    r"Detective|Lieutenant|Captain|Sergeant|Colonel|Supervisor|Councilmember|Councilman|Councilwoman|"
    r"Assemblyman|Assemblywoman|Assemblymember|Congressman|Congresswoman|Treasurer|Comptroller|Alderman|"
    r"Alderwoman|Taoiseach|Tanaiste|Tánaiste|Superintendent|DT|"
    # … and how British captions and police reports name people ("Prisoner Carlos Boente", "Det Sgt Barry
    # Carr", "Matron Sue Taylor", "Comedian Ben Elton"); not words that are surnames too (Bishop, Nurse,
    # Singer; Spanish "Pastor")
    r"Prosecutor|Councillor|Cllr|Coach|Comedian|Actress|Actor|Administrator|Matron|Trooper|Founder|"
    r"Co-founder|Det|Sgt|Insp|Supt|Ch|Pc|Constable|Inspector|Canon|Dame|Prof|Rabbi|Reverend|Rev|"
    r"Prisoner|Pensioner|Veterinarian|Midwife|Headteacher|Headmaster|Headmistress|Teacher|Defendant|"
    r"Striker|Midfielder|Defender|Goalkeeper|Winger|"
    r"Ministre|Président|Présidente|Directeur|Directrice|Maire|Député|Députée|Sénateur|Sénatrice|"
    r"Porte-parole|Santé|Intérieur|État|Etat|Défense|Économie|Travail|Ministro|Ministra|Presidenta|"
    r"Alcalde|Alcaldesa|Fiscal|Juez|Jueza|Directora|Diputado|Diputada|Senadora|Gobernador|Gobernadora|"
    r"Secretario|Secretaria|República|Ejecución|Sindaco|Giudice|Procuratore|Deputato|Senatore|"
    r"Prefeito|Governador|Juiz|Juíza|Deputado|Ära)"
)


def is_role_word(word: str) -> bool:
    """Whether `word` is a role or an office, written capitalised or not ("Presidente", "presidente",
    "ministre")."""
    return ROLE_WORD_RE.fullmatch(word[:1].upper() + word[1:]) is not None


#: Speech verbs whose name after them is the one spoken to ("told The List", "tells CNN"), not the speaker.
TELLING_VERBS = frozenset({"told", "tells"})
#: (A role may stand before the title: "erklärt Nationalparkleiter Dr. Roland Baier"; a surname's particle
#: before the name: "sagte von Preen", not a Romance preposition: "a través de su cuenta de Twitter".)
SPEECH_RE = re.compile(
    rf"\b(?:{SPEECH_VERBS})\s+(?:(?:[A-ZÄÖÜ][\w-]+\s+)?(?:{TITLES})\s+)?"
    r"(?:(?:von|van|zu)(?:\s+(?:der|den|dem))?\s+(?=[A-ZÄÖÜ]))?"
    rf"(?P<name>{NAME_RUN})"
)
_NAME_SAID_RE = re.compile(rf"(?P<name>{NAME_RUN}),?\s+(?:said|says|told|sagte|sagt)\b")
_TITLE_RE = re.compile(rf"\b(?:{TITLES})\s+(?P<name>{NAME_RUN})")
#: A name with the person's age in brackets, as news writes people ("Marcell Jansen (33)").
_AGE_RE = re.compile(rf"(?P<name>{NAME_RUN})\s\(\d{{1,3}}\)")
_ACRONYM_RE = re.compile(rf"(?<!{_NAME_LETTER})(?P<name>[A-Z][A-Za-z]?[A-Z]{{1,4}})(?!{_NAME_LETTER})")
_CAPITAL_RUN_RE = re.compile(rf"(?P<name>{NAME_RUN})")
_LEADING_TITLE_RE = re.compile(rf"^(?:(?:{TITLES})\s+)+")
ORGANISATION_WORDS = re.compile(
    r"\b(University|Universität|Université|Universidad|Università|Universidade|Association|Council|Bank|"
    r"Banco|Banca|Banque|Party|Partei|Parti|Partido|Partito|Ministry|Ministerium|Ministerio|Ministero|"
    r"Ministère|Ministério|Company|Inc|Corp|Group|Gruppe|Grupo|Gruppo|Groupe|Committee|Agency|Agencia|"
    r"Agenzia|Agence|Agência|Institute|Institut|Instituto|Istituto|Union|Unión|Unione|União|Court|Gericht|"
    r"Corte|Tribunal|Tribunale|Cour|Juzgado|Audiencia|Fiscalía|Procura|Consejo|Consiglio|Conseil|Conselho|"
    r"Comisión|Commissione|Commission|Comissão|Dirección|Direzione|Direction|Direção|Departamento|"
    r"Dipartimento|Département|Department|Bureau|Authority|Administration|Coordenação|Police|Polizei|"
    r"Policía|Polizia|Polícia|Army|Armee|Ejército|"
    r"Esercito|Armée|Exército|Navy|Marine|Foundation|Stiftung|Fundación|Fondazione|Fondation|Fundação|"
    r"Gobierno|Governo|Gouvernement|Congreso|Congresso|Senado|Senato|Sénat|Cámara|Camera|Chambre|Câmara|"
    r"Asamblea|Assemblea|Assemblée|Assembleia|News|Times|Post|Sala|Órgano|Organo|Convención|Convenzione|"
    r"Convention|Convenção|Junta|Comité|Comitato|Comitê|Oficina|Ufficio|Secretaría|Segreteria|Sindicato|"
    r"Sindacato|Syndicat|Federación|Federazione|Fédération|Federação|Federation|Confederación|"
    r"Organización|Organizzazione|Organisation|Organization|Organização|Contraloría|Procuraduría|Defensoría|"
    r"Superintendencia|Alcaldía|Gobernación|Municipalidad|Prefeitura|Procuradoria|Controladoria|Defensoria|"
    # police and armed forces named by their corps ("Carabineros de Chile", "Forças Armadas")
    r"Carabineros|Carabinieri|Gendarmería|Gendarmerie|Fuerzas|Forças|Forze|"
    # leagues, clubs, schools, companies and societies, also English ones quoted in other languages
    # ("Champions League", "Miami Dade College", "Poder Judicial")
    r"League|Liga|Lega|Ligue|Club|College|Colegio|School|Escuela|Scuola|Escola|École|Academy|Academia|"
    r"Accademia|Académie|Asociación|Associazione|Associação|Sociedad|Società|Société|Sociedade|Empresa|"
    r"Compañía|Compagnia|Compagnie|Companhia|Cooperativa|Poder|Fondo|Fonds|Fundo|Fund|Casa|Watch|"
    r"International|Alliance|Network|Forum|"
    # football clubs by their English endings ("Manchester United", "Leeds United", "FC Porto")
    r"United(?![ \t]+[A-Z])|FC|CF|AFC|"
    # masonic lodges ("Loggia P2")
    r"Loggia|Lodge|Logia)\b"
)
#: Words that make a capitalised run a place, in the languages whose common nouns are lower-case
#: (parks, hospitals, airports, palaces, squares and streets are places, as readers and annotators count).
PLACE_WORDS = re.compile(
    r"\b(Park|Parco|Parque|Parc|Hospital|Ospedale|Hôpital|Airport|Aeropuerto|Aeroporto|Aéroport|Palazzo|"
    r"Palacio|Palais|Palácio|Plaza|Piazza|Praça|Street|Calle|Rua|Avenue|Avenida|Boulevard|"
    # Romance bases, stadiums, ports and the land's own shapes ("Base Aérea Chubunco", "Valle Roveto"); the
    # English ones head as many firms' and teams' names ("Island Records", "Base R")
    r"Base (?:A[ée]rea|Naval|Militar|Navale)|Estadio|Stadio|Stade|Estádio|Puerto|Isla|Isola|Ilha|Cerro|"
    r"Monte|Lago|Río|Valle|Sierra|Playa|Praia|Bahía|Golfo|Cabo)\b"
)
#: A preposition of place right before a capitalised run makes it a place.
_LOCATIVE_RE = re.compile(
    r"\b(?:in|nel|nella|nello|negli|nelle|en|em|no|na|nos|nas|dans|au|aux|into|verso|hacia|desde)\s+$"
)
#: … and in Italian "a"/"ad" (to, at: towns take no article) and "su" with an article ("sull'Adriatico").
_ITALIAN_TO_RE = re.compile(r"(?:^|\s)(?:a|ad|sul|sull['’]|sullo|sulla)\s*$")
#: A masculine definite article, alone or in a preposition, right before a run: Italian and Spanish write
#: none before a man's name ("del Climate Clock", "il Metronome", "el Comando Conjunto"; "la Meloni" is
#: common, and Portuguese and French are left alone: "o Lula").
_MASCULINE_ARTICLE_BEFORE_RE = {
    "it": re.compile(r"(?<![\w'’])(?:il|lo|del|dello|al|allo|dal|dallo|col)\s+$"),
    "es": re.compile(r"(?<![\w'’])(?:el|del|al)\s+$"),
}
_FIRST_WORD_RE = re.compile(rf"^\S+\s+(?:(?:{PARTICLES})\s+)?")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;]\s+|[\"„“”«»(]\s*|\n\s*)$")


#: "and", or a Romance preposition of aim, and a capitalised run after an institution's name: another
#: complement of its "de"/"of" ("Dirección de Prevención e Investigación de Robo de Vehículos",
#: "Coordenação de Repressão a Crimes Contra Instituições Financeiras").
_COORDINATED_RE = re.compile(
    rf"[ \t]+(?:e|y|et|ed|and|a|ao|aos|à|às|au|aux|al|contra)[ \t]+(?P<rest>{NAME_RUN})"
)
_COMPLEMENT_RE = re.compile(r"\s(?:de|di|do|da|du|del|des|of)\s")
#: How many complements one name may chain ("… de Repressão e Combate ao Crime Organizado").
MAX_COMPLEMENTS = 3


def _coordinated_complement(text: str, run: re.Match[str], places: dict[str, str]) -> int | None:
    """Where an institution's name ends that chains complements of its "de"/"of" ("Ministerio de Justicia
    y Seguridad Pública", "Departamento de Repressão e Combate ao Crime Organizado"), when each run after
    the joining word is no name of its own: not a place, a person (a given name first), nor an
    institution ("el Gobierno de España y Francia", "la Fiscalía de Honduras y Juan Orlando Hernández")."""
    if not _COMPLEMENT_RE.search(run.group("name")):
        return None
    end = None
    for _ in range(MAX_COMPLEMENTS):
        after = _COORDINATED_RE.match(text, end or run.end("name"))
        if after is None:
            break
        rest = after.group("rest")
        first = rest.split()[0]
        if rest in places or first in places or first in given_names() or ORGANISATION_WORDS.match(rest):
            break
        end = after.end("rest")
    return end


#: CLDR "territories" that are organisations, not places: the European Union and the United Nations
#: (annotators and readers count them so); nor is the euro area a place.
_ORGANISATION_TERRITORIES = frozenset({"EU", "UN"})
_NO_PLACES = _ORGANISATION_TERRITORIES | {"EZ", "ZZ"}  # and CLDR's "Unknown Region"


def _territory_names(language: str) -> Iterator[tuple[str, str]]:
    """(code, name) of CLDR's territories in English, then in `language` (none for a language CLDR does
    not know)."""
    for locale_name in ("en", language):
        try:
            territories = Locale.parse(locale_name).territories
        except (UnknownLocaleError, ValueError):
            continue
        yield from territories.items()


@lru_cache(maxsize=32)
def territory_organisations(language: str) -> frozenset[str]:
    """The European Union's and the United Nations' names in `language` and in English (CLDR)."""
    return frozenset(name for code, name in _territory_names(language) if code in _ORGANISATION_TERRITORIES)


#: Last parts of legacy time-zone names that are no places ("Australia/South", "US/Central"): alone they
#: would make "South Korean" or "Newcastle Central" hold a place.
_ZONE_WORDS = frozenset(
    "North South East West Central Eastern Mountain General Continental Universal Zulu".split()
    # … and zones named after a small town or a station whose name is a common word, a feast or a
    # surname before it is a place ("the Center for Plants & Culture", "Easter", "Kanton", "Davis said")
    + "Center Oral Troll Resolute Virgin Wake Easter Kanton Knox Davis Palmer Casey Stanley Johnston Currie "
    "Dawson Regina Darwin Mawson Lindeman Macquarie Marengo Vevay Winamac Beulah Creston".split()
)


#: CLDR's numeric codes of continents and their parts ("Europe", "Afrique de l'Ouest", "América Latina");
#: not the world ("001").
_CONTINENT_CODES = frozenset(
    "002 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143 145 150 151 "
    "154 155 419".split()
)


@lru_cache(maxsize=32)
def continent_names(language: str) -> frozenset[str]:
    """Continents and their parts in `language` (CLDR): places, whatever a model typed them ("l'Europe"
    read as an organisation). Not looked for in the text: a continent named in passing is rarely an
    actor of the story."""
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(name for code, name in territories.items() if code in _CONTINENT_CODES)


#: Accented capitals the press often writes plain ("Etats-Unis", "Egypte", "Equateur").
_PLAIN_CAPITALS = str.maketrans("ÉÈÊÀÂÎÔÛ", "EEEAAIOU")


def _with_plain_capital(name: str) -> str:
    """`name` with its first letter's accent dropped, as French headlines and agencies write capitals."""
    return name[:1].translate(_PLAIN_CAPITALS) + name[1:]


@lru_cache(maxsize=32)
def place_names(language: str) -> dict[str, str]:
    """Country and city names in `language` (plus English city names and the press's country names
    CLDR lacks) → "location"."""
    names = dict.fromkeys(COUNTRY_VARIANTS, "location")
    try:
        locale = Locale.parse(language)
        for code, name in locale.territories.items():
            if code.isalpha() and len(name) > 2 and code not in _NO_PLACES:
                names[name] = "location"
                names.setdefault(_with_plain_capital(name), "location")
        data = load_locale_data(str(locale))
        for zone_name, zone in data.get("time_zones", {}).items():
            city = zone.get("city")
            if city and not zone_name.startswith("Etc/"):  # "Etc/Unknown": "Unbekannt", no place
                names[city] = "location"
    except (UnknownLocaleError, ValueError):
        pass
    for zone in zoneinfo.available_timezones():
        if "/" in zone:
            city = zone.rsplit("/", 1)[1].replace("_", " ")
            if city[:1].isupper() and not city.startswith(("GMT", "UTC", "UCT")) and city not in _ZONE_WORDS:
                names.setdefault(city, "location")
    return names


@lru_cache(maxsize=32)
def country_codes_by_key(language: str) -> dict[str, str]:
    """Where names inflect, each country name keyed by its stems (`name_key`: "России" is Россия's
    genitive) → its ISO 3166 code; empty elsewhere, where a name is its own key."""
    if not inflects(language):
        return {}
    return {name_key(name, language): code for name, code in country_codes(language).items()}


CAPITALS_FILE = Path(__file__).resolve().parent.parent / "data" / "capitals.tsv"


@lru_cache(maxsize=32)
def capital_countries(language: str) -> dict[str, str]:
    """Each name of a country's capital (data/capitals.tsv, from GeoNames: `make capitals`) → the country's
    ISO 3166 code, keyed as names are compared in `language` (by stems where names inflect: "Москвой")."""
    capitals: dict[str, str] = {}
    for line in CAPITALS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, code = line.split("\t")
            capitals.setdefault(name_key(name, language), code)
    return capitals


@lru_cache(maxsize=32)
def country_codes(language: str) -> dict[str, str]:
    """Country name in `language` (CLDR), in English, or a short form → its ISO 3166 code."""
    codes = dict(COUNTRY_ACRONYMS) | COUNTRY_VARIANTS
    for code, name in _territory_names(language):
        if code.isalpha() and len(code) == 2:
            codes[name] = code
            codes.setdefault(_with_plain_capital(name), code)  # "Etats-Unis"
    return codes


PEOPLE_FILE = Path(__file__).resolve().parent.parent / "data" / "people.txt"
GIVEN_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "given-names.txt"
#: A lower-case particle inside a run of capitalised words ("Gabinete Regional de Magallanes").
_INNER_PARTICLE_RE = re.compile(rf"\s(?:{PARTICLES}|del|della|dei|degli|do|dos|das|des)\s")


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """The names of the world's regions, provinces and states (ISO 3166-2, from pycountry, which sumy
    already installs): they only settle a found name's type, never find one ("Universität Hamburg" is
    not split at "Hamburg")."""
    import pycountry

    return frozenset(subdivision.name for subdivision in pycountry.subdivisions)


#: A word written in lower case (a common word, where only names are capitalised).
LOWER_CASE_WORD_RE = re.compile(r"(?<![\w-])[^\W\d_A-ZÀ-ÞА-ЯЁ][^\W\d_]*(?![\w-])")


def _after_common_first_word(run: str, stop_words: frozenset[str], lower_case_words) -> str | None:
    """The rest of a capitalised run after its first word (and a particle), when that word is a common
    one: a stop word, or one the text also writes in lower case (`lower_case_words()`, read once)."""
    first = _FIRST_WORD_RE.match(run)
    if first is None or first.end() >= len(run):
        return None
    word = run.split()[0].casefold()
    if word in stop_words or word in lower_case_words():
        return run[first.end() :]
    return None


#: German pronouns of address, capitalised mid-sentence ("die Verarbeitung Ihrer Daten", "Liegst Du
#: darüber"), which sumy's list lacks: never a name.
GERMAN_ADDRESS_WORDS = frozenset(
    "sie ihnen ihr ihre ihrer ihrem ihren ihres du dich dir dein deine deiner deinem deinen deines euch euer "
    "eure eurer eurem euren eures".split()
)


@lru_cache(maxsize=32)
def function_words(language: str) -> frozenset[str]:
    """The language's stop words (sumy's lists, as the summariser loads them once): "He", "Sont",
    "Tras", "Кто" alone are never actors, nor does a name continue with one ("Mark Dies")."""
    from ..summary import resources  # imported here: the summary package is heavier than the rules

    stop_words = resources(language).stop_words
    return stop_words | GERMAN_ADDRESS_WORDS if language == "de" else stop_words


@lru_cache(maxsize=32)
def closed_words(language: str) -> frozenset[str]:
    """spaCy's longer list of the language's stop words (adverbs, numerals, verb forms: "bereits",
    "trotzdem", "cuáles") with sumy's: a capitalised word among them is a heading's or a sentence's
    first word, not a name. Not for dropping a model's multi-word names: it holds surnames too ("Kurz",
    "Lange")."""
    try:
        stop_words = importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    except (ImportError, AttributeError):
        stop_words = frozenset()
    return frozenset(stop_words) | function_words(language)


#: A German indefinite or demonstrative determiner: the capitalised word after it is a noun, though a
#: given name too ("eine Art Untermarke", "jeder Art", "eine Rose"; a title follows "der": "der Papst").
_GERMAN_INDEFINITE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?i:ein|eine|einer|einem|einen|eines|kein|keine|keiner|jede|jeder|jedes|jeden|diese|dieser|"
    r"dieses|welche|welcher|solche|solcher|irgendeine)\s+$"
)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First names from hand-annotated corpora (data/given-names.txt, `make train-names`), titles out."""
    lines = GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(n for n in lines if n and not n.startswith("#") and not ROLE_WORD_RE.fullmatch(n))


ROMANCE = frozenset({"es", "it", "pt", "fr", "ca", "ro"})
#: How adjectives, plural nouns and articles end or look in Romance languages, never a given name
#: ("Nuevas Ideas", "Asuntos Constitucionales", "Aeronáutica Civil", "Última Hora", "La Aurora"), nor an
#: English title quoted in their text ("The European Zoological Journal").
_NOT_A_GIVEN_NAME_RE = re.compile(
    r"(?:as|os|es|ica|ico|ima|imo)$|^(?:La|El|Los|Las|Il|Lo|Gli|Le|Les|Os|As|Un|Una|Une|Uno|The|An)$"
)


#: How Romance adjectives end and surnames do not ("Amnistía Internacional", "Estado Islámico", "Protezione
#: Civile", "Croce Rossa"): in Portuguese NER data, of the runs not opening with a given name that end so,
#: 174 are bodies or places and 20 people ("Itamar Franco": "-anco" is left out).
_ADJECTIVE_END_RE = re.compile(
    r"(?:ica|ico|icas|icos|ble|bles|ense|enses|ile|iles|iva|ivo|ivas|ivos|onal|onales|onais|onale|onali|"
    r"oja|ojo|ossa|osso|vil|viles)$"
)


#: An elided article or preposition opening a word ("d'Italia", "dell'Economia").
_ELIDED_ARTICLE_RE = re.compile(r"^[^\W\d_]{1,4}['’]")


def _after_masculine_article(before: str, run: str, language: str) -> bool:
    """Whether `before` ends in a masculine definite article (`_MASCULINE_ARTICLE_BEFORE_RE`) and the run
    after it opens with no given name."""
    article = _MASCULINE_ARTICLE_BEFORE_RE.get(language)
    return article is not None and article.search(before) is not None and run.split()[0] not in given_names()


def looks_like_person(run: str, language: str = "", lower_case_words: Collection[str] = frozenset()) -> bool:
    """Whether a run of capitalised words can be a person's name: not when a particle sits inside it
    and it does not start with a given name ("Eduardo del Castillo" can, "Corte d'Assise di Roma" not),
    nor, in the Romance languages, when its first word ends like an adjective or a plural ("Nuevas
    Ideas") or is a word the text also writes in lower case ("Casa Rosada" beside "la casa", "Carta
    Magna" beside "una carta")."""
    words = run.split()
    first = words[0]
    if first in given_names():
        return True
    if language in ROMANCE and (
        _NOT_A_GIVEN_NAME_RE.search(first)
        or (first.lower() in lower_case_words and not is_role_word(first))
        or _ADJECTIVE_END_RE.search(words[-1])
        # "Real Madrid", "Forza Italia", "Fratelli d'Italia": a club, a party
        or _ELIDED_ARTICLE_RE.sub("", words[-1]) in place_names(language)
    ):
        return False
    return not _INNER_PARTICLE_RE.search(run)


#: How Romance nouns of a portfolio or a body end and people's names do not ("Economía", "Inclusión",
#: "Educação", "Sanità", "Seguridad", "Convergencia"), besides the adjectives' endings above ("Social",
#: "Político").
_ABSTRACT_END_RE = re.compile(
    r"(?:ción|sión|ção|ções|zione|sione|dad|tad|dade|tà|ía|ia|ura|ismo|ncia|nza|ência|ença|miento|mento|ial|ral)$"
)
#: … and French ministers' portfolios ("Education", "Justice", "Environnement", "Transports"; not
#: "université", a body's kind word before the name it takes, "université George Washington", nor an
#: English word ending alike, "Adventure Line Productions").
_FRENCH_PORTFOLIO_RE = re.compile(
    r"Justice|[EÉ]ducation|Environnement|Transports|Santé|Intérieur|[EÉ]conomie|Culture|Agriculture|Travail|"
    r"Armées|Défense|Finances|Logement|Numérique|[EÉ]cologie|Solidarités|Sports|Industrie|Commerce|Budget|"
    r"Recherche|Enseignement|Jeunesse|Famille|Emploi|[EÉ]nergie|Tourisme|Territoires|Cohésion|Citoyenneté"
)
#: The preposition of a portfolio or a place before a run ("ministro de Economía …", "prefeito de São
#: Paulo …", "miembro del Buró Político …").
_PORTFOLIO_BEFORE_RE = re.compile(
    r"\b(?:(?:de|del|do|da|di|della|dello|dos|das|du|des)\s+(?:la\s+|l['’])?|(?:dell|del|d)['’])$"
)


def _glued_person_at(run: str, text: str, start: int, places: Collection[str]) -> int | None:
    """Where a person's name starts inside a Romance run of capitalised words that a portfolio, a body or
    a place opens after "de" ("secretario de Inclusión Social Juan Pablo Ramírez", "miembro del Buró
    Político Roberto Morales Ojeda", "prefeito de São Paulo Fernando Haddad"): at a given name, after
    words that are no given name and of which one is a common noun or adjective by its ending, a body's
    or a place's word, or that are a known place; with a surname after it. None for a run that is one
    name ("de Nayib Armando Bukele": "Nayib" may be a given name the list lacks)."""
    if not _PORTFOLIO_BEFORE_RE.search(text, max(0, start - 12), start):
        return None
    names = given_names()
    words = run.split()
    offset = 0
    for index, word in enumerate(words):
        # a given name, or two joined ("Jean-Michel")
        if index and index < len(words) - 1 and all(part in names for part in word.split("-")):
            prefix = words[:index]
            if " ".join(prefix) in places or (
                not any(w in names for w in prefix)
                and any(
                    _ABSTRACT_END_RE.search(w)
                    or _FRENCH_PORTFOLIO_RE.fullmatch(w)
                    or _ADJECTIVE_END_RE.search(w)
                    or ORGANISATION_WORDS.fullmatch(w)
                    or PLACE_WORDS.fullmatch(w)
                    or is_role_word(w)
                    for w in prefix
                )
            ):
                return run.index(word, offset)
        offset = run.index(word, offset) + len(word)
    return None


def split_glued_people(mentions: list[Mention], text: str, language: str) -> list[Mention]:
    """Each Romance mention that runs a portfolio, a body or a place into the person after it
    (`_glued_person_at`), whoever read it, cut in two: the person, and the rest typed as a place when it
    is one, else as an organisation ("miembro del Buró Político Roberto Morales Ojeda")."""
    if language not in ROMANCE:
        return mentions
    places = place_names(language)
    result: list[Mention] = []
    for mention in mentions:
        split = _glued_person_at(mention.text, text, mention.start, places)
        if split is None:
            result.append(mention)
            continue
        # after a minister's title, the portfolio is part of it, no body of its own
        portfolio = in_minister_title(text, mention.start)
        for at, name, kind in _glued_parts(mention.text, split, places)[1 if portfolio else 0 :]:
            start = mention.start + at
            result.append(Mention(start, start + len(name), name, kind, mention.source))
    return result


#: A minister's or a ministry's title up to a portfolio, maybe after others ("ministre de la Justice",
#: "ministre de l'Economie et des Finances", "ministre israélien des Affaires étrangères", "ministro
#: dell'Interno", "secrétaire d'État chargée du Numérique", "ministère des Transports").
#: "de la", "des", "dell'" …: before a portfolio; "aux", "all'" only right after the title ("ministre
#: délégué aux Transports", "sottosegretario all'Interno"; not "ministre indien s'adressait au Pakistan").
_PORTFOLIO_OF = r"(?:(?:de\s+la|de|del|della|delle|degli|do|da|dos|das|du|des)\s+|(?:de\s+l|dell|d)['’])"
_PORTFOLIO_TO = r"(?:(?:aux|au|al|alla|ai|agli|alle)\s+|all['’])"
#: How the adjectives and participles that may stand in a title end ("israélien", "délégué", "israeliano").
_TITLE_ADJECTIVE_END = (
    r"(?:ien|ienne|ais|aise|ain|aine|ois|oise|é|ée|and|ande|ique|al|ale|"
    r"ano|ana|ese|ês|és|eso|esa|ino|ina|o|a)"
)
_PORTFOLIO_OF_MINISTER_RE = re.compile(
    r"\b(?:[Mm]inist(?:re|res|ère|ères|ro|ra|ri|ério|erio|ero)|[Ss]ecrétaire d['’]État|"
    r"[Ss]ecretari[oa] de Estado|[Ss]ottosegretari[oa])\b"
    # after up to two adjectives or participles ("israélien", "délégué", "chargée"), not a verb ("parle")
    rf"(?:(?:\s+[a-zàâçéèêëîïôûùüáíóúñ-]+{_TITLE_ADJECTIVE_END}){{0,2}}?\s+{_PORTFOLIO_OF}|"
    rf"\s+(?:(?:délégu[ée]e?|chargée?|delegad[oa])\s+)?{_PORTFOLIO_TO})"
    rf"(?:[A-ZÀ-Þ][\w-]*(?:\s+[a-zàâçéèêëîïôûùüáíóúñ]+)?\s*(?:,|et|e|y)\s+(?:{_PORTFOLIO_OF}|{_PORTFOLIO_TO}))*\Z"
)
#: How far before a name a minister's title is read.
MINISTER_TITLE_CHARACTERS = 80


def in_minister_title(text: str, start: int) -> bool:
    """Whether a name at `start` is a portfolio in a minister's title ("ministre de la Justice"): part of
    the title, no actor (the ministry's name begins with "ministère")."""
    return ends_before(_PORTFOLIO_OF_MINISTER_RE, MINISTER_TITLE_CHARACTERS, text, start)


def join_bodies_of_places(mentions: list[Mention], text: str, language: str) -> list[Mention]:
    """An organisation a model read up to the place in the genitive right after it, joined with it into
    one organisation, as the name is: "Арбитражный суд" + "Москвы" is the "Арбитражный суд Москвы",
    "МЧС" + "Украины" the "МЧС Украины" (a place only inside another's name is no actor of its own).
    Only where names inflect, which marks the genitive."""
    if not inflects(language):
        return mentions
    result: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        body = result[-1] if result else None
        if (
            body is not None
            and body.type == "organization"
            and mention.type == "location"
            and text[body.end : mention.start] == " "
            and genitive_place(mention.text, language)
        ):
            name = text[body.start : mention.end]
            result[-1] = Mention(body.start, mention.end, name, "organization", body.source)
            continue
        result.append(mention)
    return result


def _glued_parts(
    run: str, split: int, places: Collection[str]
) -> tuple[tuple[int, str, str], tuple[int, str, str]]:
    """(offset in `run`, name, type) of the portfolio, body or place before `split` — a place when the
    gazetteer holds it, else an organisation — and of the person from `split` on."""
    head = run[:split].rstrip()
    return (0, head, "location" if head in places else "organization"), (split, run[split:], "person")


#: Events and awards, which the annotation guidelines (and readers) do not count as actors, yet models
#: read as organisations: the recurring ones news names most, in the languages we summarise.
_EVENT_RE = re.compile(
    r"(?:Tour de France|Giro d[’']Italia|Vuelta a España|Oscars?|Golden Globes?|Grammys|Emmys|"
    r"Nobel(?:preis| Prize| Peace Prize| de la Paz| per la pace)?|[Pp]rix Nobel(?: de la paix)?|"
    r"Olympic Games|Olympische(?:n)? (?:Winter|Sommer)?[Ss]piele(?:n)?|Jeux [Oo]lympiques|"
    r"Juegos Ol[ií]mpicos|(?:French|US|U\.S\.|Australian) Open|"
    r"Olimpiadi|Super Bowl|World Cup|Fußball-Weltmeisterschaft|Coupe du [Mm]onde|Copa del Mundo|"
    r"Mondiali|Eurovision(?: Song Contest)?|"
    # feasts ("Christmas" read as a place; not "Noël", "Ramadan", "Natal": names and a city too)
    r"Christmas|Easter|Thanksgiving|Halloween|Hanukkah|Diwali|Weihnachten|Ostern|Navidad|Natale|Pasqua|"
    r"Páscoa|Pâques|"
    # commemorative days: "Día Internacional de la Libertad de Prensa", "Welttag der Pressefreiheit"
    r"D[ií]a (?:Internacional|Mundial)\b.*|Journée (?:internationale|mondiale)\b.*|"
    r"Giornata (?:internazionale|mondiale)\b.*|(?:International|World) [A-Z][\w ]* Day|Welt\w*tag\b.*)"
)


def is_event_name(name: str) -> bool:
    """Whether `name` is an event or an award ("Tour de France", "Oscars", "Nobel de la Paz")."""
    return _EVENT_RE.fullmatch(name) is not None


#: Laws, constitutions, decrees, codes, treaties and police operations: documents and undertakings,
#: which neither readers nor the annotation count as actors, yet capitalised like names ("Carta Magna",
#: "Resolución Ministerial", "Operación Orión", "Código de las Familias", "Communications Decency Act").
_DOCUMENT_RE = re.compile(
    r"(?:Carta Magna|(?:(?:Nueva|Nuevo|Nouvelle|Nouveau|Nuova|Nuovo|Nova|Novo|New)\s)?"
    r"(?:Leye?s?|Legge|Loi|Lei|Decreto|Décret|Resolución|Risoluzione|Résolution|Resolução|"
    r"Operación|Operazione|Opération|Operação|Operation|Código|Codice|Constitución|Costituzione|Constitution|"
    r"Constituição|Tratado|Trattato|Traité|Treaty)\b.*|.+ Act"
    # … and a German compound that names a document after its author or its subject ("Letwin-Amendment",
    # "Maas-Gesetz", "Brexit-Abkommen")
    r"|.+-(?:Amendment|Gesetz|Gesetzes|Gesetzentwurf|Abkommen|Abkommens|Vertrag|Vertrags|Plan|Plans|Papier|"
    r"Entwurf|Reform|Paket|Verordnung|Richtlinie|Doktrin|Urteil|Memo|Dossier))"
)


#: Acronyms of things, not of bodies ("KI", "Pkw", "BIP", "HIV", "GPS", "ONG"), of championships ("WM",
#: "EM") and of meetings ("en AG", an assemblée générale; alone, never a company, which "AG" only ends):
#: the acronym rule and the models read them as organisations.
_THING_ACRONYMS = frozenset(
    "KI AI PKW Pkw LKW Lkw KFZ Kfz BIP GDP PIB ÖPNV HIV AIDS COVID SARS MERS CO2 LED LEDs USB GPS PDF DNA "
    "DNS RNA ARN ADN PV DIY TV CEO CFO COO CTO VPN API SMS PIN ATM IBAN ONG ONGs NGO NGOs NRO KMU PME PYME "
    "PyME SUV WLAN LTE 5G 4G HD 3D IQ BMI MRT MRI IVA TVA VAT MwSt URL HTML WM EM JPEG JPG PNG GIF DOC "
    "DOCX PPT XLS CSV ZIP MP3 MP4 KB MB TB AG "
    # time zones ("at 10:00 GMT"); diseases and French care homes as news writes them ("Covid" read as a
    # person, "les Ehpad" as a place); the French editor's note ("(NDLR)", read as a body)
    "GMT BST UTC CET CEST EST EDT PST PDT MEZ MESZ "
    "Covid Covid-19 COVID-19 Sars-CoV-2 SARS-CoV-2 Sida SIDA VIH Ehpad EHPAD NDLR Ndlr".split()
)


def is_thing_acronym(name: str) -> bool:
    """Whether `name` abbreviates a thing or an event ("KI", "GPS", "WM"), not an actor."""
    return name in _THING_ACRONYMS


def is_document_name(name: str) -> bool:
    """Whether `name` names a law, a constitution, a treaty or an operation rather than an actor."""
    return _DOCUMENT_RE.fullmatch(name) is not None


def ends_before(pattern: re.Pattern[str], characters: int, text: str, start: int) -> bool:
    """Whether `pattern` (anchored at its end) matches right before `start`, read in the `characters`
    before it only: what introduces a name stands next to it, and a bounded window keeps the search
    cheap on long pages."""
    return pattern.search(text, max(0, start - characters), start) is not None


#: A weather system's kind right before its name: storms and highs are named like people ("Sturmtief
#: Sabine", "Hurricane Katrina", "la tempête Ciarán", "l'uragano Ian", "ураган Катрина").
_WEATHER_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:Sturmtief|Orkantief|Tief|Hoch|Hurricane|Typhoon|Cyclone|(?:Tropical\s+)?Storm|[Hh]urac[áa]n|"
    r"tormenta|tifón|ciclón|ouragan|temp[êe]te|typhon|cyclone|uragano|tempesta|tifone|ciclone|furac[ãa]o|"
    r"tempestade|tuf[ãa]o|ураган|тайфун|циклон|шторм)\s+[„«\"“]?\Z"
)
#: The winds of the Italian wind rose, which Italian weather news capitalises ("il Maestrale", "la
#: Tramontana"); not "Levante", "Ponente" or "Bora", which also name regions, clubs and people.
_WIND_NAMES = frozenset({"Tramontana", "Grecale", "Scirocco", "Libeccio", "Maestrale"})
#: How far before a name its weather kind is read ("Tropical Storm „" is the longest).
WEATHER_CHARACTERS = 24


def weather_name(text: str, start: int, name: str) -> bool:
    """Whether the name at `start` is a storm's, a high's or a wind's, not an actor's."""
    return name in _WIND_NAMES or ends_before(_WEATHER_BEFORE_RE, WEATHER_CHARACTERS, text, start)


#: German seasons, and the days' and months' names CLDR's German lacks (CLDR gives the others): surnames
#: too ("Jennifer Herbst"), so a model reads "im Herbst" as a person.
_GERMAN_SEASONS_AND_VARIANTS = frozenset(
    "Frühling Frühjahr Sommer Herbst Winter Sonnabend Jänner Feber".split()
)
#: What stands before a time ("im Herbst", "am kommenden Montag", "bis Juni", "Anfang Mai", "1. Mai"),
#: not before a surname ("sagte Herbst").
_TIME_WORD_BEFORE_RE = re.compile(
    r"(?:\b(?i:im|am|ab|an|bis|seit|vom|von|zum|zur|um|nach|vor|für|über|gegen|in|den|dem|der|des|die|das|"
    r"diesen|diesem|dieses|jeden|jedem|jedes|nächsten|letzten|kommenden|vergangenen|vorigen|frühen|"
    r"späten|ganzen|ersten|zweiten|heißen|kalten|goldenen|Anfang|Mitte|Ende)|\d\.) $"
)


def german_time_word(text: str, start: int, name: str) -> bool:
    """Whether the name at `start` is a German weekday, month or season ("im Herbst", "am Montag"), not
    the surname it may also be ("sagte Herbst")."""
    return (
        name in _german_time_words()
        and _TIME_WORD_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )


@lru_cache(maxsize=1)
def _german_time_words() -> frozenset[str]:
    return (
        _GERMAN_SEASONS_AND_VARIANTS | full_calendar_names("de", "days") | full_calendar_names("de", "months")
    )


#: A product's kind right before its name, as a text introduces one ("ein Produkt namens Grok", "der
#: Tesla-Roboter Optimus", "KI-Sprachmodellen wie GPT", "the chatbot Bard", "l'application TousAntiCovid",
#: "la vacuna Sputnik V", "вакцина «Спутник V»"): a product is no actor. Not the words that also name a
#: person's trade ("model", "modelo" as in "la modelo Kendall Jenner") nor a match ("Spiel").
_PRODUCT_BEFORE_RE = re.compile(
    r"(?<![\w])(?:"
    r"(?:Produkt|Modell|Sprachmodell|KI-Modell|Roboter|Chatbot|App|Software|Betriebssystem|Smartphone|"
    r"Impfstoff|Medikament|Wirkstoff|Kampfpanzer|Panzer|Drohne|Rakete)(?:e|en|n|s)?\s+(?:namens\s+|wie\s+)?"
    r"|(?:products?|chatbots?|robots?|apps?|smartphones?|software|(?:language|AI) models?|vaccines?|drones?|"
    r"missiles?|tanks?)\s+(?:(?:called|named|like|such\s+as)\s+)?"
    r"|(?:produits?|robots?|chatbots?|applications?|applis?|logiciels?|smartphones?|vaccins?|médicaments?|"
    r"drones?|missiles?)\s+(?:(?:baptisée?s?|appelée?s?|nommée?s?|comme)\s+)?"
    r"|(?:productos?|robots?|chatbots?|aplicaci(?:ón|ones)|vacunas?|medicamentos?|fármacos?|drones?|"
    r"misiles?|prodott[oi]|applicazion[ei]|vaccin[oi]|farmac[oi]|produtos?|robôs?|aplicativos?|vacinas?)\s+"
    r"(?:(?:llamad[oa]s?|denominad[oa]s?|chiamat[oaie]|denominat[oaie]|chamad[oa]s?|como|come)\s+)?"
    r"|(?:продукт|робот|чат-бот|приложени|смартфон|вакцин|препарат|дрон|ракет)[а-яё]{0,3}\s+(?:под\s+названием\s+)?"
    # … or a law's, named by its acronym or its author ("la loi LPPR", "la ley Sáenz Peña", "das Gesetz
    # NetzDG", "закон «Яровой»"); not English, whose "the bill Congress passed" names no law.
    r"|(?:loi|ley|legge|lei|Gesetz|закон[а-яё]{0,2})\s+"
    r")[„«\"“]?\Z"
)
#: How far before a name its product kind is read ("KI-Sprachmodellen wie " is among the longest).
PRODUCT_CHARACTERS = 32


def product_name(text: str, start: int) -> bool:
    """Whether the name at `start` follows a product's kind (or a law's), as a product's name does."""
    return ends_before(_PRODUCT_BEFORE_RE, PRODUCT_CHARACTERS, text, start)


#: A legal citation right before a name: the name is the law cited ("§ 176 Abs. 1 GVG", "Art. 5 GG",
#: "article 49.3 de la Constitution", "artículo 155 de la CE", "ст. 228 УК").
_CITATION_BEFORE_RE = re.compile(
    r"(?:§§?|Art\.|Artikel|[Aa]rticle|[Aa]rt[ií]culo|[Aa]rticolo|[Aa]rtigo|[Сс]татья|[Сс]татьи|ст\.)\s*"
    r"\d+(?:[.,]\d+)?[a-z]?(?:\s*(?:Abs\.|Absatz|Satz|Nr\.|S\.|lit\.|Ziff\.|al\.|alinéa|inciso|párrafo|"
    r"comma|ч\.|п\.)\s*\d+[a-z]?)*\s+(?:des\s+|der\s+|del\s+|de\s+la\s+|de\s+l['’]|de\s+|du\s+|della\s+|"
    r"dello\s+|da\s+|do\s+|of\s+the\s+|of\s+)?\Z"
)
#: How far before a name a citation is read.
CITATION_CHARACTERS = 60


def cited_law(text: str, start: int) -> bool:
    """Whether the name at `start` follows a legal citation, as a law's name or acronym does."""
    return ends_before(_CITATION_BEFORE_RE, CITATION_CHARACTERS, text, start)


@lru_cache(maxsize=1)
def people_names() -> frozenset[str]:
    """Every spelling in our gazetteer of prominent people (see data/people.txt)."""
    names: set[str] = set()
    for line in PEOPLE_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names.update(part.strip() for part in line.split("|") if part.strip())
    return frozenset(names)


@lru_cache(maxsize=1)
def _people_pattern() -> re.Pattern[str]:
    names = sorted(people_names(), key=len, reverse=True)
    return re.compile(r"\b(?P<name>" + "|".join(re.escape(n) for n in names) + r")(?:s|’s|'s)?\b")


@lru_cache(maxsize=32)
def full_calendar_names(language: str, table: str) -> frozenset[str]:
    """CLDR's full names of the days (`table` "days") or of the months ("months") in `language`
    ("Montag", "Thursday"), without the short forms that are names too ("Jan")."""
    try:
        widths = getattr(Locale.parse(language), table)["format"]["wide"]
    except (UnknownLocaleError, ValueError, KeyError):
        return frozenset()
    return frozenset(str(name) for name in widths.values())


@lru_cache(maxsize=32)
def calendar_words(language: str) -> frozenset[str]:
    """Day and month names (capitalised in many languages, never actors)."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    names: set[str] = set()
    for table in (locale.days, locale.months):
        for context in table.values():
            for width in context.values():
                names.update(str(n) for n in width.values())
    return frozenset(n for n in names if len(n) > 2)


_WORD_SPLIT_RE = re.compile(r"[\s’'-]+")


def spells(acronym: str, name: str, stop_words: frozenset[str]) -> bool:
    """Whether the initials of `name`'s words (all, or without function words) spell `acronym`."""
    return acronym in initials(name, stop_words)


def initials(name: str, stop_words: frozenset[str]) -> set[str]:
    """The acronyms `name` spells: the initials of its words, all or without function words."""
    words = [w for w in _WORD_SPLIT_RE.split(name) if w and w[0].isalpha()]
    content = [w for w in words if w.casefold() not in stop_words and not (w.islower() and len(w) <= 3)]
    return {
        signature for ws in (words, content) if len(signature := "".join(w[0] for w in ws).upper()) == len(ws)
    }


#: An acronym in brackets ("(SSIGE)", "(AfD)"): two capitals or more, so not a name ("(Diprove)").
_BRACKETED_ACRONYM_RE = re.compile(r"\(\s*(?P<acronym>[A-ZÀ-ÞА-ЯЁ][A-Za-zÀ-ÿА-Яа-яЁё]{1,7})\s*\)")
#: How many words before the bracket an organisation's full name may take.
SPELLED_NAME_WORDS = 16


def spelled_names(text: str, stop_words: frozenset[str]) -> Iterator[tuple[int, str]]:
    """(start, name) of each full name written before the acronym it spells in brackets, as news
    introduces an organisation ("la Procuraduría General de la República (PGR)", "Universities and
    Colleges Employers’ Association (UCEA)"): the shortest run of words up to the bracket, within its
    clause, that starts with a capital and whose initials spell the acronym (`spells`: a short lower-case
    word counts as a function word, so "Société suisse de l'industrie du gaz et des eaux (SSIGE)" is
    not found)."""
    for match in _BRACKETED_ACRONYM_RE.finditer(text):
        acronym = match.group("acronym")
        if sum(ch.isupper() for ch in acronym) < 2:
            continue
        lo = max(0, match.start() - 300)
        before = text[lo : match.start()].rstrip()
        words = list(re.finditer(r"\S+", before))
        for word in reversed(words[-SPELLED_NAME_WORDS:]):
            if word.end() < len(before) and word.group()[-1] in '.!?:;,»”"':
                break  # the sentence or clause before the name
            if word.group()[:1].isupper() and spells(acronym.upper(), before[word.start() :], stop_words):
                yield lo + word.start(), before[word.start() :]
                break


@lru_cache(maxsize=32)
def _place_pattern(language: str) -> re.Pattern[str]:
    names = sorted(place_names(language), key=len, reverse=True)
    return re.compile(r"\b(?P<name>" + "|".join(re.escape(n) for n in names) + r")(?:s|es)?\b")


#: German bodies named by a kind and a place ("OLG Oldenburg", "Oberliga Hamburg", "Bistum
#: Rottenburg-Stuttgart", "Landgericht München"): a model reads only the place, which then is no actor of
#: the story (the annotation counts a place inside another name as part of it).
_GERMAN_BODY_OF_PLACE_RE = re.compile(
    r"(?<!\w)(?P<name>(?:(?:Erz)?[Bb]istum|(?:Erz)?[Dd]iözese|Landeskirche|Universität|Hochschule|Stadtwerke|"
    r"[A-ZÄÖÜ][a-zäöüß]*(?:gericht|liga|verband)|OLG|OVG|VGH|LSG|LAG|LG|AG|VG|FG)"
    rf"[ \t]+{_NAME})"
)


#: … and authorities named so ("Datenschutzbehörde Nordrhein-Westfalen", "Staatsanwaltschaft Berlin",
#: "Landesregierung Hessen", "Handwerkskammer Hamburg", "Finanzamt Essen"), when the word after the kind
#: is a place the gazetteer, the regions or Wiktionary's proper names hold, not an acronym ("Raumfahrtbehörde
#: ESA": the agency's own name after its kind).
_GERMAN_AUTHORITY_OF_PLACE_RE = re.compile(
    r"(?<!\w)(?P<name>[A-ZÄÖÜ][a-zäöüß]*(?:behörde|anwaltschaft|ministerium|amt|kammer|polizei|präsidium|"
    r"regierung)[ \t]+(?P<place>[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*){0,2}))(?![\w-])"
)


#: … and by capitalised adjectives before a body's noun ("die Europäische Arzneimittelbehörde", "die
#: Bayerische Staatsregierung", "der Europäischen Union", "Münchner Staatsanwaltschaft"): mid-sentence
#: German writes an adjective in lower case unless it is part of a name. Not after a full stop (any word
#: opens a sentence in capitals).
_GERMAN_BODY_NOUNS = (
    "behörde|agentur|kommission|regierung|ministerium|amt|gericht|akademie|stiftung|gesellschaft|vereinigung|"
    "verband|kammer|institut|anstalt|universität|hochschule|partei|union|anwaltschaft"
)
_GERMAN_ADJECTIVE_BODY_RE = re.compile(
    r"(?<=[a-zäöüß,;] )(?P<name>(?P<adjectives>(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)[ \t]+){1,2})"
    rf"(?:[A-ZÄÖÜ][a-zäöüß]*(?:{_GERMAN_BODY_NOUNS})|(?:{_GERMAN_BODY_NOUNS.title()})|Rat|Bank|Liga)"
    # … and its remit after "für" ("Interamerikanische Kommission für Menschenrechte", "für Angewandte
    # Informationstechnik", "für Migration und Flüchtlinge")
    r"(?:[ \t]+für(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]*){1,2}(?:[ \t]+und[ \t]+[A-ZÄÖÜ][\wäöüß-]*)?)?)(?![\w-])"
)


#: A name in quote marks, as German writes newspapers, magazines and broadcasters ("der „Spiegel“") …
_GERMAN_QUOTED_NAME_RE = re.compile(
    r"[„\"»“](?P<name>[A-ZÄÖÜ][\w.&-]*(?:[ \t]+[A-ZÄÖÜ][\w.&-]*){0,3})[“\"«”]"
)
#: … is a medium where a report is credited to it right before ("Wie der „Business Insider“ …
#: berichtet", "sagte Hörmann der „Augsburger Allgemeinen“", "Auf Nachfrage der „Straits Times“", "laut
#: „Bild“", "die Tageszeitung „Le Républicain Lorrain“") …
_GERMAN_MEDIUM_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb|Informationen|Angaben|Anfrage|Nachfrage|"
    r"Recherchen|gegenüber|Interview\s+mit)\s+(?:der|die|das|des|dem)"
    r"|(?:sagte|sagt|erklärte|erklärt|betonte|betont)\s+(?:[\w.-]+\s+){0,4}?(?:der|dem)"
    r"|(?<![\w-])(?:[Ll]aut|[Zz]eitung|[Mm]agazin|[Nn]achrichtenmagazin|[Ww]ochenzeitung|[Tt]ageszeitung|"
    r"[Bb]oulevardzeitung|[Ss]ender|[Nn]achrichtenportal|[Zz]eitschrift|[Nn]achrichtenagentur)"
    r"|(?P<opening>(?<![\w-])[Ww]ie\s+(?:der|die|das))"
    r")\s+\Z"
)
#: … or right after ("dem „Handelsblatt“ zufolge", "der „Wirtschaftswoche“ vorliegt"); "Wie der „…“"
#: only when its clause goes on to report.
_GERMAN_MEDIUM_AFTER_RE = re.compile(r"[ \t]+(?:zufolge|vorliegt|vorliegen|vorlag|vorlagen)\b")
_GERMAN_REPORTED_RE = re.compile(
    r"[^.!?\n]{0,120}?\b(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)\b"
)
#: The article of a medium a report lies with ("der „Wirtschaftswoche“ vorliegt"; not "oder").
_GERMAN_DATIVE_ARTICLE_RE = re.compile(r"(?<![\w-])(?:der|dem)\s+\Z")
#: How far before a quoted name its credit is read ("sagte HDE-Präsident Alexander von Preen der ").
MEDIUM_CHARACTERS = 60


def _german_quoted_media(text: str) -> list[re.Match[str]]:
    """German media named in quote marks and credited with a report: names a model reads as a quote."""
    found = []
    for match in _GERMAN_QUOTED_NAME_RE.finditer(text):
        before = _GERMAN_MEDIUM_BEFORE_RE.search(
            text, max(0, match.start() - MEDIUM_CHARACTERS), match.start()
        )
        if before is not None and before.group("opening"):
            credited = _GERMAN_REPORTED_RE.match(text, match.end()) is not None
        else:
            credited = before is not None or (
                ends_before(_GERMAN_DATIVE_ARTICLE_RE, 5, text, match.start())
                and _GERMAN_MEDIUM_AFTER_RE.match(text, match.end()) is not None
            )
        if credited:
            found.append(match)
    return found


#: A medium named after the word for its kind, where only names are capitalised ("el periódico Novaya
#: Gazeta", "l'hebdomadaire Respekt", "il quotidiano la Repubblica", "no jornal Estado de S. Paulo", "the
#: newspaper Le Monde"): an initial's dot and a particle may stand inside the name. Source "medium", whose
#: article `merge` keeps.
_MEDIUM_AFTER_KIND_RE = re.compile(
    r"(?<![\w-])(?P<kind>diario|periódico|semanario|revista|agencia|emisora|quotidien|journal|hebdomadaire|"
    r"magazine|agence|quotidiano|giornale|settimanale|rivista|agenzia|emittente|testata|jornal|diário|"
    r"agência|emissora|newspaper|broadcaster|tabloid)[ \t]+(?:(?P<article>la|il|el|le|lo|o|a|the)[ \t]+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ \t]+(?:(?:de|do|da|di|del|della|des|du|of)[ \t]+)?"
    r"[A-ZÀ-ÖØ-Þ](?:\.|[\w’'-]*)){0,4})"
)


#: A cartel, written with its lower-case kind before the place it is named after ("el cártel de Sinaloa",
#: "il cartello di Sinaloa"): the organisation, not the place.
_CARTEL_RE = re.compile(
    rf"(?<![\w-])(?P<name>(?:cártel|cartel|cartello)[ \t]+(?:de|del|di|do|da)[ \t]+{_NAME}(?:[ \t]+{_NAME})?)"
)


#: A German kind noun (or a compound ending in one) and the word after it, which names the body when no
#: dictionary holds it: "des Branchenverbands Bitkom", "Sein Team Ineos schrieb" — names a model reads
#: once and misses. Two capitalised words side by side are found first; the kind is a suffix of the first.
_GERMAN_WORD_PAIR_RE = re.compile(
    r"(?<![\w-])(?P<kind>[A-ZÄÖÜ][A-Za-zäöüßÄÖÜ-]*)[ \t]+(?=(?P<name>[A-ZÄÖÜ][A-Za-zäöüß]{2,}"
    r"(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-]))"
)
_GERMAN_KINDS = tuple(
    "verband verbands verbandes konzern konzerns team teams partei unternehmen unternehmens firma gruppe "
    "verein vereins organisation agentur sender senders zeitung magazin magazins portal portals".split()
)
#: A word written like a brand ("xAI", "eBay", "iPhone"): one or two lower-case letters, then a capital;
#: not in a link or a handle.
_CAMEL_CASE_RE = re.compile(r"(?<![\w/@#.-])(?P<name>[a-z]{1,2}[A-Z][A-Za-z]+)(?![\w/-])")
#: One body of state named by a compound after a definite article ("die Bundesregierung", "das
#: südkoreanische Vereinigungsministerium", "der Datenschutzbehörde"): the model often leaves these
#: untagged, yet they act in the story. A bare "Regierung" or "Ministerium" is a common noun.
_GERMAN_DEFINITE_BODY_RE = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s+(?:[a-zäöüß]+e[nrms]?\s+)?"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,}(?:ministerium|regierung|behörde|staatsanwaltschaft|kommission|polizei|"
    r"parlament))(?:s|es)?\b"
)
#: A capitalised German word in the middle of a sentence.
_GERMAN_WORD_RE = re.compile(r"(?<=[a-zäöüß,;] )(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,20})(?![\w-])")
_SENTENCE_END_RE = re.compile(r"[.!?\n]")
#: Endings that make a German word a common noun, of a doer, a quality or a nominalised adjective
#: ("Leasingnehmer", "Arbeitgeber", "Finanzierer", "Selbstständige", "Studierende", "Nutzertyp" aside),
#: which no dictionary lists in every compound; a brand the dictionary lacks ends otherwise ("Flixbus",
#: "Rheinmetall", "Exaring").
_GERMAN_NOUN_SUFFIXES = (
    "nehmer", "geber", "ierer", "cherer", "ung", "heit", "keit", "schaft", "ismus", "ität", "tige", "dige",
    "liche", "ische", "ende", "ante", "iker",
)  # fmt: skip
#: How often a German word no dictionary holds must stand mid-sentence to be taken for a name.
UNKNOWN_WORD_MENTIONS = 2


#: A preposition of place right before a name: "in Phoenix", "nach Oldesloe" are places.
_PLACE_PREPOSITION_RE = re.compile(
    r"\b(?:in|at|from|near|to|into|nach|aus|bei|im|am|ins|zum|zur|vom|à|au|dans|en|em|no|na|nel|nella|a|da|"
    r"de|di|desde)\s+\Z",
    re.IGNORECASE,
)


def after_place_preposition(text: str, start: int) -> bool:
    """Whether the word at `start` follows a preposition of place (read within the few characters
    before it, so the check costs the same anywhere in a long page)."""
    return _PLACE_PREPOSITION_RE.search(text, max(0, start - 8), start) is not None


#: A word of a run of capitalised words or of a name (`NAME_RUN` parts, between spaces or tabs).
SPACED_WORD_RE = re.compile(r"\S+")
#: The capitalised word right before a name, with one space between them.
_CAPITALISED_BEFORE_RE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+) \Z")
#: How many characters before a name `_capitalised_word_before` reads.
WORD_BEFORE_CHARACTERS = 24


def _capitalised_word_before(text: str, start: int) -> str:
    """The capitalised word right before `start` ("Simon" before "Geschke"), or ""."""
    match = _CAPITALISED_BEFORE_RE.search(text, max(0, start - WORD_BEFORE_CHARACTERS), start)
    return match.group(1) if match else ""


#: Units written in camel case ("kWh", "mAh", "kVA") and a legal form alone ("gGmbH").
_CAMEL_CASE_UNIT_RE = re.compile(r"[kmµ](?:Wh?|Wp|VA|Hz|Ah|Pa)|gGmbH")


def _camel_case_thing(word: str) -> bool:
    """Whether a word in camel case names a thing, not an actor: a unit or a legal form, or an "i"
    before an English word, as products are named ("iPhone", "iCloud", "iDrive"; "iCarbonX" and "xAI"
    are companies)."""
    if _CAMEL_CASE_UNIT_RE.fullmatch(word):
        return True
    rest = word[1:].removesuffix("s")
    return word[0] == "i" and zipf(rest, "en") >= RAREST_LISTED


def _german_unknown_words(text: str) -> list[re.Match[str]]:
    """Capitalised German words no dictionary of common nouns holds, nor as a compound ending in one,
    nor a common English word borrowed ("Fashion", "Leadership"), that stand mid-sentence in two
    sentences or more ("Flixbus", "Rheinmetall"), and brand-like words ("xAI"):
    names the model may miss, of some organisation or product. Not a word ending in "-en": a verb
    made a noun ("das Anlegen") or an adjective's case form, which no dictionary of nouns lists."""
    counts: dict[str, list[re.Match[str]]] = {}
    for match in _GERMAN_WORD_RE.finditer(text):
        counts.setdefault(match.group("name"), []).append(match)
    found = [m for m in _CAMEL_CASE_RE.finditer(text) if not _camel_case_thing(m.group("name"))]
    stop_words = closed_words("de")
    names = given_names()
    for word, matches in counts.items():
        if len(matches) < UNKNOWN_WORD_MENTIONS or word.endswith("en"):
            continue
        if not _SENTENCE_END_RE.search(text, matches[0].end(), matches[-1].start()):
            continue  # twice in one sentence is one use of a word, not a name the story keeps using
        if word.casefold() in stop_words or any(after_place_preposition(text, m.start()) for m in matches):
            continue  # "…, Der", or a place the gazetteer lacks ("in Oldesloe"): not an organisation
        if is_german_noun_or_compound(word) or word.endswith(_GERMAN_NOUN_SUFFIXES):
            continue  # "Windeseile" ends in "Eile"; "Leasingnehmer", "Versicherer" in a noun's suffix
        if is_borrowed_english_word(word, "de"):
            continue  # "Fashion", "Leadership": English words no German dictionary holds; "Apple" stays
        # Not after a given name ("Simon Geschke"): a surname there, which the given-name finder reads whole.
        found.extend(m for m in matches if _capitalised_word_before(text, m.start()) not in names)
    return found


#: A capitalised word glued before a place (`_named_after_place`), or before "d'" and the place.
_WORD_BEFORE_PLACE_RE = re.compile(
    r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_], ))(?P<word>[A-ZÀ-Ý][a-zà-ÿ]+)(?: d['’]| )\Z"
)
#: Words that open a place's own longer name ("Nueva York", "Alta Italia", "San Marino", "Gran Canaria").
_PLACE_PREFIXES = frozenset(
    "Nord Sud Norte Sur Nordeste Sudeste Este Oeste Ovest Est Centro Alta Alto Bassa Basso Baja Bajo Gran "
    "Grande Grand Nueva Nuevo Nova Novo Nouvelle Nouveau New San Santa Santo Saint Sainte São Ciudad "
    "Città Cidade Ville Puerto Porto Port Isla Isola Ilha Île Monte Mont Costa Riviera Rio Río Val Valle "
    "Mar".split()
)


def _named_after_place(text: str, start: int, stop_words: frozenset[str]) -> bool:
    """Whether the place at `start` ends a name that opens with a capitalised word mid-sentence, where only
    names are capitalised: a club's or a party's ("Real Madrid", "Forza Italia", "Fratelli d'Italia"), not
    the place — unless that word opens places' names too ("Nueva York", "Alta Italia")."""
    before = _WORD_BEFORE_PLACE_RE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group("word")
    return word not in _PLACE_PREFIXES and word.casefold() not in stop_words and not is_role_word(word)


#: A speaker's name run that goes on into their body after a particle ("Naomi Halas von der Rice
#: University", "Hans Meier von der Universität Hamburg"): two capitalised words or more before it.
_AFFILIATED_SPEAKER_RE = re.compile(
    rf"(?P<person>{_NAME}(?:[ \t]+{_NAME})+)[ \t]+(?:von|vom|of|de|da|di|du|del|della|do|dos|das)"
    rf"(?:[ \t]+(?:der|dem|den|the|la|le|les|l[’']))?[ \t]+(?P<body>{_NAME}(?:[ \t]+\S+)*)"
)


def _before_affiliation(words: list[str], places: Collection[str]) -> list[str]:
    """A person's name without the body or place a particle ties to it ("Aneta Afelt von der Universität
    Warschau", "Bill Clinton von der Tradition"), which is no part of the name as "von der Leyen" is."""
    for index in range(2, len(words) - 1):
        if words[index].islower():
            following = next((w for w in words[index + 1 :] if not w.islower()), "")
            if (
                following in places
                or ORGANISATION_WORDS.fullmatch(following)
                or PLACE_WORDS.fullmatch(following)
                or is_german_common_noun(following)
            ):
                return words[:index]
            return words
    return words


class RuleEntityFinder:
    """Rules in the article's language; precise on places and quoted people, weak on organisations."""

    name = "rules"

    def find(self, text: str, language: str) -> list[Mention]:
        found = DisjointMentions()
        calendar = calendar_words(language)

        def add(match: re.Match[str], kind: str, source: str) -> None:
            add_at(match.start("name"), match.group("name"), kind, source)

        def add_at(start: int, name: str, kind: str, source: str) -> None:
            name = name.rstrip("’'-")
            title = _LEADING_TITLE_RE.match(name)
            if title:
                start, name = start + title.end(), name[title.end() :]
            if (
                source == "capitals"
                and " " in name
                and _SENTENCE_START_RE.search(text[max(0, start - 3) : start])
            ):
                # "Ayer la Corte Suprema": a sentence's first word is capitalised whatever it is; the name
                # starts after it (and a particle after it) when the word that typed it comes later
                # ("Banco Santander anunció" keeps its first word).
                first = _FIRST_WORD_RE.match(name)
                rest = name[first.end() :] if first else ""
                if rest and (ORGANISATION_WORDS.search(rest) or PLACE_WORDS.search(rest)):
                    start, name = start + first.end(), rest
            end = start + len(name)
            if len(name) < 2 or name in calendar or found.overlapping(start, end):
                return
            found.add(Mention(start, end, name, kind, source))

        places = place_names(language)
        stop_words = function_words(language)
        english_places = place_names("en")
        for start, name in spelled_names(text, stop_words):
            if name not in places:
                add_at(start, name, "organization", "spelled")
        for m in _people_pattern().finditer(text):
            add(m, "person", "people")
        for m in NICKNAMED_RE.finditer(text):
            if m.group("given").split()[0] in given_names():
                add(m, "person", "nickname")
        if language == "de":
            for m in _GERMAN_BODY_OF_PLACE_RE.finditer(text):
                add(m, "organization", "pattern")
            for m in _GERMAN_AUTHORITY_OF_PLACE_RE.finditer(text):
                place = m.group("place")
                if not place.isupper() and (
                    place in places or place in region_names() or is_german_proper_name(place)
                ):
                    add(m, "organization", "pattern")
            for m in _GERMAN_ADJECTIVE_BODY_RE.finditer(text):
                adjectives = m.group("adjectives").split()
                if not any(w.casefold() in stop_words or is_german_noun(w) for w in adjectives):
                    add(m, "organization", "pattern")
            for m in _german_unknown_words(text):
                add(m, "organization", "unknown-word")
            for m in _german_quoted_media(text):
                add(m, "organization", "medium")
            for m in _GERMAN_DEFINITE_BODY_RE.finditer(text):
                add(m, "organization", "body")
            for m in _GERMAN_WORD_PAIR_RE.finditer(text):
                word = m.group("name")
                if (
                    m.group("kind").casefold().endswith(_GERMAN_KINDS)
                    and word.casefold() not in stop_words
                    # a noun, or two joined, but not any word that merely ends in a short noun ("Ineos")
                    and not (is_german_noun(word) or is_german_noun_compound(word))
                ):
                    add(m, "organization", "body")
        if language not in NOUN_CAPITALISING:
            for m in _CARTEL_RE.finditer(text):
                add(m, "organization", "pattern")
            for m in _MEDIUM_AFTER_KIND_RE.finditer(text):
                if language == "en" and m.group("kind") in ("journal", "magazine"):
                    continue  # "published in the journal Technology": a paper's venue, named for its field
                # Italian mastheads carry their article ("la Repubblica", "il Giornale", "la Stampa").
                opening = "article" if language == "it" and m.group("article") else "name"
                add_at(
                    m.start(opening),
                    text[m.start(opening) : m.end("name")].rstrip("."),
                    "organization",
                    "medium",
                )
            for m in _CAPITAL_RUN_RE.finditer(text):
                if PLACE_WORDS.search(m.group("name")):
                    add(m, "location", "capitals")
                elif ORGANISATION_WORDS.search(m.group("name")):
                    rest = _coordinated_complement(text, m, places)
                    if rest is not None:
                        add_at(m.start("name"), text[m.start("name") : rest], "organization", "capitals")
                    else:
                        add(m, "organization", "capitals")
        for m in _place_pattern(language).finditer(text):
            if language in ROMANCE and _named_after_place(text, m.start("name"), stop_words):
                continue  # "Real Madrid", "Forza Italia", "Fratelli d'Italia": a club's or a party's name
            add(m, "location", "gazetteer")
        names = given_names()
        after_roles: list[tuple[int, str]] = []
        for m in _CAPITAL_RUN_RE.finditer(text):
            # "Jiří Havrlant", "Pedro Pablo Kuczynski": a run of capitalised words that starts with a
            # given name, unless that name is also a place ("Georgia Tech") or the next word a function
            # word ("Mark Dies").
            spans = [w.span() for w in SPACED_WORD_RE.finditer(text, m.start("name"), m.end("name"))]
            words = [text[a:b] for a, b in spans]
            # … or after role words that open the run where nouns are capitalised ("der deutsche Radprofi
            # Simon Geschke"), read after the patterns below, which keep such a role with the name.
            first = 0
            while first < len(words) - 2 and words[first] not in names and is_role_word(words[first]):
                first += 1
            if (
                len(words) > first + 1
                and words[first] in names
                and words[first] not in places
                and words[first] not in english_places
                and words[first + 1].casefold() not in stop_words
                and not (
                    language == "de"
                    and _GERMAN_INDEFINITE_BEFORE_RE.search(
                        text, max(0, spans[first][0] - 16), spans[first][0]
                    )
                )
            ):
                last = first + len(_before_affiliation(words[first:], places)) - 1
                start, end = spans[first][0], spans[last][1]
                if first:
                    after_roles.append((start, text[start:end]))
                else:
                    add_at(start, text[start:end], "person", "given-name")
        for m in _AGE_RE.finditer(text):
            # The name is the run's last two words, three with a given name before them: the run may
            # start with a capitalised noun or a sentence's first word ("Der Trainer Marcell Jansen").
            words = m.group("name").split()
            keep = 3 if len(words) > 2 and words[-3] in names else 2
            name = " ".join(words[-keep:])
            if len(words) > 1 and words[-2].casefold() not in stop_words and name not in places:
                add_at(m.end("name") - len(name), name, "person", "pattern")
        for pattern in (SPEECH_RE, _NAME_SAID_RE, _TITLE_RE):
            for m in pattern.finditer(text):
                if pattern is SPEECH_RE and m.group().split(None, 1)[0] in TELLING_VERBS:
                    continue  # "she told The List": whom she told, a paper as often as a person
                affiliation = _AFFILIATED_SPEAKER_RE.fullmatch(m.group("name"))
                if affiliation and ORGANISATION_WORDS.search(affiliation.group("body")):
                    # "sagt Seniorautorin Naomi Halas von der Rice University": a person, then their body.
                    for part, kind in (("person", "person"), ("body", "organization")):
                        part_start = m.start("name") + affiliation.start(part)
                        add_at(part_start, affiliation.group(part), kind, "pattern")
                elif m.group("name") not in places and ORGANISATION_WORDS.search(m.group("name")):
                    # "said Department of Correction spokesman …": the speaker's body, not a person.
                    add(m, "organization", "pattern")
                elif m.group("name") not in places:
                    # Where every noun is capitalised, "so Experten" or "Herr Präsident" fit the pattern
                    # too: one word after a speech verb or title is only weak evidence there.
                    one_word = " " not in m.group("name").strip()
                    weak = language in NOUN_CAPITALISING and one_word
                    add(m, "person", "pattern-weak" if weak else "pattern")
        for start, name in after_roles:
            add_at(start, name, "person", "given-name")
        for m in _ACRONYM_RE.finditer(text):
            add(m, "location" if m.group("name") in place_acronyms(language) else "organization", "acronym")

        @lru_cache(maxsize=1)
        def lower_case_words() -> set[str]:
            return set(LOWER_CASE_WORD_RE.findall(text))

        if language not in NOUN_CAPITALISING:
            for m in _CAPITAL_RUN_RE.finditer(text):
                if _SENTENCE_START_RE.search(text[max(0, m.start() - 3) : m.start()]):
                    # A sentence's first word is capitalised whatever it is; a common word there ("Además
                    # de Añez, fueron acusados …") leaves the name after it.
                    rest = _after_common_first_word(m.group("name"), stop_words, lower_case_words)
                    if rest is not None:
                        person = " " in rest and looks_like_person(rest, language, lower_case_words())
                        cut = m.group("name")[: len(m.group("name")) - len(rest)].lower()
                        if person and _after_masculine_article(cut, rest, language):
                            person = False  # "Il Climate Clock ha iniziato"
                        kind = "person" if person else None
                        add_at(m.end("name") - len(rest), rest, kind or "organization", "capitals")
                    continue
                run = m.group("name")
                if language in ROMANCE and (split := _glued_person_at(run, text, m.start(), places)):
                    # "prefeito de São Paulo Fernando Haddad": the place (read already, as a rule
                    # mention may be), then the person; `split_glued_people` cuts other rules' mentions.
                    (head_at, head, head_kind), (person_at, person, _) = _glued_parts(run, split, places)
                    add_at(m.start() + head_at, head, head_kind, "capitals")
                    add_at(m.start() + person_at, person, "person", "given-name")
                    continue
                before = text[max(0, m.start() - 8) : m.start()]
                person = " " in run and looks_like_person(run, language, lower_case_words())
                if person and _after_masculine_article(before, run, language):
                    person = False  # "del Climate Clock": a thing or a body, whose name takes an article
                if _LOCATIVE_RE.search(before):
                    kind = "location"  # "in Puglia", "nel Molise", "en Magallanes"
                elif language == "it" and not person and _ITALIAN_TO_RE.search(before):
                    kind = "location"  # "ad Appignano del Tronto", "a Castel di Sangro", "sull'Adriatico"
                else:
                    kind = "person" if person else "organization"
                add(m, kind, "capitals")
        return split_glued_people(list(found), text, language)
