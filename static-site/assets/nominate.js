/* "Not in the list?": praise for an organisation that is not a participant. It never counts toward
   scores; organisers see the names and how many people gave them, and may invite them. Like a praise it
   counts once its e-mailed link is opened (confirm.html?kind=nomination). */
I18N.ready(function () {
  'use strict';
  var form = document.getElementById('nominate-form');
  var done = document.getElementById('nominate-done');
  var submit = document.getElementById('submit');
  var errors = App.formErrors(form, document.getElementById('form-errors'), 'n.errors');
  var name = document.getElementById('name');
  var typed = App.param('name');
  if (typed) name.value = typed.slice(0, 200);

  // Closed: no form, the state says why.
  App.campaign().then(function (res) {
    App.showState(document.getElementById('campaign-state'), res);
    form.hidden = !App.canPraise(res);
  });

  // Every mistake at once, before a round trip (the server names only the first).
  function check(d) {
    var e = [];
    function bad(f, no) { if (no) e.push({ field: f, code: 'invalid' }); }
    bad('name', d.name.trim().length < 2);
    bad('text', d.text && d.text.length > 2000);
    bad('email', !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.email.trim()));
    bad('consent', !d.consent);
    return e;
  }

  form.addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var d = {
      name: name.value,
      text: document.getElementById('text').value || null,
      email: document.getElementById('email').value,
      consent: document.getElementById('consent').checked,
      lang: I18N.lang(),
      website: document.getElementById('website').value
    };
    var problems = check(d);
    if (problems.length) { errors.show(problems); return; }
    errors.clear();
    submit.disabled = true;
    submit.textContent = I18N.t('p.sending');
    var res = await App.api('/api/nominations', d);
    submit.textContent = I18N.t('n.submit');
    submit.disabled = false;
    if (res.status === 202) {
      form.hidden = true;
      done.hidden = false;
      done.focus();
      return;
    }
    errors.show([{ code: App.errorCode(res), field: App.errorField(res), vars: { n: App.waitMinutes(res) } }]);
  });
});
