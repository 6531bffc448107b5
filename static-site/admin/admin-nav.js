/* The console's frame on every page but the sign-in: no session → the sign-in, else the header naming who is
   signed in, the menu of the console's pages, and the page's export buttons (admin-downloads.js, where loaded). */
I18N.ready(function () {
  'use strict';
  var Admin = window.Admin = window.Admin || {};
  var t = I18N.t, el = App.el;
  var PAGES = [
    ['index', 'a.nav.home'], ['participants', 'a.nav.participants'], ['evaluations', 'a.nav.evaluations'],
    ['questionnaire', 'a.nav.questionnaire'], ['visits', 'a.nav.visits'], ['review', 'a.nav.review'], ['calibration', 'a.nav.calibration'],
    ['standings', 'a.nav.standings'], ['moderation', 'a.nav.moderation'], ['praise-entry', 'a.nav.praiseEntry'],
    ['nominations', 'a.nav.nominations'], ['posters', 'a.nav.posters'], ['awards', 'a.nav.awards'],
    ['campaign', 'a.nav.campaign']
  ];

  // On a phone the nine links would wrap into five rows before the page's heading: there a button
  // (a disclosure naming the current page) shows and hides them; from 48rem up the list is always shown.
  function renderNav(current) {
    var nav = document.getElementById('console-nav');
    if (!nav) return;
    var ul = el('ul');
    ul.id = 'console-nav-list';
    var here = null;
    PAGES.forEach(function (p) {
      var a = el('a');
      a.href = '/admin/' + p[0] + '.html';
      a.dataset.i18n = p[1];
      a.textContent = t(p[1]);
      if (p[0] === current) { a.setAttribute('aria-current', 'page'); here = p[1]; }
      ul.appendChild(el('li')).appendChild(a);
    });
    var toggle = el('button', 'nav-toggle');
    toggle.type = 'button';
    toggle.id = 'console-nav-toggle';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', ul.id);
    var label = toggle.appendChild(el('span', 'nav-toggle-label'));
    var where = toggle.appendChild(el('span', 'nav-toggle-here'));
    function text() {
      label.textContent = t('a.nav.menu');
      where.textContent = here ? t(here) : '';
    }
    text();
    I18N.onChange(text);
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('open', open);
    });
    nav.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && nav.classList.contains('open')) {
        nav.classList.remove('open');
        toggle.setAttribute('aria-expanded', 'false');
        toggle.focus();
      }
    });
    nav.textContent = '';
    nav.appendChild(toggle);
    nav.appendChild(ul);
    nav.hidden = false;
  }

  // Every page but the sign-in: no session → the sign-in, else the header and nav.
  function page(current) {
    var s = Admin.session();
    if (!s) { Admin.toSignIn('signin'); return null; }
    Admin.renderSession(s);
    renderNav(current);
    if (Admin.exportButtons) Admin.exportButtons();
    return s;
  }

  Admin.renderNav = renderNav;
  Admin.page = page;
});
