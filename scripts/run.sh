#!/usr/bin/env bash
# Quickstart 1: set up, build the tool alone (release), and run the main job: data/ -> graphs/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Only the binary: the tests and benchmarks are scripts/test.sh's job.
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target chronograph
./build/release/chronograph build data/corpus -o graphs
