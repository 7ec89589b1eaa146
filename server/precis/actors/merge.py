"""From entity mentions to actors: clean spans, group aliases, settle the type, rank by salience.

Why here and not in the model: a small model makes small, regular mistakes — "UN-Sanktionen" for the UN,
"Stalins" for Stalin, "Kim Technologie" — and the story, not a sentence, knows that "Schuster" is
"Carl Schuster" and that Putin is a person even where one sentence reads him as a place.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from ..sentences import TERMINAL_RE, Sentence
from . import Actor, DisjointMentions, Mention
from .frequency import is_borrowed_english_word, is_common_word
from .lexicon import (
    is_french_adjective,
    is_german_common_noun,
    is_german_noun,
    is_german_noun_compound,
    is_german_noun_or_compound,
    is_german_proper_name,
    is_inflected_german_noun,
)
from .morphology import display_name, inflects, name_key, oblique_endings, variant_key
from .rules import (
    CASELESS_SCRIPT_LANGUAGES,
    CASELESS_SCRIPT_RE,
    GERMAN_ADDRESS_WORDS,
    LIST_JOINER_RE,
    LOWER_CASE_WORD_RE,
    NAME_RUN,
    NOUN_CAPITALISING,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    ROLE_WORD_RE,
    ROMANCE,
    SPACED_WORD_RE,
    SPEECH_VERBS,
    after_place_preposition,
    calendar_words,
    capital_countries,
    cited_law,
    closed_words,
    continent_names,
    country_codes,
    country_codes_by_key,
    ends_before,
    full_calendar_names,
    function_words,
    german_time_word,
    given_names,
    in_minister_title,
    initials,
    is_document_name,
    is_event_name,
    is_role_word,
    is_thing_acronym,
    place_acronyms,
    place_names,
    product_name,
    region_names,
    spells,
    territory_organisations,
    weather_name,
)

MAX_ACTORS = 15
#: A surname alone is the person with it whom the story introduces first, unless another with that
#: surname is written by full name more than this many times as often ("Kim" in a story of Kim Jong Un
#: and, once, Kim Yo Jong; "Meadows" for Mark, introduced first, whose wife is named more in full).
DOMINANT_SHARE = 2
#: Salience added to an actor the text quotes (`rank_speakers`); salience itself runs from 0 to 1.
#: 0.1 (a tenth of the range, chosen a priori; 0.05 and 0.2 measured beside it on `make eval-actors-news`:
#: 0.2 gave French quotes to the wrong speakers).
SPEAKER_BONUS = 0.1
#: Salience taken from a body or a place the story names only once: of the cards named once on the
#: hand-annotated news (`make eval-actors-news`, 600 such cards), 42 % of the people are key actors and
#: 22 % of the organisations and 21 % of the places; the people ahead on a tie, a name that recurs not.
#: 0.04, a small step against salience's 0–1 range (0.02, 0.06 and 0.08 measured beside it: key recall
#: 0.84 and junk 0.06–0.07 over all languages alike; 0 gave 0.83 and 0.07).
NAMED_ONCE_PENALTY = 0.04
#: How many of the most salient actors keep their places when speakers are brought into the shown ones.
KEPT_IN_ORDER = 10
_EDGE_RE = re.compile(r"^[\W_]+|[\W_]+$")
_TRAILING_MARKS_RE = re.compile(r"[\W_]+$")
_DOTTED_RE = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
_ELIDED_RE = re.compile(r"[dlDL][’']?")
#: After an elided particle at a name's end: the apostrophe (if the name lost it) and the next word.
_CAPITALISED_WORD_RE = re.compile(r"[’']?[A-ZÀ-ÞĀ-Ž][\w-]*")
_POSSESSIVE_RE = re.compile(r"[’']s$")  # "Velázquez's", "Ramdehol’s"
_INNER_POSSESSIVE_RE = re.compile(r"\w[’']s\s|s[’']\s")  # "Jenny’s Review", "the Workers’ Fund"
_DESCRIBING_RE = re.compile(r"-(?:based|born|led|backed|owned|run|bred)$")  # "Maryland-based"
#: Lower-case words ending a German name (only letters: "e.V." and "gGmbH" are part of one).
_TRAILING_LOWER_CASE_WORDS_RE = re.compile(r"(?:\s+[a-zäöüß]+)+$")
#: A compound made on a name in quotation marks: the thing named after it, no actor ("„Best of Houzz“-Award").
_QUOTED_NAME_COMPOUND_RE = re.compile(r"[“”\"»«]-")
#: The longest function word cut from a name's end: articles, prepositions, conjunctions ("for", "and",
#: "del"); longer stop words may end a name ("Cosa nostra").
SHORT_FUNCTION_WORD = 4
#: The next sentence's first word run into a name where a line break was lost ("Ronald Reagan The …",
#: "Crucible Theatre The …"): an English name ends in none of these, capitalised (not "May" nor "Who").
_NEXT_SENTENCE_OPENERS = frozenset({"The", "A", "An", "He", "She", "They", "We", "But", "And"})
#: Quotation marks and brackets that may stand inside a name, which holds two of them («…» are left to the
#: Russian names').
_PAIRED_MARK_RE = re.compile(r"[“”„\"()\[\]]")
#: The noun of a company's kind a German model reads into its name, with an adjective before it ("Firma
#: Krupp", "Autohersteller Tesla", "Radio-Dienstleister Media Broadcast", "Münchener Unternehmen
#: Exaring"); not the kinds that open real names ("Bank Austria", "Gruppe Wagner", "Verein Deutsche
#: Sprache").
_GERMAN_COMPANY_KIND_BEFORE_RE = re.compile(
    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)[ \t]+)?(?:[A-ZÄÖÜ][\wäöüß-]*?)?"
    r"(?i:firma|unternehmen|konzern|hersteller|anbieter|dienstleister|händler|discounter|versicherer)"
    r"[ \t]+(?=[A-ZÄÖÜ0-9])"
)
#: A German role word and a capitalised name of one or two words after it.
_GERMAN_ROLE_AND_NAME_RE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]+(?: [A-ZÄÖÜ][\wäöüß'-]+){1,2}")
#: A Romance office, its portfolio's first part and "and" right before a name: the name is the
#: portfolio's second part ("el ministro de Justicia y Seguridad Pública", "secretario de Hacienda y
#: Crédito Público", "ministre de la Transition écologique et …"), an office's, not an actor.
_COORDINATED_PORTFOLIO_BEFORE_RE = re.compile(
    r"\b(?:ministr[oa]|secretari[oa]|consejer[oa]|ministre|secrétaire|conseill(?:er|ère)|assessore|"
    r"sottosegretari[oa]|secretári[oa])\s+(?:de\s+la|de\s+l['’]|dell['’]|de|del|da|do|di|della|des|du|dos|das)\s*"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){1,4}(?:y|e|et|i)\s+(?:(?:la|el|le|il|a|o|les|los|las)\s+)?\Z"
)
#: How far before a name the first part of a portfolio and its "and" are read.
PORTFOLIO_CHARACTERS = 80
#: What code, not a story, names: an identifier with an underscore ("PACKAGE_NAME") or an exception's
#: class ("ValueError", "NullPointerException"), as pages about programming write them.
#: … or what runs over a full-width sentence end or an equals sign, as a glossary line does
#: ("そのままにしておいてください。= Please leave it").
_CODE_NAME_RE = re.compile(r".*[_=。！？].*|[A-Z]\w*[a-z](?:Error|Exception)")
#: Common words in lower case and then a code of letters and digits: a thing's kind and its code
#: ("bâtiment B2") …
_KIND_AND_CODE_RE = re.compile(r"(?:[^\W\d_A-ZÀ-Þ][\w'’-]*\s+)+[A-Z]{0,2}\d+[A-Za-z]?")
#: … but a road named by its number is a place ("autoroute A63", "highway 101", "carretera N-340").
_ROAD_WORD_RE = re.compile(
    r"(?i)\b(?:autoroute|route|nationale|départementale|rocade|highway|motorway|road|interstate|autobahn|"
    r"bundesstraße|landstraße|carretera|autopista|ruta|autovía|autostrada|strada|statale|rodovia|estrada|"
    r"трасса|шоссе)\b"
)
#: Brazilian news names a politician's party with their state's code ("Rodrigo Pacheco (PSD-MG)",
#: "Eduardo Girão (Podemos-CE)"): the party.
_PARTY_OF_STATE_RE = re.compile(
    r"^(?P<party>[A-Z][A-Za-z]{1,9})-(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|"
    r"SC|SP|SE|TO)$"
)
_SPACED_DASH_RE = re.compile(r"\s[-–—]\s")
_ACRONYM_HEAD_RE = re.compile(r"^(?P<head>[A-Z][A-Za-z]?[A-Z]{1,4})-(?P<tail>[A-ZÄÖÜ]?[a-zäöüß]{3,}.*)$")
#: A Russian legal form before a quoted name: the company is "Газпром", not "ОАО «Газпром»".
_LEGAL_FORM_RE = re.compile(
    r"^(?:ОАО|ООО|ЗАО|ПАО|АО|ГУП|ФГУП|МУП|НПО|ТОО)\s+[«\"“„](?P<name>[^»\"”“]+)[»\"”“]?$"
)
#: German noun endings: a person span ending in one of these swallowed a common noun ("Kim Technologie").
_NOUN_SUFFIX_RE = re.compile(r"(ung|heit|keit|logie|schaft|tion|tät|ismus|nis|ment|ität|ie|ik|ur|ei)$")
_GENITIVE_LANGUAGES = {"de", "nl", "sv", "da", "no"}
#: Lower-case words inside people's names ("Rafael van der Vaart", "José Ortega y Gasset").
_NAME_PARTICLES = frozenset(
    "van von vom de der den da di du dos das do del della dei la le lo el al bin ibn ben y e zu ter ten "
    "af".split()
)
#: … of which the German articles are particles only after "von" (`_clean`).
_GERMAN_ARTICLES = frozenset("der die das den dem des".split())


#: Articles a model or a rule takes into a name ("the United States", "L’Université PSL") though the
#: name, as readers and the annotation guidelines write it, starts after them. Only where the article is
#: never part of the name itself (Spanish "La Paz", "El Salvador" keep theirs).
_LEADING_ARTICLE_RE = {
    "en": re.compile(r"^(?:the|The)\s+(?=[A-Z])"),
    "fr": re.compile(r"^(?:[lL][’']|(?:le|la|les|Le|La|Les)\s+)(?=[A-ZÀ-Ý])"),
    "it": re.compile(r"^(?:[lL][’']|(?:il|lo|la|gli|le|Il|Lo|La|Gli|Le)\s+)(?=[A-ZÀ-Ý])"),
}


def _named_with_article(name: str, start: int, text: str) -> bool:
    """Whether the article a name opens with is part of it: capitalised where no sentence starts ("dans
    Le Monde", "according to The Times of Israel"), not a sentence's first word ("Le président …")."""
    return name[:1].isupper() and _SENTENCE_INITIAL_RE.search(text, max(0, start - 4), start) is None


def _clean(
    mention: Mention, text: str, language: str, line_verdicts: dict[int, tuple[bool, bool]] | None = None
) -> Mention | None:
    """Trim punctuation, a leading article and the model's regular slips; None when nothing name-like is
    left, or only a function word. `line_verdicts` remembers what each line was judged (in capitals, in
    title case) so that a line is read once."""
    # A name is on one line, and in one script: Han characters run on from a Latin name without a space
    # ("Tori Amos等创作女歌手的歌曲"); nor does it run over a dash between spaces, which sets two things
    # side by side ("FaceID - Apple’s", "James Whittaker - May 4", "KFT - Kraftfahrzeugtechnik").
    written = CASELESS_SCRIPT_RE.split(mention.text.split("\n")[0], maxsplit=1)[0]
    written = _SPACED_DASH_RE.split(written, maxsplit=1)[0]
    name = _POSSESSIVE_RE.sub("", _EDGE_RE.sub("", written))
    if "«" in name and "»" not in name and "»" in mention.text:
        name = mention.text[mention.text.find(name) :].partition("»")[0] + "»"  # РИА «Новости»
    legal = _LEGAL_FORM_RE.match(name)
    if legal:
        name = legal.group("name")
    article = _LEADING_ARTICLE_RE.get(language)
    if (
        article is not None
        and mention.source != "medium"  # a masthead's article is its own ("la Repubblica", "Die Welt")
        and not _named_with_article(name, mention.start + mention.text.find(name), text)
    ):
        name = article.sub("", name)
    if not name or name.casefold() in function_words(language):
        return None
    if language == "de":
        words = name.split(" ")
        if words[0].casefold() in GERMAN_ADDRESS_WORDS:
            return None  # "Liegst Du darüber", "Du Deine Haare", "Deines Stylings": whom the page addresses
        if len(words) == 2 and words[0] in ("Von", "Vom") and is_german_common_noun(words[1]):
            return None  # "Von Renten", "Von Ärzten": a sentence's preposition and a noun ("Von Braun" stays)
        address = next(
            (i for i, w in enumerate(words) if w[:1].isupper() and w.casefold() in GERMAN_ADDRESS_WORDS), None
        )
        if address is not None:
            name = " ".join(words[:address])  # "Oetker Verbraucherservice Ihre Fragen": the page speaks
        kept = _without_lower_case_lead(name)
        if kept != name:
            # German names open capitalised (but for a particle, "von der Leyen", or a brand, "eBay"): a
            # word in lower case before one is the sentence's ("villa Galaxy"), and a noun after it
            # alone no name ("japanische Lebensphilosophie", "beide Richtungen").
            name = kept
            if " " not in name and is_german_noun(name):
                return None
        kind_noun = _GERMAN_COMPANY_KIND_BEFORE_RE.match(name)
        if kind_noun is not None and mention.type != "person":
            name = name[kind_noun.end() :]  # "Firma Krupp", "Autohersteller Tesla": the company is the name
    start = mention.start + mention.text.find(name)
    if _DOTTED_RE.fullmatch(name) and text[start + len(name) : start + len(name) + 1] == ".":
        name += "."  # "U.S.", "U.K.": the last dot is the abbreviation's, not punctuation
    kind = mention.type
    verdicts = {} if line_verdicts is None else line_verdicts
    if _outside_the_story(text, start, start + len(name), verdicts):
        return None
    if len(name.split()) >= TITLE_CASE_RUN_WORDS and language not in NOUN_CAPITALISING:
        if _line_verdicts(text, start, start + len(name), verdicts)[1]:
            return None  # "Amazon Liable for Defective Third-Party Products Rules CA Appellate Court"
    elif (
        " " in name
        and language not in NOUN_CAPITALISING
        and _line_verdicts(text, start, start + 1, verdicts)[1]
        and _line_length(text, start) <= HEADLINE_CHARACTERS
    ):
        name = _without_headline_words(name, text)  # "Amazon Liable" in "Amazon Liable for …"
        if not name:
            return None
    first = name.split(" ")[0]
    if " " in name and first.islower() and is_role_word(first):
        kind = "person"  # "presidente Jair Bolsonaro", "ministre de la Santé Roman Prymula"
    elif (
        language == "de"
        and kind == "organization"
        and _GERMAN_ROLE_AND_NAME_RE.fullmatch(name)
        and is_role_word(first)
        and not ORGANISATION_WORDS.search(name)
    ):
        kind = "person"  # "der Angreifer Preetz", "Oberrabbiner Metzger": a person by their part
    if kind == "person":
        name, start = _without_role(name, start, language)
        if name is None or name[:1].islower():  # an office alone ("ministre de la Santé")
            return None
        possessive = _INNER_POSSESSIVE_RE.search(name)
        if possessive:
            # What someone has is no person: the owner is, if named in full ("Mary Shelley's Frankenstein",
            # "Robert House’s Path-Goal Model"); a single word may be anything ("Valentine’s Day",
            # "DeepMind’s Go", "Jenny’s Review").
            name = name[: possessive.start() + 1]
            if " " not in name:
                return None
        cut, start = _without_leading_function_words(name, start, language)
        if cut != name and language == "de" and " " not in cut and _german_common_word(cut):
            return None  # "Von Sozialabgaben befreit", "Weder Täter noch": a noun, no one's name
        name = cut
    elif " " not in name and ROLE_WORD_RE.fullmatch(name):
        return None  # an office's word alone is no body or place either ("le chef de l'Etat", "Santé")
    elif mention.source not in ("spelled", "medium"):
        # (The acronym's initials vouch for "Secretaria da Segurança Pública"; a masthead's article is its
        # own: "la Repubblica".)
        name, start = _institution_of_office(name, start)
        if not name:
            return None
    head = _ACRONYM_HEAD_RE.match(name)
    if head and " " not in name:
        name = head.group("head")
        kind = "location" if name in place_acronyms(language) else "organization"
    party = _PARTY_OF_STATE_RE.match(name) if language == "pt" else None
    if party is not None:
        name, kind = party.group("party"), "organization"  # "(PSD-MG)": the senator's party, of Minas Gerais
    tokens = name.split()
    if len(tokens) > 1 and _ELIDED_RE.fullmatch(tokens[-1]):
        # The model stopped at the elided particle: its complement is the name's end ("Hôpital
        # universitaire d'" + "Ostrava").
        complement = _CAPITALISED_WORD_RE.match(text, start + len(name))
        if complement:
            name += complement.group()
            tokens = name.split()
    calendar = calendar_words(language)
    while len(tokens) > 1 and (
        (tokens[-1].islower() and tokens[-1] in calendar) or _ELIDED_RE.fullmatch(tokens[-1])
    ):
        tokens = tokens[:-1]  # "OFAG jeudi", "Hôpital universitaire d" (cut at "d’Ostrava"); not "May"
        name = " ".join(tokens)
    while kind == "person" and len(tokens) > 1 and tokens[-1].islower():  # "Kim Jong Un lächelt"
        tokens = tokens[:-1]
        name = " ".join(tokens)
    if language in NOUN_CAPITALISING:
        # German names end in a capital: a lower-case word after one is the clause going on ("Customer
        # Journey können", "WeChat Pay durchzuführen"); cut at the page's own spacing.
        name = _TRAILING_LOWER_CASE_WORDS_RE.sub("", name)
        tokens = name.split()
        if name.endswith("-") or _QUOTED_NAME_COMPOUND_RE.search(name):
            return None  # half of "Wissenschafts- und Kulturrat"; "„Best of Houzz“-Award" (an award)
    else:
        stop_words = function_words(language)
        while len(tokens) > 1 and len(tokens[-1]) <= SHORT_FUNCTION_WORD and tokens[-1] in stop_words:
            # "U.S. Agency for", "Python 2 and", "Anders Tegnell & co"
            name = _TRAILING_MARKS_RE.sub("", name[: name.rfind(tokens[-1])])
            tokens = name.split()
        if language == "en" and len(tokens) > 1 and tokens[-1] in _NEXT_SENTENCE_OPENERS:
            name = name[: name.rfind(tokens[-1])].rstrip()
            tokens = name.split()
    if len(_PAIRED_MARK_RE.findall(name)) == 1:
        # A quotation or a bracket the model ran into ("Parisien – “Mobilisation …”", "Seattle/Tacoma
        # International Airport (SEA)"), or out of ("the “Shabka Exchange”"): the name is its capitalised
        # side.
        before, after = _PAIRED_MARK_RE.split(name, maxsplit=1)
        before = _EDGE_RE.sub("", before)
        kept = before if before[:1].isupper() else _EDGE_RE.sub("", after)
        if not kept:
            return None
        start += name.find(kept)
        name, tokens = kept, kept.split()
    inner = [
        i
        for i, t in enumerate(tokens[1:], 1)
        if t.islower()
        and (
            t not in _NAME_PARTICLES
            # German articles are particles only after "von" ("von der Leyen"); else a clause goes on
            # ("kommentiert Facebook das Gesetz").
            or (language == "de" and t in _GERMAN_ARTICLES and tokens[i - 1].casefold() not in ("von", "van"))
        )
    ]
    if kind == "person" and inner:  # "Kim lud Trump", "Erl und Mörbisch": a clause, not a name
        tokens = tokens[: inner[0]]
        name = " ".join(tokens)
    if kind == "person" and len(tokens) > 2 and tokens[-1] in full_calendar_names(language, "days"):
        tokens = tokens[:-1]  # "Governor John Rankin Thursday called for calm": the day he spoke
        name = " ".join(tokens)
    if (
        kind == "person"
        and len(tokens) > 1
        and language == "de"
        and (_NOUN_SUFFIX_RE.search(tokens[-1]) or (len(tokens) > 2 and tokens[-2].endswith("s")))
        and is_german_noun_or_compound(tokens[-1])  # not "John Krafcik"
    ):
        # A common noun glued after the name ("Kim Technologie"), also after a genitive ("Rafael van der
        # Vaarts Abschiedsgala" is Rafael van der Vaart's farewell gala).
        tokens = tokens[:-1]
        if len(tokens) > 2 and tokens[-1].endswith("s"):
            tokens[-1] = tokens[-1][:-1]
        name = " ".join(tokens)
    if (
        kind == "person"
        and language == "de"
        and (_german_nouns_alone(tokens) or (len(tokens) > 1 and _borrowed_words_alone(tokens)))
    ):
        return None  # "Grüner Wasserstoff", "Gramm Butter", "Machine Learning", "Brain Drain": no one's name
    if kind == "person" and (any(ch.isdigit() for ch in name) or _GENDER_MARK_RE.search(name)):
        return None  # "Covid-19", "Ryzen 5 3550H", "Kraul GA1"; "Nutzer*in": no one's name has digits
    if language in _GENITIVE_LANGUAGES and len(tokens) == 1 and _is_genitive(name, start, text):
        name = name[:-1]
    if len(name) < 2 or not any(ch.isupper() for ch in name) or _DESCRIBING_RE.search(name):
        return None
    if _KIND_AND_CODE_RE.fullmatch(name) and not _ROAD_WORD_RE.search(name):
        return None  # "bâtiment B2", "salle A104": a thing's kind and its code, no one's name ("autoroute
        # A63" is a place)
    if _CODE_NAME_RE.fullmatch(name) or "\ufffd" in text[max(0, start - 1) : start + len(name) + 1]:
        return None  # … or a word cut at a character the page's encoding lost ("Schw�che", "Letalit�t")
    if language in ROMANCE and ends_before(
        _COORDINATED_PORTFOLIO_BEFORE_RE, PORTFOLIO_CHARACTERS, text, start
    ):
        return None  # "el ministro de Justicia y Seguridad Pública": the second half of a portfolio
    if text[start - 1 : start] == "#" or _NUMBERED_NAME_PART_RE.match(text, start):
        return None  # a hashtag ("#WeMissTurkey"), a part of "GPT-4", "SARS-CoV-2", "COVID-19"
    if _NO_NAME_RE.fullmatch(name) or (
        _ROMAN_NUMERAL_RE.fullmatch(name) and _CAPITALISED_WORD_AFTER_RE.match(text, start + len(name))
    ):
        return None  # … nor an ordinal before what it counts ("IV Pleno", "XX Congreso", "II Guerra")
    if language == "de" and german_time_word(text, start, name):
        return None  # "im Herbst", "am Montag": a time, though a surname too ("sagte Herbst")
    return Mention(start, start + len(name), name, kind, mention.source)


#: What is never a name alone: a Roman numeral of a sequel or a reign ("caso golpe II"; not "IV", which
#: Italia Viva goes by, nor "DC" or "CD") or an acronym in the plural, which counts people or things ("PMs",
#: "NGOs", "MPs"; a German genitive "DFBs" was cut to "DFB" before), or a French ordinal ("XXe" siècle,
#: "XVIIIe" arrondissement).
_NO_NAME_RE = re.compile(r"I{2,3}|VI{1,3}|IX|XI{1,3}|XVI{0,3}|XX|[A-Z]{2,5}s|[IVXLC]{1,6}(?:e|ème|eme|er)")
_ROMAN_NUMERAL_RE = re.compile(r"[IVXLC]{1,6}")
_CAPITALISED_WORD_AFTER_RE = re.compile(r"[ \t]+[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]")


#: An acronym that is part of a hyphenated name ending in a number: a model, a product or a virus
#: ("GPT-4", "SARS-CoV-2", "COVID-19"); not the organisation of a compound ("UN-Sanktionen"), nor a
#: name with a number ("Paris-8", "Boeing-737").
_NUMBERED_NAME_PART_RE = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]?[A-Z][A-Za-z]{0,3}-)+\d+(?![\w-])|(?<=-)[A-Z][a-z]?[A-Z][A-Za-z]{0,3}-\d+(?![\w-])"
)


