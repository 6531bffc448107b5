package lv.praise.domain.nominations;

import java.util.function.IntSupplier;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.intake.ConfirmationMail;
import lv.praise.domain.intake.ConfirmationToken;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.HashRetention;
import lv.praise.domain.FreeText;
import lv.praise.domain.Lang;
import lv.praise.domain.Mailer;
import lv.praise.domain.OrganisationName;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.RefusedException;
import lv.praise.domain.SiteUrl;
import lv.praise.domain.intake.SubmissionGate;
import lv.praise.domain.intake.SubmitPraise;

/**
 * Use case: a person praises an organisation that is not in the list by typing its name. It never
 * counts toward any score; organisers see how many people named it, what they wrote, and may invite it.
 * Like a praise, a nomination waits for its e-mail link and counts only once confirmed, once per person
 * (keyed hash of the e-mail) and name (every spelling of the same name, {@link OrganisationName}); the
 * form's abuse limits are the praise form's ({@link SubmissionGate}).
 */
public final class Nominations {
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 2000;

    /** What a confirmation did; the name is what the person wrote, for the thank-you page. */
    public record Confirmation(NominationStore.ConfirmOutcome outcome, String name) {
    }

    private final IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final NominationStore nominations;
    private final KeyedHasher hasher;
    private final Mailer mailer;
    private final SiteUrl siteUrl;
    private final SubmissionGate gate;
    private final Clock clock;
    private final HashRetention retention;

    /**
     * @param hasher, mailer, siteUrl, gate needed to submit; a function that only lists or confirms may pass
     *                null (and a null site address), and is refused if it submits
     */
    public Nominations(int campaignYear, CampaignStore campaigns, NominationStore nominations, KeyedHasher hasher,
                       Mailer mailer, String siteUrl, SubmissionGate gate, Clock clock) {
        this(campaignYear, campaigns, nominations, hasher, mailer, siteUrl, gate, clock, HashRetention.DEFAULT);
    }

    /** @param retention how long after the awards a nominator's e-mail hash (its slot) is kept */
    public Nominations(int campaignYear, CampaignStore campaigns, NominationStore nominations, KeyedHasher hasher,
                       Mailer mailer, String siteUrl, SubmissionGate gate, Clock clock, HashRetention retention) {
        this(() -> campaignYear, campaigns, nominations, hasher, mailer, siteUrl, gate, clock, retention);
    }

    public Nominations(IntSupplier campaignYear, CampaignStore campaigns, NominationStore nominations, KeyedHasher hasher,
                       Mailer mailer, String siteUrl, SubmissionGate gate, Clock clock, HashRetention retention) {
        this.retention = retention;
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.hasher = hasher;
        this.mailer = mailer;
        this.siteUrl = SiteUrl.of(siteUrl);
        this.gate = gate;
        this.clock = clock;
    }

