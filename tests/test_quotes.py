"""Who said what: quotes go to the actor who said them, roles come from appositions."""

from __future__ import annotations

import re

import pytest

from precis import analyse
from precis.actors import Actor
from precis.actors.quotes import attribute
from precis.actors.rules import RuleEntityFinder


def _actor(text: str, name: str, kind: str = "person") -> Actor:
    spans = []
    at = text.find(name)
    while at >= 0:
        spans.append((at, at + len(name)))
        at = text.find(name, at + 1)
    return Actor(name, kind, [], len(spans), 1.0, spans)


def _quotes_of(text: str, language: str, *names: str | tuple[str, str]) -> tuple[list[str], ...]:
    """The quotes `attribute` gives each named actor, in order; a name is a person's, or (name, kind)."""
    actors = [_actor(text, name) if isinstance(name, str) else _actor(text, *name) for name in names]
    attribute(text, actors, language)
    return tuple(actor.quotes for actor in actors)


@pytest.mark.parametrize(
    "text",
    [
        '"Wir brauchen mehr Geld für die Schulen", sagte Schuster am Montag.',
        "„Wir brauchen mehr Geld für die Schulen“, so Schuster.",
        'Schuster sagte: "Wir brauchen mehr Geld für die Schulen."',
        '"We need more money for the schools," Schuster said.',
        '"We need more money for the schools," said Schuster.',
        "«Il faut plus d'argent pour les écoles», a déclaré Schuster.",
        '"We need more money for the schools," Schuster stressed.',
        'Schuster estimated that "we need more money for the schools".',
    ],
)
def test_each_attribution_shape(text):
    schuster = _actor(text, "Schuster")
    attribute(text, [schuster])
    assert len(schuster.quotes) == 1
    assert "Geld" in schuster.quotes[0] or "money" in schuster.quotes[0] or "argent" in schuster.quotes[0]
    assert not schuster.quotes[0].endswith(",")


def test_a_following_quote_continues_the_same_speaker_but_not_across_paragraphs():
    text = (
        '"Das ist gut für alle hier", sagte Schuster. "Es hilft auch dem Land sehr."'
        '\n\n"Ich sehe das ganz anders."'
    )
    schuster = _actor(text, "Schuster")
    attribute(text, [schuster])
    assert schuster.quotes == ["Das ist gut für alle hier", "Es hilft auch dem Land sehr."]


def test_no_speaker_no_quote_and_places_never_speak():
    text = (
        '"Das ist eine große Sache für uns", sagte ein Sprecher in Berlin. '
        '"Berlin hat entschieden", sagte Berlin.'
    )
    berlin = _actor(text, "Berlin", "location")
    attribute(text, [berlin])
    assert berlin.quotes == []


def test_roles_from_appositions_but_not_relative_clauses():
    text = (
        "Das sei wichtig, sagte Carl Schuster, ehemaliger Kapitän der US-Marine. "
        "Das sei falsch, sagte Anna Berg, die seit Jahren dort lebt."
    )
    schuster, berg = _actor(text, "Carl Schuster"), _actor(text, "Anna Berg")
    attribute(text, [schuster, berg])
    assert schuster.role == "ehemaliger Kapitän der US-Marine"
    assert berg.role is None and berg.roles == []


def test_every_role_is_kept_and_the_shortest_labels_the_actor():
    text = (
        "Das sei wichtig, sagte Carl Schuster, Leiter der Abteilung für strategische Planung. "
        "Das sei richtig, sagte Schuster, ehemaliger Kapitän. "
        "Das sei gut, sagte Schuster, ehemaliger Kapitän."
    )
    schuster = _actor(text, "Carl Schuster")
    schuster.mentions_at += [(m.start(), m.end()) for m in re.finditer(r"(?<=sagte )Schuster", text)]
    attribute(text, [schuster])
    assert schuster.roles == ["Leiter der Abteilung für strategische Planung", "ehemaliger Kapitän"]
    assert schuster.role == "ehemaliger Kapitän"


def test_the_seed_article_says_who_said_what(seed_text):
    actors = {a.name: a for a in analyse(seed_text).actors}
    schuster, easley = actors["Carl Schuster"], actors["Leif-Eric Easley"]
    assert easley.role == "Professor für internationale Studien"
    assert easley.quotes[0].startswith("Dieses Treffen ist eine sehr bedeutende Entwicklung")
    assert schuster.role == "ehemaliger Kapitän der US-Marine"  # the shorter of the two appositions
    assert schuster.roles == ["ehemaliger Einsatzleiter des US-Pazifik-Gruppe", schuster.role]
    assert len(schuster.quotes) == 4
    assert any(q.startswith("Nordkorea braucht Bargeld") for q in schuster.quotes)
    assert all(
        not a.quotes for name, a in actors.items() if name not in {"Carl Schuster", "Leif-Eric Easley"}
    )


@pytest.mark.parametrize(
    "text",
    [
        "«Abbiamo bisogno di più fondi per le scuole», ha detto Schuster.",
        "«Necesitamos más dinero para las escuelas», señaló Schuster.",
        "« Nous avons besoin de plus d'argent pour les écoles », a expliqué Schuster.",
        '"Precisamos de mais dinheiro para as escolas", afirmou Schuster.',
        "«Нам нужно больше денег для школ», заявил Schuster.",
        "„Wir brauchen mehr Geld für die Schulen“, erklärt Schuster.",
    ],
)
def test_speech_verbs_of_every_language_we_summarise(text):
    schuster = _actor(text, "Schuster")
    attribute(text, [schuster])
    assert len(schuster.quotes) == 1 and len(schuster.quotes[0].split()) >= 5


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # any verb, a dash, a title between verb and name
        ("«Вопрос ограничения может зацепить и транзит», - намекнул Товпинец, которого цитирует РБК.",
         "Товпинец"),
        ("« Le danger est une propriété intrinsèque », assène la toxicologue Dominique Parent-Massin.",
         "Dominique Parent-Massin"),
        # a clause that opens the quote with a colon or "that"
        ("Mit dabei war auch Stefan Bröckling von der Tiernothilfe: „Wir haben Tauben im Netz gefunden.“",
         "Stefan Bröckling"),
        ("Viktor Ponedelnik: «Der Trainer benimmt sich wie ein Zar»", "Viktor Ponedelnik"),
        ("Mancino ha precisato che «qualunque legge può essere modificata»", "Mancino"),
    ],
)  # fmt: skip
def test_attribution_clauses_in_any_tense_and_language(text, speaker):
    actors = [_actor(text, name) for name in ("Товпинец", "Dominique Parent-Massin", "Stefan Bröckling",
                                              "Viktor Ponedelnik", "Mancino") if name in text]  # fmt: skip
    actors += [_actor(text, org, "organization") for org in ("РБК", "Tiernothilfe") if org in text]
    attribute(text, actors)
    said = {a.name: a.quotes for a in actors if a.quotes}
    assert list(said) == [speaker] and len(said[speaker]) == 1


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a quote that ends its sentence is not attributed to the name that starts the next one
        ('"Das war eine klare Fehlentscheidung heute." Katrin Göring-Eckardt sagte den Zeitungen: '
         '"Genau jetzt braucht es mehr Austausch."', ["Katrin Göring-Eckardt"],
         ["Genau jetzt braucht es mehr Austausch."]),
        # lawyers of a man are not the man; "who left Meadows' office" is past the clause
        ("“La fianza se está preparando ya”, respondieron los abogados del expresidente Hernández.",
         ["Hernández"], []),
        ("“The first I heard of it was Tuesday,” said a staffer, who left Meadows' office.", ["Meadows"], []),
        # a title in quotes is not speech, so nothing continues from it
        ('Scott told "CBS This Morning" co-host Gayle King, "Because you have to reckon with us."',
         ["Gayle King"], []),
        # an organisation before a role and a name is not the speaker; "Maryland-based" is no one
        ("“Crimes exploit the most vulnerable people,” said Cambridge Police Commissioner Christine Elow.",
         ["Cambridge Police"], []),
        # a quote opened by its own clause is not a continuation of the one before
        ('CNN: "Kim Jong Un is gravely ill"\nNBC: "Kim Jong Un is brain dead"', ["CNN"],
         ["Kim Jong Un is gravely ill"]),
    ],
)  # fmt: skip
def test_quotes_are_not_given_to_the_wrong_name(text, names, expected):
    actors = [
        _actor(text, name, "organization" if name.isupper() or "Police" in name else "person")
        for name in names
    ]
    attribute(text, actors)
    assert [q for a in actors for q in a.quotes] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Roman Prymula a parlé. « Je n'ai enfreint aucune règle du tout, » a-t-il estimé.",
        'Lotte Tobisch war nachdenklich. "Was mich heute noch interessiert, ist die Kunst", sagte sie.',
        "Marie-Pierre Dausse enseigne. Elle affirme « J'ai complètement réorganisé le cours »",
    ],
)
def test_a_pronoun_speaker_is_the_person_just_named(text):
    name = next(n for n in ("Roman Prymula", "Lotte Tobisch", "Marie-Pierre Dausse") if n in text)
    speaker = _actor(text, name)
    attribute(text, [speaker])
    assert len(speaker.quotes) == 1


def test_a_pronoun_speaker_is_nobody_when_two_people_were_just_named():
    text = 'Anna Weber traf Jonas Keller. "Wir haben lange über alles gesprochen", sagte sie.'
    actors = [_actor(text, "Anna Weber"), _actor(text, "Jonas Keller")]
    attribute(text, actors)
    assert all(a.quotes == [] for a in actors)


