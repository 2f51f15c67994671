"""Quote extraction benchmark: quote P/R/F1, speaker accuracy and attributed F1 per corpus/language.

Usage (from the project root)::

    python benchmarks/bench_quotes.py [--sets seed,synthetic,de-dev,own|all] [--runner brief]
        [--misses] [--rules]

Corpora are read from ``../shared`` (relative to the project root) and skipped when absent; the
de-wikinews and synthetic JSONL files are converted with ``../shared/tools/jsonl_to_gold.py`` into
a temporary directory (never into the repository). By default the metrics are computed in-process
with the scorer's own matching functions (imported from ``score_briefs.py``), which is fast and
identical in definition; ``--runner CMD`` runs the real scorer on the CLI instead. Sets:
``seed``, ``synthetic``, ``synthetic-resolved`` (the same, where a role-noun speaker also
counts as right when it names the person the corpus resolves it to), ``de-dev``, ``de-train``,
``de-test`` (report only), ``own`` (this project's multilingual articles in
``tests/data/quotes``, scored per language), ``en-dev`` (our English gold on the dev splits of
the CNN/DailyMail and BBC corpora), ``fr-dev`` (our French gold on 25 articles of the OrangeSum
dev split), ``fr-dev2`` (30 more, held out from the rules tuned on ``fr-dev``) and ``fr-dev-all``
(the 55 as one set): offsets only, rebuilt from ``../shared`` by ``real_gold.py``, scored as a
whole, then per corpus when the gold spans several; ``all`` is every one of them.

``--rules`` adds, under each set's line, a table per rule (in the engine's order; ``(no rule)``
for unattributed quotes): the quotes the rule attributed, how many of them the gold judges
(matched to a gold quote, speaker not skipped), and the share whose speaker is right by the
scorer's ``speaker_ok`` (``+mention``: or whose mention is, as the gold writes roles as written).
Aggregates only: it names no article.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import real_gold

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TOOLS = SHARED / "tools"
QUOTES = SHARED / "corpus" / "quotes"
OWN = ROOT / "tests" / "data" / "quotes"
ALL_SETS = ("seed,synthetic,synthetic-resolved,de-dev,de-train,de-test,own,en-dev,fr-dev,fr-dev2,"
            "fr-dev-all")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_briefs", TOOLS / "score_briefs.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _convert(jsonl: Path, out: Path) -> Path:
    subprocess.run([sys.executable, str(TOOLS / "jsonl_to_gold.py"), str(jsonl), str(out)],
                   check=True)
    return out


def _with_resolved(jsonl: Path, golds: Path) -> Path:
    """Give each converted gold the corpus's ``speaker_resolved`` annotation as ``people``
    aliases (the scorer's own mechanism, as in the seed gold): "le syndicaliste", resolved to
    Jean Morel, then also accepts Jean Morel."""
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        path = golds / f"{record['id']}.json"
        if not path.exists():
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        aliases: dict[str, set[str]] = {}
        for q in record["quotes"]:
            if q.get("speaker") and q.get("speaker_resolved"):
                aliases.setdefault(q["speaker"], set()).add(q["speaker_resolved"])
        gold["people"] = [{"name": m, "aliases": sorted(a)} for m, a in sorted(aliases.items())]
        path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return golds


class RuleTally:
    """Per rule id (None: no rule named a speaker): the quotes it attributed, those the gold
    judges (matched to a gold quote whose speaker is not skipped), and of those the ones whose
    speaker is right (the scorer's ``speaker_ok``; a gold quote with no speaker is right only
    unattributed), and right counting the mention too (the gold writes roles as written)."""

    def __init__(self) -> None:
        self.counts: dict[str | None, list[int]] = {}

    def add(self, rule: str | None, right: bool | None = None, as_written: bool = False
            ) -> None:
        """One system quote; ``right`` None when no gold quote judges its speaker."""
        c = self.counts.setdefault(rule, [0, 0, 0, 0])
        c[0] += 1
        if right is not None:
            c[1] += 1
            c[2] += right
            c[3] += right or as_written

    def lines(self) -> list[str]:
        """The table, rules in the engine's order, 'no rule' last; only rules that fired."""
        from newsbrief.quotes.rules import all_rules

        order: list[str | None] = [r.id for r in all_rules()]
        order += [*sorted(k for k in self.counts if k not in order and k is not None), None]
        out = [f"  {'rule':<32} {'quotes':>6} {'judged':>6} {'right':>6} {'+mention':>8}"]
        for rule in (r for r in order if r in self.counts):
            n, judged, right, written = self.counts[rule]
            share = f"{right / judged:>6.3f} {written / judged:>8.3f}" if judged else (
                f"{'-':>6} {'-':>8}")
            out.append(f"  {rule or '(no rule)':<32} {n:>6} {judged:>6} {share}")
        return out


def score(golds: list[Path], sc: ModuleType, misses: bool, rules: RuleTally | None = None
          ) -> dict[str, Any]:
    """The score_briefs.py quote metrics, computed in-process on ``newsbrief.analyze``;
    ``rules`` (when given) tallies each system quote under the rule that named its speaker."""
    rules = rules if rules is not None else RuleTally()
    from newsbrief.brief import to_dict
    from newsbrief.document.structure import parse_document
    from newsbrief.pipeline import analyze
    from newsbrief.quotes.extract import extract_quotes

    tp = fp = fn = attr_ok = spk_ok = spk_n = as_written_ok = 0
    elapsed = 0.0
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = gpath.with_suffix(".txt").read_text(encoding="utf-8")
        brief = to_dict(analyze(text))
        document = parse_document(text, brief["language"])
        t0 = time.process_time()  # CPU time: the machine may be shared
        extract_quotes(document)
        elapsed += time.process_time() - t0
        people = gold.get("people", [])
        sysq = [q for q in brief["quotes"] if (q.get("kind") or "statement") != "other"]
        gpos = [q for q in gold["quotes"] if q["kind"] in ("statement", "fragment")]
        used: set[int] = set()
        for gq in gpos:
            best, bi = 0.0, None
            for i, sq in enumerate(sysq):
                if i not in used:
                    r = sc.same_quote(gq["text"], sq.get("text"))
                    if r > best:
                        best, bi = r, i
            if best >= 0.8 and bi is not None:
                used.add(bi)
                tp += 1
                if gq.get("speaker_skip"):
                    attr_ok += 1
                    rules.add(sysq[bi]["rule"])
                elif not gq.get("speaker"):
                    attr_ok += not sysq[bi].get("speaker")
                    rules.add(sysq[bi]["rule"], not sysq[bi].get("speaker"))
                else:
                    spk_n += 1
                    ok = sc.speaker_ok(gq["speaker"], sysq[bi].get("speaker"), people)
                    spk_ok += ok
                    attr_ok += ok
                    # the gold's convention writes a role as written ("der Bundespräsident"),
                    # where the brief resolves it (Horst Köhler): the mention shows that too
                    written = sc.speaker_ok(gq["speaker"], sysq[bi].get("mention"), people)
                    as_written_ok += ok or written
                    rules.add(sysq[bi]["rule"], ok, written)
                    if misses and not ok:
                        print(f"  {gold['id']}: speaker {sysq[bi].get('speaker')!r} != "
                              f"{gq['speaker']!r} for {gq['text'][:50]!r}")
            else:
                fn += 1
                if misses:
                    print(f"  {gold['id']}: missed {gq['kind']} {gq['text'][:60]!r}")
        for i, sq in enumerate(sysq):
            if i not in used:
                fp += 1
                rules.add(sq["rule"])
                if misses:
                    print(f"  {gold['id']}: spurious {sq.get('kind')} {sq.get('text')[:60]!r}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"articles": len(golds), "quote_P": round(p, 3), "quote_R": round(r, 3),
            "quote_F1": round(f, 3), "speaker_acc": round(spk_ok / spk_n, 3) if spk_n else None,
            "speaker_or_mention_acc": round(as_written_ok / spk_n, 3) if spk_n else None,
            "attributed_F1": round(2 * attr_ok / (2 * tp + fp + fn), 3) if tp + fp + fn else 0.0,
            "extract_cpu_ms": round(1000 * elapsed / max(1, len(golds)), 2)}


def _real(golds: list[Path], runner: str) -> str:
    out = subprocess.run([sys.executable, str(TOOLS / "score_briefs.py"), *map(str, golds),
                          "--runner", runner, "--json"], capture_output=True, text=True)
    return (out.stdout or out.stderr).strip().splitlines()[-1]


def _real_gold_sets(gold: real_gold.RealGold, out: Path) -> list[tuple[str, list[Path]]]:
    """The pairs of one of our real-article golds, rebuilt into ``out``: the whole set, then one
    set per corpus when it spans several (named by the ids' prefix, ``en-dev-cnndm``)."""
    golds = (real_gold.write_pairs(SHARED, out, gold)
             if (SHARED / "corpus" / "summaries").exists() else [])
    sets = [(gold.name, golds)]
    if len(gold.corpora) > 1:
        for corpus in gold.corpora:
            prefix = corpus.removeprefix("frank-")
            sets.append((f"{gold.name}-{prefix}",
                         [g for g in golds if g.name.startswith(f"{prefix}-")]))
    return sets


def main() -> None:
    """Run the requested sets and print one line of metrics per set (and per language)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="seed,synthetic,de-dev,own")
    ap.add_argument("--runner", help="score with the real scorer through this CLI command")
    ap.add_argument("--misses", action="store_true", help="print every miss (in-process only)")
    ap.add_argument("--rules", action="store_true",
                    help="after each set, per rule: quotes attributed, judged, share right")
    a = ap.parse_args()
    if a.sets == "all":
        a.sets = ALL_SETS
    if not TOOLS.exists():
        print(f"skipped: {SHARED} not found")
        return
    sc = _scorer()
    with tempfile.TemporaryDirectory() as tmp:
        sets: list[tuple[str, list[Path]]] = []
        for name in a.sets.split(","):
            if name == "seed":
                sets.append((name, sorted((SHARED / "corpus" / "seed").glob("*.json"))))
            elif name in ("synthetic", "synthetic-resolved"):
                jsonl = QUOTES / "synthetic-challenge" / "challenge.jsonl"
                d = _convert(jsonl, Path(tmp) / name)
                if name == "synthetic-resolved":
                    d = _with_resolved(jsonl, d)
                sets.append((name, sorted(d.glob("*.json"))))
            elif name.startswith("de-"):
                split = name[3:]
                d = _convert(QUOTES / "de-wikinews-quotes" / f"{split}.jsonl", Path(tmp) / name)
                sets.append((name, sorted(d.glob("*.json"))))
            elif name in real_gold.GOLDS:
                sets.extend(_real_gold_sets(real_gold.GOLDS[name], Path(tmp) / name))
            elif name in real_gold.UNIONS:
                sets.append((name, [g for part in real_gold.UNIONS[name]
                                    for _, golds in _real_gold_sets(real_gold.GOLDS[part],
                                                                    Path(tmp) / name / part)[:1]
                                    for g in golds]))
            elif name == "own":
                for lang_dir in sorted(p for p in OWN.iterdir() if p.is_dir()):
                    sets.append((f"own-{lang_dir.name}", sorted(lang_dir.glob("*.json"))))
        for name, golds in sets:
            golds = [g for g in golds if g.with_suffix(".txt").exists()]
            if not golds:
                print(f"{name}: skipped (no data)")
                continue
            if a.runner:
                print(f"{name}: {_real(golds, a.runner)}")
            else:
                if a.misses:
                    print(f"{name}:")
                tally = RuleTally()
                res = score(golds, sc, a.misses, tally)
                print(f"{name}: " + " ".join(f"{k}={v}" for k, v in res.items()))
                if a.rules:
                    print("\n".join(tally.lines()))


if __name__ == "__main__":
    main()
