"""Who is quoted: the incises inside and right after one quoted piece.

The patterns, tried in this order by :mod:`newsbrief.quotes.extract`:

1. an incise inside the quote (« …, explique X, … »),
2. an incise right after it (« … », a déclaré X / a-t-il ajouté / said X / X said / sagte er /
   so X / dijo X / ha detto X / selon elle),
3. the sentence before it (:mod:`newsbrief.quotes.leadin`): ``X a déclaré : « … »``,
   ``Pour X, « … »``, ``Selon X, …``, or the subject of a speech verb whose complement holds
   the quoted words (fragments),
4. nothing: the caller continues the previous speaker or leaves the quote unattributed.

Everything here is local and bounded (at most a couple of hundred characters around the quote),
so the whole article stays linear. Resolving pronouns and role nouns to people is the caller's
job: it knows the previous speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from newsbrief.document.tokens import Tok, tokenize
from newsbrief.quotes.context import (
    clause_end,
)
from newsbrief.quotes.lang import folded, table, union
from newsbrief.quotes.lang import words as table_words
from newsbrief.quotes.lang.de.rules import HEISST_PREPS
from newsbrief.quotes.lang.pt.rules import impersonal
from newsbrief.quotes.lexicon import (
    ADDRESSEE_BEFORE_SUBJECT,
    ADDRESSEE_VERBS,
    AMBIGUOUS_PREPS,
    AUXILIARIES,
    DE_ADVERBS,
    DESCRIPTOR_BEFORE_NAME,
    DETERMINERS,
    INCISE_AFTER_QUESTION,
    INNER_SUBJECT_FIRST,
    MEDIUM_ENDS_INCISE,
    MODALS,
    NP_STOP,
    NULL_SUBJECT,
    OBJECT_PRONOUN_AFTER_VERB,
    PERSON_NOUN_SPEAKERS,
    PRONOUNS,
    QUOTE_LEDE,
    QUOTING,
    SPEECH_NOUNS,
    VERB_SECOND,
    fold,
    is_aux,
    is_cue,
    is_own_role,
    is_role,
    is_source_head,
    key,
    np_links,
    paired_cue,
)
from newsbrief.quotes.nounphrase import PUNCT, noun_phrase
from newsbrief.quotes.people import is_group, name_at
from newsbrief.quotes.phrases import (
    AFTER_CUE_ADVERBS,
    CLOSING_MARKS,
    OBJECT_PRONOUNS,
    OPENING_MARKS,
    Attribution,
    Pattern,
    candidate,
    clitic_object,
    first_candidate,
    label_attribution,
    make_attribution,
    source_prep,
)
from newsbrief.quotes.rules import STOP, Outcome, RuleTable, stamp

_REFLEXIVE = union("reflexives")
_SELF = union("self_pronouns")  # "ich", "we", "nous": never the speaker of an incise
_ADDRESSEE_PREPS = union("addressee_preps")
# (one token with its noun: "sbuffava all'uscita un tifoso", "à l'" is two)
_ELIDED_ADDRESSEE_PREPS = tuple(union("elided_addressee_preps"))
# "a déclaré sur Twitter X", "ha scritto su Facebook il sindaco X": the medium before the speaker
_MEDIUM_PREPS = union("platform_preps")
_AFTER_PREPS = union("after_preps")
_SUBJECT_ADVERBS = union("subject_adverbs")  # "X also said", "X a aussi déclaré"


def _verb_first(toks: list[Tok], i: int, text: str, lang: str, pattern: Pattern
                ) -> Attribution | None:
    """``a déclaré X``, ``a-t-il ajouté``, ``s'interroge la députée X``, ``sagte er``,
    ``said X``."""
    j = i
    subject: Attribution | None = None
    while j < len(toks) and j - i < 4:
        f = key(toks[j].text)
        if is_aux(f, lang) or f in _REFLEXIVE or (f in AFTER_CUE_ADVERBS and j > i) or (
                j == i and clitic_object(toks, j, lang)):
            j += 1  # "a ensuite précisé", "s'interroge", "lui avait dit X"
        elif j > i and aside_at(toks, j, lang):
            j += aside_at(toks, j, lang)  # "a de son côté affirmé X"
        elif f in PRONOUNS.get(lang, frozenset()) and j > i:
            subject = make_attribution(toks, j, text, lang, None, pattern)
            j += 1
        elif j > i and _euphonic_t(toks, j, text):
            j += 1  # "a t-elle ajouté"
        else:
            break
    if j < len(toks) and key(toks[j].text) in _LETTING and any(
            key(t.text) in _LET_KNOW for t in toks[j + 1:j + 10]):
        # "ließ ein Sprecher aus Washington verlauten", "„…?“, wollen die Anwohner wissen": the
        # speech verb closes the clause.
        return make_attribution(toks, j + 1, text, lang, toks[j].text, pattern)
    if j + 2 < len(toks) and key(toks[j].text) in _FINISH and key(
            toks[j + 1].text) in _FINISH_PREPS and is_cue(toks[j + 2].text, lang):
        j += 2  # "a-t-il fini par répondre", "acabó por reconocer": the infinitive is the cue
    elif j + 1 < len(toks) and key(toks[j].text) in _CAUSATIVE and is_cue(toks[j + 1].text, lang):
        j += 1  # "lui a fait remarquer la magistrate": faire + the speech verb's infinitive
    paired = j < len(toks) and paired_cue(toks, j, lang)
    if paired:
        j += 1  # "fait valoir sa directrice X", "ha tagliato corto il ministro": two words
    if j >= len(toks) or not (paired or is_cue(toks[j].text, lang)):
        return None
    if lang not in VERB_SECOND and j == i and toks[j].text.casefold().endswith(_PARTICIPLE_ENDINGS):
        return None  # "« … » évoquant des refus": a participle; what follows is its object
    cue = text[toks[j - 1].start:toks[j].end] if paired else toks[j].text
    k = _after_cue(toks, j + 1, lang)
    k += k == j + 1 and _euphonic_t(toks, k, text)  # "avance t-elle"
    if subject is None and k < len(toks) and key(toks[k].text) == "es" and lang in VERB_SECOND:
        # "heißt es in dem Schreiben", "hieß es aus dem Ministerium": the source follows.
        k += 1
        while k < len(toks) and key(toks[k].text) in DE_ADVERBS:
            k += 1  # "heißt es dazu in …"
        if k < len(toks) and key(toks[k].text) in HEISST_PREPS:
            k += 1
        return make_attribution(toks, k, text, lang, cue, pattern)
    if subject is not None:
        place = _impersonal_place(toks, k, text, subject.mention, cue, pattern)
        return place or Attribution(subject.mention, subject.start, None, None, True, cue,
                                    pattern)
    if k + 1 < len(toks) and key(toks[k].text) in DETERMINERS.get(lang, frozenset()) and toks[
            k + 1].text in OPENING_MARKS:
        k += 1  # "schreibt die „Computerwoche“"
    if k < len(toks) and key(toks[k].text) == "on":
        place = _impersonal_place(toks, k + 1, text, "on", cue, pattern)
        if place is not None:
            return place
    source = make_attribution(toks, k, text, lang, cue, pattern)  # "schrieb „Die Zeit“"
    if key(cue) not in QUOTING:
        return source
    # "zitiert Welt-Online den Minister", "zitiert die „Computerwoche“ Lynch": the medium quotes;
    # the person after it said the words.
    if source is None:
        if k >= len(toks) or "." not in toks[k].text:
            return None
        source, after_source = label_attribution(text, toks[k], toks[k], cue, pattern), k + 1
        # ("zitiert ndr.de Polizeisprecher X": a web address as the medium)
    elif toks[k].text in OPENING_MARKS:
        after_source = next((m + 1 for m in range(k + 2, len(toks))
                             if toks[m].text in CLOSING_MARKS), len(toks))
    else:
        after_source = noun_phrase(toks, k, text, lang)[0]
    return quoted_person(toks, after_source, text, lang, cue, pattern) or source


@cache
def _asides(lang: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of ``lang``'s ``aside_phrases`` table, as their words' keys."""
    return tuple(tuple(key(w) for w in ln.split()) for ln in table(lang, "aside_phrases"))


