package lv.praise.handler;

import java.util.List;
import lv.praise.domain.Participant;

/** The public face of a participant: no contact e-mail, ever. */
record ParticipantView(String id, String name, String category, String industry, String sizeClass,
                       List<String> branches) {
    static ParticipantView of(Participant p) {
        return new ParticipantView(p.id(), p.name(), p.category(), p.industry(), p.sizeClass(), p.branches());
    }
}
