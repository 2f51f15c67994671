"""The brief of one article, as the libraries compute it, and its JSON form (schema newsbrief/1)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsbrief.quotes.model import Person, Quote, Speaker
from newsbrief.summarize.model import RankedSentence

SCHEMA = "newsbrief/1"
WORDS_PER_MINUTE = 230


@dataclass(frozen=True)
class Brief:
    """Everything ``brief`` reports about one article."""

    source: str | None
    language: str
    date: str | None
    title: str | None
    headings: tuple[str, ...]
    words: int
    summary: tuple[RankedSentence, ...]
    keywords: tuple[str, ...]
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    people: tuple[Person, ...]

    @property
    def reading_minutes(self) -> int:
        """Estimated reading time, at least one minute."""
        return max(1, round(self.words / WORDS_PER_MINUTE))

    def voices(self) -> list[tuple[str, int, float]]:
        """Each speaker's quoted words and share of all attributed quoted words, largest first."""
        totals: dict[str, int] = {}
        for q in self.quotes:
            if q.speaker and q.kind != "other":
                totals[q.speaker] = totals.get(q.speaker, 0) + len(q.text.split())
        whole = sum(totals.values()) or 1
        ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(name, n, round(n / whole, 3)) for name, n in ranked]


def to_dict(brief: Brief) -> dict[str, Any]:
    """The brief as the documented JSON object (key order is part of the contract)."""
    return {
        "schema": SCHEMA,
        "source": brief.source,
        "language": brief.language,
        "date": brief.date,
        "title": brief.title,
        "headings": list(brief.headings),
        "words": brief.words,
        "reading_minutes": brief.reading_minutes,
        "keywords": list(brief.keywords),
        "summary": [
            {"text": s.text, "sentence": s.sentence, "start": s.start, "end": s.end,
             "score": round(s.score, 4)}
            for s in brief.summary
        ],
        "quotes": [
            {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker,
             "mention": q.mention, "kind": q.kind, "cue": q.cue, "paragraph": q.paragraph,
             "rule": q.rule}
            for q in brief.quotes
        ],
        "speakers": [
            {"name": s.name, "role": s.role, "aliases": list(s.aliases), "quotes": s.quotes}
            for s in brief.speakers
        ],
        "people": [{"name": p.name, "role": p.role} for p in brief.people],
        "voices": [
            {"speaker": name, "words": n, "share": share} for name, n, share in brief.voices()
        ],
    }
