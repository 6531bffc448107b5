package lv.praise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The suite runs as of one day – {@code -Dpraise.today=2027-03-09}, PRAISE_TODAY, or the real Riga
 * day – and the whole run agrees on it: the demo campaign lies around it, and the functions' clock
 * shows it (at the real time of day, so it may have passed midnight since the server started).
 */
class RunDayIT {
    @Test
    void theDemoCampaignAndTheFunctionsClockAreAsOfTheRunsDay() throws Exception {
        LocalServer server = LocalServer.shared();
        LocalDate day = server.day();
        LocalDate chosen = LocalServer.Config.testDay();
        if (chosen != null) {
            assertEquals(chosen, day, "the shared server runs as of " + LocalServer.Config.TODAY_PROPERTY);
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.baseUrl().resolve("/api/campaign")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode campaign = new ObjectMapper().readTree(answer.body());
        ZoneId zone = ZoneId.of(campaign.get("timeZone").asText());
        LocalDate now = Instant.parse(campaign.get("now").asText()).atZone(zone).toLocalDate();
        assertTrue(now.equals(day) || now.equals(day.plusDays(1)), "the functions' day " + now + ", the run's " + day);
        assertEquals(day.getYear(), campaign.get("year").asInt());
        assertEquals(day.minusDays(DemoData.OPENED_DAYS_AGO), OffsetDateTime.parse(campaign.get("praiseOpensAt").asText()).toLocalDate());
        assertEquals(day.plusDays(DemoData.CLOSES_IN_DAYS), OffsetDateTime.parse(campaign.get("praiseClosesAt").asText()).toLocalDate());
        assertEquals("open", campaign.get("state").asText());
    }
}
