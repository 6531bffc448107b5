package lv.praise.domain.visits;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
import lv.praise.domain.imports.CsvTable;

/**
 * Turns what an organiser sends – rows of JSON, a CSV file, or "spread evenly" – into checked rows, every row
 * checked before anything is stored (all or nothing, as the imports).
 */
public final class VisitPlan {
    public static final int MAX_VISITS = 2000;
    static final List<String> CSV_COLUMNS = List.of("participant", "branch", "channel", "evaluator", "due_from", "due_to");

    private VisitPlan() {
    }

    /** A checked row: the participant found, the evaluator's address in lower case. */
    public record Checked(Participant participant, String branch, String channel, String evaluator, LocalDate dueFrom,
                          LocalDate dueTo) {
    }

    /** Checks every row against the campaign's participants; the first fault is refused naming its field. */
    public static List<Checked> check(List<PlanRow> rows, List<Participant> participants) {
        if (rows.isEmpty() || rows.size() > MAX_VISITS) {
            throw RefusedException.invalid("visits", "plan 1 to " + MAX_VISITS + " visits at a time");
        }
        Map<String, Participant> byId = new HashMap<>();
        Map<String, List<Participant>> byNumber = new HashMap<>();
        for (Participant p : participants) {
            byId.put(p.id(), p);
            if (p.registrationNumber() != null) {
                byNumber.computeIfAbsent(p.registrationNumber().strip().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
            }
        }
        List<Checked> checked = new ArrayList<>(rows.size());
        for (PlanRow row : rows) {
            String at = row.at();
            String ref = blankToNull(row.participant());
            String participantField = participantField(at);
            if (ref == null) {
                throw RefusedException.invalid(participantField, "participant is required (its id or registration number)");
            }
            Participant participant = byId.get(ref);
            if (participant == null) {
                List<Participant> numbered = byNumber.getOrDefault(ref.toUpperCase(Locale.ROOT), List.of());
                if (numbered.size() != 1) {
                    throw new RefusedException(lv.praise.domain.ErrorCode.UNKNOWN_PARTICIPANT, participantField,
                            numbered.isEmpty() ? "no participant of this campaign has this id or registration number"
                                    : "several participants have this registration number");
                }
                participant = numbered.get(0);
            }
            String branch = blankToNull(row.branch());
            if (branch != null && !participant.branches().contains(branch)) {
                throw RefusedException.invalid(at + "branch", "branch must be one of the participant's branches");
            }
            String channel = blankToNull(row.channel());
            if (channel == null || !Questionnaire.CHANNELS.contains(channel)) {
                throw RefusedException.invalid(at + "channel", "channel must be visit, phone, e-mail or web");
            }
            String evaluator = evaluator(at + "evaluator", row.evaluator());
            boolean csv = at.startsWith("rows[");
            String fromField = at.startsWith("spread.") ? "spread.dueFrom" : at + (csv ? "due_from" : "dueFrom");
            String toField = at.startsWith("spread.") ? "spread.dueTo" : at + (csv ? "due_to" : "dueTo");
            LocalDate from = date(fromField, row.dueFrom());
            LocalDate to = date(toField, row.dueTo());
            if (to.isBefore(from)) {
                throw RefusedException.invalid(toField, "the due window must not end before it starts");
            }
            checked.add(new Checked(participant, branch, channel, evaluator, from, to));
        }
        return checked;
    }

    /** How errors name a row's participant: as the JSON field, the CSV column, or the spread's list item. */
    static String participantField(String at) {
        if (at.startsWith("spread.")) {
            return at.substring(0, at.length() - 1);
        }
        return at + (at.startsWith("rows[") ? "participant" : "participantId");
    }

    /** The evaluator's address as their token carries it: checked, lower case. */
    public static String evaluator(String field, String text) {
        String value = blankToNull(text);
        if (value == null) {
            throw RefusedException.invalid(field, "evaluator is required: the evaluator's e-mail address");
        }
        return EmailAddress.parse(field, value).address().toLowerCase(Locale.ROOT);
    }

    /**
     * "Spread evenly": each participant × channel once, assigned round-robin in the order given, so the
     * evaluators' counts differ by at most one.
     */
    public static List<PlanRow> spread(List<String> participantIds, List<String> channels, List<String> evaluators,
                                       String dueFrom, String dueTo) {
        if (participantIds.isEmpty()) {
            throw RefusedException.invalid("spread.participantIds", "name at least one participant");
        }
        if (channels.isEmpty()) {
            throw RefusedException.invalid("spread.channels", "name at least one channel");
        }
        if (evaluators.isEmpty()) {
            throw RefusedException.invalid("spread.evaluators", "name at least one evaluator");
        }
        if (new HashSet<>(participantIds).size() != participantIds.size()) {
            throw RefusedException.invalid("spread.participantIds", "a participant is named twice");
        }
        if (new HashSet<>(channels).size() != channels.size()) {
            throw RefusedException.invalid("spread.channels", "a channel is named twice");
        }
        for (int i = 0; i < channels.size(); i++) {
            if (!Questionnaire.CHANNELS.contains(channels.get(i))) {
                throw RefusedException.invalid("spread.channels[" + i + "]", "channel must be visit, phone, e-mail or web");
            }
        }
        date("spread.dueFrom", dueFrom);
        date("spread.dueTo", dueTo);
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < evaluators.size(); i++) {
            if (!distinct.add(evaluator("spread.evaluators[" + i + "]", evaluators.get(i)))) {
                throw RefusedException.invalid("spread.evaluators[" + i + "]", "an evaluator is named twice");
            }
        }
        List<String> assignees = List.copyOf(distinct);
        if ((long) participantIds.size() * channels.size() > MAX_VISITS) {
            throw RefusedException.invalid("spread", "plan at most " + MAX_VISITS + " visits at a time");
        }
        List<PlanRow> rows = new ArrayList<>();
        int next = 0;
        for (int p = 0; p < participantIds.size(); p++) {
            for (int c = 0; c < channels.size(); c++) {
                rows.add(new PlanRow("spread.participantIds[" + p + "].", participantIds.get(p), null, channels.get(c),
                        assignees.get(next % assignees.size()), dueFrom, dueTo));
                next++;
            }
        }
        return rows;
    }

