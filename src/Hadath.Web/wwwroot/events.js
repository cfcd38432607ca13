"use strict";
(() => {
  const LIMIT = 50;
  let offset = 0;
  const filters = () => Object.fromEntries(["code", "actor", "entity", "from", "to"].map(k => [k, document.getElementById(k).value.trim()]));

  let latest = 0;
  async function load() {
    const ticket = ++latest;
    const rows = document.getElementById("rows");
    try {
      const r = await Hadath.api("/api/v1/events?" + Hadath.query({ ...filters(), limit: LIMIT, offset }));
      if (ticket !== latest) return;
      document.getElementById("summary").textContent = `${r.total} حدث (كل خبر منسوخ يُعدّ مرة واحدة)`;
      rows.replaceChildren(...r.items.map(e => Hadath.el("tr", {},
        Hadath.el("td", {}, e.date || ""),
        Hadath.el("td", {}, Hadath.el("a", { href: "/documents/" + encodeURIComponent(e.document_id) }, e.trigger)),
        Hadath.el("td", {}, Hadath.el("span", { class: "badge" }, e.code), e.plover ? " " + e.plover : ""),
        Hadath.el("td", {}, [e.source_name || e.source_text, e.source_actor].filter(Boolean).join(" · ")),
        Hadath.el("td", {}, [e.target_name || e.target_text, e.target_actor].filter(Boolean).join(" · ")),
        Hadath.el("td", {}, e.mentions), Hadath.el("td", {}, e.sources))));
      document.getElementById("pager").replaceChildren(
        offset > 0 ? Hadath.el("button", { type: "button", onclick: () => { offset -= LIMIT; load(); } }, "السابق") : "",
        offset + LIMIT < r.total ? Hadath.el("button", { type: "button", onclick: () => { offset += LIMIT; load(); } }, "التالي") : "");
      // Timeline: every filtered event per month, counted by the server.
      const months = await Hadath.api("/api/v1/events/months?" + Hadath.query(filters()));
      if (ticket !== latest) return;
      Hadath.timeline(document.getElementById("chart"), months, "أحداث");
    } catch (err) { Hadath.showError(rows, err); }
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("events-form").addEventListener("submit", e => { e.preventDefault(); offset = 0; load(); });
    load();
  });
})();
