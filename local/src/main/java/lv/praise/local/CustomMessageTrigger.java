package lv.praise.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCustomMessageEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.SamTemplate;

/**
 * The participants' user pool's custom message trigger as the local twin of Cognito calls it (docs/twin.md): the
 * function the template's {@code ParticipantPool} names in {@code LambdaConfig CustomMessage}, its handler class
 * made as Lambda makes it (public no-argument constructor), called with the event Cognito sends
 * ({@code triggerSource}, {@code request.userAttributes}, {@code request.codeParameter} {@code {####}}, an empty
 * {@code response}) read into the handler's event type as the runtime reads it (unknown fields skipped). The answer
 * is checked as Cognito checks it: the message must carry the placeholder, which is then replaced by the code.
 */
final class CustomMessageTrigger {
    static final String POOL = "ParticipantPool";
    static final String CODE_PARAMETER = "{####}";
    /** The trigger source of the code Cognito e-mails at sign-in (EMAIL_OTP). */
    static final String SIGN_IN_CODE = "CustomMessage_Authentication";
    private static final ObjectMapper RUNTIME = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** A message Cognito would send: its subject and its body (HTML, as Cognito sends it), the code in place. */
    record Message(String subject, String html) {
    }

    /** The trigger failed or answered a message Cognito refuses: Cognito then sends nothing and InitiateAuth fails. */
    static final class Refused extends RuntimeException {
        final String type;

        Refused(String type, String message, Throwable cause) {
            super(message, cause);
            this.type = type;
        }
    }

    private final String functionId;
    private final RequestHandler<CognitoUserPoolCustomMessageEvent, CognitoUserPoolCustomMessageEvent> handler;
    private final Duration timeout;
    private final int memoryMb;

    private CustomMessageTrigger(String functionId, Object handler, Duration timeout, int memoryMb) {
        this.functionId = functionId;
        @SuppressWarnings("unchecked")
        RequestHandler<CognitoUserPoolCustomMessageEvent, CognitoUserPoolCustomMessageEvent> typed =
                (RequestHandler<CognitoUserPoolCustomMessageEvent, CognitoUserPoolCustomMessageEvent>) handler;
        this.handler = typed;
        this.timeout = timeout;
        this.memoryMb = memoryMb;
    }

    /** The pool's trigger, or null when the template gives the pool none (Cognito then sends its own text). */
    static CustomMessageTrigger fromTemplate(SamTemplate template) {
        if (!template.resources().containsKey(POOL)
                || !(template.properties(POOL).get("LambdaConfig") instanceof Map<?, ?> triggers)) {
            return null;
        }
        // !Ref Function.Alias (SnapStart's alias) or !GetAtt Function.Arn: either names the function.
        String target = triggers.get("CustomMessage") instanceof Map<?, ?> ref && ref.get("Ref") instanceof String r ? r
                : triggers.get("CustomMessage") instanceof Map<?, ?> att && att.get("Fn::GetAtt") instanceof java.util.List<?> l
                && !l.isEmpty() ? String.valueOf(l.get(0)) : null;
        if (target == null) {
            return null;
        }
        String functionId = target.endsWith(".Alias") ? target.substring(0, target.length() - ".Alias".length()) : target;
        SamTemplate.Function function = template.functions().stream().filter(f -> f.logicalId().equals(functionId))
                .findFirst().orElseThrow(() -> new IllegalStateException(POOL + "'s CustomMessage names " + target
                        + ", which is no function of the template"));
        Map<String, Object> properties = template.properties(functionId);
        Duration timeout = properties.get("Timeout") instanceof Number n ? Duration.ofSeconds(n.longValue()) : ApiRoutes.DEFAULT_TIMEOUT;
        int memory = properties.get("MemorySize") instanceof Number n ? n.intValue() : ApiRoutes.DEFAULT_MEMORY_MB;
        return new CustomMessageTrigger(functionId, ScheduledFunctions.instantiate(functionId, function.handlerClass()),
                timeout, memory);
    }

    /**
     * The message for {@code triggerSource} to the user with these attributes (its {@code sub} among them), or null
     * when the trigger left the message as it was (Cognito's own then goes out).
     *
     * @throws Refused when the trigger failed, or its message lacks the code's placeholder
     */
    Message compose(String triggerSource, String clientId, Map<String, String> attributes, String code) {
        ObjectNode event = RUNTIME.createObjectNode();
        event.put("version", "1");
        event.put("triggerSource", triggerSource);
        event.put("region", LocalDynamoDb.REGION);
        event.put("userPoolId", LocalCognito.POOL_ID);
        event.put("userName", attributes.get("sub"));
        event.putObject("callerContext").put("awsSdkVersion", "aws-sdk-unknown-unknown").put("clientId", clientId);
        ObjectNode request = event.putObject("request");
        ObjectNode userAttributes = request.putObject("userAttributes");
        attributes.forEach(userAttributes::put);
        request.put("codeParameter", CODE_PARAMETER);
        request.put("linkParameter", "{##Click Here##}");
        request.putNull("usernameParameter");
        ObjectNode response = event.putObject("response");
        response.putNull("smsMessage");
        response.putNull("emailMessage");
        response.putNull("emailSubject");
        CognitoUserPoolCustomMessageEvent answer;
        try (RouteTag.Scope counted = RouteTag.open("cognito " + functionId)) {
            answer = handler.handleRequest(RUNTIME.treeToValue(event, CognitoUserPoolCustomMessageEvent.class),
                    LocalContext.of(UUID.randomUUID().toString(), functionId, timeout, memoryMb));
        } catch (Exception e) {
            throw new Refused("UserLambdaValidationException", "CustomMessage failed with error " + e.getClass().getSimpleName(), e);
        }
        JsonNode out = RUNTIME.valueToTree(answer).path("response");
        String subject = out.path("emailSubject").asText("");
        String message = out.path("emailMessage").asText("");
        if (message.isEmpty()) {
            return null;
        }
        if (!message.contains(CODE_PARAMETER)) {
            throw new Refused("InvalidLambdaResponseException", "the custom message has no " + CODE_PARAMETER, null);
        }
        return new Message(subject, message.replace(CODE_PARAMETER, code));
    }

    /**
     * The HTML message as a mail program shows it, for the outbox's plain text: paragraphs apart by a blank line,
     * {@code <br>} a line break, tags dropped, the entities the domain writes read back.
     */
    static String text(String html) {
        String text = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>", "\n\n").replaceAll("<[^>]*>", "");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return text.strip() + "\n";
    }
}
