/* A CSV import in the page: choose the file, check it first (dryRun=true), read the row-by-row report,
   then import – with importValid=true only as an explicit choice when some rows were rejected. */
I18N.ready(function () {
  'use strict';
  var t = I18N.t, el = App.el;

  function mount(root, route, onImported) {
    var id = root.id;
    function n(name) { return id + '-' + name; }
    var file = null, report = null, phase = null; // phase: 'checked' | 'imported' | 'refused'

    var form = root.appendChild(el('form'));
    form.noValidate = true;
    var field = form.appendChild(el('div', 'field'));
    var label = field.appendChild(el('label'));
    label.htmlFor = n('file');
    var hint = field.appendChild(el('p', 'hint'));
    hint.id = n('file-hint');
    var input = field.appendChild(el('input'));
    input.type = 'file';
    input.id = n('file');
    input.accept = '.csv,text/csv';
    input.setAttribute('aria-describedby', hint.id);
    var check = form.appendChild(el('button', 'primary'));
    check.type = 'submit';
    check.id = n('check');

    var status = root.appendChild(el('p', 'hint'));
    status.setAttribute('role', 'status');
    status.id = n('status');
    var error = root.appendChild(el('div', 'notice notice-error'));
    error.setAttribute('role', 'alert');
    error.id = n('error');
    error.hidden = true;

    var box = root.appendChild(el('div', 'panel'));
    box.id = n('report');
    box.hidden = true;
    var heading = box.appendChild(el('h3'));
    heading.id = n('report-heading');
    heading.tabIndex = -1;
    var summary = box.appendChild(el('p'));
    summary.id = n('summary');
    var counts = box.appendChild(el('dl', 'facts'));
    counts.id = n('counts');
    var scroll = box.appendChild(el('div', 'table-scroll'));
    var table = scroll.appendChild(el('table', 'data'));
    table.id = n('rejected');
    var caption = table.appendChild(el('caption'));
    var headRow = table.appendChild(el('thead')).appendChild(el('tr'));
    var cols = ['line', 'field', 'reason'].map(function (c) {
      var th = headRow.appendChild(el('th'));
      th.scope = 'col';
      if (c === 'line') th.className = 'num';
      return th;
    });
    var tbody = table.appendChild(el('tbody'));
    var truncated = box.appendChild(el('p', 'hint'));

    var actions = box.appendChild(el('div'));
    actions.id = n('actions');
    var choice = actions.appendChild(el('label', 'choice'));
    var valid = choice.appendChild(el('input'));
    valid.type = 'checkbox';
    valid.id = n('import-valid');
    var choiceText = choice.appendChild(el('span'));
    var run = actions.appendChild(el('button', 'primary'));
    run.type = 'button';
    run.id = n('run');
    var runHint = actions.appendChild(el('p', 'hint'));
    runHint.id = n('run-hint');
    run.setAttribute('aria-describedby', runHint.id);

    function render() {
      label.textContent = t('imp.file');
      hint.textContent = t('imp.file.hint');
      check.textContent = t('imp.check');
      cols[0].textContent = t('imp.col.line');
      cols[1].textContent = t('imp.col.field');
      cols[2].textContent = t('imp.col.reason');
      run.textContent = t('imp.run');
      if (!report) return;
      var r = report;
      var valids = (r.created || 0) + (r.updated || 0) + (r.unchanged || 0);
      heading.textContent = t(phase === 'imported' ? 'imp.heading.imported' : phase === 'refused' ? 'imp.heading.refused' : 'imp.heading.checked',
        { file: file ? file.name : '' });
      summary.textContent = t('imp.summary', { rows: Admin.int(r.rows), rejected: Admin.int(r.rejectedRows || 0) });
      counts.textContent = '';
      [['created', r.created], ['updated', r.updated], ['unchanged', r.unchanged], ['rejectedRows', r.rejectedRows]].forEach(function (c) {
        counts.appendChild(el('dt', null, t('imp.count.' + c[0])));
        var dd = counts.appendChild(el('dd', null, Admin.int(c[1] || 0)));
        dd.dataset.count = c[0];
      });
      var rejected = r.rejected || [];
      scroll.hidden = !rejected.length;
      caption.textContent = t('imp.rejected.caption', { n: Admin.int(r.rejectedRows || 0) });
      tbody.textContent = '';
      rejected.forEach(function (x) {
        var tr = tbody.appendChild(el('tr'));
        tr.dataset.line = String(x.line);
        tr.dataset.code = x.code || '';
        tr.appendChild(el('td', 'num', String(x.line)));
        tr.appendChild(el('td', null, fieldText(x.field)));
        tr.appendChild(el('td', null, reasonText(x)));
      });
      truncated.hidden = !r.rejectedTruncated;
      truncated.textContent = t('imp.truncated');
      var rejectedRows = r.rejectedRows || 0;
      actions.hidden = phase === 'imported' || valids === 0;
      choice.hidden = rejectedRows === 0;
      choiceText.textContent = t('imp.importValid', { valid: I18N.tn('cnt.validRows', valids, { n: Admin.int(valids) }),
        rejected: I18N.tn('cnt.rejectedRows', rejectedRows, { n: Admin.int(rejectedRows) }) });
      run.disabled = rejectedRows > 0 && !valid.checked;
      runHint.textContent = rejectedRows > 0 && !valid.checked ? t('imp.run.needChoice') : '';
      runHint.hidden = !runHint.textContent;
    }

    // The column at fault in the organiser's language, with its name in the file (which is the CSV header).
    function fieldText(field) {
      if (!field) return '';
      if (!I18N.has('imp.field.' + field)) return field;
      return field === 'row' ? t('imp.field.row') : t('imp.fieldColumn', { label: t('imp.field.' + field), column: field });
    }

    // The reason from its code and parameters (the English sentence is for programs); a date as the page writes dates.
    function reasonText(x) {
      var params = Object.assign({}, x.params || {});
      if (params.date) params.date = Admin.date(params.date);
      return t(I18N.has('imp.reason.' + x.code) ? 'imp.reason.' + x.code : 'imp.reason.other', params);
    }

    // A counted phrase ("1 rinda", "2 rindas"), re-made in the page language when it changes.
    function countText(key, n) { return { plural: key, n: n }; }

    function words(vars) {
      var out = {};
      Object.keys(vars || {}).forEach(function (k) {
        var v = vars[k];
        out[k] = v && typeof v === 'object' && v.plural ? I18N.tn(v.plural, v.n, { n: Admin.int(v.n) }) : v;
      });
      return out;
    }
    function say(key, vars) { status.dataset.key = key; status.dataset.vars = JSON.stringify(vars || {}); status.textContent = t(key, words(vars)); }

    async function send(params) {
      Admin.clearError(error);
      check.disabled = true;
      run.disabled = true;
      say(params.dryRun ? 'imp.checking' : 'imp.importing', { file: file.name });
      var query = new URLSearchParams(params);
      var res = await Admin.api(route + '?' + query, { csv: file });
      check.disabled = false;
      return res;
    }

    form.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      file = input.files && input.files[0];
      report = null;
      box.hidden = true;
      if (!file) { say('imp.noFile'); input.focus(); return; }
      var res = await send({ dryRun: 'true' });
      if (!App.ok(res) || typeof res.body.rows !== 'number') {
        say('imp.failed');
        Admin.showError(error, res);
        render();
        return;
      }
      report = res.body;
      phase = 'checked';
      valid.checked = false;
      say('imp.checked', { rows: countText('cnt.rows', report.rows), rejected: Admin.int(report.rejectedRows || 0) });
      box.hidden = false;
      render();
      heading.focus();
    });

    input.addEventListener('change', function () { report = null; box.hidden = true; say('imp.chosen', { file: input.files[0] ? input.files[0].name : '' }); });
    valid.addEventListener('change', render);

    run.addEventListener('click', async function () {
      if (!file || !report) return;
      var withRejected = (report.rejectedRows || 0) > 0;
      var res = await send({ importValid: withRejected && valid.checked ? 'true' : 'false' });
      if (res.body && typeof res.body.rows === 'number') {
        report = res.body;
        phase = report.imported ? 'imported' : 'refused';
        say(report.imported ? 'imp.done' : 'imp.refusedStatus', { created: Admin.int(report.created || 0), updated: Admin.int(report.updated || 0), unchanged: Admin.int(report.unchanged || 0) });
        if (!report.imported) Admin.showError(error, res);
        render();
        heading.focus();
        if (report.imported && onImported) onImported(report);
        return;
      }
      say('imp.failed');
      Admin.showError(error, res);
      render();
    });

    I18N.onChange(function () {
      render();
      if (status.dataset.key) status.textContent = t(status.dataset.key, words(JSON.parse(status.dataset.vars || '{}')));
    });
    render();
  }

  window.AdminImport = { mount: mount };
});
