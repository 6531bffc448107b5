package lv.praise.handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.awards.Award;
import lv.praise.domain.awards.DeliveryCounts;
import lv.praise.domain.awards.Publication;

/**
 * The results record as the API shows it (docs/api.md). The public view leaves out who published it
 * (an organiser's e-mail) and the certificate codes; the organisers' view has both.
 */
final class PublicationView {
    private PublicationView() {
    }

    static Map<String, Object> publicView(Publication p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignYear", p.campaignYear());
        body.put("publishedAt", p.publishedAt().toString());
        body.put("trigger", p.publishedBy().isSchedule() ? "schedule" : "organiser");
        body.put("issuedOn", p.issuedOn().toString());
        body.put("qualityMarkTitle", p.qualityMarkTitle());
        body.put("formulaVersion", p.formulaVersion());
        body.put("topN", p.topN());
        body.put("threshold", p.threshold());
        body.put("minimumPraise", p.minimumPraise());
        body.put("inputDigest", p.inputDigest());
        body.put("counts", p.counts());
        body.put("top", places(p, false));
        body.put("categoryWinners", p.categoryWinners());
        body.put("distribution", p.distribution());
        return body;
    }

    static Map<String, Object> organiserView(Publication p) {
        Map<String, Object> body = publicView(p);
        body.put("publishedBy", p.publishedBy().id());
        body.put("publishedByEmail", p.publishedBy().email());
        body.put("top", places(p, true));
        return body;
    }

    static Map<String, Object> certificates(DeliveryCounts counts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", counts.total());
        m.put("sent", counts.sent());
        m.put("failed", counts.failed());
        m.put("pending", counts.pending());
        m.put("noContact", counts.noContact());
        m.put("complete", counts.complete());
        return m;
    }

    static List<Map<String, Object>> awards(List<Award> awards) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Award a : awards) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", a.rank());
            m.put("participantId", a.participantId());
            m.put("name", a.participantName());
            m.put("certificateCode", a.certificateCode());
            // The certificate as the recipient gets it (the public PDF route; the code is its key).
            m.put("pdf", a.certificateCode() == null ? null : "/api/certificates/" + a.certificateCode() + "/pdf");
            m.put("state", a.state().code());
            m.put("attempts", a.attempts());
            m.put("lastError", a.lastError());
            m.put("sentAt", a.sentAt() == null ? null : a.sentAt().toString());
            list.add(m);
        }
        return list;
    }

    private static List<Map<String, Object>> places(Publication p, boolean withCodes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Publication.Place place : p.top()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rank", place.rank());
            r.put("participantId", place.participantId());
            r.put("name", place.name());
            r.put("category", place.category());
            r.put("industry", place.industry());
            r.put("sizeClass", place.sizeClass());
            r.put("total", place.total());
            r.put("confirmedPraiseCount", place.confirmedPraiseCount());
            r.put("rankInCategory", place.rankInCategory());
            r.put("rankInCategoryAndSize", place.rankInCategoryAndSize());
            if (withCodes) {
                r.put("certificateCode", place.certificateCode());
            }
            rows.add(r);
        }
        return rows;
    }
}
