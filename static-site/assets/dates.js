/* The one date formatter of the site and the console: the forms, examples and reasons are in its Java twin,
   lv.praise.domain.CalendarDates. Intl gives numbers only: Chromium zero-pads en-GB days. */
var Dates = (function () {
  'use strict';
  // Nominative, then after "on" (lv locative, et adessive).
  var M = {
    lv: ['janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris',
      'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī'],
    en: ['January February March April May June July August September October November December'],
    et: ['jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember',
      'jaanuaril veebruaril märtsil aprillil mail juunil juulil augustil septembril oktoobril novembril detsembril']
  };
  var clocks = {};

  // [y, m, d, h, min] of an ISO instant in the zone (Riga by default); a yyyy-mm-dd is that day.
  function fields(iso, tz) {
    var m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso), t = Date.parse(iso), f = {};
    if (m) return [+m[1], +m[2], +m[3], 0, 0];
    if (isNaN(t)) return null;
    tz = tz || 'Europe/Riga';
    (clocks[tz] = clocks[tz] || new Intl.DateTimeFormat('en-GB', { timeZone: tz, hourCycle: 'h23', year: 'numeric',
      month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }))
      .formatToParts(t).forEach(function (p) { f[p.type] = parseInt(p.value, 10); });
    return [f.year, f.month, f.day, f.hour, f.minute];
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function form(name) {
    return function (lang, iso, tz) {
      var f = fields(iso, tz);
      if (!f) return iso == null ? '' : String(iso);
      lang = M[lang] ? lang : 'lv';
      // No line break after a number: "Avaldatud 5." alone at a line's end would read as a sentence's end.
      var day = f[2] + (lang === 'en' ? '\u00a0' : '.\u00a0') + M[lang][name === 'on' && lang !== 'en' ? 1 : 0].split(' ')[f[1] - 1];
      var s = name === 'day' ? day : lang === 'lv' ? f[0] + '.\u00a0gada ' + day : day + ' ' + f[0];
      return name === 'time' ? s + ', ' + pad(f[3]) + ':' + pad(f[4]) : s;
    };
  }

  return {
    on: form('on'), date: form('date'), dayMonth: form('day'), dateTime: form('time'),
    isoDay: function (iso, tz) { var f = fields(iso, tz); return f ? f[0] + '-' + pad(f[1]) + '-' + pad(f[2]) : ''; }
  };
}());
