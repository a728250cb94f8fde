"""Does spaCy earn its place in credit detection? Four arms, trained and
chosen on the tune part of ``tests/corpus``, measured on the check part.

    A  rules     the shipped reader (pure-Python tokenizer, sentences, matcher)
    B  +senter   the same reader with spaCy's rule-based sentencizer
    C  ner       a spaCy NER component (labels EXPLICIT / INFERRED) trained
                 on the tune part's acknowledgements, over a blank English
                 pipeline (nothing downloaded)
    D  union     names from A or C (C's basis where A found nothing)

Scored on acknowledgement texts: the labelled acknowledgement records and
the acknowledgement sections of the labelled papers, with the scorer
``techcost eval`` uses. Prints figures and the time each arm takes.

    python scripts/spacy_experiment.py [--epochs 30] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from techcost import api
from techcost.analysis import analyser
from techcost.evaluation.corpus import load_corpus
from techcost.evaluation.manuscripts import _prf, match_people
from techcost.model import Location, Manuscript


def ack_texts(part: str, ruleset) -> list[tuple[str, list[dict]]]:
    """(text, gold named staff) for every acknowledgement in a part."""
    c = load_corpus(ROOT / "tests" / "corpus")
    out: list[tuple[str, list[dict]]] = []
    for a in c.acks_in(part):
        out.append((a.text, a.record.get("technical_staff_named") or []))
    for p in c.papers_in(part):
        parsed = api.parse_one(p.path, ruleset, display=p.label["local_path"])
        m = parsed.model
        if not isinstance(m, Manuscript):
            continue
        text = "\n\n".join(b.text for s in m.sections if s.kind in ("acknowledgements", "funding") for b in s.blocks)
        if text.strip():
            out.append((text, p.label.get("technical_staff_named") or []))
    return out


def spans_for(text: str, gold: list[dict]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for g in gold:
        name = str(g["name"]).strip()
        pat = re.compile(r"\s+".join(re.escape(w) for w in name.split()))
        for m in pat.finditer(text):
            if any(not (m.end() <= s or m.start() >= e) for s, e in taken):
                continue
            spans.append((m.start(), m.end(), "EXPLICIT" if g.get("basis", "explicit") == "explicit" else "INFERRED"))
            taken.append((m.start(), m.end()))
    return spans


def score(preds: list[tuple[list[str], list[str]]], data: list[tuple[str, list[dict]]]) -> dict[str, dict]:
    st = [0, 0, 0]
    le = [0, 0, 0]
    for (strict, allnames), (_, gold) in zip(preds, data):
        gs = [g["name"] for g in gold if g.get("basis", "explicit") == "explicit"]
        ga = [g["name"] for g in gold]
        st[0] += match_people(strict, gs)
        st[1] += len(strict)
        st[2] += len(gs)
        le[0] += match_people(allnames, ga)
        le[1] += len(allnames)
        le[2] += len(ga)
    return {"strict": _prf(*st), "lenient": _prf(*le)}


def rules_arm(a, data) -> list[tuple[list[str], list[str]]]:
    out = []
    for text, _ in data:
        res = a.read_text(text, Location(path="-"))
        strict = [c.name for c in res.contributors if c.basis == "explicit"]
        out.append((strict, list(dict.fromkeys(c.name for c in res.contributors))))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    _, rs = api.load()
    a = analyser(rs.lexicons)
    tune = ack_texts("tune", rs)
    check = ack_texts("check", rs)
    print(f"acknowledgement texts: tune {len(tune)}, check {len(check)}")

    def line(arm: str, res: dict, secs: float, n: int) -> None:
        s, le = res["strict"], res["lenient"]
        print(f"  {arm:<9} strict P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}   "
              f"lenient P {le['precision']:.3f} R {le['recall']:.3f} F1 {le['f1']:.3f}   {1000 * secs / max(n, 1):.2f} ms/text")

    results: dict[str, dict] = {}
    for part, data in (("tune", tune), ("check", check)):
        t0 = time.perf_counter()
        results[("A", part)] = rules_arm(a, data)
        results[("A_t", part)] = time.perf_counter() - t0

    # B: spaCy's sentencizer in place of the project's sentence splitter
    t0 = time.perf_counter()
    import spacy

    t_import = time.perf_counter() - t0
    nlp_s = spacy.blank("en")
    nlp_s.add_pipe("sentencizer")

    def spacy_sentences(text: str) -> list[tuple[int, int]]:
        doc = nlp_s(text)
        return [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]

    import techcost.analysis.acks as acks_mod

    orig = acks_mod.sentences
    acks_mod.sentences = spacy_sentences
    try:
        from techcost.analysis.credit import CreditAnalysis

        a_b = CreditAnalysis(a.lex)  # a fresh reader: nothing cached from arm A
        for part, data in (("tune", tune), ("check", check)):
            t0 = time.perf_counter()
            results[("B", part)] = rules_arm(a_b, data)
            results[("B_t", part)] = time.perf_counter() - t0
    finally:
        acks_mod.sentences = orig

    # C: a trained NER component
    from spacy.training import Example

    random.seed(args.seed)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    ner.add_label("EXPLICIT")
    ner.add_label("INFERRED")
    examples = []
    for text, gold in tune:
        doc = nlp.make_doc(text)
        ents = []
        for s, e, lab in spans_for(text, gold):
            sp = doc.char_span(s, e, label=lab, alignment_mode="expand")
            if sp is not None and not any(sp.start < x.end and x.start < sp.end for x in ents):
                ents.append(sp)
        examples.append(Example.from_dict(doc, {"entities": [(sp.start_char, sp.end_char, sp.label_) for sp in ents]}))
    t0 = time.perf_counter()
    opt = nlp.initialize(lambda: examples, sgd=None)
    for _epoch in range(args.epochs):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for i in range(0, len(examples), 8):
            nlp.update(examples[i : i + 8], drop=0.2, sgd=opt, losses=losses)
    t_train = time.perf_counter() - t0

    def ner_arm(data):
        out = []
        for text, _ in data:
            doc = nlp(text)
            strict = [e.text for e in doc.ents if e.label_ == "EXPLICIT"]
            out.append((strict, list(dict.fromkeys(e.text for e in doc.ents))))
        return out

    for part, data in (("tune", tune), ("check", check)):
        t0 = time.perf_counter()
        results[("C", part)] = ner_arm(data)
        results[("C_t", part)] = time.perf_counter() - t0
        union = []
        for (sa, la), (sc, lc) in zip(results[("A", part)], results[("C", part)]):
            extra = [n for n in lc if not match_people(la, [n])]
            union.append((sa + [n for n in sc if n in extra], la + extra))
        results[("D", part)] = union
        results[("D_t", part)] = results[("A_t", part)] + results[("C_t", part)]

    print(f"spaCy import {t_import:.2f} s; NER trained on the tune part in {t_train:.0f} s ({args.epochs} epochs)")
    for part, data in (("tune", tune), ("check", check)):
        print(f"{part}:")
        for arm, name in (("A", "rules"), ("B", "+senter"), ("C", "ner"), ("D", "union")):
            line(name, score(results[(arm, part)], data), results[(arm + "_t", part)], len(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