def test_a_pronoun_speaker_is_nobody_named_only_in_brackets():
    text = (
        "The EP samples a voice (the astronomer Carl Sagan reads a text) and reflects on our fragility.\n"
        "“When you look at that image of earth, you see how small we are,” he says."
    )
    sagan = _actor(text, "Carl Sagan")
    attribute(text, [sagan], "en")
    assert sagan.quotes == []


def _placed(text: str, name: str, aliases: tuple[str, ...] = (), only: int | None = None) -> Actor:
    """An actor whose recogniser found `name` only at its first `only` places (all when None)."""
    actor = _actor(text, name)
    if only is not None:
        actor.mentions_at = actor.mentions_at[:only]
    actor.aliases = list(aliases)
    return actor


def test_a_sentence_after_a_closing_quote_mark_starts_its_own_clause():
    text = (
        'Christian Lindner fordert, "dass der Impfgipfel stattfindet." Grünen-Fraktionschefin Katrin '
        'Göring-Eckardt sagte den Zeitungen der Funke Mediengruppe: "Genau in solch unklaren Situationen '
        'braucht es mehr Austausch."'
    )
    lindner, goering = _actor(text, "Christian Lindner"), _actor(text, "Katrin Göring-Eckardt")
    attribute(text, [lindner, goering])
    assert goering.quotes == ["Genau in solch unklaren Situationen braucht es mehr Austausch."]


def test_a_name_at_the_verb_counts_where_the_recogniser_did_not_mark_it():
    text = (
        'Bernice Scott leads the Reckoning Crew. "No, not really," Scott said. '
        '"Are you concerned about what will happen?" King asked. '
        '"It is like sixty percent," Gov. Inslee said.'
    )
    scott = _placed(text, "Bernice Scott", aliases=("Scott",), only=1)
    king = Actor("Gayle King", "person", ["King"], 1, 1.0, [])
    inslee = Actor("Jay Inslee", "person", [], 1, 1.0, [])
    attribute(text, [scott, king, inslee])
    assert scott.quotes == ["No, not really"]
    assert king.quotes == ["Are you concerned about what will happen?"]
    assert inslee.quotes == ["It is like sixty percent"]


def test_an_organisation_named_in_the_same_line_does_not_break_a_continuation():
    text = (
        '"It does not take a genius to see it," said Jeff Miller, a city councilman in Hendersonville, '
        'who was the 2010 GOP nominee in the district. "It just looks very suspicious."'
    )
    miller, gop = _actor(text, "Jeff Miller"), _actor(text, "GOP", "organization")
    attribute(text, [miller, gop])
    assert miller.quotes == ["It does not take a genius to see it", "It just looks very suspicious."]


def test_a_pronoun_goes_to_the_one_person_named_since_the_last_quote_or_in_its_paragraph():
    text = (
        'Tobias Lindner sagte: "Das ist natürlich von besonderem Interesse für uns." Die Firma Rheinmetall '
        'schwieg.\nDer Datenschutzbeauftragte Johannes Caspar erklärt die Fristen. "Die Meldung muss '
        'innerhalb von 72 Stunden erfolgen", sagte er dem NDR.'
    )
    lindner, caspar = _actor(text, "Tobias Lindner"), _actor(text, "Johannes Caspar")
    rheinmetall = _actor(text, "Rheinmetall")  # typed as a person by a weak recogniser
    attribute(text, [lindner, caspar, rheinmetall])
    assert caspar.quotes == ["Die Meldung muss innerhalb von 72 Stunden erfolgen"]
    assert lindner.quotes == ["Das ist natürlich von besonderem Interesse für uns."]


def test_a_bare_speech_verb_goes_to_the_last_speaker_or_the_one_person_of_its_paragraph():
    text = (
        'El fiscal Rodolfo Delgado habló el lunes. "Tenemos que procesar a muchas personas", argumentó.\n'
        "Vladimir Putin no estuvo en Ginebra.\n"
        '"Es una gran tragedia para todos nosotros", comentó.\n'
        'Pacheco falou com os jornalistas. "O Congresso tem o seu papel de moderação", disse.'
    )
    delgado, putin, pacheco = (_actor(text, n) for n in ("Rodolfo Delgado", "Vladimir Putin", "Pacheco"))
    attribute(text, [delgado, putin, pacheco])
    assert delgado.quotes == ["Tenemos que procesar a muchas personas"]
    assert putin.quotes == []  # named in the paragraph before, not the speaker's: nobody is named
    assert pacheco.quotes == ["O Congresso tem o seu papel de moderação"]


def test_a_clause_coordinated_with_a_subject_of_its_own_is_not_the_names():
    """ "Omicron BA.2 … was detected …, and the Director noted that “…”": the Director speaks, not the
    name that opens the sentence; without the new subject the name is the speaker."""
    text = (
        "Carissa Etienne warned on Monday. Omicron Rivers has been found in many samples, and the Director "
        "noted that “the dynamics are mirrored here”. Omicron Rivers then told the press that “we are ready”."
    )
    etienne, omicron = _actor(text, "Carissa Etienne"), _actor(text, "Omicron Rivers")
    attribute(text, [etienne, omicron])
    assert omicron.quotes == ["we are ready"]


def test_reported_speech_names_the_speaker_of_a_quote_inside_its_clause():
    text = (
        'Lira disse que tem conversado "muito de perto" com os ministros. '
        'Rui Costa afirmou que o encontro com Fux se deu pela "necessidade de diálogo". '
        'Rui Costa afirmou que Fux se deu pela "busca de consenso".'
    )
    lira, costa, fux = (_actor(text, n) for n in ("Lira", "Rui Costa", "Fux"))
    attribute(text, [lira, costa, fux])
    assert lira.quotes == ["muito de perto"]
    # "com Fux" is an object in Costa's clause; Fux as the subject of the clause Costa reports ("que Fux
    # …") is whom Costa speaks of: the words are Costa's still.
    assert costa.quotes == ["necessidade de diálogo", "busca de consenso"]
    assert fux.quotes == []


def test_a_pronoun_goes_to_the_person_who_last_spoke_in_reported_speech():
    text = (
        "Man finde es verwunderlich, dass Lucke nicht eher gegangen sei, sagte Martin Dolzer. "
        'Er fordert nach den Protesten: "Lucke sollte seine Lehrtätigkeit ruhen lassen."'
    )
    lucke, dolzer = _actor(text, "Lucke"), _actor(text, "Martin Dolzer")
    attribute(text, [lucke, dolzer])
    assert dolzer.quotes == ["Lucke sollte seine Lehrtätigkeit ruhen lassen."]
    assert lucke.quotes == []


def test_a_speaker_the_recogniser_missed_at_the_start_of_a_line_still_speaks():
    text = (
        'Thomas Weikert kam am Montag an.\nWeikert: "Die Menschenrechte sind unantastbar!"\n'
        'Weikert weiß: "Wir haben hier eine schwierige Situation."'
    )
    weikert = _placed(text, "Thomas Weikert", aliases=("Weikert",), only=1)
    attribute(text, [weikert])
    assert weikert.quotes == [
        "Die Menschenrechte sind unantastbar!",
        "Wir haben hier eine schwierige Situation.",
    ]


def test_a_quote_opening_its_paragraph_goes_on_from_the_reported_speech_before_it():
    text = (
        "Delgado indicó que casi 6.000 personas enfrentaron su audiencia ante el juez Pérez.\n"
        '"No vamos a descansar hasta procesar a todos", expuso.\n'
        "El juez Pérez llegó tarde a la audiencia.\n"
        '"Es una gran tragedia para todos nosotros", comentó.'
    )
    delgado, perez = _actor(text, "Delgado"), _actor(text, "Pérez")
    attribute(text, [delgado, perez])
    assert delgado.quotes == ["No vamos a descansar hasta procesar a todos"]
    assert perez.quotes == []  # the paragraph before names him, but not as one who speaks


def test_a_quote_that_runs_on_into_the_next_paragraph_is_found_and_keeps_its_speaker():
    text = (
        "Former chief whip Mark Harper told him: “These were 12 pages of detailed laws with criminal "
        "penalties.\n\n“That is why we need to scrutinise the detail of the legislation.”\n\n"
        "Matt Hancock was not there."
    )
    harper, hancock = _actor(text, "Mark Harper"), _actor(text, "Matt Hancock")
    attribute(text, [harper, hancock])
    assert harper.quotes == [
        "These were 12 pages of detailed laws with criminal penalties.",
        "That is why we need to scrutinise the detail of the legislation.",
    ]
    assert hancock.quotes == []


def test_a_quote_standing_alone_goes_on_from_the_speech_frame_just_before_it():
    text = (
        "Cette problématique est prégnante, comme nous le raconte Antoine, 32 ans, chargé de cours. "
        "« J'ai l'impression d'être inscrit dans une boîte d'intérim. »\n"
        "Andrej Babiš a également déclaré qu'il cherchait un remplaçant avec pour objectif que le "
        "« ministère fonctionne bien dès demain »."
    )
    antoine, babis = _actor(text, "Antoine"), _actor(text, "Andrej Babiš")
    attribute(text, [antoine, babis])
    assert antoine.quotes == ["J'ai l'impression d'être inscrit dans une boîte d'intérim."]
    assert babis.quotes == ["ministère fonctionne bien dès demain"]


