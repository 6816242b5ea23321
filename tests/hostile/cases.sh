# The hostile cases, sourced by run.sh: check NAME EXIT STDERR-PATTERN ARGS...
# $F holds the inputs (make_fixtures.py), $O the outputs of an earlier good run, $G a good graph.
B=(--no-overrides)

# --- documents: encodings and bytes
check utf8-start 1 "utf8-start.txt:1:1: error: invalid UTF-8" build "$F/utf8-start.txt" -o "$O" "${B[@]}"
check utf8-middle 1 "utf8-middle.txt:3:17: error: invalid UTF-8" build "$F/utf8-middle.txt" -o "$O" "${B[@]}"
check utf8-end 1 "utf8-end.txt:4:1: error: invalid UTF-8" build "$F/utf8-end.txt" -o "$O" "${B[@]}"
check utf8-overlong 1 "utf8-overlong.txt:1:2: error: invalid UTF-8" tag "$F/utf8-overlong.txt"
check utf8-surrogate 1 "utf8-surrogate.txt:1:2: error: invalid UTF-8" tag "$F/utf8-surrogate.txt"
check utf16-bom 1 "utf16-bom.txt:1:1: error:" tag "$F/utf16-bom.txt"
check nul-byte 1 "nul.txt:1:21: error: binary content (NUL byte)" build "$F/nul.txt" -o "$O" "${B[@]}"
check crlf 0 "" build "$F/crlf.txt" -o "$O" "${B[@]}"
check empty-file 0 "" tag "$F/empty.txt"
check blank-file 0 "" tag "$F/blank.txt"
check menus-page 0 "" build "$F/menus.txt" -o "$O" "${B[@]}"
check long-line-tag 0 "" tag "$F/long-line.txt"
check long-line-build 0 "" build "$F/long-line.txt" -o "$O" "${B[@]}"
check year-zero-doc 0 "" tag "$F/year-zero.txt"
check non-utf8-file-name 0 "" build "$F/badname-"*.txt -o "$O" "${B[@]}"
expect_json_valid non-utf8-file-name-json "$O/timeline.json"
check control-chars-doc 0 "" build "$F/control.txt" -o "$O" "${B[@]}"
expect_json_valid control-chars-json "$O/timeline.json"

# --- inputs that are not documents
check missing-path 1 "no-such-file.txt:1:1: error: no such file or directory" build "$F/no-such-file.txt" -o "$O" "${B[@]}"
check empty-folder 1 "error:" build "$F/emptydir" -o "$O" "${B[@]}"
check hidden-only-folder 1 "error:" build "$F/hidden-only" -o "$O" "${B[@]}"
check dev-zero-tag 1 "/dev/zero:1:1: error: not a regular file" tag /dev/zero
check dev-zero-build 1 "/dev/zero:1:1: error: not a regular file" build /dev/zero -o "$O" "${B[@]}"
mkfifo "$F/fifo.txt"
check fifo 1 "fifo.txt:1:1: error: not a regular file" tag "$F/fifo.txt"
ln -s loop-b "$F/loop-a.txt"; ln -s loop-a.txt "$F/loop-b"
check symlink-loop 1 "loop-a.txt:1:1: error: cannot read" build "$F/loop-a.txt" -o "$O" "${B[@]}"
check over-size-limit 1 "bytes is over the limit of 1000 bytes (raise it" build "$F/long-line.txt" --max-document-size 1000 -o "$O" "${B[@]}"
check directory-as-file 1 "error:" tag "$F/emptydir"
chmod 000 "$F/good2.txt"
if [ "$(id -u)" != 0 ]; then
  check unreadable 1 "good2.txt:1:1: error: cannot read file: Permission denied" tag "$F/good2.txt"
fi
chmod 644 "$F/good2.txt"

