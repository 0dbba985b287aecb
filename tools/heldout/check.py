#!/usr/bin/env python3
"""usage: check.py DIR SET  -- checks a held-out set written under DIR (reports + SET-meta.json, SET-sections.json,
SET-cases.jsonl). Prints each error and warning, then 'N errors, M warnings'. Fix every error."""
import sys, json, re, pathlib, html, unicodedata
d = pathlib.Path(sys.argv[1]); S = sys.argv[2]
errs, warns = [], []
E = errs.append; W = warns.append
def text_of(p):
    t = p.read_text(encoding="utf-8")
    if p.suffix == ".html":
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", t)
        t = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</li>|</tr>", "\n", t)
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return t
try:
    meta = json.load(open(d / f"{S}-meta.json", encoding="utf-8"))
    secs = json.load(open(d / f"{S}-sections.json", encoding="utf-8"))
    cases = [json.loads(l) for l in open(d / f"{S}-cases.jsonl", encoding="utf-8") if l.strip()]
except Exception as x:
    print("error: cannot read the gold files:", x); print("1 errors, 0 warnings"); sys.exit(1)
files = sorted(meta)
texts = {}
for f in files:
    p = d / f
    if not p.exists(): E(f"{f}: report file missing"); continue
    texts[f] = text_of(p)
    n = len(re.sub(r"\s", "", texts[f]))
    if n < 12000: E(f"{f}: only {n} characters (not counting white space); write 12,000 to 18,000")
    m = meta[f]
    for k in ("title", "region", "level", "year", "reviewPeriod", "deliveredOn", "speaker", "speakerTitle", "meeting"):
        if k not in m: E(f"{f}: meta lacks {k} (null where the text does not say)")
    if m.get("level") not in ("national", "province", "city", "district", "county"): E(f"{f}: meta level {m.get('level')!r}")
    for k in ("title", "speaker", "meeting"):
        if m.get(k) and m[k] not in texts[f]: W(f"{f}: meta {k} {m[k]!r} is not written as such in the text")
    if f not in secs: E(f"{f}: no headings in {S}-sections.json")
if len(files) != 5: E(f"{len(files)} reports in meta; write 5")
for f, heads in secs.items():
    if f not in texts: E(f"sections name {f}, not in meta"); continue
    if not any(h[0] == 1 for h in heads): E(f"{f}: no level-1 heading")
    for h in heads:
        if len(h) != 4 or h[0] not in (1, 2, 3): E(f"{f}: heading {h} is not [level, number, title, kind]"); continue
        if h[0] == 1 and h[3] not in ("review", "plan", "glossary", "other"): E(f"{f}: level-1 heading {h[2]} kind {h[3]!r}")
        if h[0] > 1 and h[3] is not None: E(f"{f}: only level-1 headings carry a kind: {h[2]}")
        if h[2] not in texts[f]: E(f"{f}: heading title {h[2]!r} not in the text")
KINDS = {"actual", "estimate", "target"}; MEAS = {"level", "change", "share", "count"}
APPROX = {None, "about", "over", "under", "at_most", "at_least"}
MULT = [1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e11, 1e12, 1e16]
CN = "零〇一二两三四五六七八九十百千万亿"
def nums(s):
    s = unicodedata.normalize("NFKC", s).replace(",", "")
    return [float(x) for x in re.findall(r"\d+(?:\.\d+)?", s)]
covered = {f: [] for f in texts}
n_fig = 0
for i, c in enumerate(cases, 1):
    f = c.get("file")
    if f not in texts: E(f"case {i}: file {f!r} not in meta"); continue
    s = c.get("sentence") or ""
    if s not in texts[f] and re.sub(r"\s", "", s) not in re.sub(r"\s", "", texts[f]): E(f"case {i}: sentence not found verbatim in {f}: {s[:40]}"); continue
    covered[f].append(s)
    for e in c.get("expect", []):
        n_fig += 1
        where = f"case {i} ({s[:20]}…) {e.get('name')}={e.get('value')}"
        for k in ("name", "value", "unit", "measure", "kind", "year"):
            if k not in e: E(f"{where}: lacks {k}")
        if e.get("kind") not in KINDS: E(f"{where}: kind {e.get('kind')!r}")
        if e.get("measure") not in MEAS: E(f"{where}: measure {e.get('measure')!r}")
        if e.get("approx") not in APPROX: E(f"{where}: approx {e.get('approx')!r}")
        b = e.get("basis")
        if b is not None and b not in ("yoy", "annual_avg") and not re.fullmatch(r"since:\d{4}", str(b)): E(f"{where}: basis {b!r}")
        if not isinstance(e.get("value"), (int, float)): E(f"{where}: value must be a number"); continue
        if e.get("year") is not None and not isinstance(e.get("year"), int): E(f"{where}: year must be an integer or null")
        if "upper" in e and e["upper"] is not None and not isinstance(e["upper"], (int, float)): E(f"{where}: upper must be a number")
        if e.get("unit") in ("个百分点", "百分点", "％"): E(f"{where}: unit is 'pp' for 个百分点 and '%' for ％")
        if not e.get("name"): E(f"{where}: empty name")
        v = abs(e["value"])
        if not any(abs(n * m - v) <= 1e-6 * max(1, v) for n in nums(s) for m in MULT) and not re.search(f"[{CN}]", s):
            E(f"{where}: value {e['value']} is no number of the sentence times 十/百/千/万/亿")
        for k in e.get("soft", []):
            if k not in e: W(f"{where}: soft names {k}, which it does not give")
for f, t in texts.items():
    for part in re.split(r"[。！？\n]", t):
        if re.search(r"[0-9０-９]", part) and len(part.strip()) > 3:
            if any(h[2] in part for h in secs.get(f, [])) or "代表大会" in part or part.strip().startswith(("——", "—", "(", "（")):
                continue  # headings and the title block's date lines are scored as headings and meta
            if not any(re.sub(r"\s", "", part) in re.sub(r"\s", "", s) or s in part for s in covered[f]):
                E(f"{f}: a sentence with a number is in no case: {part.strip()[:50]}")
if n_fig < 450: W(f"{n_fig} figures in all; aim for about 500")
for x in errs: print("error:", x)
for x in warns: print("warning:", x)
print(f"{len(errs)} errors, {len(warns)} warnings; {n_fig} figures in {len(cases)} cases")