def test_a_pronoun_after_a_colon_line_goes_to_the_subject_of_the_last_sentence_a_person_opens():
    text = (
        "Andrew Fahie was arrested in Miami on Thursday.\n\n"
        "Governor John Rankin made the bombshell announcement in a press statement.\n\n"
        "He said:\n\n“As this is a live US investigation I have no further information.”\n\n"
        "Nach Rafael van der Vaart kam Piotr Trochowski zurück.\n\n"
        '"Ich will wieder spielen", sagte er.'
    )
    fahie, rankin = _actor(text, "Andrew Fahie"), _actor(text, "John Rankin")
    vaart, trochowski = _actor(text, "Rafael van der Vaart"), _actor(text, "Piotr Trochowski")
    attribute(text, [fahie, rankin, vaart, trochowski])
    assert rankin.quotes == ["As this is a live US investigation I have no further information."]
    assert fahie.quotes == [] and vaart.quotes == []


def test_a_description_before_the_name_at_its_verb_still_names_the_speaker():
    """`"…," ISD spokesman Tahir Della told DW`: a few words describe the speaker before the name; the
    organisation in them did not speak."""
    text = (
        'Initiative Schwarze Menschen (ISD) sees the issue as relevant. "Migration is now seen in connection '
        'with history," ISD spokesman Tahir Della told DW.'
    )
    della, isd = _actor(text, "Tahir Della"), _actor(text, "ISD", "organization")
    attribute(text, [della, isd])
    assert della.quotes == ["Migration is now seen in connection with history"] and not isd.quotes


def test_a_possessor_named_since_the_last_quote_leaves_the_pronoun_its_speaker():
    """`«…», assène Antony Fastier, qui a expertisé les travaux de Gilles-Eric Séralini. Il poursuit : «…»`:
    Séralini is named as the author of the work, not as a new subject."""
    text = (
        "« Ces études sont à mettre à la poubelle », assène Antony Fastier, qui a participé à l’expertise "
        "des travaux de Gilles-Eric Séralini. Il poursuit : « Ces études ont été bâties pour répondre. »"
    )
    fastier, seralini = _actor(text, "Antony Fastier"), _actor(text, "Gilles-Eric Séralini")
    attribute(text, [fastier, seralini])
    assert len(fastier.quotes) == 2 and not seralini.quotes


def test_a_title_in_quote_marks_is_no_quote():
    """A prize's or a film's name has only capitalised words and particles ("Kofi Annan al Valor", "Once
    Upon a Time in Hollywood"): it continues nobody's speech."""
    text = (
        "“Nadie entiende nada”, insistió Muratov.\n"
        "En Ginebra se anunció a los ganadores del premio “Kofi Annan al Valor”, en memoria del fallecido."
    )
    muratov = _actor(text, "Muratov")
    attribute(text, [muratov])
    assert muratov.quotes == ["Nadie entiende nada"]


def test_an_office_of_a_place_before_the_subject_leaves_him_the_pronouns_antecedent():
    """`New York City Mayor Bill de Blasio indicated …` ¶ `"…" he said.`: capitalised words of a place
    and a role before the name still make him the sentence's subject, whom "he" continues."""
    text = (
        "Hart Island has been used by the city, Andrew Cuomo said on Friday.\n"
        "New York City Mayor Bill de Blasio indicated earlier this week that burials might be necessary.\n"
        '"Obviously the place we have used historically is Hart Island," he said.'
    )
    mayor, cuomo = _actor(text, "Bill de Blasio"), _actor(text, "Andrew Cuomo")
    attribute(text, [mayor, cuomo])
    assert (
        mayor.quotes == ["Obviously the place we have used historically is Hart Island"] and not cuomo.quotes
    )


def test_a_bare_verb_goes_to_the_person_of_the_paragraphs_before():
    """Spanish leaves the subject out: `"…", dijo.` continues the one person named just before, across
    a paragraph break (`VEA TAMBIÉN: …` between)."""
    text = (
        "La fiscal Nancy Paola Rodas explicó el caso de la aeronave.\n"
        "VEA TAMBIÉN: Estrella de la educación no brilla\n"
        '"A pesar de todo esto, han seguido buscando la manera de sacarla", dijo.'
    )
    rodas = _actor(text, "Nancy Paola Rodas")
    attribute(text, [rodas])
    assert rodas.quotes == ["A pesar de todo esto, han seguido buscando la manera de sacarla"]


def test_a_name_inside_an_earlier_quote_does_not_open_the_next_one():
    """`„Sollte Troche bleiben, wäre das gut“, weiß der Präsident, warnt aber: „…“`: Troche is named in
    the first quote, not in the clause that opens the second; a quoted name ("“JOH” contestó") still is."""
    text = (
        "„Sollte Troche wirklich bei uns bleiben, wäre das gut“, weiß der amtierende Präsident, warnt aber: "
        "„Man darf nie vergessen, dass wir älter sind.“"
    )
    troche = _actor(text, "Troche", "organization")
    attribute(text, [troche])
    assert not troche.quotes
    text = "“JOH” contestó vía Twitter que “El fiscal no dijo eso, nunca dijo nada”."
    joh = _actor(text, "JOH")
    attribute(text, [joh])
    assert joh.quotes == ["El fiscal no dijo eso, nunca dijo nada"]


@pytest.mark.parametrize(
    "text",
    [
        'Arthur Lira não participou do encontro. Ele afirmou que é preciso "aliviar a tensão" agora.',
        'Irme Stetter-Karp wurde gewählt. Zugleich mahnte sie: "Die Debatte darf uns nicht aufsaugen".',
        "Roman Prymula a parlé. Il a ensuite déclaré que le « nouveau ministre soit présent lundi ».",
    ],
)
def test_a_pronoun_at_a_speech_verb_in_the_quotes_sentence_speaks_for_the_person_before(text):
    name = next(n for n in ("Arthur Lira", "Irme Stetter-Karp", "Roman Prymula") if n in text)
    speaker = _actor(text, name)
    attribute(text, [speaker])
    assert len(speaker.quotes) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            'Die Verschiebung sei eine "schwere Fehlentscheidung", wie der FDP-Chef Carl Schuster sich '
            "ausdrückte.",
            "de",
        ),
        ('It was "a complete and utter disaster", as Carl Schuster put it.', "en"),
        ("Es «una catástrofe para todos», como dijo el fiscal Carl Schuster.", "es"),
        ("C'est « une catastrophe pour tout le monde », comme l'a dit Carl Schuster.", "fr"),
    ],
)
def test_an_as_said_clause_after_a_quote_names_its_speaker(text, language):
    schuster = _actor(text, "Carl Schuster")
    attribute(text, [schuster], language)
    assert len(schuster.quotes) == 1


def test_a_speaker_named_at_the_end_of_the_quotes_sentence_speaks():
    text = (
        "Tesla werde über echten „inference compute“ weltweit verfügen, schrieb Carl Schuster auf X dazu. "
        'Der Konzern nannte das "eine kühne These". Später sagte Anna Weber, sie sei müde.'
    )
    assert _quotes_of(text, "de", "Carl Schuster", "Anna Weber") == (["inference compute"], [])


def test_a_person_opening_the_sentence_speaks_past_an_apposition():
    text = (
        "Anna Weber, Sprecherin der Grünen und Vertraute von Carl Schuster, nennt den Vorfall "
        '"besorgniserregend". Gestern, nach der Sitzung mit Carl Schuster, nannte man das "beunruhigend".'
    )
    assert _quotes_of(text, "de", "Anna Weber", "Carl Schuster") == (["besorgniserregend"], [])


def test_a_speech_verb_and_a_name_right_after_the_marks_attribute_without_a_comma():
    text = "Andrej Babiš a parlé. « Je n'ai pas l'intention de démissionner » a déclaré Roman Prymula."
    assert _quotes_of(text, "fr", "Andrej Babiš", "Roman Prymula") == (
        [],
        ["Je n'ai pas l'intention de démissionner"],
    )


def test_people_listed_after_an_object_word_do_not_break_reported_speech():
    text = (
        "Arthur Lira também disse que tem conversado com Luiz Fux, Rodrigo Pacheco e Jair Bolsonaro. "
        '"Nós vamos encontrar uma saída para a crise", disse.'
    )
    names = ("Arthur Lira", "Luiz Fux", "Rodrigo Pacheco", "Jair Bolsonaro")
    assert _quotes_of(text, "pt", *names) == (["Nós vamos encontrar uma saída para a crise"], [], [], [])


def test_an_organisation_in_an_as_said_clause_speaks_unless_it_describes_a_person():
    text = (
        'Le public vit une "infodémie massive", comme prévenait l\'OMS début mars. '
        '"Elections are a complete mess", as GOP operative Carl Schuster said.'
    )
    assert _quotes_of(text, "fr", ("OMS", "organization"), ("GOP", "organization"), "Carl Schuster") == (
        ["infodémie massive"],
        [],
        ["Elections are a complete mess"],
    )


def test_a_document_described_after_the_verb_is_no_bare_verb():
    text = (
        "Los camaristas confirmaron el fallo, informó Raúl Ramírez, periodista.\n"
        "“Este magistrado ha solicitado a la Sala Penal la información que faltaba”, sostiene parte de la "
        "resolución.\nEn ese contexto, Álvaro Álvarez anunció que este tipo de aspectos “van a ser "
        "coordinados por el nuevo director”."
    )
    assert _quotes_of(text, "es", "Raúl Ramírez", "Álvaro Álvarez") == (
        [],
        ["van a ser coordinados por el nuevo director"],
    )