#: The longest line read as a headline whose words a short name may lose (`_without_headline_words` reads
#: the whole text for each name there; a page of one long line in title case is no headline).
HEADLINE_CHARACTERS = 300


def _line_length(text: str, at: int) -> int:
    """How long the line holding `at` is."""
    end = text.find("\n", at)
    return (end if end != -1 else len(text)) - (text.rfind("\n", 0, at) + 1)


def _without_headline_words(name: str, text: str) -> str:
    """A name from a headline in title case without the words at its end that the text writes in lower case
    elsewhere: there every word is capitalised, so "Amazon Liable" is "Amazon" and the verb after it. A name
    the text writes again ("Supreme Court" beside "the court") is kept whole."""
    if text.count(name) > 1:
        return name
    words = name.split(" ")
    while words and re.search(rf"(?<![\w-]){re.escape(words[-1].casefold())}(?![\w-])", text):
        words.pop()
    return " ".join(words)


def _line_verdicts(
    text: str, start: int, end: int, verdicts: dict[int, tuple[bool, bool]]
) -> tuple[bool, bool]:
    """Whether the line holding the mention is in capitals (a kicker or a dateline: "LE POINT SUR LA
    SITUATION -", "DALLA NOSTRA CORRISPONDENTE") and whether it is in title case (a headline: no full
    stop at its end, five or more words of four letters or more, three in four of them capitalised).
    Each line is read once (`verdicts`, by line start): a page of one 450,000-character line with
    thousands of names read it once per name, 73 s."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start not in verdicts:
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        letters = sum(ch.isalpha() for ch in line)
        capitals = sum(ch.isupper() for ch in line)
        in_capitals = letters >= 8 and capitals >= 0.8 * letters and " " in line.strip()
        words = [w for w in line.split() if len(w) >= 4]
        headline = len(words) >= 5 and not TERMINAL_RE.search(line.rstrip())
        verdicts[line_start] = (
            in_capitals,
            headline and sum(w[:1].isupper() for w in words) >= 0.75 * len(words),
        )
    return verdicts[line_start]


#: A line that credits a photo ("Foto: Kay Nietfeld/dpa", "Photo : Ludovic Marin / AFP", "Imagen: Getty
#: Images", "Courtesy of Forests News") or links to another article ("LEA TAMBIÉN: …", "MIRA | …", "Lesen
#: Sie auch: …", "Read more: …", "Читайте также: …"): its names are the photographer's, the agency's or
#: another story's. Read at the line's start; a single word ("Mira", "Lea" are names too) only before "|".
_BOILERPLATE_LINE_RE = re.compile(
    r"[ \t]*(?:(?:fotos?|photos?|photo credit|cr[ée]dito(?:s)?(?: de (?:la )?(?:foto|imagen))?|credits?|"
    r"imagen|immagine|foto di|©)[ \t]*:"
    r"|(?:l[ée]a(?:nos)? tambi[ée]n|lee (?:también|más)|lea más|vea tambi[ée]n|ver tambi[ée]n|"
    r"mira tambi[ée]n|puedes ver|(?:también )?te puede interesar|más información|leia (?:também|mais)|"
    r"veja (?:também|mais)|"
    r"saiba mais|[àa] lire(?: aussi)?|lire aussi|leggi anche|potrebbe interessarti|lesen sie (?:auch|mehr)|"
    r"mehr zum thema|auch interessant|read (?:more|also)|also read|see also|more on this|related|"
    r"читайте также|смотрите также|по теме)[ \t]*[:|]"
    r"|(?:mira|lee|lea|vea|ver|leia|veja|lire|leggi|read)[ \t]*\|"
    r"|(?:(?:photo|image|picture|video)s?[ \t]+)?courtesy[ \t]+of\b)",
    re.IGNORECASE,
)


#: A byline: "By John Smith and Mary Jones", "Written by: Julie Mollins", "Von Max Mustermann", "Por Juan
#: Pérez, enviado especial", "Par Jean Dupont", "di Mario Rossi", "Автор: Иван Петров" — the label, names
#: joined by "and" or commas, then at most a short rest after a comma or a dash; no verb, no lower-case
#: word before it.
#: The authors write the story; they do not act in it.
_BYLINE_NAME = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.’'-]*"
_BYLINE_RE = re.compile(
    r"[ \t]*(?:[Bb]y|BY|[Vv]on|VON|[Pp]or|POR|[Pp]ar|PAR|[Dd]i|DI|[Dd]oor|Автор|Авторы|АВТОР|"
    r"(?:[Ww]ritten|[Rr]eported)[ \t]+by|[Gg]eschrieben[ \t]+von|[Ee]scrito[ \t]+por|[Éé]crit[ \t]+par|"
    r"[Ss]critto[ \t]+da)[ \t]*:?[ \t]+"
    rf"{_BYLINE_NAME}(?:[ \t]+(?:{_BYLINE_NAME}|and|und|y|et|e|&|de|da|del|van|von|der|di|le|la)"
    rf"|,[ \t]*{_BYLINE_NAME})*"
    r"[ \t]*(?:[,|–—-][^\n]{0,60})?(?<![.!?…])"  # no sentence: "By Monday, John Smith had resigned."
)
#: … and one inside a line, where a page's lines ran together: "By" and a name set off by a dash or a bar.
_INLINE_BYLINE_BEFORE_RE = re.compile(r"(?<![\w-])(?:By|BY|Von|Por|Par)[ \t]+$")
_INLINE_BYLINE_AFTER_RE = re.compile(r"[ \t]+[-–—|][ \t]")
_INLINE_CREDIT_RE = re.compile(r"(?<![\w-])(?:Photos?|Fotos?|Credits?|Image)[ \t]*:[ \t]*$")
#: The longest line read as a byline.
BYLINE_CHARACTERS = 120
#: How far into a line its credit or link label is read.
BOILERPLATE_LABEL_CHARACTERS = 60


def _outside_the_story(text: str, start: int, end: int, verdicts: dict[int, tuple[bool, bool]]) -> bool:
    """Whether the mention sits where the page speaks about the story, not in it: a line in capitals (a
    kicker), a photo credit or a link to another article (`_BOILERPLATE_LINE_RE`), a byline, or a
    dateline's place, state or agency. No actor comes from those."""
    if _line_verdicts(text, start, end, verdicts)[0]:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _BOILERPLATE_LINE_RE.match(text, line_start, line_start + BOILERPLATE_LABEL_CHARACTERS):
        return True
    # A byline, read only where the line is short (the search for its end is bounded too).
    line_end = text.find("\n", end, line_start + BYLINE_CHARACTERS + 1)
    if line_end == -1 and len(text) <= line_start + BYLINE_CHARACTERS:
        line_end = len(text)
    if line_end != -1 and _BYLINE_RE.fullmatch(text, line_start, line_end):
        return True
    if _INLINE_BYLINE_BEFORE_RE.search(text, max(0, start - 4), start) and _INLINE_BYLINE_AFTER_RE.match(
        text, end
    ):
        return True  # lines run together: "… could escape from Northward By James Whittaker - May 4"
    if _INLINE_CREDIT_RE.search(text, max(0, start - 12), start):
        return True  # … and a photo's credit: "… are classed as Category B. Photo: Alvaro Serey"
    # A dateline: the paragraph opens with the place in capitals and a dash ("CAIRO -", "LONDON (AP) —"),
    # or with the agency in brackets after the place ("Berlin (dpa) -", "Madrid (EFE).-"): a byline.
    name = text[start:end]
    if text[start - 1 : start] == "(" and _AGENCY_DATELINE_RE.fullmatch(text, line_start, start):
        return _DATELINE_DASH_RE.match(text, end, end + 40) is not None
    if (start == 0 or text[start - 1] == "\n") and name.isupper():
        return _DATELINE_AFTER_PLACE_RE.match(text, end, end + 60) is not None
    # … the state or country after the place ("HOUSTON, Texas (KTRK) -", "KHAN YOUNIS, GAZA —")
    place = _DATELINE_PLACE_BEFORE_RE.fullmatch(text, line_start, start)
    return place is not None and _DATELINE_AFTER_PLACE_RE.match(text, end, end + 60) is not None


#: After a dateline's place in capitals: its state or country after a comma, the agency in brackets, the
#: dash ("CAIRO -", "HOUSTON, Texas (KTRK) -", "NAPA COUNTY, Calif. (KGO) -", "TEGUCIGALPA, HONDURAS.-").
_DATELINE_AFTER_PLACE_RE = re.compile(
    r"(?:,[ \t]*[A-ZÀ-Þ][\w.’'-]*(?:[ \t]+[A-ZÀ-Þ][\w.’'-]*)?)?"
    r"[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*\.?[ \t]*[-–—]+\s"
)
#: The place in capitals that opens a dateline, and its comma, before the state or country named after it.
_DATELINE_PLACE_BEFORE_RE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .’'-]{1,30},[ \t]*")
#: A dateline's place (a word or three, "/" between two places) up to the bracket of its agency …
_AGENCY_DATELINE_RE = re.compile(r"[ \t]*[A-ZÀ-ÞА-ЯЁ][\w.’'-]*(?:[ ,/]+[A-ZÀ-ÞА-ЯЁ][\w.’'-]*){0,2}[ \t]*\(")
#: … and what follows the agency: the rest of the bracket, then the dash ("(dpa/lno) –", "(EFE).-").
_DATELINE_DASH_RE = re.compile(r"[^()\n]{0,20}\)\s*\.?\s*[-–—]")


#: Words from which a capitalised run in a headline written in title case is the headline, not a name:
#: there a run of capitalised words is no evidence of a name.
TITLE_CASE_RUN_WORDS = 4


_HONORIFIC_RE = re.compile(
    # "Me", "Maître": a French lawyer's ("Me Dupond-Moretti")
    r"Herr|Frau|Dr\.?|Dra\.|Prof\.?|Pr\.?|Mr\.?|Mrs\.?|Ms\.?|Monsieur|Madame|M\.|Mme|Mlle|Me|Maître|Mgr|"
    r"Señor|Señora|Sr\.|Sra\.|"
    r"Signor|Signora|Sig\.|Dott\.|Senhor|Senhora|Dona|Doña|Don|Hon\.|Honourable|Honorable"
)


def _german_noun_before_name(word: str, language: str, names: frozenset[str]) -> bool:
    """Whether a German word before a person's name says what they are, as a role word would: a compound
    of a name and a common noun ("ATU-Organisator Gutierrez", "HSV-Trainer"). A plain noun may open a
    name a model read as a person ("Windows Vista", "King Arthur": Wiktionary holds loanwords)."""
    head, _, tail = word.rpartition("-")
    return language == "de" and bool(head) and word not in names and is_german_common_noun(tail)


