package lv.praise.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.praise.testkit.Events;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/**
 * events/ holds the fixtures of the handler tests and the samples for {@code sam local invoke -e}: each
 * file must stand for something the template has, and a test must read it, or it goes stale unseen.
 */
class SampleEventsTest {
    private static final Path EVENTS = Path.of("../events");
    /** Where the tests that read events/ live: this module's and the local run's. */
    private static final List<Path> TEST_SOURCES = List.of(Path.of("src/test/java"), Path.of("../local/src/test/java"));

    @Test
    void everyRouteOfTheTemplateHasExactlyOneSampleEventAndEveryApiEventARoute() throws IOException {
        Set<String> routes = new TreeSet<>();
        for (SamTemplate.Function f : SamTemplate.load().functions()) {
            f.routes().forEach(r -> routes.add(r.method() + " " + r.path()));
        }
        TreeMap<String, String> eventRoutes = new TreeMap<>();
        for (Path file : files()) {
            JsonNode event = Events.JSON.readTree(file.toFile());
            if (event.has("routeKey")) {
                String previous = eventRoutes.put(event.get("routeKey").asText(), file.getFileName().toString());
                assertEquals(null, previous, "two sample events for " + event.get("routeKey").asText());
            }
        }
        assertEquals(routes, eventRoutes.keySet());
    }

    /**
     * The other samples are events of the template's other sources: EventBridge Scheduler events for the
     * scheduled functions, an SQS event for a queue's consumer, an SNS event for a topic's subscriber, a Cognito
     * custom message trigger's event for a user pool's {@code LambdaConfig CustomMessage}. Each
     * kind of source the template has gets at least one sample, and no sample stands for a kind it lacks.
     * The workers' samples are the job events a route starts them with (LambdaJobLauncher): a job kind,
     * the campaign year and a run id.
     */
    @Test
    void everyOtherSampleIsTheEventOfANonHttpSourceOfTheTemplateOrAWorkersJobEvent() throws IOException {
        SamTemplate template = SamTemplate.load();
        Set<String> sourceKinds = new TreeSet<>();
        for (SamTemplate.Function f : template.functions()) {
            if (template.properties(f.logicalId()).get("Events") instanceof java.util.Map<?, ?> events) {
                for (Object event : events.values()) {
                    if (event instanceof java.util.Map<?, ?> e) {
                        String kind = kindOfSource(String.valueOf(e.get("Type")));
                        if (kind != null) {
                            sourceKinds.add(kind);
                        }
                    }
                }
            }
        }
        for (String pool : template.resourcesOfType("AWS::Cognito::UserPool")) {
            if (template.properties(pool).get("LambdaConfig") instanceof java.util.Map<?, ?> triggers
                    && triggers.get("CustomMessage") != null) {
                sourceKinds.add("cognito-custom-message");
            }
        }
        Set<String> sampled = new TreeSet<>();
        for (Path file : files()) {
            JsonNode event = Events.JSON.readTree(file.toFile());
            if (event.has("routeKey")) {
                continue;
            }
            if (event.has("job")) {
                lv.praise.domain.jobs.JobKind.fromCode(event.get("job").asText());
                assertTrue(event.path("campaignYear").isInt(), file + " has no campaignYear");
                assertTrue(event.path("runId").asText().matches("[A-Za-z0-9-]{1,64}"), file + " has no run id");
                assertEquals(3, event.size(), file + ": a job event names the job and nothing else");
                continue;
            }
            if (event.has("campaignYear") && event.has("resources")) {
                // The awards schedule's input (SchedulerAwardsSchedule.input): a schedule the functions create at
                // run time in the template's schedule group, not an event of the template.
                assertTrue(template.resourcesOfType("AWS::Scheduler::ScheduleGroup").contains("AwardsScheduleGroup"),
                        file + " is the awards schedule's input, but the template has no AwardsScheduleGroup");
                assertTrue(event.path("campaignYear").isInt(), file.toString());
                assertFalse(event.path("time").asText().isEmpty(), file + " has no time");
                continue;
            }
            JsonNode record = event.path("Records").path(0);
            String kind;
            if (event.has("triggerSource")) {
                assertTrue(event.path("triggerSource").asText().startsWith("CustomMessage_"), file + " is no custom message event");
                assertFalse(event.path("request").path("codeParameter").asText().isEmpty(), file + " has no codeParameter");
                assertTrue(event.path("response").isObject(), file + " has no response");
                kind = "cognito-custom-message";
            } else if (event.has("Records")) {
                kind = "aws:sqs".equals(record.path("eventSource").asText()) ? "sqs"
                        : "aws:sns".equals(record.path("EventSource").asText()) ? "sns" : null;
                assertTrue(kind != null, file + " has Records from neither SQS nor SNS");
                assertFalse(("sqs".equals(kind) ? record.path("body") : record.path("Sns").path("Message")).asText().isEmpty(),
                        file + " carries no message");
            } else {
                assertEquals("aws.scheduler", event.path("source").asText(), file + " has neither a routeKey, Records, nor the scheduler's source");
                assertEquals("Scheduled Event", event.path("detail-type").asText(), file.toString());
                assertFalse(event.path("time").asText().isEmpty(), file + " has no time");
                kind = "schedule";
            }
            assertTrue(sourceKinds.contains(kind), file + " is a " + kind + " event, but no function of the template has such a source");
            sampled.add(kind);
        }
        assertEquals(sourceKinds, sampled, "every kind of non-HTTP source has a sample event");
    }

    private static String kindOfSource(String eventType) {
        return switch (eventType) {
            case "ScheduleV2", "Schedule" -> "schedule";
            case "SQS" -> "sqs";
            case "SNS" -> "sns";
            default -> null;
        };
    }

    @Test
    void everySampleEventIsReadByATest() throws IOException {
        String sources = testSources();
        List<String> unused = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            // Read as "../events/name.json" (@Event, EventLoader) or by name through the test kit's Events.
            if (!sources.contains("events/" + name) && !sources.contains("\"" + name + "\"")) {
                unused.add(name);
            }
        }
        assertTrue(unused.isEmpty(), "sample events no test reads: " + unused);
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(EVENTS)) {
            List<Path> files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertTrue(files.size() >= 30, "events/ has " + files.size() + " files");
            return files;
        }
    }

    /** Every test source except this one, which names files only to check them. */
    private static String testSources() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path root : TEST_SOURCES) {
            try (Stream<Path> tree = Files.walk(root)) {
                for (Path p : tree.filter(p -> p.toString().endsWith(".java")
                        && !p.getFileName().toString().equals("SampleEventsTest.java")).collect(Collectors.toList())) {
                    all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
