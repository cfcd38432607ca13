"use strict";
(() => {
  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("analyze-form");
    form.addEventListener("submit", async e => {
      e.preventDefault();
      const text = document.getElementById("input").value;
      const date = document.getElementById("date").value;
      const status = document.getElementById("status");
      status.textContent = "…";
      try {
        const started = performance.now();
        const analysis = await Hadath.api("/api/v1/analyze", {
          method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify(date ? { text, date } : { text }),
        });
        status.textContent = `${Math.round(performance.now() - started)} ms`;
        document.getElementById("result").hidden = false;
        document.getElementById("legend").replaceChildren(Highlight.legend());
        const first = Highlight.render(document.getElementById("text"), text, analysis, (inner, active) => {
          const box = document.getElementById("detail");
          box.hidden = false;
          box.replaceChildren(Hadath.el("h3", {}, "التفاصيل"), Hadath.el("ul", {}, active.map(s => Hadath.el("li", {}, s.label))));
        });
        Highlight.panels(document.getElementById("panels"), text, analysis, first);
      } catch (err) { status.textContent = "خطأ: " + err.message; }
    });
  });
})();
