package lv.praise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CampaignTest {
    private final Campaign campaign = Campaign.defaults(2027);

    @Test
    void defaultWindowIsMarchInRigaTimeAcrossTheClockChange() {
        assertEquals(Instant.parse("2027-02-28T22:00:00Z"), campaign.praiseOpensAt(), "1 March 00:00 EET");
        assertEquals(Instant.parse("2027-03-31T20:59:59Z"), campaign.praiseClosesAt(), "31 March 23:59:59 EEST");
        assertEquals(ZonedDateTime.parse("2027-04-12T12:00+03:00[Europe/Riga]").toInstant(), campaign.awardsAt());
        assertEquals(50, campaign.topN());
        assertEquals("Klienti mūs uzslavē 2027", campaign.qualityMarkTitle());
        assertEquals(4, campaign.categories().size());
        assertEquals(12, campaign.industries().size());
        assertEquals(6, campaign.aspects().size());
    }

    @Test
    void stateFollowsTheWindowToTheSecond() {
        assertEquals(CampaignState.UPCOMING, campaign.stateAt(Instant.parse("2027-02-28T21:59:59Z")));
        assertEquals(CampaignState.OPEN, campaign.stateAt(Instant.parse("2027-02-28T22:00:00Z")));
        assertEquals(CampaignState.OPEN, campaign.stateAt(Instant.parse("2027-03-31T20:59:59.999Z")));
        assertEquals(CampaignState.CLOSED, campaign.stateAt(Instant.parse("2027-03-31T21:00:00Z")));
    }

    @Test
    void earlyCloseAndPublicationOverrideTheCalendar() {
        Instant early = Instant.parse("2027-03-20T10:00:00Z");
        Campaign closed = new Campaign(2027, campaign.timeZone(), campaign.praiseOpensAt(), campaign.praiseClosesAt(),
                campaign.awardsAt(), campaign.categories(), campaign.industries(), campaign.aspects(),
                campaign.sizeClasses(), 50, 80.0, campaign.qualityMarkTitleTemplate(), early, null, lv.praise.testkit.Fixtures.organiser("anna@example.lv"), null);
        assertEquals(CampaignState.OPEN, closed.stateAt(early.minusSeconds(1)));
        assertEquals(CampaignState.CLOSED, closed.stateAt(early));
        Campaign published = new Campaign(2027, campaign.timeZone(), campaign.praiseOpensAt(),
                campaign.praiseClosesAt(), campaign.awardsAt(), campaign.categories(), campaign.industries(),
                campaign.aspects(), campaign.sizeClasses(), 50, 80.0, campaign.qualityMarkTitleTemplate(), early,
                early.plusSeconds(60), lv.praise.testkit.Fixtures.organiser("anna@example.lv"), lv.praise.domain.Actor.SCHEDULE);
        assertEquals(CampaignState.PUBLISHED, published.stateAt(Instant.parse("2027-03-10T00:00:00Z")));
    }

    @Test
    void refusalsSayWhetherPraiseIsNotOpenYetOrClosed() {
        RefusedException early = assertThrows(RefusedException.class,
                () -> campaign.requireOpenAt(Instant.parse("2027-02-01T00:00:00Z")));
        assertEquals(ErrorCode.NOT_OPEN_YET, early.code());
        RefusedException late = assertThrows(RefusedException.class,
                () -> campaign.requireOpenAt(Instant.parse("2027-04-01T00:00:00Z")));
        assertEquals(ErrorCode.CLOSED, late.code());
    }

    @Test
    void aWindowMustOpenBeforeItCloses() {
        assertThrows(IllegalArgumentException.class, () -> campaign.withCalendar(
                campaign.praiseClosesAt(), campaign.praiseOpensAt(), campaign.awardsAt()));
    }
}
