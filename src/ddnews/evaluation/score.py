#!/usr/bin/env python3
"""Score ddnews extraction output against gold annotations.

Vendored verbatim from the project's shared scorer (../shared/tools/score.py); keep it identical in logic
(tests/evaluation/test_score.py compares the two whenever ../shared is beside the checkout).

Usage:
  score.py --gold DIR --pred FILE.jsonl [--json] [--verbose]

DIR holds one gold JSON per article (see ANNOTATION.md); FILE.jsonl holds one
extracted article per line, as printed by `ddnews extract --format jsonl`.
Predictions are paired with gold by "id"; where no id matches, by the basename
(without extension) of the prediction's "source" field.

Fields scored (precision / recall / F1, micro-averaged over articles):
  documents  numbered documents, keyed by (kind, number, symbol)
  officials  people, keyed by name; title recall reported over matched people
  dates      full calendar dates (ISO)
  claims     quantities found: keyed by value (+ value_max / denominator) and a
             lenient unit match; change / modality accuracy over matched claims
  documents_exact, officials_exact, claims_exact
             the same items, counted only when every field is right: a document's
             date too; an official's full set of titles; a claim's value, value_max,
             denominator, from_value, comparator, unit (same words or same group),
             change and modality. These are the figures to aim at.
  organizations, locations
             named bodies and places, keyed by their folded text (case, tone
             placement and punctuation ignored)
  published  accuracy of the publication date
Only the standard library is used.
"""
import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

# ---------------------------------------------------------------- normalising


def nfc(s):
    return unicodedata.normalize("NFC", s or "")


_TONE_FIX = {  # old-style tone placement -> new style, on the common syllables
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}


def fold(s):
    """Lower-case, NFC, new-style tones, no punctuation, single spaces."""
    s = nfc(s).lower()
    for old, new in _TONE_FIX.items():
        s = s.replace(old, new)
    s = re.sub(r"[^\w%/]+", " ", s)
    return " ".join(s.split())


def strip_marks(s):
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


_KIND_ALIASES = {
    "nq": "nghị quyết", "ct": "chỉ thị", "qđi": "quy định", "qđ": "quyết định", "kl": "kết luận",
    "hd": "hướng dẫn", "kh": "kế hoạch", "tt": "thông tri", "ctr": "chương trình", "tb": "thông báo",
}


def doc_key(d):
    kind = fold(d.get("kind") or "")
    kind = _KIND_ALIASES.get(kind, kind)
    number = str(d.get("number") or "").strip().lstrip("0") or "0"
    symbol = fold(d.get("symbol") or "").replace(" ", "")
    symbol = symbol.replace("-", "/")
    return (kind, number, symbol)


def num(x):
    if x is None:
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


_UNIT_GROUPS = [
    {"thôn bản", "thôn", "bản", "thôn bản tổ dân phố", "thôn bản khu phố", "thôn tổ dân phố", "bản làng"},
    {"đảng viên", "đảng viên mới", "đồng chí"},
    {"%", "phần trăm"},
    {"tổ chức cơ sở đảng", "tccsđ", "tổ chức cơ sở đảng tccsđ"},
]


def unit_match(a, b):
    a, b = fold(a), fold(b)
    if not a or not b:
        return False
    if a == b or strip_marks(a) == strip_marks(b):
        return True
    for group in _UNIT_GROUPS:
        if a in group and b in group:
            return True
    short, long_ = sorted((a, b), key=len)
    # one phrase contains the other as whole words: "chi bộ" ~ "chi bộ thôn"
    return f" {short} " in f" {long_} "


def same_value(a, b):
    a, b = num(a), num(b)
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def unit_exact(a, b):
    a, b = fold(a), fold(b)
    if a == b or strip_marks(a) == strip_marks(b):
        return bool(a)
    return any(a in group and b in group for group in _UNIT_GROUPS)


def claim_exact(g, p):
    return (
        same_value(g.get("value"), p.get("value"))
        and same_value(g.get("value_max"), p.get("value_max"))
        and same_value(g.get("denominator"), p.get("denominator"))
        and same_value(g.get("from_value"), p.get("from_value"))
        and (g.get("comparator") or None) == (p.get("comparator") or None)
        and unit_exact(g.get("unit"), p.get("unit"))
        and (g.get("change") or None) == (p.get("change") or None)
        and (g.get("modality") or "actual") == (p.get("modality") or "actual")
    )


