"use strict";
(() => {
  async function load() {
    const name = decodeURIComponent(location.pathname.split("/").pop());
    document.getElementById("name").textContent = name;
    try {
      const d = await Hadath.api("/api/v1/entities/" + encodeURIComponent(name));
      const e = d.entity;
      document.getElementById("meta").textContent = `${e.type}${e.actor ? " · " + e.actor : ""} · ${e.documents} خبر · ${e.mentions} إشارة`;
      Hadath.timeline(document.getElementById("chart"), d.mentions_per_month, "إشارات");
      document.getElementById("quotes").replaceChildren(...(d.quotes.length ? d.quotes.map(q => Hadath.el("li", {}, "«", q.text, "» ",
        Hadath.el("a", { href: "/documents/" + encodeURIComponent(q.document_id) }, q.date || q.document_id))) : [Hadath.el("li", { class: "muted" }, "لا اقتباسات")]));
      document.getElementById("documents").replaceChildren(...d.documents.map(doc => Hadath.el("li", {},
        Hadath.el("a", { href: "/documents/" + encodeURIComponent(doc.id) }, doc.title || doc.id), " ",
        Hadath.el("span", { class: "muted" }, [doc.date, doc.source].filter(Boolean).join(" · ")))));
      document.getElementById("cooccurring").replaceChildren(...d.co_occurring.map(c => Hadath.el("li", {},
        Hadath.el("a", { href: "/entities/" + encodeURIComponent(c.value) }, c.value), Hadath.el("span", { class: "muted" }, ` ×${c.count}`))));
    } catch (err) { Hadath.showError(document.getElementById("meta"), err); }
  }
  document.addEventListener("DOMContentLoaded", load);
})();