def test_a_body_describing_the_speaker_after_the_verb_is_passed_over():
    text = (
        "Cambridge Police arrested them. “Sex crimes affect people who feel they have no voice,” said "
        "Cambridge Police Commissioner Christine Elow. “My father reminded me often ‘we survived,’” "
        "Carl Schuster said after his appointment."
    )
    assert _quotes_of(
        text, "en", ("Cambridge Police", "organization"), "Christine Elow", "Carl Schuster"
    ) == (
        [],
        ["Sex crimes affect people who feel they have no voice"],
        ["My father reminded me often ‘we survived,’"],
    )


def test_a_role_described_after_the_verb_names_the_one_person_the_text_gave_it():
    text = (
        "Blesk révèle que le ministre de la Santé Roman Prymula a dîné. Le premier ministre Andrej Babiš "
        "se tait. « Je n'ai pas l'intention de démissionner » a déclaré à cette occasion le ministre de la "
        "Santé."
    )
    assert _quotes_of(text, "fr", "Roman Prymula", "Andrej Babiš") == (
        ["Je n'ai pas l'intention de démissionner"],
        [],
    )


def test_a_role_that_fits_several_people_names_nobody():
    text = (
        "Le ministre de la Santé Roman Prymula a dîné. Le premier ministre Andrej Babiš se tait.\n\n"
        "« Nous verrons bien demain matin », a déclaré le ministre."
    )
    assert _quotes_of(text, "fr", "Roman Prymula", "Andrej Babiš") == ([], [])


def test_a_role_opening_the_clause_before_the_verb_names_the_one_person_the_text_gave_it():
    """ "Der US-Präsident schrieb" is Trump's frame; a name in the clause he reports ("dass Kim …") is
    what he says of Kim, and a role given before another person's name ("US-Präsident Donald Trump traf
    Kim Jong Un") is not Kim's."""
    text = (
        "US-Präsident Donald Trump traf Kim Jong Un. Der US-Präsident schrieb auf Twitter, er sei "
        "„glücklich“, dass Kim Jong Un „wieder zurück und gesund“ sei."
    )
    assert _quotes_of(text, "de", "Donald Trump", "Kim Jong Un") == (
        ["wieder zurück und gesund", "glücklich"],
        [],
    )


def test_a_lone_noun_glued_before_a_name_is_a_role_according_to_which_quotes_are_given():
    text = (
        "« Le risque est faible », précise la toxicologue Dominique Parent-Massin. Emmanuel Macron se tait. "
        "Selon la toxicologue, « interdire un produit sur la base du danger est absurde »."
    )
    assert _quotes_of(text, "fr", "Dominique Parent-Massin", "Emmanuel Macron") == (
        ["Le risque est faible", "interdire un produit sur la base du danger est absurde"],
        [],
    )


def test_a_description_opening_the_sentence_before_a_name_in_commas_is_that_person_s_role():
    """ "El periodista ruso …, Dmitry Muratov, denunció": "el periodista" is Muratov later, opening a
    clause before an apposition, or after "según"."""
    text = (
        "El periodista ruso laureado con el Nobel de la Paz, Dmitry Muratov, denunció la propaganda. "
        "Vladimir Putin calla.\nEl periodista ruso, cuyo periódico se ha visto obligado a cerrar, advirtió "
        "que los “guerreros de la propaganda” mienten.\nSegún el periodista, el despliegue “no sería el fin "
        "de la guerra”."
    )
    assert _quotes_of(text, "es", "Dmitry Muratov", "Vladimir Putin") == (
        ["guerreros de la propaganda", "no sería el fin de la guerra"],
        [],
    )


def test_a_body_opening_a_sentence_is_no_role_of_the_person_named_after_it_without_an_apposition():
    text = (
        "El gobierno anunció ayer nuevas medidas, Pedro Sánchez las defendió. Alberto Núñez Feijóo calla.\n"
        "Según el gobierno, las medidas “no costarán nada”."
    )
    assert _quotes_of(text, "es", "Pedro Sánchez", "Alberto Núñez Feijóo") == ([], [])


def test_for_someone_opening_a_sentence_gives_them_its_quote_and_a_pull_quote_is_nobody_s():
    """ "Pour la toxicologue, « … »" is hers; the line after it that is a quote without a full stop is a
    pull quote set between paragraphs, not her next words."""
    text = (
        "« Le risque est faible », précise la toxicologue Dominique Parent-Massin. Le risque est infime. "
        "Pour la toxicologue, « interdire un produit sur la base du danger est absurde. »\n"
        "« Les agences sanitaires ont un avis unanime : il ne présente pas de risque »\n"
        "D'ailleurs, les agences sanitaires ont un avis unanime."
    )
    assert _quotes_of(text, "fr", "Dominique Parent-Massin") == (
        ["Le risque est faible", "interdire un produit sur la base du danger est absurde."],
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Questo è quanto sostiene il premier Silvio Berlusconi.\nAttraverso questo accordo, sono sempre "
            'le sue parole, essi vogliono affermare la loro "interpretazione assurda del diritto".',
            "it",
        ),
        (
            "This is what Prime Minister Silvio Berlusconi claims.\nThrough this deal, in his words, they "
            'want to assert their "interpretazione assurda del diritto".',
            "en",
        ),
    ],
)
def test_the_words_a_possessive_gives_someone_are_their_quote(text, language):
    assert _quotes_of(text, language, "Silvio Berlusconi") == (["interpretazione assurda del diritto"],)


def test_a_german_pronoun_at_a_verb_of_reported_speech_gives_the_quote_to_whom_it_stands_for():
    """ "Sie stehe für …" is the subjunctive of reported speech: Stetter-Karp's words; "Sie steht für …"
    (the indicative) is the writer's own sentence."""
    text = (
        'Irme Stetter-Karp ist neue Präsidentin. Sie stehe für eine "diakonische Kirche, die Anerkennung '
        'verdient".'
    )
    assert _quotes_of(text, "de", "Irme Stetter-Karp") == (["diakonische Kirche, die Anerkennung verdient"],)
    assert _quotes_of(text.replace("stehe", "steht"), "de", "Irme Stetter-Karp") == ([],)


def test_a_description_no_one_was_given_names_nobody():
    text = (
        "Emmanuel Macron a parlé. Le président du Sénat Gérard Larcher se tait. Selon le ministre, « il "
        "faut attendre les résultats de l'enquête »."
    )
    assert _quotes_of(text, "fr", "Emmanuel Macron", "Gérard Larcher") == ([], [])


def test_a_verb_of_going_on_frames_the_speakers_words():
    text = "Silvio Berlusconi ha proseguito lamentandosi della «devastante» contrarietà delle televisioni."
    berlusconi = _actor(text, "Silvio Berlusconi")
    attribute(text, [berlusconi], "it")
    assert berlusconi.quotes == ["devastante"]


def test_a_comparison_after_a_quote_names_no_speaker():
    text = 'Er lief "schneller als der Wind", wie Carl Schuster am Montag in Berlin.'
    schuster = _actor(text, "Carl Schuster")
    attribute(text, [schuster], "de")
    assert schuster.quotes == []


def test_an_italian_article_before_a_described_speaker_is_no_pronoun():
    text = "Giulia Bianchi ha parlato. «Siamo pronti a tutto», ha detto il sindaco Mario Rossi."
    assert _quotes_of(text, "it", "Giulia Bianchi", "Mario Rossi") == ([], ["Siamo pronti a tutto"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("«Los precios se mantendrán», dijo el ministro de Economía, Martín Guzmán.", "es"),
        ("«Los precios se mantendrán», dijo el ministro de Economía Martín Guzmán.", "es"),
        ("« Les prix resteront stables », a déclaré le ministre de l'Économie, Martín Guzmán.", "fr"),
        ("«I prezzi resteranno stabili», ha detto il ministro dell'Economia, Martín Guzmán.", "it"),
        ('"Os preços vão se manter", disse o ministro da Economia, Martín Guzmán.', "pt"),
        ('"Prices will stay," said the economy minister, Martín Guzmán.', "en"),
        ("„Die Preise bleiben stabil“, sagte der Wirtschaftsminister, Martín Guzmán.", "de"),
        ("«Цены останутся прежними», — заявил глава «Газпрома» Martín Guzmán.", "ru"),
    ],
)
def test_the_name_after_the_speakers_description_is_the_speaker(text, language):
    """After the verb, the description and then the name, set off by a comma or not, and with an
    organisation in guillemets inside it (Russian): the most common attribution in the Romance press."""
    (quotes,) = _quotes_of(text, language, "Martín Guzmán")
    assert len(quotes) == 1


def test_a_possessor_in_the_description_does_not_speak_but_the_apposed_name_does():
    """ "el abogado de Hernández, Raymond Colón": the lawyer speaks, not his client; "», dijo King, who
    left Meadows" still gives Meadows nothing."""
    text = "«No hay pruebas», dijo el abogado de Juan Hernández, Raymond Colón."
    assert _quotes_of(text, "es", "Juan Hernández", "Raymond Colón") == ([], ["No hay pruebas"])
    english = '"It is over," said Jim King, who left Mark Meadows behind.'
    assert _quotes_of(english, "en", "Jim King", "Mark Meadows") == (["It is over"], [])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('"Prices will stay stable," Janet Yellen, the Treasury secretary, said.', "en"),
        ('"Prices will stay stable," Janet Yellen, 76, said on Monday.', "en"),
        ("«I prezzi resteranno stabili», le parole di Janet Yellen.", "it"),
        ("«Los precios se mantendrán», en palabras de Janet Yellen.", "es"),
        ("D'après Janet Yellen, « les prix resteront stables ».", "fr"),
        ("De acuerdo con Janet Yellen, «los precios se mantendrán».", "es"),
        ('De acordo com Janet Yellen, "os preços vão se manter".', "pt"),
        ("A detta di Janet Yellen, «i prezzi resteranno stabili».", "it"),
        ("Stando a Janet Yellen, «i prezzi resteranno stabili».", "it"),
    ],
)
def test_an_apposition_the_words_of_or_according_to_name_the_speaker(text, language):
    """An apposition between the name and the verb, "the words of" after the quote, "according to" in
    every language before it."""
    (quotes,) = _quotes_of(text, language, "Janet Yellen")
    assert len(quotes) == 1


