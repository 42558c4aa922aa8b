/* The website's search page (themes/default/templates/search.html): results
 * while typing, the query kept in ?q= so a search can be shared. */
(function () {
  'use strict';
  var page = document.querySelector('[data-search-page]');
  if (!page || !window.OcopSearch || !window.OCOP_SEARCH_INDEX) return;
  var ds = page.dataset;
  var index = new OcopSearch.Index(window.OCOP_SEARCH_INDEX);
  var input = document.getElementById('search-q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var groups = {};
  ds.groups.split('|').forEach(function (pair) {
    var at = pair.indexOf('=');
    groups[pair.slice(0, at)] = pair.slice(at + 1);
  });
  var SHOWN = 60;
  var sections = ['products', 'tourism'];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function card(doc) {
    var kind = doc[0], slug = doc[1], section = sections[kind];
    var other = ds.lang !== ds.defaultLang;
    var name = other && doc[3] ? doc[3] : doc[2];
    var li = el('li', 'card');
    var a = el('a', 'card-link');
    a.href = ds.home + section + '/' + slug + '/';
    if (doc[4]) {
      var img = el('img', 'card-img');
      img.src = ds.root + doc[4];
      img.alt = '';
      img.loading = 'lazy';
      a.appendChild(img);
    } else {
      a.appendChild(el('span', 'card-img card-img-empty'));
    }
    var body = el('span', 'card-body');
    var code = index.groups[doc[5]];
    body.appendChild(el('span', 'card-group', kind === 1 ? ds.tourism : groups[code] || ''));
    var title = el('span', 'card-title', name);
    if (other && !doc[3]) title.lang = ds.defaultLang;
    body.appendChild(title);
    a.appendChild(body);
    li.appendChild(a);
    return li;
  }

  function show(query) {
    list.textContent = '';
    if (!query.trim()) { status.textContent = ''; return; }
    var hits = index.search(query);
    var n = hits.length;
    status.textContent = n === 0 ? ds.none
      : (n === 1 ? ds.countOne : ds.count).replace('{n}', n.toLocaleString(ds.lang))
        + (n > SHOWN ? ' ' + ds.more.replace('{shown}', SHOWN) : '');
    var frag = document.createDocumentFragment();
    hits.slice(0, SHOWN).forEach(function (h) { frag.appendChild(card(index.docs[h.doc])); });
    list.appendChild(frag);
  }

  input.addEventListener('input', function () {
    var q = input.value;
    show(q);
    history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname);
  });
  input.form.addEventListener('submit', function (e) { e.preventDefault(); show(input.value); input.blur(); });
  var initial = new URLSearchParams(location.search).get('q') || '';
  input.value = initial;
  show(initial);
  if (!initial) input.focus();
})();
