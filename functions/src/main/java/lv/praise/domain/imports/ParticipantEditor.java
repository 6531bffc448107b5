package lv.praise.domain.imports;

import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lv.praise.domain.Campaign;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.EmailAddress;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.FreeText;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.RefusedException;
import lv.praise.domain.SearchKey;
import lv.praise.domain.Term;

/**
 * Use case: organisers list, add and edit participants one at a time (the console), by the same rules
 * as the CSV import – same limits, same vocabulary, registration numbers unique within the campaign.
 * An edit keeps the participant's praise count; an id, once given, never changes.
 */
public final class ParticipantEditor {
    /** A participant as an organiser submits it; the id only when adding, and only if chosen by hand. */
    public record Draft(String id, String name, String registrationNumber, String category, String industry,
                        String sizeClass, List<String> branches, String contactEmail) {
    }

    /** Filters of the list; null or blank means "any". */
    public record Filter(String query, String category, String industry, String sizeClass) {
    }

    private final IntSupplier campaignYear;
    private final CampaignStore campaigns;
    private final ParticipantStore participants;
    private final IntFunction<List<Participant>> invited;
    // Collator.compare is synchronized in the JDK, so one instance may be shared.
    private final Collator latvian = Collator.getInstance(Locale.forLanguageTag("lv"));

    /** For one fixed year (tests; a job or a certificate names its own year). */
    public ParticipantEditor(int campaignYear, CampaignStore campaigns, ParticipantStore participants) {
        this(() -> campaignYear, campaigns, participants);
    }

    public ParticipantEditor(IntSupplier campaignYear, CampaignStore campaigns, ParticipantStore participants) {
        this(campaignYear, campaigns, participants, year -> List.of());
    }

    /**
     * @param invited the year's invitations (last year's participants carried over): an added participant with an
     *                invitation's registration number is that organisation and gets its id; no other gets an
     *                invited id (it would show that organisation's earlier marks, and its invitation could never
     *                be confirmed)
     */
    public ParticipantEditor(IntSupplier campaignYear, CampaignStore campaigns, ParticipantStore participants,
                             IntFunction<List<Participant>> invited) {
        this.campaignYear = campaignYear;
        this.campaigns = campaigns;
        this.participants = participants;
        this.invited = invited;
    }

    /** Every participant matching the filter, by name in Latvian order. */
    public List<Participant> list(Filter filter) {
        if (filter.query() != null && filter.query().length() > 200) {
            throw RefusedException.invalid("q", "q must be at most 200 characters");
        }
        if (!matches(filter.category(), null) || !matches(filter.industry(), null) || !matches(filter.sizeClass(), null)) {
            // The campaign's vocabulary is read only to check a filter that was given.
            Campaign campaign = campaigns.findOrDefault(campaignYear.getAsInt());
            requireCode("category", filter.category(), campaign.categories());
            requireCode("industry", filter.industry(), campaign.industries());
            requireCode("sizeClass", filter.sizeClass(), campaign.sizeClasses());
        }
        String key = filter.query() == null ? "" : SearchKey.of(filter.query());
        List<Participant> found = new ArrayList<>();
        for (Participant p : participants.all(campaignYear.getAsInt())) {
            if (p.searchKey().contains(key) && matches(filter.category(), p.category())
                    && matches(filter.industry(), p.industry()) && matches(filter.sizeClass(), p.sizeClass())) {
                found.add(p);
            }
        }
        found.sort(Comparator.comparing(Participant::name, latvian).thenComparing(Participant::id));
        return found;
    }

    public Participant get(String id) {
        return participants.find(campaignYear.getAsInt(), id).orElseThrow(ParticipantEditor::unknown);
    }

    /** Adds a participant; its id is the one given, or one made from its name. */
    public Participant add(Draft draft) {
        List<Participant> all = participants.all(campaignYear.getAsInt());
        Participant checked = check(draft, null, all);
        Set<String> taken = new HashSet<>();
        all.forEach(p -> taken.add(p.id()));
        List<Participant> invitations = invited.apply(campaignYear.getAsInt());
        Participant invitation = checked.registrationNumber() == null ? null : invitations.stream()
                .filter(p -> !taken.contains(p.id()) && p.registrationNumber() != null
                        && RegistrationNumbers.key(p.registrationNumber()).equals(RegistrationNumbers.key(checked.registrationNumber())))
                .findFirst().orElse(null);
        String id;
        if (draft.id() != null) {
            if (!Participant.isId(draft.id())) {
                throw RefusedException.invalid("id", "id is lower-case letters, digits and hyphens, at most 80");
            }
            id = draft.id();
            if (invitation != null && !invitation.id().equals(id)) {
                throw RefusedException.invalid("id", "registration number " + checked.registrationNumber()
                        + " is invited participant '" + invitation.id() + "' of last year: add it under that id");
            }
            Participant invitedUnderId = invitations.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
            if (invitation == null && invitedUnderId != null && !sameOrganisation(invitedUnderId, checked)) {
                throw RefusedException.invalid("id", "the id '" + id + "' is an invitation's (last year's participant "
                        + invitedUnderId.name() + ", another registration number or name): confirm that invitation, or "
                        + "choose another id");
            }
        } else if (invitation != null) {
            // Last year's participant added by hand (its name may have changed): it keeps its id and marks.
            id = invitation.id();
        } else {
            invitations.forEach(p -> taken.add(p.id()));
            id = Slugs.unique(Slugs.of(checked.name(), checked.registrationNumber() == null ? "x" : checked.registrationNumber()), taken);
        }
        Participant created = withId(checked, id, 0);
        // The store's conditional write decides, not the list read above: two organisers adding at once.
        if (!participants.create(created)) {
            throw new RefusedException(ErrorCode.INVALID, "id", "a participant with the id '" + id + "' exists");
        }
        return created;
    }

