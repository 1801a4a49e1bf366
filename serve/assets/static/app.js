// Search as you type: the search page works without this; with it, results follow the input.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    var t = e.target.tagName;
    if (e.key === "/" && t !== "INPUT" && t !== "TEXTAREA") {
      var q = document.getElementById("q") || document.getElementById("q-top");
      if (q) { e.preventDefault(); q.focus(); q.select(); }
    }
  });
  var q = document.getElementById("q"), out = document.getElementById("results");
  if (!q || !out || !window.fetch) return;
  var timer, ctl;
  q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  function run() {
    var v = q.value.trim();
    if (ctl) ctl.abort();
    ctl = new AbortController();
    fetch("/search?fragment=1&q=" + encodeURIComponent(v), { signal: ctl.signal })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        out.innerHTML = html;
        history.replaceState(null, "", v ? "/search?q=" + encodeURIComponent(v) : "/");
      })
      .catch(function () {});
  }
})();
