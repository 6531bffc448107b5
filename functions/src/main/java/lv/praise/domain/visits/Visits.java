package lv.praise.domain.visits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import lv.praise.domain.Actor;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.FreeText;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.RefusedException;

/**
 * The use cases of structured visits (issue 17, docs/evaluations.md): the questionnaire, the organisers' plan,
 * review and calibration, and the evaluators' plan and submissions. Every write is conditional in the store;
 * a move that lost a race is read again and answered from what is stored.
 */
public final class Visits {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int ATTEMPTS = 5;

    private final java.util.function.IntSupplier year;
    private final CampaignStore campaigns;
    private final ParticipantStore participants;
    private final QuestionnaireStore questionnaires;
    private final VisitStore visits;
    private final Clock clock;
    private final Supplier<String> ids;

    /** A fixed year (tests, and tools that name the year). */
    public Visits(int year, CampaignStore campaigns, ParticipantStore participants, QuestionnaireStore questionnaires,
                  VisitStore visits, Clock clock, Supplier<String> ids) {
        this(() -> year, campaigns, participants, questionnaires, visits, clock, ids);
    }

    public Visits(java.util.function.IntSupplier year, CampaignStore campaigns, ParticipantStore participants, QuestionnaireStore questionnaires,
                  VisitStore visits, Clock clock, Supplier<String> ids) {
        this.year = year;
        this.campaigns = campaigns;
        this.participants = participants;
        this.questionnaires = questionnaires;
        this.visits = visits;
        this.clock = clock;
        this.ids = ids;
    }

    public int year() {
        return year.getAsInt();
    }

