// Cobalt Link for the sandbox, Lightbox mode: window.CobaltLink.init({token, onSuccess, onExit}).
// Include it with <script src="http://127.0.0.1:PORT/link/cobalt-link.js"></script>; it opens the
// sandbox's Link page in a full-screen modal and calls onSuccess(public_token) once.
(function () {
  "use strict";
  var script = document.currentScript;
  var linkOrigin = new URL(script ? script.src : "/", window.location.href).origin;
  var open = null;

  function close() {
    if (!open) { return; }
    window.removeEventListener("message", open.listener);
    open.overlay.remove();
    open = null;
  }

  function init(options) {
    if (!options || typeof options.token !== "string" || options.token === "") {
      throw new TypeError("CobaltLink.init needs {token: <link_token>, onSuccess: function (public_token) {...}}");
    }
    close();
    var overlay = document.createElement("div");
    overlay.id = "cobalt-link-overlay";
    Object.assign(overlay.style, {
      position: "fixed", inset: "0", zIndex: "2147483647", background: "rgba(15, 20, 35, 0.55)",
      display: "flex", alignItems: "center", justifyContent: "center"
    });
    var frame = document.createElement("iframe");
    frame.id = "cobalt-link-frame";
    frame.title = "Cobalt Link";
    var url = new URL("/link/", linkOrigin);
    url.searchParams.set("token", options.token);
    url.searchParams.set("mode", "lightbox");
    url.searchParams.set("origin", window.location.origin);
    frame.src = url.href;
    Object.assign(frame.style, {
      width: "min(460px, 100vw)", height: "min(640px, 100vh)", border: "0", borderRadius: "12px", background: "#eef1f6"
    });
    overlay.appendChild(frame);
    var done = false;
    var listener = function (event) {
      // Only the Link frame this call opened, from the sandbox's origin, is listened to.
      if (event.origin !== linkOrigin || event.source !== frame.contentWindow) { return; }
      var data = event.data || {};
      if (data.source !== "cobalt-link" || done) { return; }
      if (data.type === "success" && typeof data.public_token === "string") {
        done = true;
        close();
        if (typeof options.onSuccess === "function") { options.onSuccess(data.public_token); }
      } else if (data.type === "exit") {
        done = true;
        close();
        if (typeof options.onExit === "function") { options.onExit({ error: data.error, message: data.message }); }
      }
    };
    window.addEventListener("message", listener);
    document.body.appendChild(overlay);
    open = { overlay: overlay, listener: listener };
  }

  window.CobaltLink = { init: init, close: close };
})();