def aside_at(toks: list[Tok], k: int, lang: str) -> int:
    """How many words an aside of several words at ``toks[k]`` spans (table ``aside_phrases``:
    "de son côté", "pour sa part", "quant à lui"), else 0: it stands around the speech verb of
    an incise as an adverb does and names no one."""
    for phrase in _asides(lang):
        n = len(phrase)
        if k + n <= len(toks) and all(key(toks[k + m].text) == w for m, w in enumerate(phrase)):
            return n
    return 0


def _after_cue(toks: list[Tok], k: int, lang: str) -> int:
    """Where the subject of a verb-first incise starts after the verb at ``toks[k - 1]``: past
    its addressee or medium and its adverbs, in any order ("a expliqué vendredi dernier à l'AFP
    X", "a répondu mardi sur LCI le député", "répondit alors son complice")."""
    while True:
        m = skip_addressee(toks, k, lang)
        while m < len(toks) and (key(toks[m].text) in AFTER_CUE_ADVERBS or key(toks[m].text) ==
                                 "sich" or (key(toks[m].text) in OBJECT_PRONOUNS
                                            and lang in OBJECT_PRONOUN_AFTER_VERB)):
            m += 1  # "so charakterisierte ihn der Funktionär"
        m += aside_at(toks, m, lang)  # "a déclaré pour sa part la maire"
        if m == k:
            return k
        k = m


def _impersonal_place(toks: list[Tok], k: int, text: str, pronoun: str, cue: str,
                      pattern: Pattern) -> Attribution | None:
    """"indique-t-on dans l'entourage du ministre", "explique-t-on au ministère": after an
    impersonal "on", the place named after the verb is the source (up to its comma: the name
    apposed to "ministre" is not the entourage)."""
    if key(pronoun) != "on" or k + 1 >= len(toks) or key(toks[k].text) not in _PLACE_PREPS:
        return None
    end = next((m for m in range(k + 1, min(len(toks), k + 10)) if toks[m].text in PUNCT),
               min(len(toks), k + 10))
    return label_attribution(text, toks[k + 1], toks[end - 1], cue, pattern) if end > k + 1 \
        else None


_PLACE_PREPS = union("place_preps")


def quoted_person(toks: list[Tok], k: int, text: str, lang: str, cue: str, pattern: Pattern
                  ) -> Attribution | None:
    """The person a medium quotes, as the object of ``zitiert`` at ``toks[k]``."""
    if k < len(toks) and candidate(toks, k, text, lang) and key(toks[k].text) not in PRONOUNS.get(
            lang, frozenset()):
        return make_attribution(toks, k, text, lang, cue, pattern)
    return None


def skip_addressee(toks: list[Tok], k: int, lang: str) -> int:
    """Skip "à l'AFP", "au Figaro", "to reporters", "a los periodistas" after a speech verb
    when a speaker follows it ("a expliqué à l'AFP Gilles-Éric Séralini")."""
    if k < len(toks) and key(toks[k].text) in _MEDIUM_PREPS:
        return _after_medium(toks, k, lang)
    word = key(toks[k].text) if k < len(toks) else ""
    elided = word.startswith(_ELIDED_ADDRESSEE_PREPS) and word not in _ELIDED_ADDRESSEE_PREPS
    # (a setting - "ha spiegato in conferenza stampa il procuratore X" - is skipped like one)
    setting = word in table_words(lang, "setting_preps")
    if not elided and (k >= len(toks) or not (word in _ADDRESSEE_PREPS or setting)
                       or _speaker_head(toks, k, lang)):
        return k  # ("disse a magistrada": an article, not the preposition)
    m = k + 1
    opens = not elided and k + 1 < len(toks) and key(toks[k + 1].text) in DETERMINERS.get(
        lang, frozenset())
    while m < len(toks) and m - k <= 3 and toks[m].text not in PUNCT and not (
            m > k + 1 and (name_at(toks, m, lang) - m >= 2 or (
                _speaker_head(toks, m, lang) and not (opens and m == k + 2)))):
        m += 1  # (after "a los", a role noun is the addressee's: "dijo a los periodistas")
    if setting and m > k + 2 and key(toks[m - 1].text) in _ADDRESSEE_PREPS:
        # "afirmou em entrevista à Agência Brasil": the medium told, not the author; a
        # speaker may follow it ("disse em entrevista à Lusa o ministro")
        after = skip_addressee(toks, m - 1, lang)
        return after if after > m - 1 else k
    said_in = [n for n in range(k + 1, min(m + 1, len(toks))) if key(toks[n].text) in SPEECH_NOUNS]
    if setting and said_in and not (said_in[-1] < m < len(toks) and (
            _speaker_head(toks, m, lang) or name_at(toks, m, lang) - m >= 2)):
        return k  # "señalaron en un comunicado conjunto": the statement, not its author
        # (unless its author follows it: "a déclaré dans un communiqué la maire")
    if m < len(toks) and m > k + 1 and _speaker_head(toks, m, lang):
        return m  # "disse à Lusa o ministro", "garantiu ao DN fonte do gabinete"
    if m < len(toks) and name_at(toks, m, lang) - m >= 2:
        if toks[m].text.isupper() and name_at(toks, m + 1, lang) - (m + 1) >= 1:
            m += 1  # "à l'AFP Jean-Philippe Magnen": the acronym is the addressee
        return m
    return k


