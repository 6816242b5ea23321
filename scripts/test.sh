#!/usr/bin/env bash
# Quickstart 2: set up, build, and run the whole test suite, plain (gcc) and under ASan+UBSan
# (clang, which also builds the libFuzzer targets: each then fuzzes for a short bounded time).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
jobs="$(nproc)"
for preset in dev asan-ubsan; do
  echo "== $preset: configure and build"
  # CI (CI=true) fails on any new warning in the dev build; users' builds only warn.
  werror=OFF
  [ "${CI:-}" = true ] && [ "$preset" = dev ] && werror=ON
  # A one-shot build: library, tool and suite compile in unity batches (about half the time).
  cmake --preset "$preset" -DCHRONOGRAPH_WERROR="$werror" -DCHRONOGRAPH_UNITY=ON \
    -DCHRONOGRAPH_UNITY_TESTS=ON >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "== $preset: test"
  ctest --preset "$preset" -j "$jobs"
done
echo "== asan-ubsan: fuzz each target for ${FUZZ_SECONDS:-25} s"
bash scripts/fuzz.sh --time "${FUZZ_SECONDS:-25}" --jobs "$jobs"
