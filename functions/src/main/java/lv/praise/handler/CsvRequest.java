package lv.praise.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lv.praise.domain.ErrorCode;
import lv.praise.domain.RefusedException;
import lv.praise.domain.imports.ImportOptions;

/**
 * An import request: a CSV body ({@code text/csv} or {@code application/csv}, UTF-8), passed by API
 * Gateway as text or – for a type it does not take for text – as base64, and the query parameters
 * {@code dryRun} and {@code importValid}.
 */
final class CsvRequest {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final String TOO_LARGE = "the file must be at most 5 MB; split it into several imports";

    /** The query parameters an import takes: the names {@link #options} reads. */
    static final Set<String> QUERY_PARAMETERS = Set.of("dryRun", "importValid");

    private CsvRequest() {
    }

    static String text(APIGatewayV2HTTPEvent event) {
        requireCsv(RequestBody.header(event.getHeaders(), "content-type"));
        String body = event.getBody() == null ? "" : event.getBody();
        byte[] bytes;
        if (event.getIsBase64Encoded()) {
            if (body.length() > (MAX_BYTES + 2) / 3 * 4 + 4) {
                throw new RefusedException(ErrorCode.TOO_LARGE, "body", TOO_LARGE);
            }
            try {
                bytes = Base64.getMimeDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw RefusedException.invalid("body", "the body is not valid base64");
            }
        } else {
            if (body.length() > MAX_BYTES) {
                throw new RefusedException(ErrorCode.TOO_LARGE, "body", TOO_LARGE);
            }
            bytes = body.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > MAX_BYTES) {
            throw new RefusedException(ErrorCode.TOO_LARGE, "body", TOO_LARGE);
        }
        return StrictUtf8.decode(bytes).orElseThrow(() -> RefusedException.invalid("body",
                "the file is not UTF-8 text; in a spreadsheet save it as \"CSV UTF-8 (comma delimited)\""));
    }

    static ImportOptions options(APIGatewayV2HTTPEvent event) {
        Map<String, String> query = event.getQueryStringParameters();
        return new ImportOptions(flag(query, "dryRun"), flag(query, "importValid"));
    }

    private static boolean flag(Map<String, String> query, String name) {
        String value = query == null ? null : query.get(name);
        if (value == null || value.isEmpty() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw RefusedException.invalid(name, name + " must be true or false");
    }

    /** text/csv or application/csv; a charset, when given, must be UTF-8. */
    private static void requireCsv(String contentType) {
        String[] parts = contentType == null ? new String[] {""} : contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("text/csv") && !type.equals("application/csv")) {
            throw new RefusedException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "body",
                    "send the file as text/csv (UTF-8)");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset = parameter[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    throw new RefusedException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "body",
                            "send the file as UTF-8 (charset=utf-8), not " + parameter[1].strip());
                }
            }
        }
    }
}
