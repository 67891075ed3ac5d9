// The chat console's service path lookup: the results open in the panel under the form,
// so the worker keeps the chats in view. Without this script the form opens the lookup
// page in a new tab.
(function () {
  "use strict";
  var form = document.querySelector("[data-paths-lookup]");
  if (!form) return;
  var results = document.querySelector("[data-paths-results]");
  var failure = document.querySelector("[data-paths-error]");
  var pending = null;

  function lookUp(params) {
    params.set("panel", "1");
    if (pending) pending.abort();
    pending = new AbortController();
    failure.hidden = true;
    results.setAttribute("aria-busy", "true");
    fetch(form.action + "?" + params.toString(), {
      credentials: "same-origin",
      signal: pending.signal,
      headers: { Accept: "text/html" },
    })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (html) {
        results.innerHTML = html; // the server's own escaped template
        results.removeAttribute("aria-busy");
      })
      .catch(function (error) {
        if (error.name === "AbortError") return;
        results.removeAttribute("aria-busy");
        failure.hidden = false;
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    lookUp(new URLSearchParams(new FormData(form)));
  });
  // "Did you mean one of these?": a pick looks that town up in the panel too.
  results.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-paths-q]");
    if (!link) return;
    event.preventDefault();
    form.elements.q.value = link.getAttribute("data-paths-q");
    lookUp(new URLSearchParams(new FormData(form)));
  });
})();