def _after_medium(toks: list[Tok], k: int, lang: str) -> int:
    """Where the subject starts after "sur"/"su" and a medium at ``toks[k]`` ("sur Twitter Ian
    Brossat", "sur France Bleu Lorraine la syndicaliste X", "sur Europe 1 vendredi matin le
    député"), else ``k``."""
    run = k + 1  # the medium's capitalised words (and "1", "#hashtag")
    while run < len(toks) and run - k <= 6 and (toks[run].cap or toks[run].text[:1].isdigit()
                                                or toks[run].text.startswith("#")):
        run += 1
    dets = DETERMINERS.get(lang, frozenset())

    def role_at(n: int) -> bool:
        return key(toks[n].text) in dets and n + 1 < len(toks) and is_role(toks[n + 1].text, lang)

    if run < len(toks) and role_at(run):
        return run  # "sur France Bleu Lorraine la syndicaliste X"
    for n in range(k + 2, run - 1):
        if name_at(toks, n, lang) == run:
            return n  # a name closes the run: "sur Twitter Ian Brossat"
    for n in range(run, min(len(toks), run + 5)):
        if toks[n].text in PUNCT:
            break
        if name_at(toks, n, lang) - n >= 2 or role_at(n):
            return n  # "sur Europe 1 vendredi matin le député"
    return k


def _speaker_head(toks: list[Tok], m: int, lang: str) -> bool:
    """Where the addressee may come before the subject (:data:`ADDRESSEE_BEFORE_SUBJECT`), a
    role or source noun, or an article before one, starts the speaker at ``toks[m]``."""
    if lang not in ADDRESSEE_BEFORE_SUBJECT:
        return False
    if key(toks[m].text) in DETERMINERS.get(lang, frozenset()) and m + 1 < len(toks):
        m += 1
    return not toks[m].cap and (is_own_role(toks[m].text, lang)
                                or is_source_head(toks[m].text, lang))


def _np_first(toks: list[Tok], i: int, text: str, lang: str, pattern: Pattern
              ) -> Attribution | None:
    """``X said``, ``she said``, ``Vladimir Poutine a déclaré``, ``Hugh Hill, a doctor, said``."""
    if i >= len(toks) or not (candidate(toks, i, text, lang) or _person_noun(toks, i, lang)):
        return None  # "cette option sera analysée" is not "X said"
    found = make_attribution(toks, i, text, lang, None, pattern)
    if found is None:
        return None
    end, _, _ = noun_phrase(toks, i, text, lang)
    if end + 2 < len(toks) and toks[end].text == "," and toks[end + 1].text.isdigit() and toks[
            end + 2].text == ",":
        end += 3  # "Josh Hatfield, 27, told the Post": the age set off by commas
    k = end
    while k < len(toks) and k - end < 3 and (
        key(toks[k].text) in AUXILIARIES or key(toks[k].text) in _REFLEXIVE
        or key(toks[k].text) in _SUBJECT_ADVERBS
    ):
        k += 1
    if k < len(toks) and is_cue(toks[k].text, lang):
        return Attribution(found.mention, found.start, found.name, found.role, found.pronoun,
                           toks[k].text, pattern)
    return None


def _person_noun(toks: list[Tok], i: int, lang: str) -> bool:
    """A determiner and a person noun open the incise ("…,' the woman told the court"): an
    unnamed person the text described speaks as a role noun does, where the language's traits
    say so (person_noun_speakers). Only in an incise: elsewhere such a phrase is as often the
    object ("she heard the girl cry")."""
    return lang in PERSON_NOUN_SPEAKERS and i + 1 < len(toks) and key(
        toks[i].text) in DETERMINERS.get(lang, frozenset()) and fold(
        toks[i + 1].text) in folded("person_nouns", lang)


def _finished(text: str, close_at: int) -> bool:
    """The quote ends a sentence (full stop, question or exclamation mark) inside its marks."""
    j = close_at - 1
    while j > 0 and text[j] in " \u00a0\u202f":
        j -= 1
    return j >= 0 and text[j] in ".?!…"


@dataclass
class AfterQuote:
    """The clause right after a closing mark at ``close_at``, as the incise rules read it."""

    text: str
    lang: str
    open_at: int  # the quote's opening mark (its rules read the text before it from there)
    close_at: int
    limit: int
    end: int  # where the clause after the quote ends
    toks: list[Tok]
    lead_end: int  # where the article's second block starts (:func:`second_block`)

    @cached_property
    def first(self) -> int:
        """The first word of the incise, past a comma or a dash (not ";": a semicolon starts a
        new clause, not an incise)."""
        i = 0
        while i < len(self.toks) and self.toks[i].text in ",—–-":
            i += 1
        return i

    @property
    def finished(self) -> bool:
        """The quote ends a sentence inside its marks."""
        return _finished(self.text, self.close_at)

    @property
    def inside(self) -> bool:
        """„… .“ Das …: a finished quote, then a demonstrative that refers back to it."""
        return bool(self.toks) and self.finished and key(self.toks[0].text) in _THAT


