package lv.praise.domain.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Campaign;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.visits.Questionnaire;
import lv.praise.domain.visits.QuestionnaireStore;
import lv.praise.testkit.InMemoryJobs;
import lv.praise.testkit.InMemoryStore;
import lv.praise.testkit.InMemoryVisits;
import lv.praise.testkit.MutableClock;
import org.junit.jupiter.api.Test;

class InvitationsTest {
    private static final int FROM = 2026;
    private static final int YEAR = 2027;
    private final InMemoryStore store = new InMemoryStore();
    /** One in-memory questionnaire store per year (InMemoryVisits holds one campaign's). */
    private final Map<Integer, InMemoryVisits> byYear = new HashMap<>();
    private final QuestionnaireStore visits = new QuestionnaireStore() {
        @Override
        public Questionnaire current(int year) {
            return of(year).current(year);
        }

        @Override
        public java.util.Optional<Questionnaire> version(int year, int version) {
            return of(year).version(year, version);
        }

        @Override
        public Questionnaire save(Questionnaire current, List<lv.praise.domain.visits.Criterion> criteria) {
            return of(current.year()).save(current, criteria);
        }

        private InMemoryVisits of(int year) {
            return byYear.computeIfAbsent(year, y -> new InMemoryVisits());
        }
    };
    private final MapInvitations invitationStore = new MapInvitations();
    private final Invitations invitations = new Invitations(() -> YEAR, store, store, visits, invitationStore);
    private final InMemoryJobs jobStore = new InMemoryJobs();
    private final MutableClock clock = new MutableClock(Instant.parse("2027-05-01T10:00:00Z"));

    InvitationsTest() {
        store.save(Campaign.defaults(FROM));
        store.save(Campaign.defaults(YEAR));
        for (int i = 0; i < 250; i++) {
            store.save(new Participant(FROM, String.format("org-%03d", i), "Org " + i, "STATE", "EDUCATION", "SMALL",
                    List.of(), null, 7));
        }
    }

    @Test
    void aRunKilledHalfWayAndRetriedInvitesEveryEarlierParticipantExactlyOnce() {
        Jobs jobs = jobStore.jobs(clock);
        Jobs.Started started = jobs.start(JobKind.CARRY_OVER, null);
        invitationStore.failAfter = 120;
        assertThrows(IllegalStateException.class, () -> jobs.run(JobKind.CARRY_OVER, started.job().runId(),
                invitations::carryOver));
        assertEquals(120, invitationStore.invited.size(), "the first attempt died after 120 writes");
        assertEquals("running", jobs.find(JobKind.CARRY_OVER).orElseThrow().state().code(), "open for the retry");

        invitationStore.failAfter = Integer.MAX_VALUE;
        assertEquals(Jobs.Outcome.DONE, jobs.run(JobKind.CARRY_OVER, started.job().runId(), invitations::carryOver));
        var job = jobs.find(JobKind.CARRY_OVER).orElseThrow();
        assertEquals(250, invitationStore.invited.size());
        assertEquals(250, invitationStore.writes, "no invitation was written twice");
        assertEquals("130", job.result().get("invited"));
        assertEquals("120", job.result().get("already"));
        assertEquals("2026", job.result().get("from"));
        assertEquals(250, job.done());
        assertEquals(250, job.total());
        assertTrue(invitationStore.invited.values().stream().allMatch(p -> p.campaignYear() == YEAR
                && p.confirmedPraiseCount() == 0), "a participant of the new year, without last year's praise");
    }

    @Test
    void aParticipantAlreadyInTheNewYearIsNotInvited() {
        store.save(new Participant(YEAR, "org-007", "Org 7", "STATE", "EDUCATION", "SMALL", List.of(), null, 0));
        invitationStore.participantsOfYear = id -> store.find(YEAR, id).isPresent();
        Map<String, String> result = invitations.carryOver(job(), (s, d, t) -> { });
        assertEquals("249", result.get("invited"));
        assertEquals("1", result.get("already"));
        assertFalse(invitationStore.invited.containsKey("org-007"));
    }

