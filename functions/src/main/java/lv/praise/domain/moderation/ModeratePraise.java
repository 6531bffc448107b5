package lv.praise.domain.moderation;

import java.util.function.IntSupplier;
import lv.praise.domain.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lv.praise.domain.Participant;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/**
 * Use case: organisers review confirmed praise before its text is shown. Approving shows it on the
 * participant's page; rejecting (with a reason) hides it and takes it out of the scores and of the
 * participant's public count. Rejecting for personal data also erases its text and employee name in the same
 * write, so it cannot be approved afterwards. The results are frozen at publication, so moderation stops then.
 */
public final class ModeratePraise {
    public static final int MAX_DECISIONS = 100;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;
    /** Attempts at one decision when the praise changed state under it (another organiser deciding). */
    private static final int MAX_ATTEMPTS = 5;
    private static final Pattern PRAISE_ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

    /** One page of a queue, with the campaign's counts per state. */
    public record Queue(ModerationCounts counts, List<ModeratedPraise> items, String nextCursor) {
    }

    /** A decision as sent: checked by {@link #decide}, which names the field of the one at fault. */
    public record DecisionRequest(String praiseId, String decision, String reason) {
    }

    public record Result(String praiseId, ModerationStatus status, boolean changed) {
    }

    public record Outcome(List<Result> results, ModerationCounts counts) {
    }

    private record Decision(String praiseId, ModerationStatus to, RejectReason reason) {
    }

    private final IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final ModerationStore store;
    private final Clock clock;

    /** For one fixed year (tests; a job or a certificate names its own year). */
    public ModeratePraise(int campaignYear, CampaignStore campaigns, ModerationStore store, Clock clock) {
        this(() -> campaignYear, campaigns, store, clock);
    }

    public ModeratePraise(IntSupplier campaignYear, CampaignStore campaigns, ModerationStore store, Clock clock) {
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.store = store;
        this.clock = clock;
    }

    /** The campaign's confirmed praise per review state (what still awaits review, before publishing). */
    public ModerationCounts counts() {
        return store.counts(campaignYear.getAsInt());
    }

    public Queue queue(String statusCode, String participantId, Integer limit, String cursor) {
        ModerationStatus status = statusCode == null ? ModerationStatus.PENDING
                : ModerationStatus.fromCode(statusCode).orElseThrow(() ->
                        RefusedException.invalid("status", "status must be pending, approved or rejected"));
        if (participantId != null && !Participant.isId(participantId)) {
            throw RefusedException.invalid("participant", "participant is not a participant id");
        }
        int size = limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        String list = "q#" + status.code() + "#" + (participantId == null ? "" : participantId);
        Position after = Cursor.decode(list, cursor);
        ModerationStore.Page page = store.queue(campaignYear.getAsInt(), status, participantId, size, after);
        String next = page.more() && !page.items().isEmpty()
                ? Cursor.encode(list, Position.of(page.items().get(page.items().size() - 1))) : null;
        return new Queue(store.counts(campaignYear.getAsInt()), page.items(), next);
    }

    /**
     * Checks every decision before writing any: a request with one bad decision changes nothing. Then
     * each is written on its own (a transaction per praise); sending the same request again is safe,
     * as a praise already in the asked state is left as it is ({@code changed: false}).
     */
    public Outcome decide(List<DecisionRequest> requests, Actor by) {
        List<Decision> decisions = check(requests);
        // One instant for the request, taken before the campaign is read: a decision counts only if made
        // before the freeze (docs/scoring.md, "When praise counts").
        Instant now = clock.instant();
        Campaign campaign = campaigns.findOrDefault(campaignYear.getAsInt());
        if (campaign.publishedAt() != null) {
            throw closed();
        }
        Map<String, ModeratedPraise> found = store.findConfirmed(decisions.stream().map(Decision::praiseId).toList());
        for (int i = 0; i < decisions.size(); i++) {
            ModeratedPraise praise = found.get(decisions.get(i).praiseId());
            if (praise == null || praise.praise().campaignYear() != campaignYear.getAsInt()) {
                throw new RefusedException(ErrorCode.NOT_FOUND, field(i, "praiseId"), "no confirmed praise with this id");
            }
            refuseErasedApproval(praise, decisions.get(i), i);
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            results.add(apply(found.get(decisions.get(i).praiseId()), decisions.get(i), i, by, now));
        }
        return new Outcome(results, store.counts(campaignYear.getAsInt()));
    }

