package lv.praise.handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Praise;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationCounts;

/** The organisers' view of praise in review: its text and details, never the e-mail or token hashes. */
final class ModerationView {
    private ModerationView() {
    }

    static Map<String, Long> counts(ModerationCounts counts) {
        Map<String, Long> body = new LinkedHashMap<>();
        body.put("pending", counts.pending());
        body.put("approved", counts.approved());
        body.put("rejected", counts.rejected());
        return body;
    }

    static Map<String, Object> item(ModeratedPraise m) {
        Praise p = m.praise();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("praiseId", p.id());
        item.put("participantId", p.participantId());
        item.put("participantName", p.participantName());
        item.put("branch", p.branch());
        item.put("employee", p.employee());
        item.put("stars", p.stars());
        item.put("aspects", p.aspects());
        item.put("text", p.text());
        item.put("channel", p.channel().code());
        item.put("lang", p.lang().code());
        item.put("confirmedAt", p.confirmedAt() == null ? null : p.confirmedAt().toString());
        // Labelled with its source: the public form (confirmed by e-mail) or an organiser who typed it in.
        item.put("source", m.enteredBy() == null ? "form" : "organiser");
        // Organisers only: which of them typed it in (phone, paper); null for the public form's praise.
        item.put("enteredBy", m.enteredBy() == null ? null : m.enteredBy().id());
        item.put("enteredByEmail", m.enteredBy() == null ? null : m.enteredBy().email());
        Map<String, Object> moderation = new LinkedHashMap<>();
        moderation.put("status", m.status().code());
        moderation.put("reason", m.reason() == null ? null : m.reason().code());
        moderation.put("by", m.by() == null ? null : m.by().id());
        moderation.put("byEmail", m.by() == null ? null : m.by().email());
        moderation.put("at", m.at() == null ? null : m.at().toString());
        item.put("moderation", moderation);
        return item;
    }

    static List<Map<String, Object>> items(List<ModeratedPraise> praise) {
        return praise.stream().map(ModerationView::item).toList();
    }
}
