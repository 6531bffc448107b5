package lv.praise.domain.imports;

import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.OrganisationName;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.SearchKey;
import lv.praise.domain.Term;
import lv.praise.domain.imports.ImportReport.Rejection;

/**
 * The organisers' participant list (CSV) into the campaign: an upsert by registration number. A
 * participant already stored under a row's registration number keeps its id and its praise counter;
 * a new one gets an id made from its name. Every row is checked before anything is written, so a
 * file with a rejected row writes nothing (unless {@link ImportOptions#importValid()}), and
 * importing the same file again changes nothing. A new registration number whose name is that of a stored
 * participant without one is not taken for a new participant unasked: the row says which it is
 * ({@link #SAME_NAME}), or it is rejected. A row with the registration number of an invitation (last year's
 * participant carried over) is that organisation: it gets the invitation's id; no other row gets an invited id.
 */
public final class ParticipantImport {
    public static final String NAME = "name";
    public static final String REGISTRATION_NUMBER = "registration_number";
    public static final String CATEGORY = "category";
    public static final String INDUSTRY = "industry";
    public static final String SIZE_CLASS = "size_class";
    public static final String CONTACT_EMAIL = "contact_email";
    public static final String BRANCHES = "branches";
    public static final List<String> COLUMNS = List.of(NAME, REGISTRATION_NUMBER, CATEGORY, INDUSTRY, SIZE_CLASS,
            CONTACT_EMAIL, BRANCHES);
    /**
     * Optional: what a row whose registration number is new means when a participant of the same name
     * ({@link OrganisationName}) is stored without a registration number – that participant's id (the row is
     * that participant: it keeps its id and praise and gains the number) or {@value #NEW} (a second participant
     * of that name). Empty: such a row is rejected, naming the participant, so no duplicate appears unasked.
     */
    public static final String SAME_NAME = "same_name";
    public static final String NEW = "new";

    static final int MAX_NAME = 200;
    static final int MAX_BRANCH = 100;
    static final int MAX_BRANCHES = 50;

    private final IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final ParticipantStore participants;
    private final IntFunction<List<Participant>> invited;

    /** For one fixed year (tests; a job or a certificate names its own year). */
    public ParticipantImport(int campaignYear, CampaignStore campaigns, ParticipantStore participants) {
        this(() -> campaignYear, campaigns, participants, year -> List.of());
    }

    public ParticipantImport(IntSupplier campaignYear, CampaignStore campaigns, ParticipantStore participants) {
        this(campaignYear, campaigns, participants, year -> List.of());
    }

    /**
     * @param invited the year's invitations (last year's participants carried over, not confirmed yet): a row
     *                with an invitation's registration number is that organisation and takes its id (its earlier
     *                marks follow it); no other row ever gets an invited id
     */
    public ParticipantImport(IntSupplier campaignYear, CampaignStore campaigns, ParticipantStore participants,
                             IntFunction<List<Participant>> invited) {
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.participants = participants;
        this.invited = invited;
    }

    public int campaignYear() {
        return campaignYear.getAsInt();
    }

    /** A row that passed every check, before it is matched with the stored participants. */
    private record Valid(int line, String name, String registrationNumber, String category, String industry,
                         String sizeClass, String contactEmail, List<String> branches, String sameName) {
    }

    /**
     * @throws lv.praise.domain.RefusedException {@code invalid} when the file as a whole is unusable
     *                                          (not CSV, header wrong); rows are judged one by one in the report
     */
    public ImportReport run(String csv, ImportOptions options) {
        CsvTable table = CsvTable.parse(csv);
        Columns columns = Columns.of(table, COLUMNS, List.of(SAME_NAME));
        Campaign campaign = campaigns.findOrDefault(campaignYear.getAsInt());
        List<Participant> stored = participants.all(campaignYear.getAsInt());
        RegistrationNumbers storedNumbers = new RegistrationNumbers(stored);

        List<Rejection> rejections = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            List<Rejection> problems = new ArrayList<>();
            Valid candidate = check(row, columns, campaign, problems);
            String number = columns.widthProblem(row) == null ? columns.value(row, REGISTRATION_NUMBER) : "";
            if (RegistrationNumbers.valid(number)) {
                Integer first = firstLine.putIfAbsent(RegistrationNumbers.key(number), row.line());
                if (first != null) {
                    problems.add(Rejection.of(row.line(), REGISTRATION_NUMBER, "duplicate_registration_number",
                            "duplicate registration number, first on line " + first, "firstLine", first));
                } else if (storedNumbers.find(number).size() > 1) {
                    problems.add(RegistrationNumbers.ambiguous(row.line(), storedNumbers.find(number)));
                }
            }
            if (problems.isEmpty()) {
                valid.add(candidate);
            } else {
                rejections.addAll(problems);
            }
        }

