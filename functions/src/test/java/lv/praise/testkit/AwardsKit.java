package lv.praise.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.Mailer;
import lv.praise.domain.Participant;
import lv.praise.domain.awards.AwardStore;
import lv.praise.domain.awards.CertificateCode;
import lv.praise.domain.awards.CertificateDelivery;
import lv.praise.domain.awards.CertificateRenderer;
import lv.praise.domain.awards.Certificates;
import lv.praise.domain.awards.PublicationStore;
import lv.praise.domain.awards.PublishAwards;
import lv.praise.domain.standings.RecalculateStandings;

/**
 * A campaign ready for its awards day, on fakes of our own ports: participants with contact e-mails,
 * mystery-shopper evaluations (some below the threshold, some participants not evaluated), a closed
 * praise window, and the use case wired as {@code Wiring} wires it.
 */
public final class AwardsKit {
    /** 20 April 2027, 12:00 in Riga: after the default window (March) closed. */
    public static final Instant AFTER_WINDOW = Instant.parse("2027-04-20T09:00:00Z");

    public final InMemoryStore store = new InMemoryStore();
    public final StandingsFakes.Praises praises = new StandingsFakes.Praises(store);
    public final InMemoryEvaluations evaluations = new InMemoryEvaluations();
    public final StandingsFakes.Snapshots snapshots = new StandingsFakes.Snapshots();
    public final InMemoryAwards awards = new InMemoryAwards();
    public final MutableClock clock = new MutableClock(AFTER_WINDOW);
    /** The lease clock: tests move it past the lease to let a dead run's claims go stale. */
    public final MutableClock leaseClock = new MutableClock(AFTER_WINDOW);
    public final List<Participant> participants = new ArrayList<>();

    /** A PDF stand-in that names the certificate it stands for. */
    public static final CertificateRenderer RENDERER =
            c -> ("%PDF-1.7 certificate " + c.code() + " " + c.participantName()).getBytes(StandardCharsets.UTF_8);

    /**
     * @param participants how many participants (ids {@code p01}…), all with a contact e-mail
     * @param eligible     how many of them are evaluated at or above the threshold; of the rest, every
     *                     second is evaluated below it and the others not at all
     */
    public AwardsKit(int participants, int eligible) {
        // The publication's mechanics, on participants without praise: scored by the first formula, which
        // needs none (formula 2027.2's minimum of praise is the golden test's and the demo's to show).
        Campaign campaign = Fixtures.firstFormulaCampaign();
        store.save(campaign);
        for (int i = 1; i <= participants; i++) {
            String id = String.format("p%02d", i);
            String category = campaign.categories().get(i % campaign.categories().size()).code();
            Participant p = new Participant(Fixtures.YEAR, id, "Dalībnieks Nr. " + i + " – Ķēķis", category,
                    "TRADE", i % 2 == 0 ? "SMALL" : "LARGE", List.of(), id + "@example.lv", 0);
            store.save(p);
            this.participants.add(p);
            if (i <= eligible) {
                StandingsFakes.evaluate(evaluations, Fixtures.YEAR, id, 100 - i % 20);
            } else if (i % 2 == 0) {
                StandingsFakes.evaluate(evaluations, Fixtures.YEAR, id, 60);
            }
        }
    }

    public RecalculateStandings scoring() {
        return new RecalculateStandings(Fixtures.YEAR, store, store, evaluations, praises, snapshots, clock);
    }

    public PublishAwards publishAwards(Mailer mailer) {
        return publishAwards(mailer, RENDERER);
    }

    public PublishAwards publishAwards(Mailer mailer, CertificateRenderer renderer) {
        return publishAwards(mailer, renderer, awards, awards);
    }

    /** Wired over the given award and publication stores (e.g. fault-injecting wrappers of this kit's). */
    public PublishAwards publishAwards(Mailer mailer, CertificateRenderer renderer, AwardStore awardStore,
                                       PublicationStore publicationStore) {
        return publishAwards(mailer, renderer, awardStore, publicationStore, Fixtures.SITE);
    }

    /**
     * Wired over the given stores and scoring (e.g. fault-injecting wrappers of this kit's, or a scoring
     * over another praise source); the participants are this kit's.
     */
    public PublishAwards publishAwards(Mailer mailer, CertificateRenderer renderer, AwardStore awardStore,
                                       PublicationStore publicationStore, CampaignStore campaigns,
                                       RecalculateStandings scoring) {
        CertificateDelivery delivery = new CertificateDelivery(awardStore, store, renderer, mailer,
                new Certificates(Fixtures.SITE), clock, leaseClock, pause -> { });
        return new PublishAwards(Fixtures.YEAR, campaigns, store, scoring, publicationStore, awardStore, delivery, clock,
                CertificateCode::generate);
    }

    /** Wired with this site address instead of {@link Fixtures#SITE}: null or blank for a stack that has none yet. */
    public PublishAwards publishAwards(Mailer mailer, String siteUrl) {
        return publishAwards(mailer, RENDERER, awards, awards, siteUrl);
    }

    private PublishAwards publishAwards(Mailer mailer, CertificateRenderer renderer, AwardStore awardStore,
                                        PublicationStore publicationStore, String siteUrl) {
        CertificateDelivery delivery = new CertificateDelivery(awardStore, store, renderer, mailer,
                new Certificates(siteUrl), clock, leaseClock, pause -> { });
        return new PublishAwards(Fixtures.YEAR, store, store, scoring(), publicationStore, awardStore, delivery, clock,
                CertificateCode::generate);
    }

    public Clock clock() {
        return clock;
    }
}
