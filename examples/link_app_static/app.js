// The example app's page: ask our server for a link token, open Cobalt Link, hand the public token back.
(function () {
  "use strict";
  function status(text) { document.getElementById("status").textContent = text; }

  function post(path, body) {
    return fetch(path, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {})
    }).then(function (r) { return r.json(); });
  }

  function connect() {
    post("/api/link-token").then(function (created) {
      window.CobaltLink.init({
        token: created.link_token,
        onSuccess: function (publicToken) {
          status("Finishing\u2026");
          post("/api/exchange", { public_token: publicToken }).then(function () {
            status(created.update ? "Reconnected." : "Connected.");
          });
        },
        onExit: function (info) { status("Link closed: " + (info.error || "no reason")); }
      });
    });
  }

  function load() {
    fetch("/api/appointments").then(function (r) { return r.json(); }).then(function (body) {
      if (body.error === "login_required") {
        status("Your EHR login expired: reconnect it.");
      } else if (body.error) {
        status("Connect your EHR first.");
      } else {
        status(body.appointments + " appointments this month.");
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.getElementById("connect").addEventListener("click", connect);
    document.getElementById("load").addEventListener("click", load);
  });
})();
