"""Sentence ranking: the default news ranker, Lead, LexRank and TextRank.

The default method (``"default"``) scores each candidate sentence as

    position prior · (1 + α · directed centrality) · length factor · (1 − κ · quoted share)

and picks the summary greedily with redundancy control (MMR: a sentence's score is discounted
by its similarity to those already chosen). Why each part: news puts the gist first, so the prior
does most of the work (Lead-k beats every generic ranker on news); PacSum-style directed
centrality lets a later sentence that announces the article's themes displace a weak lead one
(multiplying rather than adding keeps far-away sentences out: adding was less stable on dev);
very short sentences (teasers, "Ce n'est pas tout.") and very long ones cost ROUGE precision;
a sentence that is mostly a quotation rarely summarises the article. Parameters were tuned on the
dev splits of CNN/DM, OrangeSum and XSum (``benchmarks/bench_summaries.py``).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.document.model import Document
from newsbrief.summarize.features import Candidate, candidates
from newsbrief.summarize.graph import (
    Graph,
    build_graph,
    directed_centrality,
    pagerank,
    textrank_weight,
)
from newsbrief.summarize.keywords import keywords
from newsbrief.summarize.model import RankedSentence, Summary
from newsbrief.vocabulary import METHODS

_LEXRANK_THRESHOLD = 0.1


@dataclass(frozen=True, slots=True)
class Params:
    """Weights of the default ranker (values from the dev-split tuning)."""

    decay: float = 0.75  # position prior (1 + i) ** -decay, i = rank among candidates
    alpha: float = 1.5  # weight of directed centrality
    beta: float = 0.0  # edge threshold, share of the strongest edge
    forward: float = 0.25  # penalty for similarity to earlier sentences
    short: int = 18  # sentences shorter than this many words are scaled down
    long: int = 30  # ... and longer than this
    long_power: float = 1.0
    quote: float = 0.4  # κ: penalty for the quoted share of a sentence
    mmr: float = 0.5  # μ: redundancy discount per unit of cosine similarity
    keep_lead: bool = False  # force the first candidate in (the prior usually does it anyway)
    para: float = 0.0  # bonus for opening a paragraph (tried; no gain on dev)
    multiply: bool = True  # centrality scales the prior (True) or adds to it (False)


DEFAULT = Params()


def default_length(document: Document) -> int:
    """Summary length when the user gives none: grows slowly with the article."""
    n = sum(1 for s in document.sentences if document.is_body(s))
    return max(1, min(5, 2 + n // 15))


def _length_factor(words: int, p: Params) -> float:
    if words < p.short:
        return max(words, 1) / p.short
    if words > p.long:
        return float((p.long / words) ** p.long_power)
    return 1.0


def default_scores(
    cands: Sequence[Candidate], p: Params = DEFAULT, graph: Graph | None = None
) -> list[float]:
    """Score of every candidate under the default method (higher is better)."""
    if graph is None and p.alpha:
        graph = build_graph(cands)
    cent = directed_centrality(graph, p.beta, p.forward) if graph is not None and p.alpha else []
    out = []
    for c in cands:
        prior = (1.0 + c.rank) ** -p.decay
        central = p.alpha * cent[c.rank] if cent else 0.0
        if p.multiply:
            prior, central = prior * (1.0 + central), 0.0
        bonus = 1.0 + p.para if c.first_in_paragraph else 1.0
        out.append(
            (prior + central) * bonus * _length_factor(c.words, p) * (1.0 - p.quote * c.quoted)
        )
    return out


def select_mmr(
    cands: Sequence[Candidate],
    scores: Sequence[float],
    k: int,
    words: int | None,
    mmr: float,
    graph: Graph | None = None,
) -> list[int]:
    """Greedy choice of up to ``k`` candidates (or as many as fit in ``words``), each step
    taking the best score discounted by ``mmr`` times the similarity to the closest sentence
    already chosen. Similarities are the graph's edges (all pairs at news length, neighbours
    in long texts), so the cost stays linear. Ties go to the earlier sentence."""
    closest = [0.0] * len(cands)
    # Lazy greedy: discounts only grow, so a popped entry whose score is current is the best.
    heap = [(-scores[i], i, 0.0) for i in range(len(cands))]
    heapq.heapify(heap)
    chosen: list[int] = []
    used = 0
    while heap and len(chosen) < k:
        _, i, seen = heapq.heappop(heap)
        if seen != closest[i]:
            heapq.heappush(heap, (-scores[i] * (1.0 - mmr * closest[i]), i, closest[i]))
            continue
        if words is not None and chosen and used + cands[i].words > words:
            continue
        chosen.append(i)
        used += cands[i].words
        if mmr and graph is not None:
            for j, w in graph[i].items():
                if w > closest[j]:
                    closest[j] = w
    return chosen


def _method_scores(
    cands: Sequence[Candidate], method: str, p: Params
) -> tuple[list[float], Graph | None]:
    if method == "lead":
        return [1.0 / (1.0 + c.rank) for c in cands], None
    if method == "textrank":
        return pagerank(build_graph(cands, textrank_weight)), None
    graph = build_graph(cands)
    if method == "lexrank":
        return pagerank(graph, _LEXRANK_THRESHOLD), None
    return default_scores(cands, p, graph), graph


def _target(document: Document, n: int, k: int | None, ratio: float | None) -> int:
    if k is not None:
        return max(0, k)
    if ratio is not None:
        return max(1, round(ratio * n))
    return default_length(document)


def summarize(
    document: Document,
    k: int | None = None,
    *,
    ratio: float | None = None,
    words: int | None = None,
    method: str = "default",
    quote_spans: Sequence[tuple[int, int]] = (),
    params: Params = DEFAULT,
) -> Summary:
    """The best body sentences, in article order: ``k`` of them, or ``ratio`` of the article,
    or as many as fit in ``words``; ``quote_spans`` are the article's quoted statements."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    cands = candidates(document, quote_spans)
    terms = keywords(document, cands)
    if not cands:
        return Summary((), terms, method)
    scores, graph = _method_scores(cands, method, params)
    limit = len(cands) if words is not None and k is None and ratio is None else None
    target = limit or _target(document, len(cands), k, ratio)
    if method == "default" and params.keep_lead and target > 0:
        # The first candidate goes in whatever its score: give it the top score.
        scores[0] = max(scores) + 1.0
    picked = select_mmr(cands, scores, target, words, params.mmr, graph)
    text = document.text
    out = tuple(
        RankedSentence(text[c.start : c.end], c.sentence, c.start, c.end, scores[i])
        for i in sorted(picked)
        for c in (cands[i],)
    )
    return Summary(out, terms, method)
