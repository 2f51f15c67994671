"""Briefs as text for people and tools: plain text, markdown, JSON, JSON Lines, TSV, annotated.

Every string that comes from an article passes through :mod:`newsbrief.cli.safe` before it is
written, so no escape sequence in an article reaches a terminal. Rich output lives in
:mod:`newsbrief.cli.rich_view` (imported only for a terminal).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from newsbrief.brief import SCHEMA, Brief, to_dict
from newsbrief.cli.safe import json_safe, one_line, terminal_safe
from newsbrief.quotes.model import Quote, Speaker

# Each language's own marks, for quotes the article set in straight marks (or none).
_MARKS = {"fr": ("«", "»"), "de": ("„", "“"), "es": ("«", "»"), "it": ("«", "»")}
# The typographic marks an article opens a quote with, and the mark that closes each.
_CLOSING = {"«": "»", "»": "«", "„": "“", "“": "”", "”": "”", "‘": "’", "‚": "‘", "‹": "›",
            "›": "‹", "「": "」", "『": "』"}
_SPACES = " \u00a0\u202f\u2009"  # between a guillemet and the words, in French typography
_BAR = 24

QuoteMarks = Mapping[int, tuple[str, str]]  # a quote's start offset -> its marks in the article


def article_marks(text: str, quotes: Iterable[Quote]) -> dict[int, tuple[str, str]]:
    """The typographic marks around each quote in ``text``, keyed by the quote's start. Quotes
    in straight marks or none are left out (they are drawn with their language's marks)."""
    found: dict[int, tuple[str, str]] = {}
    for q in quotes:
        before = text[max(0, q.start - 3) : q.start].rstrip(_SPACES)
        after = text[q.end : q.end + 3].lstrip(_SPACES)
        if before and before[-1] in _CLOSING:
            opening = before[-1]
            closing = after[0] if after and after[0] in _CLOSING.values() else _CLOSING[opening]
            found[q.start] = (opening, closing)
    return found


def marks(language: str, quote: Quote | None = None, found: QuoteMarks | None = None,
          ) -> tuple[str, str]:
    """Opening and closing marks to show ``quote``: those the article used (``found``, from
    :func:`article_marks`), else ``language``'s own; French guillemets hold a space inside."""
    opening, closing = ((found or {}).get(quote.start) if quote else None) or _MARKS.get(
        language, ("“", "”"))
    if language == "fr" and opening in "«»":
        return opening + " ", " " + closing
    return opening, closing


def header_line(brief: Brief) -> str:
    """``2024-05 · fr · 655 words · 3 min read``."""
    parts = [brief.date] if brief.date else []
    parts += [brief.language, f"{brief.words} words", f"{brief.reading_minutes} min read"]
    return " · ".join(one_line(p) for p in parts)


def grouped_quotes(brief: Brief) -> list[tuple[Speaker | None, list[Quote]]]:
    """Reported quotes (not titles/scare quotes) grouped by speaker, speakers in order of first
    quote; unattributed quotes last."""
    by_name = {s.name: s for s in brief.speakers}
    groups: dict[str | None, list[Quote]] = {}
    for q in brief.quotes:
        if q.kind != "other":
            groups.setdefault(q.speaker, []).append(q)
    ordered = [k for k in groups if k is not None] + ([None] if None in groups else [])
    return [(by_name.get(k) if k else None, groups[k]) for k in ordered]


def speaker_label(speaker: Speaker | None, name: str | None = None) -> str:
    """``Xi Jinping (président chinois)`` or ``Unattributed``."""
    if speaker is None:
        return one_line(name) if name else "Unattributed"
    role = f" ({one_line(speaker.role)})" if speaker.role else ""
    return one_line(speaker.name) + role


def _quote_line(q: Quote, language: str, found: QuoteMarks | None) -> str:
    o, c = marks(language, q, found)
    tag = " [fragment]" if q.kind == "fragment" else ""
    return f"{o}{one_line(q.text)}{c}{tag}"


def explain_line(q: Quote) -> str:
    """Why a quote has its speaker (``--explain``): the rule that named it, the cue, the words
    that named the speaker and the rule's doc, as one line."""
    from newsbrief.quotes.rules import describe

    doc = describe(q.rule) if q.rule else "no rule named a speaker"
    cue = one_line(q.cue) if q.cue else "none"
    mention = one_line(q.mention) if q.mention else "none"
    return f"↳ {q.rule or 'no rule'} · cue: {cue} · mention: {mention} — {one_line(doc or '?')}"


def bar(share: float, width: int = _BAR) -> str:
    """A text bar for a share in [0, 1]."""
    full = round(share * width)
    return "█" * full + "·" * (width - full)


def render_text(brief: Brief, *, summary: bool = True, quotes: bool = True,
                quote_marks: QuoteMarks | None = None, explain: bool = False) -> str:
    """The brief as plain text: no colour, no wrapping, one item a line; quotes in the marks
    the article used (``quote_marks``) or their language's (``explain``: each quote followed
    by its :func:`explain_line`)."""
    out: list[str] = []
    if brief.title:
        out.append(one_line(brief.title))
    out.append(header_line(brief))
    if brief.keywords:
        out.append("Keywords: " + ", ".join(one_line(k) for k in brief.keywords))
    if summary:
        out += ["", "Summary"]
        out += [f"  {i}. {one_line(s.text)}" for i, s in enumerate(brief.summary, 1)]
    if quotes:
        groups = grouped_quotes(brief)
        out += ["", "Quotes"] if groups else ["", "Quotes: none"]
        for speaker, qs in groups:
            out.append(f"  {speaker_label(speaker, qs[0].speaker)} — {_count(len(qs))}")
            for q in qs:
                out.append(f"    {_quote_line(q, brief.language, quote_marks)}")
                out += [f"      {explain_line(q)}"] if explain else []
        voices = brief.voices()
        if len(voices) > 1:
            out += ["", "Voices"]
            width = max(len(one_line(n)) for n, _, _ in voices)
            out += [f"  {one_line(n):<{width}}  {bar(sh)} {sh:>4.0%}" for n, _, sh in voices]
        if brief.people:
            out += ["", "People"]
            out += [f"  {one_line(p.name)}" + (f" — {one_line(p.role)}" if p.role else "")
                    for p in brief.people]
    return "\n".join(out) + "\n"


def _count(n: int) -> str:
    return f"{n} quote" + ("s" if n != 1 else "")


def _md(text: str) -> str:
    """Escape the characters markdown would read as formatting."""
    out = one_line(text)
    for ch in "\\`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out


def render_markdown(brief: Brief, *, summary: bool = True, quotes: bool = True,
                    quote_marks: QuoteMarks | None = None, explain: bool = False) -> str:
    """The brief as markdown that reads well pasted into notes (marks as in :func:`render_text`;
    ``explain``: each quote's :func:`explain_line` on the line below it, in the same block
    quote)."""
    out = [f"# {_md(brief.title)}" if brief.title else "# Brief", "", f"*{header_line(brief)}*"]
    if brief.keywords:
        out += ["", "**Keywords:** " + ", ".join(_md(k) for k in brief.keywords)]
    if summary:
        out += ["", "## Summary", ""] + [f"{i}. {_md(s.text)}"
                                         for i, s in enumerate(brief.summary, 1)]
    if quotes:
        groups = grouped_quotes(brief)
        if groups:
            out += ["", "## Quotes"]
        for speaker, qs in groups:
            out += ["", f"### {_md(speaker_label(speaker, qs[0].speaker))}", ""]
            lines = []
            for q in qs:
                o, c = marks(brief.language, q, quote_marks)
                lines.append(f"> {o}{_md(q.text)}{c}"
                             + (" *(fragment)*" if q.kind == "fragment" else "")
                             # (a backslash ending a line is a hard line break in CommonMark)
                             + (f"\\\n> {_md(explain_line(q))}" if explain else ""))
            out.append("\n>\n".join(lines))  # one block quote, a blank quoted line between
        if brief.people:
            out += ["", "## People", ""]
            out += [f"- {_md(p.name)}" + (f" — {_md(p.role)}" if p.role else "")
                    for p in brief.people]
    return "\n".join(out) + "\n"


def brief_json(brief: Brief, *, summary: bool = True, quotes: bool = True) -> dict[str, Any]:
    """The JSON object of the brief, with sections emptied (not removed) by --*-only options."""
    data = to_dict(brief)
    if not summary:
        data["summary"] = []
    if not quotes:
        data["quotes"], data["speakers"], data["voices"] = [], [], []
    return data


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """JSON text, UTF-8 kept readable, with terminal-active characters escaped."""
    return json_safe(json.dumps(obj, ensure_ascii=False, indent=indent))


def quote_records(brief: Brief) -> Iterator[dict[str, Any]]:
    """One flat record per quote (``--records quotes``), in article order."""
    for q in to_dict(brief)["quotes"]:
        yield {"source": brief.source, "language": brief.language, **q}


def render_jsonl(brief: Brief, *, records: str = "article", summary: bool = True,
                 quotes: bool = True) -> str:
    """JSON Lines: one line for the article, or one line per quote (``records="quotes"``)."""
    if records == "quotes":
        return "".join(dumps(rec) + "\n" for rec in quote_records(brief))
    return dumps(brief_json(brief, summary=summary, quotes=quotes)) + "\n"


def error_record(source: str, code: int, message: str, remedy: str) -> str:
    """The JSON line that stands for an input that could not be briefed (``--output DIR``)."""
    return dumps({"schema": SCHEMA, "source": source,
                  "error": {"code": code, "message": message, "remedy": remedy}}) + "\n"


def render_tsv(brief: Brief) -> str:
    """``speaker<TAB>kind<TAB>quote<TAB>source`` lines (tabs/newlines in fields become spaces).
    The source comes last so that ``cut -f1`` (speaker) recipes read the same columns."""
    source = one_line(brief.source or "")
    lines = [f"{one_line(q.speaker or '')}\t{q.kind}\t{one_line(q.text)}\t{source}"
             for q in brief.quotes]
    return "".join(line + "\n" for line in lines)


def source_header(source: str, *, markdown: bool) -> str:
    """The line that names the input before its brief when several are written one after the
    other (``==> name <==`` as ``head`` and ``tail`` do; a bold label in markdown)."""
    return f"**Source:** {_md(source)}\n\n" if markdown else f"==> {one_line(source)} <==\n"


def annotation_runs(text: str, brief: Brief) -> Iterator[tuple[str, Quote | None, str]]:
    """The article cut into runs of terminal-safe text: ``(text, None, "")`` between quotes and
    ``(text, quote, tag)`` for each outermost quote, ``tag`` naming its speaker."""
    pos = 0
    for q in sorted(brief.quotes, key=lambda q: (q.start, -q.end)):
        if q.start < pos:
            continue  # nested inside a quote already marked
        yield terminal_safe(text[pos : q.start]), None, ""
        tag = q.speaker or ("title/term" if q.kind == "other" else "?")
        yield terminal_safe(text[q.start : q.end]), q, one_line(tag)
        pos = q.end
    yield terminal_safe(text[pos:]), None, ""


def render_annotated(text: str, brief: Brief, *, markdown: bool) -> str:
    """The article itself, each quote marked and tagged with its speaker."""
    out = []
    for run, quote, tag in annotation_runs(text, brief):
        if quote is None:
            out.append(run)
        else:
            out.append(f"**{run}** *[{_md(tag)}]*" if markdown else f"⟦{run}⟧[{tag}]")
    return "".join(out).rstrip("\n") + "\n"
