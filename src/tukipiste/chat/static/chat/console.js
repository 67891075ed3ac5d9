// Chat duty console of the back office: the worker side of docs/chat-protocol.md (v1).
// Plain ES2017, no libraries, no inline script: data comes from json_script elements and
// every visible text from #console-strings (translated in the template). The socket, the
// outboxes and sequence numbers are socket.js's.
(function () {
  "use strict";

  // Times sent as UTC text (the duty overview) are shown in the browser's local time.
  Array.prototype.forEach.call(document.querySelectorAll("time.js-local-time[datetime]"), function (node) {
    var date = new Date(node.getAttribute("datetime"));
    if (isNaN(date.getTime())) return;
    try {
      node.textContent = date.toLocaleString(document.documentElement.lang || undefined, {
        day: "numeric", month: "numeric", hour: "2-digit", minute: "2-digit"
      });
    } catch (e) { /* keep the UTC text */ }
  });

  var root = document.getElementById("chat-console");
  if (!root || !("WebSocket" in window) || !window.TukipisteSocket) return;

  var MAX_BODY = 2000;
  var RATE_RETRY_MS = 10000; // a refused-for-speed message is tried again after this
  var TYPING_IDLE_MS = 3000;
  var TYPING_REPEAT_MS = 5000;
  var PEER_TYPING_MS = 15000;
  var CLOSING_WARN_MS = 15 * 60 * 1000; // the end of chat duty is announced this long before
  var CLIENT_BACK_MS = 10000;           // "the client is back" shows this long
  var SOUND_GAP_MS = 1500;              // one chime per burst of events
  var ALERTS_KEY = "tukipiste-console-alerts";
  var WIDE = "(min-width: 100em)";      // two chats side by side (as console.css)

  function byId(id) { return document.getElementById(id); }

  function readJson(id, fallback) {
    var node = byId(id);
    if (!node) return fallback;
    try {
      var value = JSON.parse(node.textContent);
      return value === null || value === undefined ? fallback : value;
    } catch (e) {
      return fallback;
    }
  }

  var strings = {};
  var holder = byId("console-strings");
  if (holder) {
    var stringNodes = holder.querySelectorAll("[data-key]");
    for (var i = 0; i < stringNodes.length; i++) {
      strings[stringNodes[i].getAttribute("data-key")] = stringNodes[i].textContent.trim();
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

  var savedReplies = readJson("saved-replies", []);
  var me = readJson("console-me", { id: null, name: "" });
  // The user id is also on the root element: a reloaded console knows its own messages by it.
  if (me.id === null || me.id === undefined) me.id = Number(root.getAttribute("data-user-id")) || null;
  var languageNames = {};
  readJson("console-languages", []).forEach(function (pair) { languageNames[pair[0]] = pair[1]; });
  var uiLanguage = root.getAttribute("data-language") || document.documentElement.lang || "fi";
  var wsPath = root.getAttribute("data-ws-path") || "/ws/chat/worker/";
  var baseTitle = document.title;

  var el = {
    connection: byId("console-connection"),
    error: byId("console-error"),
    announce: byId("console-announce"),
    dutyToggle: byId("duty-toggle"),
    dutyState: byId("duty-state"),
    queue: byId("queue"),
    queueCount: byId("queue-count"),
    queueEmpty: byId("queue-empty"),
    queueHeading: byId("queue-heading"),
    queueMore: byId("queue-more"),
    alertsToggle: byId("alerts-toggle"),
    alertsState: byId("alerts-state"),
    closing: byId("duty-closing"),
    onDuty: byId("on-duty"),
    onDutyEmpty: byId("on-duty-empty"),
    tabs: byId("chat-tabs"),
    chats: byId("chats"),
    chatsEmpty: byId("chats-empty"),
    chatsHeading: byId("chats-heading"),
    template: byId("chat-pane-template")
  };

  var duty = { on: false, limit: 0 };
  var waiting = [];
  var waitingAt = Date.now();
  var colleagues = [];
  var chats = new Map();
  var current = null;
  var recent = []; // chats by the time they were last chosen, newest first: the first shown
  var seenWaiting = null; // ids of waiting chats already known (null: no queue frame yet)
  var closesAt = null;
  var queueVersion = null;
  var pendingDuty = null; // a duty switch clicked while the socket was not open
  var closingShown = false;
  var linkState = "online";
  var wideQuery = window.matchMedia ? window.matchMedia(WIDE) : null;
  var acceptRequested = null;
  var assignedSinceConnect = null;
  var errorTimer = null;

  var link = window.TukipisteSocket.create({
    path: wsPath,
    onOpen: function () {
      assignedSinceConnect = new Set();
      if (pendingDuty) {
        link.send(pendingDuty);
        pendingDuty = null;
      }
      // Another server process may count its queue versions afresh.
      queueVersion = null;
    },
    onFrame: handle,
    // Newer socket.js reports missed pongs; an older one ignores the option (onClose covers it).
    onStatus: function (state) { setLinkState(state === "reconnecting" ? "reconnecting" : "online"); },
    onClose: function (info) {
      chats.forEach(function (chat) { chat.typingOn = false; });
      if (!info.retrying) {
        // Closed for good: a fatal error frame said why, else the login no longer holds.
        if (!el.error.textContent) showError(t(info.code === 1009 ? "err-generic" : "err-forbidden"));
        return;
      }
      setConnection(t("reconnecting"));
      setLinkState("reconnecting");
    }
  });

  // --- Small helpers -------------------------------------------------------------------
  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function show(node, yes) {
    if (node) node.hidden = !yes;
  }

  function formatTime(iso) {
    var date = iso ? new Date(iso) : new Date();
    if (isNaN(date.getTime())) date = new Date();
    try {
      return date.toLocaleTimeString(uiLanguage, { hour: "2-digit", minute: "2-digit" });
    } catch (e) {
      return ("0" + date.getHours()).slice(-2) + ":" + ("0" + date.getMinutes()).slice(-2);
    }
  }

  function languageName(code) {
    return languageNames[code] || code || "";
  }

  function topicName(topic) {
    return topic ? t("topic-" + topic) : t("no-topic");
  }

  function chatName(chat) {
    return chat.nickname || t("client") + " #" + chat.id;
  }

  function setConnection(text) {
    el.connection.textContent = text || "";
    show(el.connection, !!text);
  }

  function showError(text) {
    clearTimeout(errorTimer);
    el.error.textContent = text || "";
    show(el.error, !!text);
    if (text) errorTimer = setTimeout(function () { showError(""); }, 15000);
  }

  function announce(text) {
    el.announce.textContent = "";
    setTimeout(function () { el.announce.textContent = text; }, 50);
  }

  function activeChatCount() {
    var count = 0;
    chats.forEach(function (chat) { if (!chat.ended) count += 1; });
    return count;
  }

  function totalUnread() {
    var count = 0;
    chats.forEach(function (chat) { count += chat.unread; });
    return count;
  }

  // The tab title: "(unread) n waiting · Chat duty", so a worker in another tab sees both.
  function renderTitle() {
    var title = baseTitle;
    if (duty.on && waiting.length) title = t("waiting-title", { count: waiting.length }) + " · " + title;
    var unread = totalUnread();
    if (unread) title = "(" + unread + ") " + title;
    if (document.title !== title) document.title = title;
  }

  // socket.js's view of the link: "reconnecting" shows next to every message box.
  function setLinkState(state) {
    linkState = state;
    root.classList.toggle("is-reconnecting", state === "reconnecting");
    chats.forEach(renderComposeStatus);
  }

  function renderComposeStatus(chat) {
    var text = linkState === "reconnecting" && !chat.ended ? t("compose-reconnecting") : "";
    if (chat.composeStatus.textContent !== text) chat.composeStatus.textContent = text;
  }

  // --- Sound and desktop notifications (opt-in, remembered on this staff device) ----------
  var alerts = { on: readSetting() === "on", lastSound: {} };
  var sounds = {};

  function readSetting() {
    try { return window.localStorage.getItem(ALERTS_KEY); } catch (e) { return null; }
  }

  function writeSetting(value) {
    try { window.localStorage.setItem(ALERTS_KEY, value); } catch (e) { /* private mode */ }
  }

  function notificationsSupported() {
    return typeof window.Notification === "function";
  }

  function renderAlerts() {
    el.alertsToggle.setAttribute("aria-pressed", alerts.on ? "true" : "false");
    var state = t("alerts-off");
    if (alerts.on) {
      if (!notificationsSupported()) state = t("alerts-sound-only");
      else if (window.Notification.permission === "denied") state = t("alerts-denied");
      else state = t("alerts-on");
    }
    el.alertsState.textContent = state;
  }

  function sound(kind) {
    var url = root.getAttribute(kind === "new-chat" ? "data-sound-new-chat" : "data-sound-message");
    if (!url || typeof window.Audio !== "function") return null;
    if (!sounds[kind]) {
      sounds[kind] = new window.Audio(url);
      sounds[kind].preload = "auto";
    }
    return sounds[kind];
  }

  function playSound(kind) {
    var now = Date.now();
    if (now - (alerts.lastSound[kind] || 0) < SOUND_GAP_MS) return;
    alerts.lastSound[kind] = now;
    var audio = sound(kind);
    if (!audio) return;
    try {
      audio.currentTime = 0;
      var played = audio.play();
      if (played && typeof played.catch === "function") played.catch(function () { /* no gesture yet */ });
    } catch (e) { /* no audio output */ }
  }

  // The system keeps notifications in its own history, so they carry neither the client's
  // words nor their nickname: only that something waits, and the chat's number.
  function notify(kind, title, body, tag, onClick) {
    if (!alerts.on) return;
    playSound(kind);
    if (!notificationsSupported() || window.Notification.permission !== "granted") return;
    try {
      var note = new window.Notification(title, { body: body, tag: tag, lang: uiLanguage });
      note.onclick = function () {
        try { window.focus(); } catch (e) { /* not allowed */ }
        if (onClick) onClick();
        note.close();
      };
    } catch (e) { /* some browsers allow notifications only from a service worker */ }
  }

  function askPermission() {
    if (!notificationsSupported() || window.Notification.permission !== "default") return;
    try {
      var asked = window.Notification.requestPermission(renderAlerts);
      if (asked && typeof asked.then === "function") asked.then(renderAlerts, renderAlerts);
    } catch (e) { /* an old browser */ }
  }

  // --- The end of chat duty ----------------------------------------------------------------
  function setClosesAt(value) {
    if (value === undefined) return;
    var date = value ? new Date(value) : null;
    closesAt = date && !isNaN(date.getTime()) ? date : null;
    renderClosing();
  }

  function renderClosing() {
    var left = closesAt ? closesAt.getTime() - Date.now() : Infinity;
    var text = "";
    if (left <= 0 && left > -CLOSING_WARN_MS) {
      text = t("closed-now");
    } else if (left <= CLOSING_WARN_MS) {
      text = t("closing", { time: formatTime(closesAt.toISOString()), minutes: Math.max(1, Math.ceil(left / 60000)) });
    }
    if (el.closing.textContent !== text) el.closing.textContent = text;
    show(el.closing, !!text);
    if (text && !closingShown) announce(text);
    closingShown = !!text;
  }

  // --- Duty, queue, colleagues -----------------------------------------------------------
  function renderDuty() {
    el.dutyToggle.setAttribute("aria-pressed", duty.on ? "true" : "false");
    el.dutyToggle.textContent = duty.on ? t("duty-off") : t("duty-on");
    el.dutyToggle.classList.toggle("button-secondary", duty.on);
    el.dutyState.textContent = duty.on
      ? t("duty-state-on", { active: activeChatCount(), limit: duty.limit })
      : t("duty-state-off");
    root.classList.toggle("is-on-duty", duty.on);
  }

  function waitedText(seconds) {
    var minutes = Math.floor(seconds / 60);
    return minutes < 1 ? t("waited-new") : t("waited", { minutes: minutes });
  }

  function isSafety(item) {
    return item.safety === true || item.topic === "safety";
  }

  function queueItemText(item) {
    var extra = Math.floor((Date.now() - waitingAt) / 1000);
    return [
      item.nickname || t("no-nickname"),
      languageName(item.language),
      topicName(item.topic),
      waitedText((Number(item.waited_s) || 0) + extra)
    ];
  }

  function fillQueueItem(li, item) {
    var parts = queueItemText(item);
    var safety = isSafety(item);
    li.classList.toggle("is-safety", safety);
    var head = li.querySelector(".console-queue-item__head");
    head.textContent = "";
    head.appendChild(make("strong", "console-queue-item__name", parts[0]));
    if (safety) {
      // Marked by a word and a sign, not by colour alone.
      var badge = make("span", "console-queue-item__safety", "⚠ " + t("safety"));
      head.appendChild(document.createTextNode(" "));
      head.appendChild(badge);
    }
    var facts = li.querySelector(".console-queue-item__facts");
    facts.textContent = parts[1] + " · " + parts[2] + " · ";
    facts.appendChild(make("span", "console-queue-item__waited", parts[3]));
    var first = li.querySelector(".console-queue-item__first");
    var text = typeof item.first_message === "string" ? item.first_message.trim() : "";
    first.textContent = "";
    if (text) {
      first.appendChild(make("span", "w-sr-only", t("first-message") + " "));
      var quote = make("q", null, text);
      if (item.language) quote.setAttribute("lang", item.language);
      first.appendChild(quote);
    }
    show(first, !!text);
    var label = t("accept-label", { name: parts[0] }) + " (" + (safety ? t("safety-label") + ", " : "") + parts[1] + ", " + parts[3] + ")";
    li.querySelector("button.accept").setAttribute("aria-label", label);
  }

  function renderQueue() {
    var keep = new Set(waiting.map(function (item) { return String(item.chat); }));
    Array.prototype.slice.call(el.queue.children).forEach(function (li) {
      if (!keep.has(li.getAttribute("data-chat"))) {
        var hadFocus = li.contains(document.activeElement);
        li.parentNode.removeChild(li);
        if (hadFocus) el.queueHeading.focus();
      }
    });
    waiting.forEach(function (item, index) {
      var id = String(item.chat);
      var li = el.queue.querySelector('li[data-chat="' + id + '"]');
      if (!li) {
        li = make("li", "console-queue-item");
        li.setAttribute("data-chat", id);
        var body = make("div", "console-queue-item__text");
        body.appendChild(make("p", "console-queue-item__head"));
        body.appendChild(make("p", "console-queue-item__facts"));
        body.appendChild(make("p", "console-queue-item__first"));
        var button = make("button", "button button-small accept", t("accept"));
        button.type = "button";
        button.addEventListener("click", function () { accept(item.chat); });
        li.appendChild(body);
        li.appendChild(button);
      }
      fillQueueItem(li, item);
      if (el.queue.children[index] !== li) el.queue.insertBefore(li, el.queue.children[index] || null);
    });
    el.queueCount.textContent = waiting.length ? "(" + waiting.length + ")" : "";
    show(el.queueEmpty, waiting.length === 0);
    renderQueueMore();
    renderTitle();
  }

  // Rows below the queue's scrolled area are counted under it, so no waiting client is
  // out of sight without a sign.
  function renderQueueMore() {
    var list = el.queue;
    var bottom = list.getBoundingClientRect().bottom;
    var hidden = 0;
    Array.prototype.forEach.call(list.children, function (li) {
      if (li.getBoundingClientRect().top >= bottom - 8) hidden += 1;
    });
    el.queueMore.textContent = hidden ? t("queue-more", { count: hidden }) : "";
    show(el.queueMore, hidden > 0);
  }

  // Waiting chats this console has not seen before: sound and a notification.
  function noticeNewWaiting() {
    var ids = new Set(waiting.map(function (item) { return item.chat; }));
    if (seenWaiting && duty.on) {
      var fresh = waiting.filter(function (item) { return !seenWaiting.has(item.chat); });
      if (fresh.length) {
        var safety = fresh.some(isSafety);
        var item = fresh[fresh.length - 1];
        notify(
          "new-chat",
          t(safety ? "notify-new-safety" : "notify-new-chat"),
          languageName(item.language) + " · " + topicName(item.topic),
          "tukipiste-queue",
          function () {
            var li = el.queue.querySelector('li[data-chat="' + item.chat + '"]');
            if (li) {
              li.scrollIntoView({ block: "nearest" });
              li.querySelector("button.accept").focus();
            }
          }
        );
      }
    }
    seenWaiting = ids;
  }

  function refreshWaited() {
    Array.prototype.forEach.call(el.queue.children, function (li) {
      var item = waiting.find(function (w) { return String(w.chat) === li.getAttribute("data-chat"); });
      var node = li.querySelector(".console-queue-item__waited");
      if (item && node) node.textContent = queueItemText(item)[3];
    });
  }

  function renderOnDuty() {
    el.onDuty.textContent = "";
    colleagues.forEach(function (person) {
      var li = make("li", "console-colleague");
      li.setAttribute("data-user", String(person.user));
      var name = person.name + (person.user === me.id ? " " + t("me") : "");
      li.appendChild(make("strong", null, name));
      li.appendChild(make("span", "console-colleague__load", t("load", { active: person.active, limit: person.limit })));
      el.onDuty.appendChild(li);
    });
    show(el.onDutyEmpty, colleagues.length === 0);
  }

  function fillTransferTargets(chat) {
    var select = chat.transferTo;
    var chosen = select.value;
    select.textContent = "";
    var queueOption = make("option", null, t("transfer-queue"));
    queueOption.value = "";
    select.appendChild(queueOption);
    colleagues.forEach(function (person) {
      if (person.user === me.id) return;
      var option = make("option", null, person.name + " (" + t("load", { active: person.active, limit: person.limit }) + ")");
      option.value = String(person.user);
      select.appendChild(option);
    });
    select.value = chosen;
    if (select.value !== chosen) select.value = "";
  }

  function fillSavedReplies(chat) {
    var select = chat.saved;
    select.textContent = "";
    var first = make("option", null, savedReplies.length ? t("saved-choose") : t("saved-none"));
    first.value = "";
    select.appendChild(first);
    var own = make("optgroup");
    own.label = t("saved-language") + " (" + languageName(chat.language) + ")";
    var other = make("optgroup");
    other.label = t("saved-other");
    savedReplies.forEach(function (reply, index) {
      var sameLanguage = reply.language === chat.language;
      var option = make("option", null, sameLanguage ? reply.title : reply.title + " (" + languageName(reply.language) + ")");
      option.value = String(index);
      (sameLanguage ? own : other).appendChild(option);
    });
    if (own.children.length) select.appendChild(own);
    if (other.children.length) select.appendChild(other);
    select.disabled = savedReplies.length === 0;
  }

  // --- Chats -----------------------------------------------------------------------------
  function createChat(frame) {
    var id = frame.chat;
    var fragment = el.template.content.cloneNode(true);
    var pane = fragment.querySelector(".chat-pane");
    pane.setAttribute("data-chat", String(id));
    var prefix = "chat-" + id + "-";
    Array.prototype.forEach.call(pane.querySelectorAll("[data-id]"), function (node) {
      node.id = prefix + node.getAttribute("data-id");
    });
    Array.prototype.forEach.call(pane.querySelectorAll("label[data-for]"), function (node) {
      node.htmlFor = prefix + node.getAttribute("data-for");
    });
    [["data-controls", "aria-controls"], ["data-labelledby", "aria-labelledby"], ["data-describedby", "aria-describedby"]].forEach(function (pair) {
      Array.prototype.forEach.call(pane.querySelectorAll("[" + pair[0] + "]"), function (node) {
        node.setAttribute(pair[1], prefix + node.getAttribute(pair[0]));
      });
    });
    var title = pane.querySelector(".chat-pane__title");
    title.id = prefix + "title";
    pane.setAttribute("aria-labelledby", title.id);

    var tab = make("button", "console-tab");
    tab.type = "button";
    tab.setAttribute("data-chat", String(id));
    pane.id = prefix + "pane";
    tab.setAttribute("aria-controls", pane.id);
    tab.appendChild(make("span", "console-tab__name"));
    tab.appendChild(document.createTextNode(" "));
    var away = make("span", "console-tab__away", t("tab-away"));
    away.hidden = true;
    tab.appendChild(away);
    var unread = make("span", "unread");
    unread.hidden = true;
    tab.appendChild(unread);
    var unreadLabel = make("span", "w-sr-only", " " + t("unread-label"));
    unreadLabel.hidden = true;
    tab.appendChild(unreadLabel);

    var chat = {
      id: id,
      language: frame.language,
      topic: frame.topic,
      nickname: frame.nickname,
      startedAt: frame.started_at,
      ended: false,
      clientOnline: true,
      clientBackTimer: null,
      line: link.line({ chat: id }), // its shown elements (or null) are kept by seq
      pending: new Map(),
      unread: 0,
      maxClientSeq: 0,
      readSent: 0,
      deliveredSent: 0,
      typingOn: false,
      typingLastSent: 0,
      typingIdleTimer: null,
      peerTypingTimer: null,
      pane: pane,
      tab: tab,
      unreadNode: unread,
      unreadLabel: unreadLabel,
      awayNode: away,
      presence: pane.querySelector(".chat-pane__presence"),
      composeStatus: pane.querySelector(".chat-compose__status"),
      endButton: pane.querySelector("button.end"),
      endConfirm: pane.querySelector('[data-id="end-confirm"]'),
      blockButton: pane.querySelector("button.block"),
      blockConfirm: pane.querySelector('[data-id="block-confirm"]'),
      more: pane.querySelector(".chat-pane__more"),
      title: title,
      log: pane.querySelector(".chat-log"),
      typing: pane.querySelector(".typing"),
      form: pane.querySelector(".chat-compose"),
      input: pane.querySelector(".chat-input"),
      saved: pane.querySelector(".saved-replies"),
      transferTo: pane.querySelector(".transfer-to"),
      transferNote: pane.querySelector(".transfer-note"),
      tools: pane.querySelector(".chat-pane__tools"),
      endedNote: pane.querySelector(".chat-pane__ended"),
      closed: pane.querySelector(".chat-pane__closed")
    };
    chats.set(id, chat);
    recent.push(chat);
    describeChat(chat, frame);
    fillSavedReplies(chat);
    fillTransferTargets(chat);
    bindChat(chat);
    renderComposeStatus(chat);
    el.tabs.appendChild(tab);
    el.chats.appendChild(fragment);
    refreshChatsEmpty();
    renderVisible();
    return chat;
  }

  function describeChat(chat, frame) {
    chat.language = frame.language || chat.language;
    chat.topic = frame.topic !== undefined ? frame.topic : chat.topic;
    chat.nickname = frame.nickname !== undefined ? frame.nickname : chat.nickname;
    chat.startedAt = frame.started_at || chat.startedAt;
    var name = chatName(chat);
    chat.title.textContent = t("chat-title", { name: name });
    chat.pane.querySelector(".chat-pane__facts").textContent = [
      languageName(chat.language),
      topicName(chat.topic),
      t("started", { time: formatTime(chat.startedAt) })
    ].join(" · ");
    chat.log.setAttribute("aria-label", t("log-label", { name: name }));
    chat.tab.querySelector(".console-tab__name").textContent =
      (chat.nickname ? name + " · " : "") + t("chat-number", { number: chat.id }) + " · " + chat.language;
    chat.tab.classList.toggle("is-safety", chat.topic === "safety");
    var note = chat.pane.querySelector(".chat-pane__note");
    if (frame.note) {
      note.querySelector(".chat-pane__note-text").textContent = frame.note;
      show(note, true);
    }
  }

  function refreshChatsEmpty() {
    show(el.chatsEmpty, chats.size === 0);
    renderDuty();
  }

  function setCurrent(chat) {
    if (current && current !== chat) current.tab.removeAttribute("aria-current");
    current = chat;
    if (!chat) {
      renderVisible();
      return;
    }
    recent = [chat].concat(recent.filter(function (other) { return other !== chat; }));
    chat.tab.setAttribute("aria-current", "true");
    renderVisible();
  }

  function slots() {
    return wideQuery && wideQuery.matches ? 2 : 1;
  }

  function isShown(chat) {
    return recent.indexOf(chat) !== -1 && recent.indexOf(chat) < slots();
  }

  // One chat in view (two on a wide screen): the ones chosen last. What comes into view is
  // read there, so its unread count clears and the client gets the receipt.
  function renderVisible() {
    var panes = [];
    recent.forEach(function (chat) {
      var shown = isShown(chat);
      show(chat.pane, shown);
      chat.tab.classList.toggle("is-shown", shown);
      if (shown) panes.push(chat);
    });
    el.chats.classList.toggle("is-pair", panes.length > 1);
    panes.forEach(function (chat) {
      if (document.visibilityState === "visible" && chat.unread) setUnread(chat, 0);
      sendReceipt(chat);
    });
    renderTitle();
  }

  function setUnread(chat, count) {
    chat.unread = count;
    chat.unreadNode.textContent = count ? String(count) : "";
    show(chat.unreadNode, count > 0);
    show(chat.unreadLabel, count > 0);
    renderTitle();
  }

  function isWatched(chat) {
    return isShown(chat) && document.visibilityState === "visible";
  }

  function setClientOnline(chat, online, quiet) {
    var was = chat.clientOnline;
    chat.clientOnline = online;
    clearTimeout(chat.clientBackTimer);
    show(chat.awayNode, !online && !chat.ended);
    chat.pane.classList.toggle("is-client-away", !online);
    if (!online) {
      chat.presence.textContent = chat.ended ? "" : t("client-away");
    } else if (!was && !quiet && !chat.ended) {
      chat.presence.textContent = t("client-back");
      chat.clientBackTimer = setTimeout(function () { chat.presence.textContent = ""; }, CLIENT_BACK_MS);
    } else {
      chat.presence.textContent = "";
    }
  }

  // A real second step for End and Block: the question and its buttons appear in place, the
  // focus moves to the confirming button, and Cancel or Esc go back.
  function openConfirm(chat, trigger, box) {
    closeConfirms(chat);
    trigger.setAttribute("aria-expanded", "true");
    show(box, true);
    box.querySelector(".confirm-end, .confirm-block").focus();
  }

  function closeConfirms(chat, focusTrigger) {
    [[chat.endButton, chat.endConfirm], [chat.blockButton, chat.blockConfirm]].forEach(function (pair) {
      if (pair[1].hidden) return;
      var hadFocus = pair[1].contains(document.activeElement);
      pair[0].setAttribute("aria-expanded", "false");
      show(pair[1], false);
      if (focusTrigger && hadFocus) pair[0].focus();
    });
  }

  function bindChat(chat) {
    chat.tab.addEventListener("click", function () {
      setCurrent(chat);
      if (!chat.ended) chat.input.focus({ preventScroll: true });
      else chat.pane.focus({ preventScroll: true });
    });
    chat.pane.addEventListener("focusin", function () {
      if (current !== chat) setCurrent(chat);
      else if (chat.unread) setUnread(chat, 0);
    });
    chat.pane.addEventListener("pointerdown", function () {
      if (current !== chat) setCurrent(chat);
    });
    chat.form.addEventListener("submit", function (event) {
      event.preventDefault();
      submitMessage(chat);
    });
    chat.input.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
      event.preventDefault();
      submitMessage(chat);
    });
    chat.input.addEventListener("input", function () { onInput(chat); });
    chat.input.addEventListener("blur", function () { stopTyping(chat); });
    chat.saved.addEventListener("change", function () {
      var reply = savedReplies[Number(chat.saved.value)];
      chat.saved.value = "";
      if (!reply) return;
      insertText(chat.input, reply.body);
      chat.input.focus();
      onInput(chat);
    });
    chat.pane.querySelector("button.transfer").addEventListener("click", function () {
      var to = chat.transferTo.value;
      var frame = { type: "transfer", chat: chat.id, to: to ? Number(to) : null };
      var note = chat.transferNote.value.trim();
      if (note) frame.note = note.slice(0, 500);
      link.send(frame);
    });
    chat.endButton.addEventListener("click", function () {
      if (chat.endConfirm.hidden) openConfirm(chat, chat.endButton, chat.endConfirm);
      else closeConfirms(chat, false);
    });
    chat.blockButton.addEventListener("click", function () {
      if (chat.blockConfirm.hidden) openConfirm(chat, chat.blockButton, chat.blockConfirm);
      else closeConfirms(chat, false);
    });
    chat.pane.querySelector("button.confirm-end").addEventListener("click", function () {
      closeConfirms(chat, true);
      if (!link.send({ type: "end", chat: chat.id })) showError(t("reconnecting"));
    });
    chat.pane.querySelector("button.confirm-block").addEventListener("click", function () {
      closeConfirms(chat, true);
      if (!link.send({ type: "block", chat: chat.id })) showError(t("reconnecting"));
    });
    Array.prototype.forEach.call(chat.pane.querySelectorAll("button.cancel-confirm"), function (button) {
      button.addEventListener("click", function () { closeConfirms(chat, true); });
    });
    chat.tools.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      if (chat.endConfirm.hidden && chat.blockConfirm.hidden) return;
      event.preventDefault();
      closeConfirms(chat, true);
    });
    chat.pane.querySelector("button.close-pane").addEventListener("click", function () {
      removeChat(chat);
    });
  }

  function insertText(textarea, text) {
    var start = typeof textarea.selectionStart === "number" ? textarea.selectionStart : textarea.value.length;
    var end = typeof textarea.selectionEnd === "number" ? textarea.selectionEnd : start;
    var before = textarea.value.slice(0, start);
    var after = textarea.value.slice(end);
    var joined = before + text + after;
    textarea.value = joined.slice(0, MAX_BODY);
    var caret = Math.min(before.length + text.length, textarea.value.length);
    textarea.setSelectionRange(caret, caret);
  }

  function removeChat(chat) {
    var hadFocus = chat.pane.contains(document.activeElement) || chat.tab === document.activeElement;
    stopTyping(chat);
    clearTimeout(chat.peerTypingTimer);
    clearTimeout(chat.clientBackTimer);
    chat.line.close();
    if (chat.pane.parentNode) chat.pane.parentNode.removeChild(chat.pane);
    if (chat.tab.parentNode) chat.tab.parentNode.removeChild(chat.tab);
    chats.delete(chat.id);
    recent = recent.filter(function (other) { return other !== chat; });
    if (current === chat) {
      current = null;
      if (recent.length) setCurrent(recent[0]);
    }
    renderVisible();
    refreshChatsEmpty();
    if (hadFocus) {
      var next = current ? current.tab : el.tabs.querySelector("button");
      if (next) next.focus();
      else {
        el.chatsHeading.setAttribute("tabindex", "-1");
        el.chatsHeading.focus();
      }
    }
  }

  function markEnded(chat, text) {
    if (chat.ended) return;
    chat.ended = true;
    stopTyping(chat);
    showPeerTyping(chat, false);
    chat.pending.forEach(function (node) { setDeliveryState(node, "not-sent"); });
    chat.pending.clear();
    chat.line.clearOutbox();
    var hadFocus = chat.form.contains(document.activeElement) || chat.tools.contains(document.activeElement);
    closeConfirms(chat, false);
    if (chat.more) chat.more.open = false;
    setClientOnline(chat, true, true);
    renderComposeStatus(chat);
    chat.pane.classList.add("is-ended");
    chat.tab.classList.add("is-ended");
    show(chat.form, false);
    show(chat.tools, false);
    show(chat.closed, true);
    chat.endedNote.textContent = text;
    if (hadFocus) chat.closed.querySelector("button").focus();
    renderDuty();
  }

  // --- Messages --------------------------------------------------------------------------
  function setDeliveryState(node, delivery) {
    var order = { "not-sent": 0, sending: 1, sent: 2, delivered: 3, read: 4 };
    var now = node.getAttribute("data-state");
    if (now && delivery !== "not-sent" && order[now] >= order[delivery]) return;
    node.setAttribute("data-state", delivery);
    var label = node.querySelector(".chat-msg__state");
    if (label) label.textContent = t(delivery);
  }

  function systemText(message) {
    switch (message.event) {
      case "accepted": return t("event-accepted", { name: message.author || "" });
      case "transferred": return t("event-transferred", { name: message.author || "" });
      case "ended": return t("event-ended");
      default: return "";
    }
  }

  // Our own message: sent from this page, or (after a reload) written by this user.
  function isMine(message) {
    if (typeof message.author_id === "number" && me.id !== null) return message.author_id === me.id;
    return !!(message.author && message.author === me.name);
  }

  function renderMessage(chat, message, mine) {
    var internal = message.internal === true || message.event === "note";
    if (!mine && message.from === "worker") mine = isMine(message);
    var kind = internal ? "worker" : (message.from === "worker" || message.from === "client" ? message.from : "system");
    var node = make("div", "chat-msg chat-msg--" + kind + (internal ? " chat-msg--internal" : ""));
    if (message.id) node.setAttribute("data-id", message.id);
    var time = make("time", "chat-msg__time", formatTime(message.at));
    if (message.at) time.setAttribute("datetime", message.at);
    if (kind === "system") {
      var text = systemText(message);
      if (!text) return null;
      var line = make("p", "chat-msg__body", text + " ");
      line.appendChild(time);
      node.appendChild(line);
      return node;
    }
    var meta = make("p", "chat-msg__meta");
    if (internal) {
      meta.appendChild(make("strong", "chat-msg__label", t("internal-note")));
      meta.appendChild(document.createTextNode(" · "));
    }
    var author = kind === "client" ? chatName(chat) : (mine ? t("you") : (message.author || ""));
    meta.appendChild(make("span", "chat-msg__author", author));
    meta.appendChild(document.createTextNode(" "));
    meta.appendChild(time);
    node.appendChild(meta);
    node.appendChild(make("p", "chat-msg__body", message.body || ""));
    if (kind === "worker" && !internal && mine) {
      node.appendChild(make("p", "chat-msg__state"));
      setDeliveryState(node, "sent");
    }
    return node;
  }

  function place(chat, node, seq) {
    var log = chat.log;
    var stick = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    var before = null;
    for (var k = 0; k < log.children.length; k++) {
      var child = log.children[k];
      if (child === node) continue;
      var other = child.getAttribute("data-seq");
      if (other === null || Number(other) > seq) {
        before = child;
        break;
      }
    }
    if (node.parentNode !== log || node.nextSibling !== before) log.insertBefore(node, before);
    if (stick) log.scrollTop = log.scrollHeight;
  }

  function onMessage(chat, message, trusted) {
    var seq = message.seq;
    if (typeof seq !== "number" || seq < 1) return;
    if (chat.line.has(seq)) {
      chat.line.sawAgain(seq, trusted);
      return;
    }
    var node;
    if (message.from === "worker" && message.id && chat.pending.has(message.id)) {
      node = chat.pending.get(message.id);
      chat.pending.delete(message.id);
      chat.line.drop(message.id);
      setDeliveryState(node, "sent");
    } else {
      node = renderMessage(chat, message, false);
    }
    if (node) {
      node.setAttribute("data-seq", String(seq));
      place(chat, node, seq);
    }
    chat.line.saw(seq, node, trusted);
    if (message.from === "client") {
      showPeerTyping(chat, false);
      if (seq > chat.maxClientSeq) chat.maxClientSeq = seq;
      if (!trusted) {
        if (!isWatched(chat)) {
          setUnread(chat, chat.unread + 1);
          notify("message", t("notify-message", { number: chat.id }), t("notify-app"), "tukipiste-chat-" + chat.id, function () {
            setCurrent(chat);
            if (!chat.ended) chat.input.focus({ preventScroll: true });
          });
        }
        sendReceipt(chat);
      }
    }
  }

  function onHistory(chat, messages) {
    messages.forEach(function (message) { onMessage(chat, message, true); });
    chat.line.fetched();
    sendReceipt(chat);
  }

  function onAck(chat, id, seq) {
    if (typeof seq !== "number") return;
    var node = chat.pending.get(id);
    if (node) {
      chat.pending.delete(id);
      setDeliveryState(node, "sent");
      if (!chat.line.has(seq)) {
        node.setAttribute("data-seq", String(seq));
        place(chat, node, seq);
      } else if (chat.line.shown(seq) !== node && node.parentNode) {
        node.parentNode.removeChild(node);
      }
    }
    chat.line.acked(id, seq, node || null);
  }

  function onReceipt(chat, frame) {
    var delivery = frame.state === "read" ? "read" : "delivered";
    var own = chat.log.querySelectorAll(".chat-msg--worker[data-seq]");
    for (var k = 0; k < own.length; k++) {
      if (Number(own[k].getAttribute("data-seq")) <= frame.seq) setDeliveryState(own[k], delivery);
    }
  }

  function sendReceipt(chat) {
    if (chat.ended || !chat.maxClientSeq || !link.isOpen()) return;
    if (isWatched(chat)) {
      if (chat.maxClientSeq > chat.readSent) {
        link.send({ type: "read", chat: chat.id, seq: chat.maxClientSeq });
        chat.readSent = chat.deliveredSent = chat.maxClientSeq;
      }
    } else if (chat.maxClientSeq > chat.deliveredSent) {
      link.send({ type: "read", chat: chat.id, seq: chat.maxClientSeq, state: "delivered" });
      chat.deliveredSent = chat.maxClientSeq;
    }
  }

  function submitMessage(chat) {
    if (chat.ended) return;
    var body = chat.input.value;
    if (!body.trim()) return;
    if (body.length > MAX_BODY) {
      showError(t("err-too_long"));
      return;
    }
    stopTyping(chat);
    var item = chat.line.post(body);
    var node = renderMessage(chat, { id: item.id, from: "worker", body: body, at: item.at }, true);
    node.removeAttribute("data-state");
    setDeliveryState(node, "sending");
    chat.pending.set(item.id, node);
    chat.log.appendChild(node);
    chat.log.scrollTop = chat.log.scrollHeight;
    chat.input.value = "";
  }

  function onInput(chat) {
    if (chat.ended) return;
    if (!chat.input.value.trim()) {
      stopTyping(chat);
      return;
    }
    var now = Date.now();
    if (!chat.typingOn || now - chat.typingLastSent > TYPING_REPEAT_MS) {
      if (link.send({ type: "typing", chat: chat.id, on: true })) {
        chat.typingOn = true;
        chat.typingLastSent = now;
      }
    }
    clearTimeout(chat.typingIdleTimer);
    chat.typingIdleTimer = setTimeout(function () { stopTyping(chat); }, TYPING_IDLE_MS);
  }

  function stopTyping(chat) {
    clearTimeout(chat.typingIdleTimer);
    if (chat.typingOn) {
      chat.typingOn = false;
      if (!chat.ended) link.send({ type: "typing", chat: chat.id, on: false });
    }
  }

  function showPeerTyping(chat, on) {
    clearTimeout(chat.peerTypingTimer);
    if (on) {
      chat.typing.textContent = t("typing");
      chat.peerTypingTimer = setTimeout(function () { showPeerTyping(chat, false); }, PEER_TYPING_MS);
    } else if (chat.typing.textContent) {
      chat.typing.textContent = "";
    }
  }

  function accept(chatId) {
    acceptRequested = chatId;
    showError("");
    link.send({ type: "accept", chat: chatId });
  }

  // --- Frames from the server --------------------------------------------------------------
  function onAssigned(frame) {
    var chat = chats.get(frame.chat);
    var isNew = !chat;
    if (isNew) {
      chat = createChat(frame);
    } else {
      describeChat(chat, frame);
      if (chat.ended) {
        // Back to us (a colleague transferred it back): open it again.
        chat.ended = false;
        chat.pane.classList.remove("is-ended");
        chat.tab.classList.remove("is-ended");
        show(chat.form, true);
        show(chat.tools, true);
        show(chat.closed, false);
        chat.endedNote.textContent = "";
      }
    }
    chat.line.attach();
    if (assignedSinceConnect) assignedSinceConnect.add(chat.id);
    var messages = Array.isArray(frame.messages) ? frame.messages : [];
    messages.forEach(function (message) { onMessage(chat, message, true); });
    if (messages.length) chat.line.catchUp(messages[messages.length - 1].seq);
    // Resend what was not acknowledged before the reconnect (the server keeps one copy).
    chat.line.flush();
    if (typeof frame.read_seq === "number" && frame.read_seq > 0) onReceipt(chat, { seq: frame.read_seq, state: "read" });
    if (typeof frame.client_online === "boolean") setClientOnline(chat, frame.client_online, true);
    if (frame.status === "ended") markEnded(chat, t("ended-system"));
    renderDuty();
    if (acceptRequested === chat.id) {
      acceptRequested = null;
      setCurrent(chat);
      chat.input.focus({ preventScroll: true });
      announce(t("new-chat", { name: chatName(chat) }));
    } else if (isNew && !assignedSinceConnect) {
      announce(t("transferred-in", { name: chatName(chat) }));
      if (!current) setCurrent(chat);
      else setUnread(chat, chat.unread + 1);
    } else if (!current) {
      setCurrent(chat);
    }
    sendReceipt(chat);
  }

  function onQueue(frame) {
    // A queue frame older than the one shown came late: the newer one already holds.
    if (typeof frame.version === "number") {
      if (queueVersion !== null && frame.version < queueVersion) return;
      queueVersion = frame.version;
    }
    waiting = Array.isArray(frame.waiting) ? frame.waiting : [];
    waitingAt = Date.now();
    colleagues = Array.isArray(frame.on_duty) ? frame.on_duty : [];
    setClosesAt(frame.closes_at);
    renderQueue();
    noticeNewWaiting();
    renderOnDuty();
    chats.forEach(fillTransferTargets);
    if (assignedSinceConnect) {
      // After a reconnect the server re-sent every chat we still hold; the rest are gone.
      var held = assignedSinceConnect;
      assignedSinceConnect = null;
      chats.forEach(function (chat) {
        if (!held.has(chat.id) && !chat.ended) markEnded(chat, t("ended-gone"));
      });
    }
    renderDuty();
  }

  function onError(frame) {
    var code = typeof frame.code === "string" ? frame.code : "generic";
    if (code === "taken" || code === "limit_reached" || code === "off_duty") acceptRequested = null;
    var ref = typeof frame.ref === "string" ? frame.ref : null;
    chats.forEach(function (chat) {
      if (!ref || !chat.pending.has(ref)) return;
      if (code === "rate_limited") {
        setTimeout(function () { chat.line.flush(); }, RATE_RETRY_MS);
        return;
      }
      // Refused for good (too long, chat ended): say so instead of "sending…" for ever,
      // as the client's widget does, and stop resending it after each reconnect.
      setDeliveryState(chat.pending.get(ref), "not-sent");
      chat.pending.delete(ref);
      chat.line.drop(ref);
    });
    showError(strings["err-" + code] !== undefined ? t("err-" + code) : t("err-generic"));
  }

  function handle(frame) {
    var chat = frame.chat !== undefined ? chats.get(frame.chat) : undefined;
    switch (frame.type) {
      case "hello":
        setConnection("");
        setLinkState("online");
        // A server restarted since may count its queue versions from the start again.
        queueVersion = null;
        break;
      case "duty":
        duty.on = frame.on === true;
        duty.limit = Number(frame.limit) || 0;
        if (!duty.on) seenWaiting = null;
        setClosesAt(frame.closes_at);
        renderDuty();
        renderQueue();
        break;
      case "presence":
        if (chat && frame.who === "client" && typeof frame.online === "boolean") setClientOnline(chat, frame.online, false);
        break;
      // "chats": the socket fetches for any chat whose last_seq is ahead (socket.js).
      case "chats": break;
      case "queue": onQueue(frame); break;
      case "assigned": onAssigned(frame); break;
      case "unassigned":
        if (chat) {
          removeChat(chat);
          announce(t("transferred-out"));
        }
        break;
      case "message": if (chat) onMessage(chat, frame, false); break;
      case "history": if (chat) onHistory(chat, Array.isArray(frame.messages) ? frame.messages : []); break;
      case "ack": if (chat) onAck(chat, frame.id, frame.seq); break;
      case "typing": if (chat && !chat.ended) showPeerTyping(chat, frame.on === true); break;
      case "receipt": if (chat) onReceipt(chat, frame); break;
      case "ended":
        if (chat) {
          var key = frame.by === "client" ? "ended-client" : frame.by === "worker" ? "ended-worker" : "ended-system";
          markEnded(chat, t(key));
        }
        break;
      case "blocked": if (chat) markEnded(chat, t("ended-worker")); break;
      case "error": onError(frame); break;
      default: break;
    }
  }

  // --- Events ----------------------------------------------------------------------------
  el.dutyToggle.addEventListener("click", function () {
    showError("");
    var frame = { type: "duty", on: !duty.on };
    if (!link.send(frame)) {
      // Not connected yet (or again): the choice goes out as soon as the socket opens.
      pendingDuty = frame;
      setConnection(t("reconnecting"));
    }
  });

  // socket.js reconnects at once when the tab is shown again or the network is back.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") renderVisible();
  });
  if (wideQuery) {
    var onWide = function () { renderVisible(); };
    if (typeof wideQuery.addEventListener === "function") wideQuery.addEventListener("change", onWide);
    else if (typeof wideQuery.addListener === "function") wideQuery.addListener(onWide);
  }
  window.addEventListener("resize", renderQueueMore);
  el.queue.addEventListener("scroll", renderQueueMore);
  el.queueMore.addEventListener("click", function () {
    var last = el.queue.lastElementChild;
    if (!last) return;
    last.scrollIntoView({ block: "nearest" });
    var button = last.querySelector("button.accept");
    if (button) button.focus({ preventScroll: true });
  });

  el.alertsToggle.addEventListener("click", function () {
    alerts.on = !alerts.on;
    writeSetting(alerts.on ? "on" : "off");
    if (alerts.on) {
      askPermission(); // only here, on the worker's click: never on load
      alerts.lastSound = {};
      playSound("message"); // the click also lets the browser play later chimes
    }
    renderAlerts();
  });

  setInterval(function () {
    refreshWaited();
    renderClosing();
  }, 30000);

  // The console fills the window below the page's header and its own bar: measure where it
  // starts whenever something above it changes height.
  var main = byId("console-main");
  function fitHeight() {
    if (!main) return;
    var top = main.getBoundingClientRect().top + window.scrollY;
    root.style.setProperty("--console-top", Math.round(top) + "px");
    renderQueueMore();
  }
  window.addEventListener("resize", fitHeight);
  if (typeof window.ResizeObserver === "function") {
    var topBox = byId("console-top");
    if (topBox) new window.ResizeObserver(fitHeight).observe(topBox);
  }

  show(el.error, false);
  setConnection(t("connecting"));
  renderDuty();
  renderQueue();
  renderOnDuty();
  renderAlerts();
  refreshChatsEmpty();
  fitHeight();
  link.connect();
})();
