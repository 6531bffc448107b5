package lv.praise.domain.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lv.praise.domain.Channel;
import lv.praise.domain.Evaluation;
import lv.praise.domain.scoring.ParticipantProfile;
import lv.praise.domain.standings.ScoringRun;
import lv.praise.testkit.AwardsKit;
import lv.praise.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class InputDigestTest {
    private final AwardsKit kit = new AwardsKit(6, 4);

    @Test
    void theCanonicalTextIsTheDocumentedOneAndItsDigestIsSha256() {
        kit.praises.add(Fixtures.YEAR, "p01", Channel.ONLINE, 5, true);
        kit.praises.add(Fixtures.YEAR, "p01", Channel.ONLINE, 3, true);
        kit.praises.add(Fixtures.YEAR, "p02", Channel.ONLINE, 4, false);
        ScoringRun run = kit.scoring().score();
        String text = InputDigest.canonicalText(run);
        assertTrue(text.startsWith("formula\t2027.1\nrules\t5\t4\t30\t30\t40\t80\n"), text);
        assertTrue(text.contains("channel\tpaper\tbranch\n"), text);
        assertTrue(text.contains("praise\tp01\tonline\t2\t8\n"), "count and star sum of the counted praise: " + text);
        assertTrue(!text.contains("praise\tp02"), "unconfirmed praise is no input");
        assertTrue(text.contains("participant\tp01\tDalībnieks Nr. 1 – Ķēķis\t"), text);
        assertTrue(text.contains("evaluation\tp01\t2027-03-10\tvisit\t99\n"), text);
        assertEquals(InputDigest.sha256(text), InputDigest.of(run));
        assertEquals(64, InputDigest.of(run).length());
        // Known answer for the empty text: SHA-256 as everyone computes it.
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", InputDigest.sha256(""));
    }

    @Test
    void theOrderTheStoreReturnedThingsInDoesNotMatterButEveryInputDoes() {
        ScoringRun run = kit.scoring().score();
        List<ParticipantProfile> profiles = new ArrayList<>(run.profiles());
        Collections.reverse(profiles);
        List<Evaluation> evaluations = new ArrayList<>(run.evaluations());
        Collections.reverse(evaluations);
        ScoringRun shuffled = new ScoringRun(run.campaign(), run.at(), profiles, run.tally(), evaluations, run.standings());
        assertEquals(InputDigest.of(run), InputDigest.of(shuffled));

        kit.praises.add(Fixtures.YEAR, "p03", Channel.BRANCH, 5, true);
        assertNotEquals(InputDigest.of(run), InputDigest.of(kit.scoring().score()), "one more counted praise");
    }
}
