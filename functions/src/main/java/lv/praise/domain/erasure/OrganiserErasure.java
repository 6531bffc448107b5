package lv.praise.domain.erasure;

import java.util.function.IntSupplier;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import lv.praise.domain.Actor;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;

/**
 * Use case: an organiser erases one praise (by its id), or every praise of one e-mail address in the campaign –
 * a person who asks by letter or phone rather than through their link. Each praise goes through the same erase
 * transaction as a withdrawal ({@link ErasureStore#erase}).
 *
 * <p>By address: the address is hashed as at submission (the canonical mailbox), the person's praiser slots are
 * found by that hash, each slot's praise is erased and then the slot deleted – the slot is the only link left
 * between the address and the praise. The slots are the work list: a run that dies half-way is simply asked
 * again, and finds only what is left (an erased praise answers "already erased", its slot is deleted then).
 */
public final class OrganiserErasure {
    private static final Pattern PRAISE_ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

    /**
     * @param erased        praise erased by this request
     * @param alreadyErased praise found already erased (a repeated request, or withdrawn by the person)
     * @param published     praise kept because it counts in published results (docs/scoring.md §1a)
     */
    public record Result(int erased, int alreadyErased, int published) {
    }

    private final IntSupplier campaignYear;
    private final ErasureStore store;
    private final KeyedHasher hasher;
    private final Clock clock;

    /** For one fixed year (tests; a job or a certificate names its own year). */
    public OrganiserErasure(int campaignYear, ErasureStore store, KeyedHasher hasher, Clock clock) {
        this(() -> campaignYear, store, hasher, clock);
    }

    public OrganiserErasure(IntSupplier campaignYear, ErasureStore store, KeyedHasher hasher, Clock clock) {
        this.campaignYear = campaignYear;
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Exactly one of {@code praiseId} and {@code email}; the error names the field at fault. */
    public Result erase(String praiseId, String email, Actor by) {
        boolean byId = praiseId != null && !praiseId.isBlank();
        boolean byEmail = email != null && !email.isBlank();
        if (byId && byEmail) {
            throw RefusedException.invalid("email", "give praiseId or email, not both");
        }
        if (!byId && !byEmail) {
            throw RefusedException.invalid("praiseId", "praiseId or email is required");
        }
        return byId ? one(praiseId.strip(), by) : allOf(EmailAddress.of(email), by);
    }

    private Result one(String praiseId, Actor by) {
        if (!PRAISE_ID.matcher(praiseId).matches()) {
            throw notFound();
        }
        return switch (store.erase(praiseId, by, clock.instant())) {
            case ERASED -> new Result(1, 0, 0);
            case ALREADY_ERASED -> new Result(0, 1, 0);
            case NOT_FOUND -> throw notFound();
            case CAMPAIGN_CLOSED -> throw new RefusedException(ErrorCode.CLOSED, "campaign",
                    "this praise counts in published results; it can no longer be erased");
        };
    }

    private Result allOf(EmailAddress address, Actor by) {
        String hash = hasher.hash(address);
        Instant at = clock.instant();
        int erased = 0;
        int already = 0;
        int published = 0;
        for (ErasureStore.PersonSlot slot : store.slotsOf(campaignYear.getAsInt(), hash)) {
            switch (store.erase(slot.praiseId(), by, at)) {
                case ERASED -> erased++;
                case ALREADY_ERASED -> already++;
                case NOT_FOUND -> {
                    // A slot without its praise links the address to nothing: it goes all the same.
                }
                case CAMPAIGN_CLOSED -> {
                    // Kept, with its slot: the praise counts in published results (the hash expires with the slot).
                    published++;
                    continue;
                }
            }
            store.deleteSlot(slot);
        }
        return new Result(erased, already, published);
    }

    private static RefusedException notFound() {
        return new RefusedException(ErrorCode.NOT_FOUND, "praiseId", "no praise with this id");
    }
}
