// Draws a story with its analysis: every span of the analyze JSON (entity mentions, quotes, times, counts, event
// triggers) becomes a coloured run of text; overlapping spans share a run carrying all their classes.
"use strict";

const Highlight = {
  TYPE_NAMES: { PER: "شخص", LOC: "مكان", ORG: "منظمة", MISC: "متنوع" },

  /** Flat list of {start, end, kind, cls, label, key} from the analyze JSON. */
  spans(analysis) {
    const spans = [];
    const names = {};
    for (const e of analysis.entities || []) {
      names[e.id] = e.name;
      for (const m of e.mentions || []) {
        spans.push({ start: m.start, end: m.end, kind: "entity", cls: "ent ent-" + e.type, key: "entity:" + e.id,
          label: `${e.name} · ${Highlight.TYPE_NAMES[e.type] || e.type}${e.actor ? " · " + e.actor : ""}` });
      }
    }
    (analysis.quotes || []).forEach((q, i) => spans.push({ start: q.start, end: q.end, kind: "quote", cls: "quote", key: "quote:" + i,
      label: `اقتباس${q.direct ? " مباشر" : ""} — ${q.speaker ? names[q.speaker] || q.speaker_text : q.speaker_text || "متحدث غير محدد"}` }));
    (analysis.times || []).forEach((t, i) => spans.push({ start: t.start, end: t.end, kind: "time", cls: "time", key: "time:" + i,
      label: `زمن: ${t.text} ← ${t.value}` }));
    (analysis.counts || []).forEach((c, i) => spans.push({ start: c.start, end: c.end, kind: "count", cls: "count", key: "count:" + i,
      label: `عدد: ${c.kind} = ${c.value}` }));
    (analysis.events || []).forEach((e, i) => spans.push({ start: e.start, end: e.end, kind: "event", cls: "event", key: "event:" + i,
      label: `حدث CAMEO ${e.code}${e.plover ? " / " + e.plover : ""}: ${Highlight.actor(e.source, names)} ← ${Highlight.actor(e.target, names)}` }));
    return spans.filter(s => s.end > s.start);
  },

  actor(arg, names) {
    if (!arg) return "؟";
    return [arg.entity ? names[arg.entity] : null, arg.actor].filter(Boolean).join(" ") || "؟";
  },

  /** Fills container with the text split at every span boundary; returns a map key -> first element of that span. */
  render(container, text, analysis, onSelect) {
    const spans = Highlight.spans(analysis);
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
    const points = [...cuts].sort((a, b) => a - b);
    const first = {};
    container.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const active = spans.filter(s => s.start <= a && s.end >= b);
      if (!active.length) { container.append(document.createTextNode(piece)); continue; }
      const run = Hadath.el("span", {
        class: active.map(s => s.cls).join(" "),
        title: active.map(s => s.label).join("\n"),
        "data-kinds": active.map(s => s.kind).join(" "),
      }, piece);
      // The innermost (shortest) span is what a click shows.
      const inner = active.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
      run.addEventListener("click", () => onSelect && onSelect(inner, active));
      for (const s of active) if (!first[s.key]) first[s.key] = run;
      container.append(run);
    }
    return first;
  },

  legend() {
    return Hadath.el("div", { class: "legend" },
      ...Object.entries(Highlight.TYPE_NAMES).map(([t, n]) => Hadath.el("span", { class: "ent-" + t }, n)),
      Hadath.el("span", { class: "quote" }, "اقتباس"), Hadath.el("span", { class: "time" }, "زمن"),
      Hadath.el("span", { class: "count" }, "عدد"), Hadath.el("span", { class: "event" }, "حدث"));
  },

  /** Side panels listing the layers; clicking an item scrolls to it in the text. */
  panels(container, text, analysis, first) {
    const names = {};
    for (const e of analysis.entities || []) names[e.id] = e.name;
    const jump = key => () => {
      const node = first[key];
      if (!node) return;
      node.scrollIntoView({ behavior: "smooth", block: "center" });
      node.classList.remove("flash"); void node.offsetWidth; node.classList.add("flash");
    };
    const panel = (title, items) => Hadath.el("section", { class: "card panel", "data-panel": title },
      Hadath.el("h3", {}, `${title} (${items.length})`),
      items.length ? Hadath.el("ul", {}, items) : Hadath.el("p", { class: "muted" }, "لا شيء"));
    container.replaceChildren(
      panel("الكيانات", (analysis.entities || []).map(e => Hadath.el("li", { onclick: jump("entity:" + e.id) },
        Hadath.el("a", { href: "/entities/" + encodeURIComponent(e.name) }, e.name),
        Hadath.el("span", { class: "badge ent-" + e.type }, e.type), e.actor ? Hadath.el("span", { class: "badge" }, e.actor) : null,
        Hadath.el("span", { class: "muted" }, ` ×${(e.mentions || []).length}`)))),
      panel("الاقتباسات", (analysis.quotes || []).map((q, i) => Hadath.el("li", { onclick: jump("quote:" + i) },
        Hadath.el("strong", {}, (q.speaker ? names[q.speaker] : null) || q.speaker_text || "؟"), ": «", q.text, "»"))),
      panel("الأزمنة", (analysis.times || []).map((t, i) => Hadath.el("li", { onclick: jump("time:" + i) }, t.text, " ← ",
        Hadath.el("span", { class: "badge" }, t.value)))),
      panel("الأعداد", (analysis.counts || []).map((c, i) => Hadath.el("li", { onclick: jump("count:" + i) }, c.text, " ",
        Hadath.el("span", { class: "badge" }, `${c.kind}=${c.value}`)))),
      panel("الأحداث", (analysis.events || []).map((e, i) => Hadath.el("li", { onclick: jump("event:" + i) }, e.text, " ",
        Hadath.el("span", { class: "badge" }, e.code), " ", Highlight.actor(e.source, names), " ← ", Highlight.actor(e.target, names)))));
  },
};