def doc_key_exact(d):
    return doc_key(d) + ((d.get("date") or None),)


def titles_key(o):
    return tuple(sorted(fold(t) for t in o.get("titles") or []))


def claim_match(g, p):
    return (
        same_value(g.get("value"), p.get("value"))
        and same_value(g.get("value_max"), p.get("value_max"))
        and (g.get("denominator") is None or same_value(g.get("denominator"), p.get("denominator")))
        and unit_match(g.get("unit"), p.get("unit"))
    )


# ---------------------------------------------------------------- matching


def period_of(c):
    """(start, end) of a claim's period: gold writes {"period": {"start", "end"}}, predictions may write that
    or flat period_start / period_end fields."""
    p = c.get("period")
    if isinstance(p, dict):
        return (p.get("start") or None, p.get("end") or None)
    return (c.get("period_start") or None, c.get("period_end") or None)


def greedy_pairs(gold, pred, match):
    """Pair each gold item with at most one predicted item (first fit)."""
    used, pairs = set(), []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and match(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


class Tally:
    def __init__(self):
        self.tp = self.gold = self.pred = 0

    def add(self, tp, gold, pred):
        self.tp += tp
        self.gold += gold
        self.pred += pred

    def prf(self):
        p = self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def titles_recalled(gold_titles, pred_titles):
    pred = [fold(t) for t in pred_titles or []]
    hit = 0
    for t in gold_titles or []:
        ft = fold(t)
        if any(ft == q or ft in q or q in ft for q in pred if q):
            hit += 1
    return hit


def score(gold_docs, preds, verbose=False):
    t = {k: Tally() for k in ("documents", "officials", "dates", "claims", "organizations", "locations",
                              "documents_exact", "officials_exact", "claims_exact")}
    titles = [0, 0]
    change = [0, 0]
    modality = [0, 0]
    period = [0, 0]
    period_end_year = [0, 0]
    published = [0, 0]
    missing = []
    for gid, g in sorted(gold_docs.items()):
        p = preds.get(gid)
        if p is None:
            missing.append(gid)
            p = {}
        # documents
        gk = {doc_key(d) for d in g.get("documents", [])}
        pk = {doc_key(d) for d in p.get("documents", []) or []}
        t["documents"].add(len(gk & pk), len(gk), len(pk))
        if verbose and gk != pk:
            print(f"[{gid}] documents missed={sorted(gk - pk)} extra={sorted(pk - gk)}")
        gx = {doc_key_exact(d) for d in g.get("documents", [])}
        px = {doc_key_exact(d) for d in p.get("documents", []) or []}
        t["documents_exact"].add(len(gx & px), len(gx), len(px))
        # officials
        gn = {fold(o["name"]): o for o in g.get("officials", [])}
        pn = {fold(o.get("name", "")): o for o in p.get("officials", []) or []}
        exact = sum(1 for n in set(gn) & set(pn) if titles_key(gn[n]) == titles_key(pn[n]))
        t["officials_exact"].add(exact, len(gn), len(pn))
        both = set(gn) & set(pn)
        t["officials"].add(len(both), len(gn), len(pn))
        for n in both:
            titles[0] += titles_recalled(gn[n].get("titles"), pn[n].get("titles"))
            titles[1] += len(gn[n].get("titles") or [])
        if verbose and set(gn) != set(pn):
            print(f"[{gid}] officials missed={sorted(set(gn) - set(pn))} extra={sorted(set(pn) - set(gn))}")
        # dates
        gd = set(g.get("dates", []))
        pd = {d.get("value") if isinstance(d, dict) else d for d in p.get("dates", []) or []}
        t["dates"].add(len(gd & pd), len(gd), len(pd))
        if verbose and gd != pd:
            print(f"[{gid}] dates missed={sorted(gd - pd)} extra={sorted(x for x in pd - gd if x)}")
        # claims
        gc = g.get("claims", [])
        pc = p.get("claims", []) or []
        pairs = greedy_pairs(gc, pc, claim_match)
        t["claims"].add(len(pairs), len(gc), len(pc))
        t["claims_exact"].add(len(greedy_pairs(gc, pc, claim_exact)), len(gc), len(pc))
        for gi, pi in pairs:
            change[0] += (gc[gi].get("change") or None) == (pc[pi].get("change") or None)
            change[1] += 1
            modality[0] += (gc[gi].get("modality") or "actual") == (pc[pi].get("modality") or "actual")
            modality[1] += 1
            if "period" in gc[gi]:
                gp, pp = period_of(gc[gi]), period_of(pc[pi])
                period[0] += gp == pp
                period[1] += 1
                period_end_year[0] += (gp[1] or "")[:4] == (pp[1] or "")[:4]
                period_end_year[1] += 1
        if verbose:
            got_g = {gi for gi, _ in pairs}
            got_p = {pi for _, pi in pairs}
            for gi, c in enumerate(gc):
                if gi not in got_g:
                    print(f"[{gid}] claim missed: {c.get('value')} {c.get('unit')!r} | {c.get('evidence')}")
            for pi, c in enumerate(pc):
                if pi not in got_p:
                    print(f"[{gid}] claim extra: {c.get('value')} {c.get('unit')!r} | {c.get('evidence')}")
        # organizations, locations: plain strings (or {"text": ...} objects)
        for field in ("organizations", "locations"):
            gs = {fold(x) for x in g.get(field, []) or []}
            ps = {fold(x.get("text", "") if isinstance(x, dict) else x) for x in p.get(field, []) or []}
            ps.discard("")
            t[field].add(len(gs & ps), len(gs), len(ps))
            if verbose and gs != ps:
                print(f"[{gid}] {field} missed={sorted(gs - ps)} extra={sorted(ps - gs)}")
        # published
        if "published" in g:
            published[1] += 1
            published[0] += (g.get("published") or None) == (p.get("published") or None)
    out = {}
    for k, tally in t.items():
        pr, rc, f1 = tally.prf()
        out[k] = {"precision": round(pr, 3), "recall": round(rc, 3), "f1": round(f1, 3),
                  "gold": tally.gold, "predicted": tally.pred, "matched": tally.tp}
    ratio = lambda a: round(a[0] / a[1], 3) if a[1] else None  # noqa: E731
    out["officials"]["title_recall"] = ratio(titles)
    out["claims"]["change_accuracy"] = ratio(change)
    out["claims"]["modality_accuracy"] = ratio(modality)
    out["claims"]["period_accuracy"] = ratio(period)
    out["claims"]["period_end_year_accuracy"] = ratio(period_end_year)
    out["published_accuracy"] = ratio(published)
    out["articles"] = len(gold_docs)
    out["articles_without_prediction"] = missing
    return out


def load_gold(d):
    gold = {}
    for f in sorted(Path(d).glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        gold[g.get("id") or f.stem] = g
    return gold


def load_pred(path, gold_ids):
    preds = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        p = json.loads(line)
        key = p.get("id")
        if key not in gold_ids:
            src = p.get("source") or p.get("path") or ""
            stem = Path(str(src)).stem
            key = stem if stem in gold_ids else key
        preds[key] = p
    return preds


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--verbose", action="store_true", help="list misses and extras")
    a = ap.parse_args(argv)
    gold = load_gold(a.gold)
    preds = load_pred(a.pred, set(gold))
    res = score(gold, preds, a.verbose)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    for k in ("documents", "documents_exact", "officials", "officials_exact", "dates", "claims",
              "claims_exact", "organizations", "locations"):
        r = res[k]
        extra = ""
        if k == "officials":
            extra = f"  title_recall={r['title_recall']}"
        if k == "claims":
            extra = f"  change_acc={r['change_accuracy']}  modality_acc={r['modality_accuracy']}"
            if r.get("period_accuracy") is not None:
                extra += f"  period_acc={r['period_accuracy']}  period_end_year_acc={r['period_end_year_accuracy']}"
        print(f"{k:15s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
              f"(gold {r['gold']}, predicted {r['predicted']}){extra}")
    print(f"published       accuracy={res['published_accuracy']}  articles={res['articles']}"
          f"  without prediction={len(res['articles_without_prediction'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
