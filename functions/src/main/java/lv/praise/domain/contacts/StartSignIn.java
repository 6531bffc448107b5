package lv.praise.domain.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.intake.SubmissionGate;

/**
 * Step 1 of a contact's sign-in (POST /api/my/signin, docs/insight.md): the limits per sender address and per
 * e-mail address, then – when the address is a contact of a participant of the current campaign – its sign-in
 * account made to exist with those participants. The caller answers the same whatever happened here, so nobody
 * learns whether an address is a contact. An address that is no longer anyone's contact loses a stale account
 * here, before it could ask for a code.
 */
public final class StartSignIn {
    private final IntSupplier campaignYear;
    private final SubmissionGate gate;
    private final ContactStore store;
    private final ContactLogins logins;
    private final KeyedHasher hasher;
    private final Clock clock;
    private final BiConsumer<String, Map<String, ?>> warn;

    /** @param warn where a failure of the accounts' service is reported (a log line without the address) */
    public StartSignIn(IntSupplier campaignYear, SubmissionGate gate, ContactStore store, ContactLogins logins,
                       KeyedHasher hasher, Clock clock, BiConsumer<String, Map<String, ?>> warn) {
        this.campaignYear = campaignYear;
        this.gate = gate;
        this.store = store;
        this.logins = logins;
        this.hasher = hasher;
        this.clock = clock;
        this.warn = warn;
    }

    /** A start that leaves the account's language as it is. */
    public void start(String emailText, String viewerAddress) {
        start(emailText, null, viewerAddress);
    }

    /**
     * @param language the page's language, which the code e-mail is to be written in (the account's locale); null
     *                 keeps the account's language as it is
     * @throws lv.praise.domain.RefusedException 400 {@code email} for an address that can't be one
     * @throws lv.praise.domain.intake.LimitReachedException over a limit (429)
     */
    public void start(String emailText, Lang language, String viewerAddress) {
        EmailAddress email = EmailAddress.parse("email", emailText);
        String hash = hasher.hash(email);
        Instant now = clock.instant();
        gate.count(viewerAddress, hash, now);
        List<String> participants = store.participantsOf(campaignYear.getAsInt(), hash);
        try {
            logins.allow(ContactList.stored(email), participants, language);
        } catch (ContactLogins.LoginsUnavailable e) {
            // Answered as any other start: the code e-mail does not come, and the person asks again.
            warn.accept("signin_account_failed", Map.of("contact", !participants.isEmpty(), "cause",
                    e.getCause() == null ? e.getClass().getName() : e.getCause().getClass().getName()));
        }
    }
}