        Set<String> taken = new HashSet<>();
        stored.forEach(p -> taken.add(p.id()));
        // An invitation's id is its organisation's (its earlier marks are read by id): never another's.
        List<Participant> invitations = invited.apply(campaignYear.getAsInt());
        Map<String, Participant> invitedByNumber = new HashMap<>();
        for (Participant p : invitations) {
            // An invitation whose id takes part already (confirmed, or taken before this rule) is matched no more.
            if (p.registrationNumber() != null && RegistrationNumbers.valid(p.registrationNumber())
                    && !taken.contains(p.id())) {
                invitedByNumber.putIfAbsent(RegistrationNumbers.key(p.registrationNumber()), p);
            }
        }
        invitations.forEach(p -> taken.add(p.id()));
        List<Participant> writes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Map<String, List<Participant>> withoutNumber = new HashMap<>();
        for (Participant p : stored) {
            if (p.registrationNumber() == null || p.registrationNumber().isBlank()) {
                withoutNumber.computeIfAbsent(OrganisationName.sameNameKey(p.name()), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, Participant> byId = new HashMap<>();
        stored.forEach(p -> byId.put(p.id(), p));
        Map<String, Integer> matchedOn = new HashMap<>();
        for (Valid row : valid) {
            List<Participant> match = storedNumbers.find(row.registrationNumber());
            if (match.isEmpty()) {
                Rejection sameName = sameName(row, withoutNumber, byId, matchedOn);
                if (sameName != null) {
                    rejections.add(sameName);
                    continue;
                }
                if (!row.sameName().isEmpty() && !row.sameName().equals(NEW)) {
                    match = List.of(byId.get(row.sameName()));
                }
            } else if (!row.sameName().isEmpty() && !row.sameName().equals(match.get(0).id())) {
                rejections.add(Rejection.of(row.line(), SAME_NAME, "same_name_number_elsewhere", "the registration number is "
                        + "participant '" + match.get(0).id() + "'s; leave same_name empty or give that id", "id", match.get(0).id()));
                continue;
            }
            if (match.isEmpty() && row.sameName().isEmpty()
                    && invitedByNumber.containsKey(RegistrationNumbers.key(row.registrationNumber()))) {
                // Last year's participant, invited, imported again (under its name of this year, maybe another):
                // the same organisation keeps its id. Its invitation stays until confirmed – which then answers
                // it as taking part already – and is no longer offered.
                Participant invitation = invitedByNumber.remove(RegistrationNumbers.key(row.registrationNumber()));
                writes.add(participant(invitation.id(), row, 0));
                created++;
            } else if (match.isEmpty()) {
                String id = Slugs.unique(Slugs.of(row.name(), row.registrationNumber()), taken);
                writes.add(participant(id, row, 0));
                created++;
            } else {
                Participant existing = match.get(0);
                Participant next = participant(existing.id(), row, existing.confirmedPraiseCount());
                if (next.equals(existing)) {
                    unchanged++;
                } else {
                    writes.add(next);
                    updated++;
                }
            }
        }
        boolean write = ImportReport.writes(options, rejections);
        if (write) {
            ParallelWrites.run(writes, participants::save);
        }
        return ImportReport.of(options, write, table.rows().size(), created, updated, unchanged, rejections);
    }

    /**
     * The same-name rule for a row whose registration number matches no stored participant: null when the row
     * may be written (no stored participant of that name lacks a number, or same_name says which it is or that
     * it is new), else why not.
     */
    private static Rejection sameName(Valid row, Map<String, List<Participant>> withoutNumber,
                                      Map<String, Participant> byId, Map<String, Integer> matchedOn) {
        String said = row.sameName();
        if (said.equals(NEW)) {
            return null;
        }
        if (said.isEmpty()) {
            List<Participant> same = withoutNumber.getOrDefault(OrganisationName.sameNameKey(row.name()), List.of());
            if (same.isEmpty()) {
                return null;
            }
            return Rejection.of(row.line(), SAME_NAME, "same_name_exists", "same name as an existing participant without a "
                    + "registration number: "
                    + String.join(", ", same.stream().map(p -> "'" + p.id() + "' (" + Columns.shorten(p.name(), 60) + ")").toList())
                    + "; put its id in same_name to update it, or '" + NEW + "' to add another participant",
                    "ids", String.join(", ", same.stream().map(Participant::id).toList()), "new", NEW);
        }
        Participant named = byId.get(said);
        if (named == null) {
            return Rejection.of(row.line(), SAME_NAME, "same_name_unknown", "no participant '" + Columns.shorten(said, 60)
                    + "' in this campaign", "value", Columns.shorten(said, 60));
        }
        if (named.registrationNumber() != null && !named.registrationNumber().isBlank()) {
            return Rejection.of(row.line(), SAME_NAME, "same_name_has_number", "participant '" + said
                    + "' has another registration number; a number identifies one participant", "id", said);
        }
        Integer first = matchedOn.putIfAbsent(said, row.line());
        if (first != null) {
            return Rejection.of(row.line(), SAME_NAME, "same_name_matched_twice", "participant '" + said
                    + "' is already matched on line " + first, "id", said, "firstLine", first);
        }
        return null;
    }

    private Participant participant(String id, Valid row, long confirmedPraiseCount) {
        return new Participant(campaignYear.getAsInt(), id, row.name(), row.category(), row.industry(), row.sizeClass(),
                row.branches(), row.contactEmail(), confirmedPraiseCount, row.registrationNumber());
    }

    /** The row as a participant's data, or null with its problems added to {@code problems}. */
    private static Valid check(CsvTable.Row row, Columns columns, Campaign campaign, List<Rejection> problems) {
        int line = row.line();
        String width = columns.widthProblem(row);
        if (width != null) {
            problems.add(Rejection.of(line, "row", "row_width", width, "expected", columns.width(), "found", row.fields().size()));
            return null;
        }
        List<Rejection> control = columns.controlCharacters(row);
        problems.addAll(control);
        String name = columns.value(row, NAME);
        if (name.isEmpty()) {
            problems.add(Rejection.of(line, NAME, "required", "name is required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(Rejection.of(line, NAME, "too_long", "name must be at most " + MAX_NAME + " characters", "max", MAX_NAME));
        }
        String number = columns.value(row, REGISTRATION_NUMBER);
        Rejection numberProblem = RegistrationNumbers.rejection(line, number);
        if (numberProblem != null) {
            problems.add(numberProblem);
        }
        String category = term(campaign.categories(), columns.value(row, CATEGORY), CATEGORY, "category", line, problems);
        String industry = term(campaign.industries(), columns.value(row, INDUSTRY), INDUSTRY, "industry", line, problems);
        String sizeClass = term(campaign.sizeClasses(), columns.value(row, SIZE_CLASS), SIZE_CLASS, "size class", line,
                problems);
        String email = columns.value(row, CONTACT_EMAIL);
        // Said once: a control character in it was reported above.
        String emailProblem = email.isEmpty() || control.stream().anyMatch(r -> r.field().equals(CONTACT_EMAIL)) ? null
                : EmailAddress.problem(email);
        if (emailProblem != null) {
            problems.add(Rejection.of(line, CONTACT_EMAIL, "email_invalid", "contact e-mail " + emailProblem));
        }
        List<String> branches = branches(columns.value(row, BRANCHES), line, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Valid(line, name, number, category, industry, sizeClass,
                email.isEmpty() ? null : EmailAddress.of(email).address(), branches, columns.value(row, SAME_NAME));
    }

    private static String term(List<Term> terms, String written, String column, String what, int line,
                               List<Rejection> problems) {
        if (written.isEmpty()) {
            problems.add(Rejection.of(line, column, "required", what + " is required"));
            return null;
        }
        Optional<Term> term = Terms.find(terms, written);
        if (term.isEmpty()) {
            problems.add(Rejection.of(line, column, "unknown_term", "unknown " + what + " '" + Columns.shorten(written, 60) + "'",
                    "value", Columns.shorten(written, 60)));
            return null;
        }
        return term.get().code();
    }

    /** Branches separated by {@code ;}; an empty field means none. Repeats are compared like search does. */
    private static List<String> branches(String field, int line, List<Rejection> problems) {
        if (field.isEmpty()) {
            return List.of();
        }
        String[] parts = field.split(";", -1);
        if (parts.length > MAX_BRANCHES) {
            problems.add(Rejection.of(line, BRANCHES, "too_many_branches",
                    "at most " + MAX_BRANCHES + " branches, found " + parts.length, "max", MAX_BRANCHES, "found", parts.length));
            return null;
        }
        List<String> branches = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < parts.length; i++) {
            String branch = parts[i].strip();
            if (branch.isEmpty()) {
                problems.add(Rejection.of(line, BRANCHES, "branch_empty",
                        "branch " + (i + 1) + " is empty (two ';' in a row, or one at the end)", "n", i + 1));
                return null;
            }
            if (branch.length() > MAX_BRANCH) {
                problems.add(Rejection.of(line, BRANCHES, "branch_too_long", "branch '" + Columns.shorten(branch, 40)
                        + "' is longer than " + MAX_BRANCH + " characters", "value", Columns.shorten(branch, 40), "max", MAX_BRANCH));
                return null;
            }
            if (!keys.add(SearchKey.of(branch))) {
                problems.add(Rejection.of(line, BRANCHES, "branch_repeated", "branch '" + branch + "' is listed twice",
                        "value", branch));
                return null;
            }
            branches.add(branch);
        }
        return branches;
    }
}
