package lv.praise.domain.insight;

/** Builds one participant's insight (docs/insight.md): the page's JSON, the report and the digest read it. */
public interface InsightReader {
    /** 404 {@code not_found} (field {@code id}) when the campaign has no such participant. */
    ParticipantInsight read(int campaignYear, String participantId);
}
