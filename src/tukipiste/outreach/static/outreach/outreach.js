// Logging an outreach session from a phone in the field (decision 0014).
// Plain ES5, no libraries, no inline script. Without this file the form is a normal post.
// With it: every change is kept as a draft in localStorage (only the form's own fields:
// times, place, counts; never anything about a client), Save sends the form with fetch,
// and when the network is gone the draft waits and is sent once when it returns. The
// idempotency key in the draft makes a second send return the session the first created.
(function () {
  "use strict";

  var RETRY_MS = 15000;

  function byId(id) { return document.getElementById(id); }

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function readDraft(name) {
    var store = storage();
    if (!store) return null;
    try { return JSON.parse(store.getItem(name) || "null"); } catch (e) { return null; }
  }

  function writeDraft(name, draft) {
    var store = storage();
    if (!store) return;
    try { store.setItem(name, JSON.stringify(draft)); } catch (e) { /* full or private mode */ }
  }

  function forget(name) {
    var store = storage();
    if (store) store.removeItem(name);
  }

  // The detail page of a saved session ends the draft that created it (no-JS post too).
  var saved = byId("outreach-session");
  if (saved) {
    var done = readDraft(saved.getAttribute("data-draft"));
    if (done && done.key === saved.getAttribute("data-saved-key")) forget(saved.getAttribute("data-draft"));
  }

  var form = byId("outreach-form");
  if (!form) return;

  var strings = {};
  var nodes = document.querySelectorAll("#outreach-strings [data-key]");
  for (var i = 0; i < nodes.length; i++) {
    strings[nodes[i].getAttribute("data-key")] = nodes[i].textContent.trim();
  }
  var status = byId("outreach-status");

  function say(key) {
    status.textContent = strings[key] || "";
    status.hidden = !status.textContent;
  }

  // --- Steppers: a big minus and plus beside every count -------------------------------
  Array.prototype.forEach.call(form.querySelectorAll("input[data-stepper]"), function (input) {
    var label = form.querySelector("label[for='" + input.id + "']");
    var name = label ? label.textContent.trim() : "";
    function button(text, key, delta) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "button button-secondary outreach-step";
      b.textContent = text;
      b.setAttribute("aria-label", (strings[key] || key) + ": " + name);
      b.setAttribute("aria-controls", input.id);
      b.addEventListener("click", function () {
        var value = parseInt(input.value, 10);
        value = (isNaN(value) ? 0 : value) + delta;
        input.value = String(Math.max(0, value));
        input.dispatchEvent(new Event("input", { bubbles: true }));
      });
      return b;
    }
    input.parentNode.insertBefore(button("\u2212", "minus", -1), input);
    input.parentNode.appendChild(button("+", "plus", 1));
  });

  // --- Fields shown for one environment only --------------------------------------------
  function environment() {
    var chosen = form.querySelector("input[name=environment]:checked");
    return chosen ? chosen.value : "";
  }
  function showForEnvironment() {
    var current = environment();
    Array.prototype.forEach.call(form.querySelectorAll("[data-only]"), function (node) {
      node.hidden = node.getAttribute("data-only").split(" ").indexOf(current) < 0;
    });
  }
  form.addEventListener("change", showForEnvironment);
  showForEnvironment();

  var draftName = form.getAttribute("data-draft");
  if (!draftName) return; // a correction of a saved session keeps no draft

  var keyInput = form.querySelector("input[name=idempotency_key]");

  function newKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  // Only the form's own named fields go into the draft; the CSRF token stays out.
  function fieldValues() {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === "csrfmiddlewaretoken" || el.name === "idempotency_key") return;
      if (el.type === "checkbox") {
        values[el.name] = values[el.name] || [];
        if (el.checked) values[el.name].push(el.value);
      } else if (el.type === "radio") {
        if (el.checked) values[el.name] = el.value;
      } else {
        values[el.name] = el.value;
      }
    });
    return values;
  }

  function restore(values) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !Object.prototype.hasOwnProperty.call(values, el.name)) return;
      var value = values[el.name];
      if (el.type === "checkbox") el.checked = value.indexOf(el.value) >= 0;
      else if (el.type === "radio") el.checked = el.value === value;
      else if (el.name !== "csrfmiddlewaretoken") el.value = value;
    });
  }

  var draft = readDraft(draftName);
  if (draft && draft.key) {
    keyInput.value = draft.key;
    // After a refused send the server's page shows the errors with what was sent: keep it.
    if (!form.hasAttribute("data-has-errors")) {
      restore(draft.values || {});
      showForEnvironment();
      say("restored");
    }
    var discard = byId("outreach-discard");
    if (discard && !draft.pending) {
      byId("outreach-discard-row").hidden = false;
      discard.addEventListener("click", function () {
        forget(draftName);
        window.location.replace(window.location.pathname);
      });
    }
  } else {
    draft = { key: keyInput.value || newKey(), pending: false };
    if (!keyInput.value || !form.hasAttribute("data-has-errors")) keyInput.value = draft.key;
  }

  function save(pending) {
    draft = { key: keyInput.value, values: fieldValues(), pending: pending };
    writeDraft(draftName, draft);
  }
  form.addEventListener("input", function () { save(draft.pending); });
  form.addEventListener("change", function () { save(draft.pending); });

  var sending = false;
  var retry = null;
  var stale = false;     // the page's CSRF token is old (a new login since it loaded)
  var renewed = false;   // a fresh token was fetched for the send under way

  var target = document.createElement("a");
  target.href = form.getAttribute("action") || window.location.pathname;

  // Sent somewhere else (the login or the second-factor page): the login has ended.
  function loginPage(request) {
    return Boolean(request.responseURL) &&
      request.responseURL.split("?")[0] !== target.href.split("?")[0];
  }

  // After a new login in another tab the token in this page no longer counts: fetch the
  // form again for a fresh one instead of losing the draft or reloading over it.
  function renewToken() {
    sending = true;
    var page = new XMLHttpRequest();
    page.open("GET", target.href);
    page.onload = function () {
      sending = false;
      var found = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(page.responseText);
      if (page.status === 200 && found && !loginPage(page)) {
        form.querySelector("input[name=csrfmiddlewaretoken]").value = found[1];
        stale = false;
        renewed = true;
        send();
      } else {
        waitForNetwork("login");
      }
    };
    page.onerror = function () { sending = false; waitForNetwork("offline"); };
    page.send();
  }

  function waitForNetwork(key) {
    say(key);
    if (retry === null) retry = window.setTimeout(function () { retry = null; send(); }, RETRY_MS);
  }

  function send() {
    if (sending || !draft.pending) return;
    if (navigator.onLine === false) { waitForNetwork("offline"); return; }
    if (stale) { renewToken(); return; }
    sending = true;
    say("sending");
    var request = new XMLHttpRequest();
    request.open("POST", target.href);
    request.setRequestHeader("X-Outreach-Draft", "1");
    request.setRequestHeader("Accept", "application/json");
    request.onload = function () {
      sending = false;
      var answer = null;
      try { answer = JSON.parse(request.responseText); } catch (e) { answer = null; }
      if ((request.status === 200 || request.status === 201) && answer && answer.url) {
        forget(draftName);
        draft.pending = false;
        window.location.assign(answer.url);
      } else if (request.status === 400 && answer && answer.errors) {
        // Refused: the server's own page shows each error beside what was typed.
        draft.pending = false;
        save(false);
        form.submit();
      } else if (request.status === 403 || loginPage(request)) {
        stale = true;
        if (renewed) {
          waitForNetwork("login"); // refused with a fresh token too: wait, do not loop
        } else {
          send();
        }
      } else {
        waitForNetwork("failed");
      }
      if (request.status !== 403) renewed = false;
    };
    request.onerror = function () { sending = false; waitForNetwork("offline"); };
    request.send(new FormData(form));
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    save(true);
    send();
  });
  window.addEventListener("online", send);

  if (draft.values) save(draft.pending);
  if (draft.pending) send(); // a draft left unsent when the page was closed
})();
