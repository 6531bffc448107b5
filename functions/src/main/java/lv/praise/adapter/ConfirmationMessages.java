package lv.praise.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lv.praise.domain.Lang;
import lv.praise.domain.OutgoingMail;
import lv.praise.domain.mail.ConfirmationRequest;

/**
 * The confirmation e-mail queue's message body, written by the submit function and read by the mail
 * sender. It holds the recipient and the secret link: the queue is encrypted at rest (SSE-SQS), and the
 * body is never logged – errors name the praise id at most.
 */
public final class ConfirmationMessages {
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConfirmationMessages() {
    }

    public static String write(ConfirmationRequest request) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("v", VERSION);
        body.put("praiseId", request.praiseId());
        body.put("emailHash", request.emailHash());
        OutgoingMail mail = request.mail();
        if (!mail.attachments().isEmpty() || mail.deliveryKey() != null) {
            throw new IllegalArgumentException("a confirmation e-mail has no attachments nor delivery key");
        }
        body.put("to", mail.to());
        body.put("subject", mail.subject());
        body.put("text", mail.text());
        body.put("lang", mail.lang().code());
        return body.toString();
    }

    /** @throws IllegalArgumentException naming the missing field (never echoing the body) */
    public static ConfirmationRequest read(String json) {
        JsonNode body;
        try {
            body = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the message is not JSON");
        }
        if (body == null || body.path("v").asInt() != VERSION) {
            throw new IllegalArgumentException("the message is not a version " + VERSION + " confirmation request");
        }
        Lang lang = Lang.fromCode(text(body, "lang")).orElseThrow(() ->
                new IllegalArgumentException("the message's lang is not a language of the site"));
        return new ConfirmationRequest(text(body, "praiseId"), text(body, "emailHash"),
                new OutgoingMail(text(body, "to"), text(body, "subject"), text(body, "text"), lang));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("the message has no " + field);
        }
        return value.asText();
    }
}
