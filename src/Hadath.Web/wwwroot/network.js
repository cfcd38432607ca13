"use strict";
// The actor network: nodes and edges come from /api/v1/network; Cytoscape draws them on a canvas with names as
// label data (never markup). Click a node to open its entity page; click an edge (or its row) to list what is behind it.
(() => {
  const FIELDS = ["from", "to", "root", "quad", "min", "limit"];
  const QUAD_COLOURS = { 1: "#2a9d8f", 2: "#0b6e4f", 3: "#f4a261", 4: "#d00000" };
  const QUAD_NAMES = { 1: "تعاون لفظي", 2: "تعاون مادي", 3: "نزاع لفظي", 4: "نزاع مادي" };
  const field = id => document.getElementById(id);

  function filters() {
    const f = Object.fromEntries(FIELDS.map(k => [k, field(k).value.trim()]));
    if (field("stories").checked) f.stories = "true";
    return f;
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    for (const k of FIELDS) if (params.has(k)) field(k).value = params.get(k);
    field("stories").checked = params.get("stories") === "true";
  }

  const edgeKindText = e => e.kind === "story" ? "في الخبر نفسه" : `${QUAD_NAMES[e.quad] || "حدث"} · ${e.root}`;

  function draw(graph) {
    const container = field("graph");
    if (Hadath.graph) Hadath.graph.destroy();
    container.removeAttribute("data-ready");
    if (!graph.nodes.length || typeof cytoscape === "undefined") {
      container.replaceChildren(Hadath.el("p", { class: "muted" }, "لا صلات بهذه الشروط"));
      return;
    }
    container.replaceChildren();
    const max = Math.max(...graph.nodes.map(n => n.weight));
    const maxEdge = Math.max(...graph.edges.map(e => e.weight), 1);
    // Dense graphs get smaller nodes, so the layout has room to separate them.
    const spread = graph.nodes.length > 60 ? 26 : 40;
    const size = n => 10 + spread * Math.sqrt(n.data("weight") / max);
    const elements = [
      ...graph.nodes.map(n => ({ group: "nodes", data: { ...n, label: n.id } })),
      ...graph.edges.map((e, i) => ({ group: "edges", data: { ...e, id: "edge" + i } })),
    ];
    const cy = cytoscape({
      container, elements, wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          // Labels grow with the node; small ones appear only when zoomed in, so a dense graph stays readable.
          label: "data(label)", "font-family": "DejaVu Sans, Noto Naskh Arabic, Tahoma, sans-serif",
          "font-size": n => Math.round(9 + 9 * Math.sqrt(n.data("weight") / max)), "min-zoomed-font-size": graph.nodes.length > 60 ? 14 : 0,
          "text-valign": "bottom", "text-margin-y": 4, "text-background-color": "#fff", "text-background-opacity": 0.7,
          width: n => size(n), height: n => size(n),
          "background-color": n => n.data("is_entity") ? ({ PER: "#f4a259", ORG: "#5b8def", LOC: "#6cc070" }[n.data("type")] || "#b388eb") : "#8d99ae",
        } },
        { selector: "edge", style: {
          width: e => 1 + 6 * e.data("weight") / maxEdge, "curve-style": "bezier", opacity: 0.8,
          "line-color": e => e.data("kind") === "story" ? "#9a9a9a" : QUAD_COLOURS[e.data("quad")] || "#555",
          "target-arrow-color": e => QUAD_COLOURS[e.data("quad")] || "#555",
          "target-arrow-shape": e => e.data("kind") === "story" ? "none" : "triangle",
          "line-style": e => e.data("kind") === "story" ? "dashed" : "solid",
        } },
        { selector: ":selected", style: { "border-width": 3, "border-color": "#ffb703", "line-color": "#ffb703" } },
      ],
    });
    cy.on("tap", "node", evt => openNode(evt.target.data()));
    cy.on("tap", "edge", evt => showEdge(evt.target.data()));
    const layout = cy.layout({ name: "cose", animate: false, randomize: true, nodeRepulsion: () => 12000, idealEdgeLength: () => 100,
      nodeOverlap: 8, componentSpacing: 60 });
    layout.one("layoutstop", () => container.setAttribute("data-ready", String(cy.nodes().length)));
    layout.run();
    Hadath.graph = cy;
  }

  function openNode(node) {
    if (node.is_entity) {
      location.href = "/entities/" + encodeURIComponent(node.id);
      return;
    }
    // A bare actor code has no entity page: list its events here.
    showEvents(node.id, { ...filters(), actor: node.id });
  }

  function eventItem(e) {
    return Hadath.el("li", {},
      Hadath.el("a", { href: "/documents/" + encodeURIComponent(e.document_id) }, e.trigger), " ",
      Hadath.el("span", { class: "badge" }, e.code), " ",
      [e.source_name || e.source_text || e.source_actor, e.target_name || e.target_text || e.target_actor].filter(Boolean).join(" ← "), " ",
      Hadath.el("span", { class: "muted" }, [e.date, e.mentions > 1 ? `${e.mentions} أخبار` : ""].filter(Boolean).join(" · ")));
  }

  async function showEvents(title, params) {
    const list = field("detail");
    field("detail-title").textContent = title;
    try {
      const r = await Hadath.api("/api/v1/events?" + Hadath.query({ code: params.root, quad: params.quad, from: params.from, to: params.to,
        source: params.source, target: params.target, actor: params.actor, limit: 50 }));
      field("detail-title").textContent = `${title} — ${r.total} حدث`;
      list.replaceChildren(...r.items.map(eventItem));
    } catch (err) { Hadath.showError(list, err); }
  }

  async function showEdge(edge) {
    const title = `${edge.source} ${edge.kind === "story" ? "—" : "←"} ${edge.target}`;
    if (edge.kind !== "story") {
      showEvents(title, { ...filters(), source: edge.source, target: edge.target });
      return;
    }
    const list = field("detail");
    field("detail-title").textContent = title;
    try {
      const f = filters();
      const r = await Hadath.api("/api/v1/network/stories?" + Hadath.query({ a: edge.source, b: edge.target, from: f.from, to: f.to, limit: 50 }));
      field("detail-title").textContent = `${title} — ${r.total} خبر`;
      list.replaceChildren(...r.items.map(d => Hadath.el("li", {},
        Hadath.el("a", { href: "/documents/" + encodeURIComponent(d.id) }, d.title || d.id), " ",
        Hadath.el("span", { class: "muted" }, [d.date, d.source].filter(Boolean).join(" · ")))));
    } catch (err) { Hadath.showError(list, err); }
  }

  const MAX_ROWS = 300;
  function listEdges(graph) {
    const rows = graph.edges.slice(0, MAX_ROWS).map(e => Hadath.el("tr", {},
      Hadath.el("td", {}, e.source), Hadath.el("td", {}, e.target), Hadath.el("td", {}, edgeKindText(e)), Hadath.el("td", {}, e.weight),
      Hadath.el("td", {}, Hadath.el("button", { type: "button", class: "link", onclick: () => showEdge(e) }, "ما وراءها"))));
    if (graph.edges.length > MAX_ROWS) {
      rows.push(Hadath.el("tr", {}, Hadath.el("td", { colspan: 5, class: "muted" }, `… و${graph.edges.length - MAX_ROWS} صلة أخف في الرسم`)));
    }
    field("edges").replaceChildren(...rows);
  }

  let latest = 0;
  async function load() {
    const ticket = ++latest;
    try {
      const graph = await Hadath.api("/api/v1/network?" + Hadath.query(filters()));
      if (ticket !== latest) return;
      field("summary").textContent = `${graph.nodes.length} فاعلًا من ${graph.candidate_nodes} و${graph.edges.length} صلة من ${graph.candidate_edges}`;
      draw(graph);
      listEdges(graph);
    } catch (err) { Hadath.showError(field("graph"), err); }
  }

  document.addEventListener("DOMContentLoaded", () => {
    readUrl();
    field("network-form").addEventListener("submit", e => {
      e.preventDefault();
      history.replaceState(null, "", "/network?" + Hadath.query(filters()));
      load();
    });
    load();
  });
})();
