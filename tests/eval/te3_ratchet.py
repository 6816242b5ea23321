#!/usr/bin/env python3
"""TempEval-3 ratchet: tags a TE3 training corpus with chronograph and fails below the floor.

usage: te3_ratchet.py CORPUS CHRONOGRAPH_BINARY WORKDIR
  CORPUS is timebank or aquaint. The corpora and the scorer live in ../shared/eval/ (relative
  to the repository root, the test's working directory) or in $CHRONOGRAPH_SHARED/eval/.
  Exit 77 (skip) when they are absent. Floors are in tests/eval/floors.json; they only go up.
"""
import json
import os
import subprocess
import sys

SKIP = 77


def shared_eval_dir():
    env = os.environ.get("CHRONOGRAPH_SHARED")
    candidates = [os.path.join(env, "eval")] if env else []
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    candidates.append(os.path.join(repo, "..", "shared", "eval"))
    candidates.append(os.path.join(os.getcwd(), "..", "shared", "eval"))
    for c in candidates:
        if os.path.isfile(os.path.join(c, "timeml_eval.py")):
            return os.path.normpath(c)
    return None


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    corpus, binary, workdir = argv[1], argv[2], argv[3]
    shared = shared_eval_dir()
    if shared is None or not os.path.isdir(os.path.join(shared, corpus)):
        print(f"temporal eval: skipped, TE3 corpus '{corpus}' not found in ../shared/eval/ "
              "(set CHRONOGRAPH_SHARED to the directory holding eval/)")
        return SKIP
    scorer = os.path.join(shared, "timeml_eval.py")
    prepared = os.path.join(workdir, "prepared")
    output = os.path.join(workdir, "system")
    py = sys.executable or "python3"
    subprocess.run([py, scorer, "prepare", os.path.join(shared, corpus), prepared],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([py, scorer, "run", prepared, output, "--", binary, "tag", "{txt}",
                    "--dct", "{dct}", "--format", "json"], check=True,
                   stdout=subprocess.DEVNULL)
    score = subprocess.run([py, scorer, "score", prepared, output, "--json"], check=True,
                           capture_output=True, text=True)
    res = json.loads(score.stdout.strip().splitlines()[-1])
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "floors.json")) as f:
        floors = json.load(f)[corpus]
    figures = {k: 100 * res[k] for k in ("strict_f1", "relaxed_f1", "type_f1", "value_f1")}
    print(f"temporal eval {corpus}: docs={res['documents']} gold={res['gold']} "
          f"system={res['system']}  " +
          "  ".join(f"{k} {v:.2f} (floor {floors.get(k, 0):.2f})" for k, v in figures.items()))
    failed = [k for k, v in figures.items() if v + 1e-9 < floors.get(k, 0)]
    if failed:
        print("temporal eval: below the floor: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