#: A German gender mark inside a word ("Nutzer*in", "Bürger:innen", "Lehrer_innen"): a group of people.
_GENDER_MARK_RE = re.compile(r"\w[*:_](?:in|innen)\b")


def _without_lower_case_lead(name: str) -> str:
    """`name` from its first word that is not in lower case (or is a particle), its last word at least;
    the page's own spacing kept."""
    words = list(SPACED_WORD_RE.finditer(name))
    at = 0
    while at < len(words) - 1 and words[at].group().islower() and words[at].group() not in _NAME_PARTICLES:
        at += 1
    return name[words[at].start() :] if at else name


def _german_nouns_alone(words: list[str]) -> bool:
    """Whether a German name a model took for a person is words of the dictionary: it opens with a noun
    (or an adjective declined as one: "Grüner", "Freiwillige"), a word German writes often ("Offene",
    "Lange", "Apropos") or an English word borrowed ("Second", "Boat") and ends in a common noun no name
    shares, or two nouns joined ("Unterrichtsthema"), that is no place nor an English word; and no word of
    it is a given name ("Vreni Frost" stays, "Carl Schuster" ends in a surname, "Tiger Woods" in a word
    Wiktionary holds as golf's loanword)."""
    names = given_names()
    first, last = words[0], words[-1]
    return (
        len(words) > 1
        and (is_german_common_noun(last) or is_german_noun_compound(last))
        and last not in place_names("de")
        # an English surname may be a loanword in Wiktionary ("Tiger Woods": golf's "Woods")
        and not is_borrowed_english_word(last, "de")
        and (
            is_german_noun_or_compound(first)
            or is_common_word(first, "de")
            or is_borrowed_english_word(first, "de")
        )
        and not any(w in names for w in words)
    )


def _borrowed_words_alone(words: list[str]) -> bool:
    """Whether a German name a model took for a person is English words borrowed into German ("Machine
    Learning", "Brain Drain", "Equal Pay Day", "Companies"): capitalised like every German noun, they
    look like a name. Not with a given name in it ("Prince Charles")."""
    names = given_names()
    return all(is_borrowed_english_word(w, "de") for w in words) and not any(w in names for w in words)


#: Two words in a row, overlapping ("Neville Chamberlain sprach": both pairs).
_WORD_PAIR_RE = re.compile(r"(\w+)[ \t]+(?=(\w+))")


def _borrowed_word_alone(
    head: str, kind: str, name_words: set[str], words_before: Callable[[], dict[str, set[str]]]
) -> bool:
    """Whether a one-word German "person" is an English word borrowed into German ("Companies",
    "Through"): not when a longer name holds it ("Will Smith"), nor after a word anywhere in the text
    that may be a given name ("Neville Chamberlain sprach", read apart by the model): a surname then."""
    if kind != "person" or " " in head or head in name_words or not _borrowed_words_alone([head]):
        return False
    return not any(_may_be_given_name(word) for word in words_before().get(head, ()))


def _may_be_given_name(word: str) -> bool:
    """Whether `word` may be a given name: one the list holds, or a capitalised word that is no German
    noun, no function word and no borrowed English word ("Neville"; not "Fish" of "Fish Pain")."""
    if word in given_names():
        return True
    return (
        word[:1].isupper()
        and word.casefold() not in closed_words("de")
        and not is_german_noun(word)
        and not is_borrowed_english_word(word, "de")
    )


#: How English nationalities end ("Colombian", "Japanese", "British"): before a given name, a description.
_ENGLISH_NATIONALITY_RE = re.compile(r"[a-z](?:ian|ese|ish)$")


#: Articles before the word that ends an office's name ("président de la République", "presidente del
#: Consiglio"): that word is the office's, no surname.
_ARTICLES_BEFORE_OFFICE_WORD = frozenset(
    "la le les l' l’ el los las il lo gli del della dello dei delle do da dos das the".split()
)


def _without_role(name: str, start: int, language: str) -> tuple[str | None, int]:
    """A person's name without the role words glued before it, while two words remain; a role alone
    ("Governor", "Prime Minister") is no name at all."""
    words = name.split(" ")
    if ROLE_WORD_RE.fullmatch(name):
        return None, start
    if len(words) == 1:
        return name, start
    if _HONORIFIC_RE.fullmatch(words[-1]):
        return None, start  # "Nationalparkleiter Dr" of "… Dr. Roland Baier": the name follows the dot
    while len(words) > 1 and _HONORIFIC_RE.fullmatch(words[0]):  # "M. Caldwell" is Caldwell
        start += len(words[0]) + 1
        words = words[1:]
    stripped = False
    names = given_names()
    while len(words) > 1 and (is_role_word(words[0]) or _german_noun_before_name(words[0], language, names)):
        start += len(words[0]) + 1  # "Governor", "presidente", "ATU-Organisator"
        words = words[1:]
        stripped = True
    if stripped and is_role_word(words[-1]) and not any(w in names for w in words):
        return None, start  # "Chief Digital Officer": an office from end to end, no one's name
    office = next((i for i in range(1, len(words) - 2) if is_role_word(words[i])), None)
    if office is not None and all(w[:1].isupper() for w in words[:office]):
        # A portfolio or a place and then the role ("Justice Secretary Humza Yousaf", "Napa County
        # Supervisor Alfredo Pedroza"): the name is the two words or more after the role.
        start += sum(len(w) + 1 for w in words[: office + 1])
        words = words[office + 1 :]
    # A place or an office before the given name ("District of Massachusetts Joshua Levy"): the name
    # starts at the given name when a lower-case word, a place or (in German) a noun comes before it
    # ("Vereinskollegin Lisa Eder", "Fußballfan Benjamin Näßler"), or in English a nationality
    # ("Colombian Camilo Villegas"; only before a given name, so "British Airways" stays whole).
    places = place_names(language)
    for index in range(1, len(words) - 1):
        if words[index] in names:
            before = words[:index]
            if any(
                w.islower()
                or w in places
                or ROLE_WORD_RE.fullmatch(w)
                or (language == "de" and w not in names and is_german_noun_or_compound(w))
                or (language == "en" and w not in names and _ENGLISH_NATIONALITY_RE.search(w) is not None)
                for w in before
            ):
                start += sum(len(w) + 1 for w in before)
                words = words[index:]
            break
    else:
        if (
            len(words) > 2
            and words[0].islower()
            and words[-1][:1].isupper()
            and not is_role_word(words[-1])
            and words[-2].casefold() not in _ARTICLES_BEFORE_OFFICE_WORD
        ):
            # The rest of an office after its role word, and no given name ("Chef de Mission
            # Schimmelpfennig"): the surname is the last word; not the office's own ("ministre de la
            # Santé", "président de la République": an article before it).
            start += sum(len(w) + 1 for w in words[:-1])
            words = words[-1:]
    return " ".join(words), start


#: Words after which an organisation's own name has ended ("Wikimedia Foundation", "Lenoge Technology",
#: "Большого театра").
_DESIGNATORS = frozenset(
    "foundation fund inc inc. corp corp. corporation company co co. group holding holdings ltd llc plc ag "
    "gmbh se sa s.a. spa s.p.a. technology technologies stiftung gruppe konzern partei party parti partido "
    "partito fondation fundación fondazione fundação "
    # venues that act as institutions ("Bolshoi Theatre", "Большого театра": the stem, as Russian names are
    # compared by their stems)
    "theatre theater théâtre teatro театр".split()
)


_CAPITALISED_FUNCTION_WORD_LANGUAGES = frozenset({"en", "de", "nl"})
#: Conjunctions spaCy's German list lacks; "Weder" is a surname too.
_GERMAN_CORRELATIVES = frozenset({"weder", "sowohl"})


def _institution_of_office(name: str, start: int) -> tuple[str, int]:
    """An institution without the office before it ("Vicepresidente del Consiglio Superiore della
    Magistratura" → the Consiglio; "Presidente del Senato" → Senato), and without leading particles."""
    words = name.split(" ")
    cut = 0
    if len(words) > 2 and is_role_word(words[0]):
        cut = 1
    while cut < len(words) - 1 and words[cut] in _NAME_PARTICLES:
        cut += 1
    if cut == 0:
        return name, start
    rest = words[cut:]
    return " ".join(rest), start + sum(len(w) + 1 for w in words[:cut])


def _german_common_word(word: str) -> bool:
    """A German noun or compound that names no one ("Täter", "Sozialabgaben"; not "Müller")."""
    return is_german_noun_or_compound(word) and not is_german_proper_name(word)


def _without_leading_function_words(name: str, start: int, language: str) -> tuple[str, int]:
    """A person's name without a sentence's first word glued before it ("As Montoya-Lewis", "Als
    Weikert"); a given name that is also a function word stays ("Will Smith"). Not in the Romance
    languages, where an article can belong to the name ("El Chapo", "La Toya"). German's longer list of
    such words serves there ("Macht Mozart"), and a given name among them goes before a noun ("Von
    Montag", "Weder Täter noch …", "Da Fahrer Mangelware seien")."""
    if language not in _CAPITALISED_FUNCTION_WORD_LANGUAGES:
        return name, start
    words = name.split(" ")
    german = language == "de"
    stop_words = closed_words(language) | _GERMAN_CORRELATIVES if german else function_words(language)
    while (
        len(words) > 1
        and words[0].casefold() in stop_words
        and (words[0] not in given_names() or (german and is_german_noun_or_compound(words[1])))
    ):
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


def _part_of(name: str, longer: str, kind: str) -> bool:
    """Whether the single word `name` is a short form of `longer` (see build_actors)."""
    words = re.split(r"[\s-]", longer)
    if kind == "person":
        # "Schuster", "Montoya-Lewis"; accents aside ("Murátov" in "Dmitry Muratov")
        plain = _unaccented(name)
        return plain in map(_unaccented, words) or plain in map(_unaccented, longer.split())
    return words[0] == name and all(w.casefold() in _DESIGNATORS for w in words[1:])


def _institution_short_form(name: str, kind: str, places: dict[str, str]) -> bool:
    """Whether a one-word name can stand for an institution named after it: an organisation, an acronym
    or a name with a number ("Paris-8"); never a known place or region ("Universität Hamburg" is not
    Hamburg), nor a word a model took for a place."""
    if name in places or name in region_names():
        return False
    return kind == "organization" or bool(_ACRONYM_RE.fullmatch(name)) or any(ch.isdigit() for ch in name)


def _described_name(name: str, long_names: Sequence[str], language: str) -> str | None:
    """The other multi-word name that `name` ends with when every word before it only describes it —
    lower-case, a role, a kind noun or (German) any common noun: "Firma Signa Development" → "Signa
    Development", "österreichischen Milliardärs Rene Benko" → "Rene Benko"; not "Universität Hamburg"
    (one word is no full name) nor "Europäische Zentralbank"."""
    for other in long_names:
        if other == name or " " not in other or not name.endswith(" " + other):
            continue
        words = name[: -len(other)].split()
        if all(
            word[:1].islower()
            or is_role_word(word)
            or _KIND_NOUN_RE.fullmatch(word.casefold())
            or (language == "de" and is_german_noun(word))
            for word in words
        ):
            return other
    return None


#: A place's kind alone, as a text refers back to a country or a territory it has named ("the Territory",
#: "the Province", "la République"; French "des États", states in general): no name of its own, and no
#: actor apart from the place.
_PLACE_KIND_RE = re.compile(
    r"Territory|Province|Commonwealth|Kingdom|Republic|Territorio|Provincia|Reino|República|Repubblica|"
    r"Territoire|Royaume|République|Território|États|Etats"
)


def _kind_word(name: str) -> bool:
    """Whether a one-word name is only the word of an institution's or a place's kind ("Tribunal",
    "Court", "Parco"), as a text writes it for short once it has named the institution in full."""
    return bool(ORGANISATION_WORDS.fullmatch(name) or PLACE_WORDS.fullmatch(name))


def _without_kind_word(name: str, longer: str) -> bool:
    """Whether `name` is `longer` without the word of an institution's kind it opens with, and the
    particle after it ("Université PSL", "université Paris-8", "Cámara de Diputados")."""
    head, _, rest = longer.partition(" ")
    if not ORGANISATION_WORDS.fullmatch(head[:1].upper() + head[1:]):
        return False
    particle, _, tail = rest.partition(" ")
    return rest == name or (particle in _NAME_PARTICLES and tail == name)


_ACRONYM_RE = re.compile(r"[A-ZÀ-ÞА-ЯЁ]{2,7}")
_TITLE_CASE_ACRONYM_RE = re.compile(r"[A-Z][a-z]{1,4}")
_INITIAL_RE = re.compile(r"\w\.?")


#: A nickname in quote marks inside a person's name (`rules.NICKNAMED_RE`).
_NICKNAME_RE = re.compile(r"[“\"‘«]\s?([^“”\"‘’«»]+?)\s?[”\"’»]")


def _name_words(name: str) -> set[str]:
    """The words of a person's name, initials and a nickname aside ("Donald J. Trump": Donald, Trump;
    "Joaquín “El Chapo” Guzmán": Joaquín, Guzmán), accents folded: a transliterated name is spelled both
    ways in one article ("Dmitry Muratov", "alertó Murátov"); a particle in lower case, as a sentence's
    first word capitalises it ("Del Pópolo destacó" after "Silvina del Pópolo")."""
    name = _NICKNAME_RE.sub(" ", name)
    return {
        _unaccented(w.casefold() if w.casefold() in _NAME_PARTICLES else w)
        for w in name.split()
        if not _INITIAL_RE.fullmatch(w)
    }


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _shorter(name: str, longer: str) -> bool:
    """Whether `longer` has every word of `name` (initials aside) and more."""
    words, longer_words = _name_words(name), _name_words(longer)
    return words < longer_words or (words == longer_words and len(longer) > len(name))


#: The connector after which a longer name goes on to say whose or where an institution is ("Sala de
#: Reconocimiento" → "… de Verdad de la JEP", "International School" → "… of Aruba").
_COMPLEMENT_RE = re.compile(
    r"\s+(?:of|de|del|de la|de los|de las|d[’']|di|della|dello|dei|degli|des|du|do|da|dos|das)\b\s*"
)


class _LongNames:
    """The text's names of several words (or hyphenated), most mentioned first, indexed by what a shorter
    form can share with them: each short form is then compared with the few names that can hold it, not
    with every one, so that a page of thousands of names stays linear (it took 15 s for 1,000 people).
    Every lookup gives its names in that order, which the merge's tie-breaks rely on."""

    def __init__(self, names: list[str], kinds: dict[str, str], stop_words: frozenset[str]) -> None:
        self.names = names
        self.kinds = kinds
        self.position = {name: index for index, name in enumerate(names)}
        self._name_words: dict[str, set[str]] = {}
        self._by_name_word: dict[str, list[str]] = defaultdict(list)  # people, by `_name_words`
        self._by_plain_word: dict[str, list[str]] = defaultdict(list)  # unaccented (`_part_of`)
        self._by_part: dict[str, list[str]] = defaultdict(list)  # split at spaces and hyphens
        self._by_spaced_word: dict[str, list[str]] = defaultdict(list)  # split at spaces
        self._by_last_word: dict[str, list[str]] = defaultdict(list)
        self._by_rest: dict[str, list[str]] = defaultdict(list)  # after the first word (`_without_kind_word`)
        self._by_prefix: dict[str, list[str]] = defaultdict(list)  # every first words before a space
        self._by_initials: dict[str, list[str]] = defaultdict(list)  # `initials`
        # (the part before a "de"/"of" complement, the type) → names (`completed_by_complement`)
        self._by_leading_part: dict[tuple[str, str], list[str]] = defaultdict(list)
        for name in names:
            parts, spaced = re.split(r"[\s-]", name), name.split()
            if kinds[name] == "person":
                self._name_words[name] = words = _name_words(name)
                for word in words:
                    self._by_name_word[word].append(name)
            for word in dict.fromkeys(map(_unaccented, parts + spaced)):
                self._by_plain_word[word].append(name)
            for part in dict.fromkeys(parts):
                self._by_part[part].append(name)
            for word in dict.fromkeys(spaced):
                self._by_spaced_word[word].append(name)
            self._by_last_word[spaced[-1]].append(name)
            _, _, rest = name.partition(" ")
            particle, _, tail = rest.partition(" ")
            for short in dict.fromkeys((rest, tail) if particle in _NAME_PARTICLES else (rest,)):
                self._by_rest[short].append(name)
            for cut in [m.start() for m in re.finditer(" ", name)]:
                self._by_prefix[name[:cut]].append(name)
            for signature in initials(name, stop_words):
                self._by_initials[signature].append(name)
            for complement in _COMPLEMENT_RE.finditer(name):
                self._by_leading_part[(name[: complement.start()], kinds[name])].append(name)
        self._lengths = sorted({len(name) for name in names})
        self.longest_organisation = max((len(n) for n in names if kinds[n] == "organization"), default=0)

    def holding_words(self, words: set[str]) -> list[str]:
        """The people whose name has every one of `words` (`_name_words`)."""
        if not words:
            return [name for name in self.names if name in self._name_words]
        rarest = min(words, key=lambda word: len(self._by_name_word.get(word, ())))
        return [name for name in self._by_name_word.get(rarest, ()) if words <= self._name_words[name]]

    def with_plain_word(self, word: str) -> list[str]:
        return self._by_plain_word.get(_unaccented(word), [])

    def with_part(self, part: str) -> list[str]:
        return self._by_part.get(part, [])

    def with_spaced_word(self, word: str) -> list[str]:
        return self._by_spaced_word.get(word, [])

    def ending_in(self, word: str) -> list[str]:
        return self._by_last_word.get(word, [])

    def after_first_word(self, short: str) -> list[str]:
        return self._by_rest.get(short, [])

    def extending(self, name: str) -> list[str]:
        """The names that start with `name` and a space."""
        return self._by_prefix.get(name, [])

    def spelled_by(self, acronym: str) -> list[str]:
        return self._by_initials.get(acronym, [])

    def ends_of(self, name: str) -> list[str]:
        """The names that `name` ends with after a space, in the index's order."""
        ends = [name[m.end() :] for m in re.finditer(" ", name)]
        return sorted((end for end in ends if end in self.position), key=self.position.__getitem__)

    def written_before(self, text: str, at: int) -> list[str]:
        """The names the text writes right before `at` and a space ("… Agency (ABC)")."""
        if at < 1 or text[at - 1] != " ":
            return []
        longest = self._lengths[-1] if self._lengths else 0
        return self.ends_of_text(text[max(0, at - 1 - longest) : at - 1])

    def completed_by_complement(self, name: str, kind: str) -> str | None:
        """The one longer name of the same type that is `name` and a complement after "de"/"of" ("Sala de
        Reconocimiento" in a text that named "la Sala de Reconocimiento de Verdad de la JEP"): a short form
        of it, as texts write an institution once named in full. Several such names (two courts'
        chambers) give none; a longer name that goes on any other way is another actor ("Partido Popular
        Europeo")."""
        fits = self._by_leading_part.get((name, kind), [])
        return fits[0] if len(fits) == 1 else None

    def ends_of_text(self, before: str) -> list[str]:
        """The names `before` ends with."""
        found = [before[-length:] for length in self._lengths if length <= len(before)]
        return self.ordered(name for name in found if name in self.position)

    def ordered(self, names) -> list[str]:
        return sorted(set(names), key=self.position.__getitem__)