    /** Refuses a year other than the current campaign's, naming {@code year}. */
    public void requireYear(Integer asked) {
        if (asked != null && asked != year()) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "year", "this API serves the " + year() + " campaign");
        }
    }

    public Questionnaire questionnaire() {
        return questionnaires.current(year());
    }

    /** Saves the criteria: replaces the current version while not frozen, else adds the next one. */
    public Questionnaire saveQuestionnaire(List<Criterion> criteria) {
        List<Criterion> checked = Questionnaire.validate(criteria);
        requireNotPublished();
        for (int attempt = 1; ; attempt++) {
            Questionnaire current = questionnaires.current(year());
            try {
                return questionnaires.save(current, checked);
            } catch (VisitStore.Moved moved) {
                if (attempt >= ATTEMPTS) {
                    throw moved;
                }
            }
        }
    }

    /** Filters of the organisers' list; null means any. */
    public record Filter(VisitStatus status, String evaluator, String participantId) {
    }

    public List<Visit> list(Filter filter) {
        Predicate<Visit> keep = v -> (filter.status() == null || v.status() == filter.status())
                && (filter.evaluator() == null || v.evaluator().equals(filter.evaluator()))
                && (filter.participantId() == null || v.participantId().equals(filter.participantId()));
        List<Visit> all = filter.evaluator() != null ? visits.ofEvaluator(year(), filter.evaluator()) : visits.all(year());
        return all.stream().filter(keep).sorted(ORDER).toList();
    }

    /**
     * What a plan did: the visits it created, and those of rows already planned before (the stored visit of the
     * same participant, branch, channel, evaluator and due window), which it left as they were.
     */
    public record Planned(List<Visit> created, List<Visit> existing) {
    }

    /**
     * Plans the rows, every row checked before any is stored. Idempotent: a row whose visit is planned already
     * (sent again after a double click, or after a failure half-way) plans nothing and is answered as existing;
     * two equal rows in one plan are one visit.
     */
    public Planned plan(List<PlanRow> rows, Actor by) {
        List<VisitPlan.Checked> checked = VisitPlan.check(rows, participants.all(year()));
        requireNotPublished();
        Instant now = clock.instant();
        Map<String, Visit> byKey = new java.util.LinkedHashMap<>();
        for (VisitPlan.Checked c : checked) {
            Visit visit = new Visit(ids.get(), year(), c.participant().id(), c.participant().name(), c.branch(),
                    c.channel(), c.evaluator(), c.dueFrom(), c.dueTo(), VisitStatus.PLANNED, null, by, now, null, List.of());
            byKey.putIfAbsent(visit.planKey(), visit);
        }
        Map<String, String> taken = visits.plan(byKey.values());
        List<Visit> created = new ArrayList<>();
        Map<String, Visit> existing = new java.util.LinkedHashMap<>();
        for (Visit v : byKey.values()) {
            String earlier = taken.get(v.id());
            if (earlier == null) {
                created.add(v);
            } else {
                // Cancelled in the moment since: nothing to show (planning again would create it).
                visits.find(year(), earlier).ifPresent(stored -> existing.put(stored.id(), stored));
            }
        }
        return new Planned(created, List.copyOf(existing.values()));
    }

    /**
     * An organiser cancels a planned visit that was never submitted (a mistake, a duplicate): it is removed,
     * its plan key freed. A submitted, returned or approved visit is 409 {@code already_submitted}.
     */
    public void cancel(String id) {
        for (int attempt = 1; ; attempt++) {
            Visit before = visits.find(year(), id).orElseThrow(() -> notFound());
            before.requireCancellable();
            requireNotPublished();
            try {
                visits.cancel(before);
                return;
            } catch (VisitStore.Frozen frozen) {
                throw published();
            } catch (VisitStore.Moved moved) {
                // Submitted meanwhile: read again (then refused), or cancelled by another organiser (then 404).
                if (attempt >= ATTEMPTS) {
                    throw moved;
                }
            }
        }
    }

    /** An evaluator's own visits and the questionnaire versions they need (their visits' and the current). */
    public record EvaluatorPlan(String evaluator, List<Visit> visits, List<Questionnaire> questionnaires) {
    }

    public EvaluatorPlan planOf(String evaluator) {
        List<Visit> mine = visits.ofEvaluator(year(), evaluator).stream().sorted(ORDER).toList();
        Questionnaire current = questionnaires.current(year());
        Set<Integer> needed = new TreeSet<>();
        for (Visit v : mine) {
            if (v.questionnaireVersion() != null) {
                needed.add(v.questionnaireVersion());
            }
        }
        List<Questionnaire> versions = new ArrayList<>();
        for (int version : needed) {
            if (version != current.version()) {
                versions.add(questionnaires.version(year(), version).orElseThrow(() ->
                        new IllegalStateException("questionnaire version " + version + " is missing")));
            }
        }
        versions.add(current);
        versions.sort(Comparator.comparingInt(Questionnaire::version));
        return new EvaluatorPlan(evaluator, mine, versions);
    }

    /**
     * Submits (or resubmits a returned) visit of this evaluator. The same {@code submissionId} again answers the
     * stored visit; another while submitted or approved is 409 {@code already_submitted}; bad input is refused
     * before anything is written.
     */
    public Visit submit(String evaluator, String id, Submission submission, Actor enteredBy) {
        check(submission);
        for (int attempt = 1; ; attempt++) {
            Visit before = visits.find(year(), evaluator, id).orElseThrow(() -> notFound());
            if (before.isRepeatOf(submission)) {
                return before;
            }
            before.requireOpen();
            requireNotPublished();
            Questionnaire questionnaire = before.questionnaireVersion() == null ? questionnaires.current(year())
                    : questionnaires.version(year(), before.questionnaireVersion()).orElseThrow(() ->
                    new IllegalStateException("questionnaire version " + before.questionnaireVersion() + " is missing"));
            VisitScoring.Scored scored = VisitScoring.score(questionnaire, before.channel(), submission.answers());
            SubmissionVersion version = new SubmissionVersion(before.versions() + 1, submission.submissionId(),
                    submission.visitedAt(), submission.place(), submission.answers(), submission.comment(), scored.score(),
                    questionnaire.version(), scored.fractions(), enteredBy, clock.instant());
            Visit after = before.submitted(version);
            try {
                visits.submit(before, after, questionnaire);
                return after;
            } catch (VisitStore.Frozen frozen) {
                throw published();
            } catch (VisitStore.Moved moved) {
                // Another submission or a review landed first, or the questionnaire changed: read again.
                if (attempt >= ATTEMPTS) {
                    throw moved;
                }
            }
        }
    }

    /** An organiser approves a submitted visit, or returns it with a comment. */
    public Visit review(String id, String decision, String comment, Actor by) {
        if (comment != null) {
            FreeText.text("comment", comment);
            if (comment.length() > 2000) {
                throw RefusedException.invalid("comment", "comment must be at most 2000 characters");
            }
        }
        for (int attempt = 1; ; attempt++) {
            Visit before = visits.find(year(), id).orElseThrow(() -> notFound());
            Visit after = before.reviewed(decision, comment, by, clock.instant());
            requireNotPublished();
            try {
                visits.review(before, after);
                return after;
            } catch (VisitStore.Frozen frozen) {
                throw published();
            } catch (VisitStore.Moved moved) {
                if (attempt >= ATTEMPTS) {
                    throw moved;
                }
            }
        }
    }

    public List<Calibration.Line> calibration() {
        return Calibration.of(visits.all(year()));
    }

    /** Participant names for the views, by id. */
    public Map<String, String> participantNames() {
        Map<String, String> names = new TreeMap<>();
        for (Participant p : participants.all(year())) {
            names.put(p.id(), p.name());
        }
        return names;
    }

    static void check(Submission s) {
        if (s.submissionId() == null || !UUID.matcher(s.submissionId()).matches()) {
            throw RefusedException.invalid("submissionId", "submissionId must be a UUID made by the page");
        }
        if (s.visitedAt() == null) {
            throw RefusedException.invalid("visitedAt", "visitedAt is required: the local date and time of the visit");
        }
        if (s.place() == null || s.place().isBlank() || s.place().length() > 200) {
            throw RefusedException.invalid("place", "place is required, at most 200 characters");
        }
        FreeText.name("place", s.place());
        if (s.comment() != null) {
            if (s.comment().length() > 2000) {
                throw RefusedException.invalid("comment", "comment must be at most 2000 characters");
            }
            FreeText.text("comment", s.comment());
        }
        for (int i = 0; i < s.answers().size(); i++) {
            String note = s.answers().get(i).note();
            if (note != null) {
                if (note.length() > 1000) {
                    throw RefusedException.invalid("answers[" + i + "].note", "a note must be at most 1000 characters");
                }
                FreeText.text("answers[" + i + "].note", note);
            }
        }
    }

    /** Parses the visit's local date-time, naming {@code visitedAt}. */
    public static LocalDateTime visitedAt(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?")) {
            throw RefusedException.invalid("visitedAt", "visitedAt must be a local date and time, yyyy-MM-ddTHH:mm");
        }
        try {
            return LocalDateTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw RefusedException.invalid("visitedAt", "no such date and time: " + text);
        }
    }

    private void requireNotPublished() {
        Campaign campaign = campaigns.findOrDefault(year());
        if (campaign.publishedAt() != null) {
            throw published();
        }
    }

    private RefusedException published() {
        return new RefusedException(ErrorCode.PUBLISHED, "year",
                "the " + year() + " results are published: visits and the questionnaire no longer change");
    }

    private static RefusedException notFound() {
        return new RefusedException(ErrorCode.NOT_FOUND, "id", "no such visit in your plan");
    }

    /** By due date, then participant, then id: the plan's order. */
    static final Comparator<Visit> ORDER = Comparator.comparing(Visit::dueFrom).thenComparing(Visit::participantName,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Visit::id);
}
