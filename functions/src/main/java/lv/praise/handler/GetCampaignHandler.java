package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lv.praise.Wiring;
import lv.praise.domain.Campaign;
import lv.praise.domain.ReadCampaign;
import lv.praise.domain.intake.PraiseSubmission;
import lv.praise.domain.Term;

/** GET /api/campaign */
public final class GetCampaignHandler extends ApiHandler {
    private final ReadCampaign campaigns;

    public GetCampaignHandler() {
        this(Wiring.get().readCampaign());
    }

    GetCampaignHandler(ReadCampaign campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * @param praiseClosesAt the planned end of the window
     * @param closedAt       when praise actually stopped (or stops): the early close when an organiser closed the
     *                       window, else the planned end – what the site announces as the close
     * @param closedEarly    whether an organiser closed the window before its planned end
     * @param publishedAt    when the results' publication began; null before
     */
    record CampaignView(int year, String state, String now, String timeZone, String praiseOpensAt,
                        String praiseClosesAt, String closedAt, boolean closedEarly, String publishedAt,
                        String awardsAt, int topN, String qualityMarkTitle,
                        List<Term> categories, List<Term> industries, List<Term> aspects, List<Term> sizeClasses,
                        Limits limits) {
    }

    /** The praise form's length limits in Unicode code points, as the server counts them: the form shows and checks these. */
    record Limits(int text, int employee) {
        static final Limits PRAISE = new Limits(PraiseSubmission.MAX_TEXT, PraiseSubmission.MAX_EMPLOYEE);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Call call) {
        ReadCampaign.Snapshot snapshot = campaigns.current();
        Campaign c = snapshot.campaign();
        ZoneId zone = c.timeZone();
        return Responses.json(200, new CampaignView(c.year(), snapshot.state().code(), snapshot.now().toString(),
                zone.getId(), local(c.praiseOpensAt(), zone), local(c.praiseClosesAt(), zone),
                local(c.closedEarlyAt() == null ? c.praiseClosesAt() : c.closedEarlyAt(), zone), c.closedEarlyAt() != null,
                c.publishedAt() == null ? null : local(c.publishedAt(), zone), local(c.awardsAt(), zone),
                c.topN(), c.qualityMarkTitle(),
                c.categories(), c.industries(), c.aspects(), c.sizeClasses(), Limits.PRAISE));
    }

    /**
     * The campaign's own wall-clock time with its offset, e.g. 2027-03-31T23:59:59+03:00: to the second, as every
     * browser's Date.parse reads it (an early close is recorded to the nanosecond).
     */
    private static String local(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
