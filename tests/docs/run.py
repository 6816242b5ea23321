#!/usr/bin/env python3
"""Doc tests: runs every command example in README.md, CONTRIBUTING.md and docs/*.md.

    python3 tests/docs/run.py BIN [--update] [FILE.md ...]

The convention (also in CONTRIBUTING.md, "Docs are tests"):

* Only fenced blocks labelled ```sh (or ```console) hold commands. Any other block (```text
  for a synopsis such as `chronograph render [--graph FILE ...]`, ```yaml, ```json, unlabelled)
  is shown as is and never run; an unlabelled block with a `$ ` line is an error, so a shown
  session cannot silently escape the test.
* In a ```sh block with `$ ` lines, each `$ ` line is a command (a trailing backslash continues
  it on the next line) and the lines after it, up to the next `$ `, are its expected output:
  stdout and stderr together, as a terminal shows them, compared line by line (trailing
  spaces ignored). A line that is exactly `...` matches any number of lines. A last line
  `[exit N]` says the command exits with N; without it the command must exit 0.
* A ```sh block without `$ ` lines is a script: it runs with `bash -e` and must succeed; what
  it prints is not compared.
* A block of any language with `file=NAME` in its info string (```yaml file=my.yaml) is written
  to NAME in the folder, for the commands after it to read; it is not run itself.
* ```sh skip-test blocks are not run: only for what a test cannot do (installing packages,
  long builds, fuzzing for minutes). The runner counts and names them.

Each file runs in its own fresh temporary folder laid out as a clone after `scripts/run.sh`:
copies of data/ and tests/fixtures/, graphs/ built from data/corpus by the binary under test,
`chronograph` on PATH and build/release/chronograph both being that binary. Commands of one
file share the folder in order (one may build what the next reads), never the checkout.

--update rewrites, in place, the expected output of every command whose output no longer
matches (make -f Makefile.docs examples); `...` elisions of a rewritten output are lost, so
read the git diff and put them back where the output is long.
"""
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COPIED = ["data", "tests/fixtures"]
RUN_LANGS = {"sh", "console"}
TIMEOUT_S = 600
EXIT_RE = re.compile(r"^\[exit (\d+)\]$")
FENCE_RE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")


class Block:
    def __init__(self, path, line, indent, lang, flags, lines):
        self.path, self.line, self.indent = path, line, indent
        self.lang, self.flags, self.lines = lang, flags, lines  # lines: [(number, text)]

    def where(self, line=None):
        return f"{self.path.relative_to(ROOT)}:{line or self.line}:1"


class Command:
    """One `$ ` command of a block, its expected output and where that output sits in the file."""

    def __init__(self, line, text, expected, first, end):
        self.line, self.text, self.expected = line, text, expected
        self.first, self.end = first, end  # file line numbers (1-based) of the output: [first, end)


def fenced_blocks(path):
    """The fenced code blocks of a Markdown file, with their info strings and 1-based lines."""
    blocks, open_block = [], None
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        m = FENCE_RE.match(raw)
        if open_block is None:
            if m:
                indent, fence, info = m.group(1), m.group(2), m.group(3).strip()
                words = info.split()
                open_block = (fence, number, len(indent), words[0] if words else "", words[1:], [])
            continue
        fence, start, indent, lang, flags, lines = open_block
        if m and m.group(2)[0] == fence[0] and len(m.group(2)) >= len(fence) and not m.group(3).strip():
            blocks.append(Block(path, start, indent, lang, flags, lines))
            open_block = None
            continue
        # Content lines lose the opening fence's indentation (blocks inside list items).
        lines.append((number, raw[indent:] if raw[:indent].strip() == "" else raw.lstrip()))
    if open_block is not None:
        raise SyntaxError(f"{path.relative_to(ROOT)}:{open_block[1]}:1: error: unclosed code fence")
    return blocks


def commands_of(block):
    """Splits a prompt-style block into commands; raises on text before the first prompt."""
    cmds, current = [], None
    lines = block.lines
    i = 0
    while i < len(lines):
        number, text = lines[i]
        if text.startswith("$ "):
            start = number
            cmd = text[2:]
            while cmd.endswith("\\") and i + 1 < len(lines):
                i += 1
                cmd = cmd + "\n" + lines[i][1]
            current = Command(start, cmd, [], lines[i][0] + 1, lines[i][0] + 1)
            cmds.append(current)
        elif current is None:
            if text.strip():
                raise SyntaxError(f"{block.where(number)}: error: text before the first '$ ' command")
        else:
            current.expected.append(text)
            current.end = number + 1
        i += 1
    return cmds