def after(text: str, open_at: int, close_at: int, limit: int, lang: str, lead_end: int
          ) -> Attribution | None:
    """The incise right after the quote whose marks stand at ``open_at`` and ``close_at``: the
    first rule of :data:`INCISE` that decides. ``lead_end``: :func:`second_block` of ``text``."""
    end = clause_end(text, close_at + 1, limit)
    if end < limit and text[end] in "„“«\"":
        # A short name in marks goes on with the incise: ", schreibt die „Computerwoche“."
        shut = next((j for j in range(end + 2, min(limit, end + 40)) if text[j] in "“”»«\""),
                    -1)
        if shut > 0 and not any(c in ".!?,;:" for c in text[end:shut]):
            end = clause_end(text, shut + 1, limit)
    ctx = AfterQuote(text, lang, open_at, close_at, limit, end,
                     tokenize(text, close_at + 1, end), lead_end)
    return INCISE.first_match(ctx, lang)


INCISE: RuleTable[AfterQuote] = RuleTable("incise")


@INCISE.rule("next-sentence", "„…“. Das erklärte General X / Das musste X einräumen: the next "
             "sentence names the speaker", only={"de"})
def _next_sentence(c: AfterQuote) -> Outcome:
    toks, text, lang = c.toks, c.text, c.lang
    if toks and toks[0].text != "." and not c.inside:
        return None
    nxt = toks if c.inside else tokenize(text, c.end + 1, clause_end(text, c.end + 1, c.limit))
    if len(nxt) > 2 and key(nxt[0].text) in _THAT:
        found = _verb_first(nxt, 1, text, lang, "incise")
        if found is None and key(nxt[1].text) in AUXILIARIES | MODALS and any(
                is_cue(t.text, lang) for t in nxt[3:]):
            # „…“. Das musste der Minister einräumen: the verb closes the clause.
            cue = next(t.text for t in nxt[3:] if is_cue(t.text, lang))
            found = make_attribution(nxt, 2, text, lang, cue, "incise")
        if found is not None or not c.inside:
            return found or STOP  # (inside: „…“ so das Fazit der X is a source incise, below)
    return None


@INCISE.rule("resumptive-pronoun", "«…». Lo ha annunciato la ministra X / «…». Así lo ha "
             "explicado X: the next sentence opens on a pronoun that takes the quote up, then "
             "the speech verb and its subject", only={"es", "it"})
def _resumptive_pronoun(c: AfterQuote) -> Outcome:
    toks, text = c.toks, c.text
    if not toks and c.end < c.limit and text[c.end] == ".":
        nxt = tokenize(text, c.end + 1, clause_end(text, c.end + 1, c.limit))
    elif toks and c.finished and toks[0].cap:
        nxt = toks  # "«… .» Lo ha detto X"
    else:
        return None
    openers = table(c.lang, "resumptive_pronouns")  # (whole lines: "así lo" is two words)
    for n in (2, 1):  # "así lo", "lo"
        if len(nxt) > n and " ".join(key(t.text) for t in nxt[:n]) in openers:
            # (no verb after it: "Lo stadio era pieno" is an article and a noun; leave the
            # quote to the later rules)
            return _verb_first(nxt, n, text, c.lang, "incise")
    return None


@INCISE.rule("lead-next-subject", "«…». La commessa … non ha avuto esitazioni / «…». Davanti "
             "ai giudici, il perito …, ha ripercorso … / « … ». Invité de la radio, X a "
             "estimé …: the article's first quote opens its first paragraph, then the next "
             "sentence's subject (a person, a role) speaks, where news copy opens on quotes "
             "(trait quote_lede); a quote alone as the first paragraph (« … ». ¶ Le patron du "
             "syndicat, X, a indiqué …): the next paragraph's subject, before a speech verb",
             only=QUOTE_LEDE)
def _lead_next_subject(c: AfterQuote) -> Outcome:
    text = c.text
    if c.toks or c.end >= c.limit or text[c.end] != "." or not _opens_lead(
            text, c.open_at, c.lead_end) or not _first_in_body(text, c.open_at):
        return None  # (the article's first quote only: one after a quote reads on from it)
    start, limit = c.end + 1, c.limit
    alone = not text[start:limit].strip()
    if alone:
        # the quote stands alone as the first paragraph ("« … ».\n\nLe patron du syndicat, X,
        # a indiqué …"): the next paragraph's first sentence, if it reports speech
        para = _NON_SPACE.search(text, limit, limit + 3)
        start = para.start() if para else limit
        limit = text.find("\n", start) % (len(text) + 1)
    stop = text.find(".", start, limit)
    nxt = tokenize(text, start, stop if stop > 0 else limit)
    for i in range(len(nxt)):
        if (i == 0 or nxt[i - 1].text == ",") and candidate(nxt, i, text, c.lang) and key(
                nxt[i].text) not in PRONOUNS.get(c.lang, frozenset()):
            end = noun_phrase(nxt, i, text, c.lang)[0]
            if end > i and end < len(nxt) and (_verb_follows(nxt, end, c.lang) or (
                    nxt[end].text == "," and any(nxt[k - 1].text == "," and _verb_follows(
                        nxt, k, c.lang) for k in range(end + 1, len(nxt))))):
                # (its verb right after it, or after an apposition set off by commas: "il
                # perito della procura, l'ingegnere X, ha ripercorso"); a paragraph of its own
                # before: a speech verb soon after the subject ("…, X a indiqué lundi que")
                if alone and not any(is_cue(t.text, c.lang) for t in nxt[end:end + 6]):
                    continue
                found = make_attribution(nxt, i, text, c.lang, None, "incise")
                head = found.role.split()[0] if found and found.role and not found.name else ""
                if head and is_source_head(head, c.lang) and not is_own_role(head, c.lang):
                    return None  # a body acts ("Il tribunale ha ricevuto …"): no one speaks
                return found
        if nxt[i].text == "," or (i == 0 and key(nxt[i].text) in _OBJECT_PREPS):
            continue  # a front phrase ("Davanti ai giudici del tribunale,") before the subject
    return None


_OBJECT_PREPS = union("object_preps")


def _first_in_body(text: str, open_at: int) -> bool:
    """No quote opens before ``open_at`` in the article's body: lines before it that end with
    no full stop (a title, a standfirst: "Tari, il sindaco difende gli aumenti: «…»") may
    hold one. Called once per quote of the lead only (:func:`_opens_lead` first)."""
    start = text.rfind("\n", 0, open_at) + 1
    if any(m in text[start:open_at] for m in "«“\"„"):
        return False
    return not any(line.rstrip().endswith(".") and any(m in line for m in "«“\"„")
                   for line in text[:start].splitlines())


