/* OCOP trade-fair kiosk (issue #7): a single-page app drawn from the data
 * scripts that `ocop build` writes next to it. Plain ES2017, no
 * dependencies, no network: it works from file:// with the cable unplugged.
 *
 * Data (issue #19): index.html loads data/config.js (settings, every
 * record's slug) and data/index.<default language>.js (cards and lists);
 * the rest is loaded by js/load.js when a screen needs it: another
 * language's index, a record's slice (data/<lang>/products-<n>.js: full
 * records), the search index (data/search.js). A screen is drawn once its
 * data is there; then the event "ocop-drawn" is sent on window.
 *
 * Screens live in the URL fragment (#/product/<slug>, #/group/food, …).
 * Nothing here leads out of the kiosk: shops, web sites and maps are QR
 * codes in the data, drawn as pictures. After config.idle_seconds without
 * a touch (override: index.html?idle=5 or index.html#idle=5) the attract
 * loop starts; a touch ends it and opens the home screen in the language
 * touched (anywhere else: the default language). */
(function () {
  'use strict';

  var K = window.OCOP_KIOSK;
  var config = K.data.config;
  var LANGS = config.languages;
  var DEFAULT = config.default_lang;
  var SLIDE_MS = 6000;
  var RESULTS_SHOWN = 40;
  var index = null; /* the search index, made when the search screen first opens */
  var app = document.getElementById('app');
  var attract = document.getElementById('attract');
  var state = { lang: DEFAULT, query: '', stack: [], attract: false };

  var idleMatch = /[?#&]idle=(\d+(?:\.\d+)?)/.exec(location.search + location.hash);
  var idleMs = 1000 * (idleMatch ? Number(idleMatch[1]) : config.idle_seconds);
  if (/^#idle=/.test(location.hash)) history.replaceState(null, '', '#/');

  /* A record's number (its place in the catalogue) by slug. */
  var number = { product: {}, tourism: {} };
  config.products.forEach(function (s, i) { number.product[s] = i; });
  config.tourism.forEach(function (s, i) { number.tourism[s] = i; });
  function numbers(kind, slugs) {
    return slugs.map(function (s) { return number[kind][s]; }).filter(function (n) { return n != null; });
  }

  /* The index of a language (loaded), and its lookups by slug and code. */
  function I(l) { return K.data['index.' + l]; }
  var by = {};
  function M(l) {
    l = l || state.lang;
    if (!by[l]) {
      var d = I(l), m = { commune: {}, group: {}, product: [], tourism: [] };
      d.communes.forEach(function (c) { m.commune[c.slug] = c; });
      d.groups.forEach(function (g) { m.group[g.code] = g; });
      by[l] = m;
    }
    return by[l];
  }
  function D() { return I(state.lang); }

  /* A card (data/index.<lang>.js holds it as an array, see src/kiosk.rs),
   * as an object with the full record's field names. */
  function card(kind, n, l) {
    l = l || state.lang;
    var m = M(l), c = m[kind][n];
    if (c) return c;
    var a = I(l)[kind === 'product' ? 'products' : 'tourism'][n];
    if (!a) return null;
    c = kind === 'product'
      ? { slug: config.products[n], name: a[0], text_lang: a[1], group: a[2], group_label: (m.group[a[2]] || {}).label,
          commune_name: a[3], stars: a[4], price: a[5], unit: a[6], photos: a[7] ? [a[7]] : [], sample: !!a[8] }
      : { slug: config.tourism[n], name: a[0], text_lang: a[1], commune_name: a[2], photos: a[3] ? [a[3]] : [], sample: !!a[4] };
    m[kind][n] = c;
    return c;
  }

  /* The data file holding a record's full data, and the record. */
  function sliceName(kind, slug, l) {
    var n = number[kind][slug];
    return n == null ? null : l + '/' + (kind === 'product' ? 'products' : 'tourism') + '-' + Math.floor(n / config.slice);
  }
  function record(kind, slug) {
    var name = sliceName(kind, slug, state.lang), slice = name && K.data[name];
    return slice && slice[number[kind][slug] % config.slice];
  }
  function t(key, n) {
    var s = D().strings[key] || key;
    return n == null ? s : s.replace('{n}', n);
  }
  function count(n) { return t(n === 1 ? 'count.products_one' : 'count.products', n); }

  /* h('div', {class: 'x', onclick: f}, child, [children], 'text') */
  function h(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v == null || v === false) return;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k === 'html') e.innerHTML = v;
        else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : v);
      });
    }
    for (var i = 2; i < arguments.length; i++) add(e, arguments[i]);
    return e;
  }
  function add(e, c) {
    if (c == null || c === false || c === 0 || c === '') return;
    if (Array.isArray(c)) c.forEach(function (x) { add(e, x); });
    else e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }

  /* ---- navigation ---- */
  function here() { return location.hash.replace(/^#/, '') || '/'; }
  function go(path) {
    if (path === here()) return;
    state.stack.push(here());
    location.hash = '#' + path;
  }
  function back() {
    var prev = state.stack.pop() || '/';
    location.replace('#' + prev);
  }
  function home() {
    state.stack = [];
    if (here() === '/') render(); else location.replace('#/');
  }

  /* ---- pieces ---- */
  var ICONS = {
    home: 'M3 11.5 12 4l9 7.5M5.5 9.5V20h13V9.5',
    back: 'M15 5l-7 7 7 7',
    search: 'M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.5 15.5 21 21',
    globe: 'M12 2.5a9.5 9.5 0 1 1 0 19 9.5 9.5 0 0 1 0-19zM2.5 12h19M12 2.5c3 3.2 3 15.8 0 19M12 2.5c-3 3.2-3 15.8 0 19'
  };
  function icon(name) {
    return h('span', { class: 'icon', 'aria-hidden': 'true', html: '<svg viewBox="0 0 24 24"><path d="' + ICONS[name] + '"/></svg>' });
  }

  function nextLang() { return LANGS[(LANGS.indexOf(state.lang) + 1) % LANGS.length]; }

  function bar(title, atHome, atSearch) {
    var other = nextLang();
    return h('header', { class: 'bar' },
      atHome ? h('span', { class: 'brand-mark', 'aria-hidden': 'true', text: 'OCOP' })
        : [h('button', { class: 'bar-button', type: 'button', id: 'nav-home', onclick: home }, icon('home'), h('span', { text: t('nav.home') })),
          h('button', { class: 'bar-button', type: 'button', id: 'nav-back', onclick: back }, icon('back'), h('span', { text: t('kiosk.back') }))],
      h('span', { class: 'bar-title', text: title }),
      !atSearch && h('button', { class: 'bar-button', type: 'button', id: 'nav-search', onclick: function () { go('/search'); } }, icon('search'), h('span', { text: t('kiosk.search') })),
      other !== state.lang && h('button', {
        class: 'bar-button bar-lang', type: 'button', id: 'lang-toggle', lang: other,
        onclick: function () { state.lang = other; render(); }
      }, icon('globe'), h('span', { text: config.lang_names[other] })));
  }

  function stars(n, big) {
    if (!n) return null;
    return h('span', { class: 'stars' + (big ? ' stars-big' : ''), role: 'img', 'aria-label': t('stars.label', n) },
      '★★★★★'.slice(0, n) + '☆☆☆☆☆'.slice(0, 5 - n));
  }

  function sampleBadge(rec) { return rec.sample ? h('span', { class: 'badge', text: t('badge.sample') }) : null; }

  function photo(p, cls) {
    if (!p) return h('span', { class: (cls || '') + ' photo-empty', 'aria-hidden': 'true' });
    return h('img', { class: cls || '', src: p.src, alt: p.alt, width: p.w, height: p.h, draggable: 'false' });
  }

  function productCard(p) {
    return h('button', { class: 'card', type: 'button', 'data-slug': p.slug, 'data-kind': 'product', onclick: function () { go('/product/' + p.slug); } },
      photo(p.photos[0], 'card-img'),
      h('span', { class: 'card-body' },
        h('span', { class: 'card-name', lang: p.text_lang, text: p.name }),
        p.commune_name && h('span', { class: 'card-meta', text: p.commune_name }),
        stars(p.stars),
        h('span', { class: 'card-price', text: p.price ? p.price + (p.unit ? ' / ' + p.unit : '') : t('price.on_request') }),
        sampleBadge(p)));
  }

  function tourismCard(x) {
    return h('button', { class: 'card', type: 'button', 'data-slug': x.slug, 'data-kind': 'tourism', onclick: function () { go('/tourism/' + x.slug); } },
      photo(x.photos[0], 'card-img'),
      h('span', { class: 'card-body' },
        h('span', { class: 'card-group', text: t('section.tourism') }),
        h('span', { class: 'card-name', lang: x.text_lang, text: x.name }),
        x.commune_name && h('span', { class: 'card-meta', text: x.commune_name }),
        sampleBadge(x)));
  }

  function cards(list) { return h('div', { class: 'cards' }, list); }
  function products(ns) { return ns.map(function (n) { return productCard(card('product', n)); }); }
  function places(ns) { return ns.map(function (n) { return tourismCard(card('tourism', n)); }); }

  function tile(opts) {
    return h('button', { class: 'tile' + (opts.cls ? ' ' + opts.cls : ''), type: 'button', id: opts.id, onclick: function () { go(opts.to); } },
      opts.badge != null && h('span', { class: 'tile-badge', text: String(opts.badge) }),
      h('span', { class: 'tile-label', text: opts.label }),
      opts.detail && h('span', { class: 'tile-detail', text: opts.detail }));
  }

  function qrCard(qr, caption) {
    if (!qr) return null; // an address too long for a QR code has none
    return h('figure', { class: 'qr' },
      h('div', { class: 'qr-img', html: qr.svg }),
      h('figcaption', null, caption, h('span', { class: 'qr-url', text: qr.url.replace(/^https:\/\//, '') })));
  }

  function note(text, cls) { return h('p', { class: 'note ' + (cls || ''), text: text }); }

  /* ---- screens: each returns { title, el } ---- */
  function homeScreen() {
    var d = D();
    var tourismGroup = function (g) { return g.code === 'tourism' ? g.products.length + d.tourism.length : g.products.length; };
    return {
      title: d.title,
      el: h('main', { class: 'screen home' },
        h('section', { class: 'hero' },
          h('div', { class: 'hero-text' }, h('h1', { text: d.title }), h('p', { text: d.district })),
          h('button', { class: 'search-launch', type: 'button', id: 'search-launch', onclick: function () { go('/search'); } },
            icon('search'), h('span', { text: t('kiosk.search_hint') }))),
        h('h2', { text: t('home.groups') }),
        h('div', { class: 'tiles tiles-groups' }, d.groups.map(function (g) {
          return tile({ id: 'group-' + g.code, badge: g.number, label: g.label, detail: count(tourismGroup(g)), to: '/group/' + g.code });
        })),
        h('div', { class: 'tiles tiles-browse' },
          tile({ id: 'browse-communes', label: t('home.communes'), detail: d.communes.map(function (c) { return c.name; }).slice(0, 4).join(', ') + '…', to: '/communes', cls: 'tile-accent' }),
          tile({ id: 'browse-stars', label: t('home.stars'), detail: '★★★ ★★★★ ★★★★★', to: '/stars', cls: 'tile-accent' }),
          tile({ id: 'browse-tourism', label: t('home.tourism'), detail: d.tourism.map(function (x) { return x[0]; }).join(' · '), to: '/tourism', cls: 'tile-accent' })),
        d.featured.length && h('h2', { text: t('home.featured') }),
        d.featured.length && cards(products(d.featured)))
    };
  }

  function listScreen(title, list, intro) {
    return { title: title, el: h('main', { class: 'screen list' }, h('h1', { text: title }), intro, list.length ? cards(list) : note(t('search.none'))) };
  }

  function groupScreen(code) {
    var g = M().group[code];
    if (!g) return homeScreen();
    var list = products(g.products);
    if (code === 'tourism') list = places(D().tourism_order).concat(list);
    return listScreen(g.label, list);
  }

  function communesScreen() {
    return {
      title: t('home.communes'),
      el: h('main', { class: 'screen' }, h('h1', { text: t('home.communes') }),
        h('div', { class: 'tiles' }, D().communes.map(function (c) {
          return tile({ id: 'commune-' + c.slug, label: c.name, detail: count(c.products.length), to: '/commune/' + c.slug });
        })))
    };
  }

  function communeScreen(slug) {
    var c = M().commune[slug];
    if (!c) return communesScreen();
    return listScreen(c.name, places(c.tourism).concat(products(c.products)));
  }

  function starsIndex() {
    return {
      title: t('home.stars'),
      el: h('main', { class: 'screen' }, h('h1', { text: t('home.stars') }),
        h('div', { class: 'tiles tiles-stars' }, D().stars.map(function (s) {
          return tile({ id: 'stars-' + s.stars, label: t('stars.title', s.stars), detail: '★★★★★'.slice(0, s.stars) + ' · ' + count(s.products.length), to: '/stars/' + s.stars });
        })))
    };
  }

  function starsScreen(n) {
    var s = D().stars.filter(function (x) { return x.stars === n; })[0];
    if (!s) return starsIndex();
    return listScreen(t('stars.title', n), products(s.products));
  }

  function tourismIndex() {
    return listScreen(t('home.tourism'), places(D().tourism_order));
  }

  function gallery(list) {
    if (!list.length) return h('div', { class: 'media' }, photo(null, 'media-main'));
    var main = photo(list[0], 'media-main');
    var thumbs = list.length > 1 && h('div', { class: 'thumbs' }, list.map(function (p, i) {
      return h('button', {
        type: 'button', class: 'thumb', 'aria-pressed': i === 0 ? 'true' : 'false', 'aria-label': p.alt,
        onclick: function (e) {
          main.src = p.src; main.alt = p.alt;
          Array.prototype.forEach.call(thumbs.children, function (b) { b.setAttribute('aria-pressed', 'false'); });
          e.currentTarget.setAttribute('aria-pressed', 'true');
        }
      }, photo(p));
    }));
    return h('div', { class: 'media' }, main, thumbs);
  }

  function fact(label, value) {
    return value ? h('div', { class: 'fact' }, h('dt', { text: label }), h('dd', null, value)) : null;
  }

  function productScreen(slug) {
    var p = record('product', slug);
    if (!p) return homeScreen();
    var qrs = [];
    if (p.qr_is_shop) qrs.push(qrCard(p.qr, t('kiosk.scan_shop').replace('{shop}', p.buy[0].label)));
    p.buy.forEach(function (b) {
      if (!(p.qr_is_shop && b.qr.url === p.qr.url)) qrs.push(qrCard(b.qr, t('kiosk.scan_shop').replace('{shop}', b.label)));
    });
    if (!p.qr_is_shop) qrs.unshift(qrCard(p.qr, t('kiosk.scan_page')));
    if (p.producer && p.producer.website) qrs.push(qrCard(p.producer.website, t('kiosk.scan_website')));
    var pr = p.producer;
    return {
      title: p.name,
      el: h('main', { class: 'screen' }, h('article', { class: 'record product', 'data-slug': p.slug },
        gallery(p.photos),
        h('div', { class: 'info' },
          h('p', { class: 'eyebrow', text: p.group_label }),
          h('h1', { lang: p.text_lang, text: p.name }),
          p.sample && h('p', { class: 'badge badge-note' }, h('strong', { text: t('badge.sample') }), ' – ' + t('badge.sample_note')),
          p.text_lang && note(t('untranslated'), 'note-untranslated'),
          p.summary && h('p', { class: 'lead', lang: p.text_lang, text: p.summary }),
          h('div', { class: 'offer' },
            h('span', { class: 'price', text: p.price || t('price.on_request') }),
            p.price && p.unit && h('span', { class: 'unit', text: '/ ' + p.unit }),
            h('span', { class: 'availability', text: p.availability }),
            p.stars && h('span', { class: 'rating' }, stars(p.stars, true), ' ', t('stars.ocop', p.stars))),
          h('dl', { class: 'facts' },
            fact(t('field.producer'), pr && pr.name + ' (' + pr.kind + ')'),
            fact(t('field.commune'), p.commune_name),
            fact(t('field.address'), pr && pr.address),
            fact(t('field.phone'), pr && pr.phone)),
          p.tourism.length && h('section', { class: 'related' },
            h('h2', { text: t('product.tourism') }),
            cards(places(numbers('tourism', p.tourism))))),
        h('aside', { class: 'buy' },
          h('h2', { text: t('buy.title') }),
          !p.buy.length && note(t('buy.none')),
          h('div', { class: 'qrs' }, qrs)),
        h('div', { class: 'prose', lang: p.text_lang, html: p.body })))
    };
  }

  function tourismScreen(slug) {
    var x = record('tourism', slug);
    if (!x) return tourismIndex();
    var qrs = [qrCard(x.qr, t('kiosk.scan_tourism'))];
    if (x.map) qrs.push(qrCard(x.map, t('kiosk.scan_map')));
    return {
      title: x.name,
      el: h('main', { class: 'screen' }, h('article', { class: 'record tourism', 'data-slug': x.slug },
        gallery(x.photos),
        h('div', { class: 'info' },
          h('p', { class: 'eyebrow', text: t('section.tourism') }),
          h('h1', { lang: x.text_lang, text: x.name }),
          x.sample && h('p', { class: 'badge badge-note' }, h('strong', { text: t('badge.sample') }), ' – ' + t('badge.sample_note')),
          x.text_lang && note(t('untranslated'), 'note-untranslated'),
          x.summary && h('p', { class: 'lead', lang: x.text_lang, text: x.summary }),
          h('dl', { class: 'facts' },
            fact(t('field.commune'), x.commune_name),
            fact(t('field.opening_hours'), x.opening_hours),
            fact(t('field.phone'), x.phone)),
          ),
        h('aside', { class: 'buy' }, h('div', { class: 'qrs' }, qrs)),
        h('div', { class: 'prose', lang: x.text_lang, html: x.body }),
        x.products.length && h('section', { class: 'related wide' },
          h('h2', { text: t('tourism.products') }),
          cards(products(numbers('product', x.products))))))
    };
  }

  var KEYS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

  function searchScreen() {
    var input = h('input', {
      id: 'search-input', class: 'search-input', type: 'search', autocomplete: 'off', spellcheck: 'false',
      inputmode: 'none', placeholder: t('kiosk.search') + '…', 'aria-label': t('kiosk.search')
    });
    input.value = state.query;
    var status = h('p', { class: 'search-status', id: 'search-status', role: 'status' });
    var results = h('div', { class: 'cards results', id: 'search-results' });
    function update() {
      state.query = input.value;
      results.textContent = '';
      if (!state.query.trim()) { status.textContent = t('kiosk.search_hint'); return; }
      var hits = index.search(state.query);
      status.textContent = hits.length
        ? t(hits.length === 1 ? 'search.count_one' : 'search.count', hits.length) + (hits.length > RESULTS_SHOWN ? ' ' + t('kiosk.more_results') : '')
        : t('search.none');
      add(results, hits.slice(0, RESULTS_SHOWN).map(function (hit) {
        var doc = index.docs[hit.doc];
        var kind = doc[0] === 0 ? 'product' : 'tourism', n = number[kind][doc[1]];
        return n != null && (kind === 'product' ? productCard(card(kind, n)) : tourismCard(card(kind, n)));
      }));
    }
    input.addEventListener('input', update);
    function type(ch) {
      if (ch === 'del') input.value = Array.from(input.value).slice(0, -1).join('');
      else if (ch === 'clear') input.value = '';
      else input.value += ch;
      update();
    }
    function key(label, ch, cls) {
      return h('button', { type: 'button', class: 'key' + (cls ? ' ' + cls : ''), 'data-key': ch, onclick: function () { type(ch); } }, label);
    }
    var keyboard = h('div', { class: 'keyboard', id: 'keyboard' },
      KEYS.map(function (row, i) {
        return h('div', { class: 'key-row' }, Array.from(row).map(function (c) { return key(c, c); }),
          i === KEYS.length - 1 && key(t('kiosk.delete'), 'del', 'key-wide'));
      }),
      h('div', { class: 'key-row' }, key(t('kiosk.space'), ' ', 'key-space'), key(t('kiosk.clear'), 'clear', 'key-wide')));
    update();
    return {
      title: t('kiosk.search'),
      el: h('main', { class: 'screen search' },
        h('div', { class: 'search-side' }, input, keyboard),
        h('div', { class: 'search-main' }, status, results)),
      after: function () { input.focus({ preventScroll: true }); }
    };
  }

  /* The data files screen `parts` needs in the current language. */
  function needs(parts) {
    var names = ['index.' + state.lang];
    if (parts[0] === 'product' || (parts[0] === 'tourism' && parts[1])) {
      names.push(sliceName(parts[0], parts[1], state.lang));
    }
    if (parts[0] === 'search') names.push('search');
    return names.filter(function (n) { return n && !(n in K.data); });
  }

  /* Draws the screen of the address, once its data is loaded (a file that
   * cannot be loaded draws the screen as for an unknown record). Only the
   * latest call draws. */
  var drawing = 0;
  function render() {
    var parts = here().split('/').filter(Boolean);
    var missing = needs(parts), ticket = ++drawing;
    if (!missing.length) { draw(parts); return; }
    K.need(missing, function () { if (ticket === drawing) draw(parts); });
  }

  function draw(parts) {
    if (parts[0] === 'search' && !index) index = new window.OcopSearch.Index(window.OCOP_SEARCH_INDEX);
    var screen;
    switch (parts[0]) {
      case 'group': screen = groupScreen(parts[1]); break;
      case 'communes': screen = communesScreen(); break;
      case 'commune': screen = communeScreen(parts[1]); break;
      case 'stars': screen = parts[1] ? starsScreen(Number(parts[1])) : starsIndex(); break;
      case 'tourism': screen = parts[1] ? tourismScreen(parts[1]) : tourismIndex(); break;
      case 'product': screen = productScreen(parts[1]); break;
      case 'search': screen = searchScreen(); break;
      default: screen = homeScreen(); parts = [];
    }
    document.documentElement.lang = state.lang;
    document.title = D().title;
    app.textContent = '';
    app.appendChild(bar(parts.length === 0 ? '' : screen.title, parts.length === 0, parts[0] === 'search'));
    app.appendChild(screen.el);
    window.scrollTo(0, 0);
    if (screen.after) screen.after();
    window.dispatchEvent(new Event('ocop-drawn'));
  }

  /* ---- attract loop ---- */
  var idleTimer = null, slideTimer = null, slideAt = 0;

  function slideEl(s) {
    var n = number[s.kind][s.slug];
    var rec = n != null && card(s.kind, n, DEFAULT);
    if (!rec) return null;
    var names = LANGS.map(function (l) { return card(s.kind, n, l); });
    return h('div', { class: 'slide', 'data-slug': s.slug },
      photo(rec.photos[0], 'slide-bg'),
      photo(rec.photos[0], 'slide-img'),
      h('div', { class: 'slide-caption' },
        h('p', { class: 'slide-kind', text: s.kind === 'tourism' ? LANGS.map(function (l) { return I(l).strings['section.tourism']; }).join(' · ') : rec.group_label }),
        h('p', { class: 'slide-name', text: rec.name }),
        names.slice(1).map(function (r) { return r && r.name !== rec.name ? h('p', { class: 'slide-other', lang: r.text_lang ? null : LANGS[names.indexOf(r)], text: r.name }) : null; }),
        h('p', { class: 'slide-meta' }, rec.stars ? stars(rec.stars, true) : null, rec.commune_name ? ' ' + rec.commune_name : null)));
  }

  /* Starts the attract loop once every language's index is loaded (the
   * slides name each record in every language), unless a touch came first. */
  var attractTicket = 0;
  function startAttract() {
    if (state.attract) return;
    var ticket = ++attractTicket;
    K.need(LANGS.map(function (l) { return 'index.' + l; }).filter(function (n) { return !(n in K.data); }), function () {
      if (ticket === attractTicket && !state.attract) showAttract();
    });
  }

  function showAttract() {
    var slides = I(DEFAULT).slides.map(slideEl).filter(Boolean);
    attract.textContent = '';
    add(attract, slides);
    add(attract, h('div', { class: 'attract-brand' },
      h('span', { class: 'brand-mark', text: 'OCOP' }), h('span', { text: I(DEFAULT).title })));
    add(attract, h('div', { class: 'attract-start' }, LANGS.map(function (l) {
      return h('button', { type: 'button', class: 'start-button', 'data-lang': l, lang: l, text: I(l).strings['kiosk.touch'] });
    })));
    state.attract = true;
    attract.hidden = false;
    document.body.classList.add('attract-on');
    slideAt = -1;
    nextSlide();
    slideTimer = setInterval(nextSlide, SLIDE_MS);
  }

  function nextSlide() {
    var slides = attract.querySelectorAll('.slide');
    if (!slides.length) return;
    if (slideAt >= 0) slides[slideAt].classList.remove('on');
    slideAt = (slideAt + 1) % slides.length;
    slides[slideAt].classList.add('on');
  }

  function stopAttract(lang) {
    clearInterval(slideTimer);
    state.attract = false;
    attract.hidden = true;
    attract.textContent = '';
    document.body.classList.remove('attract-on');
    state.lang = lang;
    state.query = '';
    home();
    resetIdle();
  }

  /* A touch on the attract screen only wakes the kiosk: the click that
   * ends it is swallowed so it cannot press what lies underneath. */
  attract.addEventListener('click', function (e) {
    e.preventDefault();
    e.stopPropagation();
    var chosen = e.target.closest && e.target.closest('[data-lang]');
    stopAttract(chosen ? chosen.getAttribute('data-lang') : DEFAULT);
  });

  function resetIdle() {
    clearTimeout(idleTimer);
    attractTicket++;
    if (!state.attract) idleTimer = setTimeout(startAttract, idleMs);
  }
  ['pointerdown', 'touchstart', 'keydown', 'input', 'wheel', 'scroll'].forEach(function (type) {
    window.addEventListener(type, function (e) {
      if (state.attract && type === 'keydown') { e.preventDefault(); stopAttract(DEFAULT); return; }
      resetIdle();
    }, { capture: true, passive: type !== 'keydown' });
  });

  /* Nothing leaves the kiosk: no context menu, no dragging images out, no
   * link other than a screen of this page. */
  document.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  document.addEventListener('dragstart', function (e) { e.preventDefault(); });
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    if (a && a.getAttribute('href').charAt(0) !== '#') e.preventDefault();
  }, true);

  window.addEventListener('hashchange', render);
  window.OcopKiosk = { startAttract: startAttract, stopAttract: stopAttract, state: state, idleMs: idleMs };
  render();
  resetIdle();
})();
