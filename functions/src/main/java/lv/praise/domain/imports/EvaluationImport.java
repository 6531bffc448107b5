package lv.praise.domain.imports;

import java.util.function.IntSupplier;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.praise.domain.Evaluation;
import lv.praise.domain.EvaluationKey;
import lv.praise.domain.EvaluationStore;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.imports.ImportReport.Rejection;

/**
 * Expert and mystery-shopper evaluations (CSV) into the campaign. A row names its participant by
 * registration number; participant, date, evaluator and channel identify an evaluation
 * ({@link EvaluationKey}), so importing a file again changes nothing and a corrected score replaces
 * the old one. Every row is checked before anything is written.
 */
public final class EvaluationImport {
    public static final String REGISTRATION_NUMBER = "registration_number";
    public static final String DATE = "date";
    public static final String EVALUATOR = "evaluator";
    public static final String CHANNEL = "channel";
    public static final String SCORE = "score";
    public static final List<String> COLUMNS = List.of(REGISTRATION_NUMBER, DATE, EVALUATOR, CHANNEL, SCORE);
    /** The channels of an evaluation, as stored. */
    public static final List<String> CHANNELS = List.of("visit", "phone", "e-mail", "web");

    static final int MAX_EVALUATOR = 100;
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
    private static final Pattern LATVIAN_DATE = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$");
    private static final Pattern WHOLE = Pattern.compile("^[+-]?\\d{1,9}$");
    private static final Pattern DECIMAL = Pattern.compile("^[+-]?\\d*[.,]\\d+$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final IntSupplier campaignYear;
    private final ParticipantStore participants;
    private final EvaluationStore evaluations;

    /** For one fixed year (tests; a job or a certificate names its own year). */
    public EvaluationImport(int campaignYear, ParticipantStore participants, EvaluationStore evaluations) {
        this(() -> campaignYear, participants, evaluations);
    }

    public EvaluationImport(IntSupplier campaignYear, ParticipantStore participants, EvaluationStore evaluations) {
        this.campaignYear = campaignYear;
        this.participants = participants;
        this.evaluations = evaluations;
    }

    public int campaignYear() {
        return campaignYear.getAsInt();
    }

    /**
     * @throws lv.praise.domain.RefusedException {@code invalid} when the file as a whole is unusable
     *                                          (not CSV, header wrong); rows are judged one by one in the report
     */
    public ImportReport run(String csv, ImportOptions options) {
        CsvTable table = CsvTable.parse(csv);
        Columns columns = Columns.of(table, COLUMNS);
        RegistrationNumbers numbers = new RegistrationNumbers(participants.all(campaignYear.getAsInt()));
        Map<EvaluationKey, Evaluation> stored = new HashMap<>();
        for (Evaluation evaluation : evaluations.all(campaignYear.getAsInt())) {
            stored.put(EvaluationKey.of(evaluation), evaluation);
        }

        List<Rejection> rejections = new ArrayList<>();
        Map<EvaluationKey, Integer> firstLine = new HashMap<>();
        List<Evaluation> writes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (CsvTable.Row row : table.rows()) {
            List<Rejection> problems = new ArrayList<>();
            Evaluation evaluation = check(row, columns, numbers, problems);
            if (evaluation == null) {
                rejections.addAll(problems);
                continue;
            }
            EvaluationKey key = EvaluationKey.of(evaluation);
            Integer first = firstLine.putIfAbsent(key, row.line());
            if (first != null) {
                rejections.add(Rejection.of(row.line(), "row", "duplicate_evaluation",
                        "duplicate evaluation (same participant, date, evaluator and channel), first on line " + first,
                        "firstLine", first));
                continue;
            }
            Evaluation before = stored.get(key);
            if (before == null) {
                writes.add(evaluation);
                created++;
            } else if (before.equals(evaluation)) {
                unchanged++;
            } else {
                writes.add(evaluation);
                updated++;
            }
        }
        boolean write = ImportReport.writes(options, rejections);
        if (write && !writes.isEmpty()) {
            evaluations.saveAll(writes);
        }
        return ImportReport.of(options, write, table.rows().size(), created, updated, unchanged, rejections);
    }

    private Evaluation check(CsvTable.Row row, Columns columns, RegistrationNumbers numbers, List<Rejection> problems) {
        int line = row.line();
        String width = columns.widthProblem(row);
        if (width != null) {
            problems.add(Rejection.of(line, "row", "row_width", width, "expected", columns.width(), "found", row.fields().size()));
            return null;
        }
        problems.addAll(columns.controlCharacters(row));
        String participantId = participant(columns.value(row, REGISTRATION_NUMBER), numbers, line, problems);
        LocalDate date = date(columns.value(row, DATE), line, problems);
        String evaluator = BLANKS.matcher(Normalizer.normalize(columns.value(row, EVALUATOR), Normalizer.Form.NFC))
                .replaceAll(" ");
        if (evaluator.isEmpty()) {
            problems.add(Rejection.of(line, EVALUATOR, "required", "evaluator is required"));
        } else if (evaluator.length() > MAX_EVALUATOR) {
            problems.add(Rejection.of(line, EVALUATOR, "too_long", "evaluator must be at most " + MAX_EVALUATOR + " characters",
                    "max", MAX_EVALUATOR));
        }
        String channel = columns.value(row, CHANNEL).toLowerCase(Locale.ROOT);
        if (channel.isEmpty()) {
            problems.add(Rejection.of(line, CHANNEL, "required", "channel is required: " + String.join(", ", CHANNELS),
                    "allowed", String.join(", ", CHANNELS)));
        } else if (!CHANNELS.contains(channel)) {
            problems.add(Rejection.of(line, CHANNEL, "unknown_channel", "unknown channel '"
                    + Columns.shorten(columns.value(row, CHANNEL), 40) + "': use " + String.join(", ", CHANNELS),
                    "value", Columns.shorten(columns.value(row, CHANNEL), 40), "allowed", String.join(", ", CHANNELS)));
        }
        Integer score = score(columns.value(row, SCORE), line, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Evaluation(campaignYear.getAsInt(), participantId, date, evaluator, channel, score);
    }

    private static String participant(String number, RegistrationNumbers numbers, int line, List<Rejection> problems) {
        Rejection problem = RegistrationNumbers.rejection(line, number);
        if (problem != null) {
            problems.add(problem);
            return null;
        }
        List<Participant> found = numbers.find(number);
        if (found.isEmpty()) {
            problems.add(Rejection.of(line, REGISTRATION_NUMBER, "unknown_participant", "unknown participant '" + number
                    + "': no participant of the campaign has this registration number", "value", number));
            return null;
        }
        if (found.size() > 1) {
            problems.add(RegistrationNumbers.ambiguous(line, found));
            return null;
        }
        return found.get(0).id();
    }

    private LocalDate date(String text, int line, List<Rejection> problems) {
        if (text.isEmpty()) {
            problems.add(Rejection.of(line, DATE, "required", "date is required: YYYY-MM-DD or DD.MM.YYYY"));
            return null;
        }
        Matcher iso = ISO_DATE.matcher(text);
        Matcher latvian = LATVIAN_DATE.matcher(text);
        LocalDate date;
        try {
            if (iso.matches()) {
                date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } else if (latvian.matches()) {
                date = LocalDate.of(Integer.parseInt(latvian.group(3)), Integer.parseInt(latvian.group(2)),
                        Integer.parseInt(latvian.group(1)));
            } else {
                problems.add(Rejection.of(line, DATE, "date_format", "date must be YYYY-MM-DD or DD.MM.YYYY, not '"
                        + Columns.shorten(text, 40) + "'", "value", Columns.shorten(text, 40)));
                return null;
            }
        } catch (DateTimeException e) {
            problems.add(Rejection.of(line, DATE, "date_not_in_calendar", "'" + text + "' is not a date of the calendar",
                    "value", text));
            return null;
        }
        if (date.getYear() != campaignYear.getAsInt()) {
            problems.add(Rejection.of(line, DATE, "date_outside_campaign", "date " + date + " is outside the " + campaignYear.getAsInt()
                    + " campaign", "date", date, "year", campaignYear.getAsInt()));
            return null;
        }
        return date;
    }

    private static Integer score(String text, int line, List<Rejection> problems) {
        String rule = "score must be a whole number from 0 to 100";
        if (text.isEmpty()) {
            problems.add(Rejection.of(line, SCORE, "required", "score is required: a whole number from 0 to 100"));
            return null;
        }
        if (DECIMAL.matcher(text).matches()) {
            problems.add(Rejection.of(line, SCORE, "score_decimals", rule + "; '" + text + "' has decimals (round it in the file)",
                    "value", text));
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            problems.add(Rejection.of(line, SCORE, "score_not_whole", rule + ", not '" + Columns.shorten(text, 40) + "'",
                    "value", Columns.shorten(text, 40)));
            return null;
        }
        int score = Integer.parseInt(text);
        if (score < 0 || score > 100) {
            problems.add(Rejection.of(line, SCORE, "score_out_of_range", rule + ", not " + score, "value", score));
            return null;
        }
        return score;
    }
}