def test_cest_ainsi_quil_a_qualifie_gives_a_short_quote_to_the_pronouns_speaker():
    """«Un choc», c'est ainsi qu'il a qualifié …: two words, the first a capitalised function word, and
    the frame after them; a closed-class word alone in quote marks is no speech («Noch», "und")."""
    text = "Andrej Babiš a réagi vendredi. « Un choc », c'est ainsi qu'il a qualifié les révélations."
    assert _quotes_of(text, "fr", "Andrej Babiš") == (["Un choc"],)
    german = "Andrej Babiš sagte, das sei „noch“ nicht entschieden, und er sagte „und“ dazu."
    assert _quotes_of(german, "de", "Andrej Babiš") == ([],)


def test_concluded_in_a_statement_frames_the_quote():
    text = 'Kirstie Alley left. She concluded in her statement, "There was a time when America was not fat."'
    assert _quotes_of(text, "en", "Kirstie Alley") == (["There was a time when America was not fat."],)


def test_dash_dialogue_is_speech_of_the_name_after_its_verb():
    """Russian sets speech off by dashes: the line's words up to the dash before the speech verb, the
    question's too; a list's dashes with no speech verb after them are no quote."""
    text = (
        "Правительство представило бюджет.\n"
        "— Цены останутся прежними, — сказал Алексей Миллер журналистам.\n"
        "— А что с налогами? — спросил Иван Петров.\n"
        "— Налоги тоже не изменятся, — ответил Миллер.\n"
        "— пункт первый списка, — второй пункт списка.\n"
    )
    miller, petrov = _actor(text, "Алексей Миллер"), _actor(text, "Иван Петров")
    miller.mentions_at.append((text.index("Миллер."), text.index("Миллер.") + len("Миллер")))
    attribute(text, [miller, petrov], "ru")
    assert miller.quotes == ["Цены останутся прежними", "Налоги тоже не изменятся"]
    assert petrov.quotes == ["А что с налогами?"]


def test_a_quote_in_a_heading_does_not_break_the_speakers_chain():
    filler = "Das Präsidium tagt jede Woche, und die Gremien beraten über die Themen des Jahres. " * 3
    text = (
        f'Irme Stetter-Karp wurde gewählt. "Die Kirche muss sich ändern", sagte sie. {filler}\n'
        'Nicht "weiter ins Abseits" spielen\n'
        f'{filler}Zugleich mahnte sie: "Die Debatte darf uns nicht aufsaugen".'
    )
    speaker = _actor(text, "Irme Stetter-Karp")
    attribute(text, [speaker], "de")
    assert speaker.quotes == ["Die Kirche muss sich ändern", "Die Debatte darf uns nicht aufsaugen"]


def test_a_pronoun_object_or_a_pronoun_without_a_speech_verb_gives_no_speaker():
    text = (
        "Arthur Lira não participou do encontro. Macron lui a dit que le « nouveau ministre soit là ». "
        'Ele viajou para "aliviar a tensão" agora.'
    )
    lira = _actor(text, "Arthur Lira")
    attribute(text, [lira])
    assert lira.quotes == []


@pytest.mark.parametrize(
    "text",
    [
        "El periodista ruso, Dmitry Muratov, denunció la propaganda, advirtiendo que eso supondría "
        "“el fin de la humanidad”.",
        "Muratov, quien se ha negado a partir al exilio, opinó que la guerra “no terminará pronto”.",
    ],
)
def test_a_person_set_off_by_commas_before_the_speech_verb_is_its_subject(text):
    name = "Dmitry Muratov" if "Dmitry" in text else "Muratov"
    speaker = _actor(text, name)
    attribute(text, [speaker])
    assert len(speaker.quotes) == 1


def test_a_person_named_in_a_list_or_inside_the_relative_clause_is_no_subject():
    text = (
        "Tras hablar con Dmitry Muratov, afirmó que eso sería “el fin de la humanidad”. "
        "Ana Pérez, quien criticó a Vladimir Putin, opinó que la guerra “no terminará pronto”."
    )
    muratov, putin = _actor(text, "Dmitry Muratov"), _actor(text, "Vladimir Putin")
    perez = _actor(text, "Ana Pérez")
    attribute(text, [muratov, putin, perez])
    assert muratov.quotes == [] and putin.quotes == []
    assert perez.quotes == ["no terminará pronto"]


def test_a_capitalised_german_quote_before_a_speech_verb_is_speech_not_a_title():
    text = (
        "«Gute Besserung Champ», schrieb der Radprofi Simon Geschke auf Twitter. "
        "Simon Geschke sah den Film «Once Upon Time» im Kino."
    )
    geschke = _actor(text, "Simon Geschke")
    attribute(text, [geschke])
    assert geschke.quotes == ["Gute Besserung Champ"]


@pytest.mark.parametrize(
    "text",
    [
        'The ISD sees it as relevant. "It is now seen with history," spokesman Tahir Della told Anna Weber. '
        '"The former colonies never really became independent."',
        'Tahir Della spoke on air. Asked why, Della told "CBS This Morning" co-host Anna Weber, '
        '"Because nobody else would do it for us."',
    ],
)
def test_the_person_spoken_to_does_not_take_the_speakers_next_quote(text):
    della, weber = _actor(text, "Della"), _actor(text, "Anna Weber")
    attribute(text, [della, weber])
    assert weber.quotes == []
    assert any("independent" in q or "nobody" in q for q in della.quotes)


def test_a_person_named_after_the_frame_who_is_not_spoken_to_still_blocks_it():
    text = 'Tahir Della told the press about it. Anna Weber disagreed. "Nobody else would do it for us."'
    della, weber = _actor(text, "Tahir Della"), _actor(text, "Anna Weber")
    attribute(text, [della, weber])
    assert della.quotes == []


def test_a_possessor_named_since_the_last_quote_does_not_break_its_continuation():
    text = (
        "“I heard about it late on Tuesday,” said Wayne King, who left Mark Meadows' office in December. "
        "He was not deterred. “I don’t expect anyone to hand me anything.”"
    )
    king, meadows = _actor(text, "Wayne King"), _actor(text, "Mark Meadows")
    attribute(text, [king, meadows])
    assert king.quotes == ["I heard about it late on Tuesday", "I don’t expect anyone to hand me anything."]
    assert meadows.quotes == []


@pytest.mark.parametrize("between", ["un remplaçant à Roman Prymula", "la démission de Roman Prymula"])
def test_a_person_named_as_object_or_possessor_in_the_speakers_clause_does_not_block_it(between):
    text = (
        f"Andrej Babiš a également déclaré qu'il cherchait {between}, pour que le « nouveau ministre "
        "soit présent dès lundi »."
    )
    babis, prymula = _actor(text, "Andrej Babiš"), _actor(text, "Roman Prymula")
    attribute(text, [babis, prymula])
    assert babis.quotes == ["nouveau ministre soit présent dès lundi"]
    assert prymula.quotes == []


def test_a_person_who_is_the_subject_of_the_next_clause_blocks_the_speakers_frame():
    text = "Andrej Babiš a déclaré qu'il partait et Roman Prymula a dit que le « ministre reste présent »."
    babis, prymula = _actor(text, "Andrej Babiš"), _actor(text, "Roman Prymula")
    attribute(text, [babis, prymula])
    assert babis.quotes == []


@pytest.mark.parametrize(
    "text, quote",
    [
        ('Governor Andrew Cuomo said he took "solace" from this fact.', "solace"),
        ("Andrej Babiš a estimé que ce qui s'était produit était « impardonnable ».", "impardonnable"),
        ('Andrew Cuomo spoke on Friday. He said the state was still enduring "great pain".', "great pain"),
    ],
)
def test_a_word_or_two_in_quote_marks_inside_the_speakers_reported_speech_is_a_quote(text, quote):
    name = "Andrej Babiš" if "Babiš" in text else "Andrew Cuomo"
    speaker = _actor(text, name)
    attribute(text, [speaker])
    assert speaker.quotes == [quote]


@pytest.mark.parametrize(
    "text",
    [
        'Andrew Cuomo visited the "safe zone" on Friday.',
        'The loggers alleged that Andrew Cuomo had asked them to fetch "wild meat".',
        "Andrew Cuomo a estimé que c'était grave. Le « cordon sanitaire » tient.",
    ],
)
def test_a_scare_quote_outside_reported_speech_or_after_a_question_is_no_quote(text):
    cuomo = _actor(text, "Andrew Cuomo")
    attribute(text, [cuomo])
    assert cuomo.quotes == []


