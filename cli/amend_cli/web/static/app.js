// Progressive enhancement: when a "carried" box changes, post the form and show the new
// results in place. Without JavaScript the "Apply" buttons do the same with a full page.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("papers");
  const results = document.getElementById("results");
  if (!form || !results) return;
  form.addEventListener("change", async (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.name !== "carried") return;
    const [amendment, part, label] = box.value.split(".");
    if (label && box.checked) {
      const whole = form.querySelector(`input[name=carried][value="${amendment}.${part}"]`);
      if (whole) whole.checked = true;
    }
    if (!label && !box.checked) {
      form.querySelectorAll(`input[name=carried][value^="${amendment}.${part}."]`)
        .forEach((each) => { each.checked = false; });
    }
    const response = await fetch(form.action, {
      method: "POST", body: new FormData(form), headers: { "X-Amend-Fragment": "1" },
    });
    const fragment = new DOMParser().parseFromString(await response.text(), "text/html");
    results.replaceChildren(...fragment.body.childNodes);
  });
});
