#!/usr/bin/env bash
# Quickstart 2: set up, build, and run the whole test suite, plain and under ASan+UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
jobs="$(nproc)"
for preset in dev asan-ubsan; do
  echo "== $preset: configure and build"
  # CI (CI=true) fails on any new warning in the dev build; users' builds only warn.
  werror=OFF
  [ "${CI:-}" = true ] && [ "$preset" = dev ] && werror=ON
  cmake --preset "$preset" -DCHRONOGRAPH_WERROR="$werror" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "== $preset: test"
  ctest --preset "$preset" -j "$jobs"
done