def _verb_follows(toks: list[Tok], k: int, lang: str) -> bool:
    """The verb group opens at ``toks[k]``, right after the subject ("non ha avuto", "ha
    ripercorso", "recorrió"): a lower-case word that is no article, link or preposition."""
    if k >= len(toks) or not toks[k].text.isalpha() or not toks[k].text.islower():
        return False
    w = key(toks[k].text)
    # (an auxiliary of the language is a verb even where another language has the word as a
    # preposition: French "a décrit", Italian "a")
    return is_aux(w, lang) or w not in DETERMINERS.get(lang, frozenset()) | np_links(
        lang) | _OBJECT_PREPS


_DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý .'’]*\s*[–—-]\s*")
_HEAD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ .'’–—-") | frozenset(
    map(chr, range(ord("À"), ord("Ý") + 1)))  # every character _DATELINE may match
_DATELINE_REACH = 80  # the longest blank or dateline head before a lead's opening mark


def _opens_lead(text: str, open_at: int, lead_end: int) -> bool:
    """The quote opening at ``open_at`` opens the article's first body paragraph (after a
    title line and a dateline at most: "MILANO – «…»"); ``lead_end``: :func:`second_block`."""
    j, floor = open_at - 1, max(-1, open_at - _DATELINE_REACH)
    while j > floor and text[j] != "\n" and (text[j] in _HEAD_CHARS or text[j].isspace()):
        j -= 1  # (back to the line's start over what a dateline may hold, no further: bounded)
    if j >= 0 and text[j] != "\n":
        return False  # a word before the mark on its line, or more than a dateline
    start = j + 1
    head = text[start:open_at]
    if head.strip() and not _DATELINE.fullmatch(head):
        return False
    return start <= lead_end  # (no blank line between the article's first words and the line)


_NON_SPACE = re.compile(r"\S")


def second_block(text: str) -> int:
    """Where the article's second block starts: the first character after the first blank line
    that follows its first words (``len(text)`` when there is none). Computed once per article:
    reading the text before each quote again would make a long article cost its square."""
    first = _NON_SPACE.search(text)
    blank = text.find("\n\n", first.start()) if first else -1
    nxt = _NON_SPACE.search(text, blank + 2) if blank >= 0 else None
    return nxt.start() if nxt else len(text)


def hearsay(toks: list[Tok], lang: str, start: int, reach: int) -> Attribution | None:
    """An article and a hearsay noun (``la phrase``, ``una frase``, ``la domanda``) among the
    first ``reach`` words of ``toks``, with no owner after it (not ``la phrase du ministre``):
    the quoted words are no one's. Returns the empty attribution that names no speaker."""
    nouns = table_words(lang, "hearsay_nouns")
    for n in range(1, min(len(toks), reach)):
        if key(toks[n].text) in nouns and key(toks[n - 1].text) in _HEARSAY_DETS and not (
                n + 1 < len(toks) and key(toks[n + 1].text) in _OWNER_LINKS):
            return Attribution("", start, None, None, False, None, "source")
    return None


_HEARSAY_DETS = union("hearsay_dets")
_OWNER_LINKS = union("owner_links")


@INCISE.rule("empty", "nothing but punctuation after the quote: no incise")
def _empty(c: AfterQuote) -> Outcome:
    return STOP if c.first >= len(c.toks) else None


@INCISE.rule("hearsay", "« … » La phrase revenait dans toutes les conversations / «…» È la "
             "domanda che si sentiva ripetere: the next sentence presents the quote as words "
             "going round, no one's", only={"fr", "es", "it"})
def _hearsay(c: AfterQuote) -> Outcome:
    if c.first != 0 or not c.finished or not c.toks or not c.toks[0].cap:
        return None
    return hearsay(c.toks, c.lang, c.close_at, 5)


@INCISE.rule("inverted-pronoun", "« … » avait-il lancé: a verb and its pronoun joined by a "
             "hyphen", only={"fr"})
def _inverted_pronoun(c: AfterQuote) -> Outcome:
    if c.first == 0 and _inverted(c.toks, c.text):
        return _verb_first(c.toks, 0, c.text, c.lang, "incise") or STOP
    return None


@INCISE.rule("after-sentence", "„… etabliert.“ erklärte die Ministerin: after a finished quote "
             "only a lower-case verb goes on (a capital opens a new sentence: „… .“ Er forderte)")
def _after_sentence(c: AfterQuote) -> Outcome:
    if c.first != 0 or not c.finished or key(c.toks[0].text) == "so":
        return None
    if c.toks[0].text[:1].islower():
        return _verb_first(c.toks, 0, c.text, c.lang, "incise") or STOP
    return STOP


@INCISE.rule("passive-agent", "qualifié de « … » par X, giudicato «…» da X, calificado de «…» "
             "por X, was described as \"…\" by X: the agent of a speech verb's participle "
             "before the quote", only={"fr", "es", "it", "en"})
def _passive_agent(c: AfterQuote) -> Outcome:
    toks, preps = c.toks, table_words(c.lang, "agent_preps")
    if c.first != 0 or not toks:
        return None
    first = key(toks[0].text)
    elided = next((len(p) for p in preps if p.endswith("'") and first.startswith(p)
                   and len(first) > len(p)), 0)  # "dall'opposizione": one token
    if not elided and (len(toks) < 2 or first not in preps):
        return None
    open_at = _opened_at(c.text, c.close_at)
    before = tokenize(c.text, max(0, open_at - 60), open_at) if open_at >= 0 else []
    while before and key(before[-1].text) in _AS_WORDS:
        before.pop()  # "qualifié de", "definito come"
    if not before or not before[-1].text.casefold().endswith(_PAST_PARTICIPLES) or not is_cue(
            before[-1].text, c.lang):
        return None
    cue = before[-1].text
    if elided:  # the agent is the noun the article was elided onto
        start = toks[0].start + elided
        return Attribution(c.text[start:toks[0].end], start, None, None, False, cue, "source")
    return make_attribution(toks, 1, c.text, c.lang, cue, "source")


