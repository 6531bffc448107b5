package lv.praise.handler;

import java.util.List;
import lv.praise.domain.Participant;

/** A participant's public card: its profile and how many confirmed praises it has. */
record ParticipantCard(String id, String name, String category, String industry, String sizeClass,
                       List<String> branches, long confirmedPraiseCount) {
    static ParticipantCard of(Participant p) {
        return new ParticipantCard(p.id(), p.name(), p.category(), p.industry(), p.sizeClass(), p.branches(),
                p.confirmedPraiseCount());
    }
}
