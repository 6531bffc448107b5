package lv.praise.domain.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lv.praise.domain.Participant;
import lv.praise.domain.ParticipantStore;

/**
 * A participant store for the import tests: {@link #save} upserts and keeps the stored praise
 * counter, as the DynamoDB adapter does; {@link #seed} stores a participant as given (counter
 * included); every save is counted.
 */
class MapParticipants implements ParticipantStore {
    private final Map<String, Participant> byId = new TreeMap<>();
    private int saves;

    synchronized void seed(Participant participant) {
        byId.put(participant.id(), participant);
    }

    synchronized int saves() {
        return saves;
    }

    @Override
    public synchronized Optional<Participant> find(int campaignYear, String id) {
        return Optional.ofNullable(byId.get(id)).filter(p -> p.campaignYear() == campaignYear);
    }

    @Override
    public synchronized void save(Participant p) {
        saves++;
        long count = byId.containsKey(p.id()) ? byId.get(p.id()).confirmedPraiseCount() : 0;
        byId.put(p.id(), new Participant(p.campaignYear(), p.id(), p.name(), p.category(), p.industry(), p.sizeClass(),
                p.branches(), p.contactEmail(), count, p.registrationNumber()));
    }

    @Override
    public synchronized List<Participant> all(int campaignYear) {
        return new ArrayList<>(byId.values().stream().filter(p -> p.campaignYear() == campaignYear).toList());
    }

    synchronized Participant byRegistrationNumber(String number) {
        return byId.values().stream().filter(p -> number.equals(p.registrationNumber())).findFirst().orElseThrow();
    }
}
