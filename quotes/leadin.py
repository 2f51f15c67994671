"""Attribution from the clause that leads into a quote.

``X a déclaré : « … »``, ``Pour X, « … »``, ``Selon X, …``, ``…, précise l'ambassadeur, Bernard
Bajolet : « … »``, German V2 order (``Gegenüber dem Tagesspiegel sagte der Linkspolitiker:``),
and the subject of a speech verb whose complement holds quoted words (fragments).
"""

from __future__ import annotations

from newsbrief.quotes.context import (
    WINDOW,
    clause_end,
    infinitive,
    initial,
    speech_verb,
    speech_words,
)
from newsbrief.quotes.lexicon import (
    AMBIGUOUS_PREPS,
    AUXILIARIES,
    DE_ADVERBS,
    DETERMINERS,
    PRONOUNS,
    QUOTING,
    is_cue,
    is_role,
    is_source_head,
    key,
)
from newsbrief.quotes.people import Tok, linked, name_at, tokenize
from newsbrief.quotes.phrases import (
    AFTER_CUE_ADVERBS,
    CLOSING_MARKS,
    OBJECT_PRONOUNS,
    OBLIQUE,
    OPENING_MARKS,
    PUNCT,
    Attribution,
    candidate,
    clause_start,
    first_candidate,
    label_attribution,
    make_attribution,
    noun_phrase,
    source_prep,
)

_AND = frozenset("und sowie".split())
_NOMINATIVE = frozenset("der die das".split())
_PREPS_DE = frozenset(
    "in im an am auf aus bei mit nach von vom zu zum zur über unter gegen für".split())
_CLAUSE_CONJ = frozenset("mais et or donc puis but and yet aber und pero y ma e".split())


