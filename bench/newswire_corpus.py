#!/usr/bin/env python3
"""Plain-text newswire for bench_build: the TempEval-3 TimeML documents without their markup.

Usage: bench/newswire_corpus.py OUT_DIR [TIMEML_DIR ...]
       (default TIMEML_DIRs: ../shared/eval/timebank ../shared/eval/aquaint)

Each document becomes OUT_DIR/<docid>.txt: its creation date on the first line, a blank line,
then the text of its <TEXT> element with every tag removed. bench_build copies these files
under new names up to the size asked for (`bench_build 100 OUT_DIR`), so the build is measured
on real news rather than only on the sample pages with their headline sidebars.
"""
import html
import pathlib
import re
import sys


def convert(src: pathlib.Path, out_dir: pathlib.Path) -> int:
    xml = src.read_text(encoding="utf-8", errors="replace")
    body = re.search(r"<TEXT>(.*)</TEXT>", xml, re.S)
    if not body:
        return 0
    dct = re.search(r"<DCT>.*?value=\"([0-9-]+)\"", xml, re.S)
    text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1))).strip()
    out = (dct.group(1) + "\n\n" if dct else "") + text + "\n"
    (out_dir / (src.stem + ".txt")).write_text(out, encoding="utf-8")
    return len(out.encode("utf-8"))


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out_dir = pathlib.Path(sys.argv[1])
    sources = sys.argv[2:] or ["../shared/eval/timebank", "../shared/eval/aquaint"]
    out_dir.mkdir(parents=True, exist_ok=True)
    files = total = 0
    for d in sources:
        folder = pathlib.Path(d)
        if not folder.is_dir():
            print(f"newswire_corpus: {d}: no such directory", file=sys.stderr)
            return 1
        for src in sorted(folder.glob("*.tml")):
            size = convert(src, out_dir)
            files += size > 0
            total += size
    print(f"newswire_corpus: {files} documents, {total / 1e6:.2f} MB -> {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
