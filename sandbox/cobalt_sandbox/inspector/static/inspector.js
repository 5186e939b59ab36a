// The sandbox inspector. It polls one snapshot a second and redraws what changed. Every value is
// written with textContent (patient data included): nothing from the sandbox is ever parsed as HTML.
(function () {
  "use strict";
  var POLL_MS = 1000;
  var selected = null; // id of the event whose details are open
  var lastSnapshot = "";
  var lastDetail = "";

  function $(id) { return document.getElementById(id); }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function row(values) {
    var tr = document.createElement("tr");
    values.forEach(function (v) { tr.appendChild(v instanceof Node ? wrapCell(v) : el("td", v === null ? "" : v)); });
    return tr;
  }

  function wrapCell(node) { var td = document.createElement("td"); td.appendChild(node); return td; }

  function status(text) { return el("span", text || "\u2014", "status-" + (text || "none")); }

  function api(method, path, body) {
    var init = { method: method, credentials: "same-origin", headers: {} };
    if (method !== "GET") {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body || {});
    }
    return fetch(path, init).then(function (resp) {
      return resp.json().then(function (data) {
        if (!resp.ok || data.success === false) { throw new Error(data.message || ("HTTP " + resp.status)); }
        return data;
      });
    });
  }

  function note(id, text) { var n = $(id); n.textContent = text || ""; n.hidden = !text; }

  // -- events ----------------------------------------------------------------------------------
  function drawEvents(list) {
    var body = $("events").tBodies[0];
    body.textContent = "";
    list.forEach(function (e) {
      var tr = row([e.type, e.job_id, e.created, status(e.delivery_status), e.attempts, e.last_answer]);
      tr.className = "clickable" + (e.id === selected ? " selected" : "");
      tr.dataset.id = e.id;
      tr.addEventListener("click", function () { open(e.id); });
      body.appendChild(tr);
    });
    $("events-empty").hidden = list.length > 0;
  }

  function open(id) {
    selected = id;
    lastDetail = "";
    note("detail-message", "");
    Array.prototype.forEach.call($("events").tBodies[0].rows, function (tr) {
      tr.classList.toggle("selected", tr.dataset.id === id);
    });
    refreshDetail();
  }

  function refreshDetail() {
    if (!selected) { return Promise.resolve(); }
    var id = selected;
    return api("GET", "/_sandbox/inspect/events/" + encodeURIComponent(id)).then(function (data) {
      var text = JSON.stringify(data.event);
      if (id !== selected || text === lastDetail) { return; }
      lastDetail = text;
      drawDetail(data.event);
    }, function (err) { note("detail-message", err.message); });
  }

  function drawDetail(e) {
    $("detail").hidden = false;
    $("detail-type").textContent = e.type;
    $("detail-id").textContent = e.id;
    $("detail-job").textContent = e.job_id === null ? "none" : e.job_id;
    $("detail-created").textContent = e.created;
    $("detail-status").textContent = e.delivery_status || "no webhook";
    var attempts = $("attempts").tBodies[0];
    attempts.textContent = "";
    e.deliveries.forEach(function (a) {
      var answer = a.status_code !== null ? "HTTP " + a.status_code : (a.error || "") + (a.reason ? ": " + a.reason : "");
      var latency = a.latency_ms === null || a.latency_ms === undefined ? "" : a.latency_ms + " ms";
      attempts.appendChild(row([a.attempt, a.url, a.at, answer, latency, el("code", a.response_excerpt || "")]));
    });
    $("attempts-empty").hidden = e.deliveries.length > 0;
    var headers = $("headers").tBodies[0];
    headers.textContent = "";
    var last = e.deliveries.length ? e.deliveries[e.deliveries.length - 1].headers : {};
    Object.keys(last || {}).forEach(function (name) { headers.appendChild(row([name, el("code", last[name])])); });
    $("signed-body").textContent = e.signed_body;
    $("envelope").textContent = JSON.stringify(e.envelope, null, 2);
  }

  // -- jobs and tokens ------------------------------------------------------------------------------
  function drawJobs(list) {
    var body = $("jobs").tBodies[0];
    body.textContent = "";
    list.forEach(function (j) { body.appendChild(row([j.id, j.operation, status(j.status), j.due, j.failure])); });
  }

  function tokenButton(t) {
    var expired = t.status === "expired";
    var b = el("button", expired ? "Restore" : "Expire", expired ? "" : "secondary");
    b.type = "button";
    b.dataset.handle = t.handle;
    b.addEventListener("click", function () {
      api("POST", "/_sandbox/inspect/tokens/" + t.handle + (expired ? "/restore" : "/expire"), {}).then(poll, controlError);
    });
    return b;
  }

  function drawTokens(list) {
    var body = $("tokens").tBodies[0];
    body.textContent = "";
    list.forEach(function (t) {
      body.appendChild(row([el("code", t.token), t.reference_id, t.user_id, t.ehr, t.persona, status(t.status),
        t.password_expires_at, tokenButton(t)]));
    });
  }

  // -- snapshot -----------------------------------------------------------------------------------
  function draw(s) {
    $("clock").textContent = "sandbox time " + s.now + (s.fake_clock ? " (fake clock)" : "");
    $("count-events").textContent = "(" + s.counts.events + ")";
    $("count-jobs").textContent = "(" + s.counts.pending_jobs + " pending)";
    drawEvents(s.events);
    drawJobs(s.jobs);
    drawTokens(s.tokens);
    var waiting = Object.keys(s.fail_next).map(function (k) { return k + " \u00d7" + s.fail_next[k].length; });
    $("fail-next").textContent = waiting.length ? waiting.join(", ") : "none";
    $("faults-now").textContent = "latency " + s.faults.latency + " s, error rate " + s.faults.error_rate;
    $("clock-advance").disabled = !s.fake_clock;
    $("clock-note").textContent = s.fake_clock ? "" : "The sandbox runs on the real clock (start it with --fake-clock to move time).";
  }

  function poll() {
    return api("GET", "/_sandbox/inspect/snapshot").then(function (s) {
      $("live").textContent = "live";
      $("live").classList.remove("stale");
      var text = JSON.stringify(s);
      if (text !== lastSnapshot) { lastSnapshot = text; draw(s); }
      return refreshDetail();
    }, function () {
      $("live").textContent = "sandbox not answering";
      $("live").classList.add("stale");
    });
  }

  function loop() { poll().then(function () { window.setTimeout(loop, POLL_MS); }); }

  // -- controls -----------------------------------------------------------------------------------
  function controlDone(text) { note("control-message", text); poll(); }
  function controlError(err) { note("control-message", "Refused: " + err.message); }

  function wire() {
    Array.prototype.forEach.call(document.querySelectorAll(".tabs button"), function (b) {
      b.addEventListener("click", function () {
        Array.prototype.forEach.call(document.querySelectorAll(".tabs button"), function (o) {
          o.classList.toggle("active", o === b);
          $("tab-" + o.dataset.tab).hidden = o !== b;
        });
      });
    });
    $("resend").addEventListener("click", function () {
      api("POST", "/_sandbox/inspect/events/" + encodeURIComponent(selected) + "/resend", {}).then(function () {
        note("detail-message", "Resent; the new attempts appear below.");
        poll();
      }, function (err) { note("detail-message", err.message); });
    });
    $("fail-form").addEventListener("submit", function (event) {
      event.preventDefault();
      api("POST", "/_sandbox/jobs/fail-next", { kind: $("fail-kind").value, reason: $("fail-reason").value })
        .then(function () { controlDone("The next job of that kind will fail."); }, controlError);
    });
    $("faults-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var body = { latency: Number($("fault-latency").value), error_rate: Number($("fault-error-rate").value) };
      api("POST", "/_sandbox/faults", body).then(function () { controlDone("Faults applied."); }, controlError);
    });
    $("faults-clear").addEventListener("click", function () {
      api("DELETE", "/_sandbox/faults").then(function () { controlDone("Faults cleared."); }, controlError);
    });
    $("clock-form").addEventListener("submit", function (event) {
      event.preventDefault();
      api("POST", "/_sandbox/clock/advance", { seconds: Number($("clock-seconds").value) })
        .then(function (r) { controlDone("Clock advanced; " + r.completed_jobs + " job(s) finished."); }, controlError);
    });
  }

  document.addEventListener("DOMContentLoaded", function () { wire(); loop(); });
})();