def before(text: str, open_at: int, floor: int, lang: str, close_at: int = -1
           ) -> Attribution | None:
    """Attribution from the clause that leads to an opening mark at ``open_at`` (and, for
    German, the verb that ends the clause after the quote closing at ``close_at``: „…“
    zurückgewiesen / bezeichnet)."""
    a = max(floor, open_at - WINDOW)
    last = open_at - 1
    while last > a and (text[last].isspace() or text[last] == ":"):
        last -= 1  # the colon that introduces the quote belongs to its clause
    closed = 0  # parentheses closed between here and the quote
    for j in range(open_at - 1, a - 1, -1):
        ch = text[j]
        if ch == ")":
            closed += 1
        elif ch == "(" and closed:
            closed -= 1
        elif (ch == "(" and text[j + 1:open_at].strip()) or ch == "\n" or (
                ch in ".!?" and j + 1 < open_at and text[j + 1].isspace()
                and not initial(text, j)) or (ch == ":" and j < last):
            # (an earlier colon ends a clause too: "…, scharf: So sagte X:"; a quote inside
            # brackets has the bracket's clause: "… (Jean-François Copé déplora un « … »)")
            a = j + 1
            break
    toks = tokenize(text, a, open_at)
    while toks and (toks[0].text in PUNCT or key(toks[0].text) in _CLAUSE_CONJ):
        toks = toks[1:]  # "Mais pour Obama, « … »"
    if not toks:
        return None
    inner = text[open_at + 1:close_at].strip() if close_at > open_at else ""
    if len(toks) >= 3 and toks[-1].text == "(" and inner[:1].isupper() and len(inner.split()) >= 4:
        # "…, Mohammed ElBaradei („Mir fällt niemand ein …“), …": a sentence in parentheses
        # right after a name is that person's (not a gloss: 'Dar El Bisklette ("la maison du
        # vélo")', "Magnitski („Akte“)").
        for k in range(len(toks) - 2, max(-1, len(toks) - 7), -1):
            if name_at(toks, k, lang) == len(toks) - 1 and (k == 0 or not toks[k - 1].cap):
                return make_attribution(toks[:-1], k, text, lang, None, "source")
    # "Selon X, « … »" / "Pour Hélène Vidal, « … »" / "Laut X …".
    p = source_prep(toks, 0, lang)
    if p > 0 and (key(toks[0].text) not in AMBIGUOUS_PREPS or (
            p < len(toks) and candidate(toks, p, text, lang))):
        # "Pour Hélène Vidal, « … »" but not "Pour construire ce code, …".
        found = make_attribution(toks, p, text, lang, None, "source")
        if found is not None or key(toks[0].text) != "so":
            return found  # "So heißt es in …": German "so" opens a clause, too
    colon = toks[-1].text == ":"
    cues = [k for k, t in enumerate(toks)
            if speech_verb(text, t, lang) and not infinitive(toks, k, lang)
            and not (k > 0 and (t.cap or key(toks[k - 1].text) in DETERMINERS.get(lang, ())))]
    # (a verb is not capitalised inside a clause - "in Frage stellen", Ray's hit "Cry" - nor
    # does it follow an article: "the muse")
    pattern = "colon" if colon else "subject"
    if lang == "de":
        found = _heisst_es(toks, text, lang)
        if found is not None:
            return found
    if lang == "de":
        found = _relative(toks, cues, text, lang, close_at, pattern) or _passive_agent(
            toks, cues, text, lang, close_at, pattern)
        if found is not None:
            return found
    if lang == "de" and (not cues or any(key(t.text) in _EXPLICIT_SOURCE for t in toks)):
        # "Das Buch ist laut einem Jury-Mitglied eine „…“", "…, so Elshorst weiter: „…“",
        # "Korrespondentenberichten zufolge befinden sich …"; with a speech verb too, the
        # report names its source: "sagte die Kanzlerin einigen Teilnehmern zufolge: „…“".
        found = _inner_source(toks, text, lang)
        if found is not None:
            return found
    if not cues and not colon and lang == "de" and close_at >= 0:
        final = _final_cue(text, close_at)
        if final is not None:
            s = clause_start(toks, lang)
            if candidate(toks, s, text, lang):
                return make_attribution(toks, s, text, lang, final, "subject")
    if cues and lang != "de":
        found = _relative_subject(toks, cues, text, lang, pattern)
        if found is not None:
            return found
    if cues and lang != "de":
        c = cues[-1]
        front = _front_subject(toks, c, text, lang)
        if front is not None:
            # "La maire, Hélène Marchal, a défendu un texte « … »": the subject before the verb,
            # not its object after it.
            att = make_attribution(toks, front, text, lang, toks[c].text, pattern)
            if att is not None:
                return att
        # "…, précise l'ambassadeur de France, Bernard Bajolet : « … »": inverted subject (but
        # what follows "called" is what is named: "He called Scientology “brilliant”").
        nxt = c + 1
        while nxt < len(toks) and key(toks[nxt].text) in AFTER_CUE_ADVERBS:
            nxt += 1
        if nxt < len(toks) and key(toks[c].text) not in _NAMES_OBJECT and candidate(
                toks, nxt, text, lang):
            end, _, _ = noun_phrase(toks, nxt, text, lang)
            incise = c > 0 and toks[c - 1].text == "," and toks[end - 1].text not in PUNCT
            if end >= len(toks) or (toks[end].text == ":" and end == len(toks) - 1) or (
                    incise and toks[end].text in ",."):
                # (", affirme Rami Abd al-Rahman, directeur de l'OSDH.": an incise of its own)
                att = make_attribution(toks, nxt, text, lang, toks[c].text, pattern)
                if att is not None:
                    return att
        # "À la fin du match, face aux Bulgares, il avait lâché :": the subject opens the
        # comma-separated stretch nearest to the verb.
        segments = _segments(toks, c)
        for n, s in enumerate(segments):
            while s < c and key(toks[s].text) in _CLAUSE_CONJ:
                s += 1  # "Mais le premier ministre …"
            end, name, _ = noun_phrase(toks, s, text, lang)
            if s < end <= c and candidate(toks, s, text, lang) and (
                    end == c or toks[end].text[:1].islower()
                    or (toks[end].text == "," and end + 1 == c)):
                if name is None and n + 1 < len(segments):
                    # "Barroso, le président de la Commission, se dit": the name before the
                    # role apposition is the subject.
                    prev = segments[n + 1]
                    p_end, p_name, _ = noun_phrase(toks, prev, text, lang)
                    if p_name is not None and p_end >= s - 1:
                        s = prev
                att = make_attribution(toks, s, text, lang, toks[c].text, pattern)
                if att is not None:
                    return att
    if cues and lang == "de" and key(toks[cues[-1]].text) in QUOTING:
        found = _quoted(toks, cues[-1], text, lang, pattern)
        if found is not None:
            return found
    coordinated = bool(cues) and lang == "de" and cues[-1] > 1 and key(
        toks[cues[-1] - 1].text) in _AND
    if coordinated:
        # "… befand der Premierminister X den Angriff als gerechtfertigt und nannte ihn „…“":
        # the coordinated verb shares the subject of the first clause.
        s = clause_start(toks, lang)
        if (s + 2 < cues[-1] and key(toks[s].text) in _NOMINATIVE and toks[s + 1].cap
                and toks[s + 2].text[:1].islower()):
            # "Die CCE bestätigte … und nannte sie „…“": the clause opens with its subject.
            att = make_attribution(toks, s, text, lang, toks[cues[-1]].text, pattern)
            if att is not None:
                return att
        for k in range(cues[-1] - 1):
            if candidate(toks, k, text, lang) and _person_like(toks, k, lang) and not (
                    k > 0 and key(toks[k - 1].text) in OBLIQUE | _PREPS_DE) and not (
                    k > 1 and toks[k - 2].cap and key(toks[k].text) in DETERMINERS["de"]):
                # (not a genitive: "die Aussage der Gewerkschaft")
                att = make_attribution(toks, k, text, lang, toks[cues[-1]].text, pattern)
                if att is not None:
                    return att
    if cues and lang == "de":
        found = _apposed_subject(toks, cues[-1], text, lang) or _de_front(toks, cues, text, lang)
        if found is not None:
            return found
        # V2 order: "Gegenüber dem Tagesspiegel sagte der Linkspolitiker:", "Relativierend
        # fügt Gall hinzu:" - a person right after the verb is its subject.
        if coordinated:
            return None  # "… und skandierten Sprüche wie „…“": what follows is the object
        c = cues[-1]
        nxt = c + 1
        while nxt < len(toks) and key(toks[nxt].text) in OBJECT_PRONOUNS | AFTER_CUE_ADVERBS | {
                "sich"} | _WHEN:
            nxt += 1  # "nahm jetzt auch der Ministerpräsident … Stellung"
        if nxt < len(toks) and candidate(toks, nxt, text, lang) and _person_like(toks, nxt, lang):
            att = make_attribution(toks, nxt, text, lang, toks[c].text, pattern)
            if att is not None:
                return att
    if cues:
        c = cues[-1]
        s = clause_start(toks[:c], lang)
        end, _, _ = noun_phrase(toks, s, text, lang)
        end = _skip_paren(toks, end)  # "Renate Schmidt (SPD) äußerte"
        opens = s < end < len(toks) and (end == c or toks[end].text[:1].islower())
        if opens and candidate(toks, s, text, lang):
            # The clause opens with its subject: "Die CCE bestätigte … und nannte sie „…“".
            att = make_attribution(toks, s, text, lang, toks[c].text, pattern)
            if att is not None:
                return att
        # German (and inverted) order: "erklärte er:", "sagte Filep Karma:".
        nxt = c + 1
        while nxt < len(toks) and key(toks[nxt].text) in AUXILIARIES | OBJECT_PRONOUNS:
            nxt += 1
        if nxt < len(toks) and candidate(toks, nxt, text, lang):
            end, _, _ = noun_phrase(toks, nxt, text, lang)
            if end >= len(toks) or toks[end].text in ",:" or lang == "de":
                att = make_attribution(toks, nxt, text, lang, toks[c].text, pattern)
                if att is not None:
                    return att
        if opens and key(toks[s].text) in DETERMINERS.get(lang, frozenset()):
            # "Die SPD sagte …": a determiner and a capitalised noun, in subject position.
            att = make_attribution(toks, s, text, lang, toks[c].text, pattern)
            if att is not None:
                return att
        if lang == "de":
            best = first_candidate(toks, s, c, text, lang)
        elif candidate(toks, s, text, lang) or (
                s < len(toks) and not toks[s].cap and noun_phrase(toks, s, text, lang)[0] > s):
            best = s  # "Le procureur a évoqué …", "certains wikipédiens estiment …"
        else:
            # "Mise à jour — 16:50 (UTC) : Jean-Marie Le Pen affirme …": a full name later on.
            best = next((k for k in range(c) if name_at(toks, k, lang) - k >= 2), -1)
        att = make_attribution(toks, best, text, lang, toks[c].text, pattern) if best >= 0 else None
        if att is not None:
            return att
    if colon and lang != "de":
        # "Indépendant depuis 2007, le maire de New York prend peu de risque : « … »".
        for s in _segments(toks, len(toks) - 1):
            end, _, _ = noun_phrase(toks, s, text, lang)
            if s < end < len(toks) - 1 and candidate(toks, s, text, lang) and toks[
                    end].text[:1].islower():
                return make_attribution(toks, s, text, lang, None, pattern)
    if colon:
        best = first_candidate(toks, 0, len(toks) - 1, text, lang)
        while best > 0 and lang != "de" and key(toks[best - 1].text) in _PREP_OBJECT:
            # "… uploaded to LiveLeak: “…”": the object of a preposition is not the speaker
            best = first_candidate(toks, best + 1, len(toks) - 1, text, lang)
        if best >= 0:
            return make_attribution(toks, best, text, lang, None, pattern)
        if lang != "de":
            s = clause_start(toks, lang)
            found = make_attribution(toks, s, text, lang, None, pattern)
            if found is not None and found.name is None and found.role is None:
                return None  # "quand, tout à coup, quelqu'un a lancé :" - no noun, no one
            return found
        return None
    if lang != "de" and speech_words(toks, lang):
        # "Dans une longue déclaration commune, Pékin et Moscou affichent … le « … »".
        s = clause_start(toks, lang)
        if candidate(toks, s, text, lang):
            return make_attribution(toks, s, text, lang, None, "context")
    return None


