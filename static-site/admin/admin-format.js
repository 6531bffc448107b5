/* Text in the page language: text that follows a change of language, numbers, moments and days. */
I18N.ready(function () {
  'use strict';
  var Admin = window.Admin = window.Admin || {};

  // Text that follows the page language: fn is run now and after every change of language.
  function live(fn) { fn(); I18N.onChange(fn); }

  // A number in the page language's notation (91,68 in Latvian and Estonian, 91.68 in English), '–' for none.
  function num(n, digits) {
    var d = digits === undefined ? 2 : digits;
    return n === null || n === undefined ? '–'
      : new Intl.NumberFormat(I18N.lang(), { minimumFractionDigits: d, maximumFractionDigits: d }).format(Number(n));
  }
  function int(n) { return num(n, 0); }

  // A moment ("2027. gada 2. janvāris, 12:00") and a day, in the page language and the campaign's time zone
  // (Riga unless given): the site's formatter (assets/dates.js), '–' for none.
  function dateTime(iso, tz) { return iso ? Dates.dateTime(I18N.lang(), iso, tz) : '–'; }
  function date(iso, tz) { return iso ? Dates.date(I18N.lang(), iso, tz) : '–'; }

  Admin.live = live;
  Admin.num = num;
  Admin.int = int;
  Admin.dateTime = dateTime;
  Admin.date = date;
});
