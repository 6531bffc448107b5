package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import lv.praise.domain.awards.OpenData;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.OpenDataCheck;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.Test;

/**
 * A campaign's open-data file is larger than one item may be: it is cut into parts after whole lines, each
 * under the 400 KB limit, and read back whole – byte for byte, so its SHA-256 is still the digest.
 */
class OpenDataPartsIT {
    @Test
    void aFileOfFiveThousandParticipantsIsStoredInPartsAndReadBackWhole() {
        StringBuilder text = new StringBuilder("formula\t2027.2\n");
        for (int i = 0; i < 5000; i++) {
            text.append("participant\tp").append(i).append("\tĶēķa darbnīca Nr. ").append(i)
                    .append(" – Pārdaugavā, Rīgā\tB2C\tTRADE\tSMALL\ttrue\n");
            text.append("praise\tp").append(i).append("\tonline\t12\t55\n");
            text.append("evaluation\tp").append(i).append("\t2027-03-10\tvisit\t87.5\n");
        }
        String body = text.toString();
        List<String> parts = DynamoPublicationStore.parts(body);
        assertTrue(parts.size() > 1, "several parts: " + parts.size());
        for (String part : parts) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= DynamoPublicationStore.PART_BYTES);
            assertTrue(part.endsWith("\n"), "cut after whole lines");
        }

        LocalDynamoDb local = LocalDynamoDb.shared();
        String table = local.createFreshTable(SamTemplate.load(), "PraiseTable");
        DynamoPublicationStore store = new DynamoPublicationStore(local.client(), table);
        OpenData data = new OpenData(Fixtures.YEAR, OpenDataCheck.digest(body), body);
        store.saveOpenData(data);
        store.saveOpenData(data); // a retry writes the same items again
        OpenData read = store.openData(Fixtures.YEAR).orElseThrow();
        assertEquals(body, read.text());
        assertTrue(read.rebuildsDigest());
        assertTrue(store.openData(Fixtures.YEAR + 1).isEmpty());
    }
}