    @Test
    void theQuestionnaireIsCopiedAsTheNewYearsFirstUnfrozenVersionOnce() {
        var criteria = Questionnaire.defaults(FROM).criteria().subList(0, 2);
        visits.save(visits.current(FROM), criteria);
        Map<String, String> result = invitations.carryOver(job(), (s, d, t) -> { });
        assertEquals("copied", result.get("questionnaire"));
        Questionnaire copied = visits.current(YEAR);
        assertEquals(1, copied.version());
        assertFalse(copied.frozen());
        assertEquals(criteria, copied.criteria());

        assertEquals(1, byYear.get(YEAR).writes());
        assertEquals("kept", invitations.carryOver(job(), (s, d, t) -> { }).get("questionnaire"), "a retry");
        assertEquals(1, byYear.get(YEAR).writes(), "nothing written again");
    }

    @Test
    void confirmingMakesParticipantsOfTheYearAndNamesThoseNotInvited() {
        invitations.carryOver(job(), (s, d, t) -> { });
        Invitations.Confirmed done = invitations.confirm(List.of("org-001", "org-002", "org-001", "nobody"));
        assertEquals(List.of("org-001", "org-002"), done.confirmed());
        assertEquals(List.of("nobody"), done.notInvited());
        assertEquals(248, invitations.invited(new lv.praise.domain.imports.ParticipantEditor.Filter(null, null, null, null)).size());
        assertEquals(List.of("org-001", "org-002"), invitationStore.confirmed);

        // Added by hand under an invited id: no longer offered as an invitation.
        store.save(new Participant(YEAR, "org-003", "Org 3", "STATE", "EDUCATION", "SMALL", List.of(), null, 0));
        var offered = invitations.invited(new lv.praise.domain.imports.ParticipantEditor.Filter(null, null, null, null));
        assertEquals(247, offered.size());
        assertTrue(offered.stream().noneMatch(p -> p.id().equals("org-003")));
    }

    @Test
    void aBadListIsRefusedNamingTheFieldAndNothingIsConfirmed() {
        invitations.carryOver(job(), (s, d, t) -> { });
        for (var bad : List.<List<String>>of(List.of(), java.util.Collections.nCopies(Invitations.MAX_CONFIRM + 1, "org-001"))) {
            RefusedException e = assertThrows(RefusedException.class, () -> invitations.confirm(bad));
            assertEquals("invited", e.field());
            assertEquals(ErrorCode.INVALID, e.code());
        }
        RefusedException e = assertThrows(RefusedException.class, () -> invitations.confirm(List.of("org-001", "Bad Id")));
        assertEquals("invited[1]", e.field());
        assertTrue(invitationStore.confirmed.isEmpty(), "the good id before the bad one is not confirmed either");
        assertThrows(RefusedException.class, () -> invitations.confirm(null));
    }

    private lv.praise.domain.jobs.Job job() {
        return new lv.praise.domain.jobs.Job(YEAR, JobKind.CARRY_OVER, "run", lv.praise.domain.jobs.JobState.RUNNING,
                null, clock.instant(), clock.instant(), 1, "queued", 0, 0, null, Map.of());
    }

    /** The store's conditions in a map; {@code failAfter} writes, the next invitation dies (a killed worker). */
    static final class MapInvitations implements InvitationStore {
        final Map<String, Participant> invited = new HashMap<>();
        final List<String> confirmed = new ArrayList<>();
        java.util.function.Predicate<String> participantsOfYear = id -> confirmed.contains(id);
        int failAfter = Integer.MAX_VALUE;
        int writes;

        @Override
        public Written invite(int year, Participant p) {
            if (invited.containsKey(p.id()) || participantsOfYear.test(p.id())) {
                return Written.ALREADY_THERE;
            }
            if (writes >= failAfter) {
                throw new IllegalStateException("killed");
            }
            writes++;
            invited.put(p.id(), new Participant(year, p.id(), p.name(), p.category(), p.industry(), p.sizeClass(),
                    p.branches(), p.contactEmail(), 0, p.registrationNumber()));
            return Written.WRITTEN;
        }

        @Override
        public List<Participant> invited(int year) {
            return List.copyOf(invited.values());
        }

        @Override
        public boolean confirm(int year, String id) {
            if (invited.remove(id) == null) {
                return false;
            }
            confirmed.add(id);
            return true;
        }
    }
}
