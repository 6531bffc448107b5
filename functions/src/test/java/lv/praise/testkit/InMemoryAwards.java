package lv.praise.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.AwardStore;
import lv.praise.domain.awards.CertificateCode;
import lv.praise.domain.awards.DeliveryState;
import lv.praise.domain.awards.OpenData;
import lv.praise.domain.awards.Publication;
import lv.praise.domain.awards.PublicationStore;

/**
 * A fake of the award and publication ports with the same conditional semantics as the DynamoDB
 * adapters: each method is atomic, a claim is taken only when the letter is due, and only the claim's
 * holder may record its outcome.
 */
public final class InMemoryAwards implements AwardStore, PublicationStore {
    private record Row(Award award, String token, Instant claimedAt) {
    }

    private final Map<Integer, Publication> publications = new HashMap<>();
    private final Map<Integer, OpenData> openData = new HashMap<>();
    private final Map<String, Row> awards = new HashMap<>();
    private final Map<String, Throwable> causes = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private int creates;

    @Override
    public synchronized boolean create(Publication publication) {
        creates++;
        return publications.putIfAbsent(publication.campaignYear(), publication) == null;
    }

    @Override
    public synchronized Optional<Publication> find(int campaignYear) {
        return Optional.ofNullable(publications.get(campaignYear));
    }

    @Override
    public synchronized void saveOpenData(OpenData data) {
        openData.put(data.campaignYear(), data);
    }

    @Override
    public synchronized Optional<OpenData> openData(int campaignYear) {
        return Optional.ofNullable(openData.get(campaignYear));
    }

    /** How many times a results record was offered (stored or refused). */
    public synchronized int createCalls() {
        return creates;
    }

    @Override
    public synchronized void ensure(Publication publication) {
        for (Publication.Place place : publication.top()) {
            String key = key(publication.campaignYear(), place.participantId());
            if (!awards.containsKey(key)) {
                awards.put(key, new Row(Award.of(publication, place), null, null));
                codes.put(CertificateCode.normalise(place.certificateCode()).orElseThrow(), key);
            }
        }
    }

    @Override
    public synchronized List<lv.praise.domain.awards.AwardMark> marks(String participantId) {
        return awards.values().stream().map(Row::award).filter(a -> a.participantId().equals(participantId))
                .sorted(Comparator.comparingInt(Award::campaignYear)).map(lv.praise.domain.awards.AwardMark::of)
                .toList();
    }

    @Override
    public synchronized List<Award> all(int campaignYear) {
        List<Award> list = new ArrayList<>();
        for (Row row : awards.values()) {
            if (row.award().campaignYear() == campaignYear) {
                list.add(row.award());
            }
        }
        list.sort(Comparator.comparingInt(Award::rank));
        return list;
    }

    @Override
    public synchronized Optional<Award> findByCode(String code) {
        return CertificateCode.normalise(code).map(codes::get).map(awards::get).map(Row::award);
    }

    @Override
    public synchronized Optional<Claim> claim(int campaignYear, String participantId, Instant now, Instant staleBefore) {
        String key = key(campaignYear, participantId);
        Row row = awards.get(key);
        if (row == null) {
            return Optional.empty();
        }
        DeliveryState state = row.award().state();
        boolean due = state == DeliveryState.PENDING || state == DeliveryState.FAILED
                || state == DeliveryState.NO_CONTACT
                || (state == DeliveryState.SENDING && row.claimedAt().isBefore(staleBefore));
        if (!due) {
            return Optional.empty();
        }
        String token = UUID.randomUUID().toString();
        Award a = with(row.award(), DeliveryState.SENDING, row.award().attempts() + 1, row.award().lastError(), null);
        awards.put(key, new Row(a, token, now));
        return Optional.of(new Claim(participantId, token, a.attempts()));
    }

    @Override
    public synchronized boolean markSent(int campaignYear, Claim claim, Instant at) {
        return release(campaignYear, claim, DeliveryState.SENT, null, at);
    }

    @Override
    public synchronized boolean markNotSent(int campaignYear, Claim claim, DeliveryState state, String reason) {
        return release(campaignYear, claim, state, reason, null);
    }

    @Override
    public synchronized boolean markNotSent(int campaignYear, Claim claim, DeliveryState state, String reason,
                                            Throwable cause) {
        causes.put(key(campaignYear, claim.participantId()), cause);
        return release(campaignYear, claim, state, reason, null);
    }

    /** The exception the last failed try was recorded with, if any. */
    public synchronized Throwable lastCause(int campaignYear, String participantId) {
        return causes.get(key(campaignYear, participantId));
    }

    private boolean release(int year, Claim claim, DeliveryState state, String reason, Instant sentAt) {
        String key = key(year, claim.participantId());
        Row row = awards.get(key);
        if (row == null || row.award().state() != DeliveryState.SENDING || !claim.token().equals(row.token())) {
            return false;
        }
        awards.put(key, new Row(with(row.award(), state, row.award().attempts(), reason, sentAt), null, null));
        return true;
    }

    private static Award with(Award a, DeliveryState state, int attempts, String lastError, Instant sentAt) {
        return new Award(a.campaignYear(), a.participantId(), a.participantName(), a.rank(), a.topN(), a.category(),
                a.certificateCode(), a.issuedOn(), a.qualityMarkTitle(), state, attempts, lastError, sentAt);
    }

    private static String key(int year, String participantId) {
        return year + "/" + participantId;
    }
}