# --- outputs
check empty-output-path 2 "-o: the output directory is empty" build "$F/good.txt" -o "" "${B[@]}"
check bad-format 2 "--format" build "$F/good.txt" -o "$O" --format html "${B[@]}"
check comma-format 2 "--format" build "$F/good.txt" -o "$O" --format , "${B[@]}"
cases=$((cases + 1))
mkdir -p "$work/mode"; cp -a "$P/." "$work/mode/"; chmod 444 "$work/mode/timeline.json"
"$BIN" build "$F/good2.txt" -o "$work/mode" "${B[@]}" >/dev/null 2>&1
if [ "$(stat -c %a "$work/mode/timeline.json")" != 444 ] || cmp -s "$P/timeline.json" "$work/mode/timeline.json"; then
  failed=$((failed + 1)); echo "hostile read-only-target: not replaced with its mode kept"
fi
mkdir -p "$work/ro"; cp -a "$P/." "$work/ro/"; chmod 555 "$work/ro"
if [ "$(id -u)" != 0 ]; then
  check read-only-folder 1 "cannot create temporary file" build "$F/good.txt" -o "$work/ro" "${B[@]}"
fi
chmod 755 "$work/ro"

# --- overrides files
check ov-garbage 1 "ov-garbage.yaml:2:11: error: not UTF-8" build "$F/good.txt" -o "$O" --overrides "$F/ov-garbage.yaml"
check ov-tab 1 "ov-tab.yaml:2:" overrides check --syntax-only "$F/ov-tab.yaml"
check ov-unknown-key 1 "ov-unknown-key.yaml:3:5: error: unknown key 'lable'" overrides check --syntax-only "$F/ov-unknown-key.yaml"
check ov-wrong-type 1 "ov-wrong-type.yaml:1:9: error:" overrides check --syntax-only "$F/ov-wrong-type.yaml"
check ov-wrong-type2 1 "ov-wrong-type2.yaml:2:" overrides check --syntax-only "$F/ov-wrong-type2.yaml"
check ov-multidoc 1 "ov-multidoc.yaml:2:1: error: a second YAML document" overrides check --syntax-only "$F/ov-multidoc.yaml"
printf "   ,   a [b]\n" > "$F/ov-stray-comma.yaml"
# yaml-cpp reads it as empty; its LoadAll used to loop forever on it
check ov-stray-comma 0 "" overrides check --syntax-only "$F/ov-stray-comma.yaml"
check lexicon-stray-comma 0 "" build "$F/good.txt" -o "$O" "${B[@]}" --lexicon "$F/ov-stray-comma.yaml"
check ov-alias-bomb 1 "ov-alias-bomb.yaml:1:1: error: unknown key 'a'" overrides check --syntax-only "$F/ov-alias-bomb.yaml"
check ov-merge-key 1 "ov-merge-key.yaml:1:1: error: unknown key 'base'" overrides check --syntax-only "$F/ov-merge-key.yaml"
check ov-deep 1 "ov-deep.yaml:1:" overrides check --syntax-only "$F/ov-deep.yaml"
check ov-bad-date 1 "ov-bad-date.yaml:3:11: error:" overrides check --syntax-only "$F/ov-bad-date.yaml"
check ov-year-zero 1 "ov-year-zero.yaml:3:11: error:" overrides check --syntax-only "$F/ov-year-zero.yaml"
check ov-huge-number 1 "ov-huge-number.yaml:3:11: error:" overrides check --syntax-only "$F/ov-huge-number.yaml"
check ov-bad-utf8-label 1 "ov-bad-utf8-label.yaml:3:17: error: not UTF-8" build "$F/good.txt" -o "$O" --overrides "$F/ov-bad-utf8-label.yaml"
check ov-unknown-link 1 "ov-unknown-link.yaml:2:" build "$F/good.txt" -o "$O" --overrides "$F/ov-unknown-link.yaml"
check ov-missing 1 "no-such.yaml:1:1: error:" build "$F/good.txt" -o "$O" --overrides "$F/no-such.yaml"
check ov-control-label 0 "" build "$F/good.txt" -o "$O" --overrides "$F/ov-control-label.yaml"
expect_json_valid ov-control-label-json "$O/timeline.json"
check ov-control-label-query 0 "" query events --graph "$O/timeline.json"
expect_stdout_clean ov-control-label-query

