"use strict";
(() => {
  const FILTERS = ["from", "to", "source", "entity", "event"];
  const NAMES = { from: "من", to: "إلى", source: "المصدر", entity: "الكيان", event: "CAMEO", month: "الشهر" };
  const FACET_TITLES = { source: "المصادر", month: "الأشهر", entity: "الكيانات", event: "جذور الأحداث" };
  const LIMIT = 20;
  const state = () => Object.fromEntries(new URLSearchParams(location.search));

  function go(changes) {
    const next = { ...state(), ...changes };
    if (!("offset" in changes)) delete next.offset;
    history.pushState(null, "", "/?" + Hadath.query(next));
    load();
  }

  let latest = 0;

  async function load() {
    // Responses can arrive out of order: only the latest request may draw.
    const ticket = ++latest;
    const s = state();
    const form = document.getElementById("search-form");
    form.q.value = s.q || ""; form.from.value = s.from || ""; form.to.value = s.to || ""; form.event.value = s.event || "";
    const chips = document.getElementById("chips");
    chips.replaceChildren(...FILTERS.filter(f => s[f]).map(f => Hadath.el("span", { class: "chip" }, `${NAMES[f]}: ${s[f]}`,
      Hadath.el("button", { type: "button", title: "إزالة", onclick: () => go({ [f]: "" }) }, "×"))));
    const hits = document.getElementById("hits");
    try {
      const r = await Hadath.api("/api/v1/search?" + Hadath.query({ ...s, limit: LIMIT }));
      if (ticket !== latest) return;
      document.getElementById("summary").textContent = `${r.total.toLocaleString("ar")} نتيجة · ${r.took_ms} ms`;
      hits.replaceChildren(...r.hits.map(h => Hadath.el("div", { class: "hit" },
        Hadath.el("a", { class: "title", href: "/documents/" + encodeURIComponent(h.id) }, h.title || h.id),
        Hadath.el("div", { class: "muted" }, [h.date, h.source].filter(Boolean).join(" · ")),
        Hadath.el("div", { class: "snippet" }, Hadath.marked(h.snippet, h.highlights)))));
      facets(r.facets || {});
      pager(r.total, Number(s.offset || 0));
    } catch (e) { Hadath.showError(hits, e); }
  }

  function facets(all) {
    const box = document.getElementById("facets");
    box.replaceChildren(...Object.entries(FACET_TITLES).filter(([k]) => (all[k] || []).length).map(([key, title]) =>
      Hadath.el("div", { class: "facet" }, Hadath.el("h4", {}, title),
        ...all[key].map(f => Hadath.el("button", { type: "button", onclick: () => go(facetFilter(key, f.value)) },
          Hadath.el("span", {}, f.value), Hadath.el("span", { class: "n" }, f.count))))));
  }

  function facetFilter(key, value) {
    if (key === "month") {
      const [y, m] = value.split("-").map(Number);
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return { from: `${value}-01`, to: `${value}-${String(last).padStart(2, "0")}` };
    }
    return { [key]: value };
  }

  function pager(total, offset) {
    const box = document.getElementById("pager");
    box.replaceChildren(
      offset > 0 ? Hadath.el("button", { type: "button", onclick: () => go({ offset: Math.max(0, offset - LIMIT) }) }, "السابق") : "",
      Hadath.el("span", { class: "muted" }, `${offset + 1}–${Math.min(total, offset + LIMIT)} من ${total}`),
      offset + LIMIT < total ? Hadath.el("button", { type: "button", onclick: () => go({ offset: offset + LIMIT }) }, "التالي") : "");
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("search-form").addEventListener("submit", e => {
      e.preventDefault();
      const f = e.target;
      go({ q: f.q.value.trim(), from: f.from.value, to: f.to.value, event: f.event.value.trim() });
    });
    window.addEventListener("popstate", load);
    load();
  });
})();