    /** Approving a praise whose words were erased would show it as if it were fine. */
    private static void refuseErasedApproval(ModeratedPraise praise, Decision decision, int index) {
        if (praise.wordsErased() && decision.to() != ModerationStatus.REJECTED) {
            throw RefusedException.invalid(field(index, "decision"),
                    "this praise was rejected for personal data and its text erased: it can no longer be approved");
        }
    }

    private Result apply(ModeratedPraise current, Decision decision, int index, Actor by, Instant now) {
        for (int attempt = 1; ; attempt++) {
            // Read again after another organiser's decision: it may have erased the words in the meantime.
            refuseErasedApproval(current, decision, index);
            if (current.status() == decision.to()) {
                return new Result(current.id(), current.status(), false);
            }
            switch (store.decide(current, current.decided(decision.to(), decision.reason(), by, now))) {
                case CHANGED -> {
                    return new Result(current.id(), decision.to(), true);
                }
                case CAMPAIGN_PUBLISHED -> throw closed();
                case STATE_CHANGED -> {
                    if (attempt >= MAX_ATTEMPTS) {
                        throw new IllegalStateException("praise " + current.id() + " kept changing state");
                    }
                    current = store.findConfirmed(current.id()).orElseThrow(() ->
                            new IllegalStateException("praise " + decision.praiseId() + " disappeared"));
                }
                default -> throw new IllegalStateException("unknown outcome");
            }
        }
    }

    private static List<Decision> check(List<DecisionRequest> requests) {
        if (requests == null || requests.isEmpty() || requests.size() > MAX_DECISIONS) {
            throw RefusedException.invalid("decisions", "decisions must list 1 to " + MAX_DECISIONS + " decisions");
        }
        List<Decision> decisions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < requests.size(); index++) {
            int i = index;
            DecisionRequest r = requests.get(i);
            if (r == null) {
                throw RefusedException.invalid(field(i, null), "a decision must be an object");
            }
            if (r.praiseId() == null || r.praiseId().isBlank()) {
                throw RefusedException.invalid(field(i, "praiseId"), "praiseId is required");
            }
            if (!PRAISE_ID.matcher(r.praiseId()).matches()) {
                throw new RefusedException(ErrorCode.NOT_FOUND, field(i, "praiseId"), "no confirmed praise with this id");
            }
            if (!seen.add(r.praiseId())) {
                throw RefusedException.invalid(field(i, "praiseId"), "this praise has a decision earlier in the list");
            }
            if (r.decision() == null) {
                throw RefusedException.invalid(field(i, "decision"), "decision is required: approve or reject");
            }
            ModerationStatus to = switch (r.decision()) {
                case "approve" -> ModerationStatus.APPROVED;
                case "reject" -> ModerationStatus.REJECTED;
                default -> throw RefusedException.invalid(field(i, "decision"), "decision must be approve or reject");
            };
            RejectReason reason = null;
            if (to == ModerationStatus.REJECTED) {
                if (r.reason() == null) {
                    throw RefusedException.invalid(field(i, "reason"),
                            "a rejection needs a reason: spam, abusive, not_about_service or personal_data");
                }
                reason = RejectReason.fromCode(r.reason()).orElseThrow(() -> RefusedException.invalid(field(i, "reason"),
                        "reason must be spam, abusive, not_about_service or personal_data"));
            } else if (r.reason() != null) {
                throw RefusedException.invalid(field(i, "reason"), "an approval takes no reason");
            }
            decisions.add(new Decision(r.praiseId(), to, reason));
        }
        return decisions;
    }

    static int limit(Integer limit, int defaultLimit, int max) {
        if (limit == null) {
            return defaultLimit;
        }
        if (limit < 1 || limit > max) {
            throw RefusedException.invalid("limit", "limit must be a whole number from 1 to " + max);
        }
        return limit;
    }

    private static String field(int index, String name) {
        return "decisions[" + index + "]" + (name == null ? "" : "." + name);
    }

    private RefusedException closed() {
        return new RefusedException(ErrorCode.CLOSED, "campaign",
                "the " + campaignYear.getAsInt() + " campaign is published: its results, and its moderation, are final");
    }
}