# --- graph files
check graph-truncated 1 "graph-truncated.json:1:" query events --graph "$F/graph-truncated.json"
check graph-deep 1 "graph-deep.json:1:" query events --graph "$F/graph-deep.json"
check graph-deep-render 1 "graph-deep.json:1:" render --graph "$F/graph-deep.json" -o "$O/t.dot"
check graph-not-json 1 "graph-not-json.json:1:1: error:" query events --graph "$F/graph-not-json.json"
check graph-empty 1 "graph-empty.json:1:1: error:" query events --graph "$F/graph-empty.json"
check graph-wrong-format 1 "graph-wrong-format.json:1:" query events --graph "$F/graph-wrong-format.json"
check graph-bad-utf8 1 "graph-bad-utf8.json:1:" query events --graph "$F/graph-bad-utf8.json"
check graph-huge-number 1 "graph-huge-number.json:1:" query events --graph "$F/graph-huge-number.json"
check graph-missing 1 "no-such.json:1:1: error:" query events --graph "$F/no-such.json"
check export-graph-truncated 1 "graph-truncated.json:1:" export --graph "$F/graph-truncated.json" --format jsonl -o "$O/t.jsonl"
check export-graph-bad-utf8 1 "graph-bad-utf8.json:1:" export --graph "$F/graph-bad-utf8.json" -o "$O/t.graphml"
# csv writes a folder: a file in its place is a usage error, and the file is kept as it was
check export-csv-onto-file 2 "is a file" export --graph "$G" --format csv -o "$O/timeline.svg"

# --- queries on a good graph
check query-unknown-id 2 "error:" query causes no-such-event-id --graph "$G"
check query-causes-limit 0 "" query causes storm --graph "$G" --limit 1
check query-bad-limit 2 "--limit" query causes storm --graph "$G" --limit 0
check query-bad-depth 2 "--max-depth" query causes storm --graph "$G" --max-depth x

# --- signals: an interrupted build keeps the old outputs and leaves no temporary
for sig in INT TERM; do
  cases=$((cases + 1))
  chmod -R u+w "$O"; rm -rf "$O"; cp -a "$P" "$O"
  before="$(sums "$O")"
  "$BIN" build "$F/long-line.txt" "$F/menus.txt" -o "$O" "${B[@]}" >/dev/null 2>&1 &
  pid=$!
  sleep 0.3
  kill -s "$sig" "$pid" 2>/dev/null
  wait "$pid"; got=$?
  want=$([ "$sig" = INT ] && echo 130 || echo 143)
  if [ "$got" != "$want" ] && [ "$got" != 0 ]; then
    failed=$((failed + 1)); echo "hostile signal-$sig: exit $got, expected $want"
  elif [ "$got" != 0 ] && [ "$(sums "$O")" != "$before" ]; then
    failed=$((failed + 1)); echo "hostile signal-$sig: outputs changed"
  elif [ -n "$(find "$O" -name '.*.tmp.*')" ]; then
    failed=$((failed + 1)); echo "hostile signal-$sig: temporary file left behind"
  fi
done

# --- order of inputs: the same set in any order gives the same graph
cases=$((cases + 1))
"$BIN" build "$F/good.txt" "$F/good2.txt" "$F/crlf.txt" -o "$work/order1" "${B[@]}" --format json >/dev/null 2>&1
"$BIN" build "$F/crlf.txt" "$F/good2.txt" "$F/./sub/../good.txt" -o "$work/order2" "${B[@]}" --format json >/dev/null 2>&1
if ! cmp -s "$work/order1/timeline.json" "$work/order2/timeline.json"; then
  failed=$((failed + 1)); echo "hostile input-order: outputs differ with the input order"
fi

# --- 100k tiny files: one build, every page counted (the clustering of a page into a cluster
# of 100k once copied the cluster's sets each time: quadratic)
CHECK_TIMEOUT=240 check tiny-files-100k 0 "" build "$F/tiny" -o "$O" "${B[@]}" --format json -j2
cases=$((cases + 1))
if [ "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["documents"]))' "$O/timeline.json" 2>&1)" != 100000 ]; then
  failed=$((failed + 1)); echo "hostile tiny-files-100k: the graph does not list 100000 documents"