def test_an_actor_keeps_ten_quotes_in_text_order():
    text = " ".join(f'"Das ist mein Punkt Nummer {i} heute", sagte Schuster.' for i in range(12))
    schuster = _actor(text, "Schuster")
    attribute(text, [schuster])
    assert schuster.quotes == [f"Das ist mein Punkt Nummer {i} heute" for i in range(10)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "По словам премьер-министра Молдавии Влада Филата, запрет является «острой проблемой».",
            "Влада Филата",
        ),
        ("Según el fiscal general Juan Pérez, la decisión fue «una burla a la justicia».", "Juan Pérez"),
        (
            "Selon le ministre de la Santé Olivier Véran, la mesure est « une étape nécessaire ».",
            "Olivier Véran",
        ),
    ],
)
def test_according_to_a_described_person_names_the_speaker(text, name):
    speaker = _actor(text, name)
    attribute(text, [speaker])
    assert len(speaker.quotes) == 1


def test_according_to_names_no_speaker_past_the_clause():
    text = "Según fuentes oficiales, que citan a Juan Pérez, la decisión fue «una burla a la justicia»."
    perez = _actor(text, "Juan Pérez")
    attribute(text, [perez])
    assert perez.quotes == []


@pytest.mark.parametrize(
    ("text", "name", "quote"),
    [
        (
            'In ihrer Rede nannte Irme Stetter-Karp den synodalen Prozess "unverzichtbar", um ihn zu retten.',
            "Irme Stetter-Karp",
            "unverzichtbar",
        ),
        ("Juan Pérez calificó la sesión como una «maniobra burda» ayer.", "Juan Pérez", "maniobra burda"),
        ('Kristy Marmorato called the move "heartbreaking" on Friday.', "Kristy Marmorato", "heartbreaking"),
        (
            "Thomas Spalt ortet einen “verschwenderischen Umgang mit dem Steuergeld” im Amt.",
            "Thomas Spalt",
            "verschwenderischen Umgang mit dem Steuergeld",
        ),
        (
            "Hier, Paul Martin l'a classé « cancérogène probable » devant la presse.",
            "Paul Martin",
            "cancérogène probable",
        ),
    ],
)
def test_a_verb_that_names_a_thing_frames_its_subjects_words(text, name, quote):
    speaker = _actor(text, name)
    attribute(text, [speaker])
    assert speaker.quotes == [quote]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le fait que le CIRC, une des agences de l’OMS, l’ait classé « cancérogène probable » a clos.",
            "fr",
        ),
        ("Facebook, das größte soziale Netzwerk der USA, nannte das Gesetz „verfassungswidrig“.", "de"),
    ],
)
def test_an_organisation_set_off_by_an_apposition_speaks(text, language):
    name = "CIRC" if "CIRC" in text else "Facebook"
    body, other = _quotes_of(
        text, language, (name, "organization"), ("OMS" if name == "CIRC" else "USA", "location")
    )
    assert len(body) == 1 and other == []


def test_an_organisation_after_a_preposition_is_no_subject_though_set_off_by_commas():
    text = "Mit Facebook, dem größten Netzwerk der Welt, sprach der Minister über „einen schweren Fehler“."
    (facebook,) = _quotes_of(text, "de", ("Facebook", "organization"))
    assert facebook == []


def test_the_name_after_an_english_labelling_verb_is_what_is_named_not_the_speaker():
    text = 'The sister of the chair campaigned and called Marjorie Velázquez’s about-face "heartbreaking".'
    velazquez = _actor(text, "Marjorie Velázquez")
    attribute(text, [velazquez])
    assert velazquez.quotes == []


def test_a_pronoun_at_a_verb_that_names_a_thing_speaks_for_the_person_before():
    text = (
        "Andrej Babiš s'est exprimé vendredi. Il a qualifié les révélations de choquantes, estimant que ce "
        "qui s'était produit était « impardonnable » et que les ministres devaient « donner l'exemple »."
    )
    babis = _actor(text, "Andrej Babiš")
    attribute(text, [babis])
    assert babis.quotes == ["impardonnable", "donner l'exemple"]


@pytest.mark.parametrize(
    "text",
    [
        "Il giudice ha scritto un'argomentazione definita «folle» da Silvio Berlusconi ieri.",
        'The plan was described as "reckless and dangerous" by Silvio Berlusconi on Friday.',
        "La mesure a été qualifiée d'« inacceptable » par Silvio Berlusconi hier.",
    ],
)
def test_the_agent_of_a_passive_after_a_quote_is_its_speaker(text):
    berlusconi = _actor(text, "Silvio Berlusconi")
    attribute(text, [berlusconi])
    assert len(berlusconi.quotes) == 1


def test_of_or_for_after_a_quote_is_no_agent():
    text = (
        "Foi aprovado o projeto «escola sem partido» da Silvio Berlusconi. Votó «sí» por Silvio Berlusconi."
    )
    berlusconi = _actor(text, "Silvio Berlusconi")
    attribute(text, [berlusconi])
    assert berlusconi.quotes == []


def test_a_quote_after_a_sentence_that_says_how_someone_put_it_is_theirs():
    text = (
        'Die Opposition hält das für eine "schwere Fehlentscheidung", wie der FDP-Vorsitzende Christian '
        'Lindner sich ausdrückte. "Unsere Forderung ist es, dass der Gipfel stattfindet."'
    )
    lindner = _actor(text, "Christian Lindner")
    attribute(text, [lindner])
    assert lindner.quotes[-1] == "Unsere Forderung ist es, dass der Gipfel stattfindet."


def test_a_bare_verb_goes_to_the_subject_of_the_paragraph_before_when_they_speak():
    """`"…", enfatizó.` opening its paragraph: the last subject of the paragraph before, also after an
    introductory phrase ("Durante la entrevista, Delgado …"), when the story quoted them already or a
    speech verb follows them there."""
    text = (
        '"Hay casi 6.000 personas detenidas", dijo Delgado a la prensa en la mañana.\n'
        "Una audiencia especial tuvo lugar en San Salvador con muchos abogados particulares.\n"
        "Durante la misma entrevista de ayer, Delgado hizo el llamado al Órgano Judicial.\n"
        '"El Órgano Judicial también tiene que hacer su parte", enfatizó.\n'
        "Na saída, Pacheco conversou com os jornalistas e reiterou a busca pelo diálogo.\n"
        '"Pode haver acontecimentos pontuais, mas há consenso", disse.'
    )
    delgado, pacheco = _actor(text, "Delgado"), _actor(text, "Pacheco")
    attribute(text, [delgado, pacheco])
    assert delgado.quotes == [
        "Hay casi 6.000 personas detenidas",
        "El Órgano Judicial también tiene que hacer su parte",
    ]
    assert pacheco.quotes == ["Pode haver acontecimentos pontuais, mas há consenso"]


def test_a_speech_verb_with_a_described_subject_after_it_is_no_bare_verb():
    """`», señaló el funcionario`: someone the text describes spoke, not the last person named; a date
    after the verb (`dijo el martes`) leaves it bare."""
    text = (
        '"Vamos a investigar todos los casos de robo", dijo Álvarez a la prensa en la mañana.\n'
        "Una audiencia especial tuvo lugar en La Paz con muchos abogados particulares.\n"
        "De hecho, el ministro de Gobierno, Eduardo del Castillo, ha ordenado intervenir la Diprove.\n"
        '"La misión del nuevo director es investigar", señaló el funcionario en una entrevista.\n'
        "De hecho, el ministro de Gobierno, Eduardo del Castillo, ha ordenado un cambio del director.\n"
        '"Tenemos que cambiar al director de inmediato", dijo el martes.'
    )
    alvarez, castillo = _actor(text, "Álvarez"), _actor(text, "Eduardo del Castillo")
    castillo.quotes = ["Hay que cambiar la policía"]  # quoted earlier in the story
    attribute(text, [alvarez, castillo])
    assert alvarez.quotes == ["Vamos a investigar todos los casos de robo"]
    assert castillo.quotes == ["Hay que cambiar la policía", "Tenemos que cambiar al director de inmediato"]


def test_a_description_after_the_verb_is_the_one_person_of_the_paragraph_or_the_last_speaker():
    """`“…“, sagt der Landwirt aus Salzkotten`: the one person the quote's paragraph names; `», précise
    la gastro-entérologue`: who spoke last, no one named since."""
    text = (
        "Für Philipp Sander, den Vorsitzenden der Landjugend, zählt die Prämie. „Wir stehen Veränderungen "
        "offen gegenüber“, sagt der Landwirt aus Salzkotten.\n"
        "«La flore intestinale est déséquilibrée», indique la Pr Joly-Gomez. La solution ?\n"
        "Les fibres sont indispensables. «Les fibres nourrissent les bactéries», précise la "
        "gastro-entérologue."
    )
    assert _quotes_of(text, "de", "Philipp Sander", "Joly-Gomez") == (
        ["Wir stehen Veränderungen offen gegenüber"],
        ["La flore intestinale est déséquilibrée", "Les fibres nourrissent les bactéries"],
    )


@pytest.mark.parametrize(
    "after",
    [
        # The person the description leads to is named in the clause: the rules for a name decide.
        "admitió el convencional UDI e integrante de la Comisión de Normas Transitorias, Pablo Toloza.",
        # A writing speaks for its authors, not for the person named before.
        "señala el informe de la comisión.",
        # Several people: an unnamed one of them.
        "dijeron los dirigentes.",
    ],
)
def test_a_description_after_the_verb_that_is_no_one_named_before_gives_nobody(after):
    text = (
        "Tomás Hirsch pidió respetar el plebiscito. “Alargar el plazo es alargar la mecha de una bomba”, "
        + after
    )
    assert _quotes_of(text, "es", "Tomás Hirsch") == ([],)