    /** Replaces a participant's profile; its id and praise count stay. */
    public Participant edit(String id, Draft draft) {
        Participant stored = get(id);
        Participant checked = check(draft, id, participants.all(campaignYear.getAsInt()));
        Participant edited = withId(checked, id, stored.confirmedPraiseCount());
        participants.save(edited);
        return edited;
    }

    /**
     * Whether a participant added under an invitation's id is that organisation: the same registration number, or
     * – when one of them has none – the same name (legal form, quotes, case and diacritics aside).
     */
    private static boolean sameOrganisation(Participant invitation, Participant added) {
        if (invitation.registrationNumber() != null && added.registrationNumber() != null) {
            return RegistrationNumbers.key(invitation.registrationNumber())
                    .equals(RegistrationNumbers.key(added.registrationNumber()));
        }
        return lv.praise.domain.OrganisationName.sameNameKey(invitation.name())
                .equals(lv.praise.domain.OrganisationName.sameNameKey(added.name()));
    }

    private Participant check(Draft d, String ownId, List<Participant> all) {
        Campaign campaign = campaigns.findOrDefault(campaignYear.getAsInt());
        String name = FreeText.name("name", required("name", d.name()));
        if (name.length() > ParticipantImport.MAX_NAME) {
            throw RefusedException.invalid("name", "name must be at most " + ParticipantImport.MAX_NAME + " characters");
        }
        String number = blankToNull(d.registrationNumber());
        if (number != null) {
            String problem = RegistrationNumbers.problem(number);
            if (problem != null) {
                throw RefusedException.invalid("registrationNumber", problem);
            }
            String key = RegistrationNumbers.key(number);
            for (Participant p : all) {
                if (!p.id().equals(ownId) && p.registrationNumber() != null
                        && RegistrationNumbers.key(p.registrationNumber()).equals(key)) {
                    throw RefusedException.invalid("registrationNumber", "registration number " + number
                            + " is already " + p.name() + "'s");
                }
            }
        }
        String category = term("category", campaign.categories(), d.category());
        String industry = term("industry", campaign.industries(), d.industry());
        String sizeClass = term("sizeClass", campaign.sizeClasses(), d.sizeClass());
        String email = blankToNull(d.contactEmail());
        if (email != null) {
            // The award letter goes here: only a bare address, so nothing but it can reach the To: header.
            email = EmailAddress.parse("contactEmail", email).address();
        }
        List<String> branches = branches(d.branches() == null ? List.of() : d.branches());
        return new Participant(campaignYear.getAsInt(), ownId == null ? "new" : ownId, name, category, industry, sizeClass,
                branches, email, 0, number);
    }

    private static List<String> branches(List<String> given) {
        if (given.size() > ParticipantImport.MAX_BRANCHES) {
            throw RefusedException.invalid("branches", "at most " + ParticipantImport.MAX_BRANCHES + " branches");
        }
        List<String> branches = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "branches[" + i + "]";
            String branch = given.get(i) == null ? "" : given.get(i).strip();
            if (branch.isEmpty()) {
                throw RefusedException.invalid(field, "a branch needs a name");
            }
            FreeText.name(field, branch);
            if (branch.length() > ParticipantImport.MAX_BRANCH) {
                throw RefusedException.invalid(field, "a branch name is at most " + ParticipantImport.MAX_BRANCH + " characters");
            }
            if (!keys.add(SearchKey.of(branch))) {
                throw RefusedException.invalid(field, "branch '" + branch + "' is listed twice");
            }
            branches.add(branch);
        }
        return branches;
    }

    private static String term(String field, List<Term> terms, String written) {
        String value = required(field, written);
        Optional<Term> term = Terms.find(terms, value);
        return term.map(Term::code).orElseThrow(() -> RefusedException.invalid(field, "unknown " + field + " '"
                + Columns.shorten(value, 60) + "'"));
    }

    private static String required(String field, String value) {
        String stripped = blankToNull(value);
        if (stripped == null) {
            throw RefusedException.invalid(field, field + " is required");
        }
        return stripped;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A filter is a vocabulary code (as the console's lists send it); any other value can match nothing, so it is refused. */
    private static void requireCode(String field, String wanted, List<Term> terms) {
        if (wanted != null && !wanted.isBlank() && terms.stream().noneMatch(t -> t.code().equals(wanted))) {
            throw RefusedException.invalid(field, field + " must be one of " + terms.stream().map(Term::code).toList());
        }
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.isBlank() || wanted.equals(actual);
    }

    private static Participant withId(Participant p, String id, long count) {
        return new Participant(p.campaignYear(), id, p.name(), p.category(), p.industry(), p.sizeClass(), p.branches(),
                p.contactEmail(), count, p.registrationNumber());
    }

    private static RefusedException unknown() {
        return new RefusedException(ErrorCode.NOT_FOUND, "id", "no participant with this id");
    }
}