def _opened_at(text: str, close_at: int) -> int:
    """Where the quote closed at ``close_at`` opened, within 400 characters: the last opening
    mark before it; for a single mark ('…' or ‘…’), the last one that opens a word after a
    space, since the same character is an apostrophe inside words (can't, Pettifer's)."""
    lo = max(0, close_at - 400)
    if text[close_at] not in "'’":
        return max((text.rfind(m, lo, close_at) for m in OPENING_MARKS), default=-1)
    for j in range(close_at - 1, lo - 1, -1):
        if text[j] in "'‘" and (j == 0 or text[j - 1].isspace()):
            return j
    return -1


_AS_WORDS = union("as_links")
_PAST_PARTICIPLES = ("é", "ée", "és", "ées", "it", "ite", "ado", "ada", "ados", "adas", "ido",
                     "ida", "idos", "idas", "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite",
                     "ed")


@INCISE.rule("without-comma", "« … » a déclaré X: French, Spanish and Italian incises may drop "
             "their comma; any other word goes on with the sentence (le « partenariat » qu'ils "
             "ont scellé) unless its clause ends in an incise (… d'ici 2025, a-t-il ajouté)",
             only={"fr", "es", "it", "pt"})
def _without_comma(c: AfterQuote) -> Outcome:
    dash = c.text[c.close_at] in "—–"  # a dialogue line: "—Está todo listo —dijo el entrenador."
    if c.first != 0 or dash or key(c.toks[0].text) in _AFTER_PREPS:
        return None
    return _verb_first(c.toks, 0, c.text, c.lang, "incise") or _late_incise(
        c.toks, c.text, c.lang) or STOP


@INCISE.rule("source-word", "so der Bürgermeister, selon elle, según X: a source word opens "
             "the incise (so charakterisierte ihn der X: a verb-first incise)")
def _source_word(c: AfterQuote) -> Outcome:
    toks, i = c.toks, c.first
    p = source_prep(toks, i, c.lang)
    if p > 0 and key(toks[i].text) not in AMBIGUOUS_PREPS:
        # (when neither names anyone, only a late incise may: "so …, sagte X")
        return make_attribution(toks, p, c.text, c.lang, None, "source") or _verb_first(
            toks, p, c.text, c.lang, "incise") or stamp(_late(c), "incise.late") or STOP
    return None


@INCISE.rule("impersonal-se", "«…», lê-se no comunicado da X / «…», pode ler-se na nota: an "
             "impersonal speech verb after the quote names the text it names (else no one)",
             only={"pt"})
def _impersonal_se(c: AfterQuote) -> Outcome:
    toks = c.toks[c.first:]
    k = 1 if len(toks) > 1 and key(toks[0].text) in table_words(c.lang, "impersonal_modals") else 0
    if len(toks) <= k or key(toks[k].text) not in table_words(c.lang, "impersonal"):
        return None
    return impersonal(toks[k:], c.text, c.lang)


@INCISE.rule("verb-first", "a déclaré X, a-t-il ajouté, said X, sagte er, dijo X")
def _verb_first_rule(c: AfterQuote) -> Outcome:
    return _verb_first(c.toks, c.first, c.text, c.lang, "incise")


@INCISE.rule("plural-null-subject", "«…», explicaron. / «…», hanno spiegato in una nota: a "
             "plural speech verb with no subject; the speaker is the plural subject of a "
             "sentence just before (Asaja y COAG advirtieron …, I sindacati hanno chiesto …)",
             only={"es", "it"})
def _plural_null_subject(c: AfterQuote) -> Outcome:
    toks, i, lang = c.toks, c.first, c.lang
    endings = table(lang, "plural_verb_endings")
    j = i + 1 if i + 1 < len(toks) and is_aux(key(toks[i].text), lang) else i
    if j >= len(toks) or not is_cue(toks[j].text, lang) or not key(toks[i].text).endswith(
            endings):
        return None
    for k in range(j + 1, len(toks)):
        if toks[k].text in ".;!?":
            break
        if toks[k].cap and key(toks[k - 1].text) not in _ADDRESSEE_PREPS:
            return None  # a name after the verb is its subject ("explicaron Ana y Luis")
    return _plural_subject_before(c.text, c.open_at, lang, toks[j].text, endings)


_PLURAL_DETS = union("plural_dets")
_PLURAL_REACH = 600  # characters back to the sentence whose subject a plural verb takes up


def _plural_subject_before(text: str, open_at: int, lang: str, cue: str,
                           endings: tuple[str, ...]) -> Attribution | None:
    """The nearest sentence before the quote opening at ``open_at`` (in its paragraph or the
    one before) that opens on a plural subject - names joined by a conjunction or a plural
    article ("Asaja y COAG", "Los sindicatos UGT y CCOO", "I medici") - with a plural verb after
    it."""
    lo = max(0, open_at - _PLURAL_REACH)  # (a blank line before it changes nothing: bounded)
    para = text.rfind("\n\n", lo, max(0, open_at))
    start = max(0, text.rfind("\n\n", lo, para) if para > 0 else 0, lo)
    toks = tokenize(text, start, max(start, open_at))
    stops = [n + 1 for n, t in enumerate(toks) if t.text in ".!?"]
    for a in reversed([0, *stops]):
        b = next((n for n in stops if n > a), len(toks))
        first = first_candidate(toks, a, min(b, a + 3), text, lang)
        noun = first < 0 and a + 1 < b and key(toks[a].text) in _PLURAL_DETS and toks[
            a + 1].text.isalpha() and toks[a + 1].text.islower()
        if noun:
            first = a  # "I genitori della 3B hanno firmato …": a plural noun, no role
        if first < 0:
            continue
        end, name, _ = noun_phrase(toks, first, text, lang)
        plural = key(toks[first].text) in _PLURAL_DETS or (name is not None and is_group(name))
        if plural and end > first and any(key(t.text).endswith(endings) and (is_cue(
                t.text, lang) or is_aux(key(t.text), lang)) for t in toks[end:b]):
            if noun:  # (kept as written: no name inside it is the speaker)
                return label_attribution(text, toks[first], toks[end - 1], cue, "incise")
            return make_attribution(toks, first, text, lang, cue, "incise")
    return None


@INCISE.rule("null-subject", "« … », acrescentou. / — sublinhou.: a speech verb with no "
             "subject where the language drops it; the speaker is whom the text is about",
             only=NULL_SUBJECT)