def _by_double_surname(name: str, index: _LongNames) -> str | None:
    """The one person whose full name ends in the first of `name`'s two words, where Spanish and
    Portuguese write someone by both surnames ("Kuczynski Godard" for "Pedro Pablo Kuczynski"); None when
    several share that surname (the brothers "Juan Orlando" and "Tony Hernández" are both "Hernández
    Alvarado") or the first word is a given name."""
    words = name.split()
    if len(words) != 2 or words[0] in given_names():
        return None
    fits = [
        c
        for c in index.ending_in(words[0])
        if index.kinds[c] == "person" and c != name and words[1] not in c.split()
    ]
    return fits[0] if len(fits) == 1 else None


def _spelling_weight(mentions: list[Mention]) -> tuple[int, int]:
    """How much a text vouches for a spelling: how often it writes it, then how early."""
    return len(mentions), -min(m.start for m in mentions)


def _misspelt(name: str, other: str) -> bool:
    """Whether two person names differ only by a slip in one word of five letters or more: a letter
    added, dropped, changed or two swapped ("Viviane"/"Vivian", "Odair"/"Odiar"); the surname the same."""
    words, other_words = name.split(), other.split()
    if len(words) != len(other_words) or words[-1] != other_words[-1]:
        return False
    differing = [(a, b) for a, b in zip(words, other_words, strict=True) if a != b]
    return len(differing) == 1 and min(map(len, differing[0])) >= 5 and _one_slip(*differing[0])


def _one_slip(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one inserted, deleted, replaced or swapped letter (same first letter)."""
    if a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
        return len(diff) == 1 or swapped
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _same_person(one: str, other: str) -> bool:
    """Whether two names can be one person: the words of one are among the other's, initials aside
    ("Donald J. Trump", "Donald Trump")."""
    words, other_words = _name_words(one), _name_words(other)
    return words <= other_words or other_words <= words


#: Last parts of German compounds that make them a name: institutions ("Konrad-Adenauer-Stiftung",
#: "Max-Planck-Institut") and places ("Karl-Marx-Allee", "Olympia-Stadion").
_NAME_TAIL_RE = re.compile(
    r"(?:Stiftung|Institut|Verlag|Gruppe|Konzern|Verein|Verband|Partei|Bank|Klinik|Klinikum|Zentrum|Werk|"
    r"Werke|Schule|Hochschule|Universität|Akademie|Ministerium|Amt|Gericht|Club|Klub|Team|Zeitung|Bund|"
    r"Kommission|Rat|Behörde|Agentur|Gesellschaft|Museum|Theater|Orchester|Oper|Festspiele|Liga|Union|"
    r"Allee|Platz|Straße|Strasse|Weg|Damm|Ufer|Brücke|Bahnhof|Flughafen|Hafen|Park|Kirche|Dom|Halle|Arena|"
    r"Stadion|Tor|Turm|Schloss|Burg|Berg|Tal|See|Insel|Haus|Hof|Markt|Gasse|Ring|Kanal|Wald|Land|Dorf|Stadt)$"
)


#: A German possessive determiner right before a word: owned, a common noun is no name ("Ihrem Kanton").
_GERMAN_POSSESSIVE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:[Mm]ein|[Dd]ein|[Ss]ein|[Ii]hr|[Uu]nser|[Ee]uer|[Ee]ur)(?:e|em|en|er|es)?\s+\Z"
)
#: How far before a word its possessive is read ("unserem " and a space or two).
POSSESSIVE_CHARACTERS = 12


def _german_noun(name: str, kind: str) -> bool:
    """Whether a German card names a thing: a person named by a common noun ("Samstagfrüh",
    "Corona"), any actor by a noun's plural or case form ("Regierungskreise"), or a compound whose
    last part is a common noun about a name ("Astrazeneca-Impfstoff", "Brexit-Deal",
    "Fahrdienst-Vermittler") rather than an institution or a place."""
    if " " in name:
        return False
    if "-" not in name:
        # Any actor named by a noun's plural or case form ("Dienstreisen", "Regierungskreise",
        # "Vorstands"); a person by any common noun. A base form may name a company or a place
        # ("Twitter", "Tesla", "Rheinland" are nouns in Wiktionary too).
        return is_inflected_german_noun(name) or (kind == "person" and is_german_common_noun(name))
    tail = name.rsplit("-", 1)[1]
    return (
        tail[:1].isupper()
        and not tail.isupper()
        and not _NAME_TAIL_RE.search(tail)
        and is_german_common_noun(tail)
    )


#: A given name's initial right before a word ("Milton H. Erickson", "Katrin M. Kämpf"): no sentence ends.
_AFTER_INITIAL_RE = re.compile(r"(?<![\w.])[A-ZÄÖÜ]\.\s\Z")


def _german_sentence_word(
    name: str,
    mentions: list[Mention],
    spans: list[tuple[int, int]],
    places: dict[str, str],
    name_words: set[str],
    text: str,
) -> bool:
    """Whether a German card is a word the model read as a name only where any word is capitalised, a
    sentence's first ("Ohnehin ist …", "Vieles spricht …", "Glaubt man …"), and which no dictionary of
    nouns nor of names holds: an adverb, an adjective or a verb, not a name no rule vouches for."""
    return (
        " " not in name
        and "-" not in name
        and not name.isupper()
        and all(m.source == "model" for m in mentions)
        and name not in places
        and name not in name_words
        and name not in given_names()
        and not is_german_noun(name)
        and not is_german_proper_name(name)
        and _only_sentence_initial(spans, text)
        and not any(_AFTER_INITIAL_RE.search(text, max(0, start - 4), start) for start, _ in spans)
    )


#: The same last parts (`_NAME_TAIL_RE`) closing one word: a place's or an institution's name
#: ("Rheinland", "Bodensee", "Alpenstraße", "Eisenhüttenstadt").
_GERMAN_NAME_END_RE = re.compile(rf"[a-zäöüß]{_NAME_TAIL_RE.pattern}", re.IGNORECASE)


def _german_single_word(name: str, places: dict[str, str]) -> bool:
    """Whether a German name is one word that no place list holds and that is not made like a place's or
    an institution's name (`_GERMAN_NAME_END_RE`): the names the two checks below may find a thing."""
    return " " not in name and "-" not in name and name not in places and not _GERMAN_NAME_END_RE.search(name)


def _german_thing_as_place(name: str, kind: str, mentions: list[Mention], places: dict[str, str]) -> bool:
    """Whether a German one-word name read as a place, never as an organisation, is a common noun that
    no place list holds ("Schokolade", "Edelstahl", "Aufruhr", "Expertin" on product and advice pages),
    or an English word borrowed into German that no gazetteer nor Wiktionary lists as a place
    ("Reporting", "Timeline"; "Glasgow" is listed): a thing, not where the story happens. Compounds that
    end like a place's name ("Rheinland", "Alpenstraße") stay, and so does a name also read as an
    organisation ("Tesla") or typed otherwise by its form ("Landratsamt"); read as a person too, a noun
    is still a thing ("Demut", "Leinen": the model types a noun it takes for a name at random)."""
    return (
        kind == "location"
        and all(m.type != "organization" for m in mentions)
        and _german_single_word(name, places)
        and (
            is_german_common_noun(name)
            or (
                is_borrowed_english_word(name, "de")
                and name not in region_names()
                and not is_german_proper_name(name)
            )
        )
    )


#: How German names of regions begin ("Westeuropa", "Nordbünden", "Oberbayern").
_GERMAN_PLACE_HEAD_RE = re.compile(r"(?:Nord|Süd|West|Ost|Ober|Unter|Nieder|Mittel|Hoch|Zentral)[a-zäöü]")


def _german_compound_named_once(
    name: str, kind: str, mentions: list[Mention], places: dict[str, str], text: str
) -> bool:
    """Whether a German person or place named once by one word is two common nouns joined
    ("Patrizierfamilie", "Autoliebhaber", "Naturmaterialien"): a thing the model took for a name. A
    name the text repeats, one a pattern, a role or a list vouches for ("Chef de Mission
    Schimmelpfennig"), or one made like a place's name ("Eisenhüttenstadt", "Westeuropa") stays."""
    return (
        kind in ("person", "location")
        and len(mentions) == 1
        and mentions[0].source == "model"  # no speech pattern or list vouches for it, nor a role before it
        and not any(
            is_role_word(word)
            for word in text[max(0, mentions[0].start - 40) : mentions[0].start].split()[-3:]
        )
        and _german_single_word(name, places)
        and name.removesuffix("s") not in places  # "Deutschlands"
        and name not in given_names()
        and not _GERMAN_PLACE_HEAD_RE.match(name)
        and is_german_noun_compound(name)
    )


def _place_adjective(name: str, places: dict[str, str], groups: dict[tuple[str, str], list[Mention]]) -> bool:
    """Whether a German one-word name is the adjective of a place ("Salzburger", "Berliner"): its
    stem is a known place or region, or another actor of the text."""
    if " " in name or "-" in name or not name.endswith("er") or len(name) < 6:
        return False
    stem = name[:-2]
    return stem in places or stem in region_names() or (stem, "location") in groups


#: Where spaCy's stop words hold no name a one-word card may be ("Cuáles", "Впрочем"); English's holds
#: "May" (Theresa May said short).
_CLOSED_WORD_LANGUAGES = ROMANCE | {"ru"}


#: How plurals of Romance abstract nouns end ("Istituzioni", "Instituciones", "Instituições", "Relations").
_ABSTRACT_PLURAL_RE = re.compile(r"(?:zioni|sioni|ciones|siones|ções|sões|tions|ssions)$")


def _plural_of_kind_word(name: str) -> bool:
    """Whether a one-word name is the plural of an institution's kind word ("entre os Poderes", "les
    Ministères", "the Councils"): a class of bodies, not one of them ("Carabineros", "Forças" and
    "Times" are kind words themselves)."""
    if ORGANISATION_WORDS.fullmatch(name) or not name.endswith("s"):
        return False
    return any(
        ORGANISATION_WORDS.fullmatch(stem) for stem in (name[:-1], name[:-2] if name.endswith("es") else "")
    )


#: The fewest capitals of an acronym kept in a page written without capitals ("CNN"; "OK" is a word).
FOREIGN_ACRONYM_LETTERS = 3


def _foreign_name_kept(name: str, kind: str, places: dict[str, str]) -> bool:
    """Whether a Latin-script name in a page written without capitals (`CASELESS_SCRIPT_LANGUAGES`)
    shows itself a name: a known place, an acronym, a body by its kind word, a person by two or three
    words none of them common in English. Capitals set nothing apart there, and no model reads the page:
    a title-case run may as well be a song's or a show's title."""
    if name in places or name in place_names("en"):
        return True
    if name.isupper() and sum(c.isalpha() for c in name) >= FOREIGN_ACRONYM_LETTERS:
        return True
    words = name.split()
    if kind == "person":
        # "Tori Amos", not "Beautiful Love" nor "Where I Belong"
        return 2 <= len(words) <= 3 and not any(is_common_word(w, "en") for w in words)
    return ORGANISATION_WORDS.search(name) is not None


def _bare_word(name: str, kind: str, language: str, places: dict[str, str]) -> bool:
    """Whether a card is one capitalised word that nothing else shows to be a name, where only names are
    capitalised (not German): no acronym, known place, given name, nor a place by type. Such a word may
    be a common word capitalised where any word is (`_common_word`, `_only_sentence_initial`)."""
    if language in NOUN_CAPITALISING or " " in name or "-" in name:
        return False
    return not (name.isupper() or name in places or name in given_names())


def _common_word(name: str, lower_case_words: Callable[[], set[str]]) -> bool:
    """Whether a bare word (`_bare_word`) is a common word the text also writes in lower case
    ("Céréales" and "céréales", "Tribunal" and "tribunal", "Photos"): a heading's or a sentence's first
    word, not an actor."""
    return name[:1].isupper() and name.lower() in lower_case_words()


#: The fewest letters of a word in capitals that `_common_word_in_capitals` reads: shorter ones are
#: acronyms that spell common words too ("WHO", "US", "IT", "AIDS").
KICKER_LETTERS = 5


#: A word of running prose in lower case: not inside an address ("https://", "www.unesco.org").
PROSE_WORD_RE = re.compile(r"(?<![\w/.:@-])[^\W\d_A-ZÀ-ÞА-ЯЁ][^\W\d_]*(?=\s|[,;!?)]|[.:](?!\S))")


def _common_word_in_capitals(name: str, places: dict[str, str], prose_words: Callable[[], set[str]]) -> bool:
    """Whether a one-word card in capitals is a common word the text's prose also writes in lower case,
    in some form ("ACCIDENT –" beside "an accident", "ARRESTS –" beside "was arrested"): a police
    blotter's or a section's kicker, not an acronym (an address's "https" or "unesco" is no prose)."""
    if not (name.isalpha() and name.isupper() and len(name) >= KICKER_LETTERS) or name in places:
        return False
    stem = name.lower().removesuffix("s")
    return any(word.startswith(stem) for word in prose_words())


def _people_word(name: str, places: dict[str, str], lower_case_words: Callable[[], set[str]]) -> bool:
    """Whether a one-word place in a Romance language is a people, named by the plural of an adjective or
    a noun the text writes in lower case, in the singular or the plural ("les Tchèques" beside "le
    président tchèque", "les Français" beside "en français", "Femmes" beside "les femmes"): a place's
    name, which no gazetteer lists, the text would not write in lower case at all."""
    if " " in name or "-" in name or not name.endswith("s") or len(name) < 5 or name in places:
        return False
    words = lower_case_words()
    lower = name.lower()
    return lower in words or lower[:-1] in words or (lower.endswith("es") and lower[:-2] in words)


#: A determiner or a number right before a people's name ("les Français", "des Américains", "un Russe",
#: "l'Argentin", "deux Européens"); a town is written without one ("à Valenciennes").
_PEOPLE_DETERMINER_BEFORE_RE = re.compile(
    r"(?:\b(?:les|des|aux|un|une|le|la|ces|nos|vos|leurs|deux|trois|quatre|cinq|dix|cent|mille|millions|"
    r"plusieurs|nombreux|certains|jeunes|autres)\s+|\bl['’])\Z",
    re.IGNORECASE,
)
#: How far before a name such a determiner is read.
PEOPLE_DETERMINER_CHARACTERS = 12
#: How a French people's name ends ("Français", "Américaines", "Européens", "Lyonnais", "Russes",
#: "Tchèque", "Grecs", "Belges", "Arabes"); not a place named by another adjective ("les Invalides").
_FRENCH_PEOPLE_END_RE = re.compile(
    r"(?:ais|aise|ain|aine|ien|ienne|ois|oise|an|ane|in|ine|on|onne|and|ande|ol|ole|ec|que|c|sse|ge|be|ite|ote)s?$"
)
#: Oceans and seas French names by an adjective alone ("le Pacifique", "la Baltique").
_FRENCH_SEAS = frozenset({"Pacifique", "Atlantique", "Arctique", "Antarctique", "Baltique", "Adriatique"})


def _french_people_adjective(name: str) -> bool:
    """Whether a one-word name is a French adjective with a people's ending ("Français", "Parisien")."""
    return " " not in name and _FRENCH_PEOPLE_END_RE.search(name) is not None and is_french_adjective(name)


def _french_people_word(name: str, spans: list[tuple[int, int]], places: dict[str, str], text: str) -> bool:
    """Whether a French one-word place is a people, an adjective after a determiner ("les Français",
    "des Américains", "une New-Yorkaise", "l'Argentin"), which the French model reads as a place; a place
    the gazetteer, the regions or the continents hold stays ("la Suisse", "la Creuse")."""
    if name in _FRENCH_SEAS or name in places or name in region_names() or name in continent_names("fr"):
        return False
    return _french_people_adjective(name) and any(
        ends_before(_PEOPLE_DETERMINER_BEFORE_RE, PEOPLE_DETERMINER_CHARACTERS, text, at) for at, _ in spans
    )


#: The Romance articles a name may begin with, capitalised.
_ROMANCE_ARTICLES = ("Le ", "La ", "Les ", "L'", "L’", "El ", "Los ", "Las ", "Il ", "Lo ", "O ", "A ", "Os ")
#: Before a paper named by an adjective: "au", "du", or its own article capitalised inside a sentence
#: ("selon Le Parisien", "a confié au Parisien", "les colonnes du Parisien").
_MASTHEAD_BEFORE_RE = re.compile(r"(?:\b(?:au|du)|[\w,;:»”\"]\s+Le)\s+\Z")


def _french_masthead(name: str, spans: list[tuple[int, int]], text: str) -> bool:
    """Whether a French one-word place is a newspaper named by a people's adjective ("Le Parisien"):
    a people takes a lower-case article ("les Parisiens", "un Parisien")."""
    return _french_people_adjective(name) and any(
        ends_before(_MASTHEAD_BEFORE_RE, PEOPLE_DETERMINER_CHARACTERS, text, at) for at, _ in spans
    )


#: Before a sentence's first word: the end of the one before, a line break, or an opening quote mark or
#: dash there (`« Dessiner une affiche`, `“Reliance on precarious staff`).
_SENTENCE_INITIAL_RE = re.compile(r"(?:(?:\A|[.!?…]\s+|\n\s*)(?:[«“„\"‘»—–-]\s*)?|[«“„]\s*)\Z")
#: After an abbreviation: its dot, then what goes on in the same sentence (a digit or a lower-case word).
_ABBREVIATION_DOT_RE = re.compile(r"\.[ \t]*[a-zäöüßàâçéèêëîïôûùáíóúñ\d]")
#: How long an abbreviation so written may be ("Rdn", "Aufl", "MwSt").
ABBREVIATION_LETTERS = 5
#: Before the first word of a table's cell, as text extraction writes tables ("| Duración | Fecha |").
_TABLE_CELL_START_RE = re.compile(r"\|[ \t]*\Z")
#: Closing marks right after a name: a name in quote marks ("«Газпром»"), not a quote's first word.
_QUOTED_NAME_END = frozenset('»”“"’')
#: How often a name may occur, all at sentence starts, and still be read as a capitalised common word.
SENTENCE_INITIAL_MENTIONS = 2


def _only_sentence_initial(spans: list[tuple[int, int]], text: str) -> bool:
    """Whether a bare word (`_bare_word`) stands only where any word is capitalised — a sentence's, a
    line's or a quote's first word ("Photos à l'appui", "Intrigués par ce cas", "Jackpot pour Monsanto",
    "Assine o 247", « Dessiner une affiche ») — once or twice: no evidence it is a name."""
    return len(spans) <= SENTENCE_INITIAL_MENTIONS and all(
        _SENTENCE_INITIAL_RE.search(text, max(0, start - 4), start) is not None
        and text[end : end + 1] not in _QUOTED_NAME_END
        for start, end in spans
    )


def _reduce_genitive_phrases(mentions: list[Mention], language: str) -> list[Mention]:
    """The actor inside a phrase about it, when the text names it on its own elsewhere: "Kims Großvater"
    and "Kim Jong Uns" → Kim, Kim Jong Un (German genitives); "Tesla-Aktienverkäufen",
    "Astrazeneca-Impfstoff" → Tesla, Astrazeneca (a compound about a name)."""
    names = {m.text for m in mentions}
    places = place_names(language)
    # … or a longer name's last word, before a German noun ("Charlènes Zwillinge" beside "Fürstin Charlène")
    last_words = {n.rsplit(" ", 1)[-1] for n in names if " " in n} if language == "de" else set()
    reduced = []
    for m in mentions:
        first, _, rest = m.text.partition(" ")
        head, hyphen, tail = m.text.partition("-")
        owner = first[:-1]
        if (
            rest
            and first.endswith("s")
            and (owner in names or (owner in last_words and " " not in rest and is_german_noun(rest)))
        ):
            m = Mention(m.start, m.start + len(first) - 1, first[:-1], m.type, m.source)
        elif language in _GENITIVE_LANGUAGES and m.text.endswith("s") and m.text[:-1] in names:
            m = Mention(m.start, m.end - 1, m.text[:-1], m.type, m.source)
        elif (
            hyphen
            and " " not in m.text
            and tail[:1].isupper()
            and (head in names or _about_name(head, tail, language))
            and m.text not in places  # "États-Unis" beside "des États", "Guinée-Bissau" beside "Guinée"
        ):
            m = Mention(m.start, m.start + len(head), head, m.type, m.source)
        reduced.append(m)
    return reduced


def _about_name(head: str, tail: str, language: str) -> bool:
    """Whether a German compound is a common noun about the name before its hyphen, which is then the
    entity even if the text never names it alone ("Astrazeneca-Impfstoff", "Lyft-Plattform"), as
    annotators count it; not a compound that is a name itself ("Konrad-Adenauer-Stiftung",
    "Nordrhein-Westfalen"), nor one about a thing ("Corona-Krise")."""
    if language != "de" or "-" in tail or not head[:1].isupper() or len(head) < 2:
        return False
    if head.casefold() in closed_words(language):
        return False  # "Nicht-Zahlung", "Nicht-Sehen": a negated noun
    if f"{head}-{tail}" in region_names() or f"{head}-{tail}" in place_names(language):
        return False  # "Nordrhein-Westfalen"
    if is_german_common_noun(head) or (not is_german_noun(head) and is_german_noun_or_compound(head)):
        return False  # "Corona-Krise", "Fahrdienst-Vermittler"; "Tesla" is a noun and a name
    return not _NAME_TAIL_RE.search(tail) and is_german_noun_or_compound(tail)


def _is_genitive(name: str, start: int, text: str) -> bool:
    """ "Stalins Unterstützung", "Kims Großvater": an -s name followed by a capitalised noun."""
    if not name.endswith("s") or len(name) < 5 or name[-2] in "sxzß" or name.isupper():
        return False
    following = text[start + len(name) : start + len(name) + 2]
    return len(following) == 2 and following[0] == " " and following[1].isupper()


#: One capitalised word or acronym that the rules found once ("Affaires", "Tramontana", "ONG") is most
#: often not an actor (`make eval-actors-news`, rules-only languages: 43 of 68 such cards were junk, 15
#: were key actors): it needs a second mention, a name list or a model behind it to be shown.
WEAK_ALONE_SOURCES = frozenset({"capitals", "acronym"})
#: Rule evidence that beats the model's guess of a type: a name list, a speech/title pattern, a full name
#: its acronym spells in brackets after it, or a name with a nickname in it ("Giuseppe "Pippo" Calò").
STRONG_RULE_SOURCES = {"people", "gazetteer", "pattern", "medium", "spelled", "nickname"}


def _inside_longer(inner: Mention, outer: Mention) -> bool:
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and outer.end - outer.start > inner.end - inner.start
    )


