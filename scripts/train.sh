#!/usr/bin/env bash
# Rebuilds the learned data files in data/models/ from WordNet (Debian wordnet-base) and the
# TempEval-3 TimeML corpora, byte for byte, and checks that they match what is committed.
# Usage: scripts/train.sh [CHRONOGRAPH] [EVAL_DIR]   (default build/release/chronograph, ../shared/eval)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build/release/chronograph}"
eval_dir="${2:-../shared/eval}"
[ -d "$eval_dir/timebank" ] || { echo "train: no TimeML corpora in $eval_dir"; exit 77; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$bin" train wordnet --dict /usr/share/wordnet -o "$out/wordnet.bin"
"$bin" train events --wordnet "$out/wordnet.bin" --classes data/models/word_classes.txt \
  --timeml "$eval_dir/timebank" --timeml "$eval_dir/aquaint" -o "$out/events.bin"
"$bin" train dating --wordnet "$out/wordnet.bin" --model "$out/events.bin" \
  --timeml "$eval_dir/timebank" --timeml "$eval_dir/aquaint" --dated-only -o "$out/dating.bin"
changed=0
for f in wordnet.bin events.bin dating.bin; do
  if ! cmp -s "$out/$f" "data/models/$f"; then
    changed=1
    if [ "${UPDATE:-0}" = 1 ]; then cp "$out/$f" "data/models/$f"; echo "train: updated data/models/$f";
    else echo "train: data/models/$f differs from what training makes (UPDATE=1 $0 to replace it)"; fi
  fi
done
[ "$changed" = 0 ] && echo "train: data/models/ reproduced byte for byte"
[ "$changed" = 0 ] || [ "${UPDATE:-0}" = 1 ]
