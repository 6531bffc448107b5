/* The campaign's state in words (home, praise and nomination forms; i18n part "state"). */
(function () {
  'use strict';
  var t = I18N.t;

  // After a label in lv and et ("Sākums: …"): the plain date. Closed: the day it really closed (closedAt).
  function stateText(c) {
    var l = I18N.lang(), tz = c.timeZone, closed = Dates.date(l, c.closedAt || c.praiseClosesAt, tz);
    if (c.state === 'published') return t('state.published', { closed: closed });
    // Archived (home only: its strings): a new campaign not open yet, the last published results below.
    if (c.lastPublishedYear) return t('home.archived', { year: c.year, date: Dates.date(l, c.praiseOpensAt, tz), last: c.lastPublishedYear });
    if (c.state === 'upcoming') return t('state.upcoming', { date: Dates.date(l, c.praiseOpensAt, tz) });
    if (c.state === 'open') return t('state.open', { date: Dates.date(l, c.praiseClosesAt, tz) });
    return t(c.closedEarly ? 'state.closedEarly' : 'state.closed', { date: closed });
  }

  // Shows the state, or why it is unknown, in the page language.
  App.showState = function (box, res) {
    if (!box.stateRes) I18N.onChange(function () { render(box); });
    box.stateRes = res;
    render(box);
    function render(b) {
      var r = b.stateRes, ok = App.ok(r);
      b.hidden = false;
      b.classList.toggle('notice-error', !ok);
      b.textContent = ok ? stateText(r.body) : App.message(App.errorCode(r));
    }
  };

  // Only then do pages offer to praise (or to name one who is not listed).
  App.canPraise = function (res) { return App.ok(res) && res.body.state === 'open'; };
}());
