#!/usr/bin/env bash
# The installed tool and package: 'install BUILD_DIR' installs into a temporary prefix and
# builds a consumer with find_package; 'deb BUILD_DIR' makes the .deb, unpacks it and runs it.
set -euo pipefail
mode=$1 build=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "install test: $*" >&2; exit 1; }
sentence="Talks resumed in Istanbul on 2 June 2025, officials said."

check_tree() {  # $1: the installed prefix
  local p=$1
  [ -x "$p/bin/chronograph" ] || fail "no bin/chronograph"
  [ -f "$p/share/man/man1/chronograph.1" ] || fail "no man page"
  grep -q '^\.SS build' "$p/share/man/man1/chronograph.1" || fail "man page lacks the build command"
  [ -f "$p/share/bash-completion/completions/chronograph" ] || fail "no bash completion"
  [ -f "$p/share/zsh/vendor-completions/_chronograph" ] || fail "no zsh completion"
  [ -f "$p/share/chronograph/lexicon.yaml" ] || fail "no default lexicon"
  [ -f "$p/share/chronograph/models/events.bin" ] || fail "no event model"
  # Run from an unrelated folder: the binary needs nothing from the clone.
  out=$(cd "$tmp" && echo "$sentence" | "$p/bin/chronograph" tag -) || fail "tag - failed"
  grep -q '2025-06-02' <<<"$out" || fail "tag - did not date the sentence: $out"
}

case $mode in
  install)
    cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" || {
      cat "$tmp/install.log"; fail "cmake --install failed"; }
    check_tree "$tmp/prefix"
    [ -f "$tmp/prefix/lib/cmake/chronograph/chronographConfig.cmake" ] || fail "no CMake package"
    build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
    cmake -S "$here/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" \
      -DCMAKE_BUILD_TYPE="${build_type:-Debug}" >"$tmp/consumer.log" 2>&1 || {
      cat "$tmp/consumer.log"; fail "consumer: configure failed"; }
    cmake --build "$tmp/consumer" >>"$tmp/consumer.log" 2>&1 || {
      cat "$tmp/consumer.log"; fail "consumer: build failed"; }
    "$tmp/consumer/consumer" || fail "consumer: run failed"
    ;;
  deb)
    (cd "$build" && cpack -G DEB -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1) || {
      cat "$tmp/cpack.log"; fail "cpack -G DEB failed"; }
    deb=$(ls "$tmp"/pkg/*.deb) || fail "no .deb made"
    depends=$(dpkg-deb -f "$deb" Depends)
    for lib in libgvc libcgraph libre2 libyaml-cpp libstdc++6; do
      grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
    done
    dpkg-deb -x "$deb" "$tmp/root"
    check_tree "$tmp/root/usr"
    ;;
  *) fail "usage: run.sh install|deb BUILD_DIR" ;;
esac
echo "install test ($mode): ok"
