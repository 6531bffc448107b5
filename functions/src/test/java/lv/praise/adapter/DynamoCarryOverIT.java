package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import lv.praise.domain.Campaign;
import lv.praise.domain.Participant;
import lv.praise.domain.campaigns.InvitationStore;
import lv.praise.domain.campaigns.Invitations;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.JobKind;
import lv.praise.domain.jobs.JobState;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.visits.Questionnaire;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The carry-over of next year on DynamoDB Local: a worker killed half-way through the invitations and run again
 * (as Lambda retries it) leaves every earlier participant invited exactly once, and nothing public.
 */
class DynamoCarryOverIT {
    private static final int FROM = 2026;
    private static final int YEAR = 2027;
    private static final int PARTICIPANTS = 150;
    private final DynamoDbClient dynamo = LocalDynamoDb.shared().client();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private DynamoParticipantStore participants;
    private DynamoInvitationStore invitationStore;
    private DynamoVisitStore visits;
    private DynamoCampaignStore campaigns;
    private DynamoJobStore jobStore;
    private String table;

    @BeforeEach
    void freshTable() {
        table = LocalDynamoDb.shared().createFreshTable(SamTemplate.load(), "PraiseTable");
        participants = new DynamoParticipantStore(dynamo, table);
        invitationStore = new DynamoInvitationStore(dynamo, table);
        visits = new DynamoVisitStore(dynamo, table, clock);
        campaigns = new DynamoCampaignStore(dynamo, table);
        jobStore = new DynamoJobStore(dynamo, table);
        campaigns.save(Campaign.defaults(FROM));
        campaigns.save(Campaign.defaults(YEAR));
        for (int i = 0; i < PARTICIPANTS; i++) {
            assertTrue(participants.create(new Participant(FROM, String.format("org-%03d", i), "Organizācija " + i,
                    "STATE", "EDUCATION", "SMALL", List.of("Rīga"), "info" + i + "@example.lv", 0, null)));
        }
    }

    @Test
    void aWorkerKilledHalfWayAndRetriedInvitesEveryoneExactlyOnceAndNothingIsPublic() {
        visits.save(visits.current(FROM), Questionnaire.defaults(FROM).criteria().subList(0, 3));
        AtomicInteger written = new AtomicInteger();
        AtomicInteger killAfter = new AtomicInteger(60);
        InvitationStore dying = new InvitationStore() {
            @Override
            public Written invite(int year, Participant participant) {
                if (written.get() >= killAfter.get()) {
                    throw new IllegalStateException("the worker was killed");
                }
                Written w = invitationStore.invite(year, participant);
                if (w == Written.WRITTEN) {
                    written.incrementAndGet();
                }
                return w;
            }

            @Override
            public List<Participant> invited(int year) {
                return invitationStore.invited(year);
            }

            @Override
            public boolean confirm(int year, String id) {
                return invitationStore.confirm(year, id);
            }
        };
        Invitations invitations = new Invitations(() -> YEAR, campaigns, participants, visits, dying);
        Jobs jobs = new Jobs(YEAR, jobStore, (kind, year, runId) -> { }, clock, () -> "run-1");
        Jobs.Started started = jobs.start(JobKind.CARRY_OVER, null);

        assertThrows(IllegalStateException.class, () -> jobs.run(JobKind.CARRY_OVER, "run-1", invitations::carryOver));
        assertEquals(60, invitationStore.invited(YEAR).size(), "killed after 60 invitations");
        Job open = jobs.find(JobKind.CARRY_OVER).orElseThrow();
        assertEquals(JobState.RUNNING, open.state(), "left open for Lambda's retry");

        killAfter.set(Integer.MAX_VALUE);
        assertEquals(Jobs.Outcome.DONE, jobs.run(JobKind.CARRY_OVER, started.job().runId(), invitations::carryOver));
        Job done = jobs.find(JobKind.CARRY_OVER).orElseThrow();
        assertEquals(JobState.DONE, done.state());
        assertEquals(2, done.attempts());
        assertEquals(Map.of("from", "2026", "questionnaire", "kept", "invited", "90", "already", "60"), done.result(),
                "the retry wrote only what the killed attempt had not (the questionnaire the first attempt copied)");
        assertEquals(PARTICIPANTS, done.done());
        assertEquals(PARTICIPANTS, written.get(), "every invitation written once over both attempts");
        assertEquals(PARTICIPANTS, invitationStore.invited(YEAR).size());
        assertTrue(participants.all(YEAR).isEmpty(), "no participant of the new year before a confirmation");

        Questionnaire copied = visits.current(YEAR);
        assertEquals(1, copied.version());
        assertTrue(!copied.frozen());
        assertEquals(3, copied.criteria().size());

        // A third run (a late duplicate) writes nothing.
        Map<String, String> again = invitations.carryOver(done, (s, d, t) -> { });
        assertEquals("0", again.get("invited"));
        assertEquals(String.valueOf(PARTICIPANTS), again.get("already"));
        assertEquals(PARTICIPANTS, written.get());
    }

    @Test
    void aConfirmationMakesTheParticipantOnceAndAnImportedOneIsNotInvited() {
        participants.create(new Participant(YEAR, "org-005", "Organizācija 5", "STATE", "EDUCATION", "SMALL",
                List.of(), null, 0, null));
        Invitations invitations = new Invitations(() -> YEAR, campaigns, participants, visits, invitationStore);
        Map<String, String> result = invitations.carryOver(new Job(YEAR, JobKind.CARRY_OVER, "r", JobState.RUNNING,
                null, clock.instant(), clock.instant(), 1, "queued", 0, 0, null, Map.of()), (s, d, t) -> { });
        assertEquals("149", result.get("invited"));
        assertEquals("1", result.get("already"), "org-005 was imported into the new year already");

        Invitations.Confirmed first = invitations.confirm(List.of("org-001", "org-002"));
        assertEquals(List.of("org-001", "org-002"), first.confirmed());
        Participant confirmed = participants.find(YEAR, "org-001").orElseThrow();
        assertEquals("Organizācija 1", confirmed.name());
        assertEquals("info1@example.lv", confirmed.contactEmail());
        assertEquals(List.of("Rīga"), confirmed.branches());
        assertEquals(0, confirmed.confirmedPraiseCount());
        assertEquals(147, invitationStore.invited(YEAR).size());

        Invitations.Confirmed again = invitations.confirm(List.of("org-001", "org-003"));
        assertEquals(List.of("org-003"), again.confirmed());
        assertEquals(List.of("org-001"), again.notInvited(), "confirmed once");
        assertEquals(4, participants.all(YEAR).size());
    }
}