def _null_subject(c: AfterQuote) -> Outcome:
    toks, i = c.toks, c.first
    if i >= len(toks) or not is_cue(toks[i].text, c.lang):
        return None
    k = i + 1
    while k < len(toks) and key(toks[k].text) in AFTER_CUE_ADVERBS:
        k += 1  # "acrescentou ainda."
    if k < len(toks) and key(toks[k].text) in _ADDRESSEE_PREPS:
        # "dijo a los periodistas a la salida.": whom it was said to, and no name up to the stop
        while k < len(toks) and toks[k].text not in ".,;—–!?" and not toks[k].cap:
            k += 1
        if c.lang in MEDIUM_ENDS_INCISE:
            k = _medium_to_stop(toks, k)
    if k < len(toks) and toks[k].text not in ".,;—–!?":
        return None
    # A pronoun without gender: resolved as "ele"/"ela" would be, agreeing with anyone.
    return Attribution("", toks[i].start, None, None, True, toks[i].text, "incise")


def _medium_to_stop(toks: list[Tok], k: int) -> int:
    """After a preposition of address, the medium told ("declarou ao PÚBLICO.", "contou à
    Lusa.", "afirmou ao Estadão."): a capitalised name of up to three words that ends the
    incise; the index after it, or ``k`` when the incise goes on (a subject: "disse à Lusa o
    ministro")."""
    m = k
    while m < len(toks) and m - k < 3 and toks[m].cap:
        m += 1
    return m if m > k and (m == len(toks) or toks[m].text in ".;—–!?") else k


@INCISE.rule("subject-first", "X said, she said, Hugh Hill, a doctor, said (German puts the verb "
             "first: „…“, X bezeichnete … is a main clause of its own)", skip={"de"})
def _subject_first(c: AfterQuote) -> Outcome:
    return _np_first(c.toks, c.first, c.text, c.lang, "incise")


@INCISE.rule("descriptor-name-first", "“…,” forward Pedro told reporters / national security "
             "expert Manny Gomez told WABC: lower-case descriptors, then a name and its verb",
             only=DESCRIPTOR_BEFORE_NAME)
def _descriptor_name_first(c: AfterQuote) -> Outcome:
    toks, i = c.toks, c.first
    k = i
    while k < len(toks) and k - i < 4 and toks[k].text.isalpha() and not toks[k].cap and not (
            is_cue(toks[k].text, c.lang) or key(toks[k].text) in NP_STOP | AUXILIARIES):
        k += 1
    if k == i or name_at(toks, k, c.lang) <= k:
        return None
    return _np_first(toks, k, c.text, c.lang, "incise")


@INCISE.rule("perfect", "„…“, hatte VW-Chef Winterkorn in einem Interview erklärt",
             only={"de"})
def _perfect(c: AfterQuote) -> Outcome:
    return _aux_np_participle(c.toks, c.first, c.text, c.lang)


@INCISE.rule("late", "„…“ über das Geschehen, sagte die Königin: an incise after the clause "
             "that goes on; after a comma, only one that names a person (« … », y compris le "
             "montant …, commente Song Myung-Sup)")
def _late(c: AfterQuote) -> Attribution | None:
    toks = c.toks
    if c.lang in VERB_SECOND and len(toks) > 1 and toks[1].text == "," and not toks[0].cap and (
            is_cue(toks[0].text, c.lang)):
        # "Während X den Plan „…“ nannte, sprach Y …": the verb that closes the quote's own
        # clause; the main clause after the comma is another speaker's
        return None
    late = _late_incise(toks, c.text, c.lang)
    return late if c.first == 0 or (late is not None and late.name) else None


_PARTICIPLE_ENDINGS = ("ant", "ing", "ando", "endo")
_THAT_WORDS = union("that_words")


def participle_lead(toks: list[Tok], text: str, close_at: int, lang: str) -> Attribution | None:
    """"Estimant que « … », il vota contre": a speech verb's present participle opens the
    sentence (``toks`` is the lead-in), so its subject is the main clause's, after the quote."""
    if not toks or len(toks) > 2 or lang in VERB_SECOND or close_at < 0:
        return None
    if not toks[0].text.casefold().endswith(_PARTICIPLE_ENDINGS) or not is_cue(toks[0].text, lang):
        return None
    if len(toks) == 2 and key(toks[1].text) not in _THAT_WORDS:
        return None
    after_quote = tokenize(text, close_at + 1, clause_end(text, close_at + 1, len(text)))
    if len(after_quote) < 2 or after_quote[0].text != ",":
        return None
    return make_attribution(after_quote, 1, text, lang, toks[0].text, "subject")


# "finir par", "acabar por", "finire per" + a speech verb: the speech verb is the cue.
_FINISH = union("finish_verbs")
_FINISH_PREPS = union("finish_preps")  # "finir par", "acabar por", "finire per"
_CAUSATIVE = union("causatives")
_LET_KNOW = union("let_know")
_LETTING = folded("let_verbs", accents=True) | folded("asking_modals", accents=True)
_THAT = union("that_pronouns")


def _euphonic_t(toks: list[Tok], k: int, text: str) -> bool:
    """``toks[k]`` is the euphonic t of an inverted verb written apart from the verb ("a
    t-elle ajouté", "avance t-il" for "a-t-elle", "avance-t-il"): a lone "t" joined by a hyphen
    to the subject pronoun after it."""
    return k + 1 < len(toks) and toks[k].text == "t" and text[
        toks[k].end:toks[k + 1].start] == "-" and key(toks[k + 1].text) in PRONOUNS["fr"]


def _inverted(toks: list[Tok], text: str) -> bool:
    """``avait-il``, ``ajoute-t-elle``: a verb and its subject pronoun joined by a hyphen."""
    for k in range(min(3, len(toks) - 1)):
        gap = text[toks[k].end:toks[k + 1].start]
        if gap in ("-", "-t-") and key(toks[k + 1].text) in PRONOUNS["fr"]:
            return True
    return False