_VERB_GROUP = AUXILIARIES | frozenset("ne n' n’ pas s' s’ se".split())


def _front_subject(toks: list[Tok], c: int, text: str, lang: str) -> int | None:
    """Index of a named subject that opens the clause right before the verb ``toks[c]``
    (with its apposition and auxiliaries in between), else None."""
    s = clause_start(toks[:c], lang)
    if s >= c or not candidate(toks, s, text, lang):
        return None
    end, name, _ = noun_phrase(toks, s, text, lang)
    if name is None or end <= s:
        return None
    k = end
    while k < c and (toks[k].text == "," or key(toks[k].text) in _VERB_GROUP
                     or key(toks[k].text) in AFTER_CUE_ADVERBS):
        k += 1
    return s if k == c else None


_MID_SOURCE = frozenset("laut nach".split())
_EXPLICIT_SOURCE = frozenset("zufolge angaben meinung ansicht auffassung".split())


def _inner_source(toks: list[Tok], text: str, lang: str) -> Attribution | None:
    """The last German source phrase inside the clause: ``laut X``, ``nach Angaben X``,
    ``, so X``, or ``X zufolge``."""
    for k in range(len(toks) - 1, -1, -1):
        f = key(toks[k].text)
        if f == "zufolge" and k > 0:
            s = k - 1
            while s > 0 and toks[s - 1].text not in PUNCT and k - s < 8 and not (
                    is_cue(toks[s - 1].text, lang) or key(toks[s - 1].text) in AUXILIARIES):
                s -= 1
            np = _np_before(toks, k)  # "sagte die Kanzlerin | einigen Teilnehmern zufolge"
            s = max(s, np)
            att = make_attribution(toks[:k], s, text, lang, None, "source")
            if att is not None:
                return att
            continue
        if f not in _MID_SOURCE and not (f == "so" and k > 0 and toks[k - 1].text == ","):
            continue
        p = source_prep(toks, k, lang)
        if 0 < p < len(toks) and (f != "so" or candidate(toks, p, text, lang)):
            att = make_attribution(toks, p, text, lang, None, "source")
            if att is not None:
                return att
    return None


