#!/usr/bin/env bash
# Quickstart 1: set up, build (release), and run the main job: data/ -> graphs/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
./build/release/chronograph build data/corpus -o graphs
