package lv.praise.testkit;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.MailNotSentException;
import lv.praise.domain.Mailer;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.AwardStore;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.awards.Publication;
import lv.praise.domain.awards.OpenData;
import lv.praise.domain.awards.PublicationStore;

/**
 * Seeded fault injection around the mailer and the award stores: each call may fail before it does
 * its work or after it (the work done, the answer lost – as a crash or a time-out would leave it).
 * A store fault is a {@link Crash}: the run dies there, as a Lambda killed half-way would.
 */
public final class Faults {
    /** The run died here (a store call failed or the function was stopped). */
    public static final class Crash extends RuntimeException {
        public Crash(String where) {
            super("injected crash " + where);
        }
    }

    private final Random random;
    private final double storeFaultRate;
    private int mailFaults;
    private int storeFaults;
    /** How often each letter (by delivery key) was handed to the real mailer. */
    private final Map<String, Integer> handedOver = new HashMap<>();
    /** Letters whose outcome a run could not know: the answer lost after sending, or a crash before marking. */
    private final Set<String> uncertain = new HashSet<>();

    /** Times each delivery key reached the real mailer. */
    public synchronized Map<String, Integer> handedOver() {
        return Map.copyOf(handedOver);
    }

    /**
     * Delivery keys that a run sent but could not record as sent (answer lost, or died before
     * marking): the only letters that may be handed over more than once.
     */
    public synchronized Set<String> uncertain() {
        return Set.copyOf(uncertain);
    }

    private synchronized void handedOver(String key) {
        handedOver.merge(key, 1, Integer::sum);
    }

    private synchronized void uncertain(String key) {
        uncertain.add(key);
    }

    public Faults(long seed, double storeFaultRate) {
        this.random = new Random(seed);
        this.storeFaultRate = storeFaultRate;
    }

    public synchronized int mailFaults() {
        return mailFaults;
    }

    public synchronized int storeFaults() {
        return storeFaults;
    }

    private synchronized boolean storeFault() {
        boolean fault = random.nextDouble() < storeFaultRate;
        storeFaults += fault ? 1 : 0;
        return fault;
    }

    private synchronized int mailOutcome() {
        int outcome = random.nextInt(100);
        mailFaults += outcome < 35 ? 1 : 0;
        return outcome;
    }

    private void maybeCrash(String where) {
        if (storeFault()) {
            throw new Crash(where);
        }
    }

    /** A mailer that throttles, refuses, fails before sending, or loses the answer after sending. */
    public Mailer mailer(Mailer real) {
        return mail -> {
            int outcome = mailOutcome();
            if (outcome < 12) {
                throw new MailNotSentException(MailNotSentException.Reason.THROTTLED, "injected throttling", null);
            }
            if (outcome < 17) {
                throw new MailNotSentException(MailNotSentException.Reason.REJECTED, "injected refusal", null);
            }
            if (outcome < 22) {
                throw new MailNotSentException(MailNotSentException.Reason.UNREACHABLE, "injected refused connection", null);
            }
            if (outcome < 27) {
                throw new IllegalStateException("injected time-out before sending");
            }
            real.send(mail);
            handedOver(mail.deliveryKey());
            if (outcome < 35) {
                uncertain(mail.deliveryKey());
                throw new IllegalStateException("injected time-out after sending (the answer was lost)");
            }
        };
    }

