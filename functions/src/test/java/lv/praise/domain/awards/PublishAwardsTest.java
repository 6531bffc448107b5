package lv.praise.domain.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.praise.domain.CampaignState;
import lv.praise.domain.Channel;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.Lang;
import lv.praise.domain.Participant;
import lv.praise.domain.Praise;
import lv.praise.domain.RefusedException;
import lv.praise.domain.intake.PraiseStore;
import lv.praise.domain.standings.RecalculateStandings;
import lv.praise.domain.standings.ScoringSource;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.RecordingMailer;
import org.junit.jupiter.api.Test;

class PublishAwardsTest {
    private final AwardsKit kit = new AwardsKit(70, 55);
    private final RecordingMailer mailer = new RecordingMailer();
    private final PublishAwards awards = kit.publishAwards(mailer);

    @Test
    void refusedWhileThePraiseWindowIsOpenAndNothingIsWritten() {
        kit.clock.set(Fixtures.DURING_WINDOW);
        RefusedException refused = assertThrows(RefusedException.class, () -> awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none()));
        assertEquals(ErrorCode.NOT_CLOSED, refused.code());
        assertEquals("campaign", refused.field());
        assertTrue(refused.getMessage().contains("open until"), refused.getMessage());
        assertTrue(kit.awards.find(Fixtures.YEAR).isEmpty());
        assertEquals(CampaignState.OPEN, kit.store.find(Fixtures.YEAR).orElseThrow().stateAt(Fixtures.DURING_WINDOW));
        assertTrue(mailer.sent().isEmpty());
    }

    @Test
    void anOrganiserClosingEarlyLetsTheAwardsFollowAndTheClosureIsRecordedOnce() {
        kit.clock.set(Fixtures.DURING_WINDOW);
        CloseCampaign close = new CloseCampaign(Fixtures.YEAR, kit.store, kit.clock);
        var closed = close.close(lv.praise.testkit.Fixtures.organiser("anna@example.lv"));
        assertEquals(Fixtures.DURING_WINDOW, closed.closedEarlyAt());
        assertEquals(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), closed.closedEarlyBy());
        kit.clock.advance(java.time.Duration.ofMinutes(5));
        var again = close.close(lv.praise.testkit.Fixtures.organiser("janis@example.lv"));
        assertEquals(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), again.closedEarlyBy(), "the first closure stays recorded");
        assertEquals(Fixtures.DURING_WINDOW, again.closedEarlyAt());

        PublishAwards.Outcome outcome = awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
        assertTrue(outcome.createdNow());
        assertEquals(50, outcome.certificates().sent());
    }

    @Test
    void thePreviewShowsExactlyWhatIsPublishedAndWritesNothing() {
        PublishAwards.Preview preview = awards.preview();
        assertTrue(preview.publishable());
        assertFalse(preview.published());
        assertEquals(50, preview.recipients().size());
        assertTrue(kit.awards.find(Fixtures.YEAR).isEmpty(), "the preview stores no results");
        assertTrue(kit.snapshots.latest(Fixtures.YEAR).isEmpty(), "nor a snapshot");
        assertEquals(CampaignState.CLOSED, kit.store.find(Fixtures.YEAR).orElseThrow().stateAt(kit.clock.instant()));

        Publication published = awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none()).publication();
        assertEquals(ids(preview.publication().top()), ids(published.top()));
        assertEquals(preview.publication().inputDigest(), published.inputDigest());
        assertEquals(preview.publication().categoryWinners().stream().map(Publication.CategoryWinner::participantId).toList(),
                published.categoryWinners().stream().map(Publication.CategoryWinner::participantId).toList());
        Map<String, String> recipients = preview.recipients().stream()
                .collect(Collectors.toMap(PublishAwards.Recipient::participantId, PublishAwards.Recipient::contactEmail));
        for (OutgoingMail mail : mailer.sent()) {
            String participant = mail.deliveryKey().substring(("certificate-" + Fixtures.YEAR + "-").length());
            assertEquals(recipients.get(participant), mail.to(), "the preview named the address the letter went to");
        }
    }

    @Test
    void aCategoryWinnersLetterNamesTheCategoryAndNoOtherLetterDoes() {
        Publication published = awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none()).publication();
        Map<String, Publication.CategoryWinner> winners = published.categoryWinners().stream()
                .collect(Collectors.toMap(Publication.CategoryWinner::participantId, w -> w, (a, b) -> a));
        Map<String, Publication.Place> places = published.top().stream()
                .collect(Collectors.toMap(Publication.Place::participantId, p -> p));
        int named = 0;
        for (OutgoingMail mail : mailer.sent()) {
            String participant = mail.deliveryKey().substring(("certificate-" + Fixtures.YEAR + "-").length());
            Publication.Place place = places.get(participant);
            assertTrue(mail.text().contains(place.rank() + ". vietu TOP-" + published.topN()), mail.text());
            if (winners.containsKey(participant)) {
                String category = kit.store.find(Fixtures.YEAR).orElseThrow().category(place.category()).orElseThrow().name().lv();
                assertTrue(mail.text().contains(" un 1. vietu kategorijā «" + category + "»"), mail.text());
                named++;
            } else {
                assertFalse(mail.text().contains("kategorijā"), mail.text());
            }
        }
        assertTrue(named > 0, "the fixture has category winners in the TOP-50");
    }

    @Test
    void publishingFreezesRecalculatesAndWritesOneRecordOfTheEligibleOnly() {
        Instant at = kit.clock.instant();
        PublishAwards.Outcome outcome = awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
        Publication p = outcome.publication();

        var campaign = kit.store.find(Fixtures.YEAR).orElseThrow();
        assertEquals(at, campaign.publishedAt());
        assertEquals(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), campaign.publishedBy());
        assertEquals(CampaignState.PUBLISHED, campaign.stateAt(at));
        assertTrue(kit.snapshots.latest(Fixtures.YEAR).isPresent(), "the final recalculation is stored as a snapshot");
        assertTrue(kit.snapshots.expiry(Fixtures.YEAR, kit.snapshots.latest(Fixtures.YEAR).orElseThrow().date()).isEmpty(),
                "kept for good: the final standings behind the results");

        assertEquals(50, p.top().size());
        assertEquals(55, p.counts().eligible());
        assertEquals(70, p.counts().participants());
        Set<String> eligible = new HashSet<>();
        for (int i = 1; i <= 55; i++) {
            eligible.add(String.format("p%02d", i));
        }
        for (int i = 0; i < p.top().size(); i++) {
            Publication.Place place = p.top().get(i);
            assertEquals(i + 1, place.rank());
            assertTrue(eligible.contains(place.participantId()), place.participantId() + " is not eligible");
            assertTrue(place.total().compareTo(p.threshold()) >= 0);
            assertTrue(CertificateCode.normalise(place.certificateCode()).isPresent());
        }
        for (Publication.CategoryWinner winner : p.categoryWinners()) {
            assertTrue(eligible.contains(winner.participantId()));
            Publication.Place best = p.top().stream().filter(x -> winner.category().equals(x.category())).findFirst().orElseThrow();
            assertEquals(best.participantId(), winner.participantId(), "the winner is the category's best ranked");
        }
        assertEquals(70, p.distribution().stream().mapToInt(Publication.ScoreBin::count).sum(),
                "the distribution counts every scored participant");
        assertEquals(64, p.inputDigest().length());
        assertEquals(50, outcome.certificates().sent());
        assertEquals(50, mailer.sent().size());
        assertEquals(50, mailer.sent().stream().map(OutgoingMail::to).distinct().count());
    }

    /**
     * The freeze reaches every participant's counts before the final read: a confirmation or decision
     * still in flight then is refused by its participant, so the published figures are final.
     */
    @Test
    void publishingFreezesEveryParticipantsCountsBeforeItScores() {
        Praise late = Praise.pending("late", Fixtures.YEAR, "Dalībnieks",
                new Praise.Content("p01", null, null, 5, List.of(), "Paldies!", Channel.ONLINE, Lang.LV),
                "hash-late", "token-late", Fixtures.DURING_WINDOW, kit.clock.instant().plusSeconds(3600));
        kit.store.savePending(late);
        Publication p = awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none()).publication();
        for (Participant participant : kit.participants) {
            assertEquals(p.publishedAt(), kit.store.frozenAt(Fixtures.YEAR, participant.id()).orElseThrow(),
                    participant.id());
        }
        assertEquals(PraiseStore.ConfirmOutcome.CAMPAIGN_CLOSED, kit.store.confirm(late, kit.clock.instant()));
    }

    /**
     * Closing and freezing take their instant before their write lands; what they record is the first
     * instant after it, so that anything stamped before the record was visible is before the recorded
     * instant too (docs/scoring.md, "When praise counts").
     */
    @Test
    void theCloseAndTheFreezeAreRecordedAtAnInstantAfterTheirWrite() {
        TickingClock ticking = new TickingClock(Fixtures.DURING_WINDOW);
        var closed = new CloseCampaign(Fixtures.YEAR, kit.store, ticking).close(lv.praise.testkit.Fixtures.organiser("anna@example.lv"));
        // Closed as of the instant read before the write; recorded as of the one read after it.
        assertEquals(Fixtures.DURING_WINDOW.plusMillis(1), closed.closedEarlyAt());

        ticking.set(AwardsKit.AFTER_WINDOW);
        PublishAwards publishing = new PublishAwards(Fixtures.YEAR, kit.store, kit.store, kit.scoring(), kit.awards,
                kit.awards, new CertificateDelivery(kit.awards, kit.store, AwardsKit.RENDERER, mailer,
                        new Certificates(Fixtures.SITE), ticking, kit.leaseClock, pause -> { }), ticking,
                CertificateCode::generate);
        publishing.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
        // Read for the state (+0), right before the freeze's write (+1), after it (+2): the last is recorded.
        assertEquals(AwardsKit.AFTER_WINDOW.plusMillis(2), kit.store.find(Fixtures.YEAR).orElseThrow().publishedAt());
    }

    /**
     * Everything that can fail is done once before the freeze: a read or scoring that fails there leaves
     * the campaign closed, not frozen – praise decisions still possible, nothing to repair – and the
     * next run publishes as if nothing had happened.
     */
    @Test
    void aScoringFailureBeforeTheFreezeLeavesTheCampaignUnfrozen() {
        AtomicInteger reads = new AtomicInteger();
        ScoringSource failingFirst = (year, rules) -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("a praise with stars 7: the run stops rather than skew the scores");
            }
            return kit.praises.tally(year, rules);
        };
        PublishAwards publishing = kit.publishAwards(mailer, AwardsKit.RENDERER, kit.awards, kit.awards, kit.store,
                scoringOver(failingFirst));
        assertThrows(IllegalStateException.class, () -> publishing.publish(lv.praise.domain.Actor.SCHEDULE, Deadline.none()));
        var campaign = kit.store.find(Fixtures.YEAR).orElseThrow();
        assertEquals(CampaignState.CLOSED, campaign.stateAt(kit.clock.instant()), "not frozen");
        assertEquals(null, campaign.publishedAt());
        for (Participant participant : kit.participants) {
            assertTrue(kit.store.frozenAt(Fixtures.YEAR, participant.id()).isEmpty(), participant.id());
        }
        assertTrue(kit.awards.find(Fixtures.YEAR).isEmpty());

        PublishAwards.Outcome retried = publishing.publish(lv.praise.domain.Actor.SCHEDULE, Deadline.none());
        assertTrue(retried.createdNow());
        assertEquals(50, retried.certificates().sent());
        assertEquals(3, reads.get(), "the failed check, then the retry's check and its final read");
    }

    /**
     * The final read after the freeze is the settled one (an index may lag its writes: it is read until it agrees
     * with the frozen counters). When it never agrees the run fails there, before the final snapshot and the
     * results record – a frozen campaign without results – and the retry, once the read agrees, publishes.
     */
    @Test
    void aFinalReadThatNeverAgreesWithTheCountersFailsBeforeAnythingIsWrittenFromIt() {
        AtomicInteger settled = new AtomicInteger();
        ScoringSource lagging = new ScoringSource() {
            @Override
            public lv.praise.domain.scoring.ComponentTally tally(int year, lv.praise.domain.scoring.ScoringRules rules) {
                return kit.praises.tally(year, rules);
            }

            @Override
            public lv.praise.domain.scoring.ComponentTally settledTally(int year, lv.praise.domain.scoring.ScoringRules rules) {
                if (settled.incrementAndGet() == 1) {
                    throw new IllegalStateException("still disagrees with the participants' frozen counts");
                }
                return tally(year, rules);
            }
        };
        PublishAwards publishing = kit.publishAwards(mailer, AwardsKit.RENDERER, kit.awards, kit.awards, kit.store,
                scoringOver(lagging));
        int snapshotsBefore = kit.snapshots.days(Fixtures.YEAR);
        assertThrows(IllegalStateException.class, () -> publishing.publish(lv.praise.domain.Actor.SCHEDULE, Deadline.none()));
        assertEquals(1, settled.get(), "the final read, after the freeze, is the settled one; the check is not");
        assertTrue(kit.store.find(Fixtures.YEAR).orElseThrow().publishedAt() != null, "frozen");
        assertTrue(kit.awards.find(Fixtures.YEAR).isEmpty(), "no results record");
        assertEquals(snapshotsBefore, kit.snapshots.days(Fixtures.YEAR), "no final snapshot");

        PublishAwards.Outcome retried = publishing.publish(lv.praise.domain.Actor.SCHEDULE, Deadline.none());
        assertTrue(retried.createdNow());
        assertEquals(2, settled.get());
        assertEquals(50, retried.certificates().sent());
    }

    /**
     * The check before the freeze reads the data as it is then; the record is drawn from the final read
     * after the freeze of the counts. A confirmation that lands between the two counts, and the outcome
     * says the inputs moved (it is logged), so the digest differs from the check's.
     */
    @Test
    void aConfirmationLandingBetweenTheCheckAndTheFreezeIsCountedInTheRecord() {
        Praise landing = Praise.pending("landing", Fixtures.YEAR, "Dalībnieks",
                new Praise.Content("p30", null, null, 5, List.of(), "Paldies!", Channel.ONLINE, Lang.LV),
                "hash-landing", "token-landing", Fixtures.DURING_WINDOW, kit.clock.instant().plusSeconds(3600));
        kit.store.savePending(landing);
        AtomicInteger reads = new AtomicInteger();
        ScoringSource confirmingAfterTheCheck = (year, rules) -> {
            var tally = kit.praises.tally(year, rules);
            if (reads.incrementAndGet() == 1) {
                // Confirmed (its instant inside the window) while the check was being scored.
                assertEquals(PraiseStore.ConfirmOutcome.CONFIRMED, kit.store.confirm(landing, Fixtures.DURING_WINDOW));
            }
            return tally;
        };
        PublishAwards.Outcome outcome = kit.publishAwards(mailer, AwardsKit.RENDERER, kit.awards, kit.awards, kit.store,
                scoringOver(confirmingAfterTheCheck)).publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
        assertEquals(2, reads.get());
        assertTrue(outcome.movedAfterCheck());
        assertEquals(1, outcome.publication().counts().countedPraise(), "counted in the final read");
        assertEquals(InputDigest.of(kit.scoring().score()), outcome.publication().inputDigest(),
                "the record is what the frozen data gives");

        AwardsKit still = new AwardsKit(70, 55);
        PublishAwards.Outcome calm = still.publishAwards(new RecordingMailer()).publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
        assertFalse(calm.movedAfterCheck(), "nothing landed: the check and the final read agree");
        assertEquals(64, calm.checkedDigest().length());
    }

    private RecalculateStandings scoringOver(ScoringSource praise) {
        return new RecalculateStandings(Fixtures.YEAR, kit.store, kit.store, kit.evaluations, praise, kit.snapshots, kit.clock);
    }

    /** A clock that moves on by a millisecond each time it is read. */
    private static final class TickingClock extends java.time.Clock {
        private Instant next;

        TickingClock(Instant start) {
            this.next = start;
        }

        void set(Instant instant) {
            next = instant;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plusMillis(1);
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aSecondTriggerAfterSuccessPublishesNothingNewAndSendsNothing() {
        Publication first = awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none()).publication();
        kit.clock.advance(java.time.Duration.ofHours(1));
        PublishAwards.Outcome second = awards.publish(lv.praise.domain.Actor.SCHEDULE, Deadline.none());
        assertFalse(second.createdNow());
        assertEquals(first, second.publication(), "the record is immutable");
        assertEquals(50, mailer.sent().size(), "no letter twice");
        PublishAwards.Outcome resent = awards.resend(Deadline.none());
        assertEquals(50, resent.certificates().sent());
        assertEquals(50, mailer.sent().size());
    }

    @Test
    void concurrentTriggersMakeOnePublicationAndOneLetterPerAwardee() throws Exception {
        int triggers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(triggers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PublishAwards.Outcome>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < triggers; i++) {
                lv.praise.domain.Actor by = i == 0 ? lv.praise.domain.Actor.SCHEDULE : lv.praise.testkit.Fixtures.organiser("organiser" + i + "@example.lv");
                Callable<PublishAwards.Outcome> run = () -> {
                    start.await();
                    return awards.publish(by, Deadline.none());
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            int created = 0;
            Set<String> digests = new HashSet<>();
            for (Future<PublishAwards.Outcome> run : runs) {
                PublishAwards.Outcome outcome = run.get();
                created += outcome.createdNow() ? 1 : 0;
                digests.add(outcome.publication().inputDigest() + outcome.publication().top());
            }
            assertEquals(1, created, "one run wrote the record");
            assertEquals(1, digests.size(), "every run answered the same publication");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(50, mailer.sent().size());
        assertEquals(50, mailer.sent().stream().map(OutgoingMail::deliveryKey).distinct().count());
    }

    @Test
    void confirmedPraiseDecidesTiesAndRejectedOrPendingPraiseDoesNot() {
        // p01 and p21 have the same evaluation (100 - 1 % 20 = 99, 100 - 21 % 20 = 99).
        for (int i = 0; i < 3; i++) {
            kit.praises.add(Fixtures.YEAR, "p21", Channel.ONLINE, 5, false);
        }
        var rejected = kit.praises.add(Fixtures.YEAR, "p21", Channel.ONLINE, 5, true);
        kit.praises.reject(rejected.id());
        Publication p = awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none()).publication();
        Function<String, Integer> rank = id -> p.place(id).orElseThrow().rank();
        assertTrue(rank.apply("p01") < rank.apply("p21"), "unconfirmed and rejected praise change nothing: name decides");
        assertEquals(0, p.place("p21").orElseThrow().confirmedPraiseCount());
    }

    @Test
    void anAwardeeWithoutContactIsCountedAndSentOnceAnAddressIsAdded() {
        Participant first = kit.participants.get(0);
        kit.store.save(new Participant(first.campaignYear(), first.id(), first.name(), first.category(),
                first.industry(), first.sizeClass(), first.branches(), null, 0));
        PublishAwards.Outcome outcome = awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
        assertEquals(1, outcome.certificates().noContact());
        assertEquals(49, outcome.certificates().sent());
        assertFalse(outcome.certificates().complete());

        kit.store.save(first);
        PublishAwards.Outcome resent = awards.resend(Deadline.none());
        assertTrue(resent.certificates().complete());
        assertEquals(50, mailer.sent().size());
        assertEquals(1, mailer.sent().stream().filter(m -> m.to().equals(first.contactEmail())).count());
    }

    @Test
    void oneLetterThatFailsDoesNotStopTheOthers() {
        Participant broken = kit.participants.get(4);
        CertificateRenderer renderer = c -> {
            if (c.participantId().equals(broken.id())) {
                throw new IllegalStateException("this certificate can't be drawn");
            }
            return AwardsKit.RENDERER.pdf(c);
        };
        lv.praise.domain.Mailer refusing = mail -> {
            if (mail.to().equals(kit.participants.get(7).contactEmail())) {
                throw new lv.praise.domain.MailNotSentException(lv.praise.domain.MailNotSentException.Reason.REJECTED,
                        "address refused", null);
            }
            mailer.send(mail);
        };
        PublishAwards.Outcome outcome = kit.publishAwards(refusing, renderer).publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
        assertEquals(48, outcome.certificates().sent());
        assertEquals(2, outcome.certificates().failed());
        Map<String, String> errors = kit.awards.all(Fixtures.YEAR).stream().filter(a -> a.lastError() != null)
                .collect(Collectors.toMap(Award::participantId, Award::lastError));
        assertEquals(Map.of(broken.id(), "certificate_failed", kit.participants.get(7).id(), "rejected"), errors);
        assertEquals("this certificate can't be drawn", kit.awards.lastCause(Fixtures.YEAR, broken.id()).getMessage(),
                "the cause is kept with the code");
        assertEquals(lv.praise.domain.MailNotSentException.class,
                kit.awards.lastCause(Fixtures.YEAR, kit.participants.get(7).id()).getClass());
        assertEquals(48, mailer.sent().size());
    }

    @Test
    void aPassedDeadlineLeavesLettersPendingForTheNextRun() {
        Deadline passed = Deadline.in(java.time.Duration.ZERO);
        PublishAwards.Outcome outcome = awards.publish(lv.praise.domain.Actor.SCHEDULE, passed);
        assertTrue(outcome.createdNow());
        assertEquals(50, outcome.certificates().pending());
        assertTrue(mailer.sent().isEmpty());
        assertEquals(50, awards.publish(lv.praise.domain.Actor.SCHEDULE, Deadline.none()).certificates().sent());
    }

    @Test
    void theLetterCarriesThePdfTheCodeAndTheVerificationLink() {
        awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
        Award award = kit.awards.all(Fixtures.YEAR).get(0);
        OutgoingMail letter = mailer.sent().stream().filter(m -> m.deliveryKey().equals(award.deliveryKey()))
                .findFirst().orElseThrow();
        assertTrue(letter.subject().startsWith("Klienti mūs uzslavē 2027"), letter.subject());
        assertTrue(letter.text().contains("Pārbaudes kods / Verification code / Kontrollkood: " + award.certificateCode()));
        assertTrue(letter.text().contains(Fixtures.SITE + "/verify.html?code=" + award.certificateCode()));
        assertTrue(letter.text().contains("Congratulations"), "an English part follows the Latvian");
        assertTrue(letter.text().contains("Palju õnne!"), "and an Estonian one");
        assertEquals(1, letter.attachments().size());
        OutgoingMail.Attachment pdf = letter.attachments().get(0);
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("sertifikats-2027-" + award.participantId() + ".pdf", pdf.fileName());
        assertTrue(new String(pdf.content(), java.nio.charset.StandardCharsets.UTF_8).contains(award.certificateCode()));
        assertNotNull(award.sentAt());
    }

    @Test
    void recalculationIsRefusedAfterPublication() {
        awards.publish(lv.praise.testkit.Fixtures.organiser("anna@example.lv"), Deadline.none());
        RefusedException frozen = assertThrows(RefusedException.class, () -> kit.scoring().run());
        assertEquals(ErrorCode.CLOSED, frozen.code());
    }

    private static List<String> ids(List<Publication.Place> places) {
        return places.stream().map(Publication.Place::participantId).toList();
    }
}
