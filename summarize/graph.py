"""Sentence similarity graphs and the centrality scores computed on them, in pure Python.

The graph is sparse: an edge per pair of candidates that share a term. Articles of news length
(tens of sentences) get every pair; past :data:`FULL_GRAPH_LIMIT` candidates each sentence is
linked only to its :data:`WINDOW` nearest neighbours on each side, so cost stays linear in the
length of the input (a 1 MB text has ~10,000 sentences).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from newsbrief.summarize.features import Candidate, cosine

Graph = list[dict[int, float]]

FULL_GRAPH_LIMIT = 150
WINDOW = 10
_PAGERANK_DAMPING = 0.85
_PAGERANK_ITERATIONS = 50
_PAGERANK_TOLERANCE = 1e-6


def build_graph(
    cands: Sequence[Candidate], weight: Callable[[Candidate, Candidate], float] | None = None
) -> Graph:
    """Symmetric weighted adjacency (``graph[i][j]``), cosine of TF-IDF vectors by default."""
    n = len(cands)
    span = n if n <= FULL_GRAPH_LIMIT else WINDOW
    graph: Graph = [{} for _ in range(n)]
    for i in range(n):
        ci = cands[i]
        for j in range(i + 1, min(n, i + span + 1)):
            w = weight(ci, cands[j]) if weight else cosine(ci.vector, cands[j].vector)
            if w > 0.0:
                graph[i][j] = w
                graph[j][i] = w
    return graph


def textrank_weight(a: Candidate, b: Candidate) -> float:
    """Mihalcea & Tarau (2004): shared terms over the sum of the log lengths."""
    common = sum(min(c, b.terms[t]) for t, c in a.terms.items() if t in b.terms)
    if not common:
        return 0.0
    la, lb = sum(a.terms.values()), sum(b.terms.values())
    denom = math.log(la + 1) + math.log(lb + 1)
    return common / denom if denom > 0 else 0.0


def pagerank(graph: Graph, threshold: float = 0.0) -> list[float]:
    """Weighted PageRank (edges at or below ``threshold`` dropped); stable, deterministic."""
    n = len(graph)
    if n == 0:
        return []
    edges = [{j: w for j, w in row.items() if w > threshold} for row in graph]
    out_weight = [sum(row.values()) for row in edges]
    score = [1.0 / n] * n
    base = (1.0 - _PAGERANK_DAMPING) / n
    for _ in range(_PAGERANK_ITERATIONS):
        dangling = sum(score[i] for i in range(n) if out_weight[i] == 0.0) / n
        new = [base + _PAGERANK_DAMPING * dangling] * n
        for i, row in enumerate(edges):
            if out_weight[i]:
                share = _PAGERANK_DAMPING * score[i] / out_weight[i]
                for j, w in row.items():
                    new[j] += share * w
        delta = sum(abs(a - b) for a, b in zip(new, score, strict=True))
        score = new
        if delta < _PAGERANK_TOLERANCE:
            break
    return score


def directed_centrality(graph: Graph, beta: float, forward: float) -> list[float]:
    """PacSum-style position-augmented centrality (Zheng & Lapata 2019), scaled to [0, 1].

    A sentence gains from similar later sentences (it announces what follows) and, weighted
    by ``forward``, loses from similar earlier ones (it repeats). Edges count only above
    ``min + beta * (max - min)`` of the graph's weights.
    """
    n = len(graph)
    weights = [w for row in graph for w in row.values()]
    if n == 0 or not weights:
        return [0.0] * n
    lo, hi = min(weights), max(weights)
    threshold = lo + beta * (hi - lo)
    raw = []
    for i, row in enumerate(graph):
        later = sum(w - threshold for j, w in row.items() if j > i and w > threshold)
        earlier = sum(w - threshold for j, w in row.items() if j < i and w > threshold)
        raw.append(later - forward * earlier)
    low, high = min(raw), max(raw)
    if high - low <= 0.0:
        return [0.0] * n
    return [(r - low) / (high - low) for r in raw]
