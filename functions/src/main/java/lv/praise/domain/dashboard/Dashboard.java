package lv.praise.domain.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.intake.SubmitPraise;
import lv.praise.domain.awards.AwardStore;
import lv.praise.domain.awards.DeliveryCounts;

/**
 * Use case: the organisers' dashboard – praise submitted, confirmed and awaiting confirmation, the review queue's
 * size, a daily trend of the campaign so far, the top industries and the participants without an evaluation at the
 * last recalculation. Everything from precomputed counts ({@link DashboardStore}): a handful of small reads per view.
 */
public final class Dashboard {
    /** How many industries the dashboard names. */
    public static final int TOP_INDUSTRIES = 5;

    /**
     * Days a confirmation link may still be open: it lives 72 hours ({@link SubmitPraise#TOKEN_LIFETIME}), so praise
     * submitted on the day 3 days back may still be confirmed today; earlier days' unconfirmed praise never will be.
     */
    static final int LINK_DAYS = (int) SubmitPraise.TOKEN_LIFETIME.toDays();

    /**
     * @param awaitingConfirmation submitted in the last {@value #LINK_DAYS} days and today, not confirmed (yet) nor erased
     * @param neverConfirmed       submitted earlier and never confirmed (the link expired)
     * @param awaitingReview       confirmed, not approved or rejected yet
     * @param trend                one entry per day from the window's first to today (or its last), zeros included
     */
    public record View(int campaignYear, LocalDate today, long submitted, long confirmed, long awaitingConfirmation,
                       long neverConfirmed, long awaitingReview, long approved, long rejected, long erased,
                       List<DashboardStore.DayCount> trend, Optional<DashboardStore.Recalculation> recalculation,
                       List<Map.Entry<String, Long>> topIndustries, DeliveryCounts letters) {
        public View {
            trend = List.copyOf(trend);
            topIndustries = List.copyOf(topIndustries);
        }
    }

    private final java.util.function.IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final DashboardStore store;
    private final AwardStore awards;
    private final Clock clock;

    /** @param awards the certificate letters' states (the awards' items: the TOP-N, a few dozen small items) */
    /** A fixed year (tests, and tools that name the year). */
    public Dashboard(int campaignYear, CampaignStore campaigns, DashboardStore store, AwardStore awards, Clock clock) {
        this(() -> campaignYear, campaigns, store, awards, clock);
    }

    public Dashboard(java.util.function.IntSupplier campaignYear, CampaignStore campaigns, DashboardStore store, AwardStore awards, Clock clock) {
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.store = store;
        this.awards = awards;
        this.clock = clock;
    }

    public View view() {
        // One year for the whole view: the current campaign may change between two reads of it.
        int year = campaignYear.getAsInt();
        Campaign campaign = campaigns.findOrDefault(year);
        LocalDate today = LocalDate.ofInstant(clock.instant(), campaign.timeZone());
        List<DashboardStore.DayCount> days = store.days(year);
        long submitted = 0;
        long confirmed = 0;
        long awaiting = 0;
        long never = 0;
        long approved = 0;
        long rejected = 0;
        long erased = 0;
        Map<LocalDate, DashboardStore.DayCount> byDay = new TreeMap<>();
        for (DashboardStore.DayCount d : days) {
            submitted += d.submitted();
            confirmed += d.confirmed();
            approved += d.approved();
            rejected += d.rejected();
            erased += d.erased();
            long open = d.unconfirmed();
            if (d.day().isBefore(today.minusDays(LINK_DAYS))) {
                never += open;
            } else {
                awaiting += open;
            }
            byDay.put(d.day(), d);
        }
        Optional<DashboardStore.Recalculation> recalculation = store.latestRecalculation(year);
        List<Map.Entry<String, Long>> top = recalculation.map(r -> r.industryPraise().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_INDUSTRIES).toList()).orElse(List.of());
        return new View(year, today, submitted, confirmed, awaiting, never, confirmed - approved - rejected,
                approved, rejected, erased, trend(campaign, today, byDay), recalculation, top,
                DeliveryCounts.of(awards.all(year)));
    }

    /**
     * The window's days so far: from its first day (or the first counted day, if earlier – phone praise entered
     * before the window, a test) to today, or to its last day once it has closed; days without praise as zeros.
     */
    private static List<DashboardStore.DayCount> trend(Campaign campaign, LocalDate today,
                                                       Map<LocalDate, DashboardStore.DayCount> byDay) {
        LocalDate first = LocalDate.ofInstant(campaign.praiseOpensAt(), campaign.timeZone());
        LocalDate last = LocalDate.ofInstant(campaign.closedEarlyAt() != null ? campaign.closedEarlyAt()
                : campaign.praiseClosesAt(), campaign.timeZone());
        if (!byDay.isEmpty()) {
            LocalDate firstCounted = byDay.keySet().iterator().next();
            LocalDate lastCounted = ((TreeMap<LocalDate, DashboardStore.DayCount>) byDay).lastKey();
            first = firstCounted.isBefore(first) ? firstCounted : first;
            last = lastCounted.isAfter(last) ? lastCounted : last;
        }
        LocalDate end = today.isBefore(last) ? today : last;
        if (byDay.isEmpty() && end.isBefore(first)) {
            return List.of();
        }
        List<DashboardStore.DayCount> trend = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(end); d = d.plusDays(1)) {
            trend.add(byDay.getOrDefault(d, new DashboardStore.DayCount(d, 0, 0, 0, 0, 0)));
        }
        // A counted day after today (a clock set back in a test) still shows.
        byDay.keySet().stream().filter(d -> d.isAfter(end)).forEach(d -> trend.add(byDay.get(d)));
        return trend;
    }
}
