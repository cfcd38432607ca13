"use strict";
(() => {
  function showDetail(inner, active) {
    const box = document.getElementById("detail");
    box.hidden = false;
    box.replaceChildren(Hadath.el("h3", {}, "التفاصيل"), Hadath.el("ul", {}, active.map(s => Hadath.el("li", {}, s.label))));
  }

  async function load() {
    const id = decodeURIComponent(location.pathname.split("/").pop());
    const text = document.getElementById("text");
    try {
      const doc = await Hadath.api("/api/v1/documents/" + encodeURIComponent(id));
      document.title = (doc.title || doc.id) + " — حدث";
      document.getElementById("title").textContent = doc.title || doc.id;
      const meta = document.getElementById("meta");
      meta.replaceChildren([doc.date, doc.source, doc.id].filter(Boolean).join(" · "), " ",
        doc.url && /^https?:\/\//i.test(doc.url) ? Hadath.el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "المصدر الأصلي") : "");
      document.getElementById("legend").replaceChildren(Highlight.legend());
      const first = Highlight.render(text, doc.text, doc.analysis, showDetail);
      Highlight.panels(document.getElementById("panels"), doc.text, doc.analysis, first);
      if (doc.duplicates.length) {
        const copies = document.getElementById("copies");
        copies.hidden = false;
        copies.replaceChildren(Hadath.el("h3", {}, doc.duplicate_of ? "نسخة من خبر آخر" : `نسخ هذا الخبر (${doc.duplicates.length})`),
          Hadath.el("ul", {}, doc.duplicates.map(d => Hadath.el("li", {},
            Hadath.el("a", { href: "/documents/" + encodeURIComponent(d.id) }, d.title || d.id), " ",
            Hadath.el("span", { class: "muted" }, [d.source, d.date].filter(Boolean).join(" · "))))));
      }
    } catch (e) { Hadath.showError(text, e); }
  }

  document.addEventListener("DOMContentLoaded", load);
})();
