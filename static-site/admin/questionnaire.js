/* The questionnaire editor (docs/evaluations.md): the current version's criteria with their lv/en/et wording,
   weight, scale, "not applicable", channels and response-time bands. Saving a frozen version creates the next. */
I18N.ready(function () {
  'use strict';
  if (!Admin.page('questionnaire')) return;
  var t = I18N.t, el = App.el, $ = function (id) { return document.getElementById(id); };
  var LANGS = ['lv', 'en', 'et'], SCALES = ['yes_no', 'zero_two', 'one_five', 'response_time'], CHANNELS = ['visit', 'phone', 'e-mail', 'web'];
  var year = null, q = null, criteria = [], lastSaved = null, seq = 0;

  function input(type, value, field, label) {
    var i = el(type === 'textarea' ? 'textarea' : 'input');
    if (type !== 'textarea') i.type = type;
    i.id = 'q' + (++seq);
    i.dataset.field = field;
    if (type === 'checkbox') i.checked = !!value; else i.value = value == null ? '' : String(value);
    var wrap = el('div', type === 'checkbox' ? 'check' : 'field'), l = el('label', null, label);
    l.htmlFor = i.id;
    if (type === 'checkbox') { wrap.appendChild(i); wrap.appendChild(l); } else { wrap.appendChild(l); wrap.appendChild(i); }
    return { wrap: wrap, input: i };
  }

  // Reads the form back into criteria (what is typed, as typed: the server says what is wrong).
  function read() {
    return criteria.map(function (c, n) {
      var li = $('q-list').children[n], f = function (k) { return li.querySelector('[data-field="criteria[' + n + '].' + k + '"]'); };
      var out = { id: f('id').value.trim(), wording: {}, weight: f('weight').value.trim().replace(',', '.'), scale: f('scale').value,
        notApplicable: f('notApplicable').checked, channels: CHANNELS.filter(function (ch) { return li.querySelector('[data-ch="' + ch + '"]').checked; }) };
      LANGS.forEach(function (l) { out.wording[l] = f('wording.' + l).value.trim(); });
      if (/^\d+(\.\d+)?$/.test(out.weight)) out.weight = Number(out.weight);
      if (out.scale === 'response_time') {
        out.bands = Array.prototype.map.call(li.querySelectorAll('.band'), function (b) {
          var h = b.querySelector('.b-h').value.trim().replace(',', '.'), p = b.querySelector('.b-p').value.trim();
          return { maxHours: /^\d+(\.\d+)?$/.test(h) ? Number(h) : h, points: /^\d+$/.test(p) ? Number(p) : p };
        });
      }
      return out;
    });
  }

  function render() {
    var list = $('q-list');
    list.textContent = '';
    criteria.forEach(function (c, n) {
      var li = list.appendChild(el('li', 'panel crit'));
      var p = 'criteria[' + n + '].';
      // The heading names the criterion in the organiser's language (its id, a code, is in its own field below).
      var said = (c.wording || {})[I18N.lang()] || (c.wording || {}).lv || '';
      var h = li.appendChild(el('h2', null, t('q.crit', { n: n + 1, id: said.length > 60 ? said.slice(0, 57) + '…' : said || '…' })));
      h.id = 'crit-h-' + n;
      li.setAttribute('aria-labelledby', h.id);
      var row = li.appendChild(el('div', 'row'));
      row.appendChild(input('text', c.id, p + 'id', t('q.f.id')).wrap);
      row.appendChild(input('text', c.weight, p + 'weight', t('q.f.weight')).wrap).querySelector('input').inputMode = 'decimal';
      var sf = row.appendChild(el('div', 'field')), sl = sf.appendChild(el('label', null, t('q.f.scale'))), sel = sf.appendChild(el('select'));
      sel.id = 'q' + (++seq); sl.htmlFor = sel.id; sel.dataset.field = p + 'scale';
      SCALES.forEach(function (s) { sel.appendChild(el('option', null, t('q.scale.' + s))).value = s; });
      sel.value = c.scale;
      sel.onchange = function () { criteria = read(); render(); };
      var words = li.appendChild(el('div', 'words'));
      LANGS.forEach(function (l) {
        var w = input('textarea', (c.wording || {})[l], p + 'wording.' + l, t('q.f.wording.' + l));
        w.input.maxLength = 300;
        w.input.lang = l;
        words.appendChild(w.wrap);
      });
      li.appendChild(input('checkbox', c.notApplicable, p + 'notApplicable', t('q.f.na')).wrap);
      var fs = li.appendChild(el('fieldset')), lg = fs.appendChild(el('legend', null, t('q.f.channels'))), box = fs.appendChild(el('div', 'checks'));
      lg.id = 'q' + (++seq);
      box.dataset.field = p + 'channels';
      CHANNELS.forEach(function (ch) {
        var x = input('checkbox', (c.channels || []).indexOf(ch) >= 0, p + 'channels.' + ch, t('vs.ch.' + ch));
        x.input.dataset.ch = ch;
        box.appendChild(x.wrap);
      });
      if (c.scale === 'response_time') {
        var bf = li.appendChild(el('fieldset', 'bands')), bl = bf.appendChild(el('legend', null, t('q.f.bands')));
        bf.dataset.field = p + 'bands';
        bf.appendChild(el('p', 'hint', t('q.f.bands.hint')));
        (c.bands || []).forEach(function (b, k) {
          var r = bf.appendChild(el('div', 'row band'));
          var hh = input('text', b.maxHours, p + 'bands[' + k + '].maxHours', t('q.f.maxHours', { k: k + 1 }));
          hh.input.className = 'b-h'; hh.input.inputMode = 'decimal';
          var pp = input('text', b.points, p + 'bands[' + k + '].points', t('q.f.points', { k: k + 1 }));
          pp.input.className = 'b-p'; pp.input.inputMode = 'numeric';
          r.appendChild(hh.wrap); r.appendChild(pp.wrap);
          var rm = r.appendChild(el('button', 'secondary small', t('q.band.remove')));
          rm.type = 'button';
          rm.setAttribute('aria-label', t('q.band.removeN', { k: k + 1 }));
          rm.onclick = function () { criteria = read(); criteria[n].bands.splice(k, 1); render(); };
        });
        var ab = bf.appendChild(el('button', 'secondary small', t('q.band.add')));
        ab.type = 'button';
        ab.onclick = function () { criteria = read(); (criteria[n].bands = criteria[n].bands || []).push({ maxHours: '', points: '' }); render(); };
        bl.id = 'q' + (++seq);
      }
      var acts = li.appendChild(el('div', 'actions'));
      [['up', n > 0, -1], ['down', n < criteria.length - 1, 1]].forEach(function (m) {
        if (!m[1]) return;
        var b = acts.appendChild(el('button', 'secondary small', t('q.move.' + m[0])));
        b.type = 'button';
        b.setAttribute('aria-label', t('q.move.' + m[0] + 'N', { n: n + 1 }));
        b.onclick = function () { criteria = read(); var x = criteria.splice(n, 1)[0]; criteria.splice(n + m[2], 0, x); render(); };
      });
      var del = acts.appendChild(el('button', 'secondary small', t('q.remove')));
      del.type = 'button';
      del.setAttribute('aria-label', t('q.removeN', { n: n + 1 }));
      del.onclick = function () { criteria = read(); criteria.splice(n, 1); render(); };
    });
    renderVersion();
  }

  function renderVersion() {
    if (!q) return;
    $('q-version').textContent = t(q.frozen ? 'q.version.frozen' : 'q.version.open', { v: q.version, next: q.version + 1 });
    $('q-save').textContent = t(q.frozen ? 'q.saveNew' : 'q.save', { next: q.version + 1 });
    var s = $('q-saved');
    s.hidden = !lastSaved;
    if (lastSaved) s.textContent = t(lastSaved.created ? 'q.saved.created' : 'q.saved.replaced', { v: lastSaved.version });
  }

  function markError(res) {
    document.querySelectorAll('#q-list [aria-invalid]').forEach(function (x) { x.removeAttribute('aria-invalid'); });
    var f = App.errorField(res), target = f && document.querySelector('#q-list [data-field="' + CSS.escape(f) + '"]');
    if (target && !/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) target = target.querySelector('input, select');
    if (target) { target.setAttribute('aria-invalid', 'true'); target.focus(); }
  }

  $('q-add').onclick = function () {
    criteria = read();
    criteria.push({ id: '', wording: { lv: '', en: '', et: '' }, weight: '', scale: 'yes_no', notApplicable: false, channels: CHANNELS.slice() });
    render();
    var last = $('q-list').lastElementChild;
    last.querySelector('input').focus();
  };

  $('q-form').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    criteria = read();
    var b = $('q-save');
    b.disabled = true;
    Admin.clearError($('q-save-error'));
    lastSaved = null;
    renderVersion();
    var res = await Admin.api('/api/admin/questionnaire', { method: 'PUT', json: { year: year, criteria: criteria } });
    b.disabled = false;
    if (!App.ok(res)) { Admin.showError($('q-save-error'), res); markError(res); return; }
    lastSaved = res.body;
    await load();
    $('q-saved').focus && $('q-saved').setAttribute('tabindex', '-1');
    $('q-saved').focus();
  });

  async function load() {
    var res = await Admin.api('/api/admin/questionnaire?year=' + encodeURIComponent(year));
    var st = $('q-status');
    st.removeAttribute('data-i18n');
    if (!App.ok(res)) { st.textContent = ''; Admin.showError($('q-error'), res); return; }
    q = res.body;
    criteria = JSON.parse(JSON.stringify(q.criteria || []));
    st.textContent = '';
    $('q-form').hidden = false;
    render();
  }

  I18N.onChange(function () { if (q) { criteria = read(); render(); } });
  App.campaign().then(function (res) {
    if (!App.ok(res)) { Admin.showError($('q-error'), res); return; }
    year = res.body.year;
    load();
  });
});
