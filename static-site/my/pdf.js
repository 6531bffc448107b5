/* The PDF downloads of /my/ (the report, praise cards), loaded when a download is first asked for (my.js): fetched
   with the bearer token and handed to the browser as a file. */
(function () {
  'use strict';
  var M = My, t = M.t;
  M.download = async function (path, b) {
    b.disabled = true;
    M.say(t('my.dl.busy'));
    var r = await M.call(path, { raw: true, headers: { Accept: 'application/pdf' } }), blob = r.raw && await r.raw.blob();
    b.disabled = false;
    if (!blob) { if (!r.gone) M.say(M.failure(r)); return; }
    var a = M.el('a', null, null, document.body), url = URL.createObjectURL(blob);
    a.href = url;
    a.download = (/filename="?([^";]+)/.exec(r.raw.headers.get('Content-Disposition') || '') || [])[1] || 'praise.pdf';
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    M.say(t('my.dl.done', { name: a.download }));
  };
}());
