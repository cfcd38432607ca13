// Shared helpers. Every piece of stored or user text goes into the page with textContent / text nodes:
// no markup is ever built from strings, so a story cannot inject any.
"use strict";

const Hadath = {
  el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  },

  async api(path, init) {
    const response = await fetch(path, init);
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error((body && (body.detail || body.title)) || `HTTP ${response.status}`);
    return body;
  },

  query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
    return q.toString();
  },

  /** Text with [start, end) ranges wrapped in <mark>, built from text nodes. */
  marked(text, ranges) {
    const span = document.createElement("span");
    let at = 0;
    for (const [start, end] of ranges || []) {
      if (start < at) continue;
      span.append(document.createTextNode(text.slice(at, start)));
      span.append(Hadath.el("mark", {}, text.slice(start, end)));
      at = end;
    }
    span.append(document.createTextNode(text.slice(at)));
    return span;
  },

  header() {
    const nav = Hadath.el("nav", {},
      Hadath.el("a", { href: "/" }, "بحث"),
      Hadath.el("a", { href: "/entities" }, "الكيانات"),
      Hadath.el("a", { href: "/events" }, "الأحداث"),
      Hadath.el("a", { href: "/network" }, "الشبكة"),
      Hadath.el("a", { href: "/analyze" }, "حلّل خبرًا"),
      Hadath.el("a", { href: "/openapi/v1.json" }, "API"));
    document.body.prepend(Hadath.el("header", { class: "top" }, Hadath.el("a", { class: "brand", href: "/" }, "حدث"), nav));
  },

  showError(container, error) {
    container.replaceChildren(Hadath.el("p", { class: "error" }, "خطأ: " + error.message));
  },

  /** A bar timeline of [label "YYYY-MM", count] with uPlot (vendored), sized to its container. */
  timeline(container, facets, label) {
    const HalfMonth = 15 * 86400;
    container.replaceChildren();
    if (!facets.length || typeof uPlot === "undefined") {
      container.append(Hadath.el("p", { class: "muted" }, "لا بيانات"));
      return;
    }
    const xs = facets.map(f => Date.parse(f.value + (f.value.length === 7 ? "-01" : "")) / 1000);
    const ys = facets.map(f => f.count);
    new uPlot({
      width: Math.max(300, container.clientWidth), height: 200,
      // The legend names the month in Arabic as YYYY-MM (uPlot's default says "Time"), and half a month of room on
      // each side keeps the first and last bars whole (bars are centred on their month).
      series: [{ label: "الشهر", value: "{YYYY}-{MM}" },
        { label, stroke: "#0b6e4f", fill: "rgba(11,110,79,.25)", paths: uPlot.paths.bars({ size: [0.8, 40] }) }],
      axes: [{}, {}], scales: { x: { time: true, range: (u, min, max) => [min - HalfMonth, max + HalfMonth] } },
    }, [xs, ys], container);
  },
};

document.addEventListener("DOMContentLoaded", () => Hadath.header());
