#!/usr/bin/env bash
# Runs the libFuzzer targets (tests/fuzz/) of the asan-ubsan build, a few at a time.
#   scripts/fuzz.sh [--time SECONDS | --runs N] [--jobs J] [TARGET...]
# Each target fuzzes for SECONDS (default 600) or N executions, from its seed corpus plus what
# earlier runs found (build/asan-ubsan/fuzz-corpus/), with a 1 s limit per input and leak
# checks; the repository's corpus is never written. Prints executions and exec/s per target;
# exits 1 if any target found a crash, leak, UB or slow input (saved in fuzz-artifacts/).
set -euo pipefail
cd "$(dirname "$0")/.."
limit=(-max_total_time=600)
jobs="$(nproc)"
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --time) limit=(-max_total_time="$2"); shift 2 ;;
    --runs) limit=(-runs="$2"); shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
build=build/asan-ubsan
if [ ! -f "$build/CMakeCache.txt" ]; then cmake --preset asan-ubsan >/dev/null; fi
if [ ${#targets[@]} -eq 0 ]; then
  for src in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$src" .cpp)"); done
fi
cmake --build --preset asan-ubsan -j "$jobs" --target "${targets[@]}" >/dev/null

logs="$build/fuzz-logs"
mkdir -p "$logs" "$build/fuzz-artifacts"
run_one() {
  local t="$1" corpus="$build/fuzz-corpus/$1"
  mkdir -p "$corpus"
  "$build/tests/fuzz/$t" "${limit[@]}" -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-artifacts/$t-" "$corpus" "tests/fuzz/corpus/$t" \
    >"$logs/$t.log" 2>&1
}

status=0
pids=()
names=()
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run_one "$t" &
  pids+=($!)
  names+=("$t")
done
printf '%-20s %12s %9s  %s\n' TARGET EXECUTIONS EXEC/S RESULT
for i in "${!pids[@]}"; do
  t="${names[$i]}"
  result=ok
  wait "${pids[$i]}" || { result="FAILED (see $logs/$t.log)"; status=1; }
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$t.log" | tail -1)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$logs/$t.log" | tail -1)"
  printf '%-20s %12s %9s  %s\n' "$t" "${runs:-?}" "${rate:-?}" "$result"
  if [ "$result" != ok ]; then grep -m5 -E 'ERROR|SUMMARY|Test unit written' "$logs/$t.log" || true; fi
done
exit "$status"