    public AwardStore awards(AwardStore real) {
        return new AwardStore() {
            @Override
            public void ensure(Publication publication) {
                maybeCrash("before ensure");
                real.ensure(publication);
                maybeCrash("after ensure");
            }

            @Override
            public List<Award> all(int campaignYear) {
                return real.all(campaignYear);
            }

            @Override
            public List<lv.praise.domain.awards.AwardMark> marks(String participantId) {
                return real.marks(participantId);
            }

            @Override
            public Optional<Award> findByCode(String code) {
                return real.findByCode(code);
            }

            @Override
            public Optional<Claim> claim(int campaignYear, String participantId, Instant now, Instant staleBefore) {
                maybeCrash("before claim");
                Optional<Claim> claim = real.claim(campaignYear, participantId, now, staleBefore);
                maybeCrash("after claim");
                return claim;
            }

            @Override
            public boolean markSent(int campaignYear, Claim claim, Instant at) {
                if (storeFault()) {
                    uncertain("certificate-" + campaignYear + "-" + claim.participantId());
                    throw new Crash("after sending, before marking it sent");
                }
                boolean marked = real.markSent(campaignYear, claim, at);
                maybeCrash("after marking sent");
                return marked;
            }

            @Override
            public boolean markNotSent(int campaignYear, Claim claim, DeliveryState state, String reason) {
                maybeCrash("before marking not sent");
                return real.markNotSent(campaignYear, claim, state, reason);
            }

            @Override
            public boolean markNotSent(int campaignYear, Claim claim, DeliveryState state, String reason,
                                       Throwable cause) {
                maybeCrash("before marking not sent");
                return real.markNotSent(campaignYear, claim, state, reason, cause);
            }
        };
    }

    /** The campaign's freeze (and its restamp) dying before or after its write; reads pass. */
    public CampaignStore campaigns(CampaignStore real) {
        return freezing(real, () -> maybeCrash("before the freeze"), () -> maybeCrash("after the freeze"),
                () -> maybeCrash("before restamping the freeze"));
    }

    /** The run dies right after the freeze was written: the campaign frozen, the answer lost. */
    public static CampaignStore killedRightAfterTheFreeze(CampaignStore real) {
        return freezing(real, () -> { }, () -> {
            throw new Crash("right after the freeze");
        }, () -> { });
    }

    private static CampaignStore freezing(CampaignStore real, Runnable beforeFreeze, Runnable afterFreeze,
                                          Runnable beforeRestamp) {
        return new CampaignStore() {
            @Override
            public Optional<Campaign> find(int year) {
                return real.find(year);
            }

            @Override
            public void save(Campaign campaign) {
                real.save(campaign);
            }

            @Override
            public java.util.OptionalInt currentYear() {
                return real.currentYear();
            }

            @Override
            public Created create(Campaign next, int previousYear) {
                return real.create(next, previousYear);
            }

            @Override
            public boolean changeCalendar(Campaign campaign, Instant opensAt, Instant closesAt, Instant awardsAt) {
                return real.changeCalendar(campaign, opensAt, closesAt, awardsAt);
            }

            @Override
            public boolean closeEarly(Campaign campaign, Instant at, lv.praise.domain.Actor by) {
                return real.closeEarly(campaign, at, by);
            }

            @Override
            public boolean freeze(Campaign campaign, Instant at, lv.praise.domain.Actor by) {
                beforeFreeze.run();
                boolean frozen = real.freeze(campaign, at, by);
                afterFreeze.run();
                return frozen;
            }

            @Override
            public boolean restampClose(int year, Instant recorded, Instant later) {
                return real.restampClose(year, recorded, later);
            }

            @Override
            public boolean restampFreeze(int year, Instant recorded, Instant later) {
                beforeRestamp.run();
                return real.restampFreeze(year, recorded, later);
            }
        };
    }

    public PublicationStore publications(PublicationStore real) {
        return new PublicationStore() {
            @Override
            public boolean create(Publication publication) {
                maybeCrash("before writing the results record");
                boolean created = real.create(publication);
                maybeCrash("after writing the results record");
                return created;
            }

            @Override
            public Optional<Publication> find(int campaignYear) {
                return real.find(campaignYear);
            }

            @Override
            public void saveOpenData(OpenData data) {
                maybeCrash("before writing the open data");
                real.saveOpenData(data);
                maybeCrash("after writing the open data");
            }

            @Override
            public Optional<OpenData> openData(int campaignYear) {
                return real.openData(campaignYear);
            }
        };
    }
}
