#!/usr/bin/env bash
# Golden end-to-end cases: each tests/golden/<case>/ has 'args' (the build arguments, one per
# line, relative to the repo) and expected/ outputs compared byte for byte (JSON and DOT).
# UPDATE=1 tests/golden/run.sh BIN rewrites expected/ for review with git diff.
set -euo pipefail
bin="$1"
root="$(cd "$(dirname "$0")" && pwd)"
fail=0
cases=0
for case_dir in "$root"/*/; do
  name="$(basename "$case_dir")"
  [ -f "$case_dir/args" ] || continue
  cases=$((cases + 1))
  out="$(mktemp -d)"
  mapfile -t args < "$case_dir/args"
  if ! "$bin" build "${args[@]}" -o "$out" --format json,dot >"$out/stdout" 2>"$out/stderr"; then
    echo "golden $name: build failed"; cat "$out/stderr"; fail=1; continue
  fi
  for f in timeline.json timeline.dot; do
    if [ "${UPDATE:-0}" = 1 ]; then
      mkdir -p "$case_dir/expected"; cp "$out/$f" "$case_dir/expected/$f"
    elif ! diff -u "$case_dir/expected/$f" "$out/$f" >"$out/diff"; then
      echo "golden $name: $f differs (review, then UPDATE=1 $0 $bin):"; head -n 60 "$out/diff"; fail=1
    fi
  done
  rm -rf "$out"
done
if [ "$cases" = 0 ]; then echo "golden: no cases found"; exit 1; fi
[ "$fail" = 0 ] && echo "golden: all $cases cases match"
exit $fail
