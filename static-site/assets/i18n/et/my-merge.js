/* Estonian strings of merging two spellings on /my/ (loaded when first used). */
I18N.define('et', {
  'my.merge.same': 'Vali kaks eri nime.',
  'my.merge.busy': 'Salvestab…',
  'my.merge.done': 'Ühendatud.',
  'my.merge.undone': 'Ühendamine tühistatud.'
});
