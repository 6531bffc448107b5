package lv.praise.domain.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the golden campaign under src/test/resources/scoring: plain comma-separated lines, a header
 * line, '#' comment lines, no quoting (no value contains a comma), an empty value means none.
 */
final class ScoringFixtures {
    private ScoringFixtures() {
    }

    static List<Map<String, String>> read(String name) {
        InputStream in = ScoringFixtures.class.getResourceAsStream("/scoring/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(name + ": expected " + header.length + " cells in: " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i].strip());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ParticipantProfile> participants() {
        return read("participants.csv").stream()
                .map(r -> new ParticipantProfile(r.get("id"), r.get("name"), r.get("category"), r.get("industry"),
                        r.get("sizeClass"), Boolean.parseBoolean(r.get("hasBranches"))))
                .toList();
    }

    /** The praise lines, each as the arguments of {@link ComponentTally#add(String, String, int, boolean, boolean)}. */
    record PraiseLine(String participantId, String channel, int stars, boolean confirmed, boolean rejected) {
        boolean addTo(ComponentTally tally) {
            return tally.add(participantId, channel, stars, confirmed, rejected);
        }
    }

    static List<PraiseLine> praise() {
        return read("praise.csv").stream()
                .map(r -> new PraiseLine(r.get("participantId"), r.get("channel"), Integer.parseInt(r.get("stars")),
                        r.get("status").equals("CONFIRMED"), Boolean.parseBoolean(r.get("rejected"))))
                .toList();
    }

    static Map<String, List<BigDecimal>> evaluations() {
        Map<String, List<BigDecimal>> byParticipant = new HashMap<>();
        for (Map<String, String> r : read("evaluations.csv")) {
            byParticipant.computeIfAbsent(r.get("participantId"), id -> new ArrayList<>())
                    .add(new BigDecimal(r.get("score")));
        }
        return byParticipant;
    }
}
