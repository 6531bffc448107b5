package lv.praise.domain.insight;

/** Builds one participant's insight (docs/insight.md): the page's JSON, the report and the digest read it. */
public interface InsightReader {
    /** 404 {@code not_found} (field {@code id}) when the campaign has no such participant. */
    ParticipantInsight read(int campaignYear, String participantId);

    /**
     * Each employee's approved praise (by the employee's key after the merges, as {@code employees[].key}), newest
     * first: every one, not only those among the insight's newest texts. This default finds them among the
     * insight's texts only (a reader of a fixed insight); {@link ReadInsight} reads every approved praise.
     */
    default java.util.Map<String, java.util.List<ParticipantInsight.PraiseText>> employeeTexts(int campaignYear,
                                                                                           String participantId) {
        ParticipantInsight insight = read(campaignYear, participantId);
        java.util.Map<String, ParticipantInsight.PraiseText> byId = new java.util.HashMap<>();
        insight.texts().forEach(t -> byId.put(t.id(), t));
        java.util.Map<String, java.util.List<ParticipantInsight.PraiseText>> out = new java.util.TreeMap<>();
        for (ParticipantInsight.Employee e : insight.employees()) {
            out.put(e.key(), e.praiseIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
        }
        return out;
    }
}