def _place_in_person(place: Mention, person: Mention) -> bool:
    """Whether a place name inside a longer person's name is part of it: the surname ("Joaquin
    Phoenix"), after a given name ("Ana Sofia Cardenal") or a given name itself ("Jordan Peterson", "Chad
    Smith", "Dominique Chauvel": countries in English and French); not a place glued before a name ("Usa
    Mariangela Zappia")."""
    if person.type != "person" or not _inside_longer(place, person):
        return False
    first = person.text.split()[0]
    return (
        person.end == place.end
        or (place.start > person.start and first in given_names())
        or (place.start == person.start and place.text == first and first in given_names())
    )


def _kind_named(mention: Mention) -> bool:
    """A capitalised run of several words that holds an organisation's or a place's kind word ("As Forças
    Armadas", "Berlin City Museum"): a name the model missed, written where common nouns are lower-case."""
    return (
        mention.source == "capitals"
        and " " in mention.text
        and bool(ORGANISATION_WORDS.search(mention.text) or PLACE_WORDS.search(mention.text))
    )


def _model_cut_short(model: Mention, rule: Mention) -> bool:
    """Whether a model's organisation starts a longer rule name and stops short of its end."""
    return model.type == "organization" and model.start == rule.start and model.end < rule.end


def _given_name_only(model: Mention, rule: Mention) -> bool:
    """Whether the model read only the given name of a person whom the given-name finder reads with one
    more word that is no common noun ("Simon" of "Simon Geschke"; not "Angela Merkel" of "Angela Merkel
    Journalisten")."""
    tail = rule.text[model.end - rule.start :].split()
    return (
        rule.source == "given-name"
        and model.type == "person"
        and model.start == rule.start
        and model.end < rule.end
        and len(tail) == 1
        and not is_german_noun(tail[0])
    )


def combine(model: Sequence[Mention], rules: Sequence[Mention], text: str) -> list[Mention]:
    """The model's mentions, corrected and completed by strong rule evidence.

    A strong rule mention replaces the model mentions it overlaps ("Putin" read as a place), except a
    longer model span that contains it with the same type, or as part of a compound ("US-Pazifik-Gruppe"
    keeps "US" inside), or a person whose surname is a place ("Joaquin Phoenix"); where the model saw
    nothing, the rule mention is added.
    """
    # A model's entities never overlap, nor do a rule finder's; every step below keeps that true.
    kept = DisjointMentions(model)
    for rule in rules:
        overlapping = kept.overlapping(rule.start, rule.end)
        if overlapping and (
            (_kind_named(rule) and all(_model_cut_short(m, rule) for m in overlapping))
            or all(_given_name_only(m, rule) for m in overlapping)
        ):
            # The model stopped inside an institution's name that the rules read whole ("Departamento de
            # Repressão" in "… e Combate ao Crime Organizado (Draco)"), or after a person's given name.
            for mention in overlapping:
                kept.remove(mention)
            kept.add(rule)
            continue
        if rule.source not in STRONG_RULE_SOURCES:
            # Weak evidence only fills a gap: a given name and a surname the model missed ("Marcell
            # Jansen"), or the head of a compound ("UN-Sanktionen"): GermEval-style models leave those
            # untagged, yet the UN acts in the story.
            if not overlapping and (
                rule.source in ("given-name", "unknown-word", "body")
                or text[rule.end : rule.end + 1] == "-"
                or _kind_named(rule)
            ):
                kept.add(rule)
            continue
        if any(_inside_longer(rule, m) and (m.type == rule.type or "-" in m.text) for m in overlapping):
            continue
        if rule.type == "location" and any(_place_in_person(rule, m) for m in overlapping):
            continue  # "Joaquin Phoenix", "Ana Sofia Cardenal"; not "Usa Mariangela Zappia"
        for mention in overlapping:
            kept.remove(mention)
        kept.add(rule)
    # "sagte Schuster": one word after a speech verb counts where it names a person already found.
    person_tokens = {token for m in kept if m.type == "person" for token in m.text.split()}
    for rule in rules:
        if rule.source == "pattern-weak" and rule.text in person_tokens:
            if not kept.overlapping(rule.start, rule.end):
                kept.add(rule)
    return list(kept)


#: How the names of streets, squares, hospitals, airports and parks end (places, as readers and the
#: annotators count them): an English head word, a German one or a German compound's last part
#: ("Olympischen Dorfes", "Nachtigalplatz") — or, in the Romance languages, how they begin ("Clínica
#: Universidad de La Sabana", "Aeroporto di Fiumicino"; not a park, whose authority acts as a body).
_PLACE_HEAD_RE = re.compile(
    r"(?:\s(?:Street|Avenue|Boulevard|Road|Lane|Drive|Terrace|Crescent|Quay|Highway|Parkway|Expressway|"
    r"Turnpike|Valley|Square|Hospital|Airport|Park|Bridge|Plaza|Dorf|Dorfes|Platz|"
    r"Platzes|Bahnhof|Bahnhofs|Flughafen|Flughafens)"
    r"|[a-zäöüß](?:platz|allee|straße|strasse|gasse|damm|ufer|brücke|bahnhof|flughafen))$"
    r"|^(?:Hospital|Hôpital|Ospedale|Clínica|Clinica|Clinique|Aeropuerto|Aeroporto|Aéroport|Estadio|Stadio|"
    r"Stade|Palacio|Palazzo|Palais|Palácio|Plaza|Piazza|Praça|Calle|Rua|Avenida)\s"
)


#: Last parts of German compounds that make one word a body ("Bundesjustizministerium", "Landratsamt"),
#: whatever type a model guessed.
_GERMAN_BODY_TAIL_RE = re.compile(
    r"^[A-ZÄÖÜ]\w*(?:ministerium|gericht|behörde|kommission|verband|partei|stiftung|institut|gewerkschaft|"
    r"agentur|polizei|amt)$"
)


#: … and the English head nouns that end a body's name, whatever place or person it is named after
#: ("Harris County Sheriff's Office", "Scotland Office", "Fawcett Society"; not "Union" nor "Bank", which end
#: the Soviet Union and the West Bank, nor "Court", which ends Hampton Court).
_ENGLISH_BODY_HEAD_RE = re.compile(
    r"\s(?:Office|Department|Agency|Council|Board|Commission|Authority|Trust|Society|Services|Association|"
    r"Committee|Ministry|Bureau|Institute|Foundation|Company|Corporation|Party|Police|Schools|University|"
    r"College)$"
)


#: Common nouns that say what kind of thing the name right after them is ("the newspaper", "le
#: tabloïd", "la città di"), in the languages we summarise; German by a compound's last part
#: ("Rüstungskonzern", "Tierschutzorganisation", "Hansestadt").
_ORGANISATION_KIND = (
    r"newspaper|tabloid|magazine|broadcaster|network|company|firm|group|party|agency|bank|carmaker|"
    r"automaker|start-?up|airline|retailer|insurer|union|charity|publisher|manufacturer|conglomerate|"
    r"periódico|diario|semanario|revista|cadena|emisora|agencia|empresa|compañía|firma|grupo|partido|banco|"
    r"aerolínea|sindicato|organización|plataforma|editorial|"
    r"journal|quotidien|hebdomadaire|tabloïd|chaîne|agence|entreprise|société|groupe|parti|banque|"
    r"compagnie|syndicat|organisation|plateforme|constructeur|fabricant|cabinet|"
    r"giornale|quotidiano|settimanale|rivista|emittente|agenzia|azienda|società|gruppo|partito|banca|"
    r"compagnia|sindacato|organizzazione|piattaforma|"
    r"jornal|diário|emissora|agência|companhia|sindicato|organização|"
    r"газета|газеты|журнал|компания|компании|корпорация|партия|партии|банк|агентство|телеканал|концерн"
)
_PLACE_KIND = (
    r"city|town|village|ciudad|pueblo|localidad|municipio|ville|commune|città|paese|comune|cidade|"
    r"município|aeropuerto|airport|aéroport|aeroporto|iglesia|chiesa|église|igreja|город|города|село"
)
_GERMAN_ORGANISATION_KIND = (
    r"zeitung|blatt|magazin|sender|konzern|unternehmen|firma|gruppe|partei|bank|verein|verband|"
    r"organisation|agentur|tochter|hersteller|anbieter|plattform|gewerkschaft|netzwerk|portal|airline|"
    r"fluggesellschaft|startup|sportartikler|versicherer|discounter|marktführer"
)
#: … and parts that only end a compound: alone they are common surnames ("Bauer", "Riese").
_GERMAN_ORGANISATION_TAIL = r"bauer|riese|händler"
_GERMAN_PLACE_KIND = r"stadt|gemeinde|dorf|stadtteil|bezirk|metropole|kirche|flughafen"
#: A kind noun and the space (and quote mark) before the name it types.
_KIND_BEFORE_NAME_RE = re.compile(
    rf"(?<![\w-])(?:(?P<organization>{_ORGANISATION_KIND})|(?P<location>{_PLACE_KIND})(?:\s+(?:of|de|di|do|da))?)"
    r"\s+[„«\"“]?\s?"
)
_GERMAN_KIND_BEFORE_NAME_RE = re.compile(
    rf"(?<![\w-])(?=[A-ZÄÖÜ])(?:[\wäöüß-]*?(?i:(?P<organization>{_GERMAN_ORGANISATION_KIND})|"
    rf"(?P<location>{_GERMAN_PLACE_KIND}))|[\wäöüß-]+?(?i:(?P<compound>{_GERMAN_ORGANISATION_TAIL})))"
    r"\s+[„«\"“]?\s?"
)
#: A German compound whose last part only a company has, the name before its hyphen a company's:
#: "Tesla-Aktienverkäufe", "Tesla-Chef Elon Musk", "Siemens-Konzern", "Rheinmetall-Aktionäre" (not
#: "-Mitarbeiter" or "-Tochter", which people have too: "Trump-Tochter Ivanka").
_GERMAN_COMPANY_COMPOUND_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)?)-"
    r"(?:Aktie|Aktionär|Konzern|Chef|Fabrik|Börsengang|Filiale|Vorstandschef|Aufsichtsrat)"
)
#: A kind noun as the head of an apposition after a name: "Appignano del Tronto, comune in provincia di
#: Ascoli Piceno", "Blesk, un tabloïd", "Throgs Neck, a neighborhood …" — the noun ends the phrase or a
#: preposition follows it ("Smith, a company spokesman" is no company).
_KIND_APPOSED_RE = re.compile(
    # a party without an article is a participle ("Camille, parti de Chartres", "Marco, partito da Roma")
    r",\s+(?!part(?:i|ito|ido)\s)(?:(?:a|an|the|un|una|uno|une|le|la|il|el|o|um|uma)\s+)?(?:[a-zà-ÿ]+\s+)?"
    rf"(?:(?P<organization>{_ORGANISATION_KIND})|(?P<location>{_PLACE_KIND}))"
    r"(?=\s*[,.;:)]|\s+(?:in|of|near|on|de|di|del|della|dello|des|du|da|do|en|nel|nella|dans|près)\b)"
)
#: … in German after its article, the kind noun maybe a compound: "Nvidia, der Marktführer bei KI-Chips",
#: "Rheinmetall, ein Rüstungskonzern," (not "Müller, der Unternehmen berät").
_GERMAN_KIND_APPOSED_RE = re.compile(
    r",\s+(?:der|die|das|ein|eine)\s+(?:[a-zäöüß]+\s+)?(?=[A-ZÄÖÜ])[\wäöüß-]*?"
    rf"(?i:(?P<organization>{_GERMAN_ORGANISATION_KIND})|(?P<location>{_GERMAN_PLACE_KIND}))"
    r"(?=\s*[,.;:)]|\s+(?:in|im|aus|bei|von|vom|mit|für|am|an|auf)\b)"
)
_NAME_BEFORE_APPOSITION_RE = re.compile(rf"(?:{NAME_RUN})$")
#: An English name before "resident(s)" or "native(s)" is a place ("Throgs Neck resident Michael Lopiano").
_RESIDENT_AFTER_RE = re.compile(rf"(?P<name>{NAME_RUN})[ \t]+(?:residents?|natives?)\b")
#: An English party named by its word before "party" ("the Labour party", "the Green Party"), which a
#: model reads alone as a person.
_PARTY_AFTER_RE = re.compile(rf"(?P<name>{NAME_RUN})[ \t]+[Pp]arty\b")
#: How far before its apposition a name is read.
APPOSED_NAME_CHARACTERS = 120
#: The most words of a name after a kind noun (`NAME_RUN`'s bound).
KIND_NAME_WORDS = 8
_NAME_END_MARKS = ",.;:!?»“”\"'’)"