    /**
     * Stores the nomination as pending and e-mails its confirmation link; either both happen or the caller
     * gets an error and nothing is left that could count. The same answer whether or not this person had
     * named it before: the confirmation, made by the mailbox's owner, is where that is said.
     *
     * @param sourceIpAddress the sender's network address, for the limits; null when unknown
     */
    public void nominate(String name, String text, String email, Lang lang, String sourceIpAddress) {
        // Checked before blanks are joined, which would turn a line break into a space unnoticed.
        String stripped = name == null ? "" : FreeText.name("name", name.strip()).replaceAll("\\s+", " ");
        if (stripped.length() < 2) {
            throw RefusedException.invalid("name", "the organisation's name is required");
        }
        if (stripped.length() > MAX_NAME) {
            throw RefusedException.invalid("name", "name must be at most " + MAX_NAME + " characters");
        }
        if (stripped.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw RefusedException.invalid("name", "the name needs letters or digits");
        }
        String body = text == null || text.isBlank() ? null : FreeText.text("text", text.strip());
        if (body != null && body.length() > MAX_TEXT) {
            throw RefusedException.invalid("text", "text must be at most " + MAX_TEXT + " characters");
        }
        // The same canonical mailbox as praise's, so one person counts once however the address is written.
        EmailAddress address = EmailAddress.parse("email", email);
        Instant now = clock.instant();
        Campaign campaign = campaign();
        campaign.requireOpenAt(now);
        // Before anything is counted or stored: without the site's address there is no link to send.
        siteUrl.require();
        String emailHash = hasher.hash(address);
        gate.count(sourceIpAddress, emailHash, now);

        ConfirmationToken token = ConfirmationToken.generate();
        Instant expiresAt = now.plus(SubmitPraise.TOKEN_LIFETIME);
        PendingNomination pending = new PendingNomination(token.praiseId(), campaignYear.getAsInt(), stripped,
                OrganisationName.sameNameKey(stripped), body, lang, emailHash, token.secretHash(), now, expiresAt,
                false);
        nominations.savePending(pending);
        String link = siteUrl.link("/confirm.html?token=" + token + "&kind=nomination");
        OutgoingMail mail = ConfirmationMail.composeNomination(address.address(), lang, stripped, link, expiresAt,
                campaign.timeZone());
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            nominations.deletePending(pending.id());
            throw new RefusedException(ErrorCode.MAIL_FAILED, "email",
                    "the confirmation e-mail could not be sent; please try again", e);
        }
    }

    /** The person opens the link: the nomination counts from then on, once; a second click changes nothing. */
    public Confirmation confirm(String tokenText) {
        ConfirmationToken token = ConfirmationToken.parse(tokenText).orElseThrow(Nominations::invalidToken);
        PendingNomination pending = nominations.find(token.praiseId())
                .filter(n -> token.matches(n.tokenHash()))
                .orElseThrow(Nominations::invalidToken);
        if (pending.confirmed()) {
            return new Confirmation(NominationStore.ConfirmOutcome.ALREADY_CONFIRMED, pending.name());
        }
        Instant now = clock.instant();
        if (now.isAfter(pending.tokenExpiresAt())) {
            throw new RefusedException(ErrorCode.TOKEN_EXPIRED, "token",
                    "the confirmation link has expired; please nominate again");
        }
        Campaign campaign = campaigns.findOrDefault(pending.campaignYear());
        campaign.requireOpenAt(now);
        NominationStore.ConfirmOutcome outcome = nominations.confirm(pending, now, retention.expiresAt(campaign));
        if (outcome == NominationStore.ConfirmOutcome.ALREADY_NOMINATED) {
            throw new RefusedException(ErrorCode.ALREADY_PRAISED, "email",
                    "this e-mail address has already named this organisation in this campaign");
        }
        return new Confirmation(outcome, pending.name());
    }

    /**
     * Most named first, then by name. Grouped by the compared name as the rule stands now, counting
     * distinct people: a person counted under two keys (a rule changed mid-campaign) still counts once.
     */
    public List<Nomination> list() {
        Map<String, List<NominationStore.Slot>> groups = new LinkedHashMap<>();
        for (NominationStore.Slot slot : nominations.slots(campaignYear.getAsInt())) {
            groups.computeIfAbsent(OrganisationName.sameNameKey(slot.name()), k -> new ArrayList<>()).add(slot);
        }
        Collator latvian = Collator.getInstance(Locale.forLanguageTag("lv"));
        return groups.values().stream().map(Nominations::nomination)
                .sorted(Comparator.comparingLong(Nomination::count).reversed()
                        .thenComparing(Nomination::name, latvian))
                .toList();
    }

    private static Nomination nomination(List<NominationStore.Slot> slots) {
        Set<String> people = new HashSet<>();
        Map<String, Integer> uses = new HashMap<>();
        Instant first = null;
        Instant last = null;
        List<NominationStore.Slot> byTime = new ArrayList<>(slots);
        byTime.sort(Comparator.comparing(NominationStore.Slot::at).thenComparing(NominationStore.Slot::name));
        for (NominationStore.Slot slot : byTime) {
            people.add(slot.emailHash());
            uses.merge(slot.name(), 1, Integer::sum);
            first = first == null ? slot.at() : first;
            last = slot.at();
        }
        // Most used first; among equals, the one written first (a stable sort keeps the order of first use).
        List<String> spellings = new ArrayList<>(byTime.stream().map(NominationStore.Slot::name).distinct().toList());
        spellings.sort(Comparator.comparing((String s) -> uses.get(s)).reversed());
        List<Nomination.Reason> reasons = new ArrayList<>();
        for (int i = byTime.size() - 1; i >= 0; i--) {
            NominationStore.Slot s = byTime.get(i);
            if (s.text() != null) {
                reasons.add(new Nomination.Reason(s.name(), s.text(), s.at()));
            }
        }
        return new Nomination(spellings.get(0), spellings, people.size(), first, last, reasons);
    }

    private Campaign campaign() {
        return campaigns.findOrDefault(campaignYear.getAsInt());
    }

    private static RefusedException invalidToken() {
        return new RefusedException(ErrorCode.INVALID_TOKEN, "token", "this confirmation link is not valid");
    }
}
