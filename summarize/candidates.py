"""Which sentences may enter a summary, and which leading clutter to cut from them.

News pages carry text that is not the story: bylines and publication stamps ("By . Daily Mail
Reporter . PUBLISHED: …"), share widgets glued to the first sentence ("Share this with Email
Facebook … Copy this link"), calls to action ("Follow us on…", "Click here…", "Scroll down for
video"), picture credits, datelines and section titles between dashes ("- Masque partout -").
Such sentences are never candidates; a clutter prefix on an otherwise good sentence is cut so
the summary shows only the sentence.
"""

from __future__ import annotations

import re

# A whole sentence that is page furniture, not story (matched at its start, case-insensitive).
_BOILERPLATE = re.compile(
    r"""^[\W_]*(?:
        by\s*\.?\s*(?:[A-Z][\w'-]+\s*){0,4}(?:reporter|correspondent|editor|staff|writer)\b
      | by\s*[.:]?\s*$
      | (?-i:(?:and\s+)?(?:[A-Z][\w'-]*\s+){1,4}(?:Reporter|Correspondent|Editor|Writer)s?)
        \s*[.|]?\s*$
      | (?-i:[Bb]y\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}\s*[.|,]?\s*$)
      | (?:published|updated|last\s+updated|mis\s+à\s+jour|publié\s+le)\s*:
      | follow\s+(?:us|me|him|her)\b | suivez[- ]nous\b | folgen\s+sie\s+uns\b
      | share\s+this\b | partager\s+(?:cet|sur)\b | click\s+here\b | cliquez\s+ici\b
      | scroll\s+down\b | read\s+more\b | lire\s+aussi\b | à\s+lire\s+aussi\b | sign\s+up\b
      | subscribe\b | abonnez[- ]vous\b | (?:image|photo|picture|video)\s+(?:copyright|caption)\b
      | copyright\b | ©
      | all\s+rights\s+reserved\b | tous\s+droits\s+réservés\b
      | (?:contact|e-?mail)\s*:
      | related\s*(?:articles?|stories)?\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Clutter glued before the first real words: share widgets, agency tags, bylines with stamps.
_PREFIX = re.compile(
    r"""^(?:
        \s*share\s+this\s+with.{0,120}?copy\s+this\s+link
      | \s*scroll\s+down\s+for\s+(?:video|more)\s+
      | \s*\((?:CNN|AP|AFP|Reuters|dpa|ANSA|EFE)\)\s*(?:[-–—]\s*)?
      | \s*\((?-i:[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,4})\)(?=[A-Z"'“‘«])
      | \s*by\s+\.\s+[^.]{1,60}\.\s+(?:published:[^|]{1,60}\|\s*\.\s*updated:[^.]{1,60}\.\s*)?
    )""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
# A dateline alone on its "sentence": "PARIS, 16 mai (AFP) -" or "WASHINGTON —".
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'-]{1,40}(?:,[^.]{0,40})?(?:\([^)]{1,20}\))?\s*[-–—]?$")
# A section title between dashes, as AFP writes them: "- Poursuites \"inacceptables\" -".
_INTERTITLE = re.compile(r"^[-–—]\s[A-ZÀ-Ý\"«“].{0,80}\s[-–—]$")
_LETTER = re.compile(r"[^\W\d_]")


def is_boilerplate(sentence: str) -> bool:
    """True for bylines, stamps, calls to action, credits, datelines and dash section titles."""
    text = sentence.strip()
    if not _LETTER.search(text):
        return True
    return bool(_BOILERPLATE.match(text) or _DATELINE.match(text) or _INTERTITLE.match(text))


def content_start(sentence: str) -> int:
    """Offset where the sentence's own words begin, past any clutter prefix (0 when none)."""
    m = _PREFIX.match(sentence)
    if not m or m.end() >= len(sentence):
        return 0
    rest = sentence[m.end() :]
    # Cut only when what follows still reads like a sentence start.
    stripped = rest.lstrip()
    if not stripped or stripped[0].islower():
        return 0
    return m.end() + (len(rest) - len(stripped))
