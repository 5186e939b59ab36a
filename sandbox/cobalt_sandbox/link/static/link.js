// The sandbox's Cobalt Link page. Every value from the server is written with textContent (never as
// HTML); the page talks only to its own origin, in JSON.
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var linkToken = params.get("token") || "";
  var callbackUrl = params.get("callback_url") || "";
  var parentOrigin = params.get("origin") || "";
  var inLightbox = params.get("mode") === "lightbox" && window.parent !== window && parentOrigin !== "";
  var SECTIONS = ["loading", "choose", "credentials", "mfa", "connected", "ended"];

  function $(id) { return document.getElementById(id); }

  function show(name) {
    SECTIONS.forEach(function (s) { $(s).hidden = s !== name; });
    $("personas-box").hidden = !(name === "credentials" || name === "mfa");
  }

  function say(id, text) {
    var el = $(id);
    el.textContent = text || "";
    el.hidden = !text;
  }

  function tell(message) {
    // Lightbox: tell the app's page (and only it: postMessage to its exact origin).
    if (inLightbox) { window.parent.postMessage(Object.assign({ source: "cobalt-link" }, message), parentOrigin); }
  }

  function call(step, body) {
    body.token = linkToken;
    return fetch("/link/api/" + step, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body)
    }).then(function (resp) { return resp.json(); });
  }

  var exitInfo = { error: "user_closed" };

  function end(message, code) {
    // Shown until the user closes Link; the app's onExit then learns why.
    exitInfo = { error: code || "error", message: message };
    say("ended-error", message);
    show("ended");
  }

  function fillPersonas(list) {
    var body = $("personas");
    body.textContent = "";
    list.forEach(function (p) {
      var row = document.createElement("tr");
      [p.username, p.password, p.behaviour].forEach(function (value) {
        var cell = document.createElement("td");
        cell.textContent = value;
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
  }

  function fillEhrs(list) {
    var ul = $("ehr-list");
    ul.textContent = "";
    list.forEach(function (ehr) {
      var li = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = ehr.name;
      button.dataset.ehr = ehr.id;
      button.addEventListener("click", function () { call("ehr", { ehr: ehr.id }).then(render); });
      li.appendChild(button);
      ul.appendChild(li);
    });
  }

  function render(view) {
    if (!view.success) { end(view.message, view.error); return; }
    if (view.personas) { fillPersonas(view.personas); }
    if (view.step === "choose_ehr") {
      fillEhrs(view.ehrs);
      show("choose");
    } else if (view.step === "credentials") {
      var name = view.ehr ? view.ehr.name : "your EHR";
      $("credentials-title").textContent = (view.mode === "update" ? "Reconnect " : "Sign in to ") + name;
      $("credentials-hint").textContent = view.mode === "update"
        ? "Your EHR login stopped working. Sign in again to restore the connection."
        : "Use the username and password you sign in to " + name + " with.";
      $("back").hidden = view.mode === "update";
      say("credentials-error", view.message);
      if (view.message) { $("password").value = ""; }
      show("credentials");
      $(view.message ? "password" : "username").focus();
    } else if (view.step === "mfa") {
      say("mfa-error", view.message);
      $("code").value = "";
      show("mfa");
      $("code").focus();
    } else if (view.step === "connected") {
      connected(view);
    } else if (view.step === "ended") {
      end(view.message, view.error);
    }
  }

  function connected(view) {
    show("connected");
    if (inLightbox) {
      $("connected-text").textContent = "Your EHR account is connected. You can close this window.";
      tell({ type: "success", public_token: view.public_token });
    } else if (view.redirect_url) {
      $("connected-text").textContent = "Connected. Returning to your app\u2026";
      window.location.replace(view.redirect_url);
    } else {
      $("connected-text").textContent = "Connected. No callback_url was given, so here is the public token:";
      $("public-token").textContent = view.public_token;
      $("public-token-line").hidden = false;
    }
  }

  function start() {
    $("credentials-form").addEventListener("submit", function (event) {
      event.preventDefault();
      call("credentials", { username: $("username").value, password: $("password").value }).then(render);
    });
    $("mfa-form").addEventListener("submit", function (event) {
      event.preventDefault();
      call("code", { code: $("code").value }).then(render);
    });
    $("back").addEventListener("click", function () { show("choose"); });
    $("close").hidden = !inLightbox;
    document.body.classList.toggle("in-lightbox", inLightbox);
    $("close").addEventListener("click", function () { tell(Object.assign({ type: "exit" }, exitInfo)); });
    if (!linkToken) { end("This page needs a link token: open it as /link?token={link_token}.", "missing_token"); return; }
    var body = callbackUrl ? { callback_url: callbackUrl } : {};
    call("start", body).then(render, function () { end("The sandbox did not answer.", "network"); });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
