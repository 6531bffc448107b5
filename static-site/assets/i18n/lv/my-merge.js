/* Latvian strings of merging two spellings on /my/ (loaded when first used). */
I18N.define('lv', {
  'my.merge.same': 'Izvēlies divus dažādus vārdus.',
  'my.merge.busy': 'Saglabā…',
  'my.merge.done': 'Apvienots.',
  'my.merge.undone': 'Apvienošana atcelta.'
});
