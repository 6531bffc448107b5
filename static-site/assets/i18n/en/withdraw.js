/* English strings of withdraw.html. */
I18N.define('en', {
  'wd.title': 'Withdraw praise',
  'wd.ask': 'Withdraw your praise?',
  'wd.ask.p': 'Its text and the employee’s name will be erased, and it will no longer count. This cannot be undone.',
  'wd.button': 'Withdraw praise',
  'wd.withdrawn': 'Praise withdrawn',
  'wd.already_withdrawn': 'The praise was already withdrawn',
  'wd.done.p': 'Your praise for “{name}” is erased and does not count.',
  'wd.failed': 'The praise could not be withdrawn',
  'wd.err.invalid_token': 'The link is not valid. Check that you opened the whole link from the e-mail.',
  'wd.err.closed': 'The campaign’s results are published, so praise can no longer be withdrawn. Write to the organisers (see the privacy notice).'
});
