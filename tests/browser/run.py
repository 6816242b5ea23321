#!/usr/bin/env python3
"""The HTML view in a real browser: headless Chromium loads pages made by `chronograph render
--format html` and checks what a reader would see. Usage: run.py CHRONOGRAPH_BINARY.

* The sample graph (tests/golden/sample): the page's own #selftest (data/html/timeline.js)
  counts the events in the DOM, types a search, clicks an event and writes what it saw into
  <pre id="selftest-result">, read here from --dump-dom.
* Hostile labels (tests/fixtures/render/hostile_labels.json): no script runs, no element is
  injected, the label shows as text.
* A 1280x800 screenshot of the sample page is decoded (zlib, no PIL) and must not be blank.

Exits 77 (CTest skip) when no Chromium is installed; scripts/setup.sh installs it.
"""
import html
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "tests/golden/sample/expected/timeline.json")
HOSTILE = os.path.join(ROOT, "tests/fixtures/render/hostile_labels.json")
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def chromium(browser, tmp, *args):
    profile = tempfile.mkdtemp(dir=tmp)
    cmd = [browser, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
           "--user-data-dir=" + profile, "--virtual-time-budget=5000", *args]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=45)
    except subprocess.TimeoutExpired:
        # An alert() from an injected script blocks a headless page for good.
        sys.exit(f"chromium did not finish within 45 s (a dialog opened by the page?): {' '.join(cmd)}")
    if r.returncode != 0:
        sys.exit(f"chromium failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-2000:]}")
    return r.stdout


def selftest(browser, tmp, page, query):
    dom = chromium(browser, tmp, "--dump-dom", f"file://{page}#selftest&q={query}")
    start = dom.rfind('<pre id="selftest-result">')
    if start < 0:
        sys.exit(f"{page}: the page wrote no selftest result")
    body = dom[start + len('<pre id="selftest-result">'):dom.index("</pre>", start)]
    return dict(line.split("=", 1) for line in html.unescape(body).splitlines())


def png_pixels(path):
    """(width, height, rows of RGBA bytes) of an 8-bit RGB/RGBA PNG, as Chromium writes."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6), f"PNG depth {depth} colour type {colour}"
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):  # PNG filters: none, sub, up, average, Paeth
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def main():
    binary = os.path.abspath(sys.argv[1])
    browser = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome")
                    if shutil.which(b)), None)
    if not browser:
        print("browser test skipped: no chromium on PATH (bash scripts/setup.sh installs it)")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        pages = {}
        for name, graph in (("sample", SAMPLE), ("hostile", HOSTILE)):
            pages[name] = os.path.join(tmp, name + ".html")
            subprocess.run([binary, "render", "--graph", graph, "-o", pages[name]], check=True)

        total = len(json.load(open(SAMPLE))["events"])
        r = selftest(browser, tmp, pages["sample"], "istanbul")
        print("sample page:", r)
        check(int(r["events_in_graph"]) == total and int(r["events_in_dom"]) == total,
              f"the DOM holds every event of the graph ({total})")
        check(0 < int(r["events_after_search"]) < total, "a search for 'istanbul' narrows them")
        check(int(r["events_after_clear"]) == total, "clearing the search shows all again")
        check(int(r["steps_expected"]) >= 1 and r["steps_shown"] == r["steps_expected"],
              "a click shows the event's date steps in the panel")
        check(r["panel_shows_first_step"] == "true", "the panel shows the first step's detail")
        check(int(r["links_in_dom"]) > 0, "links are drawn")

        r = selftest(browser, tmp, pages["hostile"], "nothing-matches-this")
        print("hostile page:", r)
        check(r["events_in_dom"] == "4", "the hostile page draws its four events")
        check(r["img_elements"] == "0", "no <img> was injected")
        check(r["script_elements"] == "4", "no <script> was injected (the page has four)")
        check(r["pwned"] == "0", "no injected handler ran (window.__pwned unset)")
        check(r["first_label"] == "</script><script>alert(1)</script>", "the label shows as text")
        check(r["steps_shown"] == "1", "the hostile event's panel was drawn")

        shot = os.path.join(tmp, "sample.png")
        chromium(browser, tmp, "--hide-scrollbars", "--window-size=1280,800",
                 "--screenshot=" + shot, f"file://{pages['sample']}")
        width, height, bpp, rows = png_pixels(shot)
        # The chart area (below the header, left of the panel) must hold drawing: with the
        # script broken, the header alone would still make a colourful picture.
        colours, ink, area = set(), 0, 0
        for row in rows[200:]:
            for i in range(0, 860 * bpp, bpp):
                px = row[i:i + 3]
                colours.add(px)
                ink += min(px) < 160
                area += 1
        share = ink / area
        print(f"screenshot: {width}x{height}; chart area: {len(colours)} colours, {share:.1%} ink")
        check((width, height) == (1280, 800), "the screenshot is 1280x800")
        check(len(colours) >= 50 and share >= 0.02, "the chart in the screenshot is not blank")
    if failures:
        print(f"browser test: {len(failures)} check(s) failed")
        return 1
    print("browser test: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
