/* English strings of merging two spellings on /my/ (loaded when first used). */
I18N.define('en', {
  'my.merge.same': 'Choose two different names.',
  'my.merge.busy': 'Saving…',
  'my.merge.done': 'Merged.',
  'my.merge.undone': 'The merge is undone.'
});
