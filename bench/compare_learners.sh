#!/usr/bin/env bash
# Compares the averaged perceptron of `chronograph train events` with LIBLINEAR's learners on
# exactly the same features, in both cross-corpus directions (needs ../shared/eval and the
# Debian package liblinear-tools). Prints event F1 and class F1 of each learner.
# Usage: bench/compare_learners.sh [CHRONOGRAPH] [WORK_DIR]
set -euo pipefail
bin="${1:-build/release/chronograph}"
work="${2:-/tmp/chronograph-learners}"
eval_dir="$(cd "$(dirname "$0")/.." && pwd)/../shared/eval"
command -v liblinear-train >/dev/null || { echo "install liblinear-tools"; exit 77; }
mkdir -p "$work"
score() {  # gold labels file, predicted labels file
  python3 - "$1" "$2" <<'PY'
import sys
gold = [int(l.split()[0]) for l in open(sys.argv[1])]
pred = [int(float(l.split()[0])) for l in open(sys.argv[2])]
m = sum(1 for g, p in zip(gold, pred) if g and p)
c = sum(1 for g, p in zip(gold, pred) if g and p and g == p)
ng, ns = sum(1 for g in gold if g), sum(1 for p in pred if p)
P, R = m / ns, m / ng
print("event F1 %.2f (P %.2f R %.2f)  class F1 %.2f" % (200 * P * R / (P + R), 100 * P, 100 * R, 200 * c / (ng + ns)))
PY
}
for dir in "timebank aquaint" "aquaint timebank"; do
  set -- $dir
  prefix="$work/$1-$2"
  echo "== trained on $1, scored on $2"
  echo -n "averaged perceptron: "
  "$bin" train events --timeml "$eval_dir/$1" --eval "$eval_dir/$2" --export-svmlight "$prefix" 2>/dev/null |
    grep "held out" | sed 's/.*P \([0-9.]*\) R \([0-9.]*\) F1 \([0-9.]*\)  class F1 \([0-9.]*\).*/event F1 \3 (P \1 R \2)  class F1 \4/'
  for s in "0 -c 1" "0 -c 4" "2 -c 0.1" "2 -c 0.5" "1 -c 0.1" "4 -c 0.1"; do
    liblinear-train -q -s ${s% -c*} -c ${s#* -c } "$prefix.train" "$prefix.model" >/dev/null
    liblinear-predict "$prefix.eval" "$prefix.model" "$prefix.pred" >/dev/null
    echo -n "liblinear -s $s: "
    score "$prefix.eval" "$prefix.pred"
  done
done
