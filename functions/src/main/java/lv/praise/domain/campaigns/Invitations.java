package lv.praise.domain.campaigns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import lv.praise.domain.CampaignStore;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;
import lv.praise.domain.imports.ParticipantEditor;
import lv.praise.domain.imports.RegistrationNumbers;
import lv.praise.domain.RefusedException;
import lv.praise.domain.jobs.Job;
import lv.praise.domain.jobs.Jobs;
import lv.praise.domain.visits.Questionnaire;
import lv.praise.domain.visits.QuestionnaireStore;

/**
 * Use case: next year's campaign starts with last year's participants and questionnaire. The carry-over job
 * (started when the campaign is created) copies the questionnaire as the new year's version 1 and invites
 * every earlier participant; organisers confirm invitations in the console, which makes them participants.
 * Every write is conditional on what it creates not being there, so a retried run writes nothing twice.
 */
public final class Invitations {
    /** The most ids one confirmation takes ("confirm all selected" on one page of the console). */
    public static final int MAX_CONFIRM = 500;
    /** How many invitations between two progress writes (thousands of participants, one item write each). */
    static final int REPORT_EVERY = 100;

    /**
     * What a confirmation did: the ids confirmed now, those that were not (or no longer) invited, and those whose
     * registration number a participant of this year has already (the organisation takes part under another id:
     * confirming would make a second participant of it; the invitation is left as it is).
     */
    public record Confirmed(List<String> confirmed, List<String> notInvited, List<String> alreadyParticipating) {
        public Confirmed(List<String> confirmed, List<String> notInvited) {
            this(confirmed, notInvited, List.of());
        }
    }

    private final IntSupplier currentYear;
    private final CampaignStore campaigns;
    private final ParticipantStore participants;
    private final QuestionnaireStore questionnaires;
    private final InvitationStore store;

    public Invitations(IntSupplier currentYear, CampaignStore campaigns, ParticipantStore participants,
                       QuestionnaireStore questionnaires, InvitationStore store) {
        this.currentYear = currentYear;
        this.campaigns = campaigns;
        this.participants = participants;
        this.questionnaires = questionnaires;
        this.store = store;
    }

    /**
     * The carry-over job's work for the job's year: the questionnaire first (one write), then an invitation per
     * participant of the campaign before it, in id order so that progress means the same on every attempt.
     *
     * @return {@code from} (the earlier year), {@code invited} (written by this attempt), {@code already}
     *         (there before this attempt: a retry's or the organisers' work), {@code questionnaire}
     *         (copied / kept)
     */
    public Map<String, String> carryOver(Job job, Jobs.Progress progress) {
        int year = job.campaignYear();
        Optional<Integer> from = previousYear(year);
        Map<String, String> result = new LinkedHashMap<>();
        if (from.isEmpty()) {
            progress.step("invitations", 0, 0);
            result.put("invited", "0");
            result.put("already", "0");
            return result;
        }
        result.put("from", String.valueOf(from.get()));
        progress.step("questionnaire", 0, 1);
        result.put("questionnaire", copyQuestionnaire(from.get(), year) ? "copied" : "kept");
        List<Participant> earlier = new ArrayList<>(participants.all(from.get()));
        earlier.sort(Comparator.comparing(Participant::id));
        int invited = 0;
        int already = 0;
        progress.step("invitations", 0, earlier.size());
        for (int i = 0; i < earlier.size(); i++) {
            if (store.invite(year, earlier.get(i)) == InvitationStore.Written.WRITTEN) {
                invited++;
            } else {
                already++;
            }
            if ((i + 1) % REPORT_EVERY == 0 || i + 1 == earlier.size()) {
                progress.step("invitations", i + 1, earlier.size());
            }
        }
        result.put("invited", String.valueOf(invited));
        result.put("already", String.valueOf(already));
        return result;
    }

    /**
     * Copies the earlier year's newest questionnaire as the new year's version 1, unfrozen, only while the new
     * year has none stored (an organiser's edit, or an earlier attempt's copy, is kept).
     */
    boolean copyQuestionnaire(int from, int year) {
        Questionnaire target = questionnaires.current(year);
        if (target.revision() != null) {
            return false;
        }
        Questionnaire source = questionnaires.current(from);
        if (source.revision() == null) {
            // The earlier year kept the defaults: the new year reads the same defaults with nothing stored.
            return false;
        }
        try {
            questionnaires.save(target, source.criteria());
            return true;
        } catch (lv.praise.domain.visits.VisitStore.Moved moved) {
            // Someone stored the new year's questionnaire meanwhile: theirs stands.
            return false;
        }
    }

    /** The campaign the one of {@code year} was created from: the nearest earlier year that exists. */
    private Optional<Integer> previousYear(int year) {
        for (int y = year - 1; y >= year - CampaignYears.MAX_YEARS_AHEAD; y--) {
            if (campaigns.find(y).isPresent()) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    /** The current campaign's invitations matching the filter (checked as the participants' list checks it), by name. */
    public List<Participant> invited(ParticipantEditor.Filter filter) {
        ParticipantStore invitedOnly = new ParticipantStore() {
            @Override
            public Optional<Participant> find(int year, String id) {
                return store.invited(year).stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public void save(Participant participant) {
                throw new UnsupportedOperationException("invitations change only by confirmation");
            }

            @Override
            public List<Participant> all(int year) {
                // An organisation added or imported under the same id meanwhile takes part already: its invitation
                // is left as it is (confirming it answers notInvited) but not offered.
                java.util.Set<String> taking = new java.util.HashSet<>();
                participants.all(year).forEach(p -> taking.add(p.id()));
                return store.invited(year).stream().filter(p -> !taking.contains(p.id())).toList();
            }
        };
        return new ParticipantEditor(currentYear, campaigns, invitedOnly).list(filter);
    }

    /**
     * Confirms invitations of the current campaign. Every id is checked before anything is written (400
     * naming {@code invited} or {@code invited[i]}); an id not invited (another organiser confirmed it a moment ago)
     * is answered in {@code notInvited}, not refused, so "confirm all selected" confirms the rest.
     */
    public Confirmed confirm(List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_CONFIRM) {
            throw RefusedException.invalid("invited", "invited must list 1 to " + MAX_CONFIRM + " participant ids");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!Participant.isId(ids.get(i))) {
                throw RefusedException.invalid("invited[" + i + "]", "a participant id is lower-case letters, digits and -");
            }
        }
        int year = currentYear.getAsInt();
        // Registration numbers of this year's participants: an invitation of one of them is the same organisation,
        // added or imported under another id (or before invitations were matched by number).
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (Participant p : participants.all(year)) {
            if (p.registrationNumber() != null && RegistrationNumbers.valid(p.registrationNumber())) {
                numbers.add(RegistrationNumbers.key(p.registrationNumber()));
            }
        }
        Map<String, Participant> invitations = new java.util.HashMap<>();
        if (!numbers.isEmpty()) {
            store.invited(year).forEach(p -> invitations.put(p.id(), p));
        }
        List<String> confirmed = new ArrayList<>();
        List<String> notInvited = new ArrayList<>();
        List<String> participating = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Participant invitation = invitations.get(id);
            if (invitation != null && invitation.registrationNumber() != null
                    && RegistrationNumbers.valid(invitation.registrationNumber())
                    && numbers.contains(RegistrationNumbers.key(invitation.registrationNumber()))) {
                participating.add(id);
                continue;
            }
            (store.confirm(year, id) ? confirmed : notInvited).add(id);
        }
        return new Confirmed(confirmed, notInvited, participating);
    }
}
