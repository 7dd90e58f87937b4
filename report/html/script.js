// The page's behaviour: filters, sorting, headline figures and charts
// recomputed over the deals shown, sources opened under their row. The
// deals come from the JSON block #data; nothing is fetched.
(function () {
  'use strict';
  var NB = '\u00a0';
  var MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  var SVG = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('data').textContent);
  var byId = {};
  data.deals.forEach(function (d) { byId[d.id] = d; });
  function $(id) { return document.getElementById(id); }
  var tbody = document.querySelector('#deals tbody');
  var rows = Array.prototype.slice.call(tbody.querySelectorAll('tr.deal'));
  var f = { text: $('f-text'), region: $('f-region'), city: $('f-city'), year: $('f-year'), partner: $('f-partner'), from: $('f-from'), to: $('f-to') };
  var overdue = $('f-overdue');

  // French numbers, as the Go side writes them.
  function int(n) {
    var s = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, NB);
    return (n < 0 ? '-' : '') + s;
  }
  function dirhams(v) {
    var scales = [[1e9, 'milliard', 'milliards'], [1e6, 'million', 'millions']];
    for (var i = 0; i < scales.length; i++) {
      var s = scales[i];
      if (Math.abs(v) >= s[0]) {
        var x = Math.round(v / s[0] * 100) / 100;
        var whole = Math.trunc(x), frac = Math.round(Math.abs(x - whole) * 100);
        var num = int(whole) + (frac ? ',' + String(frac).padStart(2, '0').replace(/0$/, '') : '');
        return num + NB + (Math.abs(x) < 2 ? s[1] : s[2]) + ' de dirhams';
      }
    }
    return int(v) + NB + 'dirhams';
  }
  function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ‘]/g, "'").toLowerCase(); }

  function inPeriod(date) {
    if (f.from.value && (!date || date < f.from.value)) { return false; }
    if (f.to.value && (!date || date > f.to.value)) { return false; }
    return true;
  }
  function match(d) {
    var q = fold(f.text.value.trim());
    return (!q || d.text.indexOf(q) >= 0) &&
      (!f.region.value || d.region === f.region.value) &&
      (!f.city.value || d.city === f.city.value) &&
      (!f.year.value || String(d.year) === f.year.value) &&
      (!f.partner.value || d.partners.indexOf(Number(f.partner.value)) >= 0) &&
      (!overdue.checked || d.overdue) &&
      inPeriod(d.date);
  }

  function apply() {
    var shown = [];
    rows.forEach(function (tr) {
      var d = byId[tr.dataset.id], ok = match(d);
      tr.hidden = !ok;
      if (!ok) { toggle(tr, false); }
      if (ok) { shown.push(d); }
    });
    show('shown', shown.length, String(shown.length));
    $('empty').hidden = shown.length > 0;
    headline(shown);
    drawMap(shown);
    drawYears(shown);
    drawMonths(shown);
    document.querySelectorAll('.seat').forEach(function (g) {
      g.classList.toggle('on', g.dataset.region === f.region.value);
    });
  }

  // show writes a figure and makes the label after it agree with n.
  function show(id, n, text) {
    var b = $(id), label = b.nextElementSibling;
    b.textContent = text;
    if (label && label.dataset.sing) { label.textContent = Math.abs(n) < 2 ? label.dataset.sing : label.dataset.plur; }
  }

  function headline(ds) {
    var jobs = 0, amount = 0, partners = {}, outlets = {}, articles = 0;
    ds.forEach(function (d) {
      jobs += d.jobs || 0;
      amount += d.amount || 0;
      d.partners.forEach(function (p) { partners[p] = true; });
    });
    data.articles.forEach(function (a) {
      if (inPeriod(a[0])) { articles++; if (a[1]) { outlets[a[1]] = true; } }
    });
    show('h-deals', ds.length, int(ds.length));
    show('h-jobs', jobs, int(jobs));
    show('h-amount', amount, dirhams(amount));
    show('h-partners', Object.keys(partners).length, int(Object.keys(partners).length));
    show('h-articles', articles, int(articles));
    show('h-outlets', Object.keys(outlets).length, int(Object.keys(outlets).length));
  }

  function sums(ds, key) {
    var out = {};
    ds.forEach(function (d) {
      var k = key(d);
      if (k === null || k === undefined || k === '') { return; }
      out[k] = out[k] || { jobs: 0, deals: 0 };
      out[k].jobs += d.jobs || 0;
      out[k].deals++;
    });
    return out;
  }

  function drawMap(ds) {
    var by = sums(ds, function (d) { return d.region; });
    var max = 0;
    Object.keys(by).forEach(function (k) { max = Math.max(max, by[k].jobs); });
    document.querySelectorAll('.seat').forEach(function (g) {
      var s = by[g.dataset.region], jobs = s ? s.jobs : 0;
      g.querySelector('circle').setAttribute('r', jobs > 0 ? (3 + 27 * Math.sqrt(jobs / max)).toFixed(1) : 3);
      g.classList.toggle('empty', !s);
      g.querySelector('title').textContent = g.dataset.region + ' : ' + int(jobs) + ' emplois, ' + (s ? s.deals : 0) + ' accords';
    });
    var list = $('region-list'), names = Object.keys(by);
    names.sort(function (a, b) { return by[b].jobs - by[a].jobs || a.localeCompare(b, 'fr'); });
    list.textContent = '';
    names.forEach(function (n) {
      var li = document.createElement('li'), b = document.createElement('b');
      li.textContent = n;
      b.textContent = int(by[n].jobs);
      li.appendChild(b);
      list.appendChild(li);
    });
    var unknown = ds.filter(function (d) { return !d.region; });
    if (unknown.length) {
      var li = document.createElement('li'), b = document.createElement('b');
      li.textContent = 'région non précisée';
      b.textContent = int(unknown.reduce(function (t, d) { return t + (d.jobs || 0); }, 0));
      li.appendChild(b);
      list.appendChild(li);
    }
  }

  function drawYears(ds) {
    var by = sums(ds, function (d) { return d.year; }), box = $('by-year');
    var years = Object.keys(by).sort(), max = 0;
    years.forEach(function (y) { max = Math.max(max, by[y].jobs); });
    box.textContent = '';
    if (!years.length) { box.textContent = 'Aucune année cible.'; return; }
    years.forEach(function (y) {
      var row = document.createElement('div'), label = document.createElement('span');
      var track = document.createElement('span'), bar = document.createElement('i'), val = document.createElement('span');
      row.className = 'bar';
      label.textContent = y;
      bar.style.width = (max ? 100 * by[y].jobs / max : 0) + '%';
      val.textContent = int(by[y].jobs);
      row.title = y + ' : ' + int(by[y].jobs) + ' emplois, ' + by[y].deals + ' accords';
      track.appendChild(bar);
      row.appendChild(label); row.appendChild(track); row.appendChild(val);
      box.appendChild(row);
    });
  }

  function el(name, attrs, text) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function drawMonths(ds) {
    var svg = $('by-month'), by = sums(ds, function (d) { return d.date ? d.date.slice(0, 7) : ''; });
    var keys = Object.keys(by).sort();
    svg.textContent = '';
    if (!keys.length) { return; }
    var months = [], y = Number(keys[0].slice(0, 4)), m = Number(keys[0].slice(5, 7));
    var last = keys[keys.length - 1];
    for (;;) {
      var k = y + '-' + String(m).padStart(2, '0');
      months.push(k);
      if (k >= last) { break; }
      if (++m > 12) { m = 1; y++; }
    }
    var max = 0;
    keys.forEach(function (k) { max = Math.max(max, by[k].jobs); });
    var width = Math.max(200, Math.round(svg.getBoundingClientRect().width) || 400);
    svg.setAttribute('viewBox', '0 0 ' + width + ' 180');
    var left = 38, w = (width - left - 4) / months.length, h = 150;
    [0, 0.5, 1].forEach(function (t) {
      var yy = 8 + h * (1 - t);
      svg.appendChild(el('line', { x1: left, x2: width, y1: yy, y2: yy }));
      svg.appendChild(el('text', { x: left - 4, y: yy + 3, 'text-anchor': 'end' }, int(max * t)));
    });
    months.forEach(function (k, i) {
      var s = by[k], x = left + i * w;
      if (s && s.jobs > 0) {
        var bh = Math.max(1, h * s.jobs / max);
        var bw = Math.max(1, Math.min(w * 0.8, 28));
        var r = el('rect', { x: (x + (w - bw) / 2).toFixed(1), y: (8 + h - bh).toFixed(1), width: bw.toFixed(1), height: bh.toFixed(1) });
        r.appendChild(el('title', {}, MONTHS[Number(k.slice(5)) - 1] + ' ' + k.slice(0, 4) + ' : ' + int(s.jobs) + ' emplois, ' + s.deals + ' accords'));
        svg.appendChild(r);
      }
      if (months.length <= 6) {
        svg.appendChild(el('text', { x: (x + w / 2).toFixed(1), y: 175, 'text-anchor': 'middle' }, MONTHS[Number(k.slice(5)) - 1] + ' ' + k.slice(0, 4)));
      } else if (i === 0 || k.slice(5) === '01') {
        svg.appendChild(el('text', { x: x.toFixed(1), y: 175 }, k.slice(0, 4)));
      }
    });
  }

  // Sources open under their row.
  function toggle(tr, open) {
    var btn = tr.querySelector('button.open'), detail = $('src-' + tr.dataset.id);
    btn.setAttribute('aria-expanded', open ? 'true' : 'false');
    detail.hidden = !open;
  }
  tbody.addEventListener('click', function (e) {
    var tr = e.target.closest('tr.deal');
    if (!tr || e.target.closest('a')) { return; }
    toggle(tr, tr.querySelector('button.open').getAttribute('aria-expanded') !== 'true');
  });

  // Sorting by column.
  var sortKeys = {
    date: function (d) { return d.date || ''; },
    partners: function (d) { return fold(d.partnerText); },
    agreement: function (d) { return fold(d.agreement); },
    jobs: function (d) { return d.jobs; },
    amount: function (d) { return d.amount; },
    place: function (d) { return fold(d.place); },
    sources: function (d) { return d.sources; }
  };
  document.querySelectorAll('#deals th button').forEach(function (b) {
    b.addEventListener('click', function () {
      var th = b.parentNode, key = sortKeys[b.dataset.key];
      var dir = th.getAttribute('aria-sort') === 'descending' ? 1 : -1;
      document.querySelectorAll('#deals th').forEach(function (o) { o.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      rows.sort(function (x, y) {
        var a = key(byId[x.dataset.id]), c = key(byId[y.dataset.id]);
        if (a === null || a === '') { return (c === null || c === '') ? 0 : 1; }
        if (c === null || c === '') { return -1; }
        return (a < c ? -1 : a > c ? 1 : 0) * dir;
      });
      rows.forEach(function (tr) {
        tbody.appendChild(tr);
        tbody.appendChild($('src-' + tr.dataset.id));
      });
    });
  });

  // The map filters by region.
  document.querySelectorAll('.seat').forEach(function (g) {
    function pick() {
      var r = g.dataset.region;
      if (!f.region.querySelector('option[value="' + r.replace(/"/g, '\\"') + '"]')) { return; }
      f.region.value = f.region.value === r ? '' : r;
      apply();
    }
    g.addEventListener('click', pick);
    g.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
  });

  Object.keys(f).forEach(function (k) { f[k].addEventListener(k === 'text' ? 'input' : 'change', apply); });
  var resized;
  window.addEventListener('resize', function () {
    clearTimeout(resized);
    resized = setTimeout(apply, 150);
  });
  overdue.addEventListener('change', apply);
  $('f-reset').addEventListener('click', function () {
    Object.keys(f).forEach(function (k) { f[k].value = ''; });
    overdue.checked = false;
    apply();
  });
  apply();
}());
