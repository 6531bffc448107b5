package lv.praise.adapter;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.ByteArrayOutputStream;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import lv.praise.domain.Label;
import lv.praise.domain.Term;
import lv.praise.domain.awards.Certificate;
import lv.praise.domain.posters.Poster;
import org.crac.Context;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * SnapStart's priming hook (a CRaC {@link Resource}, registered by {@code lv.praise.Wiring}): just before
 * Lambda snapshots a published version, after the handler's constructor, it does once the work that would
 * otherwise slow every restored environment's first request – loading and compiling the classes of the
 * DynamoDB client's request path, Jackson's, the Lambda runtime's event serialization, PDFBox's and the
 * fonts' – so that the snapshot holds them warm.
 *
 * <p>Every step is side-effect free: one {@code GetItem} of a key no item has (both DynamoDB policies of
 * the template allow it, it writes nothing and bills half a read unit per snapshot), JSON over a bundled
 * sample event, PDFs rendered into memory. No handler is called, so no invocation is logged and the first
 * real request of a restored environment is still logged as the cold start it is ({@link JsonLog}). Nothing
 * is sent and nothing is written. The steps are those of what the function's constructor wired (no PDF
 * step in a function without PDFs).
 *
 * <p>Only Lambda calls {@link #beforeCheckpoint}: a JDK without CRaC (the local run, the tests) registers the
 * resource and never calls it; the cold-start bench calls it on purpose, as the checkpoint would.
 */
public final class SnapStartPriming implements Resource {
    /** A key that no item of the table has: no prefix of docs/data-model.md starts with "SNAPSTART". */
    static final String ABSENT_KEY = "SNAPSTART#PRIMING";
    static final String SAMPLE_EVENT = "/lv/praise/priming/api-event.json";
    static final String LOG_EVENT = "snapstart_primed";
    static final String RUNTIME_SERIALIZERS = "com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers";
    static final String RUNTIME_POJO_SERIALIZER = "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer";

    /** One named piece of priming. */
    public record Step(String name, Runnable work) {
    }

    private final Supplier<List<Step>> steps;

    /** @param steps asked for at the checkpoint, when the constructor has wired what the function needs */
    public SnapStartPriming(Supplier<List<Step>> steps) {
        this.steps = steps;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    /**
     * Nothing to renew: the priming keeps no unique value (the jitter of back-off and the token and code
     * generators draw from SecureRandom, which the Java managed runtimes make snapshot-resilient), and the
     * SDK client opens a new connection when the snapshot's one is gone.
     */
    @Override
    public void afterRestore(Context<? extends Resource> context) {
    }

    /**
     * Runs every step and logs one line with each step's milliseconds. A step that fails is logged with its
     * error and the others still run: the snapshot is then less warm, never refused (a failed checkpoint
     * would fail the deployment).
     *
     * @return each step's milliseconds, or -1 for one that failed
     */
    public Map<String, Long> prime() {
        Map<String, Long> millis = new LinkedHashMap<>();
        for (Step step : steps.get()) {
            long started = System.nanoTime();
            try {
                step.work().run();
                millis.put(step.name(), (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                millis.put(step.name(), -1L);
                JsonLog.error("snapstart_priming_failed", e, Map.of("step", step.name()));
            }
        }
        JsonLog.info(LOG_EVENT, Map.of("steps_ms", millis));
        return millis;
    }

    /** The DynamoDB client's whole request path (signing, HTTP, JSON protocol, retries), once: a read of nothing. */
    public static Step dynamoRead(DynamoDbClient dynamo, String table) {
        return new Step("dynamodb", () -> dynamo.getItem(r -> r.tableName(table)
                .key(Map.of(Keys.PK, AttributeValue.fromS(ABSENT_KEY), Keys.SK, AttributeValue.fromS(ABSENT_KEY)))));
    }

    /**
     * Jackson over a bundled API Gateway event (events/ is not in the artifact): the event's classes, a
     * request body read as a tree – as the handlers read bodies – and an answer written.
     */
    public static Step json() {
        return new Step("json", () -> {
            ObjectMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            try (InputStream in = SnapStartPriming.class.getResourceAsStream(SAMPLE_EVENT)) {
                if (in == null) {
                    throw new IllegalStateException("no " + SAMPLE_EVENT + " in the artifact");
                }
                APIGatewayV2HTTPEvent event = mapper.readValue(in, APIGatewayV2HTTPEvent.class);
                JsonNode body = mapper.readTree(event.getBody());
                mapper.writeValueAsString(Map.of("status", "pending_confirmation", "fields", body.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The Lambda Java runtime's own event (de)serialization ({@code aws-lambda-java-serialization}, which the
     * runtime brings and the artifact does not): the bundled event read and an answer written through it, as
     * the runtime does around every invocation – on the first one, otherwise, hundreds of milliseconds of class
     * loading (./bench.sh --only coldstart). Reached by name, and only when the runtime's class loader shows
     * it: empty where it is absent (the local run, the tests).
     */
    public static Optional<Step> runtimeSerialization() {
        ClassLoader loader = SnapStartPriming.class.getClassLoader();
        Class<?> serializers;
        Class<?> pojoSerializer;
        try {
            serializers = Class.forName(RUNTIME_SERIALIZERS, false, loader);
            pojoSerializer = Class.forName(RUNTIME_POJO_SERIALIZER, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        return Optional.of(new Step("runtime_serialization", () -> {
            try (InputStream in = SnapStartPriming.class.getResourceAsStream(SAMPLE_EVENT)) {
                var serializerFor = serializers.getMethod("serializerFor", Class.class, ClassLoader.class);
                Object events = serializerFor.invoke(null, APIGatewayV2HTTPEvent.class, loader);
                pojoSerializer.getMethod("fromJson", InputStream.class).invoke(events, in);
                Object answers = serializerFor.invoke(null, APIGatewayV2HTTPResponse.class, loader);
                APIGatewayV2HTTPResponse answer = APIGatewayV2HTTPResponse.builder().withStatusCode(202)
                        .withHeaders(Map.of("Content-Type", "application/json")).withBody("{}").build();
                pojoSerializer.getMethod("toJson", Object.class, OutputStream.class)
                        .invoke(answers, answer, new ByteArrayOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the runtime's serialization changed: " + e, e);
            }
        }));
    }

    /** PDFBox, the fonts and the QR code of a certificate, rendered into memory and dropped. */
    public static Step certificate(PdfCertificates renderer) {
        return new Step("certificate_pdf", () -> renderer.pdf(new Certificate(2027, "PRIM-ING0-0000-0000", "priming",
                "Ķekavas pagasta bibliotēka", 1, 50, new Term("priming", new Label("Bibliotēkas", "Libraries", "Raamatukogud")),
                "Klienti mūs uzslavē 2027", LocalDate.of(2027, 4, 12), "https://priming.invalid/verify.html")));
    }

    /** PDFBox, the fonts and the QR code of a poster, rendered into memory and dropped. */
    public static Step poster(PdfPosters renderer) {
        return new Step("poster_pdf", () -> renderer.pdf(new Poster(2027, "priming", "Ķekavas pagasta bibliotēka", null,
                "https://priming.invalid/praise.html")));
    }

    /**
     * PDFBox and the fonts of a praise card, rendered into memory and dropped: the report and the cards' functions
     * both hold it (the report shares its PDF stack).
     */
    public static Step praiseCards(PdfPraiseCards renderer) {
        return new Step("praise_cards_pdf", () -> renderer.pdf(java.util.List.of(new lv.praise.domain.reports.PraiseCard(
                lv.praise.domain.Lang.LV, "Ģirts Čakste", 1, java.util.List.of("Ļoti laipni palīdzēja."),
                "Klienti mūs uzslavē 2027", "2027. gada marts", "Ķekavas pagasta bibliotēka"))));
    }
}
