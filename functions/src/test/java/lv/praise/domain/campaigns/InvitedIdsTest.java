package lv.praise.domain.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lv.praise.domain.Campaign;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
import lv.praise.domain.imports.ImportOptions;
import lv.praise.domain.imports.ParticipantEditor;
import lv.praise.domain.imports.ParticipantImport;
import lv.praise.testkit.InMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * Carried-over participants (invitations) keep their ids: the import and "add participant" match an invitation
 * by registration number, and never give an invited id to another organisation (it would show that one's earlier
 * marks, and the invitation could never be confirmed); confirming an organisation that takes part already under
 * another id makes no second participant of it.
 */
class InvitedIdsTest {
    private static final int YEAR = 2027;
    private static final String HEADER = "name,registration_number,category,industry,size_class,contact_email,branches\n";
    private final InMemoryStore store = new InMemoryStore();
    private final InvitationsTest.MapInvitations invitationStore = new InvitationsTest.MapInvitations();
    private final ParticipantImport imports = new ParticipantImport(() -> YEAR, store, store, invitationStore::invited);
    private final ParticipantEditor editor = new ParticipantEditor(() -> YEAR, store, store, invitationStore::invited);
    private final Invitations invitations = new Invitations(() -> YEAR, store, store, null, invitationStore);

    InvitedIdsTest() {
        store.save(Campaign.defaults(YEAR));
        // Last year's "Rudzupuķe" bakery, carried over under its id.
        invitationStore.invite(YEAR, new Participant(YEAR - 1, "rudzupuke", "Rudzupuķe", "B2C", "TRADE", "SMALL",
                List.of(), null, 5, "40003123456"));
        invitationStore.participantsOfYear = id -> store.find(YEAR, id).isPresent();
    }

    @Test
    void anotherOrganisationWithTheSameSlugGetsAnotherIdAndTheInvitationCanStillBeConfirmed() {
        imports.run(HEADER + "Rudzupuķe,40009999999,B2C,TRADE,SMALL,,\n", ImportOptions.STRICT);
        Participant other = store.all(YEAR).get(0);
        assertEquals("40009999999", other.registrationNumber());
        assertTrue(!other.id().equals("rudzupuke"), "not the invited organisation's id: " + other.id());
        Participant added = editor.add(new ParticipantEditor.Draft(null, "Rudzupuķe", "40008888888", "B2C", "TRADE",
                "SMALL", List.of(), null));
        assertTrue(!added.id().equals("rudzupuke"), added.id());
        assertEquals(List.of("rudzupuke"), invitations.confirm(List.of("rudzupuke")).confirmed(), "its id is free");
    }

    @Test
    void theSameOrganisationUnderAChangedNameKeepsItsInvitedIdAndIsNotConfirmedTwice() {
        imports.run(HEADER + "Maiznīca Rudzupuķe SIA,40003123456,B2C,TRADE,SMALL,,\n", ImportOptions.STRICT);
        assertEquals(1, store.all(YEAR).size());
        Participant imported = store.find(YEAR, "rudzupuke").orElseThrow();
        assertEquals("Maiznīca Rudzupuķe SIA", imported.name());
        Invitations.Confirmed done = invitations.confirm(List.of("rudzupuke"));
        assertEquals(List.of(), done.confirmed());
        assertEquals(1, store.all(YEAR).size(), "no second participant of one registration number");
    }

    @Test
    void addedByHandItKeepsItsInvitedIdAndAnInvitedIdIsNotGivenToAnother() {
        RefusedException taken = assertThrows(RefusedException.class, () -> editor.add(new ParticipantEditor.Draft(
                "rudzupuke", "Cita Rudzupuķe", "40007777777", "B2C", "TRADE", "SMALL", List.of(), null)));
        assertEquals("id", taken.field());
        RefusedException otherName = assertThrows(RefusedException.class, () -> editor.add(new ParticipantEditor.Draft(
                "rudzupuke", "Cita maiznīca", null, "B2C", "TRADE", "SMALL", List.of(), null)));
        assertEquals("id", otherName.field(), "no number and another name: another organisation");
        Participant added = editor.add(new ParticipantEditor.Draft(null, "Rudzupuķe jaunā", "40003123456", "B2C",
                "TRADE", "SMALL", List.of(), null));
        assertEquals("rudzupuke", added.id());
        assertEquals(1, store.all(YEAR).size());
    }

    @Test
    void reAddedByHandUnderItsIdAndNameWithoutTheNumberItIsTheSameOrganisation() {
        Participant added = editor.add(new ParticipantEditor.Draft("rudzupuke", "SIA „Rudzupuķe”", null, "B2C",
                "TRADE", "SMALL", List.of(), null));
        assertEquals("rudzupuke", added.id());
    }

    @Test
    void anInvitationWhoseNumberAParticipantHasAlreadyIsNotConfirmed() {
        // Imported under another id before invitations were matched by number.
        store.save(new Participant(YEAR, "maiznica-rudzupuke", "Maiznīca Rudzupuķe", "B2C", "TRADE", "SMALL",
                List.of(), null, 0, "40003123456"));
        Invitations.Confirmed done = invitations.confirm(List.of("rudzupuke"));
        assertEquals(List.of(), done.confirmed());
        assertEquals(List.of("rudzupuke"), done.alreadyParticipating());
        assertEquals(1, store.all(YEAR).size());
    }
}