fi

# --- a causal cycle written by hand: built with a warning, and every query and picture ends
check cycle-build 0 "" build "$F/good.txt" -o "$work/cycle" --overrides "$F/ov-cycle.yaml"
C="$work/cycle/timeline.json"
check cycle-causes 0 "" query causes cycle-a --graph "$C"
check cycle-effects 0 "" query effects cycle-a --graph "$C" --format json
check cycle-chain 0 "" query chain cycle-a cycle-c --graph "$C"
check cycle-focus 0 "" render --graph "$C" --layout chain --focus cycle-b -o "$O/cycle.dot"
check cycle-render 0 "" render --graph "$C" -o "$O/cycle.svg"

# --- hostile labels: every output format stays well-formed and runs nothing
check label-build 0 "" build "$F/good.txt" -o "$work/labels" --overrides "$F/ov-hostile-label.yaml" --format json,dot,svg
L="$work/labels"
expect_json_valid label-json "$L/timeline.json"
cases=$((cases + 1))
if ! dot -Tsvg "$L/timeline.dot" -o /dev/null 2>"$work/dot.err" || grep -q 'evil' <(gvpr 'N[label=="x"]{print(name)}' "$L/timeline.dot" 2>/dev/null); then
  failed=$((failed + 1)); echo "hostile label-dot: the DOT file does not parse, or the label escaped it"; head -3 "$work/dot.err"
fi
cases=$((cases + 1))
if command -v xmllint >/dev/null && ! xmllint --noout "$L/timeline.svg" 2>"$work/xml.err"; then
  failed=$((failed + 1)); echo "hostile label-svg: the SVG is not well-formed XML"; head -3 "$work/xml.err"
fi
cases=$((cases + 1))
if grep -q '<script' "$L/timeline.svg" || grep -q '<img' "$L/timeline.svg"; then
  failed=$((failed + 1)); echo "hostile label-svg: markup from a label reached the SVG unescaped"
fi
check label-query 0 "" query events --graph "$L/timeline.json"
expect_stdout_clean label-query
check label-explain 0 "" query explain hostile-a --graph "$L/timeline.json"
expect_stdout_clean label-explain
check label-render-png 0 "" render --graph "$L/timeline.json" -o "$O/labels.png"

# --- a full disk: a failed write keeps the old outputs and no temporary (root only: tmpfs)
if [ "$(id -u)" = 0 ] && mkdir -p "$work/full" && mount -t tmpfs -o size=48k tmpfs "$work/full" 2>/dev/null; then
  cp -a "$P/." "$work/full/" 2>/dev/null
  if [ -f "$work/full/timeline.json" ]; then
    before="$(sums "$work/full")"
    cases=$((cases + 1))
    timeout 60 "$BIN" build "$F/long-line.txt" -o "$work/full" "${B[@]}" >/dev/null 2>"$work/stderr"
    got=$?
    if [ "$got" = 0 ] || [ "$got" -ge 124 ]; then
      failed=$((failed + 1)); echo "hostile full-disk: exit $got, expected a failure"
    elif ! grep -q "No space left on device" "$work/stderr"; then
      failed=$((failed + 1)); echo "hostile full-disk: the error does not say the disk is full"; head -3 "$work/stderr"
    elif [ "$(sums "$work/full")" != "$before" ] || [ -n "$(find "$work/full" -name '.*.tmp.*')" ]; then
      failed=$((failed + 1)); echo "hostile full-disk: outputs changed or a temporary left"
    fi
  else
    echo "hostile: full-disk skipped (the good outputs do not fit the 48k tmpfs)"
  fi
  umount "$work/full"
else
  echo "hostile: full-disk skipped (needs root and tmpfs)"
fi

