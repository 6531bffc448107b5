/* English strings of how to check the results (check-results.html). */
I18N.define('en', {
  'rc.title': 'How to check the results',
  'rc.lead': 'The results page links the open-data file: exactly the text the results were computed from. It holds no e-mail addresses, no praise texts and no evaluators’ names.',
  'rc.1': 'Compute the file’s SHA-256 (e.g. sha256sum): it must equal the input digest shown on the results page.',
  'rc.2': 'Lines, fields separated by tabs: formula (version); rules (C, default mean, weights online/branch/mystery shopper, threshold); rules2027.2 (minimum praise, volume share w, K); participant (id, name, category, industry, size class, has branches); praise (participant, component, count n, star sum S); evaluation (participant, date, channel, score).',
  'rc.3': 'A component’s mean m = the sum of all its stars / its number of praises. Stars = 20·(C·m + S)/(C + n). Under 2027.1 that is the component, and the mystery shopper is the mean of the scores.',
  'rc.4': 'Under 2027.2 a component = (1 − w)·stars + w·100·n/(n + R), R being the median n of the participants of the same size class having the component, at least the minimum; the mystery shopper = (K·μ + sum of scores)/(K + number of scores), μ the mean of all scores.',
  'rc.5': 'The total = the weighted mean of the components present (branch only with branches, mystery shopper only when evaluated), rounded to 2 decimals. Eligible: evaluated, a total at least the threshold (2027.2: and at least the minimum praise); order: total, number of praises, mystery-shopper score.',
  'rc.more': 'The full description: docs/scoring.md and docs/awards.md in the project’s source.'
});