def _de_front(toks: list[Tok], cues: list[int], text: str, lang: str) -> Attribution | None:
    """German clauses whose subject precedes the verb: "Wie der Richter ausführte, …" and
    "Die Ministerin Rice nannte Shultz einen „…“" (the name after the verb is its object)."""
    c = cues[0]
    if key(toks[0].text) == "wie" and c + 1 < len(toks) and toks[c + 1].text == ",":
        best = first_candidate(toks, 1, c, text, lang)
        if best >= 0:
            return make_attribution(toks, best, text, lang, toks[c].text, "subject")
        words = [t for t in toks[1:c] if t.text not in OPENING_MARKS | CLOSING_MARKS
                 and key(t.text) not in AUXILIARIES]
        if 0 < len(words) <= 5:
            # "Wie t-online.de berichtet,", "Wie „heise online“ meldete,": whatever reports.
            return label_attribution(text, words[0], words[-1], toks[c].text, "source")
    s = clause_start(toks[:c], lang)
    if s >= c or key(toks[s].text) in OBLIQUE:
        return None
    if not candidate(toks, s, text, lang):
        if _nominative_np(toks, s, c):
            # "Die Hamburger Stadtreinigung äußerte …": whatever the noun, an article and a
            # capitalised noun right before the verb are its subject, not the object after it.
            return label_attribution(text, toks[s], toks[c - 1], toks[cues[-1]].text, "subject")
        return None
    end, name, _ = noun_phrase(toks, s, text, lang)
    if _skip_paren(toks, end) != c:
        return None
    nxt = c + 1
    while nxt < len(toks) and key(toks[nxt].text) in OBJECT_PRONOUNS | {"sich"}:
        nxt += 1
    if nxt < len(toks) and candidate(toks, nxt, text, lang) and _person_like(toks, nxt, lang) and (
            name is None or len(name.split()) < 2):
        return None  # "Ähnlich äußerte sich der Präsident": the person after the verb
    # The subject opens the clause; the cue is the verb nearest the quote ("begrüßte …, nannte").
    return make_attribution(toks, s, text, lang, toks[cues[-1]].text, "subject")


