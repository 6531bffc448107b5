/* English strings of my/opt-out.html. */
I18N.define('en', {
  'oo.title': 'Stop the weekly e-mail',
  'oo.ask': 'Stop getting the weekly praise e-mail?',
  'oo.ask.p': 'During the campaign we send this address a summary of your organisation’s praise of the week before, every Monday. Once you stop it, this address gets no more of them. Your praise stays on your page.',
  'oo.button': 'Stop the e-mails',
  'oo.sending': 'Sending…',
  'oo.done': 'You will get no more weekly e-mails',
  'oo.done.p': 'We will not send the weekly praise e-mail to this address again.',
  'oo.bad': 'The link is not valid',
  'oo.bad.p': 'Check that you opened the whole link from the e-mail. Nothing was changed.',
  'oo.failed': 'That did not work',
  'oo.failed.p': 'The server had a problem. Nothing was changed; please try again later.'
});
