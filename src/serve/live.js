// ocop serve: reload after each rebuild; show build errors over the page.
(function () {
  "use strict";
  var ID = "ocop-error-overlay";
  function hide() {
    var old = document.getElementById(ID);
    if (old) old.remove();
  }
  function show(heading, report) {
    hide();
    var box = document.createElement("div");
    box.id = ID;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;padding:24px;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace";
    var title = document.createElement("h2");
    title.textContent = heading;
    title.style.cssText = "margin:0 0 12px;font:600 18px/1.3 system-ui,sans-serif;color:#ffb4a8";
    var pre = document.createElement("pre");
    pre.textContent = report;
    pre.style.cssText = "white-space:pre-wrap;margin:0";
    box.appendChild(title);
    box.appendChild(pre);
    document.body.appendChild(box);
  }
  var source = new EventSource("/__ocop/events");
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("errors", function (e) {
    var data = JSON.parse(e.data);
    show(data.title, data.report);
  });
  fetch("/__ocop/status").then(function (r) { return r.json(); }).then(function (s) {
    if (s.errors) show(s.title, s.errors);
  }).catch(function () {});
})();