def trimmed(lines):
    lines = [line.rstrip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def matches(pattern, actual):
    """Line-by-line match where a line '...' stands for any run of lines (none included)."""
    memo = {}

    def at(p, a):
        key = (p, a)
        if key not in memo:
            if p == len(pattern):
                memo[key] = a == len(actual)
            elif pattern[p] == "...":
                memo[key] = any(at(p + 1, k) for k in range(a, len(actual) + 1))
            else:
                memo[key] = a < len(actual) and pattern[p] == actual[a] and at(p + 1, a + 1)
        return memo[key]

    return at(0, 0)


def shell(cmd, cwd, env):
    r = subprocess.run(["bash", "-c", cmd], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT_S)
    return r.returncode, r.stdout.decode("utf-8", "replace")


def prepare_base(binary, top):
    """The folder every file's run starts from: a clone's data after `scripts/run.sh`."""
    base = top / "base"
    for part in COPIED:
        shutil.copytree(ROOT / part, base / part, symlinks=True)
    (base / "bin").mkdir()
    (base / "bin" / "chronograph").symlink_to(binary)
    (base / "build" / "release").mkdir(parents=True)
    (base / "build" / "release" / "chronograph").symlink_to(binary)
    env = environment(base)
    code, out = shell("chronograph build data/corpus -o graphs", base, env)
    if code != 0:
        sys.exit(f"doc tests: building the sample corpus failed ({code}):\n{out}")
    return base


def environment(folder):
    env = {k: v for k, v in os.environ.items() if k.endswith("SAN_OPTIONS")}
    env.update(PATH=f"{folder}/bin:{os.environ.get('PATH', '/usr/bin:/bin')}", HOME=str(folder),
               LC_ALL="C.UTF-8", TZ="UTC", TERM="dumb", NO_COLOR="1")
    return env


def run_file(path, base, top, update, report):
    """Runs one file's examples; returns (replacements for --update, failures)."""
    folder = top / path.relative_to(ROOT).as_posix().replace("/", "_")
    shutil.copytree(base, folder, symlinks=True)
    env = environment(folder)
    replacements, failures = [], 0
    for block in fenced_blocks(path):
        target = next((f[5:] for f in block.flags if f.startswith("file=")), None)
        if target:
            if Path(target).is_absolute() or ".." in Path(target).parts:
                print(f"{block.where()}: error: file={target} must name a file inside the folder")
                failures += 1
                continue
            (folder / target).parent.mkdir(parents=True, exist_ok=True)
            (folder / target).write_text("".join(t + "\n" for _, t in block.lines), encoding="utf-8")
            report["files"] += 1
            continue
        prompts = any(t.startswith("$ ") for _, t in block.lines)
        if block.lang not in RUN_LANGS:
            if block.lang == "" and prompts:
                print(f"{block.where()}: error: '$ ' commands in an unlabelled block: label it "
                      "```sh to run them (or ```text to show them unchecked)")
                failures += 1
            continue
        if "skip-test" in block.flags:
            report["skipped"].append(block.where())
            continue
        report["blocks"] += 1
        if not prompts:
            script = "\n".join(t for _, t in block.lines)
            report["commands"] += 1
            code, out = shell("set -e\n" + script, folder, env)
            if code != 0:
                print(f"{block.where()}: error: script block exited {code}:\n{out}")
                failures += 1
            else:
                report["passed"] += 1
            continue
        try:
            cmds = commands_of(block)
        except SyntaxError as e:
            print(e)
            failures += 1
            continue
        for cmd in cmds:
            report["commands"] += 1
            code, out = shell(cmd.text, folder, env)
            actual = trimmed(out.split("\n")) + ([f"[exit {code}]"] if code != 0 else [])
            expected = trimmed(cmd.expected)
            if matches(expected, actual):
                report["passed"] += 1
                continue
            if update:
                replacements.append((cmd, [" " * block.indent + a if a else a for a in actual]))
                print(f"{block.where(cmd.line)}: updated: $ {cmd.text}")
                continue
            failures += 1
            print(f"{block.where(cmd.line)}: error: output differs from the docs: $ {cmd.text}")
            sys.stdout.writelines(difflib.unified_diff([e + "\n" for e in expected],
                                                       [a + "\n" for a in actual],
                                                       "shown in the docs", "printed now"))
    return replacements, failures


def rewrite(path, replacements):
    lines = path.read_text(encoding="utf-8").split("\n")
    # From the bottom up, so earlier line numbers stay valid.
    for cmd, actual in sorted(replacements, key=lambda r: -r[0].first):
        lines[cmd.first - 1:cmd.end - 1] = actual
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv):
    update = "--update" in argv
    args = [a for a in argv if a != "--update"]
    if not args:
        sys.exit(__doc__)
    binary = Path(args[0]).resolve()
    files = [Path(f).resolve() for f in args[1:]]
    if not files:
        files = [ROOT / "README.md", ROOT / "CONTRIBUTING.md"] + sorted((ROOT / "docs").glob("*.md"))
        files = [f for f in files if f.exists()]
    report = {"blocks": 0, "commands": 0, "passed": 0, "files": 0, "skipped": []}
    failures = 0
    with tempfile.TemporaryDirectory(prefix="chronograph-doctest-") as tmp:
        top = Path(tmp)
        base = prepare_base(binary, top)
        for path in files:
            try:
                replacements, failed = run_file(path, base, top, update, report)
            except (SyntaxError, subprocess.TimeoutExpired) as e:
                print(f"{path.relative_to(ROOT)}:1:1: error: {e}")
                failures += 1
                continue
            failures += failed
            if replacements:
                rewrite(path, replacements)
    for where in report["skipped"]:
        print(f"{where}: skipped (skip-test)")
    print(f"doc tests: {report['commands']} commands in {report['blocks']} blocks of "
          f"{len(files)} files, {report['files']} example files written, "
          f"{len(report['skipped'])} blocks skipped")
    print(f"{report['passed']} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
