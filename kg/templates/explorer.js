/* policy-kg explorer: draws the graph JSON with vis-network.
   Article text reaches the page only through textContent and canvas labels, never as markup. */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  /* Edges travel as columns (see render.edge_columns); the script reads them as objects. */
  const columns = data.edges;
  data.edges = columns.from.map((from, k) => {
    const edge = { from, to: columns.to[k], rel: columns.relations[columns.rel[k]] };
    if (columns.status[k]) edge.status = columns.statuses[columns.status[k]];
    if (columns.ev[k].length) edge.ev = columns.ev[k];
    return edge;
  });
  for (const k of columns.curated) data.edges[k].curated = true;
  const FONT = getComputedStyle(document.body).getPropertyValue("--font").trim() || "sans-serif";
  const TENTATIVE = new Set(["InProgress", "Planned", "Postponed", "Cancelled"]);
  const SYMMETRIC = new Set(["signedMOUWith", "cooperatedWith"]);
  const DIM_NODE = { color: { background: "#eceef1", border: "#d5d9df" }, font: { color: "#c4c8ce" } };
  const DIM_EDGE = { color: { color: "#e9ebef", opacity: 1 } };
  const large = data.large;
  /* Big graphs never touch vis-network's data to highlight: any DataSet update makes it re-measure
     every node. A selection is painted on a canvas of its own laid over vis-network's. Their edges
     are plain lines (arrowheads and dashes cost six times the rest of a frame); the overlay draws
     the selection's with direction and status. */
  const overlay = data.overlay;
  /* Level of detail: a graph of thousands of nodes (a whole archive) hands vis-network only an
     overview, its most connected entities laid out when the page was written, and brings in any
     other entity with its neighbours when it is selected or found; they leave again when the
     selection moves on. vis-network redraws all it holds on every frame, so it holds little. */
  const detail = Array.isArray(data.overview);
  const DETAIL_NEIGHBOURS = 150;
  const FOCUS_NODES = 1500;
  const classes = new Map(data.classes.map((c) => [c.name, c]));
  const shown = new Set(data.classes.map((c) => c.name));
  const container = document.getElementById("graph");
  const statusLine = document.getElementById("status");
  const details = document.getElementById("details");
  const tooltip = document.getElementById("tooltip");

  function put(element, ...children) {
    const nodesToAdd = children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== "" && c !== false);
    element.replaceChildren(...nodesToAdd.map((c) => (c instanceof Node ? c : document.createTextNode(String(c)))));
    return element;
  }
  const h = (tag, props, ...children) => put(Object.assign(document.createElement(tag), props || {}), ...children);

  function swatch(shape, color, dashed) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("class", "swatch");
    const points = {
      square: "2,2 14,2 14,14 2,14", diamond: "8,1 15,8 8,15 1,8", triangle: "8,1.5 15,14 1,14",
      hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8", star: "8,0.8 10,6 15.5,6 11,9.4 12.8,15 8,11.6 3.2,15 5,9.4 0.5,6 6,6",
    };
    let mark;
    if (shape === "line") {
      mark = document.createElementNS(ns, "line");
      [["x1", 0], ["y1", 8], ["x2", 16], ["y2", 8], ["stroke", color], ["stroke-width", 2]].forEach(([k, v]) => mark.setAttribute(k, v));
      if (dashed) mark.setAttribute("stroke-dasharray", "4 3");
    } else {
      mark = document.createElementNS(ns, points[shape] ? "polygon" : "circle");
      if (points[shape]) mark.setAttribute("points", points[shape]);
      else [["cx", 8], ["cy", 8], ["r", 6.5]].forEach(([k, v]) => mark.setAttribute(k, v));
      mark.setAttribute("fill", dashed ? "#fff" : color);
      mark.setAttribute("stroke", color);
      mark.setAttribute("stroke-width", dashed ? 1.6 : 1);
      if (dashed) mark.setAttribute("stroke-dasharray", "2.5 1.8");
    }
    svg.append(mark);
    return svg;
  }

  function shade(hex, factor) {
    const n = parseInt(hex.slice(1), 16);
    const channel = (shift) => Math.max(0, Math.min(255, Math.round(((n >> shift) & 255) * factor)));
    return "#" + [16, 8, 0].map((s) => channel(s).toString(16).padStart(2, "0")).join("");
  }

  const classOf = (node) => classes.get(node.cls) || { name: node.cls, ko: node.cls, color: "#999999", shape: "dot" };
  const relationName = (rel) => (data.relations[rel] ? `${rel} (${data.relations[rel]})` : rel);
  const statusName = (status) => data.statuses[status] || status;

  function nodeStyle(i) {
    const node = data.nodes[i];
    const cls = classOf(node);
    const tentative = TENTATIVE.has(node.status);
    const background = tentative ? "#ffffff" : cls.color;
    const border = tentative ? cls.color : shade(cls.color, 0.7);
    return {
      id: i,
      color: { background, border, highlight: { background, border: "#111111" }, hover: { background, border: "#111111" } },
      borderWidth: tentative ? 2.5 : 1.5,
      shapeProperties: { borderDashes: tentative && !overlay ? [5, 4] : false },
      font: { color: "#1f2328", size: node.font || 14 },
    };
  }

  function edgeStyle(i) {
    const edge = data.edges[i];
    const cancelled = edge.status === "Cancelled";
    return {
      id: i,
      color: { color: cancelled ? "#c98a8a" : "#8a929c", highlight: "#1f2328", hover: "#1f2328", opacity: 1 },
    };
  }

  const adjacent = data.nodes.map(() => []);
  const incident = data.nodes.map(() => []);
  data.edges.forEach((e, k) => {
    adjacent[e.from].push(e.to); adjacent[e.to].push(e.from);
    incident[e.from].push(k); if (e.to !== e.from) incident[e.to].push(k);
  });
  /* Where an edge stands among the edges joining the same two nodes (they are drawn as curves
     bent apart), or -1 if it is alone; asked only for the edges handed to vis-network. */
  function parallelRank(k) {
    const e = data.edges[k];
    const end = incident[e.from].length <= incident[e.to].length ? e.from : e.to;
    const same = incident[end].filter((j) => {
      const f = data.edges[j];
      return (f.from === e.from && f.to === e.to) || (f.from === e.to && f.to === e.from);
    });
    return same.length > 1 ? same.indexOf(k) : -1;
  }
  const hidden = new Uint8Array(data.nodes.length);

  /* Pages of up to 1,000 nodes carry their layout, computed when the page was written (a force
     layout with label boxes pushed apart), so the first frame is already the final picture.
     Bigger graphs skip that: each connected component is laid out as rings around its
     busiest node (a breadth-first tree, wedges sized by subtree), and the components are packed in rows. */
  function radialLayout() {
    const n = data.nodes.length;
    const byDegree = [...Array(n).keys()].sort((a, b) => data.nodes[b].deg - data.nodes[a].deg || a - b);
    const seen = new Uint8Array(n), children = data.nodes.map(() => []), depth = new Int32Array(n);
    const components = [];
    for (const root of byDegree) {
      if (seen[root]) continue;
      seen[root] = 1;
      const members = [root];
      for (let q = 0; q < members.length; q++) {
        const v = members[q];
        for (const w of adjacent[v]) if (!seen[w]) { seen[w] = 1; depth[w] = depth[v] + 1; children[v].push(w); members.push(w); }
      }
      components.push(members);
    }
    const weight = new Float64Array(n), x = new Float64Array(n), y = new Float64Array(n);
    const placed = components.map((members) => {
      for (let q = members.length - 1; q >= 0; q--) {
        const v = members[q];
        weight[v] = Math.max(1, children[v].reduce((sum, c) => sum + weight[c], 0));
      }
      const perRing = [];
      for (const v of members) perRing[depth[v]] = (perRing[depth[v]] || 0) + 1;
      const radius = [0];
      for (let d = 1; d < perRing.length; d++) radius[d] = Math.max(radius[d - 1] + 110, (perRing[d] * 26) / (2 * Math.PI));
      const wedge = new Float64Array(n);
      wedge[members[0]] = 2 * Math.PI;
      const start = new Float64Array(n);
      for (const v of members) {
        const angle = start[v] + wedge[v] / 2;
        x[v] = radius[depth[v]] * Math.cos(angle);
        y[v] = radius[depth[v]] * Math.sin(angle);
        let from = start[v];
        for (const c of children[v]) { wedge[c] = (wedge[v] * weight[c]) / weight[v]; start[c] = from; from += wedge[c]; }
      }
      return { members, size: radius[radius.length - 1] + 70 };
    });
    placed.sort((a, b) => b.members.length - a.members.length || a.members[0] - b.members[0]);
    const rowWidth = Math.max(placed[0].size * 2, Math.sqrt(placed.reduce((sum, c) => sum + 4 * c.size * c.size, 0)) * 1.2);
    let cx = 0, cy = 0, rowHeight = 0;
    for (const c of placed) {
      if (cx > 0 && cx + 2 * c.size > rowWidth) { cx = 0; cy += rowHeight; rowHeight = 0; }
      for (const v of c.members) { x[v] += cx + c.size; y[v] += cy + c.size; }
      cx += 2 * c.size;
      rowHeight = Math.max(rowHeight, 2 * c.size);
    }
    return [x, y];
  }
  const [layoutX, layoutY] = large && !detail ? radialLayout() : [null, null];

  /* Where each node is drawn: written in the page for small graphs and the overview, computed
     here for the rest (NaN until a node is placed). */
  const posX = new Float64Array(data.nodes.length).fill(NaN), posY = new Float64Array(data.nodes.length).fill(NaN);
  data.nodes.forEach((node, i) => {
    if (large && !detail) { posX[i] = Math.round(layoutX[i]); posY[i] = Math.round(layoutY[i]); }
    else if (node.x !== undefined) { posX[i] = node.x; posY[i] = node.y; }
  });
  const inOverview = new Uint8Array(data.nodes.length);
  (detail ? data.overview : [...data.nodes.keys()]).forEach((i) => { inOverview[i] = 1; });
  const inView = inOverview.slice();
  const edgeInView = new Uint8Array(data.edges.length);
  data.edges.forEach((e, k) => { edgeInView[k] = inView[e.from] && inView[e.to] ? 1 : 0; });

  function visNode(i) {
    const node = data.nodes[i];
    if (detail) hidden[i] = shown.has(node.cls) ? 0 : 1;
    return Object.assign(nodeStyle(i), {
      label: node.text || node.label, shape: classOf(node).shape, size: node.size, x: posX[i], y: posY[i],
      hidden: hidden[i] === 1,
    });
  }
  const nodes = new vis.DataSet([...data.nodes.keys()].filter((i) => inView[i]).map(visNode));
  function visEdge(i) {
    const edge = data.edges[i];
    const item = Object.assign(edgeStyle(i), {
      from: edge.from, to: edge.to,
      arrows: SYMMETRIC.has(edge.rel) || overlay ? "" : "to",
      dashes: TENTATIVE.has(edge.status) && !overlay ? [6, 4] : false,
    });
    const rank = parallelRank(i);
    if (rank >= 0) {
      const flip = edge.from > edge.to;
      item.smooth = { enabled: true, type: flip ? "curvedCCW" : "curvedCW", roundness: 0.12 + 0.16 * rank };
    }
    return item;
  }
  const edges = new vis.DataSet([...data.edges.keys()].filter((k) => edgeInView[k]).map(visEdge));

  const options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: false },
    nodes: {
      font: { face: FONT, size: 14, strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: 6 } },
    },
    edges: {
      width: 1.3, selectionWidth: 1.5, hoverWidth: 1,
      arrows: { to: { scaleFactor: 0.6 } },
      smooth: large ? false : { enabled: true, type: "continuous", roundness: 0.3 },
    },
    physics: { enabled: false },
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: large, hideEdgesOnZoom: large, multiselect: false, navigationButtons: false, keyboard: false, selectable: !overlay },
  };
  const network = new vis.Network(container, { nodes, edges }, options);

  const api = { network, nodes, edges, data, ready: false, search, select: selectNode, selectEdge, clear: clearSelection, edgeNames: [],
    extras: () => [...extras], position: (i) => (inView[i] ? network.getPositions([i])[i] : drawnHere(i) ? { x: posX[i], y: posY[i] } : null) };
  window.kgExplorer = api;

  /* Level of detail (big graphs): which nodes vis-network holds, and where the newcomers go. */
  const viewed = new Set([...data.nodes.keys()].filter((i) => inView[i]));
  const shownX = posX.slice(), shownY = posY.slice();
  const placed = (i) => !Number.isNaN(posX[i]);
  /* vis-network answers every DataSet change by re-deriving its whole state (clustering, visible
     indices, value ranges: ~30 ms at 1,000 nodes); a change of view makes up to five, so its
     notices are held back and given once. */
  function batched(work) {
    const emitter = network.body && network.body.emitter;
    if (!emitter || typeof emitter.emit !== "function") return work();
    const own = Object.prototype.hasOwnProperty.call(emitter, "emit"), emit = emitter.emit;
    let changed = false;
    emitter.emit = function (name, ...rest) {
      if (name === "_dataChanged" || name === "_dataUpdated") { changed = true; return this; }
      return emit.call(this, name, ...rest);
    };
    try {
      work();
    } finally {
      if (own) emitter.emit = emit;
      else delete emitter.emit;
    }
    if (changed) emitter.emit("_dataChanged");
  }
  function setView(wanted) {
    batched(() => changeView(wanted));
  }
  function changeView(wanted) {
    const leaving = [...viewed].filter((i) => !wanted.has(i));
    const coming = [...wanted].filter((i) => !viewed.has(i));
    const edgesGone = [];
    for (const i of leaving) {
      inView[i] = 0;
      viewed.delete(i);
      for (const k of incident[i]) if (edgeInView[k]) { edgeInView[k] = 0; edgesGone.push(k); }
      if (!inOverview[i]) { posX[i] = NaN; posY[i] = NaN; }
    }
    if (edgesGone.length) edges.remove(edgesGone);
    if (leaving.length) nodes.remove(leaving);
    const moved = [];
    for (const i of viewed) {
      if (posX[i] !== shownX[i] || posY[i] !== shownY[i]) { shownX[i] = posX[i]; shownY[i] = posY[i]; moved.push({ id: i, x: posX[i], y: posY[i] }); }
    }
    if (moved.length) nodes.update(moved);
    for (const i of coming) { inView[i] = 1; viewed.add(i); shownX[i] = posX[i]; shownY[i] = posY[i]; }
    if (coming.length) nodes.add(coming.map(visNode));
    const edgesCome = [];
    for (const i of coming) {
      for (const k of incident[i]) {
        const e = data.edges[k];
        if (!edgeInView[k] && inView[e.from] && inView[e.to]) { edgeInView[k] = 1; edgesCome.push(k); }
      }
    }
    if (edgesCome.length) edges.add(edgesCome.map(visEdge));
    if (leaving.length || coming.length || moved.length) visRedraws = true;
    if (leaving.length || coming.length) showCounts();
  }

  let overviewRight = 0, overviewMiddle = 0;
  if (detail) {
    let high = -Infinity, top = Infinity, bottom = -Infinity;
    for (const i of data.overview) { high = Math.max(high, posX[i]); top = Math.min(top, posY[i]); bottom = Math.max(bottom, posY[i]); }
    overviewRight = high;
    overviewMiddle = (top + bottom) / 2;
  }
  const GOLDEN = Math.PI * (3 - Math.sqrt(5));
  /* A newcomer goes beside its busiest neighbour that vis-network holds, or right of the overview. */
  function placeNear(i, fallback) {
    if (placed(i)) return;
    let anchor = -1;
    for (const j of adjacent[i]) if (inView[j] && placed(j) && (anchor < 0 || data.nodes[j].deg > data.nodes[anchor].deg)) anchor = j;
    if (anchor < 0 && fallback !== undefined && placed(fallback)) anchor = fallback;
    if (anchor < 0) { posX[i] = Math.round(overviewRight + 500); posY[i] = Math.round(overviewMiddle); return; }
    const angle = GOLDEN * i, radius = 200 + data.nodes[anchor].size;
    posX[i] = Math.round(posX[anchor] + radius * Math.cos(angle));
    posY[i] = Math.round(posY[anchor] + radius * Math.sin(angle));
  }
  /* Newcomers around a centre: rings of growing radius, about 90 px apart along each ring. */
  function ringAround(centre, list) {
    let radius = 150 + data.nodes[centre].size, k = 0;
    const start = GOLDEN * centre;
    while (k < list.length) {
      const room = Math.max(6, Math.floor((2 * Math.PI * radius) / 90));
      const count = Math.min(room, list.length - k);
      for (let j = 0; j < count; j++, k++) {
        const angle = start + (2 * Math.PI * j) / count;
        posX[list[k]] = Math.round(posX[centre] + radius * Math.cos(angle));
        posY[list[k]] = Math.round(posY[centre] + radius * Math.sin(angle));
      }
      radius += 110;
    }
  }
  const byDegree = (a, b) => data.nodes[b].deg - data.nodes[a].deg || a - b;
  /* The selection's newcomers are not handed to vis-network (any change of its data costs a full
     redraw and a re-derivation of its state): they are drawn on the selection's canvas, which
     also answers the pointer over them. They leave when the selection moves on. */
  const extras = new Set();
  const drawnHere = (i) => inView[i] === 1 || extras.has(i);
  function setExtras(list) {
    const next = new Set(list);
    for (const i of extras) if (!next.has(i)) { extras.delete(i); posX[i] = NaN; posY[i] = NaN; }
    for (const i of next) { extras.add(i); hidden[i] = shown.has(data.nodes[i].cls) ? 0 : 1; }
    showCounts();
  }
  /* Bring a node in with its neighbours (the DETAIL_NEIGHBOURS busiest of those vis-network does
     not hold); undrawn counts the neighbours left out. */
  let undrawn = 0;
  function bringIn(i) {
    undrawn = 0;
    if (!detail) return;
    if (focusSet !== null) {
      if (focusSet.has(i)) return;
      leaveFocus();
    }
    placeNear(i);
    const newcomers = [...new Set(adjacent[i])].filter((j) => j !== i && !inView[j]).sort(byDegree);
    undrawn = Math.max(0, newcomers.length - DETAIL_NEIGHBOURS);
    const drawn = newcomers.slice(0, DETAIL_NEIGHBOURS);
    ringAround(i, drawn.filter((j) => !placed(j)));
    setExtras((inView[i] ? [] : [i]).concat(drawn));
  }
  function bringEdge(k) {
    if (!detail) return;
    const edge = data.edges[k];
    if (focusSet !== null && !(focusSet.has(edge.from) && focusSet.has(edge.to))) leaveFocus();
    if (focusSet !== null) return;
    placeNear(edge.from, edge.to);
    placeNear(edge.to, edge.from);
    setExtras([edge.from, edge.to].filter((end) => !inView[end]));
  }
  /* The newcomer under the pointer (the selection's canvas is drawn over vis-network's). */
  function extraAt(pointer) {
    if (!near || !extras.size) return undefined;
    const p = network.DOMtoCanvas(pointer), px = 1 / network.getScale();
    let best, distance = Infinity;
    for (const i of extras) {
      if (hidden[i] || !near.nodes.has(i)) continue;
      const d = Math.hypot(posX[i] - p.x, posY[i] - p.y);
      if (d <= Math.max(data.nodes[i].size, 5 * px) + 2 * px && d < distance) { best = i; distance = d; }
    }
    return best;
  }
  /* "Neighbourhood only" on a big graph: up to FOCUS_NODES nodes, nearest first, laid out in
     rings by distance from the selection, each ring ordered by the angle of the node's parent. */
  function enterFocus(start, hops) {
    setExtras([]);
    const depth = new Map([[start, 0]]), parent = new Map();
    const order = [start];
    for (let q = 0; q < order.length && order.length < FOCUS_NODES; q++) {
      const v = order[q];
      if (depth.get(v) >= hops) continue;
      for (const w of [...new Set(adjacent[v])].sort(byDegree)) {
        if (depth.has(w) || order.length >= FOCUS_NODES) continue;
        depth.set(w, depth.get(v) + 1); parent.set(w, v); order.push(w);
      }
    }
    const angle = new Map([[start, 0]]);
    posX[start] = 0; posY[start] = 0;
    let radius = 0;
    for (let d = 1; d <= hops; d++) {
      const ring = order.filter((v) => depth.get(v) === d);
      if (!ring.length) break;
      ring.sort((a, b) => angle.get(parent.get(a)) - angle.get(parent.get(b)) || byDegree(a, b));
      radius = Math.max(radius + 160, (ring.length * 40) / (2 * Math.PI));
      ring.forEach((v, j) => {
        const a = (2 * Math.PI * j) / ring.length;
        angle.set(v, a);
        posX[v] = Math.round(radius * Math.cos(a));
        posY[v] = Math.round(radius * Math.sin(a));
      });
    }
    focusSet = new Set(order);
    for (const i of viewed) if (!focusSet.has(i) && inOverview[i]) { posX[i] = data.nodes[i].x; posY[i] = data.nodes[i].y; }
    setView(focusSet);
  }
  function leaveFocus() {
    focusSet = null;
    for (const i of viewed) {
      if (inOverview[i]) { posX[i] = data.nodes[i].x; posY[i] = data.nodes[i].y; } else { posX[i] = NaN; posY[i] = NaN; }
    }
    setView(new Set(data.overview));
  }
  function showCounts() {
    if (!detail) return;
    statusLine.textContent = `${(viewed.size + extras.size).toLocaleString()} / ${data.figures.nodes.toLocaleString()}개 개체를 그림 · drawn (연결이 많은 ${data.overview.length.toLocaleString()}개와 선택한 것의 이웃 · the most connected and the selection's neighbours)`;
  }

  /* Evidence sentences, document titles and IRIs come after the scripts in the page (most of an
     archive's bytes). Titles and IRIs are parsed when the page is first idle (or sooner if the
     details need them), sentences a block at a time as they are shown. */
  let textTable = null;
  const texts = () => textTable || (textTable = JSON.parse(document.getElementById("kg-texts").textContent));
  const evidenceBlocks = new Map();
  function sentence(k) {
    const b = Math.floor(k / data.evidenceBlock);
    if (!evidenceBlocks.has(b)) evidenceBlocks.set(b, JSON.parse(document.getElementById("kg-evidence-" + b).textContent));
    return evidenceBlocks.get(b)[k % data.evidenceBlock];
  }

  /* Details: everything is built as elements with text nodes. */
  function quotes(indices, limit, length) {
    const list = (indices || []).slice(0, limit === undefined ? Infinity : limit);
    return list.map((k) => {
      const [text, doc] = sentence(k);
      const shown = length && text.length > length ? text.slice(0, length) + "…" : text;
      return h("blockquote", null, "“" + shown + "”", h("cite", null, "— " + texts().documents[doc]));
    });
  }

  function facts(node) {
    const cls = classOf(node);
    const rows = [["분류 class", `${cls.ko} · ${cls.name}`]];
    if (node.aliases) rows.push(["별칭 aliases", node.aliases.join(", ")]);
    if (node.title) rows.push(["직함·제목 title", node.title]);
    if (node.date) rows.push(["날짜 date", node.date + (node.dateInferred ? " (inferred from the article date)" : "")]);
    if (node.placeLabel) rows.push(["장소 place", node.placeLabel]);
    if (node.amount) rows.push(["금액 amount", node.amount]);
    if (node.members) rows.push(["수 members", node.members]);
    if (node.status) rows.push(["상태 status", statusName(node.status)]);
    if (node.curated) rows.push(["출처 source", "curation"]);
    return h("dl", null, rows.map(([k, v]) => [h("dt", null, k), h("dd", TENTATIVE.has(node.status) && k.startsWith("상태") ? { className: "tentative" } : null, v)]));
  }

  function nodeLink(i) {
    const button = h("button", { type: "button", className: "link" }, data.nodes[i].label);
    button.addEventListener("click", () => selectNode(i, { focus: true }));
    return button;
  }

  /* A busy entity (a ministry across an archive) has thousands of relations and sentences: the
     panel lists the first ones and a button brings the rest. */
  const PANEL_RELATIONS = 100, PANEL_QUOTES = 20;
  function more(count, shownCount, action) {
    if (count <= shownCount) return null;
    const button = h("button", { type: "button", className: "link more" }, `… 모두 보기 · show all ${count.toLocaleString()}`);
    button.addEventListener("click", action);
    return button;
  }

  function showNode(i, full) {
    const node = data.nodes[i];
    const cls = classOf(node);
    const related = incident[i].map((k) => [data.edges[k], k]);
    const sortKey = ([e]) => [e.from === i ? 0 : 1, e.rel, data.nodes[e.from === i ? e.to : e.from].label];
    related.sort((a, b) => {
      const x = sortKey(a), y = sortKey(b);
      for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return x[j] < y[j] ? -1 : 1;
      return 0;
    });
    const relationCount = related.length;
    const relationItems = related.slice(0, full ? Infinity : PANEL_RELATIONS).map(([e, k]) => {
      const outgoing = e.from === i;
      const edgeButton = h("button", { type: "button", className: "link rel" }, (outgoing ? "→ " : "← ") + e.rel);
      edgeButton.addEventListener("click", () => selectEdge(k));
      return h("li", TENTATIVE.has(e.status) ? { className: "tentative" } : null, edgeButton, " ", nodeLink(outgoing ? e.to : e.from));
    });
    put(details,
      h("h2", null, node.label),
      node.en ? h("p", { className: "en" }, node.en) : null,
      h("p", { className: "kind" }, swatch(cls.shape, cls.color, TENTATIVE.has(node.status)), `${cls.ko} · ${cls.name}`),
      facts(node),
      node.place !== undefined ? h("p", null, "장소 place: ", nodeLink(node.place)) : null,
      relationCount ? [h("h3", null, `관계 relations (${relationCount.toLocaleString()})`),
        undrawn && selected === i ? h("p", { className: "hint" }, `${undrawn.toLocaleString()}개 이웃은 그리지 않음 · neighbours not drawn (select them here)`) : null,
        h("ul", { className: "relations" }, relationItems), more(relationCount, relationItems.length, () => showNode(i, true))] : null,
      node.ev ? [h("h3", null, `근거 evidence (${node.ev.length.toLocaleString()})`), quotes(node.ev, full ? undefined : PANEL_QUOTES),
        more(node.ev.length, full ? Infinity : PANEL_QUOTES, () => showNode(i, true))] : null,
      h("p", { className: "en" }, h("small", null, texts().iris[i])),
    );
  }

  function showEdge(k) {
    const edge = data.edges[k];
    const rows = [["관계 relation", relationName(edge.rel)]];
    if (edge.status) rows.push(["상태 status", statusName(edge.status)]);
    if (edge.curated) rows.push(["출처 source", "curation"]);
    put(details,
      h("h2", null, `${data.nodes[edge.from].label} — ${edge.rel} → ${data.nodes[edge.to].label}`),
      h("p", null, nodeLink(edge.from), " → ", nodeLink(edge.to)),
      h("dl", null, rows.map(([a, b]) => [h("dt", null, a), h("dd", null, b)])),
      edge.ev ? [h("h3", null, `근거 evidence (${edge.ev.length})`), quotes(edge.ev)] : h("p", { className: "hint" }, "No sentence of its own: see the evidence of the linked event."),
    );
  }

  function tooltipFor(kind, id) {
    if (kind === "node") {
      const node = data.nodes[id];
      const extra = node.ev && node.ev.length > 2 ? h("p", { className: "more" }, `+${node.ev.length - 2} more: click for all`) : null;
      return [h("strong", null, node.label), node.en ? h("span", { className: "en" }, node.en) : null, facts(node), quotes(node.ev, 2, 160), extra];
    }
    const edge = data.edges[id];
    const rows = [["관계 relation", relationName(edge.rel)]].concat(edge.status ? [["상태 status", statusName(edge.status)]] : []);
    return [
      h("strong", null, `${data.nodes[edge.from].label} → ${data.nodes[edge.to].label}`),
      h("dl", null, rows.map(([a, b]) => [h("dt", null, a), h("dd", null, b)])),
      quotes(edge.ev, 2, 160),
      edge.ev && edge.ev.length > 2 ? h("p", { className: "more" }, `+${edge.ev.length - 2} more: click for all`) : null,
    ];
  }

  function showTooltip(kind, id, pointer) {
    put(tooltip, tooltipFor(kind, id));
    tooltip.hidden = false;
    const box = container.getBoundingClientRect();
    const width = tooltip.offsetWidth, height = tooltip.offsetHeight;
    let x = box.left + pointer.x + 16, y = box.top + pointer.y + 16;
    if (x + width > window.innerWidth - 8) x = Math.max(8, box.left + pointer.x - width - 16);
    if (y + height > window.innerHeight - 8) y = Math.max(8, window.innerHeight - height - 8);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  const hideTooltip = () => { tooltip.hidden = true; };

  /* Neighbourhood highlight: the rest is dimmed. Small graphs update only the items whose state
     changes; big ones leave vis-network alone and paint the neighbourhood on the overlay canvas. */
  const nodeDim = new Uint8Array(data.nodes.length);
  const edgeDim = new Uint8Array(data.edges.length);
  let near = null;
  let hoveredEdge = null;
  function highlight(nearNodes, nearEdges, centre) {
    near = nearNodes === null ? null : { nodes: nearNodes, edges: nearEdges, centre };
    if (overlay) { if (nearNodes === null) paintOverlay(); else requestPaint(); return; }
    const nodeUpdates = [], edgeUpdates = [];
    for (let i = 0; i < data.nodes.length; i++) {
      const dim = nearNodes !== null && !nearNodes.has(i) ? 1 : 0;
      if (dim !== nodeDim[i]) { nodeDim[i] = dim; nodeUpdates.push(dim ? Object.assign({ id: i }, DIM_NODE) : nodeStyle(i)); }
    }
    for (let k = 0; k < data.edges.length; k++) {
      const dim = nearEdges !== null && !nearEdges.has(k) ? 1 : 0;
      if (dim !== edgeDim[k]) { edgeDim[k] = dim; edgeUpdates.push(dim ? Object.assign({ id: k }, DIM_EDGE) : edgeStyle(k)); }
    }
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (!nodeUpdates.length && !edgeUpdates.length) network.redraw();
  }

  /* Relation names are written by the page, not by vis-network: those of the selection, the edge
     under the pointer, and on small graphs every edge whose name fits on the screen without
     covering a node, its label or another name. */
  const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  function edgeMiddle(k) {
    const drawn = network.body.edges[k];
    if (drawn && drawn.edgeType && drawn.edgeType.getPoint) return drawn.edgeType.getPoint(0.5);
    const edge = data.edges[k], at = network.getPositions([edge.from, edge.to]);
    return { x: (at[edge.from].x + at[edge.to].x) / 2, y: (at[edge.from].y + at[edge.to].y) / 2 };
  }
  function writeEdgeNames(ctx, list, scale, opts) {
    const size = 11 / Math.min(scale, 1);
    ctx.save();
    ctx.font = `${size}px ${FONT}`;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.lineWidth = size / 3.5;
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#ffffff";
    ctx.fillStyle = opts.color;
    const taken = opts.room ? data.nodes.map((_, i) => (hidden[i] ? null : network.getBoundingBox(i))).filter(Boolean) : null;
    for (const k of list) {
      const edge = data.edges[k];
      if (opts.at ? !(opts.at[edge.from] && opts.at[edge.to]) : !edgeInView[k] || hidden[edge.from] || hidden[edge.to]) continue;
      const at = edgeInView[k] ? edgeMiddle(k) : { x: (opts.at[edge.from].x + opts.at[edge.to].x) / 2, y: (opts.at[edge.from].y + opts.at[edge.to].y) / 2 };
      if (opts.screen && (at.x < opts.screen.left || at.x > opts.screen.right || at.y < opts.screen.top || at.y > opts.screen.bottom)) continue;
      const width = ctx.measureText(edge.rel).width + size / 2;
      const box = { left: at.x - width / 2, right: at.x + width / 2, top: at.y - size * 0.7, bottom: at.y + size * 0.7 };
      if (opts.take && !opts.take(box)) continue;
      if (taken) {
        if (taken.some((other) => overlaps(box, other))) continue;
        taken.push(box);
      }
      ctx.strokeText(edge.rel, at.x, at.y);
      ctx.fillText(edge.rel, at.x, at.y);
      api.edgeNames.push({ edge: k, box });
    }
    ctx.restore();
  }
  /* Free space for labels on a big selection: a grid of cells, each holding the boxes written over
     it, so that a label is written only where it covers no other. */
  function makeRoom(cell) {
    const cells = new Map();
    const keys = (b) => {
      const out = [];
      for (let x = Math.floor(b.left / cell); x <= Math.floor(b.right / cell); x++) for (let y = Math.floor(b.top / cell); y <= Math.floor(b.bottom / cell); y++) out.push(x * 65536 + y);
      return out;
    };
    return (box) => {
      const where = keys(box);
      for (const key of where) { const list = cells.get(key); if (list && list.some((other) => overlaps(box, other))) return false; }
      for (const key of where) { if (!cells.has(key)) cells.set(key, []); cells.get(key).push(box); }
      return true;
    };
  }
  const allEdges = [...data.edges.keys()];
  function nameEdges(ctx) {
    const scale = network.getScale();
    api.edgeNames = [];
    if (!overlay && near) writeEdgeNames(ctx, near.edges, scale, { color: "#1f2328" });
    else if (!overlay && 11 * scale >= 9 && data.edges.length <= 400) writeEdgeNames(ctx, allEdges, scale, { color: "#4a525c", room: true });
    if (hoveredEdge !== null) writeEdgeNames(ctx, [hoveredEdge], scale, { color: "#1f2328" });
  }

  const POLYGONS = {
    square: [[-1, -1], [1, -1], [1, 1], [-1, 1]], diamond: [[0, -1.3], [1.3, 0], [0, 1.3], [-1.3, 0]],
    triangle: [[0, -1.15], [1.1, 0.75], [-1.1, 0.75]], hexagon: [[-0.5, -0.87], [0.5, -0.87], [1, 0], [0.5, 0.87], [-0.5, 0.87], [-1, 0]],
    star: [[0, -1.2], [0.3, -0.4], [1.15, -0.37], [0.48, 0.15], [0.71, 0.97], [0, 0.5], [-0.71, 0.97], [-0.48, 0.15], [-1.15, -0.37], [-0.3, -0.4]],
  };
  /* A selection is painted once, in the next frame: by vis-network's redraw when its data changed
     (it calls afterDrawing), else on its own. */
  let layer = null, paintPending = false, visRedraws = false;
  function requestPaint() {
    if (paintPending) return;
    paintPending = true;
    requestAnimationFrame(() => {
      paintPending = false;
      if (!visRedraws) paintOverlay();
      else requestAnimationFrame(() => { if (visRedraws) { visRedraws = false; paintOverlay(); } });
    });
  }
  function paintOverlay() {
    const ratio = window.devicePixelRatio || 1;
    const width = container.clientWidth, height = container.clientHeight;
    if (layer.width !== Math.round(width * ratio) || layer.height !== Math.round(height * ratio)) {
      layer.width = Math.round(width * ratio);
      layer.height = Math.round(height * ratio);
      layer.style.width = width + "px";
      layer.style.height = height + "px";
    }
    const ctx = layer.getContext("2d");
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, layer.width, layer.height);
    api.edgeNames = [];
    if (!near) return;
    ctx.fillStyle = "rgba(255, 255, 255, 0.78)";
    ctx.fillRect(0, 0, layer.width, layer.height);
    const scale = network.getScale(), origin = network.canvasToDOM({ x: 0, y: 0 });
    ctx.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * origin.x, ratio * origin.y);
    const shownNodes = [...near.nodes].filter((i) => drawnHere(i) && !hidden[i]).sort((a, b) => (b === near.centre) - (a === near.centre) || byDegree(a, b));
    const at = network.getPositions(shownNodes.filter((i) => inView[i]));
    for (const i of shownNodes) if (!inView[i]) at[i] = { x: posX[i], y: posY[i] };
    const px = 1 / scale;
    ctx.lineWidth = Math.max(1.3, 1.8 * px);
    for (const k of near.edges) {
      const edge = data.edges[k];
      if (!at[edge.from] || !at[edge.to]) continue;
      ctx.strokeStyle = edge.status === "Cancelled" ? "#c98a8a" : "#4a525c";
      ctx.setLineDash(TENTATIVE.has(edge.status) ? [6 * px, 4 * px] : []);
      const a = at[edge.from], b = at[edge.to];
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      if (SYMMETRIC.has(edge.rel) || length === 0) continue;
      const ux = (b.x - a.x) / length, uy = (b.y - a.y) / length, head = 9 * px;
      const back = Math.max(data.nodes[edge.to].size, 5 * px), tip = { x: b.x - ux * back, y: b.y - uy * back };
      ctx.fillStyle = ctx.strokeStyle;
      ctx.beginPath();
      ctx.moveTo(tip.x, tip.y);
      ctx.lineTo(tip.x - ux * head - uy * head * 0.45, tip.y - uy * head + ux * head * 0.45);
      ctx.lineTo(tip.x - ux * head + uy * head * 0.45, tip.y - uy * head - ux * head * 0.45);
      ctx.closePath();
      ctx.fill();
    }
    ctx.setLineDash([]);
    const font = 12 * Math.max(1, px);
    const corner = network.DOMtoCanvas({ x: 0, y: 0 }), far = network.DOMtoCanvas({ x: width, y: height });
    const screen = { left: corner.x, top: corner.y, right: far.x, bottom: far.y };
    const take = makeRoom(80 * px);
    ctx.font = `${font}px ${FONT}`;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    for (const i of shownNodes) {
      const node = data.nodes[i], cls = classOf(node), p = at[i];
      const r = Math.max(node.size, 5 * px), shape = POLYGONS[cls.shape];
      ctx.beginPath();
      if (shape) shape.forEach(([x, y], j) => (j ? ctx.lineTo(p.x + x * r, p.y + y * r) : ctx.moveTo(p.x + x * r, p.y + y * r)));
      else ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
      ctx.closePath();
      ctx.fillStyle = TENTATIVE.has(node.status) ? "#ffffff" : cls.color;
      ctx.fill();
      ctx.lineWidth = (i === near.centre ? 3 : 1.5) * px;
      ctx.strokeStyle = i === near.centre ? "#111111" : shade(cls.color, 0.7);
      ctx.stroke();
      if (p.x < screen.left || p.x > screen.right || p.y < screen.top || p.y > screen.bottom) continue;
      const half = (node.label.length * font) / 2;
      if (!take({ left: p.x - half, right: p.x + half, top: p.y - r, bottom: p.y + r + 2 * px + font * 1.1 })) continue;
      ctx.lineWidth = 3 * px;
      ctx.strokeStyle = "#ffffff";
      ctx.fillStyle = "#1f2328";
      ctx.strokeText(node.label, p.x, p.y + r + 2 * px);
      ctx.fillText(node.label, p.x, p.y + r + 2 * px);
    }
    writeEdgeNames(ctx, near.edges, scale, { color: "#1f2328", screen, take, at });
  }

  let selected = null;
  function selectNode(i, opts) {
    if (data.nodes[i] === undefined) return;
    if (!shown.has(data.nodes[i].cls) || (!detail && hidden[i])) { shown.add(data.nodes[i].cls); if (!detail) focusSet = null; syncLegend(); applyVisibility(); }
    selected = i;
    bringIn(i);
    if (!overlay) network.selectNodes([i]);
    const ends = (k) => drawnHere(data.edges[k].from) && drawnHere(data.edges[k].to);
    highlight(new Set([i].concat(adjacent[i].filter(drawnHere))), new Set(incident[i].filter(ends)), i);
    showNode(i);
    document.getElementById("focus-view").disabled = false;
    if (opts && opts.focus) {
      const scale = Math.max(network.getScale(), 1.0);
      if (inView[i]) network.focus(i, { scale, animation: large ? false : { duration: 400 } });
      else network.moveTo({ position: { x: posX[i], y: posY[i] }, scale, animation: false });
    }
  }

  function selectEdge(k) {
    if (data.edges[k] === undefined) return;
    const edge = data.edges[k];
    selected = edge.from;
    for (const end of [edge.from, edge.to]) if (!shown.has(data.nodes[end].cls)) { shown.add(data.nodes[end].cls); syncLegend(); applyVisibility(); }
    bringEdge(k);
    if (!overlay) network.selectEdges([k]);
    highlight(new Set([edge.from, edge.to]), new Set([k]), null);
    showEdge(k);
    document.getElementById("focus-view").disabled = false;
  }

  function clearSelection() {
    selected = null;
    if (!overlay) network.unselectAll();
    if (detail) setExtras([]);
    highlight(null, null, null);
    document.getElementById("focus-view").disabled = true;
  }

  /* Class filter and neighbourhood view decide which nodes are hidden; edges follow their ends. */
  let focusSet = null;
  function applyVisibility() {
    const updates = [];
    for (const i of detail ? viewed : data.nodes.keys()) {
      const hide = !shown.has(data.nodes[i].cls) || (!detail && focusSet !== null && !focusSet.has(i)) ? 1 : 0;
      if (hide !== hidden[i]) { hidden[i] = hide; updates.push({ id: i, hidden: Boolean(hide) }); }
    }
    if (detail) for (const i of extras) hidden[i] = shown.has(data.nodes[i].cls) ? 0 : 1;
    if (updates.length) nodes.update(updates);
    if (overlay) paintOverlay();
  }

  function neighbourhood(start, hops) {
    const seen = new Set([start]);
    let frontier = [start];
    for (let step = 0; step < hops; step++) {
      const next = [];
      for (const n of frontier) for (const m of adjacent[n]) if (!seen.has(m)) { seen.add(m); next.push(m); }
      frontier = next;
    }
    return seen;
  }

  const legendBoxes = new Map();
  function syncLegend() { for (const [name, box] of legendBoxes) box.checked = shown.has(name); }

  function buildSidebar() {
    const f = data.figures;
    const figures = [
      ["개체 nodes", f.nodes], ["관계 edges", f.edges],
      ["연결 요소 components", f.components + (f.components > 1 ? ` (largest ${f.largest})` : "")],
      ["문서 documents", f.documents], ["근거 문장 evidence", f.evidence],
    ];
    put(document.getElementById("figures"), figures.map(([k, v]) => [h("dt", null, k), h("dd", null, String(v))]));
    put(document.getElementById("top"), f.top.map(([i, degree]) => h("li", null, nodeLink(i), h("span", { className: "count" }, String(degree)))));
    put(document.getElementById("legend"), data.classes.map((cls) => {
      const box = h("input", { type: "checkbox", checked: true });
      legendBoxes.set(cls.name, box);
      box.addEventListener("change", () => { if (box.checked) shown.add(cls.name); else shown.delete(cls.name); applyVisibility(); });
      return h("li", null, h("label", null, box, swatch(cls.shape, cls.color, false), `${cls.ko} ${cls.name}`, h("span", { className: "count" }, String(cls.count))));
    }));
    put(document.getElementById("line-legend"),
      h("li", null, swatch("line", "#8a929c", false), "완료 completed"),
      h("li", null, swatch("line", "#8a929c", true), "진행 중·계획·연기 in progress, planned, postponed"),
      h("li", null, swatch("line", "#c98a8a", true), "취소 cancelled"),
      h("li", null, swatch("dot", "#8e5ea2", true), "점선 테두리: 아직 완료되지 않은 사건 · dashed outline: not yet done"),
    );
    if (overlay) {
      const note = document.getElementById("note");
      note.hidden = false;
      const hiddenCount = detail ? f.nodes - data.overview.length : 0;
      note.textContent = (detail
        ? `큰 그래프 (${f.nodes.toLocaleString()} nodes): 연결이 많은 ${data.overview.length.toLocaleString()}개만 먼저 그리고, 나머지 ${hiddenCount.toLocaleString()}개는 검색하거나 선택하면 이웃과 함께 나타납니다. `
          + `Large graph: the ${data.overview.length.toLocaleString()} most connected entities are drawn; the other ${hiddenCount.toLocaleString()} come in with their neighbours when you search or select them. `
        : large
        ? `큰 그래프 (${f.nodes} nodes): 연결 요소별 동심원 배치. Large graph: components are laid out as rings around their busiest node. `
        : `큰 그래프 (${f.nodes} nodes). Large graph. `)
        + "선은 직선이고 화살표·점선·관계 이름은 선택한 것에만 보이며, 확대하면 이름이 보입니다. "
        + "Edges are plain lines; arrows, dashes and relation names show for the selection only, and labels appear as you zoom in. "
        + "Select a node and use “neighbourhood only”, or write a focused page with: kg render --focus NAME --hops 2";
    }
  }

  const normal = (text) => String(text).normalize("NFKC").toLowerCase().replace(/[\s\p{P}]/gu, "");
  /* Built once, when the page is first idle (or at the first search if that comes sooner). */
  let searchKeys = null;
  const searchIndex = () => searchKeys || (searchKeys = data.nodes.map((n) => [n.label, n.en, ...(n.aliases || [])].filter(Boolean).map(normal)));
  function search(query) {
    const target = normal(query || "");
    if (!target) return [];
    const ranked = [];
    searchIndex().forEach((keys, i) => {
      let rank = 3;
      for (const key of keys) rank = Math.min(rank, key === target ? 0 : key.startsWith(target) ? 1 : key.includes(target) ? 2 : 3);
      if (rank < 3) ranked.push([rank, -data.nodes[i].deg, data.nodes[i].label, i]);
    });
    ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[3] - b[3]));
    return ranked.map((r) => r[3]);
  }

  function wireControls() {
    const list = document.getElementById("results");
    document.getElementById("search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const query = document.getElementById("search").value;
      const found = search(query);
      document.getElementById("results-section").hidden = false;
      put(list, (found.length
        ? found.slice(0, 50).map((i) => h("li", null, nodeLink(i), h("span", { className: "count" }, classOf(data.nodes[i]).ko)))
        : [h("li", { className: "hint" }, `“${query}”: 찾지 못했습니다 · no match`)]));
      if (found.length > 50) list.append(h("li", { className: "hint" }, `… ${found.length - 50} more`));
      if (found.length) selectNode(found[0], { focus: true });
    });
    document.getElementById("classes-all").addEventListener("click", () => { data.classes.forEach((c) => shown.add(c.name)); syncLegend(); applyVisibility(); });
    document.getElementById("classes-none").addEventListener("click", () => { shown.clear(); syncLegend(); applyVisibility(); });
    document.getElementById("focus-view").addEventListener("click", () => {
      if (selected === null) return;
      const hops = Number(document.getElementById("hops").value);
      if (detail) {
        enterFocus(selected, hops);
        if (near) selectNode(selected);
      } else {
        focusSet = neighbourhood(selected, hops);
        applyVisibility();
      }
      network.fit({ nodes: [...focusSet].filter((i) => inView[i] && !hidden[i]), animation: false });
    });
    document.getElementById("show-all").addEventListener("click", () => {
      if (detail && focusSet !== null) {
        leaveFocus();
        if (selected !== null && near) selectNode(selected);
      }
      focusSet = null;
      data.classes.forEach((c) => shown.add(c.name));
      syncLegend();
      applyVisibility();
      network.fit({ animation: false });
    });
    document.getElementById("fit").addEventListener("click", () => network.fit({ animation: false }));

    network.on("click", (params) => {
      hideTooltip();
      const extra = extraAt(params.pointer.DOM);
      const node = extra !== undefined ? extra : overlay ? network.getNodeAt(params.pointer.DOM) : params.nodes[0];
      const edge = overlay ? network.getEdgeAt(params.pointer.DOM) : params.edges[0];
      if (node !== undefined) selectNode(node);
      else if (edge !== undefined) selectEdge(edge);
      else clearSelection();
    });
    network.on("hoverNode", (params) => showTooltip("node", params.node, params.pointer.DOM));
    network.on("hoverEdge", (params) => { hoveredEdge = overlay ? null : params.edge; showTooltip("edge", params.edge, params.pointer.DOM); });
    network.on("blurEdge", () => { if (hoveredEdge !== null) { hoveredEdge = null; network.redraw(); } });
    ["blurNode", "blurEdge", "dragStart", "zoom"].forEach((name) => network.on(name, hideTooltip));
    if (detail) {
      let hoveredExtra;
      container.addEventListener("mousemove", (event) => {
        const box = container.getBoundingClientRect(), pointer = { x: event.clientX - box.left, y: event.clientY - box.top };
        const i = extraAt(pointer);
        if (i !== undefined) { hoveredExtra = i; showTooltip("node", i, pointer); }
        else if (hoveredExtra !== undefined) { hoveredExtra = undefined; hideTooltip(); }
      });
    }
    if (overlay) {
      layer = h("canvas", { className: "highlight" });
      container.append(layer);
      network.on("afterDrawing", () => { visRedraws = false; paintOverlay(); });
    } else {
      network.on("afterDrawing", nameEdges);
    }
  }

  function ready() {
    network.fit({ animation: false });
    statusLine.textContent = `${data.figures.nodes}개 개체 · ${data.figures.edges}개 관계 — 배치 고정 · layout frozen, drag to move`;
    if (data.focus.length) selectNode(data.focus[0]);
    showCounts();
    api.ready = true;
    document.body.dataset.ready = "true";
    const idle = window.requestIdleCallback || setTimeout;
    idle(searchIndex);
    idle(texts);
  }

  buildSidebar();
  wireControls();
  ready();
})();
