/* Loads the kiosk's data (issue #19). Under file:// browsers refuse
 * to fetch files, but run a <script> from the same folder: each data file that
 * `ocop build` writes is one call, OcopKioskData("<name>", <data>), of the
 * registration function below. OCOP_KIOSK.need(names, done) adds the
 * scripts not loaded yet (data/<name>.js) and calls done() once every one
 * has registered; OCOP_KIOSK.data[name] is then its data. A file that
 * cannot be loaded is reported to done(error). Plain ES2017, no network. */
(function () {
  'use strict';

  var K = window.OCOP_KIOSK = window.OCOP_KIOSK || {};
  var data = K.data = {};
  var waiting = {}; /* name -> callbacks, while its script loads */

  window.OcopKioskData = function (name, value) {
    data[name] = value;
  };

  /* Loads one script (data/<name>.js, or a path ending in .js) once. */
  function load(name, done) {
    if (name in data) { done(); return; }
    if (waiting[name]) { waiting[name].push(done); return; }
    waiting[name] = [done];
    var s = document.createElement('script');
    s.src = /\.js$/.test(name) ? name : 'data/' + name + '.js';
    function end(error) {
      if (!error && !(name in data)) data[name] = true; /* a plain script */
      var list = waiting[name];
      delete waiting[name];
      list.forEach(function (f) { f(error); });
    }
    s.onload = function () { end(null); };
    s.onerror = function () { s.remove(); end(new Error('cannot load ' + s.src)); };
    document.head.appendChild(s);
  }

  K.need = function (names, done) {
    var left = names.length, failed = null;
    if (!left) { done(null); return; }
    names.forEach(function (name) {
      load(name, function (error) {
        failed = failed || error;
        if (--left === 0) done(failed);
      });
    });
  };
})();
