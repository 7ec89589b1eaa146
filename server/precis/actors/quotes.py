"""Who said what: direct quotes attributed to the actor who said them, and the role the text gives them.

News attributes quotes in a handful of fixed shapes, so patterns do this well where a model would need
training data we do not have:

- `"…", sagte Schuster` / `"…," said Easley` / `„…", so X` — quote, speech verb, name;
- `"…," Easley said` — quote, name, verb;
- `Schuster sagte: "…"` / `Easley said: "…"` — name, verb, colon, quote;
- `«…», — намекнул Товпинец` / `«…», précise la toxicologue Dominique Parent-Massin` — after the quote, a
  clause that starts with a lower-case word (the verb, in any language and tense) and names one speaker
  within a few words, no pronoun before it (`«…», a-t-il dit à Marie` is not Marie's);
- `Mit dabei war auch Stefan Bröckling von der Tiernothilfe: „…“` / `Mancino ha precisato che «…»` — a
  quote opened by a colon or "that" after a clause of its sentence that names exactly one person (or,
  with no person, one organisation);
- a quote that follows an attributed one in the same paragraph, with nothing but the attribution between,
  continues it (`"…", sagte Schuster. "…"`) — unless that gap names another speaker.

A speaker must be a person or organisation actor already found (a mention at that spot), so the patterns
never invent anyone. The role is the apposition after the speaker's name — `sagte Leif-Eric Easley,
Professor für internationale Studien.` — when it starts like one (a noun, an adjective or an indefinite
article: "ein ehemaliger Kapitän", "a professor"), not a relative clause ("der …", "who …").
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from . import Actor
from .lexicon import is_german_noun_or_compound
from .rules import (
    LIST_JOINER_RE,
    NAME_RUN,
    PARTICLES,
    SPEECH_RE,
    SPEECH_VERBS,
    TELLING_VERBS,
    TITLES,
    calendar_words,
    closed_words,
    is_role_word,
)

#: Quotes kept per actor, each cut at `MAX_QUOTE_CHARS`: a story's main voice is quoted up to ten times
#: (the annotated news has one speaker with ten), and a reader of the API wants all of it; the bound
#: keeps an answer small (15 actors × 10 × 400 characters at most).
MAX_QUOTES = 10
MAX_QUOTE_CHARS = 400
#: The gap between two quotes of one speaker: the attribution clause, nothing more.
CONTINUATION_GAP = 160
ROLE_MAX_WORDS = 12

_QUOTE_RE = re.compile(
    # (a page may close a straight quote with a curly mark: `"great suspicion,” Woodard said`)
    r'"(?P<a>[^"“”\n]{3,3000}?)["”]'
    r"|„(?P<b>[^„“”\"\n]{3,3000}?)[“”\"]"
    r"|“(?P<c>[^“”\n]{3,3000}?)”"
    # A quote that runs on into the next paragraph has no closing mark in its own (English style).
    r"|“(?P<f>[^“”\n]{3,3000})(?=\n)"
    r"|«\s?(?P<d>[^«»\n]{3,3000}?)\s?»"
    r"|»(?P<e>[^«»\n]{3,3000}?)«"
)
#: Dialogue set off by dashes, as Russian (and Spanish) write speech: a line that opens with a dash, the
#: words said, then a dash and the speech verb (`— Цены останутся прежними, — сказал Алексей Миллер.`);
#: read only where that verb follows, so a list's dashes are no speech.
_DASH_QUOTE_RE = re.compile(
    r"(?m)^[ \t]*[—–][ \t]*(?P<g>[^\W\d_][^\n—–«»\"“”„]{2,3000}?[!?…]?)"
    rf"(?=,?[ \t]*[—–][ \t]*(?:{SPEECH_VERBS})\b)"
)
_CLOSING_MARKS = frozenset('"“”»«')
_QUOTE_MARKS = _CLOSING_MARKS | {"„"}
#: rules' "verb (title) Name" pattern, right after the closing quote mark
_AFTER_VERB_NAME_RE = re.compile(r"^\s*,?\s*" + SPEECH_RE.pattern)
#: English titles written before a surname at the verb (`"…," Gov. Inslee said`): skipped, not the name.
_TITLE_ABBREVIATIONS = r"(?:(?:Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Capt|Supt|Insp|Det)\.\s+)?"
_AFTER_NAME_VERB_RE = re.compile(
    rf"^\s*,?\s*{_TITLE_ABBREVIATIONS}(?P<name>{NAME_RUN})"
    # … an apposition between them ("Yellen, 76, said", "Janet Yellen, the Treasury secretary, said")
    r"(?:,[ \t]+[^,.;:!?\"“”«»\n]{1,80},)?"
    rf"\s+(?:{SPEECH_VERBS})\b"
)
#: The same with a description before the name (`"…," ISD spokesman Tahir Della told DW`, `"…," Labour
#: MP Chi Onwurah said`): up to three words, no punctuation, then the name at its verb.
_AFTER_DESCRIBED_NAME_VERB_RE = re.compile(
    rf"^\s*,?\s*(?:[\w’'-]+\s+){{1,3}}?{_TITLE_ABBREVIATIONS}(?P<name>{NAME_RUN})\s+(?:{SPEECH_VERBS})\b"
)
#: After a question or exclamation, a name and a speech verb that end the sentence attribute it
#: (`"…?" King asked.`, `"…!" King asked Scott.`), unlike a new sentence that goes on (`"…." Katrin
#: Göring-Eckardt sagte den Zeitungen: …`).
_ASKED_RE = re.compile(rf"\s*{_TITLE_ABBREVIATIONS}{NAME_RUN}\s+(?:{SPEECH_VERBS})(?:\s+{NAME_RUN})?\s*[.,;]")
_BEFORE_NAME_VERB_RE = re.compile(rf"(?P<name>{NAME_RUN})\s+(?:{SPEECH_VERBS})(?:\s+\w+){{0,3}}\s*[:,]\s*$")
_ROLE_RE = re.compile(
    r"^,\s+(?P<role>(?!(?:der|die|das|dem|den|des|welche[rs]?|who|which|that|qui|que|quien|che|die|dat)\b)"
    r"[^\W\d][^,.;:!?\"„“”()\n]{2,120}?)\s*(?=[,.;:]|$)"
)
_LEADING_ARTICLE_RE = re.compile(r"^(?:ein|eine|einer|a|an|un|une|uno|una|een)\s+", re.IGNORECASE)
#: After a quote: optional comma and dash, then a lower-case word — an attribution clause, up to its end.
_ATTRIBUTION_CLAUSE_RE = re.compile(
    # a name in guillemets may stand in it ("— заявил глава «Газпрома» Алексей Миллер")
    r"^\s*,?\s*(?:[-–—]\s*)?(?=[^\W\d_A-ZÀ-ÞА-ЯЁ])(?:[^.!?;:\n«»\"“”„]|«[^«»\n.!?]{1,40}»){1,100}"
)
#: Third-person pronouns that stand for a speaker: subjects, and "lui", which is one in Italian ("lui ha
#: detto") but an object before a French verb ("lui a dit"), so no subject at a speech verb.
_SUBJECT_PRONOUNS = r"er|sie|he|she|il|elle|lei|ella|él|ele|ela|он|она"
_PRONOUNS = _SUBJECT_PRONOUNS + r"|lui"
#: A pronoun subject in an attribution clause: the name after it is not the speaker ("a-t-il dit à Marie").
_PRONOUN_RE = re.compile(rf"-t-(?:il|elle)\b|-(?:il|elle)\b|\b(?:{_PRONOUNS})\b", re.IGNORECASE)
_ITALIAN_PRONOUN_RE = re.compile(r"\b(?:lei|lui|egli|ella)\b", re.IGNORECASE)
#: Before a quote: the clause that opens it ends in a colon or "that".
_OPENER_RE = re.compile(r"(?::|\b(?:que|qu’|qu'|che|dass|that|что|que)\s*,?)\s*$")
#: Where a sentence starts: after its predecessor's end mark, a closing quote mark allowed after it
#: (`… stattfindet." Grünen-Fraktionschefin X sagte: "…"`), or a line break.
_SENTENCE_START_RE = re.compile(r"(?:[.!?…][\"“”»«„’']?\s|\n)")
CLAUSE_MAX_WORDS = 10
#: Role words before a person at a sentence's start that still leave them its subject ("Governor John …").
SUBJECT_LEAD_WORDS = 2
#: … or capitalised words of a place or body before the role ("New York City Mayor Bill de Blasio").
DESCRIBED_LEAD_WORDS = 5
#: Words of an introductory phrase set off by a comma before a sentence's subject ("Durante la misma
#: entrevista de ayer, Delgado hizo …", "In a statement, Smith said …").
INTRODUCTORY_WORDS = 8
ORGANISATION_LEAD_WORDS = 3
#: How far back a pronoun's antecedent is looked for.
ANTECEDENT_CHARS = 600
#: How far around a quote a speaker's name the recogniser missed is looked for (`_unmarked_mentions`):
#: every rule reads at most this far from the quote.
UNMARKED_WINDOW = ANTECEDENT_CHARS
#: After a quote: the verb and a pronoun subject ("a-t-il estimé", "sagte sie", "he said", "— сказал он").
#: French "c'est ainsi qu'elle a qualifié …", "c'est en ces termes qu'il a répondu": a pronoun's words,
#: however short («Un choc», c'est ainsi qu'il a qualifié …).
_THUS_SAID = r"c['’]est\s+(?:ainsi|en\s+ces\s+termes|de\s+la\s+sorte)\s+qu['’](?:il|elle)\b"
_THUS_SAID_RE = re.compile(rf"\s*,\s*{_THUS_SAID}", re.IGNORECASE)
_PRONOUN_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:[-–—]\s*)?(?:\w+-t-(?:il|elle)\b|\w+-(?:il|elle)\b|(?:\w+\s+){{0,2}}(?:{_PRONOUNS})\b"
    rf"|{_THUS_SAID})",
    re.IGNORECASE,
)
_VERB_BEFORE_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\s*$")
#: A speech verb with no subject after the quote, as Spanish, Portuguese and Italian write it (`"…",
#: dijo.`, `"…", disse.`, `"…", dijo refiriéndose a …`): its speaker is the pronoun's would-be antecedent.
#: Not when a name follows the verb (that is the speaker, found by the rules above).
#: A speech verb right after a quote's comma (or dash), before whatever says who spoke.
_VERB_AFTER_QUOTE = rf"^\s*,\s*(?:[-–—]\s*)?(?:{SPEECH_VERBS})"
#: Articles that introduce someone new after a speech verb (`", schreibt ein Anwalt der Kanzlei …"`): no
#: one named before is meant.
_INDEFINITE_ARTICLES = r"(?:ein|eine|einer|un|une|uno|una|um|uma)"
_BARE_VERB_AFTER_RE = re.compile(
    rf"{_VERB_AFTER_QUOTE}(?=\s*[.,;:!?]|\s*$|\s+(?!{_INDEFINITE_ARTICLES}\b)[a-zà-ÿ])"
)
#: A spokesperson who speaks for an organisation, unnamed: after the quote (`", so ein Sprecher`,
#: `», a déclaré son porte-parole`, `», — отметила представитель Philips`) or in the clause that opens
#: it (`But a spokesperson for UCEA said: "…"`). The organisation speaks (as the annotators count it).
_SPOKESPERSON = (
    r"(?:[\w-]*[Ss]precher(?:in)?|spokes(?:man|woman|person)|porte-parole|portavoz|portavoce|porta-voz|"
    r"представитель|представительница)"
)
#: An organisation's kind said for its name after the quote ("explained the court in its ruling",
#: `», écrit l'agence`): the organisation of that kind last named, as a reader resolves it.
_BODY_KIND = (
    r"(?:court|tribunal|Gericht|corte|cour|agency|agence|agencia|agenzia|agência|company|Unternehmen|"
    r"Konzern|empresa|entreprise|azienda|ministry|Ministerium|ministère|ministerio|ministero|ministério)"
)
#: A speech verb right after a quote, its comma inside the marks or after them (`"…," said`, `«…», écrit`).
_ANY_VERB_AFTER_QUOTE = rf"^\s*,?\s*(?:[-–—]\s*)?(?:{SPEECH_VERBS})"
_BODY_KIND_AFTER_RE = re.compile(
    rf"{_ANY_VERB_AFTER_QUOTE}\s+(?:the|l['’]|la|le|el|il|o|a|der|die|das)\s?(?P<kind>{_BODY_KIND})\b"
)
_SPOKESPERSON_AFTER_RE = re.compile(
    rf"{_ANY_VERB_AFTER_QUOTE}\s+(?:\S+\s+){{0,2}}?(?P<role>{_SPOKESPERSON})\b"
)
#: A spokesperson who speaks in reported speech ("a spokesperson for UCEA said its members …").
_SPOKESPERSON_FRAME = rf"\b(?P<role>{_SPOKESPERSON})\b[^.!?\n«»\"“”„]{{0,120}}?\b(?:{SPEECH_VERBS})\b"
_SPOKESPERSON_FRAME_RE = re.compile(_SPOKESPERSON_FRAME)
#: An organisation's statement that says the quote (`", hieß es in einer Erklärung des Ministeriums`,
#: `", diz o comunicado do STF`, `», indique le communiqué de la préfecture`): the statement's author.
_STATEMENT = (
    r"(?:Erklärung|Mitteilung|Stellungnahme|Pressemitteilung|statement|release|communiqué|comunicado|"
    r"comunicato|nota|заявлении|сообщении)"
)
_STATEMENT_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:[-–—]\s*)?(?:{SPEECH_VERBS}|hieß es|heißt es)\s+(?:\S+\s+){{0,3}}?(?P<role>{_STATEMENT})\b"
)
#: … the same frame opening the quote's own sentence (`But a spokesperson for UCEA said: "…"`).
_SPOKESPERSON_BEFORE_RE = re.compile(rf"{_SPOKESPERSON_FRAME}[^.!?\n«»\"“”„]{{0,40}}[:,]\s*$")
#: Between a spokesperson or a statement and the body they speak for ("a spokesperson for the …",
#: "представитель", "comunicado do").
_SPOKESPERSON_FOR_RE = re.compile(
    r"\s+(?:(?:for|of|from|by)(?:\s+the)?|de la|des|du|del|della|de|do|da|der|von)?\s*"
)


#: After an article, the words that date a quote ("dijo el martes", "said last May") rather than describe
#: its speaker: day and month names and "last".
_DATING_WORDS = "|".join(
    re.escape(word)
    for word in sorted(
        {
            word.casefold()
            for language in ("de", "en", "es", "fr", "it", "pt")
            for word in calendar_words(language)
        }
        | {"pasado", "pasada", "passato", "passata", "scorso", "scorsa", "passado", "passada", "dernier"}
        | {"dernière", "último", "última", "ultimo", "ultima", "last"},
        key=len,
        reverse=True,
    )
)


#: The definite articles before a description ("el funcionario", "le ministre", "der US-Präsident").
_DEFINITE_ARTICLES = "el|la|los|las|le|les|il|lo|gli|the|der|die|das|o|os|as"
#: The words of such a description, up to five ("ministre de la Santé", "periodista ruso").
_DESCRIPTION = r"(?P<description>[^\W\d][\w’'-]*(?:\s+[\w’'-]+){0,4}?)"
_DEFINITE_ARTICLE_RE = re.compile(_DEFINITE_ARTICLES, re.IGNORECASE)
#: A speech verb whose subject is a description after it ("», señaló el funcionario", "», a précisé la
#: toxicologue", "», sagte die Sprecherin"): someone the text does not name there, not a bare verb.
_DESCRIBED_AFTER_VERB_RE = re.compile(
    rf"{_VERB_AFTER_QUOTE}\s+(?:(?:(?:{_DEFINITE_ARTICLES})\s+|l['’])"
    rf"(?!(?:{_DATING_WORDS})\b)[a-zà-ÿ]"
    # … or a noun and its complement ("», sostiene parte de la resolución"), not an adverbial ("luego de")
    r"|(?!(?:luego|antes|después|además|través|cerca|dentro|fuera|acerca|depois|prima|dopo)\b)"
    r"[a-zà-ÿ]+\s+(?:de|del|da|do|di|della|of)\s)",
    re.IGNORECASE,
)
#: The same description read to the end of its clause, the verb right after the quote (`» a déclaré à
#: cette occasion le ministre de la Santé.`, `", sagte der US-Präsident.`): matched against the roles the
#: text gives its people (`_role_phrases`).
_DESCRIPTION_AFTER_QUOTE_RE = re.compile(
    rf"\s*,?\s*(?:[-–—]\s*)?(?:{SPEECH_VERBS})\s+(?:[a-zà-ÿ]+\s+){{0,3}}?"
    rf"(?:(?:{_DEFINITE_ARTICLES})\s+|l['’])"
    rf"{_DESCRIPTION}\s*(?=[.,;:!?\n]|$)"
)
#: A description that opens a clause and ends right before its speech verb ("Der US-Präsident schrieb").
_DESCRIBED_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[,;:–—])\s*|(?<=\n))\s*(?:{_DEFINITE_ARTICLES})\s+"
    rf"{_DESCRIPTION}\s+$",
    re.IGNORECASE,
)
#: … or opens it before an apposition set off by commas ("El periodista ruso, cuyo periódico … se ha
#: visto obligado a suspender su publicación, advirtió que").
_DESCRIBED_APPOSED_RE = re.compile(
    rf"^\s*(?:{_DEFINITE_ARTICLES})\s+(?P<description>[^\W\d][\w’'-]*(?:\s+[\w’'-]+){{0,2}}?)\s*"
    r",[^.!?;:\n«»\"“”„]{1,160},\s*$",
    re.IGNORECASE,
)
#: The description that opens a sentence, before the name set off by commas after it: its noun.
_OPENING_DESCRIPTION_RE = re.compile(
    rf"\s*(?:{_DEFINITE_ARTICLES})\s+(?P<noun>[a-zà-ÿ]+)\b[^.!?;:\n«»\"“”„]{{0,120}},\s*$", re.IGNORECASE
)
#: The most words a description of lower-case words may have ("el periodista ruso").
DESCRIPTION_WORDS = 3
#: The longest clause read for such a description.
DESCRIBED_SUBJECT_CHARS = 220
#: A description alone after "according to", up to the comma that ends it ("según el periodista, …").
_DESCRIBED_SOURCE_RE = re.compile(
    rf"\s+(?:(?:{_DEFINITE_ARTICLES})\s+|l['’]){_DESCRIPTION}\s*,",
    re.IGNORECASE,
)
#: How far before a person's name the role glued to it is read ("le ministre de la Santé Roman Prymula").
ROLE_BEFORE_CHARACTERS = 80
ROLE_BEFORE_WORDS = 5
#: A clause that opens a quote with a pronoun subject ("Elle affirme :", "Er fordert nach den Protesten:").
#: A pronoun answering after a quote (`"…," she replied`, `», a-t-il répondu`, `", antwortete er`).
_ANSWER_VERBS = (
    r"replied|answered|responded|antwortete|antwortet|répond|répondu|respondió|responde|rispose|"
    r"risponde|risposto|respondeu|responde|ответил|ответила"
)
_ANSWER_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:[-–—]\s*)?(?:(?:{_SUBJECT_PRONOUNS})\s+(?:{_ANSWER_VERBS})|a-t-(?:il|elle)\s+(?:{_ANSWER_VERBS})|"
    rf"(?:{_ANSWER_VERBS})(?:-t)?-?\s*(?:{_SUBJECT_PRONOUNS}))\b",
    re.IGNORECASE,
)
#: … and the question put to someone before it ("a reporter asked Montoya-Lewis", "fragte Müller").
_ASKED_NAME_RE = re.compile(
    rf"\b(?:asked|fragte|a demandé à|preguntó a|ha chiesto a|perguntou a|спросил|спросила)\s+"
    rf"(?:{_TITLE_ABBREVIATIONS})?(?P<name>{NAME_RUN})"
)
#: The speaker's incise inside a quote's marks, as French, Italian and Spanish write it: after a comma or
#: a dash, the verb and a name (`« Absurde. Ce processus est la norme, explique Antony Fastier,
#: toxicologue. … »`, `"… - dichiara il Presidente Cannata - …"`, `«… —dijo Pérez—, …»`) or an inverted
#: pronoun (`« Cette loi, c'est le démantèlement …, affirme-t-elle. … »`), then the incise ends.
_INCISE_START = r"(?:,|\s-|\s?[–—])\s*"
_INCISE_END = r"(?=\s*(?:[.,;:!?…\"“”»]|\s-|\s?[–—]))"
_INCISE_NAME_RE = re.compile(
    rf"{_INCISE_START}(?:{SPEECH_VERBS})\s+(?:(?:il|la|le|el|lo|l['’])\s*)?(?:(?:{TITLES})\s+)?"
    rf"(?P<name>{NAME_RUN}){_INCISE_END}"
)
_INCISE_PRONOUN_RE = re.compile(rf"{_INCISE_START}[^\W\d_]+-(?:t-)?(?:il|elle){_INCISE_END}")
_PRONOUN_FIRST_RE = re.compile(rf"\s*(?:{_PRONOUNS})\b", re.IGNORECASE)
#: A clause after a quote that goes on with the sentence instead of naming its speaker ("…", was mit Kim).
_NOT_ATTRIBUTION_RE = re.compile(
    r"^\s*,?\s*(?:[-–—]\s*)?(?:was|wie|wer|wo|dass|ob|und|oder|aber|which|what|that|who|and|or|but|que|qui|"
    r"et|ou|mais|dont|où|che|cosa|e|o|ma|y|pero|como|donde|quien|ou|mas|onde|quem|что|и|а|но|где|как)\b",
    re.IGNORECASE,
)
#: What ends a clause (or the words before a name that a role may fill).
_CLAUSE_END_RE = re.compile(r"[,.;:!?«»\"“”„\n()]")
#: Words before a name that make it a possessor, not the speaker ("los abogados del expresidente X").
_POSSESSIVE_WORDS = frozenset("del de des du of von vom di della dello dei degli do da dos das".split())
#: … or a possessive ending after it ("Meadows' office", "Trump’s lawyers").
_POSSESSIVE_END_RE = re.compile(r"(?:['’]s?)(?=\s)")
#: Before a name in a quote's opening clause: a conjunction makes it the subject of another clause
#: ("dass Trochowski es ihm nachmacht, sagte der MOPO:"), a preposition right before it an object.
_SUBORDINATE_RE = re.compile(r"\b(?:dass|ob|that|que|qu’|qu'|che|что)\b", re.IGNORECASE)
_OBJECT_WORDS = frozenset("mit with avec con com с to an à a".split())
#: Past participles that carry a frame after an auxiliary and an adverb ("Babiš a également déclaré",
#: "Mancino ha poi detto"); not in `SPEECH_VERBS`, whose "verb + Name" makes persons in the rules.
_PARTICIPLES = (
    "déclaré|affirmé|ajouté|expliqué|indiqué|souligné|précisé|estimé|raconté|confié|rappelé|assuré|"
    "detto|dichiarato|affermato|spiegato|aggiunto|sottolineato|precisato|ribadito|"
    "dicho|declarado|afirmado|explicado|añadido|señalado|"  # es; the last four are Portuguese too
    "dito|acrescentado"
)
#: Speech words that only ever come before their speaker ("laut X", "según X").
_SPEECH_PREPOSITIONS = frozenset(
    {"so", "laut", "according to", "selon", "según", "secondo", "segundo", "volgens", "по словам"}
    | {"d'après", "d’après", "de acuerdo con", "de acordo com", "a detta di", "stando a", "conforme"}
    # … and "for X," opening a sentence ("Pour la toxicologue, « … »", "Para el fiscal, …"); only there
    | {"pour", "para", "per"}
)
#: … capitalised, opening a sentence ("По словам премьер-министра …, запрет является «…»"); not "So", a
#: sentence's adverb there. "For" is a speech word only so: "pour", "para", "per" are not speech verbs.
_OPENING_PREPOSITIONS = "|".join(sorted(p[:1].upper() + p[1:] for p in _SPEECH_PREPOSITIONS if p != "so"))
#: Verbs that give a thing a quoted name ("X nannte den Prozess „unverzichtbar“", "X called it "a
#: disgrace"", "X a qualifié … « impardonnable »"): the name after one is what is named ("called
#: Velázquez's about-face"), except in German, which puts the subject there ("nannte Stetter-Karp").
_LABELLING_VERBS = (
    "called|calls|described|qualifie|qualifié|classé|classée|calificó|califica|calificaron|"
    "definì|definisce|chamou|classificou|назвал|назвала"
)
_LABELLING_VERB_RE = re.compile(_LABELLING_VERBS)
#: Verbs that frame what follows as someone's words but, unlike `SPEECH_VERBS`, not when alone after
#: a quote: "denounced" ("Dmitry Muratov, denunció la propaganda …, advirtiendo que eso supondría «…»"),
#: "expressed" ("wie … Christian Lindner sich ausdrückte. "…""), and the verbs that name a thing.
_FRAME_VERBS = (
    "denunció|denuncia|denunciou|denunciato|denunziato|denounced|angeprangert|prangerte|"
    f"ausdrückte|ausdrückt|äußerte|äußert|nannte|nennt|bezeichnete|bezeichnet|ortet|ortete|{_LABELLING_VERBS}"
)
_SPEECH_VERB_RE = re.compile(rf"\b(?:{SPEECH_VERBS}|{_PARTICIPLES}|{_FRAME_VERBS}|{_OPENING_PREPOSITIONS})\b")
#: A comparison clause after a quote that names whose words they were (`", wie der FDP-Vorsitzende
#: Christian Lindner sich ausdrückte"`, `", as Smith put it"`, `», como dijo Pérez`, `», comme l'a dit
#: Dupont`): "as" and a speech verb within the clause; its first person speaks.
_AS_SAID_RE = re.compile(
    rf"\s*,\s*(?:wie|as|comme|come|como)\s+[^.!?;:\n«»\"“”„]{{0,100}}?"
    rf"\b(?:{SPEECH_VERBS}|{_PARTICIPLES}|{_FRAME_VERBS}|put it)\b",
    re.IGNORECASE,
)
#: A pronoun at a speech verb in the quote's own sentence, before it (`Ele afirmou que é preciso «…»`,
#: `Il a ensuite déclaré que`) or after it (`Zugleich mahnte sie: "…"`, `a-t-il`): the pronoun's
#: antecedent speaks.
#: German verbs in the subjunctive (Konjunktiv I) that reports speech, third person: unlike the
#: indicative ("steht", "hat"), they say the words are someone's ("Sie stehe für …", "er sei …").
_REPORTING_SUBJUNCTIVES = (
    "sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|möge|gebe|stehe|gehe|komme|liege|bleibe|brauche|"
    "wisse|sehe|halte|finde|lasse|nehme|trage|setze|zeige|fordere|kämpfe|plane|arbeite|gelte|fehle"
)
_PRONOUN_FRAME_RE = re.compile(
    rf"(?<![\w-])(?:{_SUBJECT_PRONOUNS})\s+(?:[a-zà-ÿ]+\s+){{0,2}}?(?:{SPEECH_VERBS}|{_PARTICIPLES}|{_FRAME_VERBS})\b"
    rf"|\b(?:{SPEECH_VERBS})\s+(?:{_SUBJECT_PRONOUNS})\b|\w+-t-(?:il|elle)\b"
    # … or "él mismo" written without its accent, which no article of "the same" is before a speech verb
    # ("como el mismo dijo, un despegue «turbulento»")
    rf"|\b(?:el|ella)\s+(?:mismo|misma)\s+(?:{SPEECH_VERBS})\b"
    # … or the words a possessive gives someone ("sono sempre le sue parole", "in his words", "selon ses
    # propos", "en sus palabras", "nas suas palavras", "in seinen Worten")
    r"|\b(?:sue|his|her|ses|sus|suas|seinen|ihren)\s+(?:parole|words|propos|mots|palabras|palavras|Worten)\b"
    # … or a German pronoun at a verb in the subjunctive of reported speech ("Sie stehe für eine „…“")
    rf"|(?<![\w-])(?:er|sie)\s+(?:{_REPORTING_SUBJUNCTIVES})\b",
    re.IGNORECASE,
)
#: Words of a description between "according to" and the person it names ("по словам
#: премьер-министра Молдавии Влада Филата").
SOURCE_DESCRIPTION_WORDS = 6
#: English verbs whose following name is the one spoken to ("Della told DW", "King asked Scott"); the
#: rules do not take the name after the telling ones for a person either.
_ADDRESSEE_VERBS = TELLING_VERBS | {"asked", "asks"}
#: Verbs of asking, and of judging rather than saying, whose frame gives a word or two in quote marks no
#: speaker ("had asked them to fetch "wild meat"", "ФАС признала операторов «большой тройки»").
_ASKING_VERBS = frozenset(
    "asked asks fragte fragt demande demandé preguntó pregunta perguntou chiesto chiede спросил спросила "
    "признал признала считает".split()
)
#: Words between such a verb and the one spoken to ("told "CBS This Morning" co-host Gayle King").
ADDRESSEE_WORDS = 5
#: Lower-case words allowed between a speaker's name and its verb ("Lira também disse", "Babiš a ensuite
#: déclaré") or between the verb and the name ("sagt auch Stenger").
FRAME_GAP_WORDS = 2
#: Adverbs allowed between a speech verb and its speaker ("sagt auch Stenger"); not articles or
#: prepositions, which make the name an addressee or a topic ("sagte der MOPO", "said of the Court").
_FRAME_ADVERBS = (
    r"auch|nun|dann|jetzt|zudem|außerdem|noch|dazu|ebenfalls|also|then|aussi|encore|ensuite|también|"
    r"además|anche|poi|inoltre|ainda|тоже|также"
)
#: After an organisation that speaks: the clause ends or goes on with a preposition ("schrieb der AStA auf
#: Twitter"), its object's article or an adverb ("kommentiert Facebook das Gesetz", "führt Facebook dazu
#: aus"), not with a noun it qualifies ("one GOP operative", "HSV-Präsident", "Cambridge Police
#: Commissioner Christine Elow").
_ORGANISATION_END_RE = re.compile(
    r"\s*(?:[.,;:!?)\n]|$|(?:on|in|at|to|auf|am|im|in|gegenüber|à|en|dans|a|al|alla|em|no|na|на|в|"
    rf"der|die|das|den|dem|des|{_FRAME_ADVERBS})\s)"
)
#: Between a person and the speech verb: a comma, or a relative clause set off by commas, then at most
#: two lower-case words ("Muratov, quien se ha negado …, opinó").
_APPOSED_GAP_RE = re.compile(
    r"\s*,\s*(?P<relative>(?:quien|quienes|que|who|der|die|qui|che|il quale|la quale|который|которая|"
    r"o qual|a qual)\s[^.!?;:\n«»\"“”„]{0,200}?,\s*)?(?:[a-zà-ÿ]+\s+){0,2}",
    re.IGNORECASE,
)
#: … or, after a person who opens the sentence, an apposition set off by commas ("Tobias Lindner,
#: sicherheitspolitischer Sprecher der Grünen im Bundestag, nennt den Vorfall „…“").
_APPOSITION_GAP_RE = re.compile(r"\s*,[^.!?;:\n«»\"“”„,]{1,120},\s*(?:[a-zà-ÿ]+\s+|l['’]){0,2}")
_FRAME_AFTER_RE = re.compile(
    rf"\s+(?:(?:{_FRAME_ADVERBS})\s+)?{_TITLE_ABBREVIATIONS}(?:(?:{TITLES})\s+)?(?P<name>{NAME_RUN})"
)


#: Small words a title's capitalised words take between them ("Once Upon a Time in Hollywood", the prize
#: "Kofi Annan al Valor"): a quote of only these and capitalised words is a title, not speech.
#: After a quote, the agent of a passive: "by", "par", "por", "da", "pelo", "pela" and a name.
_AGENT_AFTER_RE = re.compile(
    rf"\s+(?:by|par|por|da|pelo|pela)\s+{_TITLE_ABBREVIATIONS}(?:(?:{TITLES})\s+)?(?P<name>{NAME_RUN})"
)
#: Before such a quote, a participle and the word that gives it its name: "definita", "described as",
#: "qualifiée d'", "calificada de", "chamado de".
_PARTICIPLE_BEFORE_RE = re.compile(
    r"\b(?:definit[aoei]|chiamat[aoei]|described|called|labell?ed|dubbed|termed|branded|qualifiée?s?|"
    r"décrite?s?|calificad[ao]s?|tildad[ao]s?|llamad[ao]s?|chamad[ao]s?|qualificad[ao]s?|"
    r"considerad[ao]s?)\s+(?:(?:as|de|come|como)\s+|d['’]\s?)?$"
)
#: A speech verb and a name right after the closing mark, no comma between, as French, Italian and
#: Spanish often write it (`« … » a déclaré Roman Prymula`).
_VERB_NAME_RIGHT_AFTER_RE = re.compile(rf"[ \t]+(?:{SPEECH_VERBS})\s+(?:[a-zà-ÿ]+\s+){{0,3}}?{NAME_RUN}")
_SAID_AFTER_RE = re.compile(rf"\s*,\s*(?:[-–—]\s*)?(?:{SPEECH_VERBS})\b")
#: The rest of a sentence after a quote inside it, when it ends in the attribution (`Tesla werde über
#: echten „inference compute“ verfügen, schrieb Musk auf X dazu.`): after its last comma the verb and the
#: name, then at most a few words to the full stop; no other quote between.
SENTENCE_REST_CHARACTERS = 220
_SENTENCE_REST_STOP_RE = re.compile(r"[.!?;:\n«»\"“”„]")
_ATTRIBUTION_ENDS_SENTENCE_RE = re.compile(rf",\s*{SPEECH_RE.pattern}(?:\s+[\w-]+){{0,4}}\s*")
_TITLE_PARTICLES = frozenset(PARTICLES.split("|") + "a an the in on at and y e et und al".split())


#: A work's kind right before quote marks, which then hold its title, not anyone's words (German by a
#: compound's last part: "Vorgängerwerk", "Sachbuch", "Kinofilm").
_WORK_BEFORE_RE = re.compile(
    r"(?:\b(?:book|novel|film|movie|album|song|series|play|livre|roman|chanson|série|libro|novela|película|"
    r"canción|disco|romanzo|canzone|livro|romance|filme|canção|книга|фильм|роман|песня|альбом)"
    r"|[a-zäöü](?:buch|buches|werk|werks|film|films|roman|romans|album|song|lied|titel|serie)"
    r"|\b(?:Buch|Buches|Werk|Film|Roman|Album|Song|Lied|Titel|Serie))\s*\Z",
    re.IGNORECASE,
)
#: How many characters before a quote `_WORK_BEFORE_RE` reads.
WORK_CHARACTERS = 24


def _quotes(
    text: str, language: str = ""
) -> tuple[list[tuple[int, int, str, bool]], list[tuple[int, int, str, bool]]]:
    """(start, end, quoted text, whether the quote leads into an attribution) of every direct quote,
    marks included in the span. Speech has three words or more ("so genannte" scare quotes do not) and is
    not a title ("CBS This Morning": every word capitalised). It leads into an attribution when a comma
    or dash follows, or it ends in a comma (`"…," Easley said`), or in ?/! before a lower-case word —
    not when it ends a sentence and the next one starts with a name (`"…." Katrin Göring-Eckardt sagte`).
    Apart, in the same pass: (start, end, quoted text, whether a comma ends it inside the marks) of the
    quotes of one or two words that are no name or title (no word capitalised, or in German only common
    nouns and numbers): "solace", «impardonnable», "great pain", "50-jährigen Reformstau". Nor is a work's
    title after its kind a quote ("Buch „Utopien für Realisten“")."""
    found, short = [], []
    closed = closed_words(language)
    matches = sorted([*_QUOTE_RE.finditer(text), *_DASH_QUOTE_RE.finditer(text)], key=lambda m: m.start())
    for match in matches:
        raw = next(g for g in match.groups() if g is not None).strip()
        inner = raw.rstrip(",").strip()
        words = inner.split()
        if len(words) < 3:
            if (
                words
                and all(_unnamed_word(word, language) for word in words)
                and not all(word.casefold() in closed for word in words)  # "Noch", "Ma sì": no speech
            ):
                short.append((match.start(), match.end(), inner, raw.endswith(",")))
            continue  # too short for speech on its own
        titled = all(w[:1].isupper() or w in _TITLE_PARTICLES for w in words)
        if _WORK_BEFORE_RE.search(text, max(0, match.start() - WORK_CHARACTERS), match.start()):
            continue  # a work's title after its kind ("Buch „Utopien für Realisten“", "the film “…”")
        if titled and not _SAID_AFTER_RE.match(text, match.end()):
            continue  # a title — unless a speech verb follows ("«Gute Besserung Champ», schrieb Simon
            # Geschke": German capitalises its nouns)
        after = text[match.end() : match.end() + 3].lstrip(" \t")
        leads = (
            raw.rstrip("’'‘").endswith(",")  # also after a quote inside the quote (‘we survived,’”)
            or after[:1] in {",", "-", "–", "—"}
            or (raw[-1:] in "?!" and (after[:1].islower() or _ASKED_RE.match(text, match.end()) is not None))
            or _VERB_NAME_RIGHT_AFTER_RE.match(text, match.end()) is not None
        )
        found.append((match.start(), match.end(), inner, leads))
    return found, short


def _unnamed_word(word: str, language: str) -> bool:
    """Whether a word in quote marks is no name: lower case, a function word («Un choc»), or in German
    (which capitalises its nouns) a common noun the lexicon holds or a number ("Schlachtplan",
    "50-jährigen")."""
    if not (word[:1].isupper() or word[:1].isdigit()):
        return True
    word = word.strip(".,;:!?")
    if word.casefold() in closed_words(language):
        return True
    return language == "de" and (word[:1].isdigit() or (word.isalpha() and is_german_noun_or_compound(word)))


def _asked(text: str, start: int, actor_at) -> Actor | None:
    """The one a question was last put to before `start` ("a reporter asked Montoya-Lewis, "…?"" ¶
    ""…," she replied."): who answers."""
    questions = list(_ASKED_NAME_RE.finditer(text, max(0, start - ANTECEDENT_CHARS), start))
    return actor_at(questions[-1].start("name"), questions[-1].group("name")) if questions else None


def _incise(text: str, start: int, end: int, actor_at) -> tuple[Actor | None, int | None]:
    """The speaker an incise inside the quote names, and where the name ends (`_INCISE_NAME_RE`)."""
    for match in _INCISE_NAME_RE.finditer(text, start + 1, end):
        speaker = actor_at(match.start("name"), match.group("name"))
        if speaker is not None:
            return speaker, match.end("name")
    return None, None


def _spoken_for(text: str, role_end: int, start: int, named_in) -> Actor | None:
    """Whom a spokesperson speaks for: the actor named right after the word ("a spokesperson for UCEA",
    "представитель Philips"), else the organisation last named before the quote (`Rheinmetall erklärt
    … "…", so ein Sprecher`)."""
    gap = _SPOKESPERSON_FOR_RE.match(text, role_end)
    after = named_in(role_end, role_end + 80)
    if gap is not None and after and after[0][0] == gap.end():
        return after[0][2]
    if gap is not None and gap.group().strip() and text[gap.end() : gap.end() + 1].islower():
        return None  # "a spokesperson for the mayor": someone not named, not the body named before
    named = [actor for _, _, actor in named_in(max(0, start - ANTECEDENT_CHARS), start)]
    return next((actor for actor in reversed(named) if actor.type == "organization"), None)


def _body_of_kind(text: str, kind: str, start: int, named_in) -> Actor | None:
    """The organisation last named before `start` whose name holds `kind` ("the court": "CA Appellate
    Court"), else the one last named in the sentence before the quote or its own ("…, l'EPA américaine
    n'a pas cillé … « … », écrit l'agence")."""
    window = named_in(max(0, start - ANTECEDENT_CHARS), start)
    bodies = [actor for _, _, actor in window if actor.type == "organization"]
    folded = kind.casefold()
    for actor in reversed(bodies):
        if any(folded in name.casefold().split() for name in (actor.name, *actor.aliases)):
            return actor
    sentence = _sentence_start(text, start)
    previous = _sentence_start(text, sentence - 1) if sentence > 0 else sentence
    recent = [actor for _, _, actor in named_in(previous, start) if actor.type == "organization"]
    return recent[-1] if recent else None


def _passive_agent(text: str, start: int, end: int, actor_at) -> Actor | None:
    """The agent named right after a quote that a participle introduces ("un'argomentazione definita
    «folle» da Berlusconi", "described as "reckless" by Smith", "qualifiée d'« inacceptable » par
    Macron"); not "da" or "por" after any quote, where they mean "of" or "for"."""
    if not _PARTICIPLE_BEFORE_RE.search(text, max(0, start - 40), start):
        return None
    match = _AGENT_AFTER_RE.match(text, end)
    return actor_at(match.start("name"), match.group("name")) if match else None


def attribute(text: str, actors: Sequence[Actor], language: str = "") -> None:
    """Fill `quotes` and `role` of `actors` (in place) from the quotes in `text` (written in
    `language`)."""
    speakers = [a for a in actors if a.type in ("person", "organization")]
    if not speakers:
        return
    by_start = {start: (actor, end) for actor in speakers for start, end in actor.mentions_at}
    by_form = _speaker_forms(speakers)

    def actor_at(offset: int, name: str) -> Actor | None:
        # The mention may start at the name or (titles, first names) a little inside it. An organisation
        # followed by more of a name ("said Cambridge Police Commissioner Christine Elow") is not it.
        for start in range(offset, offset + len(name)):
            if start in by_start:
                actor, end = by_start[start]
                if actor.type == "organization" and not _ORGANISATION_END_RE.match(text, end):
                    continue  # the person it describes may follow ("Cambridge Police Commissioner X")
                return actor
        # A name right at the speech verb that the recogniser did not mark here ("…," Scott said): the
        # card it names, by its name, an alias or a person's surname that no other speaker shares.
        words = name.split()
        for cut in range(len(words)):
            actor = by_form.get(" ".join(words[cut:]).casefold())
            if actor is not None:
                return actor
        return None

    quotes, short_quotes = _quotes(text, language)
    placed = sorted((s, e, actor) for actor in speakers for s, e in actor.mentions_at)
    # (around the quotes of a word or two as well: "como el mismo dijo, un despegue «turbulento»")
    placed = sorted(placed + _unmarked_mentions(text, by_form, placed, sorted(quotes + short_quotes)))
    starts = [s for s, _, _ in placed]

    def named_in(lo: int, hi: int) -> list[tuple[int, int, Actor]]:
        """Speaker mentions that lie inside text[lo:hi], in text order."""
        index = bisect.bisect_left(starts, lo)
        found = []
        while index < len(placed) and placed[index][0] < hi:
            if placed[index][1] <= hi:
                found.append(placed[index])
            index += 1
        return found

    people = [actor for actor in speakers if actor.type == "person"]

    @lru_cache(maxsize=1)
    def role_phrases() -> dict[str, set[int]]:
        return _role_phrases(text, people)

    def described(description: str) -> Actor | None:
        return _person_described(description, people, role_phrases)

    def speaking(lo: int, hi: int) -> tuple[Actor, int] | None:
        return _frame_speaker(text, lo, hi, named_in, actor_at, described)

    previous: tuple[int, Actor] | None = None
    previous_runs_on = False
    for start, end, inner, leads in quotes:
        speaker, name_end = (
            _attributed_right_after(text, end, actor_at, described=True) if leads else (None, None)
        )
        if speaker is None:
            speaker, name_end = _incise(text, start, end, actor_at)
            if speaker is None and _INCISE_PRONOUN_RE.search(text, start + 1, end):
                speaker = _antecedent(text, start, named_in, previous, speaking=speaking, language=language)
        if speaker is None:
            speaker = _passive_agent(text, start, end, actor_at)
        if speaker is None:
            before_start = max(0, start - 120)
            match = _BEFORE_NAME_VERB_RE.search(text[before_start:start])
            if match:
                speaker = actor_at(before_start + match.start("name"), match.group("name"))
                name_end = before_start + match.end("name") if speaker else None
        if speaker is None and leads:
            speaker, name_end = _after_clause(text, end, named_in, language)
        if speaker is None and leads:
            speaker = _as_said(text, end, named_in)
        if speaker is None:
            speaker = _described_speaker(text, end, described)
        if speaker is None and not leads:
            speaker = _attribution_at_sentence_end(text, end, actor_at) or _pointed_back(text, end, actor_at)
        if speaker is None and leads:
            speaker = _said_from(text, end, actor_at)
        if speaker is None:
            after_quote = text[end : end + 80]
            spokesperson = (
                _SPOKESPERSON_AFTER_RE.match(after_quote) or _STATEMENT_AFTER_RE.match(after_quote)
                if leads
                else None
            )
            if spokesperson is not None:
                speaker = _spoken_for(text, end + spokesperson.end("role"), start, named_in)
            elif spokesperson := _SPOKESPERSON_BEFORE_RE.search(text, _sentence_start(text, start), start):
                speaker = _spoken_for(text, spokesperson.end("role"), start, named_in)
            elif leads and (body := _BODY_KIND_AFTER_RE.match(after_quote)):
                speaker = _body_of_kind(text, body.group("kind"), start, named_in)
        opened = _OPENER_RE.search(text[max(0, start - 20) : start]) is not None
        if speaker is None and opened:
            speaker = _opening_clause(text, start, named_in)
        if speaker is None and leads and _ANSWER_AFTER_RE.match(text, end, end + 40):
            speaker = _asked(text, start, actor_at)
        if speaker is None and _pronoun_speaks(text, start, end, leads, opened):
            speaker = _antecedent(text, start, named_in, previous, speaking=speaking, language=language)
        elif speaker is None and leads and _BARE_VERB_AFTER_RE.match(text[end : end + 60]):
            if not _DESCRIBED_AFTER_VERB_RE.match(text[end : end + 80]):
                # No pronoun to go by: only the last speaker, or the one person of the quote's paragraph.
                speaker = _antecedent(
                    text, start, named_in, previous, paragraph_only=True, speaking=speaking, language=language
                )
            elif _described_unnamed(text, end, named_in):
                # A description of one person (`», précise la gastro-entérologue`): the last speaker
                # with no one named since, or the one person of the quote's own paragraph — not someone
                # who spoke in the paragraphs before, whom the description may not fit.
                speaker = _antecedent(text, start, named_in, previous, paragraph_only=True, language=language)
        if speaker is None:
            speaker = _framed(text, start, named_in, actor_at, described, standalone=not leads and not opened)
        if speaker is None and language == "de":
            speaker = _reported_speech_chain(text, start, end, named_in, actor_at, described)
        if speaker is None and _PRONOUN_FRAME_RE.search(text, _sentence_start(text, start), start):
            speaker = _antecedent(text, start, named_in, previous, speaking=speaking, language=language)
        if (
            speaker is None
            and previous is not None
            and previous_runs_on
            and not text[previous[0] : start].strip()
        ):
            speaker = previous[1]  # the next paragraph of a quote that ran on ("“… ¶ “…")
        if speaker is None and opened and previous and _same_sentence(text, previous, start, named_in):
            speaker = previous[1]  # "„…“, weiß der HSV-Präsident, warnt aber: „…“": one sentence, one speaker
        if speaker is None and previous is not None and not opened and not _pull_quote(text, start, end):
            # A quote opened by its own clause ("NBC: …") is not a continuation, nor is one after a gap
            # that names someone else, nor a line that is a quote without its full stop (a pull quote).
            between = text[previous[0] : start]
            if start - previous[0] <= CONTINUATION_GAP and "\n\n" not in between:
                # Within a line only another person breaks it ("said Jeff Miller, a councilman in
                # Hendersonville, the 2010 GOP nominee. "It just looks very suspicious."" is Miller's);
                # across a line break any other name does.
                kinds = ("person",) if "\n" not in between else ("person", "organization")
                others = {
                    a.name
                    for at, stop, a in named_in(previous[0], start)
                    if a.type in kinds and not _possessed(text, at, stop)
                }
                others -= {previous[1].name}
                if not others:
                    speaker = previous[1]
        if speaker is None:
            if not _in_heading(text, start, end):
                previous = None  # someone unnamed may have spoken; a heading only echoes the text
            continue
        if inner not in speaker.quotes and len(speaker.quotes) < MAX_QUOTES:
            speaker.quotes.append(inner if len(inner) <= MAX_QUOTE_CHARS else inner[:MAX_QUOTE_CHARS] + "…")
        if name_end is not None:
            _add_role(speaker, text, name_end)
        previous = (end, speaker)
        previous_runs_on = text[end - 1] not in _CLOSING_MARKS
    # A word or two in quote marks is speech only inside its speaker's own reported speech ("Cuomo said
    # he took "solace" from this", "He said … enduring "great pain""); elsewhere it is a scare quote.
    names = {form.casefold() for actor in actors for form in (actor.name, *actor.aliases)}
    for start, end, inner, comma_inside in short_quotes:
        if inner.casefold() in names:
            continue  # a name in quote marks ("„D.Live“"), not words someone said
        speaker = (
            # words that end in the comma of a sentence a speech verb attributes right after them
            # (`raises "great suspicion," Woodard said`)
            (comma_inside and _attributed_right_after(text, end, actor_at)[0])
            or _passive_agent(text, start, end, actor_at)
            or _as_said(text, end, named_in)
            or _attribution_at_sentence_end(text, end, actor_at)
            or _framed(text, start, named_in, actor_at, described, asking=False)
            or (language == "de" and _reported_speech_chain(text, start, end, named_in, actor_at, described))
            or None
        )
        if speaker is None and (
            _PRONOUN_FRAME_RE.search(text, _sentence_start(text, start), start)
            or _THUS_SAID_RE.match(text, end)
        ):
            speaker = _antecedent(text, start, named_in, None, speaking=speaking, language=language)
        if speaker is not None and inner not in speaker.quotes and len(speaker.quotes) < MAX_QUOTES:
            speaker.quotes.append(inner)
    # Roles also come with reported speech that has no quote marks ("…, sagte Carl Schuster, ehemaliger …").
    for match in SPEECH_RE.finditer(text):
        speaker = actor_at(match.start("name"), match.group("name"))
        if speaker is not None:
            _add_role(speaker, text, match.end("name"))


#: A line of at most this many words without a full stop at its end is a heading (`Nicht "weiter ins
#: Abseits" spielen`), which quotes words the text goes on to attribute.
HEADING_WORDS = 12
#: … of at most this many characters a word on average.
HEADING_WORD_CHARACTERS = 30


#: A quote's last words that end its sentence too: a full stop, a question or an exclamation mark inside
#: its closing mark.
_ENDS_SENTENCE_RE = re.compile(r"[.!?…][\"”“»«’‘]?$")


def _in_compound(text: str, stop: int) -> bool:
    """Whether the name ending at `stop` opens a compound ("HSV-Präsident"): a description, not a
    speaker named."""
    return text[stop : stop + 1] == "-"


def _same_sentence(text: str, previous: tuple[int, Actor], start: int, named_in) -> bool:
    """Whether a quote at `start` that a clause of its own opens goes on the sentence of the quote before
    it (which ended at `previous[0]`), with no sentence end, line break nor anyone else named between."""
    between = text[previous[0] : start]
    return (
        len(between) <= CONTINUATION_GAP
        and not _ENDS_SENTENCE_RE.search(text, max(0, previous[0] - 3), previous[0])  # „… Taten.“ Dennoch
        and "\n" not in between
        and _SENTENCE_END_RE.search(between) is None
        and all(
            actor is previous[1] or _in_compound(text, stop)
            for _, stop, actor in named_in(previous[0], start)
        )
    )


def _in_heading(text: str, start: int, end: int) -> bool:
    """Whether the quote at text[start:end] stands in a heading line rather than in running text. Only a
    few hundred characters around it are read: a longer line is no heading (and a page of one line
    would otherwise be read whole for every quote)."""
    reach = HEADING_WORDS * HEADING_WORD_CHARACTERS
    before = text.rfind("\n", max(0, start - reach), start)
    if before == -1 and start > reach:
        return False
    after = text.find("\n", end, end + reach)
    if after == -1 and end + reach < len(text):
        return False
    line = text[before + 1 : len(text) if after == -1 else after].strip()
    return len(line.split()) <= HEADING_WORDS and line[-1:] not in ".!?:…"


#: How many characters around a quote are read to tell it stands alone on its line.
PULL_QUOTE_MARGIN = 20
#: What ends a quoted sentence before its closing mark.
TERMINAL_MARKS = frozenset(".!?…")


def _pull_quote(text: str, start: int, end: int) -> bool:
    """Whether the quote at text[start:end] is a line of its own that ends without a full stop: a pull
    quote set between paragraphs, which echoes words from anywhere in the story."""
    # Only the quote's own line around it is read, so a page of one line is not read once per quote.
    if text[max(0, start - PULL_QUOTE_MARGIN) : start].strip(" \t")[-1:] not in ("", "\n"):
        return False
    if text[end : end + PULL_QUOTE_MARGIN].strip(" \t")[:1] not in ("", "\n"):
        return False
    closed = text[max(start, end - PULL_QUOTE_MARGIN) : end].rstrip()
    # not a paragraph of a quote that runs on ("“… ¶ “…”"), and no full stop before its closing mark
    return closed[-1:] in _CLOSING_MARKS and closed[:-1].rstrip()[-1:] not in TERMINAL_MARKS


def _speaker_forms(speakers: Sequence[Actor]) -> dict[str, Actor]:
    """Casefolded name, aliases and (persons) surname → the one speaker they name; a form two speakers
    share names neither (Mark and Debbie Meadows)."""
    forms: dict[str, Actor | None] = {}

    def add(form: str, actor: Actor) -> None:
        key = form.casefold()
        forms[key] = actor if forms.get(key, actor) is actor else None

    for actor in speakers:
        for form in (actor.name, *actor.aliases):
            add(form, actor)
            if actor.type == "person" and len(form.split()) > 1:
                add(form.split()[-1], actor)
    return {form: actor for form, actor in forms.items() if actor is not None}


def _unmarked_mentions(
    text: str,
    by_form: dict[str, Actor],
    placed: list[tuple[int, int, Actor]],
    quotes: list[tuple[int, int, str, bool]],
) -> list[tuple[int, int, Actor]]:
    """Where a speaker's name, alias or unshared surname stands capitalised near a quote but the
    recogniser did not mark it (a line-initial "Weikert: „…“", "Weikert weiß: „…“"), outside every marked
    mention. Only the text around quotes is searched: one alternation of every form over a whole long
    page cost a tenth of a second."""
    forms = sorted((form for form in by_form if len(form) >= 3), key=len, reverse=True)
    if not forms or not quotes:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])", re.IGNORECASE)
    windows: list[tuple[int, int]] = []
    for start, end, _, _ in quotes:
        lo, hi = max(0, start - UNMARKED_WINDOW), min(len(text), end + UNMARKED_WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    starts = [s for s, _, _ in placed]
    found = []
    matches = (match for lo, hi in windows for match in pattern.finditer(text, lo, hi))
    for match in matches:
        if not match.group()[:1].isupper():
            continue
        index = bisect.bisect_right(starts, match.start()) - 1
        inside = index >= 0 and placed[index][1] > match.start()
        overlaps_next = index + 1 < len(placed) and placed[index + 1][0] < match.end()
        actor = by_form.get(match.group().casefold())
        if actor is not None and not inside and not overlaps_next:
            found.append((match.start(), match.end(), actor))
    return found


#: The sentence right after a quote that says who said it, pointing back at it: "„…“ Das sagte Olaf Scholz
#: am Montag", "Dies erklärte …", "That is what … said", "C'est ce qu'a déclaré …", "Así lo afirmó …",
#: "Lo ha detto …", "Foi o que disse …", "Об этом заявил …" — the name right after the verb (a role of
#: lower-case words or titles may come between), or before it in English.
_POINTING_BACK_RE = re.compile(
    r"\s*(?:(?:Das|Dies|Так|Об\s+этом|Это|Así\s+lo|Lo|Foi\s+o\s+que|Isso|C['’]est\s+ce\s+qu['’]?|"
    r"C['’]est\s+en\s+ces\s+termes\s+qu['’]?)\s*(?:(?:ha|hanno|a|ont|hat|haben|habe|heeft)\s+)?"
    rf"(?:{SPEECH_VERBS})\s+(?:(?:[a-zà-ÿа-яё][\w-]*|{TITLES})\s+){{0,4}}?(?P<name>{NAME_RUN})"
    rf"|\s*(?:That|This)(?:['’]s|\s+is|\s+was)\s+what\s+(?P<subject>{NAME_RUN})\s+(?:{SPEECH_VERBS}))"
)


def _pointed_back(text: str, end: int, actor_at) -> Actor | None:
    """The speaker the sentence after a quote names by pointing back at it (`_POINTING_BACK_RE`), when
    the quote ends its sentence."""
    last = text[max(0, end - 4) : end - 1].rstrip()[-1:]  # "« … plus. »" with French spacing
    if last not in (".", "!", "?", "…") and text[end : end + 1] != ".":
        return None
    start = end + 1 if text[end : end + 1] == "." else end
    match = _POINTING_BACK_RE.match(text, start, start + 160)
    if match is None:
        return None
    return _named_by(match, actor_at, "name", "subject")


def _attributed_right_after(
    text: str, end: int, actor_at, described: bool = False
) -> tuple[Actor | None, int | None]:
    """The speaker a name and a speech verb right after a quote name, either way round (`"…," Woodard
    said`, `"…," said Woodard`), or with `described` after a description (`"…," Labour MP Chi Onwurah
    said`); and where that name ends."""
    after = text[end : end + 120]
    patterns = (_AFTER_VERB_NAME_RE, _AFTER_NAME_VERB_RE, _AFTER_DESCRIBED_NAME_VERB_RE)
    for pattern in patterns if described else patterns[:2]:
        match = pattern.match(after)
        if match and (speaker := actor_at(end + match.start("name"), match.group("name"))):
            return speaker, end + match.end("name")
    return None, None


def _attribution_at_sentence_end(text: str, end: int, actor_at) -> Actor | None:
    """The speaker a sentence names at its end, after a quote inside it (`_ATTRIBUTION_ENDS_SENTENCE_RE`).
    The sentence's end and its last comma are found first, so the verbs are tried at one place only."""
    stop = _SENTENCE_REST_STOP_RE.search(text, end, end + SENTENCE_REST_CHARACTERS)
    if stop is None or stop.group() not in ".!?" or text[stop.end() : stop.end() + 1] not in ("", " ", "\n"):
        return None
    comma = text.rfind(",", end, stop.start())
    match = _ATTRIBUTION_ENDS_SENTENCE_RE.fullmatch(text, comma, stop.start()) if comma != -1 else None
    return actor_at(match.start("name"), match.group("name")) if match else None


def _role_phrases(text: str, people: Sequence[Actor]) -> dict[str, set[int]]:
    """Each role the text writes right before a person's name, from its first role word, case-folded
    ("ministre de la santé" from "que le ministre de la Santé Roman Prymula"), or the one noun between an
    article and the name ("toxicologue" from "la toxicologue Dominique Parent-Massin") → the people it
    names."""
    phrases: dict[str, set[int]] = defaultdict(set)
    # Another person's name ends a role too ("US-Präsident Donald Trump traf Kim Jong Un": not Kim's).
    ends = sorted(stop for person in people for _, stop in person.mentions_at)
    for index, person in enumerate(people):
        for start, stop in person.mentions_at:
            previous = bisect.bisect_right(ends, start) - 1
            lo = max(start - ROLE_BEFORE_CHARACTERS, ends[previous] if previous >= 0 else 0, 0)
            before = text[lo:start]
            boundary = max((m.end() for m in _CLAUSE_END_RE.finditer(before)), default=0)
            words = before[boundary:].split()[-ROLE_BEFORE_WORDS:]
            phrase = _role_of(words, glued=True)
            apposed = not words and before[:boundary].endswith(",") and text[stop : stop + 1] == ","
            if phrase is None and apposed:
                # The name set off by commas after the description that opens its sentence ("El periodista
                # ruso laureado con el último premio Nobel de la Paz, Dmitry Muratov, denunció").
                opening = _OPENING_DESCRIPTION_RE.match(text, _sentence_start(text, start), start)
                phrase = opening.group("noun").casefold() if opening else None
            if phrase is not None:
                phrases[phrase].add(index)
    return phrases


def _role_of(words: list[str], glued: bool = False) -> str | None:
    """The role that `words` describe someone by, case-folded: from their first role word ("amtierende
    HSV-Präsident" → "hsv-präsident"), else a lone lower-case noun after an article (`glued` to the name
    after it: "la toxicologue"), or the noun that a few lower-case words open ("periodista ruso")."""
    first = next((i for i, word in enumerate(words) if is_role_word(word)), None)
    if first is not None:
        return " ".join(words[first:]).casefold()
    if glued:
        words = words[-2:] if len(words) >= 2 and _DEFINITE_ARTICLE_RE.fullmatch(words[-2]) else []
        words = words[1:]
    elif len(words) <= DESCRIPTION_WORDS:
        words = words[:1] if all(word.isalpha() and word.islower() for word in words) else []
    if len(words) == 1 and words[0].isalpha() and words[0].islower():
        return words[0]
    return None


def _person_described(description: str, people: Sequence[Actor], roles) -> Actor | None:
    """The one person whose role (`_role_phrases`) a description names ("le ministre de la Santé", "der
    US-Präsident", "la toxicologue"): several, or none, give nobody."""
    role = _role_of(description.split())
    if role is None:
        return None
    named = {
        index
        for phrase, indices in roles().items()
        if phrase == role or phrase.startswith(role + " ")
        for index in indices
    }
    return people[named.pop()] if len(named) == 1 else None


#: German "it is said from …" after a quote: `„…“, hieß es aus dem Rathaus`, `, heißt es von Olaf Scholz`,
#: `, heißt es bei der Polizei`, or in a body's writing, `, heißt es in der Risikobewertung des RKI`.
_SAID_FROM_RE = re.compile(
    r"\s*,\s*(?:hieß|heißt)\s+es\s+(?:(?:von|aus|bei|vom|beim|seitens)\s+(?:(?:der|dem|den|des)\s+)?"
    rf"(?P<name>{NAME_RUN})|in\s+(?:der|dem|einer|einem|seiner|ihrer)\s+[\w-]+\s+(?:des|der|vom|von)\s+"
    rf"(?P<owner>{NAME_RUN}))"
)


def _said_from(text: str, end: int, actor_at) -> Actor | None:
    """The person or body a German "hieß es aus/von …" after a quote names (`_SAID_FROM_RE`)."""
    match = _SAID_FROM_RE.match(text, end, end + 160)
    if match is None:
        return None
    return _named_by(match, actor_at, "name", "owner")


def _named_by(match: re.Match[str], actor_at, *groups: str) -> Actor | None:
    """The actor at the first of `groups` that `match` filled (the alternatives of one pattern name the
    speaker in different places)."""
    group = next(name for name in groups if match.group(name))
    return actor_at(match.start(group), match.group(group))


#: One person described after a quote's verb, by a singular definite article and a noun: `», señaló el
#: funcionario`, `», précise la gastro-entérologue`, `“, sagt der Landwirt aus Salzkotten`.
_ONE_DESCRIBED_AFTER_VERB_RE = re.compile(
    rf"{_VERB_AFTER_QUOTE}\s+(?:[a-zà-ÿ]+\s+){{0,2}}?(?:(?:el|la|le|il|lo|o|a|der|die|the)\s+|l['’])"
    r"(?P<noun>[^\W\d][\w-]*)",
    re.IGNORECASE,
)
#: Nouns of such a description that are writings or media, which speak for their authors (`», señala el
#: informe`, `», indique le rapport`), not a person the text named before.
_WRITINGS = frozenset(
    "texto informe documento resolución fallo sentencia carta escrito artículo diario periódico medio "
    "estudio mensaje publicación decreto ley proyecto dictamen auto acta relatório jornal texte rapport "
    "lettre arrêt décision étude journal testo rapporto lettera sentenza decisione studio giornale "
    "bericht brief urteil studie zeitung text report letter ruling study paper".split()
)


#: A name of two words or more set off by a comma (`…, Pablo Toloza`).
_APPOSED_NAME_RE = re.compile(r",\s*[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w’'-]{1,40}[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ]")


def _described_unnamed(text: str, end: int, named_in) -> bool:
    """Whether the description after a quote's verb is of one person the text named before (`», señaló
    el funcionario.`), to be resolved as a pronoun is: singular, no writing (`_WRITINGS`, or a statement),
    and no person named in the rest of its sentence (`», admitió el convencional UDI e integrante de la
    Comisión, Pablo Toloza`: Toloza speaks, found by the rules for a name)."""
    match = _ONE_DESCRIBED_AFTER_VERB_RE.match(text[end : end + 80])
    if match is None:
        return False
    noun = match.group("noun")
    if noun.casefold() in _WRITINGS or re.fullmatch(_STATEMENT, noun):
        return False
    described_end = end + match.end()
    terminal = _SENTENCE_START_RE.search(text, described_end, described_end + DESCRIBED_SUBJECT_CHARS)
    stop = terminal.start() if terminal else described_end + DESCRIBED_SUBJECT_CHARS
    if _APPOSED_NAME_RE.search(text, described_end, stop):
        return False  # the description's own name, set off by a comma, whether a model read it or not
    return not any(actor.type == "person" for _, _, actor in named_in(described_end, stop))


def _described_speaker(text: str, end: int, described) -> Actor | None:
    """The person the description after a quote's verb names (`_DESCRIPTION_AFTER_QUOTE_RE`, `described`:
    `_person_described`)."""
    match = _DESCRIPTION_AFTER_QUOTE_RE.match(text, end)
    return described(match.group("description")) if match else None


def _as_said(text: str, end: int, named_in) -> Actor | None:
    """The speaker an "as … said" clause right after a quote names (`_AS_SAID_RE`): before its verb
    (`wie Lindner sich ausdrückte`, `wie die Polizei mitteilte`) or a few words after it (`como dijo el
    fiscal Juan Pérez`, `comme prévenait l'OMS début mars`); an organisation unless a person follows it."""
    clause = _AS_SAID_RE.match(text, end)
    if clause is None:
        return None

    def speaks(stop: int, actor: Actor) -> bool:
        # An organisation that describes the person after it ("as GOP operative Jane Doe said") is not.
        if actor.type == "person" or _ORGANISATION_END_RE.match(text, stop):
            return True
        return not any(other.type == "person" for _, _, other in named_in(stop, stop + 40))

    for at, stop, actor in named_in(end, clause.end()):
        if speaks(stop, actor) and not _object(text, at, stop):
            return actor
    for at, stop, actor in named_in(clause.end(), clause.end() + 80):
        gap = text[clause.end() : at]
        near = len(gap.split()) <= DESCRIBED_LEAD_WORDS and not _CLAUSE_END_RE.search(gap)
        if near and speaks(stop, actor):
            return actor
        break
    return None


def _after_clause(text: str, end: int, named_in, language: str = "") -> tuple[Actor | None, int | None]:
    """The speaker named early in the attribution clause after a quote, and where the name ends: the
    first person within a few words, else an organisation right after the verb (`», schrieb der AStA`)
    that is not part of a compound or a description (`HSV-Präsident`, `one GOP operative`). In Italian
    "il" is the article of a description (`», ha detto il sindaco Mario Rossi`), not a pronoun."""
    pronoun = _ITALIAN_PRONOUN_RE if language == "it" else _PRONOUN_RE
    clause = _ATTRIBUTION_CLAUSE_RE.match(text[end : end + 120])
    if not clause or _NOT_ATTRIBUTION_RE.match(clause.group()):
        return None, None
    organisation = None
    for start, stop, actor in named_in(end, end + clause.end()):
        lead = text[end:start]
        words = lead.split()
        if len(words) > CLAUSE_MAX_WORDS or pronoun.search(lead):
            break  # too far, or after a pronoun subject
        # The name set off by a comma after the speaker's description is theirs ("», dijo el ministro de
        # Economía, Martín Guzmán"); any other comma ends the clause ("said King, who left Meadows").
        inner = lead.lstrip(" ,").rstrip()
        apposed = inner.endswith(",") and "," not in inner[:-1]
        if "," in inner and not apposed:
            break
        if _WORDS_OF_RE.search(lead):
            return actor, stop  # "», le parole di Giorgia Meloni", "», en palabras de Guzmán"
        if not apposed and _possessed_in_lead(words):
            continue  # "los abogados del expresidente Hernández": his lawyers spoke
        if actor.type == "person":
            return actor, stop
        if (
            organisation is None
            and len(words) <= ORGANISATION_LEAD_WORDS
            and _ORGANISATION_END_RE.match(text, stop)
        ):
            organisation = (actor, stop)
    return organisation or (None, None)


#: "The words of" right before a name after a quote: whose words they were.
_WORDS_OF_RE = re.compile(
    r"\b(?:parole|palabras|palavras|paroles|words|Worte)\s+(?:di|del|dello|della|de|da|do|of|von|des)\s*$"
)


def _possessed_in_lead(words: list[str]) -> bool:
    """Whether the name after `words` is a possessor: a possessive word right before it or before a
    lower-case word before it ("de Hernández", "del expresidente Hernández"), not before a capitalised
    portfolio ("el ministro de Economía Martín Guzmán")."""
    if words and words[-1].casefold() in _POSSESSIVE_WORDS:
        return True
    return len(words) > 1 and words[-2].casefold() in _POSSESSIVE_WORDS and not words[-1][:1].isupper()


def _pronoun_speaks(text: str, start: int, end: int, leads: bool, opened: bool) -> bool:
    """Whether a pronoun says the quote: `«…», a-t-il estimé`, `"…", sagte sie`, `Elle affirme : «…»`."""
    if leads and _PRONOUN_AFTER_RE.match(text[end : end + 40]):
        return True
    window = text[max(0, start - 300) : start]
    if opened or _VERB_BEFORE_RE.search(window):  # "Elle affirme « … »"
        return _PRONOUN_FIRST_RE.match(text, _sentence_start(text, start), start) is not None
    return False


def _antecedent(
    text: str,
    start: int,
    named_in,
    previous: tuple[int, Actor] | None,
    paragraph_only: bool = False,
    speaking=None,
    language: str = "",
) -> Actor | None:
    """Who a pronoun before or after a quote stands for: the last quote's speaker when no one else is
    named since, else the one person the quote's paragraph names, else (unless `paragraph_only`) the one
    person the preceding sentences name; where several are named (or with `paragraph_only`, none in the
    paragraph), the person who last spoke in reported speech in the sentences before (`speaking`: "…,
    sagte Dolzer. Er fordert:", "Delgado indicó que … ¶ «…», expuso") when no one else is named after."""
    if previous is not None and start - previous[0] <= ANTECEDENT_CHARS:
        # A possessor named since ("les travaux de Gilles-Eric Séralini") is no new subject.
        others = {
            id(a)
            for at, stop, a in named_in(previous[0], start)
            if a.type == "person" and not _possessed(text, at, stop)
        } - {id(previous[1])}
        if not others:
            return previous[1]
        # Someone new was named since the last quote: as if there had been none (below).
    # The one person named in the quote's own paragraph, else in the sentences before it.
    window = max(0, start - ANTECEDENT_CHARS)
    paragraph_start = text.rfind("\n", window, start) + 1 or window
    wide = (paragraph_start,) if paragraph_start == window else (paragraph_start, window)
    bounds = wide[:1] if paragraph_only else wide
    # An unnamed spokesperson who spoke last, with no person named since ("But a spokesperson for UCEA
    # said … ¶ "…," he said."): the organisation they speak for.
    frames = list(_SPOKESPERSON_FRAME_RE.finditer(text, bounds[-1], start))
    if frames and not any(actor.type == "person" for _, _, actor in named_in(frames[-1].end(), start)):
        spoken_for = _spoken_for(text, frames[-1].end("role"), frames[-1].start(), named_in)
        if spoken_for is not None:
            return spoken_for
    for lo in bounds:
        # (Someone named in brackets is an aside, not whom the story follows: "(the first track even samples
        # the voice of astronomer Carl Sagan)" ¶ "“…,” he says" is the musician's.)
        people = {
            id(a): a
            for at, _, a in named_in(lo, start)
            if a.type == "person" and not _in_brackets(text, lo, at)
        }
        if len(people) == 1:
            return next(iter(people.values()))
    # Reported speech names its speaker, so it is looked for before the paragraph even for a bare verb
    # ("la abogada Nancy Rodas señaló que …" ¶ "VEA TAMBIÉN: …" ¶ "«…», dijo.").
    for lo in wide if speaking is not None else ():
        frame = speaking(lo, start)
        if frame is not None and frame[0].type == "person":
            speaker, verb_end = frame
            since = named_in(verb_end, start)
            objects = _objects(text, since)
            if all(
                actor is speaker
                for index, (_, _, actor) in enumerate(since)
                if actor.type == "person" and index not in objects
            ):
                return speaker
    subject = _last_subject(text, bounds[-1], start, named_in, language)
    if subject is not None:
        return subject
    if speaking is not None and not text[paragraph_start:start].strip() and paragraph_start > 1:
        # A quote that opens its paragraph goes on from the one before when that paragraph opens with
        # its speaker's reported speech ("Delgado indicó que … ¶ «…», expuso."): the subject carries over.
        previous_start = text.rfind("\n", 0, paragraph_start - 1) + 1
        boundary = _SENTENCE_START_RE.search(text, previous_start, paragraph_start)
        first_end = boundary.start() + 1 if boundary else paragraph_start
        frame = speaking(previous_start, first_end)
        if frame is not None and frame[0].type == "person":
            return frame[0]
        # … or to the last subject of that paragraph when the story has quoted them already ("Durante la
        # misma entrevista, Delgado hizo el llamado al Órgano Judicial … ¶ «…», enfatizó.") or a speech
        # verb follows them there ("Na saída, Pacheco conversou … e reiterou …"); not to someone who
        # does not speak ("Vladimir Putin no estuvo en Ginebra. ¶ «…», comentó.").
        subject = _last_subject(text, previous_start, paragraph_start, named_in, language)
        if subject is not None:
            named_at = max(
                stop for _, stop, actor in named_in(previous_start, paragraph_start) if actor is subject
            )
            if subject.quotes or _SPEECH_VERB_RE.search(text, named_at, paragraph_start):
                return subject
    return None


def _in_brackets(text: str, lo: int, at: int) -> bool:
    """Whether a bracket opened after `lo` is still open at `at`."""
    return text.rfind("(", lo, at) > text.rfind(")", lo, at)


def _possessed(text: str, at: int, end: int | None = None) -> bool:
    """Whether the name at `at` follows a possessive word ("de Hernández", "of Smith") or, ending at
    `end`, takes a possessive ending ("Meadows' office", "Trump’s lawyers")."""
    if _word_before(text, at) in _POSSESSIVE_WORDS:
        return True
    return end is not None and _POSSESSIVE_END_RE.match(text, end) is not None


def _word_before(text: str, at: int) -> str:
    """The word right before `at`, casefolded ("" at the start)."""
    before = text[max(0, at - 12) : at].split()[-1:]
    return before[0].casefold() if before else ""


def _last_subject(text: str, lo: int, start: int, named_in, language: str = "") -> Actor | None:
    """The person who opens the last sentence before `start` that a person opens ("Governor John Rankin
    made the announcement. ¶ He said: …"), or in German stands right after its verb ("Auf den ersten
    Metern lief Thorwirth …"), when nobody else is named from there to `start`: the subject a pronoun
    most likely continues."""
    people = [(s, e, a) for s, e, a in named_in(lo, start) if a.type == "person"]
    for at, _, actor in reversed(people):
        sentence = _sentence_start(text, at)
        lead = text[sentence:at].split()
        inverted = (
            language == "de"
            and _german_inverted_subject(lead)
            # not the second of two ("Sowohl Keith als auch Keuter behaupten")
            and not any(sentence <= s < at for s, _, other in people if other is not actor)
        )
        if sentence < lo or not (_subject_lead(lead) or inverted):
            continue  # not at the start, or after "Nach …" (an adverbial, not the subject)
        if any(other is not actor for s, _, other in people if s >= at):
            return None
        return actor
    return None


#: The most words before a German subject that follows its verb ("Mit vielem hatte Weikert …").
INVERTED_LEAD_WORDS = 8
#: What makes the name after it an object or a complement, not the subject.
_GERMAN_NOT_BEFORE_SUBJECT = frozenset(
    "von vom mit für an am auf aus bei beim gegen über um zu zum zur nach vor hinter neben zwischen durch "
    "ohne wie als und oder den dem des der die das einen einem eines ihn ihm sie es".split()
)


def _german_inverted_subject(words: list[str]) -> bool:
    """Whether the words before a name at a German main clause's start leave it the subject after the
    verb in second place ("Auf den ersten Metern lief Thorwirth", "Zum Glück klopft da gerade Renato"):
    a capitalised opening, no comma, and a verb or an adverb right before the name — not a preposition,
    an article or a noun ("des Kenianers Daniel Komen")."""
    return (
        2 <= len(words) <= INVERTED_LEAD_WORDS
        and words[0][:1].isupper()
        and not any("," in word for word in words)
        and words[-1].isalpha()
        and words[-1].islower()
        and words[-1] not in _GERMAN_NOT_BEFORE_SUBJECT
    )


def _subject_lead(words: list[str]) -> bool:
    """Whether the words before a name at a sentence's start leave it the subject: none, role words
    ("Governor", "Bundesverkehrsminister"), or an office of a place or body ("New York City Mayor",
    "ISD spokesman") — capitalised words that end in a role word."""
    if len(words) <= SUBJECT_LEAD_WORDS and all(map(is_role_word, words)):
        return True
    if words and words[-1].endswith(",") and len(words) <= INTRODUCTORY_WORDS:
        return True
    return (
        len(words) <= DESCRIBED_LEAD_WORDS
        and is_role_word(words[-1])
        and all(word[:1].isupper() for word in words[:-1])
    )


#: A relative clause right after a name whose verb is a speech verb, up to the quote it opens (`a
#: Yurramendi, quien señaló que «…»`, `Silva, que afirmou: "…"`, `Smith, who said that "…"`).
_RELATIVE_SPEAKER_RE = re.compile(
    rf"\s*,\s*(?:quien|who|qui|che|que|il\s+quale|la\s+quale|который|которая)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{SPEECH_VERBS})\b[^.!?\n«»\"“”„]{{0,30}}$"
)


#: A main clause coordinated after a name, with a subject of its own that a definite article opens
#: ("…, and the Director noted that", "…, und die Ministerin sagte:"): whoever speaks there is not the name.
_NEW_SUBJECT_RE = re.compile(
    r"[,;]\s+(?:and|but|while|und|aber|doch|et|mais|y|pero|e|ma|mas|а|но|и)\s+"
    r"(?:the|der|die|das|le|la|les|el|los|las|il|lo|o|a|os|as)\s+[\w-]+",
    re.IGNORECASE,
)


def _opening_clause(text: str, start: int, named_in) -> Actor | None:
    """The speaker of a quote opened by a colon or "that": the one person its clause names (else the
    one organisation), when nothing before it in the clause makes it an object or a subordinate subject
    ("dass Trochowski es ihm nachmacht, sagte der MOPO:")."""
    clause_start = _sentence_start(text, start)
    found = [
        m
        for m in named_in(clause_start, start)
        if not _in_compound(text, m[1]) and not _inside_quote(text, clause_start, m[0], m[1])
    ]
    for kind in ("person", "organization"):
        named = [(s, actor) for s, _, actor in found if actor.type == kind]
        if len({id(actor) for _, actor in named}) > 1:
            return None
        if named:
            at, actor = named[0]
            lead = text[clause_start:at]
            if kind == "organization" and len(lead.split()) > ORGANISATION_LEAD_WORDS:
                return None  # "… capogruppo alla Camera, ha così avvertito:" — the body is not the subject
            before = lead.split()[-1:]
            stop = next(stop for s, stop, a in found if s == at and a is actor)
            if _NEW_SUBJECT_RE.search(text, stop, start):
                return None  # "Omicron has been detected …, and the Director noted that “…”": a new subject
            if _SUBORDINATE_RE.search(lead) or (before and before[0].casefold() in _OBJECT_WORDS):
                # An object, or a subordinate subject — unless a relative clause makes it the speaker
                # ("se le preguntó a Yurramendi, quien señaló que «…»").
                return actor if kind == "person" and _RELATIVE_SPEAKER_RE.match(text, stop, start) else None
            return actor
    return None


def _inside_quote(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands inside a quote that opened after `lo` ("„Sollte
    Troche bleiben …“, weiß der Präsident, warnt aber:"), unless the quote is the name itself ("“JOH”
    contestó")."""
    opened = sum(ch in _QUOTE_MARKS for ch in text[lo:start]) % 2 == 1
    return opened and text[end : end + 1] not in _QUOTE_MARKS


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding `start` begins (at most 300 characters back); a quote that opens its
    paragraph after a line ending in a colon ("He said:" ¶ "…") belongs to that line's sentence."""
    window = text[max(0, start - 300) : start]
    opener = window.rstrip()
    if opener.endswith(":") and "\n" in window[len(opener) :]:
        start -= len(window) - len(opener)
        window = opener
    boundaries = list(_SENTENCE_START_RE.finditer(window))
    return start - len(window) + (boundaries[-1].end() if boundaries else 0)


#: How many sentences back German reported speech may carry a quote's speaker ("…, kritisierte Lucke
#: weiter. ¶ Ein Gespräch sei auf dieser Basis nicht sinnvoll. «Wenn der AStA …»").
REPORTED_SPEECH_SENTENCES = 3
_REPORTED_SPEECH_RE = re.compile(rf"(?<![\w-])(?:{_REPORTING_SUBJUNCTIVES})(?![\w-])")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")


def _reported_speech_chain(text: str, start: int, end: int, named_in, actor_at, described) -> Actor | None:
    """German: the speaker of the speech frame that sentences in the subjunctive of reported speech go on
    from, up to the quote's own ("Rheinmetall erklärt auf Anfrage, dass … . Vielmehr sei ein Dienstleister
    von dem „unzulässigen Datenabgriff“ betroffen gewesen"), across a paragraph too, with no other person
    named since the frame. Indicative German names its speaker anew."""
    sentence = _sentence_start(text, start)
    stop = _SENTENCE_END_RE.search(text, end, end + 300)
    own = text[sentence:start] + text[end : stop.start() if stop else end].split("\n")[0]
    if own.strip(' \t\n"„“”«»‚‘’,:;-–') and not _REPORTED_SPEECH_RE.search(own):
        return None
    later = sentence
    for _ in range(REPORTED_SPEECH_SENTENCES):
        if later == 0:
            return None
        before = _sentence_start(text, later - 1)
        frame = _frame_speaker(text, before, later, named_in, actor_at, described)
        if frame is not None:
            speaker, verb_end = frame
            others = [a for _, _, a in named_in(verb_end, start) if a is not speaker and a.type == "person"]
            return None if others else speaker
        if not _REPORTED_SPEECH_RE.search(text, before, later):
            return None
        later = before
    return None


#: How many sentences back, within its paragraph, a quote that is a sentence of its own may find the
#: frame that names its speaker.
STANDALONE_FRAME_SENTENCES = 3


def _framed(
    text: str, start: int, named_in, actor_at, described=None, standalone: bool = False, asking: bool = True
) -> Actor | None:
    """The speaker of the speech frame that a quote's own sentence opens with (`Lira disse que tem
    conversado «…»`), or, for a `standalone` quote (its own sentence, no attribution after it), the
    sentence before; when no other person is named between that frame and the quote."""
    clause_start = _sentence_start(text, start)
    frame, widened = None, False
    if not text[clause_start:start].strip() and standalone and clause_start > 0:
        # A quote that is a sentence of its own goes on from the sentence before it ("…, comme nous le
        # raconte Antoine, 32 ans. «…»"), or from one a little further back in its paragraph
        # ("Сябренко также рассказала о том, … . В свете того, что … . «Я думаю, …»").
        for step in range(STANDALONE_FRAME_SENTENCES):
            before = _sentence_start(text, clause_start - 1)
            if step and "\n" in text[before:start]:
                break
            clause_start, widened = before, step > 0
            frame = _frame_speaker(text, clause_start, start, named_in, actor_at, described)
            if widened and frame is not None and _inside_quote(text, clause_start, frame[1] - 1, frame[1]):
                frame = None  # `adding: "[He] must be investigated according to Mongolian law"`: quoted words
            if frame is not None or clause_start == 0:
                break
    else:
        frame = _frame_speaker(text, clause_start, start, named_in, actor_at, described)
    if frame is None:
        return None
    speaker, verb_end = frame
    if not asking and _word_before(text, verb_end) in _ASKING_VERBS:
        return None  # "X had asked them to help fetch "wild meat"": the words are not X's
    others = [
        (at, stop)
        for at, stop, actor in named_in(verb_end, start)
        if actor is not speaker and actor.type == "person"
    ]
    if widened and others:
        return None  # a sentence or two further back, anyone named since may have spoken
    if any(
        not _addressed(text, verb_end, at)
        and not _object(text, at, stop)
        and not _reported_subject(text, at, stop, start)
        for at, stop in others
    ):
        return None
    return speaker


def _reported_subject(text: str, at: int, stop: int, quote_start: int) -> bool:
    """Whether the name at text[at:stop] opens a clause the speaker reports and the quote is in it
    ("schrieb …, dass Kim „wieder zurück" sei", "said that Smith was "a liar""): what is said of them, not
    their words. A clause that goes on past a comma ("announced that Nixon would pay …, because the IRS
    had found … “security”") may hold anyone's words."""
    return (
        _SUBORDINATE_RE.fullmatch(_word_before(text, at)) is not None
        and _CLAUSE_END_RE.search(text, stop, quote_start) is None
    )


def _object(text: str, at: int, stop: int) -> bool:
    """Whether the name at text[at:stop] is an object or a possessor in the speaker's clause, not a new
    subject ("un remplaçant à Roman Prymula", "la démission de Prymula", "Meadows' office")."""
    return _possessed(text, at, stop) or _word_before(text, at) in _OBJECT_WORDS


def _objects(text: str, mentions: list[tuple[int, int, Actor]]) -> set[int]:
    """The indices of `mentions` (in text order) that are objects or possessors (`_object`), or listed
    right after one ("tem conversado com Fux, Pacheco e Bolsonaro": none of them speaks)."""
    found: set[int] = set()
    for index, (at, stop, _) in enumerate(mentions):
        if _object(text, at, stop) or (
            index - 1 in found and LIST_JOINER_RE.fullmatch(text, mentions[index - 1][1], at)
        ):
            found.add(index)
    return found


def _addressed(text: str, verb_end: int, at: int) -> bool:
    """Whether the name at `at` is the one spoken to, in the object of "told"/"asked" (`Della told DW.
    "…"`, `Scott told "CBS This Morning" co-host Gayle King, "…"`); "said to X" is an object (`_object`)."""
    return (
        _word_before(text, verb_end) in _ADDRESSEE_VERBS and len(text[verb_end:at].split()) <= ADDRESSEE_WORDS
    )


def _frame_speaker(
    text: str, lo: int, hi: int, named_in, actor_at, described=None
) -> tuple[Actor, int] | None:
    """The speaker of the last speech frame in text[lo:hi] and where its verb ends: a name right before
    its speech verb ("Delgado indicó que", "Lira também disse que") or, failing that, right after it
    ("sagte Trump am Montag …:", "sagt auch Stenger"). Reported speech names its speaker so even when a
    quote sits deep in the clause (`Álvarez anunció que este tipo de aspectos «…»`)."""
    mentions = named_in(lo, hi)
    found = None
    for verb in _SPEECH_VERB_RE.finditer(text, lo, hi):
        speaker = None
        word = verb.group()[:1].lower() + verb.group()[1:]  # "По словам" opening a sentence
        if word not in _SPEECH_PREPOSITIONS:
            before = [m for m in mentions if m[1] <= verb.start()]
            if before:
                gap = text[before[-1][1] : verb.start()]
                gap_words = gap.split()
                # … French elided pronouns and auxiliaries among them ("Martin l'a qualifié").
                lower_words = all(
                    w.replace("'", "").replace("’", "").isalpha() and w[:1].islower() for w in gap_words
                )
                possessed = _possessed(text, before[-1][0])  # "la inocencia de Hernández aseguró"
                if len(gap_words) <= FRAME_GAP_WORDS and lower_words and "\n" not in gap and not possessed:
                    speaker = before[-1][2]
                else:
                    speaker = _apposed_subject(text, before, verb.start())
            if speaker is None and described is not None and verb.start() - lo <= DESCRIBED_SUBJECT_CHARS:
                # A description opening the clause ("Der US-Präsident schrieb auf Twitter, er sei …").
                clause = text[lo : verb.start()]
                subject = _DESCRIBED_SUBJECT_RE.search(clause) or _DESCRIBED_APPOSED_RE.match(clause)
                speaker = described(subject.group("description")) if subject else None
        if speaker is None and word not in _ADDRESSEE_VERBS and not _LABELLING_VERB_RE.fullmatch(word):
            after = _FRAME_AFTER_RE.match(text, verb.end(), hi)
            if after:
                speaker = actor_at(after.start("name"), after.group("name"))
        if speaker is None and word in _SPEECH_PREPOSITIONS:
            speaker = _described_source(text, verb.end(), hi, mentions)
            if speaker is None and described is not None:
                # … or a description alone ("según el periodista, …", "secondo il presidente del Consiglio,").
                source = _DESCRIBED_SOURCE_RE.match(text, verb.end(), hi)
                speaker = described(source.group("description")) if source else None
        if speaker is not None:
            found = (speaker, verb.end())
    return found


def _described_source(text: str, at: int, hi: int, mentions) -> Actor | None:
    """The person "according to" names after a description of them, within the same clause ("по словам
    премьер-министра Молдавии Влада Филата", "según el fiscal general Juan Pérez", "selon le ministre de
    la Santé Olivier Véran")."""
    for start, _, actor in mentions:
        if start < at:
            continue
        words = text[at:start].split()
        if (
            actor.type != "person"
            or len(words) > SOURCE_DESCRIPTION_WORDS
            or any(ch in text[at:start] for ch in ',.;:!?«»"“”„\n')
        ):
            return None
        return actor
    return None


#: What may stand before an organisation that opens its clause: nothing or its article, also after
#: "that" ("Le fait que le CIRC, …, l'ait classé"); never a preposition ("mit Facebook, …,").
_DEFINITE_LEAD_RE = re.compile(
    rf"(?:.*\b(?:dass|that|que|che)\s+)?(?:(?:{_DEFINITE_ARTICLES})|l['’])?", re.IGNORECASE
)


def _apposed_subject(text: str, before: list[tuple[int, int, Actor]], verb_start: int) -> Actor | None:
    """A person set off by commas before a speech verb is its subject: an apposition (`El periodista
    ruso …, Dmitry Muratov, denunció`) or a person with a relative clause between name and verb
    (`Ana Pérez, quien criticó a Vladimir Putin, opinó que`: not Putin)."""
    for at, stop, actor in reversed(before):
        if actor.type == "organization":
            if _APPOSITION_GAP_RE.fullmatch(text, stop, verb_start) and _DEFINITE_LEAD_RE.fullmatch(
                text[_sentence_start(text, at) : at].strip()
            ):
                return actor  # "Le CIRC, une des agences de l'OMS, l'a classé « … »"
            continue
        if actor.type != "person":
            continue
        match = _APPOSED_GAP_RE.fullmatch(text, stop, verb_start)
        if match is None:
            if _APPOSITION_GAP_RE.fullmatch(text, stop, verb_start) and _subject_lead(
                text[_sentence_start(text, at) : at].split()
            ):
                return actor  # "Tobias Lindner, sicherheitspolitischer Sprecher der Grünen, nennt"
            continue
        if match.group("relative") is None and text[:at].rstrip()[-1:] != ",":
            continue  # "Name, verb" only as an apposition (", Dmitry Muratov, denunció"), not "con Name,"
        return actor
    return None


def _add_role(speaker: Actor, text: str, name_end: int) -> None:
    """Keep every role a person is given ("Kapitän der US-Marine" and "Einsatzleiter …" are both true);
    `role` is the shortest."""
    role = _role_after(text, name_end) if speaker.type == "person" else None
    if role and role not in speaker.roles:
        speaker.roles.append(role)
        speaker.role = min(speaker.roles, key=len)


def _role_after(text: str, name_end: int) -> str | None:
    match = _ROLE_RE.match(text[name_end : name_end + 200])
    if not match:
        return None
    role = _LEADING_ARTICLE_RE.sub("", match.group("role").strip())
    if not role or len(role.split()) > ROLE_MAX_WORDS:
        return None
    return role
