#!/usr/bin/env bash
# Installs the Debian 12 packages chronograph needs to build, test and render (idempotent).
# Extra package names given as arguments are installed with them (scripts/setup-docs.sh).
set -euo pipefail
PACKAGES=(cmake g++ clang make pkg-config python3
          libboost-graph-dev libgraphviz-dev graphviz libhowardhinnant-date-dev
          libyaml-cpp-dev doctest-dev libcli11-dev nlohmann-json3-dev libre2-dev liblinear-dev
          wordnet-base
          # tests: the HTML view in headless Chromium (tests/browser/run.py); the GraphML export
          # checked with xmllint against its schema and read by networkx
          chromium libxml2-utils python3-networkx
          # scripts/chronograph-dask and its test (tests/dask/run.py): Dask distributed
          python3-distributed "$@")
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