@pytest.mark.parametrize(
    "text",
    [
        "Le débat continue. « Absurde. Ce processus est la norme, explique Fastier, toxicologue. Les études "
        "doivent être fournies. »",
        "Il parco cresce. “L'importanza delle femmine è chiara - dichiara il Presidente Fastier - anche "
        "alla luce di uno studio.”",
        "Fastier défend son point de vue. « Cette loi, c'est le démantèlement des services publics, "
        "affirme-t-il. Je crois en une université publique. »",
    ],
)
def test_an_incise_inside_the_quote_names_its_speaker(text):
    fastier, other = _actor(text, "Fastier"), _actor(text, "Zorro")
    attribute(text, [fastier, other])
    assert len(fastier.quotes) == 1
    assert fastier.quotes[0].startswith(("Absurde", "L'importanza", "Cette loi"))


def test_an_incise_needs_a_speech_verb_and_its_end():
    text = "Le débat continue. « Ce processus est la norme, comme Fastier le sait bien depuis longtemps. »"
    fastier = _actor(text, "Fastier")
    attribute(text, [fastier])
    assert fastier.quotes == []


def test_a_long_statement_is_still_one_quote():
    statement = "La parution du décret constitue une avancée majeure pour nous tous. " * 30
    text = f"Le président Alain Fuchs déclare : « {statement.strip()} »"
    fuchs = _actor(text, "Alain Fuchs")
    attribute(text, [fuchs])
    assert len(fuchs.quotes) == 1 and fuchs.quotes[0].startswith("La parution")


@pytest.mark.parametrize(
    "text",
    [
        "„Der Rechtsstaat darf seine Versäumnisse nicht abwälzen“, kommentiert Facebook das Gesetz.",
        "„Die Höhe der Bußgelder steht außer Verhältnis“, führt Facebook dazu aus.",
        "„Es gibt keine ungewöhnlichen Aktivitäten“, teilte Facebook am Dienstag mit.",
    ],
)
def test_german_verbs_of_commenting_and_separable_verbs_attribute(text):
    facebook = _actor(text, "Facebook", "organization")
    attribute(text, [facebook])
    assert len(facebook.quotes) == 1


@pytest.mark.parametrize(
    "text",
    [
        'Rheinmetall erklärt auf Anfrage, man sei nicht gehackt worden. "Es handle sich um Lieferscheine '
        'eines Standorts", so ein Sprecher.',
        "La Berne interdit le produit. « Les cultures de céréales sont concernées », a déclaré son "
        "porte-parole à Keystone.",
        'Keystone reported it. "We have reduced such contracts," said a spokesperson for Rheinmetall.',
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_organisation(text):
    body = "Rheinmetall" if "Rheinmetall" in text else "Berne"
    organisation = _actor(text, body, "organization")
    agency = _actor(text, "Keystone", "organization")
    attribute(text, [organisation, agency])
    assert len(organisation.quotes) == 1 and agency.quotes == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Das Vereinigungsministerium bestätigte den Auftritt. „Grundlose Berichte haben Verwirrung "
         "gestiftet“, hieß es in einer Erklärung des Ministeriums.", "Vereinigungsministerium"),
        ('O general falou com Fux. "Durante o encontro, o ministro afirmou que tudo vai bem", diz o '
         "comunicado do STF.", "STF"),
    ],
)  # fmt: skip
def test_an_organisations_statement_says_the_quote(text, body):
    organisation, person = _actor(text, body, "organization"), _actor(text, "Fux")
    attribute(text, [organisation, person])
    assert len(organisation.quotes) == 1 and person.quotes == []


def test_a_pronoun_after_an_unnamed_spokespersons_words_is_the_organisation():
    text = (
        "Grady criticised the universities. But a spokesperson for Rheinmetall said its members had reduced "
        "such contracts.\n“Rheinmetall has worked with the unions for many years,” he said."
    )
    organisation, person = _actor(text, "Rheinmetall", "organization"), _actor(text, "Grady")
    attribute(text, [organisation, person])
    assert organisation.quotes == ["Rheinmetall has worked with the unions for many years"]
    assert person.quotes == []


def test_a_spokesperson_for_someone_unnamed_speaks_for_nobody_named():
    text = 'Rheinmetall won the tender. "We are pleased," said a spokesperson for the mayor.'
    organisation = _actor(text, "Rheinmetall", "organization")
    attribute(text, [organisation])
    assert organisation.quotes == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The CA Appellate Court ruled against Amazon and Bolger. “Amazon placed itself in the chain of "
         "distribution,” explained the court in its ruling.", "CA Appellate Court"),
        ("Monsanto doit payer Dewayne Johnson, mais l’EPA américaine n’a pas cillé. « L’EPA maintient "
         "qu’il n’y a pas de risque. », écrit l’agence.", "EPA"),
    ],
)  # fmt: skip
def test_an_organisations_kind_after_the_quote_names_the_organisation(text, body):
    others = [_actor(text, name, "organization") for name in ("Monsanto", "Amazon")]
    people = [_actor(text, name) for name in ("Bolger", "Dewayne Johnson")]
    actors = [_actor(text, body, "organization"), *others, *people]
    attribute(text, actors)
    assert [len(actor.quotes) for actor in actors] == [1, 0, 0, 0, 0]


def test_german_nouns_in_quote_marks_are_words_a_speaker_used_but_a_quoted_name_is_not():
    text = (
        'Von dem Treffen, bei dem laut Hörmann der "Schlachtplan" ausgearbeitet worden sei, habe er gehört. '
        "Wie Hörmann erklärte, wollte sich die „Bild“ dazu nicht äußern."
    )
    hoermann, bild = _actor(text, "Hörmann"), _actor(text, "Bild", "organization")
    attribute(text, [hoermann, bild], "de")
    assert hoermann.quotes == ["Schlachtplan"] and bild.quotes == []


def test_the_one_asked_answers():
    text = (
        "“It is the right choice,” Gov. Inslee said. At a press conference, a reporter asked Montoya-Lewis, "
        "“What do you see as the biggest problem with bias?”\n“The biggest hurdle is getting people to "
        "understand that we all bring biases,” she replied."
    )
    inslee, judge = _actor(text, "Inslee"), _actor(text, "Montoya-Lewis")
    attribute(text, [inslee, judge])
    assert judge.quotes == ["The biggest hurdle is getting people to understand that we all bring biases"]


def test_a_scare_quote_past_a_comma_in_a_reported_clause_is_not_the_reporter_s():
    text = (
        "Later the White House announced that Richard Nixon would pay back taxes, because the IRS had found "
        "that he had made improvements under the rubric of “security” and deducted them."
    )
    assert _quotes_of(text, "en", ("White House", "organization"), "Richard Nixon") == ([], [])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "También se le preguntó a José Yurramendi, quien señaló que “están en etapa de negociación "
            "con el Estado”.",
            "es",
        ),
        ('O repórter falou com José Yurramendi, que afirmou: "nós vamos continuar a luta até o fim".', "pt"),
    ],
)
def test_a_relative_clause_with_a_speech_verb_makes_the_object_the_speaker(text, language):
    """`a José Yurramendi, quien señaló que «…»`: the name after "a"/"com" is an object, but the
    relative clause after it says he speaks."""
    (quotes,) = _quotes_of(text, language, "José Yurramendi")
    assert len(quotes) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("„Wir sind bereit, mehr zu tun.“ Das sagte Carl Schuster am Montag in Berlin.", "de"),
        ("„Wir sind bereit, mehr zu tun.“ Dies erklärte der Admiral Carl Schuster.", "de"),
        ('"We are ready to do more." That is what Carl Schuster said on Monday.', "en"),
        ("« Nous sommes prêts à faire plus. » C'est ce qu'a déclaré Carl Schuster lundi.", "fr"),
        ("«Estamos listos para hacer más». Así lo afirmó Carl Schuster el lunes.", "es"),
        ("«Siamo pronti a fare di più». Lo ha detto Carl Schuster lunedì.", "it"),
        ('"Estamos prontos para fazer mais." Foi o que disse Carl Schuster na segunda-feira.', "pt"),
        ("«Мы готовы сделать больше». Об этом заявил Карл Шустер в понедельник.", "ru"),
    ],
)
def test_the_sentence_after_a_quote_that_points_back_at_it_names_its_speaker(text, language):
    name = "Карл Шустер" if language == "ru" else "Carl Schuster"
    (quotes,) = _quotes_of(text, language, name)
    assert len(quotes) == 1


def test_a_sentence_after_a_quote_that_does_not_point_back_names_no_speaker():
    text = "„Wir sind bereit, mehr zu tun.“ Danach sagte Carl Schuster etwas anderes."
    assert _quotes_of(text, "de", "Carl Schuster") == ([],)


_BODY = "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("„Wir prüfen den Fall sehr genau“, hieß es aus dem Rathaus Hamburg.", ("Rathaus Hamburg", _BODY)),
        ("„Wir sind bereit, mehr zu tun“, heißt es von Carl Schuster.", "Carl Schuster"),
        ("„Das Risiko ist mäßig“, heißt es in der Risikobewertung des RKI vom Februar.", ("RKI", _BODY)),
    ],
)
def test_german_it_is_said_from_names_the_speaker(text, name):
    (quotes,) = _quotes_of(text, "de", name)
    assert len(quotes) == 1


