#!/usr/bin/env python3
"""Writes the hostile inputs the bad-input suite runs against, into the folder given."""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

GOOD = "Published June 4, 2025\n\nThe storm hit the coast on June 2, 2025. Officials said the flood forced thousands to leave.\n"


def put(name, data):
    path = os.path.join(out, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


put("good.txt", GOOD)
put("good2.txt", GOOD.replace("storm", "quake"))
# Documents.
put("utf8-start.txt", b"\xff" + GOOD.encode())
put("utf8-middle.txt", GOOD.encode()[:40] + b"\xc3\x28" + GOOD.encode()[40:])
put("utf8-end.txt", GOOD.encode() + b"\xe2\x82")
put("utf8-overlong.txt", b"A\xc0\xafB")
put("utf8-surrogate.txt", b"x\xed\xa0\x80y")
put("utf16-bom.txt", b"\xff\xfe" + GOOD.encode("utf-16-le"))
put("nul.txt", GOOD.encode()[:20] + b"\x00" + GOOD.encode()[20:])
put("crlf.txt", GOOD.replace("\n", "\r\n"))
put("empty.txt", b"")
put("blank.txt", b" \n\t\n   \r\n")
put("control.txt", "The storm \x1b[31mhit\x1b[0m the coast on June 2, 2025.\x07\n")
put("menus.txt", "Home | World | Business | Sport | Weather\n" * 200 + GOOD)
put("long-line.txt", "On May 5, 2025 talks were held. " * 20000)
put("year-zero.txt", "Published 0000-01-01\n\nTalks were held on January 1, 0000.\n")
put("emptydir/.keep", b"")
os.remove(os.path.join(out, "emptydir/.keep"))
put("hidden-only/.hidden.txt", GOOD)
with open(os.path.join(out.encode(), b"badname-\xff.txt"), "wb") as f:
    f.write(GOOD.encode())
# Overrides files.
put("ov-garbage.yaml", b"events:\n  - id: \x01\x02\xfe\xff\n")
put("ov-tab.yaml", "events:\n\t- id: x\n")
put("ov-unknown-key.yaml", "events:\n  - match: {type: storm}\n    lable: Storm\n")
put("ov-wrong-type.yaml", "events: 5\n")
put("ov-wrong-type2.yaml", "events:\n  - match: [1, 2]\n")
put("ov-multidoc.yaml", "events: []\n---\nevents: []\n")
put("ov-alias-bomb.yaml",
    "a: &a [x, x, x, x, x, x, x, x, x]\n" +
    "".join(f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)))
put("ov-merge-key.yaml", "base: &b {label: X}\nevents:\n  - <<: *b\n    match: {type: storm}\n")
put("ov-deep.yaml", "events: " + "[" * 100000 + "]" * 100000 + "\n")
put("ov-bad-date.yaml", "events:\n  - match: {type: storm}\n    date: 2025-13-45\n")
put("ov-year-zero.yaml", "events:\n  - match: {type: storm}\n    date: 0000-01-01\n")
put("ov-bad-utf8-label.yaml", b"events:\n  - match: {type: storm}\n    label: \"bad \xff label\"\n")
put("ov-unknown-link.yaml", "links:\n  - from: no-such-event\n    to: other-missing\n    type: causes\n")
put("ov-cycle-merge.yaml", "events:\n  - id: a\n    merge_into: b\n  - id: b\n    merge_into: a\n")
put("ov-control-label.yaml", "events:\n  - match: {type: storm}\n    label: \"Storm \\e[31mred\\a\"\n")
put("ov-huge-number.yaml", "events:\n  - match: {type: storm}\n    date: 1e400\n")
# Graph JSON files.
put("graph-truncated.json", '{"format": "chronograph/graph@1", "events": [{"id": "a"')
put("graph-deep.json", '{"format": "chronograph/graph@1", "x": ' + "[" * 300000 + "]" * 300000 + "}")
put("graph-not-json.json", "hello")
put("graph-empty.json", "")
put("graph-wrong-format.json", '{"format": "something-else@9", "events": []}')
put("graph-bad-utf8.json", b'{"format": "chronograph/graph@1", "events": [{"id": "a\xff"}]}')
put("graph-huge-number.json", '{"format": "chronograph/graph@1", "x": 1e400, "events": []}')

# A causal cycle a user writes by hand (issue 15): three events, each the cause of the next.
put("ov-cycle.yaml", """new_events:
  - {id: cycle-a, type: storm, label: First, date: 2025-05-01}
  - {id: cycle-b, type: flood, label: Second, date: 2025-05-02}
  - {id: cycle-c, type: evacuation, label: Third, date: 2025-05-03}
links:
  - {from: cycle-a, to: cycle-b, type: causes}
  - {from: cycle-b, to: cycle-c, type: causes}
  - {from: cycle-c, to: cycle-a, type: causes}
""")

# Labels that attack every output format: markup, quotes, DOT syntax, CSV, terminal escapes.
HOSTILE_LABEL = ('</script><script>alert(1)</script> "><img src=x onerror=alert(1)> '
                 '\\" ]; evil [label="x"]; } "a,b"\n\x1b[31mred\x07 & <b>')


def yaml_quoted(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped.replace("\x1b", "\\e").replace("\x07", "\\a") + '"'


put("ov-hostile-label.yaml", f"""new_events:
  - {{id: hostile-a, type: storm, label: {yaml_quoted(HOSTILE_LABEL)}, date: 2025-05-01,
      actors: [{yaml_quoted(HOSTILE_LABEL)}], places: [Nowhere]}}
  - {{id: hostile-b, type: flood, label: plain, date: 2025-05-02}}
links:
  - {{from: hostile-a, to: hostile-b, type: causes}}
""")

# 100k tiny files in one folder; one in a hundred tells of an event.
tiny = os.path.join(out, "tiny")
os.makedirs(tiny)
for i in range(100000):
    with open(os.path.join(tiny, f"{i:06d}.txt"), "w") as f:
        f.write(f"The storm hit town {i} on May 5, 2025.\n" if i % 100 == 0 else "x\n")
