package lv.praise.handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lv.praise.domain.Evaluation;
import lv.praise.domain.Participant;

/** A participant as organisers see it: with its contact e-mail and registration number (never public). */
final class AdminParticipantView {
    private AdminParticipantView() {
    }

    static Map<String, Object> of(Participant p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("category", p.category());
        m.put("industry", p.industry());
        m.put("sizeClass", p.sizeClass());
        m.put("branches", p.branches());
        m.put("contactEmail", p.contactEmail());
        m.put("registrationNumber", p.registrationNumber());
        m.put("confirmedPraiseCount", p.confirmedPraiseCount());
        return m;
    }

    static Map<String, Object> withEvaluations(Participant p, List<Evaluation> evaluations) {
        Map<String, Object> m = of(p);
        m.put("evaluations", evaluations.stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", e.date().toString());
            row.put("evaluator", e.evaluator());
            row.put("channel", e.channel());
            row.put("score", e.score());
            return row;
        }).toList());
        return m;
    }
}
