/* OCOP offline search: the matcher for the index that `ocop build` writes
 * (src/search.rs documents the format and the ranking; keep both in step).
 * Plain ES2017, no dependencies; used by the website's search page and by
 * the kiosk. Exposes window.OcopSearch = { fold, words, Index }. */
(function (root) {
  'use strict';

  var MARKS = /[\u0300-\u036f]/g;
  var NOT_WORD = /[^\p{Alphabetic}\p{N}]+/u;
  var MAX_TERM_CHARS = 32;

  /* NFD, combining marks U+0300–U+036F removed, đ/Đ → d, lower case:
   * the same rules as fold() in src/search.rs. */
  function fold(text) {
    return String(text).normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }

  function words(text) {
    return fold(text).split(NOT_WORD).filter(Boolean).map(function (w) {
      return w.length > MAX_TERM_CHARS ? Array.from(w).slice(0, MAX_TERM_CHARS).join('') : w;
    });
  }

  /* Postings: deltas in base 32, most significant digit first; every digit
   * but the last from MORE, the last from LAST. */
  var LAST = '0123456789abcdefghijklmnopqrstuv';
  var MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ()*+-.';
  var DIGIT = new Int8Array(128).fill(-1);
  var ENDS = new Uint8Array(128);
  for (var k = 0; k < 32; k++) {
    DIGIT[LAST.charCodeAt(k)] = k;
    ENDS[LAST.charCodeAt(k)] = 1;
    DIGIT[MORE.charCodeAt(k)] = k;
  }

  function decode(text) {
    var count = 0, i, c;
    for (i = 0; i < text.length; i++) count += ENDS[text.charCodeAt(i)];
    var out = new Int32Array(count);
    var value = 0, prev = 0, n = 0;
    for (i = 0; i < text.length; i++) {
      c = text.charCodeAt(i);
      value = value * 32 + DIGIT[c];
      if (ENDS[c]) { prev += value; out[n++] = prev; value = 0; }
    }
    return out;
  }

  function Index(data) {
    this.groups = data.groups;
    this.docs = data.docs;
    this.terms = data.terms;
    this.post = data.post;
    this.initials = data.initials || {};
    this.cache = new Map();
    var n = data.docs.length;
    this.best = new Uint8Array(n);
    this.worst = new Uint8Array(n);
    this.sum = new Uint16Array(n);
  }

  Index.prototype.postings = function (i) {
    var p = this.cache.get(i);
    if (!p) { p = decode(this.post[i]); this.cache.set(i, p); }
    return p;
  };

  /* First term not less than w (UTF-16 order, as the build sorted them). */
  Index.prototype.lowerBound = function (w) {
    var terms = this.terms, lo = 0, hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (terms[mid] < w) lo = mid + 1; else hi = mid;
    }
    return lo;
  };

  /* Documents matching every word of the query as a word prefix, best
   * first: [{ doc, field }] where field is the worst field a word needed
   * (0 name, 1 summary, 2 body). */
  Index.prototype.search = function (query) {
    var ws = words(query);
    if (!ws.length) return [];
    var n = this.docs.length, terms = this.terms;
    var best = this.best, worst = this.worst, sum = this.sum;
    worst.fill(0);
    sum.fill(0);
    for (var q = 0; q < ws.length; q++) {
      var w = ws[q];
      best.fill(255);
      var single = Array.from(w).length === 1;
      if (single) {
        /* One letter: names only, from the initials table (src/search.rs). */
        var key = 'initial:' + w, list = this.cache.get(key);
        if (!list) { list = decode(this.initials[w] || ''); this.cache.set(key, list); }
        for (var m = 0; m < list.length; m++) best[list[m] >> 2] = 1;
      }
      for (var i = single ? terms.length : this.lowerBound(w); i < terms.length && terms[i].startsWith(w); i++) {
        var prefix = terms[i] === w ? 0 : 1;
        var p = this.postings(i);
        for (var j = 0; j < p.length; j++) {
          var v = p[j], d = v >> 2, code = (v & 3) * 2 + prefix;
          if (code < best[d]) best[d] = code;
        }
      }
      for (var d2 = 0; d2 < n; d2++) {
        var b = best[d2];
        if (b === 255) worst[d2] = 255;
        else if (worst[d2] !== 255) {
          if ((b >> 1) > worst[d2]) worst[d2] = b >> 1;
          sum[d2] += b;
        }
      }
    }
    var hits = [];
    for (var d3 = 0; d3 < n; d3++) {
      if (worst[d3] !== 255) hits.push(d3);
    }
    hits.sort(function (a, b) { return (worst[a] - worst[b]) || (sum[a] - sum[b]) || (a - b); });
    return hits.map(function (d) { return { doc: d, field: worst[d] }; });
  };

  root.OcopSearch = { fold: fold, words: words, Index: Index };
})(typeof window !== 'undefined' ? window : globalThis);
