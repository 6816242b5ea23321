#!/usr/bin/env python3
"""Causal-TimeBank ratchet: builds a graph per document and fails below the floor.

usage: ctb_ratchet.py CHRONOGRAPH_BINARY WORKDIR
  Runs bench/causal_eval.py (chronograph's own events, score_links.py's within-sentence
  directed links, ends matched on each mention's trigger) on ../shared/eval/causal-timebank (or $CHRONOGRAPH_SHARED/eval/). Exit 77
  (skip) when it is absent. Floors are in tests/eval/floors.json ("causal-timebank"): the
  precision of the causes links and how many are right; they only go up.
"""
import json
import os
import re
import subprocess
import sys

SKIP = 77


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    binary, workdir = argv[1], argv[2]
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = os.environ.get("CHRONOGRAPH_SHARED")
    shared = os.path.join(env, "eval") if env else os.path.join(repo, "..", "shared", "eval")
    if not os.path.isfile(os.path.join(shared, "score_links.py")) or not os.path.isdir(
            os.path.join(shared, "causal-timebank")):
        print("causal eval: skipped, ../shared/eval/causal-timebank not found "
              "(set CHRONOGRAPH_SHARED to the directory holding eval/)")
        return SKIP
    r = subprocess.run([sys.executable, os.path.join(repo, "bench", "causal_eval.py"), "--bin",
                        binary, "--out", workdir], capture_output=True, text=True)
    print(r.stdout + r.stderr)
    m = re.search(r"P ([\d.]+) R ([\d.]+) F1 ([\d.]+) \((\d+)/(\d+) links correct", r.stdout)
    if r.returncode != 0 or not m:
        print("causal eval: no score")
        return 1
    floors = json.load(open(os.path.join(repo, "tests", "eval", "floors.json")))["causal-timebank"]
    precision, correct = float(m.group(1)), int(m.group(4))
    ok = precision >= floors["precision"] and correct >= floors["correct_links"]
    print("causal eval: precision %.1f (floor %.1f), %d links right (floor %d): %s" %
          (precision, floors["precision"], correct, floors["correct_links"], "ok" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