def _nominative_np(toks: list[Tok], s: int, c: int) -> bool:
    """``toks[s:c]`` is "der/die/das", adjectives and a capitalised noun: a German subject."""
    if c - s < 2 or c - s > 4 or key(toks[s].text) not in _NOMINATIVE or not toks[c - 1].cap:
        return False
    return all(t.text.isalpha() and (t.cap or t.text.endswith(("e", "en", "er", "es")))
               for t in toks[s + 1:c])


_PREP_OBJECT = frozenset("""to into onto from at on in via à au aux sur dans vers chez a al en
    su con""".split())
_NAMES_OBJECT = frozenset("called calls dubbed labelled labeled branded".split())
_WHEN = frozenset("jetzt nun heute gestern inzwischen erneut bereits".split())
_HEISST = frozenset("heißt hieß heisst hiess".split())
_IN = frozenset("in im aus bei von vom".split())


def _heisst_es(toks: list[Tok], text: str, lang: str) -> Attribution | None:
    """German ``heißt es in X`` / ``In X heißt es``: the document or body X is the source."""
    for k in range(len(toks) - 1):
        if key(toks[k].text) not in _HEISST or key(toks[k + 1].text) != "es":
            continue
        m = k + 2
        while m < len(toks) and key(toks[m].text) in DE_ADVERBS:
            m += 1  # "heißt es dazu in …"
        if m + 1 < len(toks) and key(toks[m].text) in _IN:
            return make_attribution(toks, m + 1, text, lang, toks[k].text, "source")
        if k > 0 and len(toks) > 1 and key(toks[0].text) in _IN:
            return make_attribution(toks, 1, text, lang, toks[k].text, "source")
    return None


def _apposed_subject(toks: list[Tok], c: int, text: str, lang: str) -> Attribution | None:
    """German: a name set off by commas right before the verb is its subject, with the role
    before it ("X wies das zurück, die Sprecherin der Fraktion, Sandra Boser (GRÜNE),
    erklärte:") - not the subject of the clause before."""
    if c < 3 or toks[c - 1].text != ",":
        return None
    segments = _segments(toks, c)  # nearest first; segments[0] is the empty stretch at c
    if len(segments) < 3:
        return None
    s = segments[1]
    end, name, _ = noun_phrase(toks, s, text, lang)
    if name is None or _skip_paren(toks, end) != c - 1:
        return None
    r = segments[2]
    r_end, r_name, r_role = noun_phrase(toks, r, text, lang)
    if r_name is None and r_role and r_end == s - 1 and key(toks[r].text) in _NOMINATIVE:
        s = r  # the role apposed before the name belongs to the subject
    return make_attribution(toks[:c - 1], s, text, lang, toks[c].text, "subject")


