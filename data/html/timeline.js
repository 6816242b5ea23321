// The HTML timeline view: draws the page's graph@1 JSON with D3 (lanes, zoomable time axis,
// links), filters and searches it, and shows an event's date reasoning, evidence and links.
// Text from the graph is only ever set with textContent (d3 .text()), never parsed as HTML.
(function () {
  "use strict";
  const graph = JSON.parse(document.getElementById("graph").textContent);
  const view = JSON.parse(document.getElementById("view").textContent);
  const DAY = 864e5;
  const ROW = 22;             // height of one row of marks in a lane
  const LANE_PAD = 6;         // above the first and below the last row of a lane
  const MAX_LANES = 12;       // actors or types beyond share one "Other ..." lane, as in the pictures
  const LABEL_CHARS = 60;     // labels longer than this are cut in the chart (whole in the panel)
  const UNDATED_W = 240;      // the undated column at the right
  const BOUND_LEN = 26;       // length of the arrow of a one-sided date ("no later than")
  const LINK_TYPES = ["causes", "reaction_to", "claim_about"];

  // ---- Data ----------------------------------------------------------------------------
  const utcDay = (s) => (s ? new Date(s + "T00:00:00Z") : null);
  const docs = new Map(graph.documents.map((d) => [d.id, d]));
  const measure = document.createElement("canvas").getContext("2d");
  const events = graph.events.map((e, i) => {
    const lo = utcDay(e.date.earliest);
    const hi = e.date.latest ? new Date(+utcDay(e.date.latest) + DAY) : null;  // end of that day
    const short = e.label.length > LABEL_CHARS ? e.label.slice(0, LABEL_CHARS - 1) + "\u2026" : e.label;
    const salient = e.salience >= 0.7;
    measure.font = (salient ? "600 " : "") + "12px system-ui, sans-serif";
    const words = [e.label, e.type, e.speaker || "", ...e.actors, ...e.places, ...e.mentions.map((m) => m.text)];
    return {
      e, i, lo, hi, short, salient,
      dated: Boolean(lo || hi),
      at: lo && hi ? new Date((+lo + +hi) / 2) : lo || hi,
      labelWidth: measure.measureText(short).width,
      text: words.join("\n").toLowerCase(),
      docs: new Set(e.mentions.map((m) => m.doc)),
      actors: new Set([...e.actors, ...(e.speaker ? [e.speaker] : [])]),
    };
  });
  const byId = new Map(events.map((d) => [d.e.id, d]));
  const links = graph.links
    .map((l) => ({ l, s: byId.get(l.from), t: byId.get(l.to) }))
    .filter((k) => k.s && k.t);

  // ---- Page parts ----------------------------------------------------------------------
  const $ = (id) => document.getElementById(id);
  const search = $("search"), lanesSelect = $("lanes"), panel = d3.select("#panel");
  const filters = { type: $("filter-type"), actor: $("filter-actor"), doc: $("filter-doc") };
  const axisSvg = d3.select("#axis"), plot = d3.select("#plot"), chart = d3.select("#chart");
  const defs = plot.append("defs");
  // Dated marks and labels stay between the lane titles and the undated column.
  const clip = defs.append("clipPath").attr("id", "dated-clip").append("rect");
  const gridG = plot.append("g").attr("class", "grid");
  const bandsG = plot.append("g");
  const linksG = plot.append("g").attr("class", "links");
  const eventsG = plot.append("g");
  const axisG = axisSvg.append("g").attr("transform", "translate(0,38)");
  const edgeG = axisSvg.append("g");
  let selected = null;

  for (const type of LINK_TYPES) {
    defs.append("marker").attr("id", "arrow-" + type).attr("viewBox", "0 0 10 10")
      .attr("refX", 9).attr("refY", 5).attr("markerWidth", 7).attr("markerHeight", 7)
      .attr("orient", "auto-start-reverse")
      .append("path").attr("d", type === "causes" ? "M0,0L10,5L0,10z" : "M0,1L9,5L0,9")
      .attr("class", "link " + type).style("fill", type === "causes" ? "#9b1c1c" : "none")
      .style("stroke-dasharray", "none");
  }

  function fillSelect(select, counts, labelOf) {
    const entries = [...counts].sort((a, b) => b[1] - a[1] || d3.ascending(labelOf(a[0]), labelOf(b[0])));
    d3.select(select).selectAll("option.value").data(entries).join("option")
      .attr("class", "value").attr("value", (d) => d[0])
      .text((d) => `${labelOf(d[0])} (${d[1]})`);
  }
  const tally = (key) => d3.rollup(events.flatMap(key), (v) => v.length, (k) => k);
  fillSelect(filters.type, tally((d) => [d.e.type]), (k) => k);
  fillSelect(filters.actor, tally((d) => [...d.actors]), (k) => k);
  const docTitle = (id) => { const d = docs.get(id); return d ? d.title || d.path || id : id; };
  fillSelect(filters.doc, tally((d) => [...d.docs]), docTitle);
  lanesSelect.value = view.lanes;

  const legend = d3.select("#legend");
  const swatch = (draw, label) => {
    const item = legend.append("span");
    draw(item.append("svg").attr("width", 30).attr("height", 14));
    item.append("span").text(label);
  };
  swatch((s) => s.append("circle").attr("cx", 15).attr("cy", 7).attr("r", 5).attr("fill", "#2c4a6b"), "event");
  swatch((s) => s.append("path").attr("d", "M15,1L21,7L15,13L9,7z").attr("fill", "#f3c623").attr("stroke", "#8a6d00"), "claim");
  swatch((s) => s.append("circle").attr("cx", 15).attr("cy", 7).attr("r", 5).attr("fill", "#fff").attr("stroke", "#2c4a6b"), "not told as a fact");
  swatch((s) => s.append("rect").attr("x", 2).attr("y", 4).attr("width", 26).attr("height", 6).attr("fill", "#2c4a6b").attr("opacity", 0.35), "date range");
  swatch((s) => s.append("path").attr("d", "M4,7H26M26,2V12M4,7l5,-4M4,7l5,4").attr("stroke", "#2c4a6b").attr("fill", "none"), "no later than");
  for (const type of LINK_TYPES)
    swatch((s) => s.append("path").attr("d", "M2,7H22").attr("class", "link swatch " + type)
      .attr("marker-end", `url(#arrow-${type})`), type.replace("_", " "));

  const span = d3.extent(events.flatMap((d) => [d.lo, d.hi]).filter(Boolean));
  $("subtitle").textContent = `${events.length} events and claims, ${links.length} links, ` +
    `${graph.documents.length} documents` + (span[0] ? `, ${dayWords(span[0])} to ${dayWords(new Date(+span[1] - DAY))}` : "");

  // ---- Time scale and zoom -------------------------------------------------------------
  // The first view is the shortest window holding 80% of the dated events, so that a stray
  // "1711" does not squeeze the busy weeks into a few pixels; "Fit all" shows everything.
  function denseWindow() {
    const ts = events.filter((d) => d.dated).map((d) => +d.at).sort((a, b) => a - b);
    if (!ts.length) return [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2001, 0, 1))];
    const k = Math.max(1, Math.ceil(ts.length * 0.8));
    let best = 0;
    for (let i = 0; i + k <= ts.length; ++i) if (ts[i + k - 1] - ts[i] < ts[best + k - 1] - ts[best]) best = i;
    const a = ts[best], b = ts[best + k - 1], pad = Math.max((b - a) * 0.06, 2 * DAY);
    return [new Date(a - pad), new Date(b + pad)];
  }
  function fullWindow() {
    const dated = events.filter((d) => d.dated);
    if (!dated.length) return denseWindow();
    const a = d3.min(dated, (d) => d.lo || d.at), b = d3.max(dated, (d) => d.hi || d.at);
    const pad = Math.max((b - a) * 0.03, 2 * DAY);
    return [new Date(+a - pad), new Date(+b + pad)];
  }
  const x0 = d3.scaleUtc().domain(denseWindow());
  let x = x0.copy();
  const zoom = d3.zoom().scaleExtent([1e-4, 1e5])
    .filter((ev) => (ev.type === "wheel" ? ev.ctrlKey || $("axis").contains(ev.target) : !ev.button))
    .on("zoom", (ev) => { x = ev.transform.rescaleX(x0); layout(); });
  chart.call(zoom).on("dblclick.zoom", null);
  function showWindow([a, b]) {
    const [r0, r1] = x0.range();
    const k = (r1 - r0) / (x0(b) - x0(a));
    chart.call(zoom.transform, d3.zoomIdentity.translate(r0 - k * x0(a), 0).scale(k));
  }
  $("zoom-in").onclick = () => chart.call(zoom.scaleBy, 1.6, [d3.mean(x0.range()), 0]);
  $("zoom-out").onclick = () => chart.call(zoom.scaleBy, 1 / 1.6, [d3.mean(x0.range()), 0]);
  $("zoom-fit").onclick = () => showWindow(fullWindow());

  // ---- Filtering and lanes -------------------------------------------------------------
  function visible() {
    const q = search.value.trim().toLowerCase();
    const type = filters.type.value, actor = filters.actor.value, doc = filters.doc.value;
    return events.filter((d) => (!q || d.text.includes(q)) && (!type || d.e.type === type) &&
      (!actor || d.actors.has(actor)) && (!doc || d.docs.has(doc)));
  }
  // Lane keys come from the C++ writer (render::lane_keys), so that lanes match the pictures.
  function lanesOf(shown, mode) {
    if (mode === "none") return [{ key: "", title: "", items: shown }];
    const keyOf = (d) => view.lane_keys[mode][d.i];
    const counts = d3.rollup(shown, (v) => v.length, keyOf);
    let merged = false, order = [...counts.keys()];
    const byCount = (a, b) => (a === "") - (b === "") || counts.get(b) - counts.get(a) || d3.ascending(a, b);
    if (mode === "document") {
      const rank = new Map(graph.documents.map((d, i) => [d.id, i]));
      order.sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9));
    } else {
      order.sort(byCount);
      const named = order.filter((k) => k !== "");
      if (named.length > MAX_LANES) {
        merged = true;
        order = named.slice(0, MAX_LANES - 1).concat([""]);
      }
    }
    const kept = new Set(order);
    const lanes = order.map((key) => ({ key, items: [], title: laneTitle(mode, key, merged) }));
    const index = new Map(order.map((k, i) => [k, i]));
    for (const d of shown) lanes[index.get(kept.has(keyOf(d)) ? keyOf(d) : "")].items.push(d);
    return lanes;
  }
  function laneTitle(mode, key, merged) {
    if (mode === "document") return key ? docTitle(key) : "No document";
    const what = mode === "actor" ? ["Other actors", "No actor"] : ["Other types", "Untyped"];
    return key || (merged ? what[0] : what[1]);
  }

  // ---- Drawing -------------------------------------------------------------------------
  let shown = [], lanes = [], chartWidth = 0;
  function update() {
    shown = visible();
    lanes = lanesOf(shown, lanesSelect.value);
    $("count").textContent = `${shown.length} of ${events.length} shown`;
    layout();
  }

  // Where an event's mark ends on each side and where its label goes on the current scale.
  // A label that would run past the right edge of the dated area goes left of its mark.
  let plotLeft = 0, plotRight = 0;
  function place(d) {
    const r = 3.5 + 3 * d.e.salience;
    let a, b;
    if (d.lo && d.hi) [a, b] = [Math.min(x(d.lo), x(d.at) - r), Math.max(x(d.hi), x(d.at) + r)];
    else if (d.hi) [a, b] = [x(d.hi) - BOUND_LEN, x(d.hi) + r];
    else [a, b] = [x(d.lo) - r, x(d.lo) + BOUND_LEN];
    d.flip = b + 6 + d.labelWidth > plotRight && a - 6 - d.labelWidth >= plotLeft;
    d.labelX = d.flip ? a - 6 : b + 6;
    return d.flip ? [a - 6 - d.labelWidth, b] : [a, b + 6 + d.labelWidth];
  }

  function layout() {
    // Read only when the window changes size: reading it forces the browser to lay out the
    // whole page, which costs seconds with thousands of events.
    const width = chartWidth || (chartWidth = $("scroll").clientWidth || 1000);
    const hasUndated = shown.some((d) => !d.dated);
    const left = lanesSelect.value === "none" ? 12 : 160;
    const right = width - (hasUndated ? UNDATED_W + 16 : 16);
    [plotLeft, plotRight] = [left, right];
    x0.range([left, right]);
    x.range([left, right]);
    // Rows: items by left edge, each into the row that came free first (a heap of row ends),
    // which needs the fewest rows for intervals, in n log n for big graphs.
    let y = 0;
    for (const lane of lanes) {
      lane.y0 = y;
      const free = [];  // [end, row], smallest end on top
      const dated = lane.items.filter((d) => d.dated).map((d) => [d, place(d)]).sort((a, b) => a[1][0] - b[1][0]);
      let rows = 0;
      for (const [d, [a, b]] of dated) {
        const row = free.length && free[0][0] + 8 <= a ? heapPop(free)[1] : rows++;
        heapPush(free, [b, row]);
        d.y = y + LANE_PAD + row * ROW + ROW / 2;
      }
      lane.items.filter((d) => !d.dated).forEach((d, n) => { d.y = y + LANE_PAD + n * ROW + ROW / 2; });
      rows = Math.max(rows, lane.items.filter((d) => !d.dated).length, 1);
      y += rows * ROW + 2 * LANE_PAD;
      lane.y1 = y;
    }
    plot.attr("height", Math.max(y, 40));
    axisSvg.attr("width", width);
    drawAxis(left, right, hasUndated);
    clip.attr("x", left - 8).attr("y", 0).attr("width", right - left + 16).attr("height", Math.max(y, 40));
    drawLanes(width, left, right, hasUndated, y);
    drawEvents(right);
    drawLinks(right);
  }

  function heapPush(h, item) {
    let i = h.push(item) - 1;
    for (let p; i > 0 && h[(p = (i - 1) >> 1)][0] > h[i][0]; i = p) [h[p], h[i]] = [h[i], h[p]];
  }
  function heapPop(h) {
    const top = h[0], last = h.pop();
    if (h.length) {
      h[0] = last;
      for (let i = 0, c; (c = 2 * i + 1) < h.length; i = c) {
        if (c + 1 < h.length && h[c + 1][0] < h[c][0]) ++c;
        if (h[i][0] <= h[c][0]) break;
        [h[i], h[c]] = [h[c], h[i]];
      }
    }
    return top;
  }

  function drawAxis(left, right, hasUndated) {
    axisG.call(d3.axisTop(x).ticks(Math.max(2, Math.floor((right - left) / 110))).tickSizeOuter(0));
    // A tick label centred near an edge would be cut: it is left out.
    axisG.selectAll(".tick").attr("display", (t) => (x(t) < left + 16 || x(t) > right - 16 ? "none" : null));
    axisG.select(".domain").attr("d", `M${left},0H${right}`);
    gridG.selectAll("line").data(x.ticks(Math.max(2, Math.floor((right - left) / 110))).filter((t) => x(t) >= left && x(t) <= right))
      .join("line").attr("x1", x).attr("x2", x).attr("y1", 0).attr("y2", 1e5);
    // How many shown events lie wholly outside the window, on each side.
    const [a, b] = x.domain();
    const before = shown.filter((d) => d.dated && (d.hi || d.at) < a).length;
    const after = shown.filter((d) => d.dated && (d.lo || d.at) > b).length;
    const marks = [];
    if (before) marks.push({ x: left, anchor: "start", text: `\u25c0 ${before} earlier` });
    if (after) marks.push({ x: right, anchor: "end", text: `${after} later \u25b6` });
    if (hasUndated) marks.push({ x: right + 14, anchor: "start", text: "Undated" });
    edgeG.selectAll("text").data(marks).join("text").attr("class", "edge-count")
      .attr("x", (m) => m.x).attr("y", 13).attr("text-anchor", (m) => m.anchor).text((m) => m.text)
      .classed("undated-head", (m) => m.text === "Undated")
      .on("click", (ev, m) => { if (m.text !== "Undated") showWindow(fullWindow()); });
  }

  function drawLanes(width, left, right, hasUndated, height) {
    const bands = bandsG.selectAll("g.lane").data(lanes).join((enter) => {
      const g = enter.append("g").attr("class", "lane");
      g.append("rect").attr("class", "lane-band");
      g.append("text").attr("class", "lane-title");
      return g;
    });
    bands.select("rect").attr("x", 0).attr("y", (l) => l.y0).attr("width", width)
      .attr("height", (l) => l.y1 - l.y0).classed("odd", (l, i) => i % 2 === 1);
    bands.select("text").each(function (l) { wrapText(d3.select(this), l.title, 22, 3, 8, l.y0 + 16); });
    bandsG.selectAll("rect.undated-band").data(hasUndated ? [0] : []).join("rect").attr("class", "undated-band")
      .attr("x", right + 10).attr("y", 0).attr("width", width - right - 10).attr("height", height).attr("opacity", 0.6);
    bandsG.selectAll("line.lane-edge").data(lanes.length > 1 ? lanes.slice(1) : []).join("line")
      .attr("class", "lane-edge").attr("x1", 0).attr("x2", width).attr("y1", (l) => l.y0).attr("y2", (l) => l.y0)
      .attr("stroke", "#d6d6d6");
  }

  function wrapText(text, value, perLine, maxLines, x_, y_) {
    const lines = [];
    for (const word of value.split(/\s+/)) {
      if (lines.length && (lines[lines.length - 1] + " " + word).length <= perLine) lines[lines.length - 1] += " " + word;
      else lines.push(word);
    }
    if (lines.length > maxLines) { lines.length = maxLines; lines[maxLines - 1] += "\u2026"; }
    text.selectAll("tspan").data(lines).join("tspan").attr("x", x_).attr("y", (s, i) => y_ + i * 14).text((s) => s);
    text.selectAll("title").data([value]).join("title").text((s) => s);
  }

  function drawEvents(right) {
    const groups = eventsG.selectAll("g.event").data(shown, (d) => d.e.id).join((enter) => {
      const g = enter.append("g").attr("data-index", (d) => d.i).attr("tabindex", 0)
        .on("click", (ev, d) => { ev.stopPropagation(); select(d); })
        .on("keydown", (ev, d) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(d); } });
      g.append("title").text((d) => `${d.e.label}\n${dateWords(d.e.date)}`);
      g.filter((d) => d.lo && d.hi).append("rect").attr("class", "range");
      g.filter((d) => !d.lo !== !d.hi).append("path").attr("class", "bound");
      g.append("path").attr("class", "mark");
      // The undated column cuts its labels at its edge; the dated ones are clipped.
      g.append("text").attr("dy", "0.35em").text((d) => (d.dated ? d.short : cut(d.short, 32)));
      return g;
    });
    groups.attr("class", (d) => "event " + d.e.kind + (d.salient ? " salient" : "") +
      (d.e.factuality === "asserted" || d.e.factuality === "future" ? "" : " unasserted"))
      .classed("selected", (d) => d === selected)
      .attr("clip-path", (d) => (d.dated ? "url(#dated-clip)" : null));
    groups.each(function (d) {
      const g = d3.select(this);
      const cx = anchorX(d, right);
      d.x = cx;
      g.select(".range").attr("x", x(d.lo)).attr("y", d.y - 3).attr("height", 6)
        .attr("width", Math.max(1, x(d.hi) - x(d.lo)))
        .attr("display", d.dated && x(d.hi) - x(d.lo) > 3 ? null : "none");
      // A one-sided date: an edge at the bound and an arrow into the open side.
      const side = d.hi ? -1 : 1, end = cx + side * BOUND_LEN;
      g.select(".bound").attr("d", `M${cx},${d.y - 6}V${d.y + 6}M${cx},${d.y}H${end}` +
        `M${end - side * 5},${d.y - 4}L${end},${d.y}L${end - side * 5},${d.y + 4}`);
      const r = 3.5 + 3 * d.e.salience;
      g.select(".mark").attr("d", d.e.kind === "claim"
        ? `M${cx},${d.y - r - 1}L${cx + r + 1},${d.y}L${cx},${d.y + r + 1}L${cx - r - 1},${d.y}Z`
        : `M${cx - r},${d.y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`);
      g.select("text").attr("x", d.dated ? d.labelX : cx + 10).attr("y", d.y)
        .attr("text-anchor", d.dated && d.flip ? "end" : null);
    });
  }
  const cut = (s, n) => (s.length > n ? s.slice(0, n - 1) + "\u2026" : s);
  const anchorX = (d, right) => (!d.dated ? right + 24 : d.lo && d.hi ? x(d.at) : x(d.lo || d.hi));

  function drawLinks(right) {
    const on = new Set(shown);
    const drawn = links.filter((k) => on.has(k.s) && on.has(k.t));
    linksG.classed("dim", selected !== null);
    linksG.selectAll("path").data(drawn, (k) => `${k.l.from}>${k.l.to}>${k.l.type}`).join("path")
      .attr("class", (k) => "link " + k.l.type).classed("active", (k) => k.s === selected || k.t === selected)
      .attr("marker-end", (k) => `url(#arrow-${k.l.type})`)
      .attr("d", (k) => {
        const sx = anchorX(k.s, right), tx = anchorX(k.t, right), sy = k.s.y, ty = k.t.y;
        // An arc bowing upwards, higher for longer links, so that links between one row's
        // events do not run along it.
        const h = 14 + Math.min(120, Math.abs(tx - sx) * 0.2 + Math.abs(ty - sy) * 0.1);
        return `M${sx},${sy}C${sx},${sy - h} ${tx},${ty - h} ${tx},${ty - 7}`;
      });
  }

  // ---- Details panel -------------------------------------------------------------------
  function dayWords(t) {
    return t.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }
  function dateWords(date) {
    const v = date.value || "";
    const lo = utcDay(date.earliest), hi = utcDay(date.latest);
    if (/^\d{4}-\d{2}$/.test(v) && lo) return lo.toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
    if (/^\d{4}$/.test(v)) return v;
    if (lo && hi) return +lo === +hi ? dayWords(lo) : `between ${dayWords(lo)} and ${dayWords(hi)}`;
    if (hi) return `no later than ${dayWords(hi)}`;
    if (lo) return `no earlier than ${dayWords(lo)}`;
    return "undated";
  }
  function source(parent, ev) {
    if (!ev) return;
    parent.append("blockquote").text(ev.text);
    const d = docs.get(ev.doc);
    const where = d ? `${d.title || d.id} \u2014 ${d.path}` + (d.published && d.published.value ? `, ${dateWords(d.published)}` : "") : ev.doc;
    parent.append("cite").text(`${where} (bytes ${ev.start}\u2013${ev.end})`);
  }
  function select(d) {
    selected = d;
    panel.selectAll("*").remove();
    const e = d.e;
    panel.append("h2").text(e.label);
    panel.append("p").attr("class", "meta").text([e.kind, e.type, e.class, e.factuality,
      `salience ${e.salience}`].filter(Boolean).join(" \u00b7 "));
    if (e.speaker) panel.append("p").attr("class", "meta").text(`Said by ${e.speaker}` + (e.speaker_role ? `, ${e.speaker_role}` : ""));
    panel.append("h3").text("Date");
    panel.append("p").attr("class", "date").text(`${dateWords(e.date)} (${e.date.value}; basis: ${e.date.basis})`);
    if (e.date_steps.length) {
      panel.append("h3").text("Why this date");
      const steps = panel.append("ol").attr("class", "steps").selectAll("li").data(e.date_steps).join("li");
      steps.append("span").attr("class", "rule").text((s) => s.rule);
      steps.append("span").attr("class", "detail").text((s) => s.detail);
      steps.each(function (s) { source(d3.select(this), s.evidence); });
    }
    panel.append("h3").text(`Evidence (${e.mentions.length})`);
    panel.append("ul").attr("class", "mentions").selectAll("li").data(e.mentions).join("li")
      .each(function (m) { source(d3.select(this), m); });
    const people = [["Actors", e.actors], ["Places", e.places], ["Overrides", e.overrides || []]];
    for (const [title, list] of people.filter((p) => p[1].length)) {
      panel.append("h3").text(title);
      panel.append("p").text(list.join(", "));
    }
    const mine = links.filter((k) => k.s === d || k.t === d);
    panel.append("h3").text(`Links (${mine.length})`);
    const items = panel.append("ul").attr("class", "links").selectAll("li").data(mine).join("li");
    items.append("span").attr("class", "rule").text((k) => (k.s === d ? `${k.l.type.replace("_", " ")} \u2192` : `\u2190 ${k.l.type.replace("_", " ")} from`));
    items.append("button").attr("class", "goto").text((k) => (k.s === d ? k.t : k.s).e.label)
      .on("click", (ev, k) => select(k.s === d ? k.t : k.s));
    items.append("div").attr("class", "meta").text((k) => [`rule ${k.l.rule}`, k.l.cue ? `cue \u201c${k.l.cue.text}\u201d` : "",
      k.l.confidence !== undefined ? `confidence ${k.l.confidence}` : "", k.l.claimed_by ? `as ${k.l.claimed_by} says it` : "", k.l.sources && k.l.sources.length > 1 ? `${k.l.sources.length} sources` : ""]
      .filter(Boolean).join(" \u00b7 "));
    items.each(function (k) { source(d3.select(this), k.l.evidence); });
    layout();
  }

  // ---- Wiring --------------------------------------------------------------------------
  search.addEventListener("input", update);
  for (const el of [lanesSelect, ...Object.values(filters)]) el.addEventListener("change", update);
  window.addEventListener("resize", () => { chartWidth = 0; layout(); });
  update();
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get("event") && byId.has(params.get("event"))) select(byId.get(params.get("event")));
  if (params.has("selftest")) setTimeout(() => selftest(params), 50);

  // #selftest[&q=WORDS]: drives the page as a reader would and writes what it saw into
  // a "selftest-result" pre element, for the browser test (tests/browser/) to read from the DOM.
  function selftest(p) {
    const out = {};
    const count = () => document.querySelectorAll("#plot g.event").length;
    out.events_in_graph = graph.events.length;
    out.events_in_dom = count();
    out.links_in_dom = document.querySelectorAll("#plot .links path").length;
    search.value = p.get("q") || "istanbul";
    search.dispatchEvent(new Event("input"));
    out.events_after_search = count();
    search.value = "";
    search.dispatchEvent(new Event("input"));
    out.events_after_clear = count();
    const target = events.find((d) => d.dated && d.e.date_steps.length) || events.find((d) => d.e.date_steps.length);
    if (target) {
      document.querySelector(`#plot g.event[data-index="${target.i}"]`).dispatchEvent(new MouseEvent("click", { bubbles: true }));
      out.steps_expected = target.e.date_steps.length;
      out.steps_shown = document.querySelectorAll("#panel .steps > li").length;
      out.panel_shows_first_step = document.getElementById("panel").textContent.includes(target.e.date_steps[0].detail);
    }
    const t0 = performance.now();
    layout();
    out.layout_ms = Math.round(performance.now() - t0);  // one zoom step's redraw
    out.first_label = (document.querySelector("#plot g.event text") || {}).textContent;
    out.img_elements = document.querySelectorAll("img").length;
    out.script_elements = document.scripts.length;
    out.pwned = window.__pwned || 0;
    const pre = document.createElement("pre");
    pre.id = "selftest-result";
    pre.textContent = Object.entries(out).map(([k, v]) => `${k}=${v}`).join("\n");
    document.body.appendChild(pre);
  }
})();