def test_german_it_is_said_in_a_writing_of_no_one_named_gives_nobody():
    text = "„Das Risiko ist mäßig bis hoch“, heißt es in der Einleitung des Entwurfs. Carl Schuster schwieg."
    assert _quotes_of(text, "de", "Carl Schuster") == ([],)


def test_a_role_and_a_title_abbreviation_before_the_speaker_give_no_card_and_keep_the_quote():
    text = (
        "Der Bartgeier lebt. „Die Jungvögel kommen sehr gut ohne Elternvögel zurecht“, erklärt "
        "Nationalparkleiter Dr. Roland Baier. Die Suche geht weiter."
    )
    actors = {a.name: a for a in analyse(text, language="de").actors}
    assert "Dr" not in actors
    assert actors["Roland Baier"].quotes == ["Die Jungvögel kommen sehr gut ohne Elternvögel zurecht"]


def test_words_ending_in_the_comma_of_an_attributed_sentence_are_the_speakers():
    text = (
        "Aubrey Woodard is a pastor. The timing of the announcement raises “great suspicion,” Woodard "
        "said, though he stressed he had no proof. It is a “retailer,” and therefore liable, "
        "a Woodard aide said."
    )
    # (no name and speech verb right after "retailer,": not Woodard's words)
    assert _quotes_of(text, "en", "Aubrey Woodard") == (["great suspicion"],)


def test_a_straight_quote_closed_by_a_curly_mark_is_one_quote():
    text = (
        'Leo Varadkar spoke on RTE. He said: "We asked them what to say to the people who lose their jobs.”'
    )
    assert _quotes_of(text, "en", "Leo Varadkar") == (
        ["We asked them what to say to the people who lose their jobs."],
    )


def test_he_himself_said_gives_a_short_quote_to_the_one_person_named_before():
    filler = "La región vive un momento difícil por la crisis de los precios y del transporte público. " * 6
    text = (
        f"El Presidente Gabriel Boric viaja este miércoles a su región natal de Magallanes. {filler}\n"
        "Boric se desplaza a un territorio que representó durante dos periodos como diputado.\n"
        "Diversas encuestas apuntan hacia un agudo descenso en la aprobación del joven jefe del Estado, "
        'que ha tenido, como el mismo dijo, un despegue "turbulento" en las primeras semanas.'
    )
    boric = next(a for a in analyse(text, language="es").actors if a.name == "Gabriel Boric")
    assert boric.quotes == ["turbulento"]


def test_a_surname_with_its_particle_after_a_speech_verb_names_the_speaker():
    text = (
        "Ursula von der Leyen reiste nach Kiew. Die Lage sei ernst.\n\n"
        "„Wir stehen fest an der Seite der Ukraine“, sagte von der Leyen am Montag."
    )
    actors = {a.name: a for a in analyse(text, language="de").actors}
    assert actors["Ursula von der Leyen"].quotes == ["Wir stehen fest an der Seite der Ukraine"]
    # a Romance preposition after a speech verb is no particle ("cuenta" tells, and counts)
    spanish = "Bukele lo anunció a través de su cuenta de Twitter."
    found = {m.text: m.type for m in RuleEntityFinder().find(spanish, "es")}
    assert found.get("Twitter") != "person"


def test_a_german_subject_after_its_verb_is_whom_a_pronoun_continues():
    text = (
        "Am Freitag war Abele noch Tempomacher, als der Kenianer Daniel Komen den Rekord hielt. "
        "Auf den ersten Metern lief Thorwirth dabei an seine Bestzeit heran.\n"
        "„Vor zwei Wochen hätte ich mit dieser Zeit nicht gerechnet“, sagte er sichtlich überrascht."
    )
    abele, komen, thorwirth = _quotes_of(text, "de", "Abele", "Daniel Komen", "Thorwirth")
    assert thorwirth == ["Vor zwei Wochen hätte ich mit dieser Zeit nicht gerechnet"] and not abele + komen


def test_the_second_of_two_subjects_and_someone_new_after_the_verb_do_not_speak():
    text = (
        "Sowohl Keith als auch Keuter behaupten energisch, nichts gewusst zu haben. „Falsch ist, dass unser "
        "Mandant davon wusste“, schreibt ein Anwalt der Kanzlei im Auftrag von Keith."
    )
    assert _quotes_of(text, "de", "Keith", "Keuter") == ([], [])


def test_a_title_after_its_works_kind_is_no_quote():
    text = (
        "Rutger Bregman schreibt viel. Bregmans Vorgängerwerk „Utopien für Realisten“, in dem er für "
        "offene Grenzen plädierte, war ein Erfolg. Er lobte den Film “The Day After Tomorrow Again”."
    )
    assert _quotes_of(text, "de", "Rutger Bregman") == ([],)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sie bereiten ihm Freude, sagt Göbel. Der gelernte Maschinenbaumeister schmeißt die Stücke "
            "nicht einfach in den Kamin. Nun kommt seine zweite Erfindung ins Spiel. „Die Äste verbrennen "
            "lose viel zu schnell.“",
            "de",
        ),
        (
            "Lawrence says she hopes that people will admire Redonda. It’s easy, she says, for people to "
            "marvel at an island. The work goes on. “But they don’t know the work that goes into it.”",
            "en",
        ),
    ],
)
def test_a_quote_of_its_own_goes_on_from_a_frame_a_few_sentences_back_in_its_paragraph(text, language):
    speaker = "Göbel" if language == "de" else "Lawrence"
    (quotes,) = _quotes_of(text, language, speaker)
    assert any(q.startswith(("Die Äste", "But they")) for q in quotes)


def test_a_quote_of_its_own_in_a_new_paragraph_takes_no_frame_from_further_back():
    text = (
        "Schuster sagte, die Lage sei ernst. Die Regierung plant neue Hilfen. Viele warten darauf.\n"
        "„Die Lage ist ernst, aber nicht hoffnungslos.“"
    )
    (quotes,) = _quotes_of(text, "de", "Schuster")
    assert quotes == []


def test_german_reported_speech_carries_its_speaker_to_a_quote_sentences_later():
    text = (
        "Rheinmetall erklärt auf Anfrage, dass die eigene IT nicht gehackt worden sei. Vielmehr sei ein "
        "externer Dienstleister von dem „unzulässigen Datenabgriff durch Dritte“ betroffen gewesen."
    )
    (quotes,) = _quotes_of(text, "de", ("Rheinmetall", "organization"))
    assert quotes == ["unzulässigen Datenabgriff durch Dritte"]


def test_german_indicative_or_another_person_ends_reported_speech():
    indicative = (
        "Rheinmetall erklärt auf Anfrage, dass die eigene IT nicht gehackt worden sei. Ein Dienstleister "
        "war von dem „unzulässigen Datenabgriff durch Dritte“ betroffen."
    )
    (quotes,) = _quotes_of(indicative, "de", ("Rheinmetall", "organization"))
    assert quotes == []
    another = (
        "Rheinmetall erklärt auf Anfrage, dass die eigene IT nicht gehackt worden sei. Laut Anna Weber sei "
        "ein Dienstleister von dem „unzulässigen Datenabgriff durch Dritte“ betroffen gewesen."
    )
    rheinmetall, _ = _quotes_of(another, "de", ("Rheinmetall", "organization"), "Anna Weber")
    assert rheinmetall == []


def test_german_reported_speech_carries_its_speaker_over_a_paragraph_to_a_quote_of_its_own():
    text = (
        "Der AStA entziehe sich seiner Verantwortung, kritisierte Lucke weiter.\n"
        "Ein Gespräch sei auf dieser Basis nicht sinnvoll. «Wenn der AStA eine Veranstaltung organisiert, "
        "werde ich gerne kommen.»\nLucke war bei der ersten Vorlesung nicht zu Wort gekommen."
    )
    (quotes,) = _quotes_of(text, "de", "Lucke")
    assert quotes == ["Wenn der AStA eine Veranstaltung organisiert, werde ich gerne kommen."]


def test_a_quote_a_clause_of_its_own_opens_in_the_same_sentence_is_the_same_speakers():
    text = (
        "Trainer Marcell Jansen ist zufrieden. „Sollte Troche bleiben, wäre das eine große Sache“, sagte "
        "der Trainer, warnt aber: „Man darf nie vergessen, dass wir älter sind.“"
    )
    (quotes,) = _quotes_of(text, "de", "Marcell Jansen")
    assert "Man darf nie vergessen, dass wir älter sind." in quotes


def test_a_quote_a_clause_of_its_own_opens_after_a_finished_sentence_is_not_carried_on():
    text = (
        "Rabbi Ben Asher warnte indes: „Wer sich nicht beschneidet, kommt nicht ins Paradies.“ Dennoch "
        "gesteht der Rabbiner der Gemeinde ein: „Wer als Jude geboren wird, ist ein Mitglied.“"
    )
    (quotes,) = _quotes_of(text, "de", "Ben Asher")
    assert quotes == ["Wer sich nicht beschneidet, kommt nicht ins Paradies."]


def test_a_frame_further_back_inside_a_quote_names_no_speaker():
    text = (
        'Lawyer Anna Weber said the suspect had not been arrested, adding: "He must be investigated '
        'according to Mongolian law, no matter his status." A police spokesman told AFP he was a diplomat. '
        '"It is not true that he was spared."'
    )
    weber, mongolian = _quotes_of(text, "en", "Anna Weber", "Mongolian")
    assert mongolian == []
