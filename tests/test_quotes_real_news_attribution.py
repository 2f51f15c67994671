"""Attribution patterns of real news (issue 16), English first, one table per behaviour; the
texts are this project's own sentences."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.document.tokens import tokenize
from newsbrief.quotes.people import name_at

# (text, quote prefix, speaker, rule)
Case = tuple[str, str, str | None, str]

ADDRESSEE_IS_NOT_THE_SPEAKER: list[Case] = [
    ("Trainer Amy Lord will stay at home. She told Racemail: 'I have another invitation.'",
     "I have another", "Amy Lord", "lead.verb-adjacent-subject"),
    ("A senior official told the newspaper: 'We are ready to pay.'",
     "We are ready", "A senior official", "lead.verb-adjacent-subject"),
]

REPORTED_CLAUSE_SUBJECT: list[Case] = [
    ('Defence Secretary Chuck Hagel said Damascus "had to take responsibility" for the delay.',
     "had to take", "Chuck Hagel", "lead.front-subject"),
]

DESCRIPTOR_BEFORE_NAME: list[Case] = [
    ("The squad trained on Friday. 'The team is in good shape,' forward Pedro told reporters.",
     "The team", "Pedro", "incise.descriptor-name-first"),
    ("Guards were doubled. 'This is a huge breach,' national security expert Manny Gomez "
     "told a local station.", "This is", "Manny Gomez", "incise.descriptor-name-first"),
]


PAGE_FURNITURE_IS_NO_SPEAKER: list[Case] = [
    ("The actor Tom Vale filmed in Spain. Scroll down for video According to Ann Moss, wind-ups "
     "surfaced 'whenever the mood took him' on set. He said: 'I never let illness decide.'",
     "I never let", "Tom Vale", "lead.verb-adjacent-subject"),
]

ROLE_AFTER_A_BODY_NAME: list[Case] = [
    ("Staff at Riverside Wildlife Park said the girl was unhurt. Park visitor Anna Kerr was at "
     "the bear pit when she heard the girl cry. She said she was 'horrified' by the fall.",
     "horrified", "Anna Kerr", "lead.verb-adjacent-subject"),
    ('Tributes poured in. Funk guitarist Nile Rodgers wrote: "Your genius gave us a new world!"',
     "Your genius", "Nile Rodgers", "lead.front-subject"),
]

COLON_FRAME_BEFORE_THE_QUOTE_PARAGRAPH: list[Case] = [
    ("Streit um die Schule\n\nDie Ministerin schrieb am Abend an die Eltern:\n\n„Wir werden "
     "die Schule nicht schließen, das verspreche ich.“", "Wir werden", "Die Ministerin",
     "lead.apposed-subject"),
    ("Le maire Paul Durand a déclaré hier soir :\n« Nous ne fermerons pas cette école, je vous "
     "le promets. »", "Nous ne", "Paul Durand", "lead.front-subject"),
]

HONORIFIC_AND_SURNAME: list[Case] = [
    ('Speaking about his son, Mr Hale said: "I have watched him grow up on a screen."',
     "I have watched", "Hale", "lead.verb-adjacent-subject"),
    ("Interrogé sur la réforme, M. Garnier a répondu : « Nous ne reculerons pas. »",
     "Nous ne", "Garnier", "lead.front-subject"),
]

CAPITALS_QUALIFY_AN_UNNAMED_ROLE: list[Case] = [
    ("The striker was sent off. A Rovers spokesman said: 'We will look at the footage.'",
     "We will look", "A Rovers spokesman", "lead.verb-adjacent-subject"),
    ('Exams were delayed. A Department for Health spokeswoman said: "Every pupil will sit it."',
     "Every pupil", "A Department for Health spokeswoman", "lead.verb-adjacent-subject"),
    # (no colon: an unnamed role opening the clause is lead.front-subject's since round 12)
    ("The road stayed shut. A Welsh government spokesman said the plan was 'a sensible step'.",
     "a sensible", "A Welsh government spokesman", "lead.front-subject"),
]

CAPITALS_QUALIFY_A_NAMED_ROLE: list[Case] = [
    # the capitals before a role noun qualify it: the person is named after the role, and a
    # later pronoun means that person, not the capitals
    ("The relay team came fourth. Double Olympic gold medallist Nora Vance joined them late. "
     "She told reporters: 'We can build on this.'", "We can build", "Nora Vance",
     "lead.verb-adjacent-subject"),
    ("Rain stopped play. Wessex County Cricket Club chairman Owen Hardy watched the game. He said: "
     "'The pitch was ruined.'", "The pitch", "Owen Hardy", "lead.verb-adjacent-subject"),
    ("The final went to extra time. Olympic bronze medallist Lea Brandt said: 'I gave it all.'",
     "I gave", "Lea Brandt", "lead.front-subject"),
]

TOLD_AFTER_A_LONG_APPOSITION: list[Case] = [
    # "'…,' NAME, apposition with commas, told the PAPER": the paper (or a place in the
    # apposition) is whom the words were told to; the incise opened on the speaker
    ("Two men broke up the fight. 'We are no heroes,' Karl Berg, a 30-year-old officer from "
     "Lund, Sweden, told the New York Post.", "We are no heroes", "Karl Berg", "incise.late"),
    ("Linda Dale wept. 'His eyes were open,' Ms Dale, who had trained as a nurse and tried to "
     "help, told the court.", "His eyes", "Linda Dale", "incise.late"),
]

A_FIRST_NAME_THAT_IS_A_FUNCTION_WORD: list[Case] = [
    ("At the rally, Ed Harlow said the council would 'build again'. He added: 'We will.'",
     "We will", "Ed Harlow", "lead.verb-adjacent-subject"),
    ("Mara Harlow waved from the stage. Ed Harlow said the council would 'build again'.",
     "build again", "Ed Harlow", "lead.front-subject"),
]

GLUED_SENTENCES: list[Case] = [
    ("Die Messe wurde eröffnet.Anna Berger, Sprecherin des Verbands, kommentierte: „Wir sind "
     "sehr zufrieden mit dem Auftakt.“", "Wir sind", "Anna Berger", "lead.nearest-candidate"),
    # BBC copy glues a sentence to a closing quote mark or an acronym before the stop
    ("The hearing was led by Paul Reed of the FCA.Mrs Lane said the wait had been "
     '"far too long".She added: "We will not give up."', "We will not", "Lane",
     "lead.verb-adjacent-subject"),
    ('Tom Vale called the plan "a good start".Nina Ross said it was "a disgrace".',
     "a disgrace", "Nina Ross", "lead.front-subject"),
]

SUBJECT_RIGHT_BEFORE_THE_SPEECH_VERB: list[Case] = [
    # the noun phrase that ends on the speech verb is its subject, not the clause's first
    # phrase nor an earlier candidate
    ("Her voice broke again when Mr Dale told the hall: 'It has been an honour.'",
     "It has been", "Dale", "lead.verb-adjacent-subject"),
    ("In a report on the March floods published online the Met Office said: 'Rain will "
     "return.'", "Rain will", "Met Office", "lead.verb-adjacent-subject"),
    ("The side went down in 2015 and Reid said relegation would be 'a disaster'.",
     "a disaster", "Reid", "lead.verb-adjacent-subject"),
    # a preposition's complement before the verb is no subject: the rules after this one read
    # the clause ("Ann Lee of the company", not "the company")
    ('The site was sold in 2016. Ann Lee of the company said: "We will build homes there."',
     "We will build", "Ann Lee", "lead.comma-stretch"),
    # not a participle: its subject is the clause's ("a statement" says nothing itself)
    ('The club issued a statement saying "we are shocked".', "we are shocked", "The club",
     "lead.comma-stretch"),
]

AN_HONORIFIC_OPENS_THE_SENTENCE_SUBJECT: list[Case] = [
    # "Mr Vale was speaking with X": the sentence is about Vale, whom the next "He" means,
    # not the person named later in it
    ("Gordon Vale warned voters on Monday. Mr Vale was speaking at an event with local "
     "candidate and shadow minister Ann Cole at the town hall. He said: 'We will win.'",
     "We will win", "Gordon Vale", "lead.verb-adjacent-subject"),
]

A_PLACE_IS_NOT_WHOM_HE_MEANS: list[Case] = [
    # a personal pronoun never resolves to a place, an event or a law: with no person at
    # hand the quote stays unattributed rather than spoken by a stadium
    ("Oak Valley Stadium said the match would go ahead on Friday. 'We are ready for it,' he "
     "said.", "We are ready", None, ""),
    ("A crash closed the road near Eagle Springs on Friday. 'My car was just sitting there,' "
     "she said.", "My car was", None, ""),
    ("Coach Dan Reid picked a young side. The final is at Moor Lane Stadium. 'We are ready,' "
     "he said.", "We are ready", "Dan Reid", "incise.subject-first"),
]

HONORIFIC_BEFORE_AN_APPOSITION: list[Case] = [
    # the honorific opens the subject; the role set off by commas is its apposition
    ("Mrs Lane, chairwoman of the Riverside Tenants Group, said the wait had been 'far too "
     "long'.", "far too long", "Lane", "lead.front-subject"),
    ('Mr Obi, head of the Northern Farmers Union, said: "Prices must rise."', "Prices must",
     "Obi", "lead.nearest-candidate"),
]


# A town after a body is the body's, not a speaker (round 9): "X from the Y School, London
# added", "X, from the Y Academy, Edinburgh, added"; a name after a role stays the speaker.
A_TOWN_AFTER_A_BODY: list[Case] = [
    ('Peter Hale from the Royal College of Art, London added: "She was fearless."',
     "She was", "Peter Hale", "lead.comma-stretch"),
    ("Her old coach, Ray Doyle, from the Northern Rowing Academy, York, added: 'She never "
     "missed a session.'", "She never", "Ray Doyle", "lead.comma-stretch"),
    ('The head of the European Commission, Frans Timmer, warned: "We will act."', "We will",
     "Frans Timmer", "lead.comma-stretch"),
    ('A spokesman for Acme Ltd, Tom Gray, said: "We are proud."', "We are", "Tom Gray",
     "lead.comma-stretch"),
]

# A relative aside between the subject and its verb (round 9): "X, who lives nearby, told the
# paper:" - the subject, not the paper told.
A_RELATIVE_ASIDE_BEFORE_THE_VERB: list[Case] = [
    ("Karen Blythe, who lives nearby, told the Daily Post: 'We heard nothing.'", "We heard",
     "Karen Blythe", "lead.front-subject"),
    ('Owen Pike, whose daughter is in the team, told BBC Sport: "She loves it."', "She loves",
     "Owen Pike", "lead.front-subject"),
    ("Anne Roy, qui habite le quartier, a déclaré au Parisien : « Nous avons eu peur. »",
     "Nous avons", "Anne Roy", "lead.front-subject"),
    # a hyphenated descriptor before the name opens the subject ("Mother-of-two X")
    ("Father-of-three Owen Pike, whose daughter is in the team, told BBC Sport: 'She loves "
     "it.'", "She loves", "Owen Pike", "lead.front-subject"),
]

# A document speaks for the author named after it, else for itself, never for the paper that
# saw it (round 9: "seen by the Mail").
A_DOCUMENT_SPEAKS_FOR_ITS_AUTHOR: list[Case] = [
    ("A letter from the school's head, Mrs Ann Poole, seen by the Echo, says pupils were "
     "'let down badly'.", "let down", "Ann Poole", "lead.document-author"),
    ("An email from Tom Reed says: 'We cannot go on.'", "We cannot", "Tom Reed",
     "lead.document-author"),
    ("The club wrote to fans on Friday. The letter, seen by the Post, reads: 'We are sorry for "
     "the delay.'", "We are sorry", "The letter", "lead.document-author"),
    ("The memo, obtained by the Herald, says: 'Costs must fall.'", "Costs must", "The memo",
     "lead.document-author"),
]

# A title capitalised before a name, with capitals that qualify it (round 9, American style):
# "Ventura County Fire Chief X", "Police Chief X" - the title is the role, X the speaker.
A_CAPITALISED_TITLE_BEFORE_A_NAME: list[Case] = [
    ('"Leave now," Marin County Fire Chief Rosa Vega told reporters on Sunday.', "Leave now",
     "Rosa Vega", "incise.subject-first"),
    ('"We are ready," Police Chief Tom Hale said.', "We are ready", "Tom Hale",
     "incise.subject-first"),
    ('Deputy First Minister Ann Bell said: "The budget is fair."', "The budget", "Ann Bell",
     "lead.verb-adjacent-subject"),
]

@pytest.mark.parametrize(("text", "prefix", "speaker", "rule"),
                         ADDRESSEE_IS_NOT_THE_SPEAKER + REPORTED_CLAUSE_SUBJECT
                         + DESCRIPTOR_BEFORE_NAME + PAGE_FURNITURE_IS_NO_SPEAKER
                         + ROLE_AFTER_A_BODY_NAME + COLON_FRAME_BEFORE_THE_QUOTE_PARAGRAPH
                         + HONORIFIC_AND_SURNAME + CAPITALS_QUALIFY_AN_UNNAMED_ROLE
                         + CAPITALS_QUALIFY_A_NAMED_ROLE + TOLD_AFTER_A_LONG_APPOSITION
                         + A_FIRST_NAME_THAT_IS_A_FUNCTION_WORD
                         + GLUED_SENTENCES + HONORIFIC_BEFORE_AN_APPOSITION
                         + A_PLACE_IS_NOT_WHOM_HE_MEANS
                         + SUBJECT_RIGHT_BEFORE_THE_SPEECH_VERB
                         + AN_HONORIFIC_OPENS_THE_SENTENCE_SUBJECT + A_TOWN_AFTER_A_BODY
                         + A_RELATIVE_ASIDE_BEFORE_THE_VERB + A_DOCUMENT_SPEAKS_FOR_ITS_AUTHOR
                         + A_CAPITALISED_TITLE_BEFORE_A_NAME)
def test_english_speaker(text: str, prefix: str, speaker: str | None, rule: str) -> None:
    quotes = newsbrief.analyze(text).quotes
    quote = next(q for q in quotes if q.text.startswith(prefix))
    assert (quote.speaker, quote.rule or "") == (speaker, rule)


@pytest.mark.parametrize("opening", ["Interestingly enough, the", "Heavily armed teams came"])
def test_a_sentence_adverb_opens_no_name(opening: str) -> None:
    assert name_at(tokenize(opening, 0, len(opening)), 0, "en") == 0


@pytest.mark.parametrize(("text", "name"), [
    ("the Riverside Tenants Support Group, said", "Riverside Tenants Support Group"),
    ("the Islamic State, said", "Islamic State"),
])
def test_a_stop_list_noun_continues_a_name(text: str, name: str) -> None:
    toks = tokenize(text, 0, len(text))
    assert " ".join(t.text for t in toks[1:name_at(toks, 1, "en")]) == name


def test_a_stop_list_noun_opens_no_name() -> None:
    text = "Research shows the plan works"
    assert name_at(tokenize(text, 0, len(text)), 0, "en") == 0


# Another language's function word is a name in English (round 9): Spanish "hoy", French
# "chez" stop names only in their own language's text.
@pytest.mark.parametrize(("text", "lang", "name"), [
    ("said Sir Chris Hoy on Friday", "en", "Sir Chris Hoy"),
    ("said Nadia Chez in Leeds", "en", "Nadia Chez"),
    ("dijo Ana Torres hoy en Madrid", "es", "Ana Torres"),
    ("disse Marco Rossi ma poi", "it", "Marco Rossi"),
])
def test_another_languages_function_word_is_a_name_here(text: str, lang: str, name: str) -> None:
    toks = tokenize(text, 0, len(text))
    assert " ".join(t.text for t in toks[1:name_at(toks, 1, lang)]) == name


def test_a_surname_of_another_languages_function_word_keeps_its_quotes() -> None:
    text = "Sir Chris Hoy watched from the stands. 'She rode brilliantly,' he said."
    quote = newsbrief.analyze(text).quotes[0]
    assert quote.speaker == "Sir Chris Hoy"


# A common word that is also a surname (round 9: en/word_surnames.txt) is a name after a first
# name or an honorific, or beside a speech verb; never elsewhere.
@pytest.mark.parametrize(("text", "start", "name"), [
    ("said Linda Prior on Monday", 1, "Linda Prior"),
    ("AA president Edmund King said", 2, "Edmund King"),
    ("Ms Young, who was there, told", 1, "Young"),
    ("Prior said the club", 0, "Prior"),
    ("said Best after the game", 1, "Best"),
    ("Prior to the match the club", 0, ""),
    ("Young people said they were", 0, ""),
    ("the Long Walk opened", 1, ""),
])
def test_a_word_that_is_also_a_surname(text: str, start: int, name: str) -> None:
    toks = tokenize(text, 0, len(text))
    assert " ".join(t.text for t in toks[start:name_at(toks, start, "en")]) == name


def test_a_surname_alone_after_its_full_name_keeps_its_quotes() -> None:
    text = ("The club signed Tom Prior in January. Prior said the players were 'right behind the "
            "manager'. 'We let him down,' he added.")
    assert [q.speaker for q in newsbrief.analyze(text).quotes] == ["Tom Prior", "Tom Prior"]


def test_a_capitalised_title_is_the_role_of_the_name_after_it() -> None:
    brief = newsbrief.analyze('"Leave now," Marin County Fire Chief Rosa Vega told reporters.')
    person = next(p for p in brief.people if p.name == "Rosa Vega")
    assert person.role == "Marin County Fire Chief"
