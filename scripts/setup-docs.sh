#!/usr/bin/env bash
# Installs what only 'make -f Makefile.docs' needs on top of the build set (idempotent):
# doxygen for the API docs, help2man for the man page. Not part of the build or CI path.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh doxygen help2man
