"""Person spans of a spaCy pipeline on the seed articles, for
`recoupe eval seeds-entities ../shared/corpus/seeds --peer spacy_md=OUT.jsonl`.

    /tmp/peers/bin/python eval/peers/spacy_seeds_persons.py ../shared/corpus/seeds OUT.jsonl [fr_core_news_md]

spaCy reads the same article text recoupe reads (`recoupe annotate` of each file);
offsets are converted to bytes. spaCy is a peer, never a dependency.
"""
import json, subprocess, sys, os, glob

import spacy

seeds, out = sys.argv[1], sys.argv[2]
nlp = spacy.load(sys.argv[3] if len(sys.argv) > 3 else "fr_core_news_md")
with open(out, "w") as f:
    for path in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
        ann = subprocess.run(["target/release/recoupe", "annotate", "--no-tokens", path], capture_output=True, text=True)
        text = json.loads(ann.stdout.splitlines()[0])["text"]
        for e in nlp(text).ents:
            if e.label_ == "PER":
                s = len(text[: e.start_char].encode())
                f.write(json.dumps({"file": os.path.basename(path), "start": s, "end": s + len(e.text.encode())}) + "\n")
