/* The API's refusals in the organiser's words: a sentence in the page language naming the field, shown in a box
   and shown again in a newly chosen language. */
I18N.ready(function () {
  'use strict';
  var Admin = window.Admin = window.Admin || {};
  var t = I18N.t, el = App.el;

  // A field as the API names it, in words: "criteria[2].weight" → "Criteria no. 3 – Weight"; unknown names as they are.
  function fieldName(field, nested) {
    if (nested && I18N.has('afield.sub.' + field)) return t('afield.sub.' + field);
    if (I18N.has('afield.' + field)) return t('afield.' + field);
    if (I18N.has('field.' + field)) return t('field.' + field);
    var m = /^([A-Za-z]+)\[(\d+)\]\.?(.*)$/.exec(field);
    if (m) return t('a.field.item', { list: fieldName(m[1]), n: Number(m[2]) + 1 }) + (m[3] ? ' – ' + fieldName(m[3], true) : '');
    m = /^([A-Za-z]+)\.(.+)$/.exec(field);
    if (m && I18N.has('afield.' + m[1])) return t('afield.' + m[1]) + ' – ' + fieldName(m[2], true);
    return field;
  }

  // The API's error as a sentence in the page language, naming the field; the API's own (English) message after it.
  function errorText(res) {
    var code = App.errorCode(res), field = App.errorField(res);
    if (res.status === 404 && (code === 'unavailable' || field === 'path')) return t('a.err.noRoute');
    // A field's own sentence for 'invalid' (inv.<field>), else the console's for the code, else the site's.
    var text = code === 'invalid' && field && I18N.has('inv.' + field) ? t('inv.' + field)
      : I18N.has('a.err.' + code) ? t('a.err.' + code) : App.message(code, field);
    // The field named in the organiser's words; one the console has no name for (the API's own, such as
    // "campaign" or "authorization") is left out rather than shown raw.
    if (field && field !== 'body' && fieldName(field) !== field) text = t('a.err.field', { field: fieldName(field) }) + ' ' + text;
    return text;
  }

  var shown = [];
  // Only the translated text: the API's own message is English, for programs (it stays in the answer).
  function renderError(box) {
    var res = box.adminError;
    box.textContent = '';
    box.hidden = !res;
    if (!res) return;
    box.appendChild(el('p', 'err-main', errorText(res)));
  }
  function showError(box, res) {
    if (shown.indexOf(box) < 0) shown.push(box);
    box.adminError = res;
    renderError(box);
  }
  function clearError(box) { box.adminError = null; renderError(box); }

  Admin.fieldName = fieldName;
  Admin.errorText = errorText;
  Admin.showError = showError;
  Admin.clearError = clearError;
  I18N.onChange(function () { shown.forEach(renderError); });
});
