/*
 * The privacy notice's settings: who the controller is and how long hashes are kept are the deployment's data
 * (/assets/privacy-settings.json, docs/deploy.md), not words in the translations.
 */
(function () {
  var settings = null;
  function fill() {
    if (!settings) return;
    var c = settings.controller || {};
    document.querySelectorAll('[data-setting]').forEach(function (el) {
      var v = c[el.dataset.setting];
      // A deployment that has not filled its settings in says so in the reader's language, never a placeholder.
      el.textContent = v == null || v === '' ? I18N.t('pv.unset') : String(v);
      if (el.tagName === 'A' && el.dataset.setting === 'email') {
        if (v) el.href = 'mailto:' + v; else el.removeAttribute('href');
      }
    });
    var vars = { days: settings.hashRetentionDaysAfterAwards, minutes: settings.limitWindowMinutes };
    document.querySelectorAll('[data-i18n-vars]').forEach(function (el) {
      el.textContent = I18N.t(el.dataset.i18nVars, vars);
    });
  }
  I18N.ready(function () {
    fetch('/assets/privacy-settings.json', { cache: 'no-cache' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) { settings = s; fill(); })
      .catch(function () { /* the notice stays readable; the filled-in parts stay empty */ });
    I18N.onChange(fill);
  });
})();