#: Nouns that say what kind of thing a name is, alone (`_described_name`): "Firma", "empresa", "città".
_KIND_NOUN_RE = re.compile(
    rf"{_ORGANISATION_KIND}|{_PLACE_KIND}|(?:\w*(?:{_GERMAN_ORGANISATION_KIND}|{_GERMAN_PLACE_KIND}))"
)


def _place_genitive(name: str, places: dict[str, str], language: str) -> bool:
    """Whether a German name is a place's genitive ("Deutschlands", "Berlins")."""
    return language == "de" and name.endswith("s") and name[:-1] in places


#: Two neighbouring words in lower case (the second read ahead, so that pairs overlap).
_LOWER_CASE_PAIR_RE = re.compile(
    r"(?<![\w-])([^\W\d_A-ZÀ-ÞА-ЯЁ][^\W\d_]*)[ \t]+(?=([^\W\d_A-ZÀ-ÞА-ЯЁ][^\W\d_]*)(?![\w-]))"
)


def _lower_case_word_pairs(text: str) -> set[tuple[str, str]]:
    """Every two neighbouring words the text writes in lower case, read once."""
    return set(_LOWER_CASE_PAIR_RE.findall(text))


def _kinds_after_kind_nouns(text: str, language: str) -> dict[str, Counter]:
    """The types kind nouns give the words after them, wherever the text writes them: "el periódico
    Novaya Gazeta", "le tabloïd Blesk", "die Tierschutzorganisation „Peta“", "des größten Rüstungskonzern
    Rheinmetall" (organisations); "la ciudad de Tarija", "die Hansestadt Hamburg" (places); and the names
    before a kind noun in apposition ("Appignano del Tronto, comune in provincia di …", "Nvidia, der
    Marktführer bei KI-Chips").
    Keyed by every run of up to `KIND_NAME_WORDS` words after the noun (every last words of the name
    before it), so a name the model found elsewhere or typed otherwise is looked up once; read in one
    pass over the text."""
    pattern = _GERMAN_KIND_BEFORE_NAME_RE if language == "de" else _KIND_BEFORE_NAME_RE
    kinds: dict[str, Counter] = defaultdict(Counter)
    for match in pattern.finditer(text):
        kind = "location" if match.group("location") else "organization"
        words = text[match.end() : match.end() + 160].split("\n")[0].split()[:KIND_NAME_WORDS]
        for count in range(1, len(words) + 1):
            kinds[" ".join(words[:count]).rstrip(_NAME_END_MARKS)][kind] += 1
    if language == "de":
        for match in _GERMAN_COMPANY_COMPOUND_RE.finditer(text):
            kinds[match.group("name")]["organization"] += 1
    if language == "en":
        for match in _RESIDENT_AFTER_RE.finditer(text):
            words = match.group("name").split()  # a sentence's first word may open the run
            for count in range(1, len(words) + 1):
                kinds[" ".join(words[-count:])]["location"] += 1
        for match in _PARTY_AFTER_RE.finditer(text):
            kinds[match.group("name").split()[-1]]["organization"] += 1  # "the Labour party"
    for match in (_GERMAN_KIND_APPOSED_RE if language == "de" else _KIND_APPOSED_RE).finditer(text):
        kind = "location" if match.group("location") else "organization"
        lo = max(0, match.start() - APPOSED_NAME_CHARACTERS)
        name = _NAME_BEFORE_APPOSITION_RE.search(text, lo, match.start())
        if name is not None:
            words = name.group().split()  # a sentence's first word may open the run
            for count in range(1, len(words) + 1):
                kinds[" ".join(words[-count:])][kind] += 1
    return kinds


