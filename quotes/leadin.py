"""Attribution from the clause that leads into a quote.

``X a déclaré : « … »``, ``Pour X, « … »``, ``Selon X, …``, ``…, précise l'ambassadeur, Bernard
Bajolet : « … »``, German V2 order (``Gegenüber dem Tagesspiegel sagte der Linkspolitiker:``),
and the subject of a speech verb whose complement holds quoted words (fragments). The patterns
of German word order live beside its data in :mod:`newsbrief.quotes.lang.de.rules`, the subject
positions away from the verb in :mod:`newsbrief.quotes.clauses`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import compress, count
from operator import attrgetter

from newsbrief.document.tokens import GLUED_OPENING, Tok, tokenize
from newsbrief.quotes.attribution import hearsay, participle_lead
from newsbrief.quotes.clauses import (
    VERB_GROUP,
    as_said_by,
    front_subject,
    named_before,
    prep_object,
    relative_object_subject,
    relative_subject,
)
from newsbrief.quotes.context import (
    WINDOW,
    infinitive,
    initial,
    speech_verb,
    speech_words,
)
from newsbrief.quotes.lang import union
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lang.de.rules import (
    NOMINATIVE,
    PREPS_DE,
    SUBORDINATORS,
    apposed_subject,
    de_front,
    final_cue,
    genitive_owner,
    heisst_es,
    inner_source,
    medium_passive,
    nominative_after,
    oblique_feminine,
    passive_agent,
    quoted,
    relative,
    reported_thing,
    second_clause,
    text_subject,
    written_in,
)
from newsbrief.quotes.lang.pt.rules import impersonal
from newsbrief.quotes.lexicon import (
    ADDRESSEE_VERBS,
    AMBIGUOUS_PREPS,
    AUXILIARIES,
    DE_ADVERBS,
    DETERMINERS,
    GLUED_CAPTIONS,
    MODALS,
    NAMING_VERBS_EN,
    NOUN_CAPITALS,
    NULL_SUBJECT,
    PRONOUNS,
    QUOTING,
    REPORTED_CLAUSE_SUBJECT,
    VERB_SECOND,
    contracted_articles,
    cue_test,
    is_cue,
    key,
    np_links,
    ordinal,
    paired_cues,
)
from newsbrief.quotes.nounphrase import PUNCT, noun_phrase
from newsbrief.quotes.people import given_name, name_at
from newsbrief.quotes.phrases import (
    AFTER_CUE_ADVERBS,
    CLOSING_MARKS,
    OBJECT_PRONOUNS,
    OBLIQUE,
    OPENING_MARKS,
    Attribution,
    Pattern,
    candidate,
    clause_start,
    comma_stretches,
    first_candidate,
    label_attribution,
    make_attribution,
    person_like,
    skip_paren,
    source_prep,
    thing_of_someone,
)
from newsbrief.quotes.rules import STOP, Outcome, RuleTable
from newsbrief.quotes.titles import title_word

_TEXT = attrgetter("text")
_AND = union("subject_conj")
_NAME_GLUE = union("name_glue")  # inside a German noun phrase
_AFFILIATION = union("affiliation_links")
_CAPITAL_ARTICLES = union("heading_articles")


def _heading_end(toks: list[Tok]) -> int:
    """German: where the clause starts after a heading run into it with no full stop
    ("Vorschlag an den Bundestag Der Bundesrat schlug …", "Neue Pläne Bereits im Mai hatte
    …"): a capitalised article (before a noun) or sentence adverb right after a capitalised
    word opens a sentence (0 when none does)."""
    for k in range(len(toks) - 2, 0, -1):
        t = toks[k]
        opens = (t.text in _CAPITAL_ARTICLES and toks[k + 1].cap) or (
            t.cap and key(t.text) in DE_ADVERBS)
        if opens and toks[k - 1].cap and toks[k - 1].text.isalpha() and not title_word(
                toks[k - 1].text, "de"):
            return k  # (but "der Rockband Die Happy": a band's name)
    return 0


def _gerund_after_comma(toks: list[Tok], c: int) -> bool:
    """``toks[c]`` is a French gerund set off by a comma ("…, en évoquant", "…, tout en
    estimant"): its subject is the main clause's, which the lead-in does not hold."""
    if c < 2 or key(toks[c - 1].text) != "en" or not key(toks[c].text).endswith("ant"):
        return False
    k = c - 2
    if key(toks[k].text) == "tout" and k > 0:
        k -= 1
    return toks[k].text == ","


_CLAUSE_MARKS = re.compile(r"[()\n.!?:]")  # the only characters that can end a clause
# (Portuguese "Já X, …" sets X against the one before: "Já o movimento, que …, considera")
_CLAUSE_CONJ = union("clause_conj")
NOT_DE = frozenset({"de"})  # rules for the languages whose speech verb precedes its object


@dataclass
class LeadIn:
    """The clause before an opening mark, as the lead-in rules read it: its tokens (from the
    clause start to the mark), the quote's marks, and the speech verbs found in it."""

    text: str
    lang: str
    toks: list[Tok]
    open_at: int
    close_at: int
    # The noun phrases and speaker starts read so far, by token index: several rules read the
    # phrase at the clause start or after the verb (they live and die with the clause).
    _phrases: dict[int, tuple[int, str | None, str | None]] = field(
        default_factory=dict, init=False, repr=False)
    _starts: dict[int, bool] = field(default_factory=dict, init=False, repr=False)

    def phrase(self, i: int) -> tuple[int, str | None, str | None]:
        """:func:`noun_phrase` at ``toks[i]``, read once per clause."""
        found = self._phrases.get(i)
        if found is None:
            found = self._phrases[i] = noun_phrase(self.toks, i, self.text, self.lang)
        return found

    def can_start(self, i: int) -> bool:
        """:func:`candidate` at ``toks[i]`` (a speaker may start there), read once per clause."""
        found = self._starts.get(i)
        if found is None:
            found = self._starts[i] = candidate(self.toks, i, self.text, self.lang)
        return found

    @cached_property
    def cues(self) -> list[int]:
        """Indices of the speech verbs of the clause that can have a subject here (a verb is
        not capitalised inside a clause - "in Frage stellen", Ray's hit "Cry" - nor does it
        follow an article: "the muse", "mit einem refrainartig skandierten „…“")."""
        toks, text, lang = self.toks, self.text, self.lang
        words = list(map(_TEXT, toks))
        # (the speech-verb test maps over the clause in C: most of its words are none)
        found = [k for k in compress(count(), map(cue_test(lang).__getitem__, words))
                 if speech_verb(text, t := toks[k], lang)
                 and not infinitive(toks, k, lang)
                 and not (k > 0 and (t.cap or key(toks[k - 1].text) in DETERMINERS.get(lang, ())))
                 and not (lang in VERB_SECOND and k > 1 and key(toks[k - 2].text) in OBLIQUE
                          and toks[k - 1].text[:1].islower())]
        # a speech verb in two words ("fanno sapere", "ha tagliato corto"): its first word
        paired = paired_cues(words, lang)
        return sorted(found + paired) if paired else found

    @property
    def colon(self) -> bool:
        """The clause ends in a colon: ``X a déclaré : « … »``."""
        return self.toks[-1].text == ":"

    @property
    def pattern(self) -> Pattern:
        """The pattern of a speaker named by the clause's speech verb."""
        return "colon" if self.colon else "subject"

    def attribution(self, i: int, cue: str | None, pattern: Pattern | None = None
                    ) -> Attribution | None:
        """The noun phrase at ``toks[i]`` as the speaker of ``cue``."""
        return make_attribution(self.toks, i, self.text, self.lang, cue, pattern or self.pattern)

    def at_verb(self, i: int) -> Attribution | None:
        """The noun phrase at ``toks[i]`` as the subject of the clause's last speech verb."""
        return self.attribution(i, self.toks[self.cues[-1]].text)

    @cached_property
    def subject(self) -> tuple[int, int, bool]:
        """Where the clause before the last speech verb starts, where its first noun phrase
        ends (past a party in brackets: "Renate Schmidt (SPD) äußerte"), and whether that
        phrase is the clause's subject (the verb or a lower-case word follows it)."""
        toks, c = self.toks, self.cues[-1]
        s = clause_start(toks[:c], self.lang)
        end = skip_paren(toks, self.phrase(s)[0])
        return s, end, s < end < len(toks) and (end == c or toks[end].text[:1].islower())

    @cached_property
    def after_verb(self) -> tuple[int, int]:
        """The first word after the last speech verb and its auxiliaries or object pronouns
        ("erklärte er:", "sagte Filep Karma:"), and where the noun phrase read last ends."""
        toks, c = self.toks, self.cues[-1]
        nxt = c + 1
        while nxt < len(toks) and key(toks[nxt].text) in AUXILIARIES | OBJECT_PRONOUNS:
            nxt += 1
        named_end = self.subject[1]
        if nxt < len(toks) and self.can_start(nxt):
            named_end = self.phrase(nxt)[0]
        return nxt, named_end

    @property
    def coordinated(self) -> bool:
        """German: the speech verb follows "und" ("… und nannte ihn „…“")."""
        c = self.cues[-1] if self.cues else 0
        return c > 1 and key(self.toks[c - 1].text) in _AND


def _clause(text: str, open_at: int, floor: int) -> int:
    """Where the clause that leads to ``open_at`` starts (not before ``floor``)."""
    a = max(floor, open_at - WINDOW)
    last = open_at - 1
    while last > a and (text[last].isspace() or text[last] == ":"):
        last -= 1  # the colon that introduces the quote belongs to its clause
    closed = 0  # parentheses closed between here and the quote
    # Only these characters change the state below: visit them alone, last first.
    for j in reversed([m.start() for m in _CLAUSE_MARKS.finditer(text, a, open_at)]):
        ch = text[j]
        if ch == "\n" and not text[j + 1:open_at].strip() and text[a:j].rstrip().endswith(":"):
            continue  # "Die Ministerin schrieb:" on its own line, the quote on the next
        if ch == ")":
            closed += 1
        elif ch == "(" and closed:
            closed -= 1
        elif (ch == "(" and text[j + 1:open_at].strip()) or ch == "\n" or (
                ch in ".!?" and j + 1 < open_at and (text[j + 1].isspace() or (
                    text[j + 1] in CLOSING_MARKS and j + 2 < open_at and text[j + 2].isspace())
                    or _glued_sentence(text, j, open_at))
                and not initial(text, j)) or (ch == ":" and j < last):
            # (a quoted sentence ends the sentence it closes: "… Abpfeifen!“ Peter Struck")
            # (an earlier colon ends a clause too: "…, scharf: So sagte X:"; a quote inside
            # brackets has the bracket's clause: "… (Jean-François Copé déplora un « … »)")
            return j + 1
    return a


_GLUED_OPENING = re.compile(GLUED_OPENING)


def _glued_sentence(text: str, j: int, open_at: int) -> bool:
    """The full stop at ``j`` ends a sentence the next one is glued to, its space lost
    ("eröffnet.Anna Berger kommentierte", "at the CPS.Mrs Aspinall said", `was "a long
    struggle".She added`, "crise.L'opposition a dénoncé"): a lower-case letter, an acronym or
    a closing quote mark before it, the opening of a sentence after it (``GLUED_OPENING``, the
    document layer's, not "U.S.", "t-online.de")."""
    if not (j > 1 and j + 2 < open_at and _GLUED_OPENING.match(text, j + 1, open_at)):
        return False
    prev = text[j - 1]
    return prev.islower() or (prev.isupper() and text[j - 2].isupper()) or (
        prev in CLOSING_MARKS and text[j - 2].isalpha())


def before(text: str, open_at: int, floor: int, lang: str, close_at: int = -1
           ) -> Attribution | None:
    """Attribution from the clause that leads to an opening mark at ``open_at`` (and, for
    German, the verb that ends the clause after the quote closing at ``close_at``: „…“
    zurückgewiesen / bezeichnet): the first rule of :data:`LEADIN` that decides."""
    toks = tokenize(text, _clause(text, open_at, floor), open_at)
    while toks and (toks[0].text in PUNCT or toks[0].text == "-"
                    or key(toks[0].text) in _CLAUSE_CONJ):
        toks = toks[1:]  # "Mais pour Obama, « … »", "18 juillet 2012. - Le quotidien …"
    if lang in NOUN_CAPITALS:
        toks = toks[_heading_end(toks):]
    elif lang in GLUED_CAPTIONS:
        toks = toks[_caption_end(toks, lang):]
    if not toks:
        return None
    return LEADIN.first_match(LeadIn(text, lang, toks, open_at, close_at), lang)


def _caption_end(toks: list[Tok], lang: str) -> int:
    """Where the sentence starts after a caption run into it with no full stop ("… Mould on a
    ceiling at Weaver House, where residents say … for months The students' union called …"):
    at a capitalised article between two lower-case words (0 when there is none; "told The
    Times" is a name: a capital follows its article)."""
    dets = DETERMINERS.get(lang, frozenset())
    for k in range(len(toks) - 2, 0, -1):
        t, prev, nxt = toks[k], toks[k - 1].text, toks[k + 1].text
        if t.cap and key(t.text) in dets and prev.isalpha() and prev.islower() and (
                nxt.isalpha() and nxt.islower()):
            return k
    return 0


LEADIN: RuleTable[LeadIn] = RuleTable("lead")


@LEADIN.rule("participle", "Estimant que « … », il vota contre: the main clause's subject",
             skip=NOT_DE)
def _participle(c: LeadIn) -> Outcome:
    return participle_lead(c.toks, c.text, c.close_at, c.lang)


@LEADIN.rule("bracketed-sentence", "Mohammed ElBaradei („Mir fällt niemand ein …“): the name "
             "before a sentence in brackets")
def _bracketed_sentence(c: LeadIn) -> Outcome:
    toks = c.toks
    inner = c.text[c.open_at + 1:c.close_at].strip() if c.close_at > c.open_at else ""
    if len(toks) >= 3 and toks[-1].text == "(" and inner[:1].isupper() and len(
            inner.split()) >= 4:
        # (not a gloss: 'Dar El Bisklette ("la maison du vélo")', "Magnitski („Akte“)")
        for k in range(len(toks) - 2, max(-1, len(toks) - 7), -1):
            if name_at(toks, k, c.lang) == len(toks) - 1 and (k == 0 or not toks[k - 1].cap):
                return make_attribution(toks[:-1], k, c.text, c.lang, None, "source")
    return None


@LEADIN.rule("hearsay", "se repite una frase que nadie quiere firmar: «…» / la même question "
             "revient : « … »: words presented as going round, with no speech verb, are no one's",
             only={"fr", "es", "it"})
def _hearsay(c: LeadIn) -> Outcome:
    nouns = table_words(c.lang, "hearsay_nouns")
    if not c.colon or any(key(c.toks[n].text) not in nouns for n in c.cues):
        return None  # ("la misma pregunta": the noun, not the verb "pregunta")
    return hearsay(c.toks, c.lang, c.open_at, 40)


@LEADIN.rule("source-prep", "Selon X, « … » / Pour X, / According to X / Laut X")
def _source_prep(c: LeadIn) -> Outcome:
    toks = c.toks
    p = source_prep(toks, 0, c.lang)
    if c.lang in NOUN_CAPITALS and 0 < p < len(toks) and toks[-1].cap and all(
            t.cap or t.text.endswith("-") or key(t.text) in _NAME_GLUE for t in toks[p:]):
        return None  # "Seitens der Zentren „Backstage“ wurde …": the quote names that noun
    if p > 0 and (key(toks[0].text) not in AMBIGUOUS_PREPS or (
            p < len(toks) and c.can_start(p))):
        # "Pour Hélène Vidal, « … »" but not "Pour construire ce code, …".
        if _own_speaker_after(c, p):
            return None
        found = _definite_role(c.attribution(p, None, "source"), toks[p - 1], c.lang)
        if found is not None or key(toks[0].text) != "so":
            return found or STOP  # "So heißt es in …": German "so" opens a clause, too
    return None


def _definite_role(found: Attribution | None, prep_end: Tok, lang: str) -> Attribution | None:
    """"Nas palavras do parlamentar": a role after a source phrase that ends in a contracted
    article is definite ("o parlamentar"), so it refers back to the person named before."""
    article = contracted_articles(lang).get(key(prep_end.text))
    if found is None or not article or found.name or found.pronoun or not found.role:
        return found
    return replace(found, mention=f"{article} {found.mention}")


def _own_speaker_after(c: LeadIn, p: int) -> bool:
    """"Según varios jugadores, Quintana les pidió «…»": after the source phrase and its comma,
    a clause with its own subject and speech verb; the source only reports who spoke."""
    if c.lang in VERB_SECOND or key(c.toks[0].text) in AMBIGUOUS_PREPS:
        return False  # ("Pour l'analyste X, le Hamas considère que « … »": X's reading)
    toks = c.toks
    end = next((k for k in range(p, min(len(toks), p + 8)) if toks[k].text in ",:"), len(toks))
    if end + 1 >= len(toks) or toks[end].text != "," or not any(n > end + 1 for n in c.cues):
        return False
    s = end + 1
    if key(toks[s].text) in _IMPERSONAL:
        return False
    return make_attribution(toks, s, c.text, c.lang, None, "subject") is not None


_IMPERSONAL = union("impersonal_subjects")


@LEADIN.rule("source-aside", "Le vent, selon le préfet X, « … » / lo que, en palabras de X, «…»: "
             "a source phrase set off by commas right before the quote, with no speech verb "
             "before it", skip=NOT_DE)
def _source_aside(c: LeadIn) -> Outcome:
    toks = c.toks
    if len(toks) < 4 or toks[-1].text != ",":
        return None
    k = next((k for k in range(len(toks) - 2, 0, -1) if toks[k].text == ","), -1)
    p = source_prep(toks, k + 1, c.lang) if k > 0 else -1
    if p < 0 or key(toks[k + 1].text) in AMBIGUOUS_PREPS or any(
            n < k for n in c.cues):
        return None  # (after a speech verb the source phrase names the medium: "X a déclaré,
        # selon Le Monde, « … »")
    return c.attribution(p, None, "source")


@LEADIN.rule("speech-aside", "Gamers are, said Ikea's X, \"…\" / The plan is, she said, a "
             "\"…\": a speech incise set off by commas right before the quote, inside the clause "
             "it interrupts: its subject speaks, not the clause's", only={"en"})
def _speech_aside(c: LeadIn) -> Outcome:
    toks, n = c.toks, len(c.toks)
    if n < 5 or toks[-1].text != "," or not c.cues or c.cues[-1] < n - 6:
        return None
    k = next((k for k in range(n - 2, 0, -1) if toks[k].text == ","), -1)
    v = c.cues[-1]
    if k <= 0 or not k < v < n - 1 or any(t.text in PUNCT for t in toks[k + 1:n - 1]):
        return None
    if v == k + 1:  # ", said X," / ", said Ikea's X,": the subject ends the incise
        s = next((s for s in range(v + 1, min(v + 4, n - 1))
                  if c.can_start(s) and c.phrase(s)[0] == n - 1), -1)
        return c.attribution(s, toks[v].text) if s > 0 else None
    if v == n - 2 and c.can_start(k + 1) and c.phrase(k + 1)[0] == v:
        return c.attribution(k + 1, toks[v].text)  # ", she said,"
    return None


@LEADIN.rule("ordinal", "Le premier a salué « … », la seconde un « … »: an ordinal opens the "
             "clause nearest the quote and refers back to one of two people named together "
             "(with or without its verb)", skip=NOT_DE)
def _ordinal(c: LeadIn) -> Outcome:
    toks = c.toks
    s = next((k + 1 for k in range(len(toks) - 2, -1, -1) if toks[k].text in ",;"), 0)
    while s < len(toks) and key(toks[s].text) in _CLAUSE_CONJ:
        s += 1  # "…, et la seconde …"
    if s + 2 >= len(toks) or key(toks[s].text) not in DETERMINERS.get(c.lang, ()) or not (
            ordinal(toks[s + 1].text, c.lang)):
        return None
    nxt = key(toks[s + 2].text)
    if not (is_cue(toks[s + 2].text, c.lang) or nxt in AUXILIARIES | OBJECT_PRONOUNS
            or nxt in DETERMINERS.get(c.lang, ())
            or (s + 3 == len(toks) and nxt in np_links(c.lang))):
        # ("la seconda di «…»": the verb of the clause before left out, its "di" kept)
        return None  # "la première ministre": a role, not an ordinal
    return label_attribution(c.text, toks[s], toks[s + 1], None, "subject")


@LEADIN.rule("as-said-by", "comme le précise X, « … »: the subject after comme/as/wie")
def _as_said_by(c: LeadIn) -> Outcome:
    return as_said_by(c.toks, c.text, c.lang)


@LEADIN.rule("gerund-after-comma", "…, en évoquant une « … »: a gerund takes the main "
             "clause's subject, which the lead-in does not hold", only={"fr"})
def _gerund(c: LeadIn) -> Outcome:
    return STOP if c.cues and _gerund_after_comma(c.toks, c.cues[-1]) else None


@LEADIN.rule("impersonal-place", "Dans l'entourage du ministre, on assure que « … », À "
             "Matignon, on explique : a place opens the clause, then an impersonal subject and "
             "its speech verb: the place is the source", skip=NOT_DE)
def _impersonal_place(c: LeadIn) -> Outcome:
    toks = c.toks
    if len(toks) < 5 or key(toks[0].text) not in _PLACE_PREPS:
        return None
    comma = next((k for k in range(2, min(len(toks) - 2, 10)) if toks[k].text == ","), -1)
    if comma < 0 or key(toks[comma + 1].text) not in table_words(c.lang, "impersonal_pronouns"):
        return None
    cue = next((k for k in range(comma + 2, min(len(toks), comma + 4))
                if is_cue(toks[k].text, c.lang)), -1)  # ("on a assuré", "on nous explique")
    if cue < 0:
        return None
    return label_attribution(c.text, toks[1], toks[comma - 1], toks[cue].text, "subject")


_PLACE_PREPS = union("place_preps")


@LEADIN.rule("impersonal-se", "Diz-se que «…», Em Mértola, comenta-se que «…»: a speech verb "
             "with the impersonal se and no subject names no one (afirma-se no relatório: the "
             "report)", only={"pt"})
def _impersonal_se(c: LeadIn) -> Outcome:
    return impersonal(c.toks, c.text, c.lang)


@LEADIN.rule("parenthetical-null-subject", "Os aumentos, disse, podem «…», Los precios, "
             "añadió, son «…»: a speech verb alone between commas inside the clause, its "
             "subject dropped; the speaker is whom the text is about, not the clause's subject",
             only=NULL_SUBJECT)
def _parenthetical_null_subject(c: LeadIn) -> Outcome:
    toks = c.toks
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if len(commas) != 2 or commas[1] + 1 >= len(toks) or key(
            toks[commas[1] + 1].text) in _THAT:
        return None  # (", que pediu anonimato, admitiu, no entanto, que «…»": the main verb)
    n = commas[0] + 1
    k = n + 1
    while k < commas[1] and key(toks[k].text) in AFTER_CUE_ADVERBS:
        k += 1  # ", disse ainda,"
    if n > 1 and n in c.cues and k == commas[1]:
        # resolved from the clause start: the clause's own subject is not the speaker
        return Attribution("", toks[0].start, None, None, True, toks[n].text, "incise")
    return None


_THAT = union("that_words")


@LEADIN.rule("heisst-es", "In der Erklärung der Stadt heißt es: „…“", only={"de"})
def _heisst_es(c: LeadIn) -> Outcome:
    return heisst_es(c.toks, c.text, c.lang)


@LEADIN.rule("written-in", "In dem Bericht ist von „…“ die Rede, Auf dem Plakat stand: „…“: a "
             "clause opened by in/auf and a text, whose verb names no speaker (die Rede sein, "
             "stehen, a passive without its agent): the text", only={"de"})
def _written_in(c: LeadIn) -> Outcome:
    return written_in(c.toks, c.text, c.lang, c.close_at)


@LEADIN.rule("medium-passive", "Er wurde in der „Zeitung“ als „…“ bezeichnet, in den Medien als "
             "„…“ kritisiert worden: a passive speech verb with no agent, and a medium after in/im "
             "inside the clause: the medium", only={"de"})
def _medium_passive(c: LeadIn) -> Outcome:
    return medium_passive(c.toks, c.text, c.lang, c.close_at)


@LEADIN.rule("relative", "X, der … als „…“ sieht: the antecedent of the relative clause; "
             "after an object relative its subject (einen Plan, den der Bürgermeister als „…“ "
             "bewertete; ein Angebot, das Verdi als „…“ zurückwies); not after a speech verb "
             "(X sagte dem Sender, die Daten zeigten, „…“)", only={"de"})
def _relative(c: LeadIn) -> Outcome:
    return relative(c.toks, c.cues, c.text, c.lang, c.close_at, c.pattern)


@LEADIN.rule("passive-agent", "von X als „…“ bezeichnet: the agent of the passive",
             only={"de"})
def _passive(c: LeadIn) -> Outcome:
    return passive_agent(c.toks, c.cues, c.text, c.lang, c.close_at, c.pattern)


@LEADIN.rule("inner-source", "Das Buch ist laut einem Jurymitglied eine „…“, X zufolge, "
             "…, so X weiter: a source phrase inside the clause", only={"de"})
def _inner_source(c: LeadIn) -> Outcome:
    if not c.cues or any(key(t.text) in _EXPLICIT_SOURCE for t in c.toks):
        # (with a speech verb too, the report names its source: "sagte die Kanzlerin einigen
        # Teilnehmern zufolge: „…“")
        return inner_source(c.toks, c.text, c.lang)
    return None


@LEADIN.rule("reported-thing", "Die Studie zeige, „…“ / Die Pflichten seien im Vertrag "
             "festgelegt: „…“: a clause in the Konjunktiv I of reported speech whose subject is a "
             "thing is someone's report; no speaker here (the reading context's)", only={"de"})
def _reported_thing(c: LeadIn) -> Outcome:
    return STOP if reported_thing(c.toks, c.cues, c.lang) else None


@LEADIN.rule("final-verb", "X habe „…“ zurückgewiesen: the speech verb closes the clause after "
             "the quote", only={"de"})
def _final_verb(c: LeadIn) -> Outcome:
    if c.cues or c.colon or c.close_at < 0:
        return None
    final = final_cue(c.text, c.close_at)
    if final is not None:
        s = clause_start(c.toks, c.lang)
        if s + 1 < len(c.toks) and key(c.toks[s].text) in SUBORDINATORS:
            s += 1  # "Während die Kanzlerin den Plan „…“ nannte, …": a subordinate clause
        if s + 1 < len(c.toks) and key(c.toks[s].text) in DETERMINERS[c.lang] and c.toks[
                s + 1].text in OPENING_MARKS:
            s += 1  # "Der „Kurier“ hatte die Partie als „…“ bezeichnet": the medium in marks
        if c.can_start(s) or c.toks[s].text in OPENING_MARKS:
            return c.attribution(s, final, "subject")
    return None


@LEADIN.rule("document-author", "A letter from the director, X, seen by the Mail, says …; "
             "The letter, seen by the Post, reads: a document speaks for the author named "
             "after it, else for itself - never for the paper that saw it", skip=NOT_DE)
def _document_author(c: LeadIn) -> Outcome:
    toks, lang = c.toks, c.lang
    s = clause_start(toks, lang)
    if s + 2 >= len(toks) or key(toks[s].text) not in DETERMINERS.get(lang, ()) or key(
            toks[s + 1].text) not in table_words(lang, "documents"):
        return None
    cue = toks[c.cues[-1]].text if c.cues else None
    seen = next((i for i in range(s + 2, len(toks) - 1) if key(toks[i].text) in table_words(
        lang, "seen_by") and key(toks[i + 1].text) in table_words(lang, "author_preps")), -1)
    if key(toks[s + 2].text) in table_words(lang, "author_preps"):
        # "A letter from the medical director, Professor X, …": the name in the author's
        # phrase, else the phrase itself
        end = seen if seen > 0 else (c.cues[-1] if c.cues else len(toks))
        starts = [i for i in range(s + 3, end) if (i == s + 3 or toks[i - 1].text == ",")
                  and c.can_start(i)]  # the author's phrase or its apposition
        named = [i for i in starts if c.phrase(i)[1] is not None]
        if named or starts:
            return c.attribution((named or starts)[0], cue)
    if seen > 0:
        return c.attribution(s, cue)  # "The letter, seen by the Post, reads": the document
    return None


@LEADIN.rule("relative-subject", "X, le successeur de Y, qui lui avait rétorqué : the "
             "antecedent of qui", skip=NOT_DE)
def _relative_subject(c: LeadIn) -> Outcome:
    return relative_subject(c.toks, c.cues, c.text, c.lang, c.pattern) if c.cues else None


@LEADIN.rule("relative-object", "un avis que Matignon qualifie de « … », Un élément que la "
             "défense juge « … »: after a relative pronoun object of the speech verb, the noun "
             "phrase before the verb is its subject", only={"fr", "es", "it", "pt"})
def _relative_object(c: LeadIn) -> Outcome:
    return relative_object_subject(c.toks, c.cues, c.text, c.lang, c.pattern) if c.cues else None


@LEADIN.rule("front-subject", "La maire, Hélène Marchal, a défendu un texte « … », Un "
             "conseiller du ministre évoque un texte « … »: the subject before the verb (a name, "
             "a role or a source), not its object after it", skip=NOT_DE)
def _front_subject(c: LeadIn) -> Outcome:
    if not c.cues:
        return None
    # (an unnamed subject only where no colon frame follows: the colon rules read those)
    front = front_subject(c.toks, c.cues[-1], c.text, c.lang, roles=not c.colon)
    return c.at_verb(front) if front is not None else None


@LEADIN.rule("inverted-subject", "…, précise l'ambassadeur de France, Bernard Bajolet : the "
             "subject after the verb (not after naming verbs: He called Scientology “…”)",
             skip=NOT_DE)
def _inverted_subject(c: LeadIn) -> Outcome:
    if not c.cues:
        return None
    toks, lang, k = c.toks, c.lang, c.cues[-1]
    nxt = k + 1
    while nxt < len(toks) and key(toks[nxt].text) in AFTER_CUE_ADVERBS:
        nxt += 1
    verb = key(toks[k].text)
    if nxt >= len(toks) or verb in _NAMES_OBJECT or verb in ADDRESSEE_VERBS or not c.can_start(
            nxt):
        return None  # (after "told", the addressee: "He told Racemail: “…”")
    end, name, _ = c.phrase(nxt)
    if thing_of_someone(toks, nxt, end, lang):
        return None  # "il a défendu la titularisation du gardien X :": the object
    v = k  # the verb group: ", a indiqué David Grout, …"
    while v > 0 and key(toks[v - 1].text) in VERB_GROUP:
        v -= 1
    incise = v > 0 and toks[v - 1].text == "," and toks[end - 1].text not in PUNCT
    if end >= len(toks) and not incise and lang in REPORTED_CLAUSE_SUBJECT:
        return None  # "Hagel said Damascus “had to take responsibility”": the reported subject
    if end >= len(toks) or (toks[end].text == ":" and end == len(toks) - 1) or (
            incise and (toks[end].text in ",." or (
                name is not None and key(toks[end].text) in _AFFILIATION))):
        # (", affirme Rami Abd al-Rahman, directeur de l'OSDH.", "…, affirme Rami Abd
        # al-Rahman de l'Observatoire …": an incise of its own)
        return c.attribution(nxt, toks[k].text)
    return None


@LEADIN.rule("verb-adjacent-subject", "… emotional after Mr Salmond told the chamber: / In an "
             "analysis of the April quake the BGS said: the noun phrase right before the speech "
             "verb is its subject, not the clause's first", only={"en"})
def _verb_adjacent_subject(c: LeadIn) -> Outcome:
    if not c.cues:
        return None
    toks, lang, k = c.toks, c.lang, c.cues[-1]
    if toks[k].text.endswith("ing"):
        return None  # "The club issued a statement saying": a participle's subject is the clause's
    for s in range(max(0, k - _ADJACENT_REACH), k):
        # the longest noun phrase that ends on the verb; the complement of a preposition is no
        # subject ("Ann Lee of the company said", "X from the Y School in London added"):
        # leave the clause to the rules after this one
        if c.can_start(s) and c.phrase(s)[0] == k:
            if s > 0 and (prep_object(toks, s, lang) or key(toks[s - 1].text) in _COMPLEMENT
                          or _body_town(toks, s, k, lang)):
                return None
            return c.at_verb(s)
    return None


_GENITIVE_ARTICLES = union("genitive_articles")  # "der Sprecher der Stadt"
_ADJACENT_REACH = 8  # how many words a subject right before its verb may hold
_COMPLEMENT = union("complement_preps")  # (English only, as the rule)


@LEADIN.rule("comma-stretch", "À la fin du match, face aux Bulgares, il avait lâché : the "
             "subject opens the comma-separated stretch nearest to the verb", skip=NOT_DE)
def _comma_stretch(c: LeadIn) -> Outcome:
    if not c.cues:
        return None
    toks, k = c.toks, c.cues[-1]
    segments = comma_stretches(toks, k)
    for n, s in enumerate(segments):
        while s < k and key(toks[s].text) in _CLAUSE_CONJ:
            s += 1  # "Mais le premier ministre …"
        if not c.can_start(s):
            continue  # (tested first: cheaper than reading the noun phrase)
        end, name, role = c.phrase(s)
        if s < end <= k and (
                end == k or toks[end].text[:1].islower()
                or (toks[end].text == "," and end + 1 == k)):
            if name is not None and role is None and _body_town(toks, s, end, c.lang):
                found = _before_body(c, segments[n + 1:])
                if found is not None:
                    return found
            if (name is None or (role and name.isupper())) and n + 1 < len(segments):
                # "Barroso, le président de la Commission, se dit", "Nadine Morano,
                # ex-députée UMP, l'avait appelé": the name before the role apposition is
                # the subject (an acronym after a role is the role's body). "L'opposition,
                # elle, dénonce": a pronoun set off by commas resumes the noun before it.
                resumed = end == s + 1 < k and toks[end].text == "," and key(
                    toks[s].text) in PRONOUNS.get(c.lang, ())
                prev = segments[n + 1]
                p_end, p_name, p_role = c.phrase(prev)
                if p_end >= s - 1 and (p_name is not None or (resumed and p_role)):
                    s = prev
            found = c.attribution(s, toks[k].text)
            if found is not None:
                return found
    return None


def _body_town(toks: list[Tok], s: int, end: int, lang: str) -> bool:
    """The name ``toks[s:end]`` is the town of a body named just before it, not a speaker:
    at most two words after a comma, not opening on a first name, after a stretch that is a
    person's name then ``from``, ``at`` or ``of`` and the body (``X from the Y School, London
    added``), or that opens on that word (``X, from the Y Academy, Edinburgh, added``). (After
    a role - ``the head of the Commission, Frans Timmermans, warned`` - the name is the
    role's.)"""
    if end - s > 2 or s < 2 or toks[s - 1].text != "," or not toks[s - 2].cap or given_name(
            toks[s].text):
        return False
    p = s - 2
    while p > 0 and toks[p - 1].text != ",":
        p -= 1
    q = next((n for n in range(p, s - 2) if key(toks[n].text) in _COMPLEMENT), -1)
    return q >= 0 and (q == p or name_at(toks, p, lang) == q)


def _before_body(c: LeadIn, segments: list[int]) -> Outcome:
    """The speaker a town after a body belongs to: the nearest earlier stretch that opens on a
    name (``X, from the Y Academy, Edinburgh, added``: X) or on a name followed by the body
    (``X from the Y School, London added``)."""
    for s in segments:
        if c.can_start(s) and c.phrase(s)[1] is not None:
            return c.attribution(s, c.toks[c.cues[-1]].text)
    return None


@LEADIN.rule("zitiert", "zitiert X Y mit den Worten „…“: the one quoted, not the medium",
             only={"de"})
def _zitiert(c: LeadIn) -> Outcome:
    if c.cues and key(c.toks[c.cues[-1]].text) in QUOTING:
        return quoted(c.toks, c.cues[-1], c.text, c.lang, c.pattern)
    return None


@LEADIN.rule("coordinated", "… befand der Premierminister X den Angriff als gerechtfertigt und "
             "nannte ihn „…“: the coordinated verb shares the first clause's subject",
             only={"de"})
def _coordinated(c: LeadIn) -> Outcome:
    if not c.cues or not c.coordinated:
        return None
    toks, lang, k = c.toks, c.lang, c.cues[-1]
    s = clause_start(toks, lang)
    if (s + 2 < k and key(toks[s].text) in NOMINATIVE and toks[s + 1].cap
            and toks[s + 2].text[:1].islower()):
        # "Die CCE bestätigte … und nannte sie „…“": the clause opens with its subject.
        found = c.at_verb(s)
        if found is not None:
            return found
    # A subordinate clause before the main one has a subject of its own ("Als ein Fahrgast
    # eingriff, biss der Mann ihn und rief:"): the coordinated verb shares the main clause's.
    first = s if key(toks[0].text) in SUBORDINATORS and 0 < s < k else 0
    for i in range(first, k - 1):
        if c.can_start(i) and person_like(toks, i, lang) and not (
                i > 0 and key(toks[i - 1].text) in OBLIQUE | PREPS_DE) and not (
                i > 1 and toks[i - 2].cap and key(toks[i].text) in DETERMINERS["de"]):
            # (not a genitive: "die Aussage der Gewerkschaft")
            found = c.at_verb(i)
            if found is not None:
                return found
    return _after_copula(c, k)


def _after_copula(c: LeadIn, k: int) -> Attribution | None:
    """German: "Trotz der Niederlage war X zuversichtlich und sagte:", "zeigte sich X erleichtert
    und erklärte": the first clause's subject right after its copula, even a lone surname (a
    word the coordinated speech verb shares)."""
    toks, copulas = c.toks, table_words(c.lang, "copulas")
    for i in range(1, k - 1):
        j = i + (key(toks[i].text) == "sich")
        if key(toks[i - 1].text) in copulas and j < k and c.can_start(j) and (
                name_at(toks, j, c.lang) > j or person_like(toks, j, c.lang)):
            return c.at_verb(j)
    return None


@LEADIN.rule("second-clause", "X nannte den Plan einen „…“, Landrätin Y forderte eine „…“: two "
             "speakers in one sentence; the subject right before the speech verb of the main "
             "clause after the comma", only={"de"})
def _second_clause(c: LeadIn) -> Outcome:
    return second_clause(c.toks, c.cues[-1], c.text, c.lang) if c.cues else None


@LEADIN.rule("apposed-subject", "Die Abgeordnete X nannte Y einen „…“; a subject set off by "
             "commas before the verb", only={"de"})
def _apposed(c: LeadIn) -> Outcome:
    if not c.cues:
        return None
    return apposed_subject(c.toks, c.cues[-1], c.text, c.lang) or de_front(
        c.toks, c.cues, c.text, c.lang)


@LEADIN.rule("v2-subject", "Gegenüber dem Tagesspiegel sagte der Linkspolitiker: a person "
             "right after the verb (not after und: its object); after a prepositional phrase, "
             "any noun there (In einer Mitteilung erklärte der Eigentümer), and after an "
             "adverb and a finite modal (So soll der Unparteiische … gesagt haben)",
             only={"de"})
def _v2_subject(c: LeadIn) -> Outcome:
    if not c.cues:
        return None
    if c.coordinated:
        return STOP  # "… und skandierten Sprüche wie „…“": what follows is the object
    toks, k = c.toks, c.cues[-1]
    nxt = k + 1
    while nxt < len(toks) and key(toks[nxt].text) in _BEFORE_V2_SUBJECT:
        nxt += 1  # "nahm jetzt auch der Ministerpräsident … Stellung"
    if nxt < len(toks) and genitive_owner(toks, nxt, c.lang):
        nxt += 1  # "sagte Frankreichs Präsident X": the role and the name speak
    told = oblique_feminine(toks, nxt) if nxt < len(toks) else nxt
    if told > nxt:
        # "X, der …, sagte der Nachrichtenagentur dpa:": whom X told; the subject is after
        # that dative or, when none is, the first speaker-like phrase before the verb
        nxt = told
        while nxt < len(toks) and name_at(toks, nxt, c.lang) > nxt:
            nxt = name_at(toks, nxt, c.lang)  # (its name: "dpa")
        if not (nxt < len(toks) and c.can_start(nxt) and person_like(toks, nxt, c.lang)):
            best = first_candidate(toks, clause_start(toks, c.lang), k, c.text, c.lang)
            return c.at_verb(best) if best >= 0 else None
    if nxt < len(toks) and c.can_start(nxt) and person_like(
            toks, nxt, c.lang):
        return c.at_verb(nxt)
    if key(toks[0].text) in PREPS_DE and nominative_after(toks, nxt):
        # "In einer Pressemitteilung erklärte der Eigentümer, …": a phrase after a preposition
        # fills the place before the verb, so the subject follows the verb, whatever its noun
        return c.at_verb(nxt)
    if 2 < k and key(toks[0].text) in DE_ADVERBS and key(
            toks[1].text) in AUXILIARIES | MODALS and nominative_after(toks, 2):
        # "So soll der Unparteiische den Spielern gesagt haben": the finite auxiliary or modal
        # is second, its subject right after it; the speech verb closes the clause
        return c.at_verb(2)
    return None


@LEADIN.rule("clause-subject", "Die CCE bestätigte … und nannte sie „…“: the clause opens with "
             "its subject")
def _clause_subject(c: LeadIn) -> Outcome:
    if not c.cues:
        return None
    s, _, opens = c.subject
    return c.at_verb(s) if opens and c.can_start(s) else None


@LEADIN.rule("verb-then-subject", "erklärte er:, sagte Filep Karma: the subject after the verb")
def _verb_then_subject(c: LeadIn) -> Outcome:
    if not c.cues:
        return None
    nxt, named_end = c.after_verb
    toks = c.toks
    s = c.subject[0]
    if c.lang not in VERB_SECOND and key(toks[c.cues[-1]].text) in ADDRESSEE_VERBS and (
            s + 1 < c.cues[-1] and key(toks[s].text) in DETERMINERS.get(c.lang, ())
            and toks[s + 1].text[:1].islower()):
        # "A plumber who saw it told the paper:": whom the verb names after it is the one
        # told; the clause opens with its subject, a determiner and a common noun
        return c.at_verb(s) if c.can_start(s) else None
    if nxt < len(toks) and c.can_start(nxt) and (
            named_end >= len(toks) or toks[named_end].text in ",:" or c.lang in VERB_SECOND
    ) and not thing_of_someone(toks, nxt, named_end, c.lang):
        return c.at_verb(nxt)
    return None


@LEADIN.rule("determiner-body", "Die SPD sagte …, The port's operator described …: a "
             "determiner and a capitalised or possessive noun in subject position")
def _determiner_body(c: LeadIn) -> Outcome:
    if not c.cues:
        return None
    s, _, opens = c.subject
    named_end = c.after_verb[1]
    # (not "Those words make fans think": no capital from the subject to the end of the noun
    # phrase after the verb, so no body nor person is named)
    if opens and key(c.toks[s].text) in DETERMINERS.get(c.lang, frozenset()) and any(
            t.cap or t.text.endswith(("'s", "’s")) for t in c.toks[s + 1:named_end]):
        return c.at_verb(s)
    return None


@LEADIN.rule("nearest-candidate", "Le procureur a évoqué …, certains wikipédiens estiment …: "
             "the nearest speaker-like phrase before the verb (a full name later on after a "
             "heading: Mise à jour — 16:50 (UTC) : Jean-Marie Le Pen affirme …)")
def _nearest_candidate(c: LeadIn) -> Outcome:
    if not c.cues:
        return None
    toks, text, lang, k = c.toks, c.text, c.lang, c.cues[-1]
    s = c.subject[0]
    if lang in VERB_SECOND:
        best = first_candidate(toks, s, k, text, lang)
    elif c.can_start(s) or (s < len(toks) and not toks[s].cap and c.phrase(s)[0] > s):
        best = named_before(toks, s, text, lang)
        # ("Nadine Morano, ex-députée UMP, l'avait appelé": the name the role is apposed to)
    else:
        best = next((i for i in range(k) if name_at(toks, i, lang) - i >= 2), -1)
    return c.at_verb(best) if best >= 0 else None


@LEADIN.rule("text-subject", "Die Satzung erlaubt nur „…“, Eine alte Bauernregel besagt: "
             "„…“: with no speech verb, a text as the clause's subject quotes itself",
             only={"de"})
def _text_subject(c: LeadIn) -> Outcome:
    return None if c.cues else text_subject(c.toks, c.text, c.lang)


@LEADIN.rule("colon-comma-stretch", "Indépendant depuis 2007, le maire de New York prend peu "
             "de risque : « … »: the subject of the stretch before the colon", skip=NOT_DE)
def _colon_comma_stretch(c: LeadIn) -> Outcome:
    if not c.colon:
        return None
    toks = c.toks
    for s in comma_stretches(toks, len(toks) - 1):
        end, _, _ = c.phrase(s)
        if s < end < len(toks) - 1 and c.can_start(s) and toks[
                end].text[:1].islower():
            return c.attribution(s, None)
    return None


@LEADIN.rule("colon-candidate", "X, lors d'une conférence : « … »: the first speaker-like "
             "phrase before the colon, never the object of a preposition (uploaded to "
             "LiveLeak:); nothing else may name a speaker after a colon")
def _colon_candidate(c: LeadIn) -> Outcome:
    if not c.colon:
        return None
    toks, text, lang = c.toks, c.text, c.lang
    best = first_candidate(toks, 0, len(toks) - 1, text, lang)
    while best > 0 and (prep_object(toks, best, lang) or thing_of_someone(
            toks, best, c.phrase(best)[0], lang)):
        nxt = best
        if lang in VERB_SECOND:
            nxt = c.phrase(best)[0]
            while nxt < len(toks) and key(toks[nxt].text) in _GENITIVE_ARTICLES:
                nxt = max(nxt + 1, c.phrase(nxt)[0])  # its genitive
        best = first_candidate(toks, max(nxt, best + 1), len(toks) - 1, text, lang)
    if best >= 0:
        return c.attribution(best, None)
    if lang not in VERB_SECOND:
        found = c.attribution(clause_start(toks, lang), None)
        if found is not None and (found.name is not None or found.role is not None):
            return found
        # ("quand, tout à coup, quelqu'un a lancé :" - no noun, no one)
    return STOP


@LEADIN.rule("speech-noun", "Dans une longue déclaration commune, Pékin et Moscou affichent … "
             "le « … »: the subject of a clause with a speech noun", skip=NOT_DE)
def _speech_noun(c: LeadIn) -> Outcome:
    if speech_words(c.toks, c.lang):
        s = clause_start(c.toks, c.lang)
        if c.can_start(s):
            return c.attribution(s, None, "context")
    return None


_EXPLICIT_SOURCE = union("explicit_source")


# Naming verbs: what follows is the one named, not the speaker ("He called Scientology …",
# "Mélenchon avait appelé Marine Le Pen « … »", "a traité son rival de « … »").
_NAMES_OBJECT = NAMING_VERBS_EN | union("names_object")
# What may stand between a German speech verb and its subject: "sagte ihm der", "fügte sich
# die", "nahm jetzt auch der Ministerpräsident".
_BEFORE_V2_SUBJECT = OBJECT_PRONOUNS | AFTER_CUE_ADVERBS | union("before_v2_subject")