# --- kill -9 while writing: nothing can be cleaned, but every output is the old one or a
# complete new one (rename is atomic)
for delay in 0.2 0.5 1.0; do
  cases=$((cases + 1))
  chmod -R u+w "$O"; rm -rf "$O"; cp -a "$P" "$O"
  "$BIN" build "$F/long-line.txt" "$F/menus.txt" -o "$O" "${B[@]}" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  for f in "$P"/*; do
    name="$(basename "$f")"
    if ! cmp -s "$f" "$O/$name" && ! "$BIN" render --graph "$O/timeline.json" -o "$work/k9.dot" >/dev/null 2>&1; then
      failed=$((failed + 1)); echo "hostile kill-9-$delay: $name is neither the old output nor a readable new one"
    fi
  done
done

# --- the hostile labels in the HTML view and every export
check label-html 0 "" render --graph "$L/timeline.json" -o "$O/labels.html"
cases=$((cases + 1))
if grep -q '<script>alert' "$O/labels.html" || grep -q '<img src=x' "$O/labels.html"; then
  failed=$((failed + 1)); echo "hostile label-html: markup from a label reached the page unescaped"
fi
check label-graphml 0 "" export --graph "$L/timeline.json" --format graphml -o "$O/labels.graphml"
cases=$((cases + 1))
if command -v xmllint >/dev/null && ! xmllint --noout "$O/labels.graphml" 2>"$work/xml.err"; then
  failed=$((failed + 1)); echo "hostile label-graphml: not well-formed XML"; head -3 "$work/xml.err"
fi
check label-jsonl 0 "" export --graph "$L/timeline.json" --format jsonl -o "$O/labels.jsonl"
cases=$((cases + 1))
if ! python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]' "$O/labels.jsonl" 2>/dev/null; then
  failed=$((failed + 1)); echo "hostile label-jsonl: a line is not JSON"
fi
check label-timelinejs 0 "" export --graph "$L/timeline.json" --format timelinejs -o "$O/labels.tl.json"
expect_json_valid label-timelinejs-json "$O/labels.tl.json"
check label-csv 0 "" export --graph "$L/timeline.json" --format csv -o "$O/labels-csv"
cases=$((cases + 1))
if ! python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows)
assert any("</script>" in cell for r in rows for cell in r)
' "$O/labels-csv/events.csv" 2>"$work/csv.err"; then
  failed=$((failed + 1)); echo "hostile label-csv: events.csv does not read back as a table with the label"; head -3 "$work/csv.err"
fi

# --- shards (issue 16): bad, truncated, foreign, damaged, and a bad --state; the previous
#     graph is left as it was, and no temporary file stays behind.
"$BIN" extract "$F/good.txt" -q --no-overrides -o "$work/good.shard" || { echo "hostile: extract failed"; exit 1; }
printf '' >"$work/empty.shard"
head -c 40 "$work/good.shard" >"$work/cut.shard"
cp "$work/good.shard" "$work/flip.shard"
printf '\x55' | dd of="$work/flip.shard" bs=1 seek=$(($(wc -c <"$work/good.shard") - 20)) conv=notrunc 2>/dev/null
check shard-empty 1 "empty.shard:1:1: error: not a chronograph shard" merge "$work/empty.shard" -q -o "$O"
check shard-foreign 1 "error: not a chronograph shard" merge "$G" -q -o "$O"
check shard-cut 1 "cut.shard:1:" merge "$work/cut.shard" -q -o "$O"
check shard-damaged 1 "checksum mismatch" merge "$work/flip.shard" -q -o "$O"
check shard-partial-cut 1 "cut.shard:1:" merge --partial "$work/good.shard" "$work/cut.shard" -o "$O/x.shard"
check shard-missing 1 "no-such.shard" merge "$work/no-such.shard" -q -o "$O"
mkdir -p "$work/bad-state" && echo '{"not": "a shard"}' >"$work/bad-state/records.shard"
check shard-state-foreign 1 "records.shard:1:1: error: not a chronograph shard" \
  build "$F/good.txt" --state "$work/bad-state" --no-overrides -q -o "$O"
