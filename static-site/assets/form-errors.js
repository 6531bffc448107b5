/* A form's errors (praise and nomination forms, the console): on top of common.js. */
(function () {
  'use strict';
  var t = I18N.t, el = App.el;

  function focus(target) {
    if (!target) return;
    target.focus();
    target.scrollIntoView({ block: 'center' });
  }

  /* Errors of a form: a summary (role=alert) with links to the fields, and a message by each
     field. Inputs of a field carry data-field="<API field name>"; its message goes to #err-<field>. */
  // opt (optional): message(code, field, vars) and label(field) – a form with its own wording (the console's
  // praise entry: an organiser types in what someone else said) instead of the public form's.
  function formErrors(form, summary, titleKey, opt) {
    opt = opt || {};
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
        var text = (opt.message || App.message)(e.code, e.field, e.vars);
        var li = ul.appendChild(el('li'));
        var tgt = e.field && target(e.field);
        var name = e.field && (opt.label ? opt.label(e.field) : I18N.has('field.' + e.field) ? t('field.' + e.field) : '');
        var label = name ? name + ': ' : '';
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
          form.querySelectorAll(':is(input, select, textarea)[data-field="' + e.field + '"]')
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

  // Whole minutes to wait (at least one) from a Retry-After in seconds (the public forms' 429 limit_reached).
  function waitMinutes(res) {
    var s = parseInt(res.retryAfter, 10);
    return isNaN(s) ? 1 : Math.max(1, Math.ceil(s / 60));
  }

  App.formErrors = formErrors;
  App.waitMinutes = waitMinutes;
}());
