package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import lv.praise.domain.Lang;
import lv.praise.domain.MailNotSentException;
import lv.praise.domain.MailNotSentException.Reason;
import lv.praise.domain.OutgoingMail;
import lv.praise.testkit.ServiceStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * SesMailer's reading of SES's refusals at the SDK's wire: a loopback HTTP server answers {@code SendEmail} as SES v2
 * fails (REST-JSON: the status, {@code x-amzn-ErrorType}, a JSON message), and the real client parses it. Only a
 * refusal of this recipient may be REJECTED (recorded as done for good by the digest and the reports); every fault of
 * the set-up is SENDER_REFUSED (never recorded, sent again after the fix).
 */
class SesMailerFaultTest {
    private static final String FROM = "Uzslavē labu servisu! <praise@example.lv>";
    private static final OutgoingMail MAIL = new OutgoingMail("anna.berzina@example.lv", "Jūsu nedēļas uzslavas",
            "Labdien!", Lang.LV);

    private volatile int status;
    private volatile String type;
    private volatile String message;
    private ServiceStandIn ses;
    private SesV2Client client;

    @BeforeEach
    void start() {
        ses = ServiceStandIn.start(request -> new ServiceStandIn.Answer(status, Map.of("Content-Type", "application/json",
                "x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazonaws.simpleemailv2/",
                "x-amzn-RequestId", "injected"), "{\"message\":\"" + message + "\"}"));
        client = ses.client(SesV2Client.builder());
    }

    @AfterEach
    void stop() {
        client.close();
        ses.close();
    }

    private Reason refusal(int status, String type, String message) {
        this.status = status;
        this.type = type;
        this.message = message;
        MailNotSentException e = assertThrows(MailNotSentException.class,
                () -> new SesMailer(client, FROM, "praise-mail").send(MAIL));
        ServiceStandIn.Request last = ses.requests().get(ses.requests().size() - 1);
        assertTrue((last.method() + " " + last.path()).startsWith("POST /v2/email/outbound-emails"), ses.requests().toString());
        return e.reason();
    }

    @Test
    void aRefusalOfTheRecipientIsRejectedForGood() {
        assertEquals(Reason.REJECTED, refusal(400, "MessageRejected", "Address blacklisted."));
        assertEquals(Reason.REJECTED, refusal(400, "MessageRejected", "Email address is not verified. The following "
                + "identities failed the check in region EU-NORTH-1: anna.berzina@example.lv"));
    }

    @Test
    void theSendersIdentityFailingTheCheckIsTheSenders() {
        assertEquals(Reason.SENDER_REFUSED, refusal(400, "MessageRejected", "Email address is not verified. The "
                + "following identities failed the check in region EU-NORTH-1: praise@example.lv"));
    }

    @Test
    void aMessageTooLargeIsNotTheRecipients() {
        assertEquals(Reason.SENDER_REFUSED, refusal(400, "MessageRejected",
                "Message length is more than 10485760 bytes long: 'Message too large'."));
    }

    @Test
    void accessDeniedIsTheSetUpsNotTheRecipients() {
        // The IAM policy's ses:SendEmail resource names another identity than SENDER_EMAIL.
        assertEquals(Reason.SENDER_REFUSED, refusal(403, "AccessDeniedException", "User is not authorized to "
                + "perform ses:SendEmail on resource arn:aws:ses:eu-north-1:123456789012:identity/praise@example.lv"));
    }

    @Test
    void aMissingConfigurationSetIsTheSetUpsNotTheRecipients() {
        assertEquals(Reason.SENDER_REFUSED, refusal(404, "NotFoundException",
                "Configuration set <praise-mail> does not exist."));
    }

    @Test
    void aBadRequestAndAnyOther4xxAreTheSetUps() {
        assertEquals(Reason.SENDER_REFUSED, refusal(400, "BadRequestException", "Invalid configuration set name."));
        assertEquals(Reason.SENDER_REFUSED, refusal(400, "InvalidParameterValue", "injected"));
        assertEquals(Reason.SENDER_REFUSED, refusal(409, "ConflictException", "injected"));
        assertEquals(Reason.SENDER_REFUSED, refusal(400, "SendingPausedException", "Sending is paused."));
    }

    @Test
    void throttlingStaysThrottled() {
        assertEquals(Reason.THROTTLED, refusal(429, "TooManyRequestsException", "Maximum sending rate exceeded."));
        assertEquals(Reason.THROTTLED, refusal(400, "LimitExceededException", "Daily message quota exceeded."));
    }

    @Test
    void aServerErrorLeavesTheOutcomeUnknown() {
        status = 500;
        type = "InternalFailure";
        message = "injected";
        RuntimeException e = assertThrows(RuntimeException.class, () -> new SesMailer(client, FROM).send(MAIL));
        assertTrue(!(e instanceof MailNotSentException), "a 5xx may have sent it: " + e);
    }

    @Test
    void aMalformedSenderIsTheSetUpsAndNothingIsCalled() {
        MailNotSentException e = assertThrows(MailNotSentException.class,
                () -> new SesMailer(client, "Uzslavē <praise@@example..lv").send(MAIL));
        assertEquals(Reason.SENDER_REFUSED, e.reason());
        assertTrue(ses.requests().isEmpty(), ses.requests().toString());
    }
}
