#!/usr/bin/env bash
# The bad-input suite: every case in cases.sh runs the real binary on a hostile input and must
# give the expected exit code and error line, leave the outputs of an earlier good run
# byte-identical when it fails, and leave no temporary file behind.
# Usage: tests/hostile/run.sh BIN
set -uo pipefail
BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
F="$work/in"    # the hostile inputs
P="$work/prev"  # outputs of a good run, kept pristine
O="$work/out"   # where each case writes; reset to P before it
python3 "$here/make_fixtures.py" "$F" || exit 1
mkdir -p "$F/sub"
cd "$work"
if ! "$BIN" build "$F/good.txt" -o "$P" --no-overrides >/dev/null 2>"$work/prev.err"; then
  echo "hostile: the good run failed:"; cat "$work/prev.err"; exit 1
fi
G="$P/timeline.json"  # a good graph
cases=0 failed=0

sums() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

# check NAME EXIT PATTERN ARGS...: EXIT is a number or "fail" (any non-zero); PATTERN must
# occur in stderr ("" for none); ARGS run as "$BIN" ARGS with a limit of $CHECK_TIMEOUT seconds (default 60).
check() {
  local name="$1" want="$2" pattern="$3"
  shift 3
  cases=$((cases + 1))
  chmod -R u+w "$O" 2>/dev/null; rm -rf "$O"; cp -a "$P" "$O"
  local before; before="$(sums "$O")"
  timeout "${CHECK_TIMEOUT:-60}" "$BIN" "$@" >"$work/stdout" 2>"$work/stderr" </dev/null
  local got=$?
  local why=""
  if [ "$got" = 124 ]; then why="timed out"
  elif [ "$want" = fail ] && [ "$got" = 0 ]; then why="exit 0, expected a failure"
  elif [ "$want" != fail ] && [ "$got" != "$want" ]; then why="exit $got, expected $want"
  elif [ "$got" -ge 128 ]; then why="killed by signal $((got - 128))"
  elif [ -n "$pattern" ] && ! grep -qF -- "$pattern" "$work/stderr"; then why="stderr lacks: $pattern"
  elif [ "$got" != 0 ] && [ "$(sums "$O")" != "$before" ]; then why="outputs changed by a failed run"
  elif [ -n "$(find "$O" -name '.*.tmp.*' 2>/dev/null)" ]; then why="temporary file left behind"
  elif [ "$got" != 0 ] && [ "$(wc -l <"$work/stderr")" -gt 21 ]; then why="more than 20 error lines"
  fi
  if [ -n "$why" ]; then
    failed=$((failed + 1))
    echo "hostile $name: $why"
    echo "  command: chronograph $*"
    sed 's/^/  stderr: /' "$work/stderr" | head -n 5 | cat -v
  fi
}

# expect_stdout_clean NAME: the last case printed no raw control characters (ESC, BEL).
expect_stdout_clean() {
  if LC_ALL=C grep -q $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]' "$work/stdout"; then
    failed=$((failed + 1)); echo "hostile $1: raw control characters on stdout"
  fi
}

# expect_json_valid NAME FILE: FILE parses as JSON and is UTF-8.
expect_json_valid() {
  cases=$((cases + 1))
  if ! python3 -c 'import json,sys; json.loads(open(sys.argv[1],"rb").read().decode("utf-8"))' "$2" 2>/dev/null; then
    failed=$((failed + 1)); echo "hostile $1: $2 is not valid UTF-8 JSON"
  fi
}

source "$here/cases.sh"

if [ "$failed" = 0 ]; then echo "hostile: all $cases cases pass"; exit 0; fi
echo "hostile: $failed of $cases cases failed"
exit 1
