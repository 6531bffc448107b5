/* Plural forms by number, for the console and any page that counts ("1 rinda", "2 rindas"): adds I18N.plural and
   I18N.tn to i18n.js (kept out of it so pages that count nothing don't carry it). */
(function () {
  'use strict';
  // CLDR's rules for whole numbers: Latvian "zero" (ends in 0, or 11–19), "one" (ends in 1 but not 11) and
  // "other"; English and Estonian "one" (exactly 1) and "other".
  function plural(l, n) {
    n = Math.abs(Math.trunc(Number(n) || 0));
    if (l === 'lv') {
      if (n % 10 === 0 || (n % 100 >= 11 && n % 100 <= 19)) return 'zero';
      return n % 10 === 1 ? 'one' : 'other';
    }
    return n === 1 ? 'one' : 'other';
  }

  // A counted text: key|zero or key|one when the strings have that form for n, else key (the "other" form);
  // a missing "zero" falls back to "other", as Latvian's zero form mostly reads like it.
  function tn(key, n, vars) {
    var form = plural(I18N.lang(), n);
    return I18N.t(form !== 'other' && I18N.has(key + '|' + form) ? key + '|' + form : key, vars);
  }

  I18N.plural = plural;
  I18N.tn = tn;
}());
