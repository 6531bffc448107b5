package lv.praise.domain.contacts;

import java.time.Clock;
import java.util.List;
import java.util.function.IntSupplier;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;

/**
 * The participant's {@code contactEmail} is its first contact (docs/insight.md, Contacts). A participant whose
 * {@code contactEmail} came from an import, the participant form or an earlier release, and that has no contact
 * yet, gets that address as its one contact (Contact and CONTACTOF items, in one transaction). Idempotent: a
 * participant with any contact is left alone (from then on its list is the organisers' to change, and the list
 * sets {@code contactEmail}); run again, it writes nothing. Run by the nightly recalculation and at the local
 * run's start; an address that is no longer acceptable is skipped (the organisers see it and fix it).
 */
public final class ContactBackfill {
    /** What one run did. */
    public record Result(int added, int skipped) {
    }

    private final IntSupplier campaignYear;
    private final ParticipantStore participants;
    private final ContactStore store;
    private final ContactWriter writer;
    private final KeyedHasher hasher;
    private final Clock clock;

    public ContactBackfill(IntSupplier campaignYear, ParticipantStore participants, ContactStore store,
                           ContactWriter writer, KeyedHasher hasher, Clock clock) {
        this.campaignYear = campaignYear;
        this.participants = participants;
        this.store = store;
        this.writer = writer;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Result run() {
        int year = campaignYear.getAsInt();
        int added = 0;
        int skipped = 0;
        for (Participant p : participants.all(year)) {
            String email = p.contactEmail();
            if (email == null || email.isBlank() || !store.contacts(year, p.id()).isEmpty()) {
                continue;
            }
            if (EmailAddress.problem(email) != null) {
                skipped++;
                continue;
            }
            EmailAddress address = EmailAddress.of(email);
            String stored = ContactList.stored(address);
            // A lost race (an organiser's list written meanwhile) fails the condition: that list wins.
            if (writer.replace(year, p.id(), List.of(new ContactWriter.NewContact(stored, hasher.hash(address),
                    clock.instant())), List.of(), stored, "backfill")) {
                added++;
            }
        }
        return new Result(added, skipped);
    }
}
