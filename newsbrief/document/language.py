"""Language identification: a fast function-word vote, then langdetect when the vote is unsure.

langdetect loads 55 n-gram profiles (~0.3-0.5 s) before its first answer. News in the five
languages the brief cares most about is recognised far more cheaply by counting a few dozen
very frequent function words of each; only when that vote is not decisive (short texts, other
languages, mixed text) is langdetect loaded, once per process, with a fixed seed so the answer
is deterministic.

Portuguese, Galician and Spanish share most of those words ("que", "a", "para", "por") and
langdetect knows no Galician, so either answer among the three is checked last against words
and word shapes that only one or two of them use (``_iberian``): Galician comes out as ``gl``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_FUNCTION_WORDS = {
    "fr": "le la les des du une est et dans pour que qui sur au aux avec ce cette il elle ont sont "
          "pas par plus été selon mais nous leur entre",
    "en": "the and of to in is that for on with was as by at from his her they have has are "
          "were this which said would been their",
    "de": "der die das und ist nicht ein eine den dem des sich mit auf für von zu im auch wird "
          "sind wurde werden bei nach einer",
    "es": "el la los las del que en por con para una es se al lo como más pero sus fue ha "
          "según entre sobre también",
    "it": "il la di che è per una della dei delle con non sono gli ha nel alla anche come "
          "più ma dal degli stato",
    "pt": "o a os as do da dos das que em um uma não com para por é foi mais ao pelo pela "
          "também seu sua",
    # Not "de en in is op te": they are as frequent in French or English text.
    "nl": "het een van dat voor met zijn niet aan er ook werd door maar bij naar heeft "
          "worden deze wordt uit hij",
}  # fmt: skip
_VOTES = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
_MIN_HITS = 12
_MIN_RATIO = 2.5
_SAMPLE_CHARS = 20_000
_LANGDETECT_SEED = 0


def _vote(text: str) -> str | None:
    counts = dict.fromkeys(_VOTES, 0)
    for m in _WORD.finditer(text[:_SAMPLE_CHARS]):
        w = m.group().lower()
        for lang, words in _VOTES.items():
            if w in words:
                counts[lang] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, n1), (_, n2) = ranked[0], ranked[1]
    if n1 >= _MIN_HITS and n1 >= _MIN_RATIO * max(n2, 1):
        return best
    return None


@lru_cache(maxsize=1)
def _factory() -> Any:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(_LANGDETECT_SEED)
    return factory


def _langdetect(text: str) -> str | None:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.append(text[:_SAMPLE_CHARS])
    try:
        code: str = detector.detect()
    except LangDetectException:
        return None
    return code.split("-")[0]


# Words only one of Portuguese, Galician and Spanish writes (or two of them, "pt_gl"): articles,
# contractions, negation, adverbs, the commonest verbs, months, weekdays, and the few nouns news
# says every day ("governo"/"goberno"/"gobierno").
_IBERIAN_WORDS = {
    "pt": "não em um uma umas também são muito muitos muita já até pelo pela pelos pelas num numa "
          "dum duma você vocês à às há têm então isso depois ainda quando sem suas ele eles nem "
          "disse hoje ontem governo nossa nosso nossos nossas fazer janeiro fevereiro junho julho "
          "dezembro segunda-feira terça-feira quarta-feira quinta-feira sexta-feira dois duas três",
    "gl": "unha unhas non tamén moi xa ata polo pola polos polas coa coas co cos nun nunha nuns "
          "nunhas dun dunha duns dunhas cando dende iso hai teñen máis súa súas aínda despois "
          "moito moitos ó ós á ás sen nin dixo hoxe onte goberno concello xunta nosa noso nosos "
          "nosas facer xaneiro febreiro xuño xullo decembro luns mércores xoves venres dous dúas "
          "praza",
    "es": "el la los las del al y lo le les una unas muy ya hasta más fue fueron hay según sin sus "
          "cuando después aún todavía mucho muchos eso esto ni dijo hoy ayer gobierno nuestra "
          "nuestro nuestros nuestras hacer enero febrero junio julio septiembre diciembre lunes "
          "miércoles jueves viernes",
    "pt_gl": "os as do das ao aos na nas e",
}  # fmt: skip
_IBERIAN_VOTES = {word: key for key, words in _IBERIAN_WORDS.items() for word in words.split()}
# Shapes of lower-case words (a capital may start a foreign name: "Sevilla" in Portuguese):
# Portuguese nasal vowels, ç, lh and hyphenated clitics ("manifestaram-se"); the preterites
# "-aram" (pt), "-aron" (gl, es), "-ou" (pt, gl) and "-ó" (es); ñ and ll (gl, es); Galician's x-
# where the others write j/g ("xuíz", "xente") and its attached clitics ("queixáronse"). One
# pattern, the first shape that fits wins: a word counts once.
_IBERIAN_SHAPE = re.compile(
    r"(?P<pt>.*(?:[ãõçâêô]|lh)|.*(?:aram|eram|iram|-se|-lhe|-lhes|-lo|-la|-los|-las|-nos|-me)$)"
    r"|(?P<gl>x[aeiouáéíóú].*|.*(?:cións|ouse|ronse|ranse)$)"
    r"|(?P<es>[^-]{3,}ó$|.*(?:ciones|dad)$)"
    r"|(?P<gl_es>.*(?:ñ|ll)|.*(?:aron|eron|iron)$)"
    r"|(?P<pt_gl>.*(?:ou|dade)$)"
)
_IBERIAN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A few paragraphs hold plenty of evidence among the three; the rest of a long text adds none.
_IBERIAN_CHARS = 3_000
# A headline or a sentence: the length at which langdetect reads letters more than words.
_HEADLINE_CHARS = 200


def _iberian_counts(text: str) -> dict[str, int]:
    counts = dict.fromkeys(("pt", "gl", "es", "pt_gl", "gl_es"), 0)
    for m in _IBERIAN_WORD.finditer(text[:_IBERIAN_CHARS]):
        word = m.group()
        low = word.lower()
        key = _IBERIAN_VOTES.get(low)
        if key is not None:
            counts[key] += 1
        elif word[0].islower() and (shape := _IBERIAN_SHAPE.match(low)) is not None:
            counts[str(shape.lastgroup)] += 1
    return counts


def _outweighs(a: int, b: int) -> bool:
    return a >= 1 and a >= 2 * b


def _iberian(text: str, guess: str) -> str:
    """Portuguese, Galician or Spanish, in two steps: Spanish against the other two, then
    Galician against Portuguese; ``guess`` (the vote's or langdetect's) when the first is even."""
    n = _iberian_counts(text)
    pt_gl = n["pt"] + n["gl"] + n["pt_gl"]
    if _outweighs(n["es"], pt_gl):
        return "es"
    if not _outweighs(pt_gl, n["es"]):
        return guess
    # Spanish is ruled out, so ñ, ll and "-aron" now say Galician; even evidence says Portuguese
    # (langdetect, which knows no Galician, said Portuguese or Spanish).
    return "gl" if _outweighs(n["gl"] + n["gl_es"], n["pt"]) else "pt"


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the text's language; ``default`` when nothing can be told."""
    if not _WORD.search(text):
        return default
    vote = _vote(text)
    guess = vote or _langdetect(text)
    if guess in ("pt", "es"):
        return _iberian(text, guess)
    if vote is None and guess and _iberian_over(text, guess):
        # A headline of a few words ("O Concello de Vigo licita a obra da praza"): langdetect
        # may say Italian from its letters, where words only Portuguese or Galician write
        # say otherwise.
        return _iberian(text, "pt")
    return guess or default


def _iberian_over(text: str, guess: str) -> bool:
    """A headline-length text langdetect calls Italian (the language it confuses a few
    Portuguese or Galician words with) that holds words of Portuguese or Galician alone and
    none of Italian's function words."""
    if guess != "it" or len(text) > _HEADLINE_CHARS:
        return False
    own = _VOTES[guess]
    if any(m.group().lower() in own for m in _WORD.finditer(text[:_IBERIAN_CHARS])):
        return False
    n = _iberian_counts(text)
    return n["pt"] + n["gl"] >= 1 and n["pt"] + n["gl"] + n["pt_gl"] >= 2