def _late_incise(toks: list[Tok], text: str, lang: str) -> Attribution | None:
    """An incise after a comma of the clause that goes on after a quoted fragment ("„…“ über
    das Geschehen, sagte die Königin, …")."""
    stop = next((c for c, t in enumerate(toks) if t.text in ";:"), len(toks))
    # (a semicolon or a colon opens another clause: "« … » ; il est bon de rappeler que,
    # d'après le droit international, …")
    for k in (c + 1 for c, t in enumerate(toks[:stop]) if t.text == "," and c + 1 < stop):
        if key(toks[k].text) in ADDRESSEE_VERBS:
            # "« … », Karl Berg, an officer from Lund, Sweden, told the Daily Record": the one
            # told is never the speaker; the incise opened on its subject, the apposition between
            return make_attribution(toks, 0, text, lang, toks[k].text, "incise") if candidate(
                toks, 0, text, lang) else None
        p = source_prep(toks, k, lang)
        if p > 0 and key(toks[k].text) not in AMBIGUOUS_PREPS:
            return make_attribution(toks, p, text, lang, None, "source")
        found = _verb_first(toks, k, text, lang, "incise")
        if found is not None:
            return found
    return None


def _aux_np_participle(toks: list[Tok], i: int, text: str, lang: str) -> Attribution | None:
    """German perfect incise: „…“, hatte VW-Chef Winterkorn in einem Interview erklärt."""
    if lang not in VERB_SECOND or i >= len(toks) or key(toks[i].text) not in AUXILIARIES:
        return None
    if i + 1 >= len(toks) or not candidate(toks, i + 1, text, lang):
        return None
    end, _, _ = noun_phrase(toks, i + 1, text, lang)
    for k in range(end, min(len(toks), end + 8)):
        if toks[k].text in ",.;:":
            break
        if is_cue(toks[k].text, lang):
            return make_attribution(toks, i + 1, text, lang, toks[k].text, "incise")
    return None


_DASHES = frozenset("—–")
_DASHED_REACH = 12  # words an incise between dashes may hold


def _dashed(toks: list[Tok], i: int, text: str, lang: str, end: int
            ) -> tuple[int, int, Attribution] | None:
    """«A —añadió— B», «A —explicó en la radio—. B», « A – ha detto X – B »: an incise
    between two dashes inside the marks, verb first, with or without its subject (in a
    language that drops it, the speaker is whom the text is about)."""
    close = next((k for k in range(i + 2, min(len(toks), i + 2 + _DASHED_REACH))
                  if toks[k].text in _DASHES), None)
    if close is None:
        return None
    att = stamp(_verb_first(toks[:close], i + 1, text, lang, "inner"), "inner.verb-first")
    if att is None and lang in NULL_SUBJECT:
        j = i + 1
        while j < close and is_aux(key(toks[j].text), lang):
            j += 1  # "—ha lamentado—"
        if j < close and is_cue(toks[j].text, lang):
            att = stamp(Attribution("", toks[j].start, None, None, True, toks[j].text,
                                    "inner"), "inner.dashed-null-subject")
    if att is None:
        return None
    k = close + 1
    while k < len(toks) and toks[k].text in ".,":
        k += 1  # "—ha lamentado—. Treinta años …"
    resume = toks[k].start if k < len(toks) else end
    return toks[i].start, resume, att


def _after_question(toks: list[Tok], i: int, text: str, lang: str, end: int
                    ) -> tuple[int, int, Attribution] | None:
    """« Vous venez ? demande-t-il. », "— Pourquoi ? insiste la présidente.": a verb-first
    incise in lower case right after a question or an exclamation inside the marks; the quote
    keeps its mark and goes on after the incise's full stop, if a new sentence follows."""
    if toks[i + 1].cap:
        return None
    att = stamp(_verb_first(toks, i + 1, text, lang, "inner"), "inner.verb-first")
    if att is None:
        return None
    k = i + 1
    while k < len(toks) and toks[k].text not in ",.;:!?" and k - i < 12:
        k += 1
    if k < len(toks) - 1 and not (toks[k].text == "." and toks[k + 1].cap):
        return None  # the incise must close the quote or its sentence
    resume = toks[k].end if k < len(toks) - 1 else end
    while resume < end and text[resume].isspace():
        resume += 1
    return toks[i].end, resume, att


def inner(text: str, start: int, end: int, lang: str) -> tuple[int, int, Attribution] | None:
    """An incise inside one pair of marks: (cut, resume, attribution) where the quote is
    ``[start, cut)`` + ``[resume, end)``; ``resume == end`` for a trailing ``…, dit-il.``"""
    toks = tokenize(text, start, end)
    for i, t in enumerate(toks):
        if t.text in _DASHES and 0 < i and i + 2 < len(toks):
            found = _dashed(toks, i, text, lang, end)
            if found is not None:
                return found
        if t.text in "?!" and lang in INCISE_AFTER_QUESTION and 0 < i and i + 1 < len(toks):
            found = _after_question(toks, i, text, lang, end)
            if found is not None:
                return found
        if t.text != "," or i + 2 >= len(toks):
            continue
        att = stamp(_verb_first(toks, i + 1, text, lang, "inner"), "inner.verb-first")
        if att is None and lang in INNER_SUBJECT_FIRST:
            att = stamp(_np_first(toks, i + 1, text, lang, "inner"), "inner.subject-first")
        if att is not None and key(att.mention) in _SELF:
            continue  # "…, sehen wir uns wieder": the speaker's own clause, not an incise
        if att is None or (lang in VERB_SECOND and not any(
                t.start == att.start and candidate(toks, n, text, lang)
                for n, t in enumerate(toks))):
            continue  # (German: "…, stellt ein Friedensrisiko dar" is the quote's own clause)
        # The incise must end at the next comma, at the end of the quote, or at a full stop
        # after which the quote goes on with a new sentence (« A, a-t-il affirmé. B »).
        k = i + 1
        while k < len(toks) and toks[k].text not in ",.;:!?" and k - i < 12:
            k += 1
        if k < len(toks) and toks[k].text in "?!":
            continue  # "Presidente, conferma il rinnovo?": a question goes on, no incise
        if k >= len(toks) or toks[k].text == "," or k == len(toks) - 1 or (
                toks[k].text == "." and toks[k + 1].cap and att.cue is not None):
            resume = toks[k].end if k < len(toks) else end
            while resume < end and text[resume].isspace():
                resume += 1
            return t.start, resume if k < len(toks) - 1 else end, att
    return None