#: The social networks news names most, companies whatever a model reads them as.
_PLATFORMS = frozenset(
    {"Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "Reddit", "Weibo", "WeChat"}
    | {"Snapchat", "LinkedIn", "Telegram"}
)
#: Romance words for a town written capitalised alone, as the press writes its administration ("la Ville
#: a retiré les trottinettes", "il Comune ha deciso"); in lower case they are the place ("la ville").
_MUNICIPALITIES = frozenset({"Ville", "Mairie", "Municipalité", "Comune", "Ayuntamiento"})


#: Words that keep a country's name a place ("Corea del Sur", "Irlande du Nord", "Mexico City", "North
#: Korea"): a direction, a city's or a state's word.
_PLACE_AFTER_COUNTRY_RE = re.compile(
    r"(?:Nord|Sud|Est|Ouest|North|South|East|West|Norte|Sur|Este|Oeste|Central|Centrale|Occidentale|"
    r"Orientale|City|Ville|Città|Ciudad|Cidade|Stadt|State|Estado|Stato|État|Mainland)"
)


def _named_after_country(name: str, language: str, places: dict[str, str]) -> bool:
    """Whether a name the model read as a place is a body named after a country: the country and then
    capitalised words or a number ("China Daily", "Japan Airlines", "France Bleu Isère", "France 3
    Bourgogne") or, where adjectives are lower-case (the Romance languages), capitalised words and then
    the country ("Météo France", "Radio France", "Air France"). Not a place's own name ("Corée du Sud",
    "Mexico City", "Île-de-France")."""
    words = name.split(" ")
    if len(words) < 2 or name in places or name in region_names():
        return False
    codes = country_codes(language)
    if words[0] in codes:
        rest = words[1:]
    elif language in ROMANCE and words[-1] in codes:
        rest = words[:-1]
    else:
        return False
    # a place may follow a word of the body's own ("France Bleu Isère", "France Bleu Pays de Savoie"); a
    # sentence's capitalised article is none ("La France")
    return (
        (rest[0][:1].isupper() or rest[0].isdigit())
        and rest[0].casefold() not in _NAME_PARTICLES
        and rest[0].casefold() not in function_words(language)
        and rest[0] not in places
        and rest[0] not in region_names()
        and all(
            (word[:1].isupper() or word.isdigit() or (at and word in _NAME_PARTICLES))
            and not _PLACE_AFTER_COUNTRY_RE.fullmatch(word)
            and not PLACE_WORDS.search(word)
            for at, word in enumerate(rest)
        )
    )


def _vote(
    ms: list[Mention],
    key: str,
    places: dict[str, str],
    person_tokens: set[str],
    surnames: set[str],
    text: str,
    language: str,
    kinds_after: dict[str, Counter],
) -> str:
    if key in surnames and not any(after_place_preposition(text, m.start) for m in ms):
        return "person"  # "Phoenix said", "Phoenix’s performance": Joaquin Phoenix, not the city
    if any(m.text in territory_organisations(language) for m in ms):
        return "organization"  # "Vereinte Nationen", "Unión Europea": CLDR lists them among territories
    if language in ROMANCE and key in _MUNICIPALITIES:
        return "organization"  # "la Ville" (capitalised): the city's administration, not the place
    if key in _PLATFORMS:
        return "organization"  # "Twitter" read as a person, "Reddit" as a place
    if any(
        m.text in places
        or m.text in place_acronyms(language)
        or m.text in continent_names(language)
        or _place_genitive(m.text, places, language)
        for m in ms
    ):
        return "location"  # also after a kind noun: "die größte Partei Deutschlands"
    # A kind noun before any place the text writes the name, found by the model there or not ("des
    # größten deutschen Rüstungskonzern Rheinmetall", then "Rheinmetall" read as a person elsewhere).
    kinds = sum((kinds_after.get(surface, Counter()) for surface in {m.text for m in ms}), Counter())
    kind = kinds.most_common(1)[0][0] if kinds else None
    if kind is not None and not (kind == "organization" and " " in key and key.split()[0] in given_names()):
        # "el periódico Novaya Gazeta", "der Autobauer Tesla"; not a person's full name after a kind
        # noun that also names a relative ("die Trump-Tochter Ivanka Trump": "-tochter", a subsidiary)
        return kind
    if key in person_tokens:
        return "person"
    if language in ROMANCE and _ACRONYM_RE.fullmatch(key) and len(key) >= 3 and key not in region_names():
        # "UCL", "ANU" (read as places by the French model): a country's acronym is in the lists above,
        # and the Romance press writes few others ("NYC", "NRW" are English and German habits).
        return "organization"
    if any(m.text in region_names() for m in ms):
        return "location"  # "Molise", "Puglia": what the rules took for an organisation is a region
    if _PLACE_HEAD_RE.search(key):
        return "location"  # "Bruckner Boulevard", "Suddie Public Hospital", "Nachtigalplatz"
    if _GERMAN_BODY_TAIL_RE.search(key) or _ENGLISH_BODY_HEAD_RE.search(key):
        # "Bundesjustizministerium", "Landratsamt"; "Maricopa County Sheriff's Office", "National Trust"
        return "organization"
    votes = Counter(m.type for m in ms)
    # A person the model read as one at least half the time, by a given name ("Olivier Dassault" beside
    # "groupe Dassault"; "Marine Le Pen", whose "Marine" is also a navy's kind word)
    first, _, rest = key.partition(" ")
    given_named = bool(rest) and first in given_names() and votes["person"] * 2 >= len(ms)
    if " " in key and ORGANISATION_WORDS.search(rest if given_named else key[:1].upper() + key[1:]):
        return "organization"  # "université Paris-8", "Comisión Europea", "Robert Koch-Institut"
    if given_named:
        return "person"
    kind = votes.most_common(1)[0][0]
    if kind == "location" and _named_after_country(key, language, places):
        return "organization"  # "France Bleu Isère", "Météo France", "China Daily"
    return kind


#: A company's legal form ending its name: what comes right before it belongs to the name.
_LEGAL_FORM_END_RE = re.compile(
    r"\s(?:AG|SE|NV|N\.V\.|BV|B\.V\.|GmbH|KG|KGaA|SA|S\.A\.|SpA|S\.p\.A\.|Srl|SAS|plc|PLC|Inc\.?|"
    r"Ltd\.?|LLC|Corp\.?|AB|ASA|Oyj|ПАО|ОАО)$"
)


#: A legal form after a comma belongs to the company's name ("Coinbase Global, Inc.").
_LEGAL_FORM_AFTER_COMMA_RE = re.compile(r",\s(?:Inc|Ltd|LLC|Corp|Co|S\.A|SA|GmbH|AG|plc|PLC)\b")
#: … as do partners' names before "and Company" ("Little, Brown and Company").
_PARTNERS_END_RE = re.compile(r"\s(?:and|&)\s(?:Company|Co\.?|Sons)$")


#: What joins two people a model read as one ("Oliver und Amira", "Erl und Mörbisch" after "nach
#: Salzburg, Bregenz,"): a conjunction before a capital, not after a hyphen ("Bluetooth- und WLAN-Chip").
_PEOPLE_JOINER_RE = re.compile(r"(?<!-)\s(?:und|and|et|y|e|i|и)\s(?=[A-ZÀ-ÞА-ЯЁ])")


def _split_lists(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """A model's name with a comma inside is a list or a name and its affiliation ("Facebook,
    Pinterest", "Otto, Imperial College London"): each part is a name of its own — but for a company's
    legal form after the comma ("Coinbase Global, Inc."). A person's name with a conjunction inside is
    two ("Tobias und Jean Pierre"; a body's may hold one: "Procter and Gamble"), or, ending a list of
    places, two places ("nach Salzburg, Bregenz, Erl und Mörbisch")."""
    split: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        separators = []
        if ", " in m.text and not (
            _LEGAL_FORM_AFTER_COMMA_RE.search(m.text) or _PARTNERS_END_RE.search(m.text)
        ):
            separators = [(c.start(), c.end()) for c in re.finditer(", ", m.text)]
        kind = m.type
        if m.type == "person":
            joiners = [(j.start(), j.end()) for j in _PEOPLE_JOINER_RE.finditer(m.text)]
            separators += joiners
            listed = bool(split) and split[-1].type == "location" and text[split[-1].end : m.start] == ", "
            kind = "location" if joiners and listed else kind
        if not separators:
            split.append(m)
            continue
        bounds = [0, *(edge for pair in sorted(separators) for edge in pair), len(m.text)]
        for at, stop in zip(bounds[::2], bounds[1::2], strict=True):
            part = m.text[at:stop]
            if part.strip():
                begin = at + len(part) - len(part.lstrip())
                split.append(
                    Mention(
                        m.start + begin, m.start + begin + len(part.strip()), part.strip(), kind, m.source
                    )
                )
    return split


def _join_legal_forms(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Two names side by side, the second ending in a legal form, are one company's name that a model
    split: "Signa Development" + "Selection AG", "Signa Sports" + "United NV"."""
    joined: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = joined[-1] if joined else None
        if (
            last is not None
            and text[last.end : m.start] == " "
            and _LEGAL_FORM_END_RE.search(m.text)
            and last.type != "location"
        ):
            joined[-1] = Mention(last.start, m.end, text[last.start : m.end], "organization", m.source)
        else:
            joined.append(m)
    return joined


#: An organisation's name going on after "and" up to the acronym in brackets that abbreviates the whole
#: (`Agence nationale de sécurité du médicament` + ` et des produits de santé (ANSM)`): at most 80
#: characters, no sentence or clause break inside.
_COORDINATED_PART_RE = re.compile(
    r"\s+(?:et|and|y|e|und)\s+(?P<part>[^()\n.;:,!?«»\"“”„]{1,80}?)\s*\((?P<acronym>[A-ZÀ-Þ]{2,8})\)"
)


def _spells(acronym: str, name: str) -> bool:
    """Whether `acronym`'s letters are, in order, initials of `name`'s words, the first word's first
    ("ANSM": Agence nationale de sécurité du médicament et des produits de santé). Looser than
    `rules.spells`, which needs the initials of every word or every content word: here the acronym only
    vouches for where a name a model already found ends."""
    initials = [word[0].upper() for word in re.findall(r"[^\W\d_][\w’'-]*", name)]
    if not initials or initials[0] != acronym[0]:
        return False
    position = 1
    for letter in acronym[1:]:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True


def _with_coordinated_parts(mentions: list[Mention], text: str) -> list[Mention]:
    """Each organisation a model (or a rule) stopped at "and" read to the end of its name when the
    acronym in brackets after it spells the whole name from its first word (`_COORDINATED_PART_RE`):
    "… et des produits de santé (ANSM)" is the agency's name; "le ministère de la Santé et l'Agence
    régionale de santé (ARS)" is two bodies, the ARS not the ministry's."""
    result: list[Mention] = []
    for index, mention in enumerate(mentions):
        part = _COORDINATED_PART_RE.match(text, mention.end) if mention.type == "organization" else None
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        if (
            part is not None
            and part.end("part") <= following
            and _spells(part.group("acronym"), text[mention.start : part.end("part")])
        ):
            end = part.end("part")
            mention = Mention(mention.start, end, text[mention.start : end], mention.type, mention.source)
        result.append(mention)
    return result


#: The fewest other items of one type that make a list's odd one of their type.
LIST_TYPE_ITEMS = 2


def _typed_like_their_list(mentions: list[Mention], text: str, language: str) -> list[Mention]:
    """A name in a list whose other items are all of one other type is of theirs: "(Times Higher
    Education, Quacquarelli Symonds, US News)" lists bodies, not a person; "(UCL, ANU, Columbia, Peking
    University)" universities, not a place. Names of different kinds stand in lists too ("Merkel, Macron
    und die EU"), so it takes two other items or more, all of the one type; a person named with a given
    name or a role stays one, and no name becomes a person so (models read products as people)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    lists: list[list[int]] = []
    for index, mention in enumerate(ordered):
        previous = ordered[index - 1] if index else None
        if (
            previous is not None
            and lists
            and lists[-1][-1] == index - 1
            and LIST_JOINER_RE.fullmatch(text, previous.end, mention.start)
        ):
            lists[-1].append(index)
        else:
            lists.append([index])
    for items in lists:
        if len(items) < LIST_TYPE_ITEMS + 1:
            continue
        # The types of a list's items, counted once: a page's list of thousands of names costs no more
        # per item than a list of three.
        types = Counter(ordered[index].type for index in items)
        for index in items:
            mention = ordered[index]
            others = {kind for kind, count in types.items() if count - (kind == mention.type) > 0}
            if len(others) != 1 or mention.type in others or "person" in others:
                continue
            words = mention.text.split()
            if mention.type == "person" and any(w in given_names() or is_role_word(w) for w in words):
                continue  # "Redmond, Washington, Chief Executive Satya Nadella said": an apposition
            if language == "de" and len(words) == 1 and is_german_common_noun(words[0]):
                continue  # "aus Platin, Ruthenium oder Palladium": things, whatever a model read
            ordered[index] = replace(mention, type=next(iter(others)))
    return ordered


_WORD_BEFORE_RE = re.compile(r"(?<![\w’'-])([A-ZÀ-ÞА-ЯЁ][\w’'-]*) $")


def _restore_given_names(by_name: dict[str, list[Mention]], text: str, language: str) -> None:
    """A surname alone right after the given name the model cut off ("Han" + "Lee", a sentence's first
    word) is the full name the text writes elsewhere, not another person's surname ("James Lee")."""
    for name, ms in list(by_name.items()):
        if " " in name:
            continue
        for m in list(ms):
            before = _WORD_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
            if before is None:
                continue
            full = name_key(f"{before.group(1)} {m.text}", language)
            if any(other.type == "person" for other in by_name.get(full, ())):
                ms.remove(m)
                by_name[full].append(
                    Mention(before.start(1), m.end, text[before.start(1) : m.end], "person", m.source)
                )
        if not ms:
            del by_name[name]


#: A name that ends in an initial ("Lutz S", "Friedrich Wilhelm I"), and what follows its dot inside a
#: sentence: a word in lower case or a comma ("Lutz S. hat", "Jacek K., der …").
_ENDS_IN_INITIAL_RE = re.compile(r"\s[A-ZÀ-ÞА-ЯЁ]$")
_INSIDE_SENTENCE_AFTER_DOT_RE = re.compile(r"\.(?:\s+[a-zà-ÿа-яё]|[,;:)])")


def _initial_dotted(name: str, mentions: list[Mention], text: str) -> bool:
    """Whether the text writes a dot after the name's final initial where no sentence ends: the dot is
    the name's ("Lutz S.", anonymised; "Friedrich Wilhelm I."), not "Cédric O", a minister, nor "George V"
    at a sentence's end."""
    return _ENDS_IN_INITIAL_RE.search(name) is not None and any(
        m.text == name and _INSIDE_SENTENCE_AFTER_DOT_RE.match(text, m.end) for m in mentions
    )


#: Prepositions of place that `after_place_preposition` does not read, Russian's among them ("в Минске",
#: "из Москвы", "d'Ankara"): after one, a capital names the city, not its state.
_MORE_PLACE_PREPOSITIONS_RE = re.compile(
    r"(?<![\w-])(?i:via|von|vor|d['’]|vers|depuis|hacia|para|do|del|в|во|из|до|к|ко|по|под|у|около|через|над|за)"
    r"\s*$"
)


#: What follows a dateline's place ("Pjöngjang – ", "MOSCOW (Reuters) -", "Berlin: ").
_DATELINE_AFTER_RE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—:]")


#: A name, then a comma or a conjunction before the next one in a list ("à N'Djamena, Niamey, Bamako").
_LISTED_BEFORE_RE = re.compile(
    r"([A-ZÀ-ÞА-ЯЁ][\w'’-]*(?:\s[A-ZÀ-ÞА-ЯЁ][\w'’-]*){0,2})(?:,\s*|\s+(?:and|und|et|y|e|и|or|oder|ou|o)\s+)$"
)
#: A quotation mark or the word "capital" right before ("'Baghdad' as their hometown", "the capital
#: Buenos Aires"): the city.
_CITY_BEFORE_RE = re.compile(r"(?:['‘’\"“”„«]|(?i:capital|Hauptstadt|capitale|столиц[а-я]*)\s+)$")
#: A country, a number or a bracket right after ("New Delhi, India (CNN)", "London 2012"): the city.
_CITY_AFTER_RE = re.compile(
    r"(?:,\s+(?P<country>[A-ZÀ-ÞА-ЯЁ][\w'’.-]*(?:\s[A-ZÀ-ÞА-ЯЁ][\w'’.-]*)?)|\s*[\d(])"
)


def _named_for_its_state(mention: Mention, text: str, codes: dict[str, str]) -> bool:
    """Whether a capital's mention may stand for its state: no preposition of place opens it or the list
    it is in, no quotation mark, the word "capital", a dateline's dash, a country, a number or a bracket
    stands right by it."""
    at = mention.start
    for _ in range(4):
        if after_place_preposition(text, at) or _MORE_PLACE_PREPOSITIONS_RE.search(text, max(0, at - 12), at):
            return False
        listed = _LISTED_BEFORE_RE.search(text, max(0, at - 60), at)
        if listed is None:
            break
        at = listed.start(1)
    if _CITY_BEFORE_RE.search(text, max(0, mention.start - 12), mention.start):
        return False
    if _DATELINE_AFTER_RE.match(text, mention.end):
        return False  # "Pjöngjang – Südkorea hat …": where, not who
    after = _CITY_AFTER_RE.match(text, mention.end)
    return after is None or (after.group("country") is not None and after.group("country") not in codes)


def _country_code(name: str, mentions: list[Mention], language: str) -> str | None:
    """The ISO 3166 code of the country a name's mentions write, found by its stems too where names
    inflect ("России" is Россия's genitive); None for no country."""
    codes = country_codes(language)
    return next((codes[m.text] for m in mentions if m.text in codes), None) or country_codes_by_key(
        language
    ).get(name)


#: Where a capital standing for its state was read on news pools and found right far more often than not
#: (Russian, as annotated; English and French on 740 CNN/XSum and OrangeSum pages: 8 right, 1 wrong).
#: German is not among them: its prepositions and set phrases ("auf Kiew", "die Stadt Paris", "genauer
#: gesagt, Wien") gave 2 right of 10 on its web pages.
_CAPITAL_FOR_STATE_LANGUAGES = frozenset({"ru", "en", "fr"})


def _capitals_for_their_country(
    by_name: dict[str, list[Mention]],
    kinds: dict[str, str],
    text: str,
    language: str,
    sentences: Sequence[Sentence],
) -> None:
    """A capital named for its state is that state ("долг Минска перед Москвой", "Минск считает, что
    Москва задолжала"), as readers and the annotation count it: where the text names the country too, a
    capital's mention that no preposition of place opens, in a sentence that names another country,
    joins the country's card. A capital a story is set in stays a city ("в Москве", "in Berlin")."""
    if language not in _CAPITAL_FOR_STATE_LANGUAGES:
        return
    capitals = capital_countries(language)
    codes = country_codes(language)
    countries: dict[str, str] = {}  # code → the name of its card
    located: list[tuple[int, str]] = []  # (where, code) of every country's and capital's mention
    for name, ms in by_name.items():
        if kinds[name] != "location":
            continue
        country = _country_code(name, ms, language)
        if country is not None and len(ms) > len(by_name.get(countries.get(country, ""), ())):
            countries[country] = name
        code = country or capitals.get(name)
        located += [(m.start, code) for m in ms] if code else []
    if not located:
        return
    located.sort()
    starts = [s.start for s in sentences]
    for name in [n for n in by_name if kinds[n] == "location" and capitals.get(n) in countries]:
        country = countries[capitals[name]]
        if country == name:
            continue
        moved = []
        for m in by_name[name]:
            index = bisect.bisect_right(starts, m.start) - 1
            if index < 0 or not _named_for_its_state(m, text, codes):
                continue
            sentence = sentences[index]
            lo = bisect.bisect_left(located, (sentence.start, ""))
            hi = bisect.bisect_left(located, (sentence.end, ""))
            if any(code != capitals[name] for _, code in located[lo:hi]):
                moved.append(m)
        if moved:
            by_name[country] += [replace(m, type="location") for m in moved]
            by_name[name] = [m for m in by_name[name] if m not in moved]
            if not by_name[name]:
                del by_name[name]


#: An English body named after its country: "Constitutional Court of Turkey", "Government of Italy".
_BODY_OF_COUNTRY_RE = re.compile(r"(?P<body>.+) of (?:the )?(?P<country>[A-Z][\w-]+)")


def _join_national_forms(
    by_name: dict[str, list[Mention]], kinds: dict[str, str], canonical: dict[str, str]
) -> None:
    """An English body named with its country's adjective is the one named with "of" and the country
    ("Turkish Constitutional Court" → "Constitutional Court of Turkey"): the adjective, a nationality by
    its ending, opens as the country's name does ("Turk-", "Ital-", "Japan")."""
    long_forms = {}
    for name in by_name:
        match = _BODY_OF_COUNTRY_RE.fullmatch(name)
        if match and kinds[name] == "organization":
            long_forms.setdefault(match.group("body"), []).append((match.group("country"), name))
    for name in by_name:
        adjective, _, body = name.partition(" ")
        if (
            name in canonical
            or kinds[name] != "organization"
            or not _ENGLISH_NATIONALITY_RE.search(adjective)
        ):
            continue
        fits = [full for country, full in long_forms.get(body, []) if country[:4] == adjective[:4]]
        if len(fits) == 1:
            canonical[name] = fits[0]


def _join_spelling_variants(
    by_name: dict[str, list[Mention]], kinds: dict[str, str], canonical: dict[str, str], language: str
) -> None:
    """One name written in capitals or declined ("VATIKAN" and "Vatikan"; "Deutschen Wetterdienst" and
    "Deutsche Wetterdienst") is one actor, shown as the form nearest its nominative in ordinary case that
    the text writes most. A person's name is only matched without case: "Jane Smith" is not "Jan Smith"."""
    variants: dict[str, list[str]] = defaultdict(list)
    for name in by_name:
        if name not in canonical:
            key = variant_key(name, language, declined=kinds[name] != "person")
            if key is not None:
                variants[key].append(name)
    for names in variants.values():
        if len(names) < 2:
            continue
        head = min(names, key=lambda n: (n.isupper(), oblique_endings(n), -len(by_name[n]), n))
        canonical.update({n: head for n in names if n != head})


def build_actors(
    mentions: Sequence[Mention],
    text: str,
    language: str,
    sentences: Sequence[Sentence],
    summary_indices: set[int],
    limit: int | None = MAX_ACTORS,
) -> list[Actor]:
    """The text's actors, most salient first, at most `limit` of them (all with None)."""
    line_verdicts: dict[int, tuple[bool, bool]] = {}
    mentions = _typed_like_their_list(
        _with_coordinated_parts(_join_legal_forms(_split_lists(mentions, text), text), text), text, language
    )
    cleaned = [m for m in (_clean(m, text, language, line_verdicts) for m in mentions) if m is not None]
    if not cleaned:
        return []
    cleaned = _reduce_genitive_phrases(cleaned, language)
    places = place_names(language)
    # Names are compared by key: the name itself, or its words' stems where names inflect ("России",
    # "Россия"); from here on a "name" is such a key.
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in cleaned:
        by_name[name_key(m.text, language)].append(m)
    _restore_given_names(by_name, text, language)
    # Tokens of multi-word person names ("Carl", "Schuster") make a single "Schuster" a person.
    # (Not a body's or a street's name a pattern read as a person's: "a spokesman for the Scotland Office
    # said" does not make "Scotland" a person.)
    person_names = [
        n
        for n, ms in by_name.items()
        if " " in n
        and any(m.type == "person" for m in ms)
        and not (_ENGLISH_BODY_HEAD_RE.search(n) or _PLACE_HEAD_RE.search(n))
    ]
    person_tokens = {token for n in person_names for token in n.split()}
    surnames = {n.split()[-1] for n in person_names}
    # A word no dictionary holds that is (the start of) a person's name is that person, said short
    # ("Obenauf", "Troche" for Trochowski), not an organisation of its own: their surname counts as their
    # mention ("der Name Arend" after "Christophe Arend"), a nickname is dropped.
    for name, ms in list(by_name.items()):
        if name in surnames and all(m.source == "unknown-word" for m in ms):
            by_name[name] = [replace(m, type="person") for m in ms]
        elif any(m.source == "unknown-word" for m in ms) and any(t.startswith(name) for t in person_tokens):
            by_name[name] = [m for m in ms if m.source != "unknown-word"]
            if not by_name[name]:
                del by_name[name]
    kinds_after = _kinds_after_kind_nouns(text, language)
    kinds = {
        name: _vote(ms, name, places, person_tokens, surnames, text, language, kinds_after)
        for name, ms in by_name.items()
    }
    _capitals_for_their_country(by_name, kinds, text, language, sentences)
    if language not in NOUN_CAPITALISING:
        # A person's name is never written in lower case: words the text also writes so are a thing
        # capitalised in a heading or a list ("Peanut Butter", "Common Mistake", "Assistance Dogs").
        pairs: set[tuple[str, str]] | None = None
        for name in [n for n in by_name if kinds[n] == "person" and " " in n]:
            pairs = _lower_case_word_pairs(text) if pairs is None else pairs
            words = by_name[name][0].text.casefold().split()
            if all(pair in pairs for pair in pairwise(words)):
                del by_name[name]

    # A single-word name joins a longer name of the same type that it is part of: for people, any of its
    # words (the surname, "Schuster" → "Carl Schuster"), where several fit the most mentioned wins; for
    # organisations and places only the name before a legal or generic designator ("Wikimedia" →
    # "Wikimedia Foundation"). "Bronx" is not "East Bronx", "House" not "House Freedom Caucus": merging
    # two actors into one card is worse than showing both.
    canonical: dict[str, str] = {}
    unsure: set[str] = set()
    long_names = sorted((n for n in by_name if " " in n or "-" in n), key=lambda n: -len(by_name[n]))
    stop_words = function_words(language)
    index = _LongNames(long_names, kinds, stop_words)
    for name in by_name:
        kind = kinds[name]
        if " " in name:
            # A shorter form of a person's full name ("Mario Negri", "Donald Trump") joins it.
            fits = [
                c
                for c in (index.holding_words(_name_words(name)) if kind == "person" else ())
                if c != name and kinds[c] == kind == "person" and _shorter(name, c)
            ]
            if fits and all(_same_person(fit, fits[0]) for fit in fits[1:]):
                # one person written in several lengths ("Liz Duarte", "Liz Paola Duarte [Meza]")
                canonical[name] = max(fits, key=len)
            elif kind == "person":
                # A slip in the given name ("Vivian Obenauf" beside "Viviane Obenauf", "Odiar Carneiro")
                # joins the spelling the text uses more, or first.
                words = name.split()
                variants = [
                    c
                    for c in index.ending_in(words[-1])
                    if c != name
                    and len(c.split()) == len(words)
                    and kinds[c] == "person"
                    and _spelling_weight(by_name[c]) > _spelling_weight(by_name[name])
                    and _misspelt(name, c)
                ]
                if len(variants) == 1:
                    canonical[name] = variants[0]
                elif language in ROMANCE and (full := _by_double_surname(name, index)):
                    canonical[name] = full
            elif kind != "person" and (full := index.completed_by_complement(name, kind)):
                canonical[name] = full
            continue
        if language in ROMANCE and name not in places and name not in region_names():
            # The name without the article the text also writes it with ("Figaro", "Parisien" beside "Le
            # Figaro", "Le Parisien"; "Stampa" beside "La Stampa"): one paper, one place; not a person's
            # surname beside a place ("Paz", "La Paz"), nor a country beside a title ("France", "La France
            # a un incroyable talent").
            with_article = next(
                (
                    f"{a}{name}"
                    for a in _ROMANCE_ARTICLES
                    if f"{a}{name}" in by_name and (kind != "person" or kinds[f"{a}{name}"] == "person")
                ),
                None,
            )
            if with_article is not None:
                canonical[name] = with_article
                continue
        holding = index.with_plain_word(name) if kind == "person" else index.with_part(name)
        fits = [c for c in holding if c != name and kinds[c] == kind and _part_of(name, c, kind)]
        if not fits and not any(m.source in STRONG_RULE_SOURCES for m in by_name[name]):
            # The model's type for the short form is a guess; "Wikimedia Foundation" says what it is.
            fits = [
                c
                for c in index.with_part(name)
                if kinds[c] == "organization" and _part_of(name, c, "organization")
            ]
        if not fits and _institution_short_form(name, kind, places):
            # An institution named without its kind word ("PSL" for "Université PSL", "Paris-8" for
            # "université Paris-8").
            fits = [
                c
                for c in index.after_first_word(name)
                if kinds[c] == "organization" and _without_kind_word(name, c)
            ]
        if not fits and name == "House":
            # "the House" is the chamber the text names in full ("House of Commons"), never the White House.
            chambers = [c for c in long_names if c.startswith("House of ") and kinds[c] != "person"]
            fits = chambers if len(chambers) == 1 else []
        if not fits and _PLACE_KIND_RE.fullmatch(name) and not index.with_spaced_word(name):
            unsure.add(name)  # "the Territory" for the British Virgin Islands: the place named otherwise
            continue
        if not fits and _kind_word(name):
            # An institution's or a place's kind word alone ("Tribunal", "Court", "Parco") refers back to
            # the one the text has named in full before it (one name, written at several lengths);
            # after several, to none for sure. Named first, it is an actor of its own ("Policía anuncia
            # …" before "la Policía Fronteriza de Uyuni").
            first = min(m.start for m in by_name[name])
            holders = [c for c in index.with_part(name) if kinds[c] != "person"]
            if not holders and len(by_name[name]) == 1:
                # Once, and no name in the text holds it: the institution in general ("les
                # réorganisations de l'Université et de la recherche").
                unsure.add(name)
                continue
            fits = [c for c in holders if min(m.start for m in by_name[c]) < first]
            longest = max(fits, key=len, default="")
            if not all(longest.startswith(fit) for fit in fits):
                unsure.add(name)
                continue
            fits = fits and [longest]
        # A surname two people share ("Meadows": Mark and Debbie) joins the one the story introduces
        # first, unless another is written by full name `DOMINANT_SHARE` times as often; "Jong Un" and
        # "Kim Jong Un" are one person.
        if kind == "person" and any(not _same_person(fit, fits[0]) for fit in fits[1:]):
            first = min(fits, key=lambda n: min(m.start for m in by_name[n]))
            others = [fit for fit in fits if not _same_person(fit, first)]
            if len(by_name[first]) * DOMINANT_SHARE < max(len(by_name[o]) for o in others):
                continue
            fits = [first]
        if fits:
            canonical[name] = fits[0]
    for name in unsure:
        del by_name[name]
    # An acronym joins the organisation it abbreviates when the text writes it in brackets after the name
    # ("Office fédéral de l'agriculture (OFAG)") or the name's words spell it ("SPVM": Service de police
    # de la Ville de Montréal).

    @lru_cache(maxsize=1)
    def bracketed_words() -> dict[str, list[int]]:
        """Where each word the text writes in brackets stands, read once and only if a name asks."""
        found: dict[str, list[int]] = defaultdict(list)
        for match in _BRACKETED_WORD_RE.finditer(text):
            found[match.group(1)].append(match.start())
        return found

    for name in by_name:
        if name in canonical:
            continue
        if _TITLE_CASE_ACRONYM_RE.fullmatch(name):
            # Italian and Spanish write acronyms in title case ("Csm", "Onu"): a spelled organisation
            # takes one (else, below, one the text writes it in brackets after).
            spelled = [
                c
                for c in index.spelled_by(name.upper())
                if kinds[c] == "organization" and spells(name.upper(), c, stop_words)
            ]
            if spelled:
                canonical[name] = spelled[0]
                continue
        if kinds[name] != "location" and " " not in name and not _ACRONYM_RE.fullmatch(name):
            # A short name in brackets right after an organisation's full name is its short form,
            # however it is written or typed ("Dirección de Prevención … de Vehículos (Diprove)", "…
            # Crime Organizado (Draco)", read as a person).
            owner = _bracketed_after(name, text, bracketed_words(), index)
            if owner is not None:
                canonical[name] = owner
            continue
        if not _ACRONYM_RE.fullmatch(name):
            continue
        # Where "(NAME)" stands: every bracketed word of the text is read once, not once per acronym.
        brackets = bracketed_words().get(name, [])
        written_before = {c for at in brackets for c in index.written_before(text, at)}
        for candidate in index.ordered([*written_before, *index.spelled_by(name)]):
            # Spelled, any type: a model reads "SAG" as a person, and "JOH" is Juan Orlando Hernández. In
            # brackets, only after an organisation: "Andreas Scheuer (CSU)" gives his party, "Fuerza
            # Armada de El Salvador (FAES)" is not El Salvador.
            bracketed = kinds[candidate] == "organization" and any(
                at > len(candidate) and text.startswith(f"{candidate} ", at - len(candidate) - 1)
                for at in brackets
            )
            if bracketed or spells(name, candidate, stop_words):
                canonical[name] = candidate
                break
    # A name that is another actor's full name with words about it before ("Firma Signa Development",
    # "österreichischen Milliardärs Rene Benko") is that actor.
    # A company's name said short, without the last words and legal form of its full name ("Signa
    # Development" for "Signa Development Selection AG"), is that company when only one fits.
    for name in by_name:
        if name not in canonical and " " in name:
            described = _described_name(name, index.ends_of(name), language)
            if described is not None:
                canonical[name] = described
                continue
            companies = [c for c in index.extending(name) if _LEGAL_FORM_END_RE.search(c)]
            if kinds[name] == "organization" and len(companies) == 1:
                canonical[name] = companies[0]
    # A nickname the text wrote inside a person's name ("Joaquín “El Chapo” Guzmán") is that person's.
    for name in by_name:
        nickname = _NICKNAME_RE.search(name)
        if nickname is not None and kinds[name] == "person" and nickname.group(1) in by_name:
            canonical[nickname.group(1)] = canonical.get(name, name)
    _join_spelling_variants(by_name, kinds, canonical, language)
    if language == "en":
        _join_national_forms(by_name, kinds, canonical)
    # Chains ("Jong Un" → "Kim Jong Un") settle on the longest form.
    for name in list(canonical):
        seen = {name}
        while canonical.get(canonical[name]) and canonical[name] not in seen:
            seen.add(canonical[name])
            canonical[name] = canonical[canonical[name]]

    # One country under several names ("USA", "US", "Vereinigte Staaten") is one actor, named by its
    # longest form present.
    by_country: dict[str, list[str]] = defaultdict(list)
    for name, ms in by_name.items():
        code = _country_code(name, ms, language)
        if kinds[name] == "location" and name not in canonical and code:
            by_country[code].append(name)
    for names in by_country.values():
        longest = max(names, key=lambda n: (len(n), n))
        canonical.update({n: longest for n in names if n != longest})

    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for name, ms in by_name.items():
        head = canonical.get(name, name)
        groups[(head, kinds[head])].extend(ms)

    @lru_cache(maxsize=1)
    def lower_case_words() -> set[str]:
        """The words the text writes in lower case, read once and only if a one-word name asks."""
        return set(LOWER_CASE_WORD_RE.findall(text))

    @lru_cache(maxsize=1)
    def words_before() -> dict[str, set[str]]:
        """Each word of the text with the words written right before it, read once if a word asks."""
        before: dict[str, set[str]] = defaultdict(set)
        for m in _WORD_PAIR_RE.finditer(text):
            before[m.group(2)].add(m.group(1))
        return before

    @lru_cache(maxsize=1)
    def prose_words() -> set[str]:
        """The words its prose writes in lower case, read once and only if a word in capitals asks."""
        return set(PROSE_WORD_RE.findall(text))

    # The words of longer names: "Meadows" alone is a name when "Mark Meadows" is one.
    name_words = {word for head, _ in groups if " " in head for word in head.split()}
    summary_spans = [(s.start, s.end) for s in sentences if s.index in summary_indices]
    length = max(1, len(text))
    actors: list[Actor] = []
    if not groups:
        return []  # every name was let go ("Tribunal" once, and no name holds it)
    max_count = max(len(ms) for ms in groups.values())
    for (head, kind), ms in groups.items():
        if inflects(language):
            head = display_name(Counter(m.text for m in by_name[head]), language)
        ms.sort(key=lambda m: m.start)
        spans = sorted({(m.start, m.end) for m in ms})
        if len(spans) == 1 and " " not in head and ms[0].source in WEAK_ALONE_SOURCES:
            continue
        if is_event_name(head) or is_thing_acronym(head) or (kind != "location" and is_document_name(head)):
            continue
        if language in CASELESS_SCRIPT_LANGUAGES and not _foreign_name_kept(head, kind, places):
            continue  # a Chinese page's English song titles ("Goodbye", "Beautiful Love"): fewer, no junk
        if all(cited_law(text, at) for at, _ in spans):
            continue  # "§ 176 Abs. 1 GVG", "Art. 5 GG": a law, however the model typed it
        if product_name(text, spans[0][0]):
            continue  # "ein Produkt namens Grok", "the chatbot Bard": a product, introduced as one
        if (
            len(head) <= ABBREVIATION_LETTERS
            and not head.isupper()  # "JAMA. 2016;315:…" cites a journal by its name
            and all(_ABBREVIATION_DOT_RE.match(text, end) for _, end in spans)
        ):
            continue  # "Rdn. 12", "Urt. v.", "Aufl. 2019", "zzgl. MwSt. und": an abbreviation, not a name
        if " " not in head and any(weather_name(text, at, head) for at, _ in spans):
            continue  # "Sturmtief Sabine", "Hurricane Katrina", "il Maestrale": weather, named like people
        if kind != "person" and language in ROMANCE and all(in_minister_title(text, at) for at, _ in spans):
            continue  # "ministre de la Justice", "ministro dell'Interno": a title's portfolio, no body
        if kind == "location" and language == "fr" and _french_masthead(head, spans, text):
            kind = "organization"  # "selon Le Parisien", "a indiqué au Parisien": the paper, no Parisian
        if _bare_word(head, kind, language, places) and (
            (kind != "location" and head not in _MUNICIPALITIES and _common_word(head, lower_case_words))
            or (head not in name_words and _only_sentence_initial(spans, text))
            or (language in _CLOSED_WORD_LANGUAGES and head.casefold() in closed_words(language))
            # "le Istituzioni", "las Instituciones": a plural of an abstract noun names no one
            or (language in ROMANCE and _ABSTRACT_PLURAL_RE.search(head) is not None)
            or _plural_of_kind_word(head)
            # "| Duración | Fecha |": a table's cell opens with a capital as a sentence does, however often
            or all(ends_before(_TABLE_CELL_START_RE, 4, text, at) for at, _ in spans)
        ):
            # A common word, or a word standing only where any word is capitalised; a place may be
            # written as a common word elsewhere ("il Sud" and "a sud").
            continue
        if _common_word_in_capitals(head, places, prose_words):
            continue  # "October 20: ACCIDENT – A vehicle …"
        if kind == "location" and language in ROMANCE and _people_word(head, places, lower_case_words):
            continue
        if kind == "location" and language == "fr" and _french_people_word(head, spans, places, text):
            continue
        if language in NOUN_CAPITALISING and _place_adjective(head, places, groups):
            continue
        if (
            language == "de"
            and " " not in head
            and is_german_noun(head)
            and all(
                ends_before(_GERMAN_POSSESSIVE_BEFORE_RE, POSSESSIVE_CHARACTERS, text, at) for at, _ in spans
            )
        ):
            continue  # "in Ihrem Kanton", "seine Partei": a common noun ("unser Bülow" is a name)
        if language == "de" and (
            _german_noun(head, kind)
            or _german_sentence_word(head, ms, spans, places, name_words, text)
            or _german_thing_as_place(head, kind, ms, places)
            or _german_compound_named_once(head, kind, ms, places, text)
            or _borrowed_word_alone(head, kind, name_words, words_before)
        ):
            continue
        if (
            kind == "location"
            and head not in country_codes(language)
            and all(_inside_name(text, at) or _NUMBERED_AFTER_RE.match(text, end) for at, end in spans)
        ):
            # "Ostrava" only in "l'Hôpital universitaire d'Ostrava", "Paris" only in "Paris 8" (a university),
            # "Bayern" only in "Bayern 2" (a radio station): part of another name; a country stays
            continue
        first = spans[0][0] / length
        in_summary = sum(any(s <= a < e for s, e in summary_spans) for a, _ in spans)
        summary_share = min(1.0, in_summary / max(1, len(summary_spans))) if summary_spans else 0.0
        salience = (
            0.5 * math.log1p(len(spans)) / math.log1p(max_count) + 0.25 * (1.0 - first) + 0.25 * summary_share
        )
        if len(spans) == 1 and kind != "person":
            salience -= NAMED_ONCE_PENALTY
        if kind != "location" and all(_channel(text, at) for at, _ in spans):
            # Only ever where someone speaks ("schrieb der AStA auf Twitter", "said on Twitter"): a medium,
            # which no person is.
            kind = "organization"
            salience *= CHANNEL_SALIENCE
        written = {m.text for m in ms}
        if kind == "person" and _initial_dotted(head, ms, text):
            head += "."  # "Lutz S. hat geklagt": an initial keeps its dot, as the reader saw it
        aliases = sorted(written - {head, head.rstrip(".")}, key=lambda a: (-len(a), a))
        actors.append(Actor(head, kind, aliases, len(spans), round(salience, 4), spans))
    actors.sort(key=_salience_order)
    return actors[:limit]


#: A speech verb, a few words of its clause and a preposition of the medium right before a name: the
#: platform or the paper someone speaks through ("schrieb der AStA auf Twitter", "wrote on Facebook",
#: "publicó en su cuenta de Twitter", "a écrit sur X"), not an actor of the story.
_CHANNEL_BEFORE_RE = re.compile(
    rf"\b(?:{SPEECH_VERBS})\b[^.!?;:\n«»\"“”„]{{0,40}}?\s(?:auf|bei|via|on|über|sur|su|no|na|"
    r"en\s+su\s+cuenta\s+de|em\s+sua\s+conta\s+n[oa]|in\s+einem\s+Post\s+auf)\s+(?:(?:der|dem|the)\s+)?$"
)
#: How far before a name such a clause is read.
CHANNEL_CHARACTERS = 80
#: The share of its salience an organisation keeps when the text names it only as such a medium.
CHANNEL_SALIENCE = 0.25


def _channel(text: str, at: int) -> bool:
    """Whether the name at `at` is the medium of someone's words (`_CHANNEL_BEFORE_RE`)."""
    return _CHANNEL_BEFORE_RE.search(text[max(0, at - CHANNEL_CHARACTERS) : at]) is not None


#: Institutions and venues named "X of Place" beyond the organisation and place words of the rules.
_VENUE_HEADS = (
    r"\b(?:Opéra|Opera|Oper|Teatro|Théâtre|Theatre|Museo|Musée|Museum|Catedral|Cattedrale|Cathédrale|"
    r"Cathedral|Iglesia|Chiesa|Église|Estadio|Stadio|Stade|Stadium)\b"
)
#: The end of an institution's or a venue's name that goes on with "of"/"de" and a place: the head word,
#: up to three more words, the connector ("Hôpital universitaire d'", "Corte d'Assise di ", "Bank of ").
#: German joins such names without one ("Oberliga Hamburg", in the rules).
#: A number of a digit or two right after a place's name, which makes it another's ("Paris 8", "Bayern 2",
#: "Apollo 17"); not a quantity nor an arrondissement ("Italy 143,600", "Paris 8e").
_NUMBERED_AFTER_RE = re.compile(r" \d{1,2}(?![\w,.%/:-])")
_NAME_BEFORE_PLACE_RE = re.compile(
    rf"(?:{ORGANISATION_WORDS.pattern}|{PLACE_WORDS.pattern}|{_VENUE_HEADS})(?:\s+[\w’'-]+){{0,3}}?"
    r"\s+(?:of|de|del|de la|d[’']|di|della|dello|des|du|do|da|dos|das)\s*$"
)


def _inside_name(text: str, at: int) -> bool:
    """Whether the place mentioned at `at` ends the name of an organisation or a venue ("Corte d'Assise
    di Roma", "Opéra de Paris", "Bank of England"): not a mention of the place itself, as annotators and
    readers count it."""
    line_start = text.rfind("\n", max(0, at - 80), at) + 1
    return _NAME_BEFORE_PLACE_RE.search(text, max(line_start, at - 80), at) is not None


_BRACKETED_WORD_RE = re.compile(r"\(([^\W\d_][\w.-]{0,40})\)")


def _bracketed_after(name: str, text: str, bracketed: dict[str, list[int]], index: _LongNames) -> str | None:
    """The organisation whose full name the text writes right before "(name)", if any."""
    for at in bracketed.get(name, ())[:MAX_BRACKETS_READ]:
        before = text[max(0, at - index.longest_organisation - 2) : at].rstrip()
        owners = [o for o in index.ends_of_text(before) if index.kinds[o] == "organization"]
        if owners:
            return owners[0]
    return None


#: How many places of one bracketed word are read: the full name comes before its first ones.
MAX_BRACKETS_READ = 3


def _salience_order(actor: Actor) -> tuple[float, int, str]:
    """Most salient first, then most mentioned, then by name: one order for every ranking."""
    return (-actor.salience, -actor.mentions, actor.name)


def rank_speakers(actors: list[Actor], limit: int = MAX_ACTORS) -> list[Actor]:
    """The first `limit` actors once those quoted have their salience raised by `SPEAKER_BONUS`: whom
    the story quotes is whom it is about (a commissioner named once but quoted twice), however often
    the recogniser found the name."""
    for actor in actors:
        if actor.quotes:
            actor.salience = round(actor.salience + SPEAKER_BONUS, 4)
    actors.sort(key=_salience_order)
    shown, rest = actors[:limit], actors[limit:]
    # Whoever the story quotes is shown: a speaker below the cut takes the place of the least salient
    # actor that says nothing (a police commissioner quoted twice in the last paragraph); the first
    # `KEPT_IN_ORDER` stay as they are.
    for speaker in [a for a in rest if a.quotes]:
        silent = [index for index, a in enumerate(shown) if not a.quotes and index >= KEPT_IN_ORDER]
        if not silent:
            break
        del shown[silent[-1]]
        shown.append(speaker)
    return shown
