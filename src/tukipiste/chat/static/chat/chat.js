// Anonymous live chat of the public site: the client side of docs/chat-protocol.md (v1).
// Plain ES2017, no libraries. Every visible text comes from the page (#chat-strings), so it
// is translated there. The chat's token lives only in this tab's sessionStorage. The socket,
// its outbox and sequence numbers are socket.js's.
(function () {
  "use strict";

  var app = document.getElementById("chat-app");
  if (!app || !("WebSocket" in window) || !window.TukipisteSocket) return;

  var STORE_KEY = "tukipiste-chat";
  var MAX_BODY = 2000;
  var TYPING_IDLE_MS = 3000;
  var TYPING_REPEAT_MS = 5000;
  var PEER_TYPING_MS = 15000;
  var RATE_RETRY_MS = 10000;

  function byId(id) { return document.getElementById(id); }

  var el = {
    connection: byId("chat-connection"),
    error: byId("chat-error"),
    startForm: byId("chat-start-form"),
    language: byId("chat-language"),
    topic: byId("chat-topic"),
    nickname: byId("chat-nickname"),
    start: byId("chat-start"),
    closed: byId("chat-closed"),
    queue: byId("chat-queue"),
    queueHeading: byId("chat-queue-heading"),
    queuePosition: byId("chat-queue-position"),
    queueWait: byId("chat-queue-wait"),
    leaveQueue: byId("chat-leave-queue"),
    alternatives: byId("chat-alternatives"),
    conversation: byId("chat-conversation"),
    log: byId("chat-log"),
    typing: byId("chat-typing"),
    form: byId("chat-form"),
    input: byId("chat-input"),
    send: byId("chat-send"),
    end: byId("chat-end"),
    controls: byId("chat-controls"),
    erase: byId("chat-erase"),
    eraseHelp: byId("chat-erase-help"),
    eraseCancel: byId("chat-erase-cancel"),
    ended: byId("chat-ended"),
    endedText: byId("chat-ended-text"),
    newChat: byId("chat-new"),
    dutyStatus: byId("chat-duty-status"),
    closedTitle: byId("chat-closed-title"),
    nextOpening: byId("chat-next-opening"),
    presence: byId("chat-presence"),
    linkStatus: byId("chat-link"),
    sound: byId("chat-sound"),
    endConfirm: byId("chat-end-confirm"),
    endYes: byId("chat-end-yes"),
    endNo: byId("chat-end-no"),
    feedback: byId("chat-feedback"),
    feedbackToken: byId("chat-feedback-token")
  };

  // --- Translated strings --------------------------------------------------------------
  var strings = {};
  var holder = byId("chat-strings");
  if (holder) {
    var nodes = holder.querySelectorAll("[data-key]");
    for (var i = 0; i < nodes.length; i++) {
      strings[nodes[i].getAttribute("data-key")] = nodes[i].textContent.trim();
    }
  }

  function t(key, vars) {
    var text = strings[key];
    if (text === undefined) text = strings["err-generic"] || "";
    if (vars) {
      Object.keys(vars).forEach(function (name) {
        text = text.split("{" + name + "}").join(String(vars[name]));
      });
    }
    return text;
  }

  var language = app.getAttribute("data-language") || document.documentElement.lang || "fi";
  var dutyOpen = app.getAttribute("data-open") === "1";
  var wsPath = app.getAttribute("data-ws-path") || "/ws/chat/client/";
  var timeZone = app.getAttribute("data-time-zone") || undefined;
  var soundUrl = app.getAttribute("data-sound");
  var SOUND_KEY = "tukipiste-chat-sound";

  // --- State ---------------------------------------------------------------------------
  var token = null;
  var pending = new Map();   // client id -> element of an own message not yet acknowledged
  var phase = "idle";        // idle | starting | resuming | queued | active | ended
  var wantStart = null;      // a start frame to send once connected
  var pendingControl = null; // "leave" or "erase", to send once attached
  var needHistory = false;   // after a page load, fetch the earlier messages to show them
  var rateTimer = null;
  var workerName = null;
  var workerNameSeq = 0;     // the seq that last told the worker's name
  var maxWorkerSeq = 0;
  var readSent = 0;
  var deliveredSent = 0;
  var typingOn = false;
  var typingLastSent = 0;
  var typingIdleTimer = null;
  var peerTypingTimer = null;
  var eraseArmed = false;
  var erased = false;
  var memoryStore = null;
  var queueVersion = -1;     // the highest queue frame version shown
  var feedbackToken = null;  // the ended chat's token, for the one feedback question
  var baseTitle = document.title;
  var unseen = 0;            // worker messages that arrived while the tab was hidden
  var joinedUnseen = false;
  var soundOn = false;
  var audio = null;

  // The socket stays open while the page is idle too: the server tells it at once when chat
  // duty opens or closes (`duty`), so the page never shows a stale state.
  var link = window.TukipisteSocket.create({
    path: wsPath,
    wanted: function () { return true; },
    onOpen: onOpen,
    onFrame: handle,
    onClose: onClose,
    onStatus: onStatus,
    // The last resort against a lost event: where the chat stands, every 20 s.
    sync: function () {
      return token !== null && line.attached ? { type: "sync", last_seq: line.lastSeq } : null;
    }
  });
  // The chat's messages on the socket; its shown elements (or null) are kept by seq.
  var line = openLine(0, []);

  function openLine(lastSeq, outbox) {
    if (line) line.close();
    return link.line({ lastSeq: lastSeq, outbox: outbox, onChange: saveStore });
  }

  // --- Storage (this tab only) ---------------------------------------------------------
  function loadStore() {
    try {
      var raw = window.sessionStorage.getItem(STORE_KEY);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return memoryStore;
    }
  }

  function saveStore() {
    if (!token || !line) return;
    var data = { token: token, last_seq: line.lastSeq, outbox: line.outbox };
    try {
      window.sessionStorage.setItem(STORE_KEY, JSON.stringify(data));
    } catch (e) {
      memoryStore = data;
    }
  }

  function clearStore() {
    memoryStore = null;
    token = null;
    if (line) line.clearOutbox();
    try {
      window.sessionStorage.removeItem(STORE_KEY);
    } catch (e) { /* storage unavailable: nothing kept */ }
  }

  // --- View ----------------------------------------------------------------------------
  function show(node, yes) {
    if (node) node.hidden = !yes;
  }

  function focusIfLost(target) {
    var active = document.activeElement;
    var lost = !active || active === document.body || active.closest("[hidden]") !== null;
    if (lost && target && !target.hidden && target.closest("[hidden]") === null) {
      target.focus();
    }
  }

  function hasMessages() {
    return el.log.querySelector(".chat-msg--client, .chat-msg--worker") !== null;
  }

  function setWorker(name, seq) {
    if (seq < workerNameSeq) return;
    workerNameSeq = seq;
    workerName = name || null;
  }

  function setPhase(next) {
    var changed = next !== phase;
    phase = next;
    var inChat = next === "queued" || next === "active";
    show(el.startForm, (next === "idle" && dutyOpen) || next === "starting");
    show(el.closed, next === "idle" && !dutyOpen);
    show(el.queue, next === "queued");
    show(el.conversation, inChat || (next === "ended" && hasMessages()));
    show(el.form, inChat);
    show(el.end, next === "active");
    show(el.erase, inChat || (next === "ended" && line.attached && !erased && hasMessages()));
    show(el.ended, next === "ended");
    show(el.controls, !el.end.hidden || !el.erase.hidden);
    if (el.start) el.start.setAttribute("aria-disabled", next === "starting" ? "true" : "false");
    if (changed) {
      disarmErase();
      confirmEnd(false);
    }
    show(el.feedback, next === "ended" && feedbackToken !== null);
    if (next !== "queued" && next !== "active") setPresence(true);
    if (next !== "active") showPeerTyping(false);
  }

  function setConnection(text) {
    el.connection.textContent = text || "";
    el.connection.hidden = !text;
  }

  function showError(text) {
    el.error.textContent = text || "";
    el.error.hidden = !text;
  }

  function showAlternatives(yes) {
    show(el.alternatives, yes);
  }

  function formatTime(iso) {
    var date = iso ? new Date(iso) : new Date();
    if (isNaN(date.getTime())) date = new Date();
    try {
      return date.toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit" });
    } catch (e) {
      return ("0" + date.getHours()).slice(-2) + ":" + ("0" + date.getMinutes()).slice(-2);
    }
  }

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function timeElement(iso) {
    var node = make("time", "chat-msg__time", formatTime(iso));
    if (iso) node.setAttribute("datetime", iso);
    return node;
  }

  function systemText(message) {
    switch (message.event) {
      case "accepted":
        return message.author ? t("event-accepted", { name: message.author }) : t("event-accepted-anon");
      case "transferred":
        return t("event-transferred");
      case "ended":
        return t("event-ended");
      case "erased":
        return t("event-erased");
      default:
        return "";
    }
  }

  function renderMessage(message) {
    var kind = message.from === "worker" || message.from === "client" ? message.from : "system";
    var node = make("div", "chat-msg chat-msg--" + kind);
    if (message.id) node.setAttribute("data-id", message.id);
    if (kind === "system") {
      var text = systemText(message);
      if (!text) return null;
      var line = make("p", "chat-msg__body");
      line.appendChild(document.createTextNode(text + " "));
      line.appendChild(timeElement(message.at));
      node.appendChild(line);
      return node;
    }
    var meta = make("p", "chat-msg__meta");
    var author = kind === "client" ? t("you") : (message.author || workerName || t("worker"));
    meta.appendChild(make("span", "chat-msg__author", author));
    meta.appendChild(document.createTextNode(" "));
    meta.appendChild(timeElement(message.at));
    node.appendChild(meta);
    node.appendChild(make("p", "chat-msg__body", message.body || ""));
    if (kind === "client") {
      node.appendChild(make("p", "chat-msg__state"));
      setDeliveryState(node, "sent");
    }
    return node;
  }

  function setDeliveryState(node, delivery) {
    var order = { "not-sent": 0, sending: 1, sent: 2, delivered: 3, read: 4 };
    var current = node.getAttribute("data-state");
    if (current && delivery !== "not-sent" && order[current] >= order[delivery]) return;
    node.setAttribute("data-state", delivery);
    var label = node.querySelector(".chat-msg__state");
    if (label) label.textContent = t(delivery);
  }

  function nearBottom() {
    return el.log.scrollHeight - el.log.scrollTop - el.log.clientHeight < 80;
  }

  // Messages are shown ordered by seq; own messages waiting for their seq stay at the end.
  function place(node, seq) {
    var stick = nearBottom();
    var children = el.log.children;
    var before = null;
    for (var k = 0; k < children.length; k++) {
      var child = children[k];
      if (child === node) continue;
      var other = child.getAttribute("data-seq");
      if (other === null || Number(other) > seq) {
        before = child;
        break;
      }
    }
    if (node.parentNode !== el.log || node.nextSibling !== before) el.log.insertBefore(node, before);
    if (stick) el.log.scrollTop = el.log.scrollHeight;
  }

  function renderPending(item) {
    var node = renderMessage({ id: item.id, from: "client", body: item.body, at: item.at });
    node.removeAttribute("data-state");
    setDeliveryState(node, "sending");
    pending.set(item.id, node);
    el.log.appendChild(node);
    el.log.scrollTop = el.log.scrollHeight;
    return node;
  }

  // --- Erase: a two-step button, no dialog ----------------------------------------------
  function armErase() {
    eraseArmed = true;
    el.erase.textContent = t("erase-confirm");
    el.erase.classList.add("is-armed");
    el.eraseHelp.textContent = t("erase-warning");
    show(el.eraseCancel, true);
  }

  function disarmErase() {
    if (!el.erase) return;
    eraseArmed = false;
    el.erase.textContent = t("erase");
    el.erase.classList.remove("is-armed");
    el.eraseHelp.textContent = "";
    show(el.eraseCancel, false);
  }

  // --- Socket --------------------------------------------------------------------------
  function onOpen() {
    queueVersion = -1; // another server process may count its queue versions afresh
    if (token) {
      link.send({ type: "resume", token: token, last_seq: line.lastSeq });
      if (needHistory) {
        needHistory = false;
        link.send({ type: "fetch", after_seq: 0 });
      }
    } else if (wantStart) {
      link.send(wantStart);
    }
  }

  function onClose(info) {
    if (info.code === 4403 && phase !== "ended") onBlocked();
    if (phase === "ended") setPhase("ended"); // the erase button needs an open socket
    if (info.retrying && token) {
      setConnection(t("reconnecting"));
      if (info.failures >= 3) showAlternatives(true);
    } else if (link.isHalted() && phase !== "ended" && el.error.hidden) {
      showError(t("err-generic")); // closed for good without a word (a frame too big)
    }
  }

  // --- Frames from the server ----------------------------------------------------------
  function handle(frame) {
    switch (frame.type) {
      case "hello": setConnection(""); break;
      case "duty": onDuty(frame); break;
      case "presence": if (frame.who === "worker") setPresence(frame.online !== false); break;
      case "requeued": onRequeued(frame); break;
      case "state": onState(frame); break;
      case "started": onStarted(frame); break;
      case "resumed": onResumed(frame); break;
      case "queue": onQueue(frame); break;
      case "accepted": onAccepted(frame); break;
      case "message": onMessage(frame, false); break;
      case "history": onHistory(frame); break;
      case "ack": onAck(frame.id, frame.seq); break;
      case "typing": if (phase === "active") showPeerTyping(frame.on === true); break;
      case "receipt": onReceipt(frame); break;
      case "ended": onEnded(frame.by, frame); break;
      case "erased": onErased(); break;
      case "blocked": onBlocked(); break;
      case "error": onError(frame); break;
      default: break;
    }
  }

  function onStarted(frame) {
    wantStart = null;
    erased = false;
    token = frame.token;
    line = openLine(0, []);
    line.attach();
    saveStore();
    showError("");
    setConnection("");
    setPhase("queued");
    el.queueHeading.focus();
  }

  function onResumed(frame) {
    line.attach();
    setConnection("");
    var lastSeq = typeof frame.last_seq === "number" ? frame.last_seq : 0;
    line.catchUp(lastSeq);
    if (frame.worker) setWorker(frame.worker, lastSeq);
    if (frame.status === "ended") {
      onEnded(null, frame.reason ? frame : null);
      return;
    }
    setPhase(frame.status === "active" ? "active" : "queued");
    showAlternatives(false);
    line.flush();
    if (pendingControl) {
      link.send({ type: pendingControl });
      pendingControl = null;
    }
  }

  function onQueue(frame) {
    if (phase === "ended" || !token) return;
    if (typeof frame.version === "number") {
      if (frame.version < queueVersion) return; // an older figure overtaken by a newer one
      queueVersion = frame.version;
    }
    if (phase !== "queued") {
      setPhase("queued");
      focusIfLost(el.queueHeading);
    }
    var position = Number(frame.position) || 1;
    el.queuePosition.textContent = String(position);
    if (frame.state === "nobody_on_duty") {
      // No invented estimate: say so, and show the other ways at once.
      el.queueWait.textContent = t("nobody-on-duty");
      showAlternatives(true);
      return;
    }
    var minutes = Math.ceil((Number(frame.estimated_wait_s) || 0) / 60);
    var wait = minutes <= 2 ? t("wait-short") : t("wait-minutes", { minutes: minutes });
    el.queueWait.textContent = (position === 1 ? t("next") + " " : "") + wait;
    showAlternatives(frame.alternatives === true);
  }

  function onAccepted(frame) {
    if (frame.worker) setWorker(frame.worker, line.maxSeen);
    if (phase === "ended") return;
    if (phase !== "active") notify(true);
    setPhase("active");
    showAlternatives(false);
    focusIfLost(el.input);
  }

  function onMessage(message, fromHistory) {
    var seq = message.seq;
    if (typeof seq !== "number" || seq < 1) return;
    if (line.has(seq)) {
      // A duplicate; keep the server's time of an own message that was shown before its echo.
      var shown = line.shown(seq);
      var time = shown && message.at ? shown.querySelector(".chat-msg__time") : null;
      if (time && time.getAttribute("datetime") !== message.at) {
        time.setAttribute("datetime", message.at);
        time.textContent = formatTime(message.at);
      }
      line.sawAgain(seq, fromHistory);
      return;
    }
    var node = null;
    if (message.from === "client" && message.id && pending.has(message.id)) {
      node = pending.get(message.id);
      pending.delete(message.id);
      line.drop(message.id);
      setDeliveryState(node, "sent");
    } else {
      node = renderMessage(message);
    }
    if (node) {
      node.setAttribute("data-seq", String(seq));
      place(node, seq);
    }
    line.saw(seq, node, fromHistory);
    if (message.from === "worker") {
      if (!fromHistory) notify(false);
      if (message.author) setWorker(message.author, seq);
      showPeerTyping(false);
      if (seq > maxWorkerSeq) maxWorkerSeq = seq;
      sendReceipt();
    } else if (message.from === "system" && message.event === "accepted" && message.author) {
      setWorker(message.author, seq);
    } else if (message.from === "system" && message.event === "transferred") {
      setWorker(null, seq); // a colleague takes over; their name comes with their first message
    }
    if (phase === "ended") setPhase("ended");
  }

  function onHistory(frame) {
    var messages = Array.isArray(frame.messages) ? frame.messages : [];
    messages.forEach(function (message) { onMessage(message, true); });
    line.fetched();
  }

  function onAck(id, seq) {
    if (typeof seq !== "number") return;
    var node = pending.get(id);
    if (node) {
      pending.delete(id);
      setDeliveryState(node, "sent");
      if (!line.has(seq)) {
        node.setAttribute("data-seq", String(seq));
        place(node, seq);
      } else if (line.shown(seq) !== node && node.parentNode) {
        node.parentNode.removeChild(node); // already shown from the echo
      }
    }
    line.acked(id, seq, node || null);
  }

  function onReceipt(frame) {
    var delivery = frame.state === "read" ? "read" : "delivered";
    var own = el.log.querySelectorAll(".chat-msg--client[data-seq]");
    for (var k = 0; k < own.length; k++) {
      if (Number(own[k].getAttribute("data-seq")) <= frame.seq) setDeliveryState(own[k], delivery);
    }
  }

  function sendReceipt() {
    if (!line.attached || maxWorkerSeq === 0) return;
    if (document.visibilityState === "visible") {
      if (maxWorkerSeq > readSent && link.send({ type: "read", seq: maxWorkerSeq })) {
        readSent = maxWorkerSeq;
        deliveredSent = Math.max(deliveredSent, maxWorkerSeq);
      }
    } else if (maxWorkerSeq > deliveredSent) {
      if (link.send({ type: "read", seq: maxWorkerSeq, state: "delivered" })) deliveredSent = maxWorkerSeq;
    }
  }

  function endNotice(text) {
    el.endedText.textContent = text;
  }

  function finish(text) {
    var wasFocusedInside = el.conversation.contains(document.activeElement) ||
      el.queue.contains(document.activeElement);
    wantStart = null;
    pendingControl = null;
    stopTyping();
    pending.forEach(function (node) { setDeliveryState(node, "not-sent"); });
    pending.clear();
    clearStore();
    clearTimeout(rateTimer);
    if (el.feedbackToken) el.feedbackToken.value = feedbackToken || "";
    setPhase("ended");
    endNotice(text);
    if (wasFocusedInside) focusIfLost(el.ended);
  }

  function onEnded(by, frame) {
    if (phase === "ended") return;
    var key = by === "client" ? "ended-client" : by === "worker" ? "ended-worker" : "ended-system";
    var dutyClosed = frame && frame.reason === "duty_closed";
    if (dutyClosed) key = "ended-duty_closed";
    // Feedback is for a conversation that took place, not for a wait that duty cut short.
    feedbackToken = token && !dutyClosed && phase === "active" ? token : null;
    finish(t(key));
    if (dutyClosed) {
      setNextOpening(frame.next_opening);
      showAlternatives(true);
    }
  }

  function onErased() {
    erased = true;
    feedbackToken = null;
    el.log.textContent = "";
    line.forgetShown();
    pending.clear();
    var focusInside = el.conversation.contains(document.activeElement);
    phase = "erased";
    finish(t("erased"));
    if (focusInside || document.activeElement === document.body) el.ended.focus();
  }

  function onBlocked() {
    feedbackToken = null;
    link.halt();
    finish(t("blocked"));
    showAlternatives(true);
    show(el.erase, false);
    show(el.controls, false);
  }

  function onError(frame) {
    var code = typeof frame.code === "string" ? frame.code : "generic";
    if (code === "blocked") {
      onBlocked();
      return;
    }
    var ref = typeof frame.ref === "string" ? frame.ref : null;
    if (ref && pending.has(ref)) {
      if (code === "rate_limited") {
        clearTimeout(rateTimer);
        rateTimer = setTimeout(function () { line.flush(); }, RATE_RETRY_MS);
      } else if (code !== "ended") {
        setDeliveryState(pending.get(ref), "not-sent");
        pending.delete(ref);
        line.drop(ref);
      }
    }
    if (code === "unknown_chat" && (ref === "resume" || phase === "resuming")) {
      // The chat is gone (purged or never stored): begin afresh.
      clearStore();
      link.disconnect();
      link.connect(); // an idle page still hears when chat duty opens or closes
      setPhase("idle");
      showError(t("err-unknown_chat"));
      return;
    }
    if (code === "ended") {
      onEnded(null);
      return;
    }
    if (phase === "starting" || ref === "start") {
      wantStart = null;
      if (!token) {
        link.disconnect();
        link.connect(); // an idle page still hears when chat duty opens or closes
        setPhase("idle");
        setConnection("");
      }
    }
    if (code === "chat_closed" || code === "queue_full") showAlternatives(true);
    if (code === "not_started" && token && link.isOpen()) {
      link.send({ type: "resume", token: token, last_seq: line.lastSeq });
    }
    showError(strings["err-" + code] !== undefined ? t("err-" + code) : t("err-generic"));
  }

  // --- Duty, presence, link status (protocol additions of issue 9) -----------------------
  function formatWhen(iso) {
    var date = new Date(iso);
    if (!iso || isNaN(date.getTime())) return "";
    var options = { weekday: "long", day: "numeric", month: "numeric", hour: "2-digit", minute: "2-digit" };
    try {
      return date.toLocaleString(language, Object.assign({ timeZone: timeZone }, options));
    } catch (e) {
      return date.toLocaleString();
    }
  }

  // A time of today (chat duty closes the day it opened): the hour is enough.
  function formatTime(iso) {
    var date = new Date(iso);
    if (!iso || isNaN(date.getTime())) return "";
    try {
      return date.toLocaleTimeString(language, { timeZone: timeZone, hour: "2-digit", minute: "2-digit" });
    } catch (e) {
      return date.toLocaleTimeString();
    }
  }

  function setNextOpening(iso) {
    if (!el.nextOpening) return;
    var when = iso ? formatWhen(iso) : "";
    el.nextOpening.textContent = when ? t("next-opening", { when: when }) : "";
    show(el.nextOpening, when !== "");
  }

  function onDuty(frame) {
    var open = frame.open === true;
    dutyOpen = open;
    if (el.dutyStatus) {
      var until = open && frame.closes_at ? formatTime(frame.closes_at) : "";
      var text = open ? (until ? t("duty-open-until", { time: until }) : t("duty-open")) : t("duty-closed");
      if (!open && frame.next_opening) text += " " + t("next-opening", { when: formatWhen(frame.next_opening) });
      var status = el.dutyStatus.querySelector(".status");
      if (status) {
        status.className = "status " + (open ? "status--open" : "status--closed");
        var dot = status.querySelector(".status__dot");
        status.textContent = text;
        if (dot) status.insertBefore(dot, status.firstChild);
      }
    }
    if (el.closedTitle) {
      el.closedTitle.textContent = t("chat-closed") +
        (frame.next_opening ? " " + t("next-opening", { when: formatWhen(frame.next_opening) }) : "");
    }
    if (phase === "idle") {
      show(el.startForm, open);
      show(el.closed, !open);
      showAlternatives(!open);
    }
  }

  function onRequeued(frame) {
    if (phase !== "active") return;
    setWorker(null, line.maxSeen);
    setPhase("queued");
    setPresence(true);
    el.queueWait.textContent = t("requeued");
    focusIfLost(el.queueHeading);
  }

  function onState(frame) {
    if (frame.status === "ended") {
      // A missed `ended` (duty closed while the phone slept) still brings the alternatives.
      onEnded(null, frame.reason ? frame : null);
      return;
    }
    if (frame.status === "active" && phase === "queued") onAccepted({ worker: frame.worker });
    if (phase === "active") setPresence(frame.worker_online !== false);
  }

  function setPresence(online) {
    if (!el.presence) return;
    el.presence.textContent = online ? "" : t("worker-offline");
  }

  function onStatus(state) {
    if (!el.linkStatus) return;
    el.linkStatus.textContent = state === "reconnecting" ? t("link-reconnecting") : "";
  }

  function confirmEnd(open) {
    if (!el.endConfirm) return;
    show(el.endConfirm, open);
    el.end.setAttribute("aria-expanded", open ? "true" : "false");
  }

  // --- Attention of a client who switched apps: the tab's title and an optional sound ----
  function notify(joined) {
    var away = document.visibilityState !== "visible" || !document.hasFocus();
    if (!away) return;
    if (joined) joinedUnseen = true;
    else unseen += 1;
    document.title = (unseen ? t("title-new", { count: unseen }) : t("title-joined")) + " – " + baseTitle;
    playSound();
  }

  function clearAttention() {
    if (document.visibilityState !== "visible") return;
    unseen = 0;
    joinedUnseen = false;
    document.title = baseTitle;
  }

  function setSound(on, byClick) {
    soundOn = on;
    el.sound.setAttribute("aria-pressed", on ? "true" : "false");
    el.sound.textContent = on ? t("sound-on") : t("sound-off");
    if (!byClick) return;
    try {
      if (on) window.sessionStorage.setItem(SOUND_KEY, "1");
      else window.sessionStorage.removeItem(SOUND_KEY);
    } catch (e) { /* kept for this page only */ }
    if (on && soundUrl) {
      // The click allows the browser to play it later; a soft sample tells what it sounds like.
      audio = audio || new Audio(soundUrl);
      audio.volume = 0.6;
      audio.play().catch(function () {});
    }
  }

  function playSound() {
    if (!soundOn || !soundUrl) return;
    try {
      audio = audio || new Audio(soundUrl);
      audio.currentTime = 0;
      audio.play().catch(function () {});
    } catch (e) { /* no audio on this device */ }
  }

  // --- Sending -------------------------------------------------------------------------
  function submitMessage() {
    if (phase !== "queued" && phase !== "active") return;
    var body = el.input.value;
    if (!body.trim()) {
      el.input.focus();
      return;
    }
    if (body.length > MAX_BODY) {
      showError(t("err-too_long"));
      return;
    }
    showError("");
    stopTyping();
    renderPending(line.post(body));
    el.input.value = "";
    if (!line.attached) link.connect();
  }

  function sendControl(kind) {
    stopTyping();
    if (line.attached && link.send({ type: kind })) return;
    pendingControl = kind;
    link.connect();
  }

  function stopTyping() {
    clearTimeout(typingIdleTimer);
    if (typingOn) {
      typingOn = false;
      if (line.attached) link.send({ type: "typing", on: false });
    }
  }

  function onInput() {
    if (!line.attached || phase !== "active") return;
    if (!el.input.value.trim()) {
      stopTyping();
      return;
    }
    var now = Date.now();
    if (!typingOn || now - typingLastSent > TYPING_REPEAT_MS) {
      if (link.send({ type: "typing", on: true })) {
        typingOn = true;
        typingLastSent = now;
      }
    }
    clearTimeout(typingIdleTimer);
    typingIdleTimer = setTimeout(stopTyping, TYPING_IDLE_MS);
  }

  function showPeerTyping(on) {
    clearTimeout(peerTypingTimer);
    if (!el.typing) return;
    if (on) {
      el.typing.textContent = workerName ? t("typing", { name: workerName }) : t("typing-anon");
      peerTypingTimer = setTimeout(function () { showPeerTyping(false); }, PEER_TYPING_MS);
    } else if (el.typing.textContent) {
      el.typing.textContent = "";
    }
  }

  function resetForNewChat() {
    link.disconnect();
    clearStore();
    line = openLine(0, []);
    el.log.textContent = "";
    pending.clear();
    workerName = null;
    workerNameSeq = 0;
    maxWorkerSeq = 0;
    readSent = 0;
    deliveredSent = 0;
    erased = false;
    feedbackToken = null;
    queueVersion = -1;
    if (el.feedback) el.feedback.reset();
    setNextOpening(null);
    link.reset();
    link.connect(); // an idle page still hears when chat duty opens or closes
    showError("");
    setConnection("");
    endNotice("");
    showAlternatives(!dutyOpen);
    el.queuePosition.textContent = "";
    el.queueWait.textContent = "";
    setPhase("idle");
    if (dutyOpen) el.language.focus();
    else if (el.closed) {
      el.closed.setAttribute("tabindex", "-1");
      el.closed.focus();
    }
  }

  // --- Events --------------------------------------------------------------------------
  if (el.startForm) {
    el.startForm.addEventListener("submit", function (event) {
      event.preventDefault();
      if (phase !== "idle") return;
      showError("");
      showAlternatives(false);
      var frame = { type: "start", language: el.language.value };
      if (el.topic.value) frame.topic = el.topic.value;
      var nickname = el.nickname.value.trim().slice(0, 40);
      if (nickname) frame.nickname = nickname;
      wantStart = frame;
      link.reset();
      setPhase("starting");
      if (link.isOpen()) {
        link.send(frame);
      } else {
        setConnection(t("connecting"));
        link.connect();
      }
    });
  }

  el.form.addEventListener("submit", function (event) {
    event.preventDefault();
    submitMessage();
  });

  el.input.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    submitMessage();
  });
  el.input.addEventListener("input", onInput);
  el.input.addEventListener("blur", stopTyping);

  el.leaveQueue.addEventListener("click", function () { sendControl("leave"); });
  // Ending asks once more, inline: one tap must not end a conversation.
  el.end.addEventListener("click", function () {
    confirmEnd(true);
    el.endYes.focus();
  });
  el.endYes.addEventListener("click", function () {
    confirmEnd(false);
    sendControl("leave");
  });
  el.endNo.addEventListener("click", function () {
    confirmEnd(false);
    el.end.focus();
  });
  if (el.sound) {
    try {
      soundOn = window.sessionStorage.getItem(SOUND_KEY) === "1";
    } catch (e) { soundOn = false; }
    setSound(soundOn, false);
    el.sound.addEventListener("click", function () { setSound(!soundOn, true); });
  }
  el.erase.addEventListener("click", function () {
    if (!eraseArmed) {
      armErase();
      return;
    }
    disarmErase();
    if (phase === "ended") {
      link.send({ type: "erase" });
    } else {
      sendControl("erase");
    }
  });
  el.eraseCancel.addEventListener("click", function () {
    disarmErase();
    el.erase.focus();
  });
  el.newChat.addEventListener("click", resetForNewChat);

  // socket.js reconnects at once when the tab is shown again or the network is back.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      sendReceipt();
      clearAttention();
    }
  });
  window.addEventListener("focus", clearAttention);

  // --- Start: resume the chat of this tab, if there is one -------------------------------
  show(el.error, false);
  show(el.connection, false);
  var saved = loadStore();
  if (saved && typeof saved.token === "string" && saved.token) {
    token = saved.token;
    line = openLine(
      typeof saved.last_seq === "number" && saved.last_seq >= 0 ? saved.last_seq : 0,
      Array.isArray(saved.outbox) ? saved.outbox.filter(function (item) {
        return item && typeof item.id === "string" && typeof item.body === "string";
      }) : []
    );
    line.outbox.forEach(renderPending);
    needHistory = true;
    setPhase("resuming");
    setConnection(t("connecting"));
    link.connect();
  } else {
    setPhase("idle");
    link.connect();
  }

  // A test hook: the browser tests hand frames to the page as if the server sent them.
  window.TukipisteChat = { handle: handle, onStatus: onStatus };
})();
