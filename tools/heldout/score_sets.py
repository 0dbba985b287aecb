#!/usr/bin/env python3
"""Scores every held-out set (extractor/src/test/resources/phrasings) with the reference scorer, per set and in all.

usage: score_sets.py PRED.jsonl [--sets a,b] [--miss OUT] [--quiet]
PRED.jsonl: one extracted document per line for the held-out reports, as `extract_all.sh` writes it. --miss writes
every figure, heading or meta field missed, one per line, prefixed by its set.
"""
import sys, json, pathlib, argparse

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO.parent / "shared" / "gold"))
import score as S  # noqa: E402  the reference scorer, ../shared/gold/score.py

PHRASINGS = REPO / "extractor/src/test/resources/phrasings"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("--sets")
    ap.add_argument("--miss")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    preds = S.load_preds(a.pred)
    sets = sorted(p.name[:-len("-cases.jsonl")] for p in PHRASINGS.glob("*-cases.jsonl"))
    if a.sets:
        sets = [s for s in sets if s in a.sets.split(",")]
    total = [0] * 4
    meta = [0, 0]
    heads = [0, 0]
    missed = []
    for s in sets:
        misses = []
        cases = [json.loads(l) for l in open(PHRASINGS / f"{s}-cases.jsonl", encoding="utf-8") if l.strip()]
        found, wanted, right, produced = S.score_cases(cases, preds, misses)
        line = f"{s} ind {found}/{wanted} of {produced}"
        for i, v in enumerate((found, wanted, right, produced)):
            total[i] += v
        mp = PHRASINGS / f"{s}-meta.json"
        if mp.exists():
            r, t = S.score_meta(json.load(open(mp, encoding="utf-8")), preds, misses)
            meta[0] += r
            meta[1] += t
            line += f" meta {r}/{t}"
        sp = PHRASINGS / f"{s}-sections.json"
        if sp.exists():
            f, w, _, _, _ = S.score_sections(json.load(open(sp, encoding="utf-8")), preds, misses)
            heads[0] += f
            heads[1] += w
            line += f" head {f}/{w}"
        if not a.quiet:
            print(line)
        missed += [f"{s}\t{m}" for m in misses]
    print(f"TOTAL sets {len(sets)} found {total[0]}/{total[1]} = {total[0] / max(1, total[1]):.4f} "
          f"right {total[2]}/{total[3]} meta {meta[0]}/{meta[1]} head {heads[0]}/{heads[1]}")
    if a.miss:
        open(a.miss, "w", encoding="utf-8").write("\n".join(missed) + "\n")


if __name__ == "__main__":
    main()
