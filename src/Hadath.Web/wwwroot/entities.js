"use strict";
(() => {
  const LIMIT = 50;
  let offset = 0;
  let latest = 0;
  async function load() {
    const ticket = ++latest;
    const rows = document.getElementById("rows");
    try {
      const r = await Hadath.api("/api/v1/entities?" + Hadath.query({
        q: document.getElementById("q").value.trim(), type: document.getElementById("type").value, limit: LIMIT, offset }));
      if (ticket !== latest) return;
      rows.replaceChildren(...r.items.map(e => Hadath.el("tr", {},
        Hadath.el("td", {}, Hadath.el("a", { href: "/entities/" + encodeURIComponent(e.name) }, e.name)),
        Hadath.el("td", {}, Hadath.el("span", { class: "badge ent-" + e.type }, e.type)),
        Hadath.el("td", {}, e.actor || ""), Hadath.el("td", {}, e.documents), Hadath.el("td", {}, e.mentions))));
      document.getElementById("pager").replaceChildren(
        offset > 0 ? Hadath.el("button", { type: "button", onclick: () => { offset -= LIMIT; load(); } }, "السابق") : "",
        Hadath.el("span", { class: "muted" }, `${r.total} كيان`),
        offset + LIMIT < r.total ? Hadath.el("button", { type: "button", onclick: () => { offset += LIMIT; load(); } }, "التالي") : "");
    } catch (e) { Hadath.showError(rows, e); }
  }
  document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("entity-form").addEventListener("submit", e => { e.preventDefault(); offset = 0; load(); });
    load();
  });
})();