def _skip_paren(toks: list[Tok], end: int) -> int:
    """Index after a short parenthesis at ``toks[end]`` ("(SPD)"), else ``end``."""
    if end < len(toks) and toks[end].text == "(":
        for k in range(end + 1, min(len(toks), end + 5)):
            if toks[k].text == ")":
                return k + 1
    return end


_RELATIVE = frozenset("der die das welche welcher welches".split())


def _relative(toks: list[Tok], cues: list[int], text: str, lang: str, close_at: int,
              pattern: str) -> Attribution | None:
    """A German relative clause that frames the quote: "Kritik kommt vom Fahrgastverband IGEB,
    der die Maßnahme als „Kapitulation“ sieht" - the speaker is the noun before the comma."""
    r = next((k for k in range(len(toks) - 1, 0, -1) if toks[k - 1].text == ","), 0)
    if r == 0 or key(toks[r].text) not in _RELATIVE:
        return None
    cue = _frame_cue(toks, [c for c in cues if c > r], text, close_at)
    if cue is None:
        return None
    if r + 1 < len(toks) and candidate(toks, r + 1, text, lang) and _person_like(toks, r + 1, lang):
        return make_attribution(toks, r + 1, text, lang, cue, pattern)  # "…, die der Verband …"
    k = _np_before(toks, r - 1)
    if k < 0:
        return None
    return make_attribution(toks[:r - 1], k, text, lang, cue, pattern) or label_attribution(
        text, toks[k], toks[r - 2], cue, pattern)


_PASSIVE = frozenset("wird werden wurde wurden".split())


def _passive_agent(toks: list[Tok], cues: list[int], text: str, lang: str, close_at: int,
                   pattern: str) -> Attribution | None:
    """German passive: "Die Gefahr wird vom Wetterdienst als „sehr hoch“ eingestuft" - the
    agent after von/vom is the source."""
    last_comma = max((k for k, t in enumerate(toks) if t.text == ","), default=-1)
    toks = toks[last_comma + 1:]  # the clause of the quote, not "Nachdem er … gefragt wurde,"
    cues = [c - last_comma - 1 for c in cues if c > last_comma]
    if not any(key(t.text) in _PASSIVE for t in toks):
        return None
    cue = _frame_cue(toks, cues, text, close_at)
    if cue is None or key(cue) in QUOTING:
        return None  # "wurde von der Zeitung zitiert": the medium quotes, it does not speak
    for k in range(len(toks) - 2):
        if key(toks[k].text) in {"von", "vom"} and (toks[k + 1].cap or (key(
                toks[k + 1].text) in DETERMINERS["de"] and toks[k + 2].cap)):
            found = make_attribution(toks, k + 1, text, lang, cue, pattern)
            if found is not None:
                return found
            end = k + 2
            while end < len(toks) and toks[end].cap:
                end += 1  # "von Musikkennern", "vom Deutschen Wetterdienst"
            return label_attribution(text, toks[k + 1], toks[end - 1], cue, pattern)
    return None


def _frame_cue(toks: list[Tok], cues: list[int], text: str, close_at: int) -> str | None:
    """The speech verb that frames a quote: the last cue of its clause, else a verb closing the
    clause after the quote (German "als „…“ bezeichnet")."""
    if cues:
        return toks[cues[-1]].text
    return _final_cue(text, close_at) if close_at >= 0 else None


_RELATIVE_SUBJECT = {"fr": frozenset({"qui"}), "en": frozenset({"who"}),
                     "es": frozenset({"quien", "quienes", "que"}), "it": frozenset({"che", "chi"})}