    /** The CSV form: columns participant, branch, channel, evaluator, due_from, due_to; rows named from 1. */
    public static List<PlanRow> csv(String text) {
        CsvTable table;
        try {
            table = CsvTable.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("body", e.getMessage());
        }
        List<String> header = table.header().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!CSV_COLUMNS.contains(header.get(i)) || column.put(header.get(i), i) != null) {
                throw RefusedException.invalid("header", "unknown or repeated column '" + header.get(i)
                        + "'; the columns are " + String.join(", ", CSV_COLUMNS));
            }
        }
        for (String required : List.of("participant", "channel", "evaluator", "due_from", "due_to")) {
            if (!column.containsKey(required)) {
                throw RefusedException.invalid("header", "the column " + required + " is required");
            }
        }
        List<PlanRow> rows = new ArrayList<>();
        int n = 0;
        for (CsvTable.Row row : table.rows()) {
            n++;
            rows.add(new PlanRow("rows[" + n + "].", cell(row, column, "participant"), cell(row, column, "branch"),
                    cell(row, column, "channel"), cell(row, column, "evaluator"), cell(row, column, "due_from"),
                    cell(row, column, "due_to")));
        }
        return rows;
    }

    private static String cell(CsvTable.Row row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null || i >= row.fields().size() ? null : row.fields().get(i);
    }

    static LocalDate date(String field, String text) {
        String value = blankToNull(text);
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw RefusedException.invalid(field, "a due date must be a day written as yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RefusedException.invalid(field, "no such day: " + value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
