/* Shared by every page: API calls, campaign data, dates, search and error display. */
(function () {
  'use strict';
  var t = I18N.t;
  var LOCALES = { lv: 'lv-LV', en: 'en-GB', et: 'et-EE' };

  // Never throws: pages branch on status (0 = network failure) and on body (null = not JSON).
  async function api(path, body) {
    var opt = { headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      opt.method = 'POST';
      opt.headers['Content-Type'] = 'application/json';
      opt.body = JSON.stringify(body);
    }
    var r;
    try { r = await fetch(path, opt); } catch (e) { return { status: 0, body: null }; }
    var b = null;
    try { b = await r.json(); } catch (e) { /* e.g. an HTML error page from a proxy */ }
    return { status: r.status, body: b, retryAfter: r.headers.get('Retry-After') };
  }

  function ok(res) { return res.status >= 200 && res.status < 300 && res.body !== null && typeof res.body === 'object'; }

  // A failure without the API's error shape means the API itself is not there.
  function errorCode(res) {
    if (res.status === 0) return 'network';
    var e = res.body && res.body.error;
    if (e && typeof e.code === 'string') return e.code;
    // API Gateway's own throttling answers 429 {"message":"Too Many Requests"}, not the API's error shape.
    return res.status === 429 ? 'throttled' : 'unavailable';
  }

  // Whole minutes to wait (at least one) from a Retry-After in seconds; null without one.
  function waitMinutes(res) {
    var s = parseInt(res.retryAfter, 10);
    return isNaN(s) ? null : Math.max(1, Math.ceil(s / 60));
  }

  function errorField(res) {
    var e = res.body && res.body.error;
    return e && typeof e.field === 'string' ? e.field : null;
  }

  function message(code, field, vars) {
    if (code === 'invalid' && field && I18N.has('inv.' + field)) return t('inv.' + field);
    if (field && I18N.has('err.' + code + '.' + field)) return t('err.' + code + '.' + field, vars);
    return t(I18N.has('err.' + code) ? 'err.' + code : 'err.unavailable', vars);
  }

  var campaignPromise = null;
  function campaign(fresh) {
    campaignPromise = (!fresh && campaignPromise) || api('/api/campaign').then(function (res) {
      if (!ok(res)) campaignPromise = null;
      return res;
    });
    return campaignPromise;
  }

  function fmtDate(iso, tz) {
    var d = new Date(iso);
    if (isNaN(d)) return String(iso || '');
    return new Intl.DateTimeFormat(LOCALES[I18N.lang()], { timeZone: tz || 'Europe/Riga', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  }

  // Month names in the case that a date after "on" takes: Latvian locative, Estonian adessive.
  var MONTHS_ON = {
    lv: ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'],
    et: ['jaanuaril', 'veebruaril', 'märtsil', 'aprillil', 'mail', 'juunil', 'juulil', 'augustil', 'septembril', 'oktoobril', 'novembril', 'detsembril']
  };

  // A day as it reads after "on": "2027. gada 12. aprīlī", "12 April 2027", "12. aprillil 2027".
  function fmtDateOn(iso, tz) {
    var d = new Date(iso), l = I18N.lang();
    if (isNaN(d) || !MONTHS_ON[l]) return fmtDate(iso, tz);
    var p = {};
    new Intl.DateTimeFormat('en-GB', { timeZone: tz || 'Europe/Riga', year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(d).forEach(function (x) { p[x.type] = x.value; });
    var month = MONTHS_ON[l][Number(p.month) - 1];
    return l === 'lv' ? p.year + '. gada ' + p.day + '. ' + month : p.day + '. ' + month + ' ' + p.year;
  }

  // A number in the page language's notation (91,68 in Latvian and Estonian, 91.68 in English).
  function fmtNum(n, digits) {
    var d = digits === undefined ? 2 : digits;
    return new Intl.NumberFormat(LOCALES[I18N.lang()], { minimumFractionDigits: d, maximumFractionDigits: d }).format(Number(n));
  }

  function localName(list, code) {
    var item = (list || []).find(function (x) { return x.code === code; });
    return item && item.name ? item.name[I18N.lang()] || item.name.lv || code : code || '';
  }

  function meta(p, c) {
    c = c || {};
    return [localName(c.categories, p.category), localName(c.industries, p.industry)].filter(Boolean).join(' · ');
  }

  function stateText(c) {
    if (c.state === 'upcoming') return t('state.upcoming', { date: fmtDate(c.praiseOpensAt, c.timeZone) });
    if (c.state === 'open') return t('state.open', { date: fmtDate(c.praiseClosesAt, c.timeZone) });
    return t('state.closed', { date: fmtDate(c.praiseClosesAt, c.timeZone) });
  }

  // Shows the campaign state, or why it is unknown, and keeps it in the page language.
  function showState(box, res) {
    if (!box.stateRes) I18N.onChange(function () { render(box); });
    box.stateRes = res;
    render(box);
    function render(b) {
      var r = b.stateRes;
      b.hidden = false;
      b.classList.toggle('notice-error', !ok(r));
      b.textContent = ok(r) ? stateText(r.body) : message(errorCode(r));
    }
  }

  var metaSeq = 0;
  // One search hit: the participant's link or button, then its category and industry.
  function resultItem(p, c, main) {
    var li = el('li');
    var m = el('span', 'meta', meta(p, c));
    m.id = 'meta-' + (++metaSeq);
    main.setAttribute('aria-describedby', m.id);
    li.append(main, m);
    return li;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function param(name) { return new URLSearchParams(location.search).get(name); }

  // Debounced search; late answers to older queries are dropped so results match the field.
  function liveSearch(input, status, render) {
    var timer = 0, seq = 0, last = null;
    function show() {
      if (!last) { status.textContent = ''; render(null); return; }
      if (last.error) { status.textContent = message(last.error); render([]); return; }
      status.textContent = last.list.length ? t('search.count', { n: last.list.length }) : t('search.none');
      render(last.list);
    }
    var ctl = { clear: function () { input.value = ''; seq++; last = null; show(); }, refresh: show };
    async function run() {
      var q = input.value.trim(), mine = ++seq;
      if (!q) { last = null; show(); return; }
      var res = await api('/api/participants?q=' + encodeURIComponent(q) + '&limit=20');
      if (mine !== seq) return;
      last = ok(res) ? { list: res.body.participants || [] } : { error: errorCode(res) };
      show();
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 200); });
    I18N.onChange(show);
    if (input.value.trim()) run(); // the browser may restore the field on back navigation
    return ctl;
  }

  function focus(target) {
    if (!target) return;
    target.focus();
    target.scrollIntoView({ block: 'center' });
  }

  /* Errors of a form: a summary (role=alert) with links to the fields, and a message by each
     field. Inputs of a field carry data-field="<API field name>"; its message goes to #err-<field>. */
  function formErrors(form, summary, titleKey) {
    var shown = [];
    function target(field) {
      return Array.prototype.find.call(form.querySelectorAll('[data-field="' + field + '"]'), function (x) {
        return x.offsetParent !== null;
      });
    }
    function render() {
      form.querySelectorAll('[aria-invalid]').forEach(function (x) { x.removeAttribute('aria-invalid'); });
      form.querySelectorAll('.field-error').forEach(function (x) { x.textContent = ''; x.hidden = true; });
      summary.textContent = '';
      summary.hidden = !shown.length;
      if (!shown.length) return;
      summary.appendChild(el('h2', null, t(titleKey)));
      var ul = summary.appendChild(el('ul'));
      shown.forEach(function (e) {
        var text = message(e.code, e.field, e.vars);
        var li = ul.appendChild(el('li'));
        var tgt = e.field && target(e.field);
        var label = e.field && I18N.has('field.' + e.field) ? t('field.' + e.field) + ': ' : '';
        if (tgt) {
          var a = li.appendChild(el('a', null, label + text));
          a.href = '#' + tgt.id;
          a.addEventListener('click', function (ev) { ev.preventDefault(); focus(target(e.field)); });
        } else {
          li.textContent = label + text;
        }
        var fe = e.field && document.getElementById('err-' + e.field);
        if (fe) { fe.textContent = text; fe.hidden = false; }
        if (e.field) {
          form.querySelectorAll('input[data-field="' + e.field + '"],select[data-field="' + e.field + '"],textarea[data-field="' + e.field + '"]')
            .forEach(function (x) { x.setAttribute('aria-invalid', 'true'); });
        }
      });
    }
    I18N.onChange(render);
    return {
      show: function (list) { shown = list; render(); summary.focus(); },
      clear: function () { shown = []; render(); }
    };
  }

  window.App = {
    api: api, ok: ok, errorCode: errorCode, errorField: errorField, waitMinutes: waitMinutes, message: message,
    campaign: campaign, resultItem: resultItem, fmtDate: fmtDate, fmtDateOn: fmtDateOn, fmtNum: fmtNum, localName: localName, meta: meta, showState: showState,
    el: el, param: param, liveSearch: liveSearch, formErrors: formErrors
  };
}());