def _relative_subject(toks: list[Tok], cues: list[int], text: str, lang: str, pattern: str
                      ) -> Attribution | None:
    """"Bernard Bonnet, le successeur de Claude Erignac, qui lui avait rétorqué :", "la
    Commission européenne qui regrette le « … »": the speech verb of a relative clause has the
    noun phrase before the relative pronoun as its subject."""
    rel = _RELATIVE_SUBJECT.get(lang, frozenset())
    r = next((k for k in range(cues[-1] - 1, 0, -1) if key(toks[k].text) in rel), -1)
    if r <= 0 or any(t.text in ",;:" for t in toks[r + 1:cues[-1]]):
        return None
    for k in range(max(0, r - 14), r):
        if not candidate(toks, k, text, lang) or (k > 0 and linked(toks[k - 1])):
            continue  # (not the complement of a noun: "le successeur de Claude Erignac")
        end = noun_phrase(toks, k, text, lang)[0]
        between = toks[end:r]
        if end == r or (between and between[0].text == "," and between[-1].text == "," and not any(
                is_cue(t.text, lang) or key(t.text) in AUXILIARIES for t in between)):
            # (an apposition may stand between: "Bernard Bonnet, le successeur de X, qui")
            return make_attribution(toks, k, text, lang, toks[cues[-1]].text, pattern)
    return None


def _np_before(toks: list[Tok], end: int) -> int:
    """Start of the German noun phrase that ends right before ``toks[end]`` (a determiner,
    adjectives, capitalised words and genitives: "ein Kommentar", "der Sprecher des Vereins",
    "Berliner Fahrgastverband IGEB"), or -1."""
    dets = DETERMINERS["de"]
    k = end
    while k > 0 and end - k < 8:
        t = toks[k - 1]
        f = key(t.text)
        if f in dets:
            k -= 1
            if f in {"der", "des"} and k > 0 and toks[k - 1].cap:
                continue  # a genitive: "der Sprecher des Vereins"
            break
        if t.cap and t.text[:1].isalpha() and f not in _PREPS_DE:
            k -= 1
        elif t.text[:1].islower() and k > 1 and key(toks[k - 2].text) in dets and t.text.endswith(
                ("e", "en", "er", "es")):
            k -= 1  # an adjective after its article: "eine griechische Botschaft"
        else:
            break
    return k if k < end and any(t.cap for t in toks[k:end]) else -1


def _quoted(toks: list[Tok], c: int, text: str, lang: str, pattern: str) -> Attribution | None:
    """The person a German lead-in quotes: "Ein Fernsehsender zitierte Papandreou mit den
    Worten:", "zitierte die Zeitung den Minister:", "wird Watzke … wie folgt zitiert:"."""
    cue = toks[c].text
    for k in range(c):
        if key(toks[k].text) in _PASSIVE:
            m = k + 1  # passive: the person quoted is the subject, right after the auxiliary
            if m < c and candidate(toks, m, text, lang):
                return make_attribution(toks, m, text, lang, cue, pattern)
            return None
    phrases: list[int] = []
    m = c + 1
    while m < len(toks) and len(phrases) < 2 and candidate(toks, m, text, lang):
        phrases.append(m)
        m = noun_phrase(toks, m, text, lang)[0]
        while m < len(toks) and toks[m].text in CLOSING_MARKS:
            m += 1
    if not phrases or (len(phrases) == 1 and clause_start(toks[:c], lang) >= c):
        return None  # "zitierte die Zeitung:" - the medium, not a person quoted by it
    return make_attribution(toks, phrases[-1], text, lang, cue, pattern)


def _segments(toks: list[Tok], c: int) -> list[int]:
    """Starts of the comma-separated stretches before ``toks[c]``, nearest first."""
    return [k + 1 for k in range(c - 1, -1, -1) if toks[k].text == ","] + [0]


def _person_like(toks: list[Tok], i: int, lang: str) -> bool:
    """A pronoun, a name of two words or more, or an article before a role noun."""
    f = key(toks[i].text)
    if f in PRONOUNS.get(lang, frozenset()) and f not in {"es", "ihr", "ihm", "ihnen"}:
        return True
    if name_at(toks, i, lang) - i >= 2 or is_role(toks[i].text, lang):
        return True
    if f not in DETERMINERS.get(lang, frozenset()) or f in OBLIQUE:
        return False  # "nannte den Bericht …": an object, not the subject
    return any(is_role(t.text, lang) or is_source_head(t.text, lang) for t in toks[i + 1:i + 3])


def _final_cue(text: str, close_at: int) -> str | None:
    """A German speech verb closing the clause after a quote (no comma in between)."""
    end = clause_end(text, close_at + 1, len(text))
    for t in tokenize(text, close_at + 1, end)[:6]:
        if t.text in ",;:":
            return None
        if is_cue(t.text, "de"):
            return t.text
    return None
