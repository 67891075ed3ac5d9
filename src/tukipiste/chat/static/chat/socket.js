// The chat's WebSocket, shared by the client widget (chat.js) and the worker console
// (console.js): the transport half of docs/chat-protocol.md (v1). Plain ES2017, no libraries.
//
// It owns:
// - connecting and reconnecting with backoff, and at once when the tab is shown again or the
//   network comes back, for as long as the page wants a socket;
// - the `hello`, and a `ping` every 10 s whose `pong` it expects: two missed pongs mean the
//   connection is dead even if the browser has not noticed; the page hears "reconnecting"
//   (and "online" once a hello is answered again) and the socket is opened anew;
// - a last-resort resynchronisation: every 20 s the page's `sync()` frame (if any) is sent;
// - noticing lost frames: a `message`, `accepted`, `requeued`, `ended` or `state` whose `seq`
//   (or `last_seq`) is ahead of what a line has seen makes that line `fetch`;
// - stopping for good after a fatal `error` frame or a fatal close code (1009 too big, 4400
//   protocol error, 4401 session ended, 4403 forbidden or blocked): trying again would only
//   repeat them;
// - per chat a line: the outbox of messages not yet acknowledged (queued while offline,
//   resent whenever the chat is attached again, dropped on ack) and the sequence numbers seen,
//   where a gap sends `fetch`.
// The pages own everything visible and the meaning of every frame: they attach a line when
// the server confirms the chat (client: `started`/`resumed`, worker: `assigned`) and tell it
// which messages they saw.
(function () {
  "use strict";

  var PROTOCOL_VERSION = 1;
  var BACKOFF_MIN = 500;
  var BACKOFF_MAX = 10000;
  var PING_MS = 10000;
  var MISSED_PONGS = 2;
  var SYNC_MS = 20000;
  var SEQ_FRAMES = ["accepted", "requeued", "ended", "state"];
  var FATAL_CLOSE = [1009, 4400, 4401, 4403];

  function noop() {}

  // A UUID for a message id; the server stores an id once, so a resent message is not doubled.
  function newId() {
    var c = window.crypto;
    if (c && typeof c.randomUUID === "function") return c.randomUUID();
    var bytes = new Uint8Array(16);
    if (c && typeof c.getRandomValues === "function") {
      c.getRandomValues(bytes);
    } else {
      for (var k = 0; k < 16; k++) bytes[k] = Math.floor(Math.random() * 256);
    }
    // Shape the random bytes as a version 4 UUID.
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  // options: path (of the endpoint), wanted() (whether a socket is needed now; default always),
  // onOpen() (the hello is sent: resume or start), onFrame(frame), onClose({code, retrying,
  // failures}) where failures counts the closes since the last answered hello, onStatus(state)
  // with "online" (a hello was answered) or "reconnecting" (pongs missed or the socket closed
  // while wanted), sync() (a frame to send every 20 s, or null).
  function create(options) {
    var wanted = options.wanted || function () { return true; };
    var onOpen = options.onOpen || noop;
    var onFrame = options.onFrame || noop;
    var onClose = options.onClose || noop;
    var onStatus = options.onStatus || noop;
    var syncFrame = options.sync || function () { return null; };
    var unanswered = 0; // pings sent since the last pong
    var syncTimer = null;
    var status = "";
    var ws = null;
    var halted = false;
    var backoff = BACKOFF_MIN;
    var failures = 0;
    var reconnectTimer = null;
    var pingTimer = null;
    var lines = new Set();

    function isOpen() {
      return ws !== null && ws.readyState === WebSocket.OPEN;
    }

    function send(frame) {
      if (!isOpen()) return false;
      try {
        ws.send(JSON.stringify(frame));
        return true;
      } catch (e) {
        return false;
      }
    }

    function detachAll() {
      lines.forEach(function (line) { line.detach(); });
    }

    function setStatus(next) {
      if (next === status) return;
      status = next;
      onStatus(next);
    }

    function stopTimers() {
      clearInterval(pingTimer);
      clearInterval(syncTimer);
    }

    function ping() {
      if (unanswered >= MISSED_PONGS) {
        // The connection is dead without the browser knowing: drop it and open a new one.
        var socket = ws;
        ws = null;
        stopTimers();
        detachAll();
        setStatus("reconnecting");
        if (socket) {
          try { socket.close(); } catch (e) { /* already closed */ }
        }
        failures += 1;
        scheduleReconnect();
        return;
      }
      unanswered += 1;
      send({ type: "ping" });
    }

    // A frame that says what seq a chat has reached: its line fetches what it has not seen.
    function noteSeq(frame) {
      var reached = [];
      if (frame.type === "chats" && Array.isArray(frame.chats)) {
        frame.chats.forEach(function (c) { reached.push([c.chat, c.last_seq]); });
      } else if (SEQ_FRAMES.indexOf(frame.type) !== -1) {
        reached.push([frame.chat, frame.type === "state" ? frame.last_seq : frame.seq]);
      }
      reached.forEach(function (pair) {
        if (typeof pair[1] !== "number") return;
        lines.forEach(function (line) {
          if (line.chat === undefined || line.chat === pair[0]) line.expect(pair[1]);
        });
      });
    }

    function open() {
      clearTimeout(reconnectTimer);
      reconnectTimer = null;
      if (ws !== null || halted || !wanted()) return;
      var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
      var socket;
      try {
        socket = new WebSocket(scheme + window.location.host + options.path);
      } catch (e) {
        scheduleReconnect();
        return;
      }
      ws = socket;
      detachAll();
      socket.onopen = function () {
        if (socket !== ws) return;
        send({ type: "hello", v: PROTOCOL_VERSION });
        stopTimers();
        unanswered = 0;
        pingTimer = setInterval(ping, PING_MS);
        syncTimer = setInterval(function () {
          var frame = syncFrame();
          if (frame) send(frame);
        }, SYNC_MS);
        onOpen();
      };
      socket.onmessage = function (event) {
        if (socket !== ws) return;
        var frame;
        try {
          frame = JSON.parse(event.data);
        } catch (e) {
          return;
        }
        if (!frame || typeof frame.type !== "string") return;
        unanswered = 0; // any frame shows the connection is alive
        if (frame.type === "hello") {
          backoff = BACKOFF_MIN;
          failures = 0;
          setStatus("online");
        } else if (frame.type === "error" && frame.fatal === true) {
          halted = true;
        } else if (frame.type === "error" && frame.ref === "fetch") {
          // A refused fetch must not leave gap recovery waiting for a history till reconnect.
          lines.forEach(function (line) { line.fetchRefused(); });
        }
        onFrame(frame);
        noteSeq(frame);
      };
      socket.onclose = function (event) {
        if (socket !== ws) return;
        ws = null;
        stopTimers();
        detachAll();
        if (FATAL_CLOSE.indexOf(event.code) !== -1) halted = true;
        var retrying = !halted && wanted();
        if (retrying) {
          failures += 1;
          setStatus("reconnecting");
        }
        onClose({ code: event.code, retrying: retrying, failures: failures });
        if (retrying) scheduleReconnect();
      };
      socket.onerror = function () { /* a close event follows */ };
    }

    function scheduleReconnect() {
      clearTimeout(reconnectTimer);
      reconnectTimer = setTimeout(open, backoff);
      backoff = Math.min(backoff * 2, BACKOFF_MAX);
    }

    // Connect now, unless connected, stopped or not wanted; the backoff starts again.
    function connect() {
      if (ws !== null || halted || !wanted()) return;
      backoff = BACKOFF_MIN;
      open();
    }

    function disconnect() {
      clearTimeout(reconnectTimer);
      stopTimers();
      var socket = ws;
      ws = null;
      detachAll();
      if (socket) {
        try { socket.close(1000); } catch (e) { /* already closed */ }
      }
    }

    // options: chat (its id on the worker's socket, which carries many; none on the client's),
    // lastSeq and outbox (as kept from an earlier page), onChange() (either of them changed).
    // lastSeq, maxSeen, outbox and attached are for reading only.
    function line(lineOptions) {
      var onChange = lineOptions.onChange || noop;
      var seen = new Map(); // seq -> what the page shows for it (or null)
      var catchUpTo = 0;    // messages up to this seq arrive in order without asking
      var fetching = false;
      var self = {
        chat: lineOptions.chat,
        lastSeq: lineOptions.lastSeq || 0, // every message up to it has been seen
        maxSeen: 0,
        outbox: lineOptions.outbox || [],
        attached: false
      };

      function frame(fields) {
        if (lineOptions.chat !== undefined) fields.chat = lineOptions.chat;
        return fields;
      }

      function sendItem(item) {
        send(frame({ type: "send", id: item.id, body: item.body }));
      }

      function fetch() {
        if (fetching || !self.attached) return;
        fetching = true;
        send(frame({ type: "fetch", after_seq: self.lastSeq }));
      }

      function advance(seq, trusted) {
        if (seq > self.maxSeen) self.maxSeen = seq;
        if (seq <= self.lastSeq) return;
        if (trusted || seq === self.lastSeq + 1) {
          self.lastSeq = seq;
          while (seen.has(self.lastSeq + 1)) self.lastSeq += 1;
          onChange();
        } else {
          fetch();
        }
      }

      // The server confirmed the chat on this socket: frames for it may go now.
      self.attach = function () { self.attached = true; };
      self.detach = function () {
        self.attached = false;
        fetching = false;
      };
      self.fetchRefused = function () { fetching = false; };
      // The server says the chat has reached seq: fetch if a message up to it is missing.
      self.expect = function (seq) {
        if (seq > self.maxSeen) self.maxSeen = seq;
        if (seq > self.lastSeq && !seen.has(seq)) fetch();
      };
      self.close = function () {
        self.detach();
        lines.delete(self);
      };

      self.has = function (seq) { return seen.has(seq); };
      self.shown = function (seq) { return seen.get(seq); };
      self.forgetShown = function () { seen.clear(); };
      // Messages up to seq come in order after an attach (with it or in a history).
      self.catchUp = function (seq) {
        if (typeof seq === "number" && seq > catchUpTo) catchUpTo = seq;
      };
      // A message seen for the first time; fetched: it came in a history, so nothing before
      // it is missing.
      self.saw = function (seq, shown, fetched) {
        seen.set(seq, shown);
        advance(seq, fetched || seq <= catchUpTo);
      };
      // A message seen before: a fetched copy still tells that nothing before it is missing.
      self.sawAgain = function (seq, fetched) {
        if (fetched || seq <= catchUpTo) advance(seq, true);
      };
      // A history has been handled: close what is still missing below the newest seen.
      self.fetched = function () {
        fetching = false;
        if (self.maxSeen <= self.lastSeq) return;
        for (var s = self.lastSeq + 1; s < self.maxSeen; s++) {
          if (!seen.has(s)) {
            fetch();
            return;
          }
        }
        advance(self.maxSeen, true);
      };
      // Our message id got seq; shown is what the page shows for it, if seq is new.
      self.acked = function (id, seq, shown) {
        self.drop(id);
        if (!seen.has(seq)) seen.set(seq, shown === undefined ? null : shown);
        advance(seq, false);
      };

      // Queues a message (sent at once when attached) and returns its {id, body, at}.
      self.post = function (body) {
        var item = { id: newId(), body: body, at: new Date().toISOString() };
        self.outbox.push(item);
        onChange();
        if (self.attached) sendItem(item);
        return item;
      };
      self.flush = function () {
        if (self.attached) self.outbox.forEach(sendItem);
      };
      self.drop = function (id) {
        var before = self.outbox.length;
        self.outbox = self.outbox.filter(function (item) { return item.id !== id; });
        if (self.outbox.length !== before) onChange();
      };
      self.clearOutbox = function () {
        self.outbox = [];
        onChange();
      };

      lines.add(self);
      return self;
    }

    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") connect();
    });
    window.addEventListener("online", connect);

    return {
      isOpen: isOpen,
      send: send,
      connect: connect,
      disconnect: disconnect,
      // Stop reconnecting (the chat was blocked): only reset() allows it again.
      halt: function () { halted = true; },
      isHalted: function () { return halted; },
      // A new chat begins: forget a fatal stop and the failures before it.
      reset: function () {
        halted = false;
        failures = 0;
        backoff = BACKOFF_MIN;
      },
      line: line
    };
  }

  window.TukipisteSocket = { create: create };
})();
