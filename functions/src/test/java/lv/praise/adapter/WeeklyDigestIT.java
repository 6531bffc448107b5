package lv.praise.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import lv.praise.domain.Campaign;
import lv.praise.domain.Channel;
import lv.praise.domain.KeyedHasher;
import lv.praise.domain.Lang;
import lv.praise.domain.MailNotSentException;
import lv.praise.domain.Mailer;
import lv.praise.domain.Participant;
import lv.praise.domain.RefusedException;
import lv.praise.domain.Praise;
import lv.praise.domain.PraiseStatus;
import lv.praise.domain.SiteUrl;
import lv.praise.domain.awards.Deadline;
import lv.praise.domain.digest.DigestOptOut;
import lv.praise.domain.digest.DigestOptOutToken;
import lv.praise.domain.digest.DigestRun;
import lv.praise.domain.digest.WeeklyDigest;
import lv.praise.domain.moderation.ModeratedPraise;
import lv.praise.domain.moderation.ModerationStatus;
import lv.praise.domain.moderation.RejectReason;
import lv.praise.testkit.DynamoFaults;
import lv.praise.testkit.Fixtures;
import lv.praise.testkit.LocalDynamoDb;
import lv.praise.testkit.MutableClock;
import lv.praise.testkit.SamTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The weekly digest on the real adapters: DynamoDB Local (ByModeration's approved shards, the CONTACT items, the
 * DIGEST claims) and the real outbox. One digest per contact not opted out; a retry sends nothing new; a run killed
 * at the SDK's wire after the first participant's mails (before it could mark them sent) and run again sends each
 * participant's digest exactly once – the taken-over participant's again under the same delivery keys, which the
 * outbox delivers once.
 */
class WeeklyDigestIT {
    private static final int YEAR = 2027;
    /** Monday 15 March 2027, 09:00 in Riga: the run for 8–14 March. */
    private static final Instant MONDAY = Instant.parse("2027-03-15T07:00:00Z");
    private static final List<String> PARTICIPANTS = List.of("org-a", "org-b", "org-c");

    private final LocalDynamoDb local = LocalDynamoDb.shared();
    private final DynamoDbClient dynamo = local.client();
    private final KeyedHasher hasher = new KeyedHasher(Fixtures.EMAIL_KEY);
    private final MutableClock clock = new MutableClock(MONDAY);
    private final MutableClock leaseClock = new MutableClock(MONDAY);
    private String table;

    @TempDir
    Path outbox;

    @BeforeEach
    void seed() {
        table = local.createFreshTable(SamTemplate.load(), "PraiseTable");
        new DynamoCampaignStore(dynamo, table).save(Campaign.defaults(YEAR));
        DynamoParticipantStore participants = new DynamoParticipantStore(dynamo, table);
        DynamoModerationStore moderation = new DynamoModerationStore(dynamo, table);
        int n = 0;
        for (String id : PARTICIPANTS) {
            participants.save(new Participant(YEAR, id, "Organizācija " + id.substring(4).toUpperCase(), "STATE",
                    "EDUCATION", "SMALL", List.of("Rīga"), "info@" + id + ".example.lv", 0));
            // Approved praise of the week, one just before Sunday's midnight in Riga (21:59 UTC).
            moderation.saveEntered(entered(id + "-1", id, "2027-03-09T10:00:00Z", 5, "Anna Bērziņa",
                    "Ļoti laipni, paldies " + id, ModerationStatus.APPROVED));
            moderation.saveEntered(entered(id + "-2", id, "2027-03-14T21:59:00Z", 4, null, "Vēlu vakarā",
                    ModerationStatus.APPROVED));
            // Rejected praise of the week, and approved praise of the weeks before and after: never in this digest.
            moderation.saveEntered(entered(id + "-r", id, "2027-03-10T10:00:00Z", 1, "Jānis", "NORAIDĪTS " + id,
                    ModerationStatus.REJECTED));
            moderation.saveEntered(entered(id + "-o", id, "2027-03-07T21:59:00Z", 5, null, "IEPRIEKŠĒJĀ " + id,
                    ModerationStatus.APPROVED));
            moderation.saveEntered(entered(id + "-n", id, "2027-03-14T22:00:00Z", 5, null, "NĀKAMĀ " + id,
                    ModerationStatus.APPROVED));
            ContactItemsKit.put(dynamo, table, hasher, YEAR, id, "info@" + id + ".example.lv", null);
            ContactItemsKit.put(dynamo, table, hasher, YEAR, id, "boss@" + id + ".example.lv", n++ == 0 ? "en" : "et");
        }
        // Moderation late: org-c's praise of the week before, approved on this week's Tuesday (after last Monday's
        // run), is in this week's digest; one of this week approved next week is not (it will be in the next).
        moderation.saveEntered(decided(entered("org-c-late", "org-c", "2027-03-07T12:00:00Z", 5, null,
                "SVĒTDIENAS, APSTIPRINĀTA OTRDIEN", ModerationStatus.APPROVED), "2027-03-09T08:00:00Z"));
        moderation.saveEntered(decided(entered("org-c-next", "org-c", "2027-03-14T12:00:00Z", 5, null,
                "APSTIPRINĀTA NĀKAMNEDĒĻ", ModerationStatus.APPROVED), "2027-03-15T06:30:00Z"));
        // A participant with rejected praise only gets no digest.
        participants.save(new Participant(YEAR, "org-z", "Organizācija Z", "STATE", "EDUCATION", "SMALL", List.of(),
                "info@org-z.example.lv", 0));
        moderation.saveEntered(entered("org-z-r", "org-z", "2027-03-10T10:00:00Z", 1, null, "NORAIDĪTS org-z",
                ModerationStatus.REJECTED));
        ContactItemsKit.put(dynamo, table, hasher, YEAR, "org-z", "info@org-z.example.lv", null);
    }

    private static ModeratedPraise entered(String id, String participant, String at, int stars, String employee,
                                           String text, ModerationStatus status) {
        Instant confirmed = Instant.parse(at);
        Praise p = Praise.of(id, YEAR, "Organizācija",
                new Praise.Content(participant, null, employee, stars, List.of(), text, Channel.ONLINE, Lang.LV),
                new Praise.State(PraiseStatus.CONFIRMED, null, null, confirmed, null, confirmed));
        return new ModeratedPraise(p, status, status == ModerationStatus.REJECTED ? RejectReason.ABUSIVE : null,
                Fixtures.organiser("anna@example.lv"), confirmed, Fixtures.organiser("anna@example.lv"));
    }

    /** The praise as approved at {@code at} (its moderation decision's instant). */
    private static ModeratedPraise decided(ModeratedPraise p, String at) {
        return new ModeratedPraise(p.praise(), p.status(), p.reason(), p.by(), Instant.parse(at), p.enteredBy());
    }

    private WeeklyDigest digest(DynamoDbClient client, Mailer mailer) {
        return new WeeklyDigest(() -> Campaign.defaults(YEAR), new DynamoDigestStore(client, table), mailer, hasher,
                SiteUrl.of(Fixtures.SITE), clock, leaseClock);
    }

    /** The outbox's messages by recipient. */
    private Map<String, List<String>> outboxByRecipient() {
        Map<String, List<String>> by = new TreeMap<>();
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                String mime = Files.readString(file, StandardCharsets.UTF_8);
                String to = mime.lines().filter(l -> l.startsWith("To: ")).findFirst().orElseThrow().substring(4).strip();
                by.computeIfAbsent(to, k -> new ArrayList<>()).add(mime);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return by;
    }

    private Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
        return dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
    }

    /**
     * A claim's time is stored as epoch milliseconds and compared as a number: as ISO text (as before) a claim taken at
     * 07:00:00 was never older than 07:00:00.5 ("…:00Z" sorts after "…:00.500Z"). A claim stored as text by then (a run
     * in flight at the deploy, or killed) is still held until stale, then taken over, its text dropped.
     */
    @Test
    void aClaimIsStaleByItsTimeNotByItsTextAndAClaimStoredAsTextStillReads() {
        DynamoDigestStore store = new DynamoDigestStore(dynamo, table);
        Instant at = Instant.parse("2027-03-15T07:00:00Z");
        Instant purge = at.plus(Duration.ofDays(365));
        Map<String, AttributeValue> key = Keys.digest(YEAR, "org-x", "2027-W10");
        assertTrue(store.claim(YEAR, "org-x", "2027-W10", at, at.minus(WeeklyDigest.LEASE), purge).isPresent());
        assertEquals(String.valueOf(at.toEpochMilli()), item(key).get("claimedAtMillis").n());
        assertFalse(item(key).containsKey("claimedAt"));
        assertTrue(store.claim(YEAR, "org-x", "2027-W10", at, at, purge).isEmpty(), "held: not older than itself");
        var taken = store.claim(YEAR, "org-x", "2027-W10", at.plusMillis(500), at.plusMillis(500), purge);
        assertTrue(taken.isPresent(), "stale by half a second");
        store.release(YEAR, taken.get());
        assertFalse(item(key).containsKey("claimedAtMillis") || item(key).containsKey("claimToken"));

        // As the digest stored a claim before: its time as ISO text, a contact already done.
        Map<String, AttributeValue> old = new java.util.HashMap<>(Keys.digest(YEAR, "org-y", "2027-W10"));
        old.putAll(Map.of("type", AttributeValue.fromS("DIGEST"), "participantId", AttributeValue.fromS("org-y"),
                "week", AttributeValue.fromS("2027-W10"), "state", AttributeValue.fromS("SENDING"),
                "claimToken", AttributeValue.fromS("an earlier run's"), "claimedAt", AttributeValue.fromS(at.toString()),
                "sentTo", AttributeValue.fromSs(List.of("done-hash"))));
        dynamo.putItem(r -> r.tableName(table).item(old));
        Map<String, AttributeValue> oldKey = Keys.digest(YEAR, "org-y", "2027-W10");
        assertTrue(store.claim(YEAR, "org-y", "2027-W10", at.plusSeconds(60), at.minusSeconds(60), purge).isEmpty(),
                "held while its lease runs");
        var takenOver = store.claim(YEAR, "org-y", "2027-W10", at.plusSeconds(180), at.plusSeconds(60), purge);
        assertTrue(takenOver.isPresent(), "taken over once stale");
        assertEquals(java.util.Set.of("done-hash"), takenOver.get().done().sent());
        Map<String, AttributeValue> now = item(oldKey);
        assertFalse(now.containsKey("claimedAt"), "the text dropped");
        assertEquals(String.valueOf(at.plusSeconds(180).toEpochMilli()), now.get("claimedAtMillis").n());
        assertTrue(store.markSent(YEAR, takenOver.get(), at.plusSeconds(181), 1));
        assertEquals("SENT", item(oldKey).get("state").s());
    }

    @Test
    void aPraiseApprovedRejectedAndApprovedAgainInALaterWeekStaysInItsFirstApprovalsDigest() {
        DynamoModerationStore moderation = new DynamoModerationStore(dynamo, table);
        // Pending, approved on Tuesday 9 March (week 10) by a moderation decision.
        moderation.saveEntered(entered("org-a-again", "org-a", "2027-03-08T10:00:00Z", 5, null, "VĒLREIZ APSTIPRINĀTA",
                ModerationStatus.PENDING));
        decide(moderation, "org-a-again", ModerationStatus.APPROVED, null, "2027-03-09T10:00:00Z");
        List<String> texts = new ArrayList<>();
        Mailer mailer = mail -> texts.add(mail.text());
        digest(dynamo, mailer).run(Deadline.none());
        assertTrue(texts.stream().anyMatch(t -> t.contains("VĒLREIZ APSTIPRINĀTA")), "in week 10's digest");
        // Rejected on Tuesday 16 March, approved again on Wednesday 17 March (week 11).
        decide(moderation, "org-a-again", ModerationStatus.REJECTED, RejectReason.ABUSIVE, "2027-03-16T10:00:00Z");
        decide(moderation, "org-a-again", ModerationStatus.APPROVED, null, "2027-03-17T10:00:00Z");
        assertEquals("2027-03-09T10:00:00Z",
                item(lv.praise.adapter.Keys.praise("org-a-again")).get(PraiseItems.FIRST_APPROVED_AT).s(),
                "the first approval's instant is kept by the later approval");
        texts.clear();
        clock.advance(Duration.ofDays(7));
        leaseClock.advance(Duration.ofDays(7));
        DigestRun next = digest(dynamo, mailer).run(Deadline.none());
        assertEquals("2027-W11", next.week());
        assertFalse(texts.stream().anyMatch(t -> t.contains("VĒLREIZ APSTIPRINĀTA")), "never in a second digest: " + texts);
    }

    private static void decide(DynamoModerationStore moderation, String id, ModerationStatus to, RejectReason why,
                               String at) {
        ModeratedPraise current = moderation.findConfirmed(id).orElseThrow();
        assertEquals(lv.praise.domain.moderation.ModerationStore.DecideOutcome.CHANGED, moderation.decide(current,
                current.decided(to, why, Fixtures.organiser("anna@example.lv"), Instant.parse(at))));
    }

    @Test
    void eachContactGetsOneDigestAnOptedOutContactNoneAndARetryNothingNew() {
        String token = new DigestOptOutToken(YEAR, "org-b", hasher.hash("boss@org-b.example.lv")).encode(hasher);
        DigestOptOut optOut = new DigestOptOut(new DynamoDigestStore(dynamo, table), hasher, clock);
        assertTrue(optOut.optOut(token));
        Map<String, AttributeValue> contact = item(Keys.contact(YEAR, "org-b", hasher.hash("boss@org-b.example.lv")));
        assertTrue(contact.get("digestOptOut").bool());
        assertEquals(MONDAY.toString(), contact.get("digestOptOutAt").s());
        assertTrue(new DynamoContactStore(dynamo, table).contacts(YEAR, "org-b").stream()
                .anyMatch(c -> c.email().startsWith("boss") && c.digestOptOut()), "the contacts' read side sees it");
        clock.advance(Duration.ofMinutes(5));
        assertTrue(optOut.optOut(token), "a second press is fine");
        assertEquals(MONDAY.toString(), item(Keys.contact(YEAR, "org-b", hasher.hash("boss@org-b.example.lv")))
                .get("digestOptOutAt").s(), "and keeps the first instant");
        // Edited into another participant: refused, nothing written there.
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(("2027.org-c."
                + hasher.hash("boss@org-b.example.lv")).getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        assertThrows(RefusedException.class, () -> optOut.optOut(edited));
        assertTrue(item(Keys.contact(YEAR, "org-c", hasher.hash("boss@org-b.example.lv"))).isEmpty());
        // A genuine token of an address that is not (or no longer) a contact creates nothing.
        assertFalse(optOut.optOut(new DigestOptOutToken(YEAR, "org-c", hasher.hash("gone@org-c.example.lv")).encode(hasher)));
        assertTrue(item(Keys.contact(YEAR, "org-c", hasher.hash("gone@org-c.example.lv"))).isEmpty());

        WeeklyDigest digest = digest(dynamo, new OutboxMailer(outbox, "praise@example.lv"));
        DigestRun run = digest.run(Deadline.none());
        assertEquals(new DigestRun(YEAR, "2027-W10", true, 3, 3, 0, 0, 0, 0, 5, true), run);
        Map<String, List<String>> mails = outboxByRecipient();
        assertEquals(List.of("boss@org-a.example.lv", "boss@org-c.example.lv", "info@org-a.example.lv",
                "info@org-b.example.lv", "info@org-c.example.lv"), List.copyOf(mails.keySet()),
                "one per contact; none to the opted-out contact nor to the participant with rejected praise only");
        mails.values().forEach(m -> assertEquals(1, m.size()));
        String lv = decoded(mails.get("info@org-a.example.lv").get(0));
        assertTrue(lv.contains("saņēma 2 apstiprinātas uzslavas") && lv.contains("Anna Bērziņa (1)"), lv);
        assertTrue(lv.contains("Ļoti laipni, paldies org-a") && lv.contains(Fixtures.SITE + "/my/opt-out.html?lang=lv&token="), lv);
        assertFalse(lv.contains("NORAIDĪTS") || lv.contains("Jānis") || lv.contains("IEPRIEKŠĒJĀ") || lv.contains("NĀKAMĀ"), lv);
        assertTrue(decoded(mails.get("boss@org-a.example.lv").get(0)).contains("Employees named: Anna Bērziņa (1)"));
        String et = decoded(mails.get("boss@org-c.example.lv").get(0));
        assertTrue(et.contains("Nimetatud töötajad: Anna Bērziņa (1)"), et);
        assertTrue(et.contains("SVĒTDIENAS, APSTIPRINĀTA OTRDIEN") && et.contains(" 3 "), "approved this week: " + et);
        assertFalse(et.contains("APSTIPRINĀTA NĀKAMNEDĒĻ"), et);
        Map<String, AttributeValue> sent = item(Keys.digest(YEAR, "org-a", "2027-W10"));
        assertEquals("SENT", sent.get("state").s());
        assertEquals("2", sent.get("recipients").n());
        assertFalse(sent.containsKey("claimToken"));
        assertTrue(Long.parseLong(sent.get("purgeAt").n()) > MONDAY.plus(Duration.ofDays(300)).getEpochSecond());
        assertTrue(item(Keys.digest(YEAR, "org-z", "2027-W10")).isEmpty(), "nothing claimed without approved praise");

        // Lambda's retry, or the schedule's next tick: nothing new.
        leaseClock.advance(Duration.ofMinutes(20));
        DigestRun again = digest.run(Deadline.none());
        assertEquals(0, again.sent());
        assertEquals(3, again.done());
        assertEquals(5, outboxByRecipient().values().stream().mapToInt(List::size).sum());
    }

    /**
     * Killed at org-a's recording of its first contact (call 11), of its second (12) or at its mark (13), before the
     * call left or after DynamoDB did it: the runs that follow send each contact its digest once; only a mail handed
     * over whose record was lost (killed before the record left) is handed over again, under the same delivery key.
     */
    @ParameterizedTest
    @CsvSource({"11,false,1", "11,true,0", "12,false,1", "12,true,0", "13,false,0", "13,true,0"})
    void aRunKilledHalfWayThroughAParticipantAndRetriedSendsEachContactOnce(int call, boolean after, int again) {
        Map<String, Integer> handedOver = new TreeMap<>();
        OutboxMailer outboxMailer = new OutboxMailer(outbox, "praise@example.lv");
        Mailer counting = mail -> {
            handedOver.merge(mail.deliveryKey(), 1, Integer::sum);
            outboxMailer.send(mail);
        };
        // The run's calls: the 8 shards' Queries, then for org-a its claim (UpdateItem, 9) and contacts (Query, 10),
        // each contact's mail and its record (UpdateItem, 11 and 12), the mark (UpdateItem, 13).
        DynamoFaults death = DynamoFaults.deathAt(call, after);
        try (DynamoDbClient dying = death.client(local)) {
            RuntimeException killed = assertThrows(RuntimeException.class, () -> digest(dying, counting).run(Deadline.none()));
            assertTrue(DynamoFaults.injected(killed), killed.toString());
        }
        assertEquals(Map.of("UpdateItem " + (after ? "after" : "before"), 1), death.faults());
        assertEquals(call == 11 ? 1 : 2, handedOver.size(), "org-a's mails before the death");
        // Killed after the mark went through (its answer lost): org-a is sent, nothing left of it to do.
        boolean marked = call == 13 && after;
        assertEquals(marked ? "SENT" : "SENDING", item(Keys.digest(YEAR, "org-a", "2027-W10")).get("state").s());

        // Lambda's first retry, about a minute later: org-a's claim still holds it; the others are sent.
        leaseClock.advance(Duration.ofMinutes(1));
        DigestRun retry = digest(dynamo, counting).run(Deadline.none());
        assertEquals(2, retry.sent());
        assertEquals(1, retry.done());
        // The second retry (or the next tick), after the lease: org-a is taken over; only its contacts not recorded
        // get a mail.
        leaseClock.advance(WeeklyDigest.LEASE);
        DigestRun takeover = digest(dynamo, counting).run(Deadline.none());
        assertEquals(marked ? 0 : 1, takeover.sent());
        assertEquals(marked ? 3 : 2, takeover.done());
        assertEquals(6 + again, handedOver.values().stream().mapToInt(Integer::intValue).sum(),
                "each contact's digest handed over once, but for a mail whose record was lost: " + handedOver);
        assertEquals(6, handedOver.size(), "one delivery key per contact");
        Map<String, List<String>> mails = outboxByRecipient();
        assertEquals(6, mails.size());
        mails.forEach((to, list) -> assertEquals(1, list.size(), to + " got " + list.size()));
        for (String id : PARTICIPANTS) {
            Map<String, AttributeValue> digest = item(Keys.digest(YEAR, id, "2027-W10"));
            assertEquals("SENT", digest.get("state").s(), id);
            assertEquals(java.util.Set.of(hasher.hash("info@" + id + ".example.lv"), hasher.hash("boss@" + id + ".example.lv")),
                    java.util.Set.copyOf(digest.get("sentTo").ss()), id + ": its contacts by keyed hash");
        }
        int before = handedOver.values().stream().mapToInt(Integer::intValue).sum();
        DigestRun last = digest(dynamo, counting).run(Deadline.none());
        assertEquals(3, last.done());
        assertEquals(before, handedOver.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aContactsFailedSendIsRetriedAloneAndARefusedAddressIsDone() {
        // org-a gets a third contact; its second (by the order of the Contact items) fails once, org-c's boss is refused.
        ContactItemsKit.put(dynamo, table, hasher, YEAR, "org-a", "third@org-a.example.lv", null);
        List<String> orgA = new DynamoDigestStore(dynamo, table).recipients(YEAR, "org-a").stream()
                .map(lv.praise.domain.digest.DigestRecipient::email).toList();
        assertEquals(3, orgA.size());
        String failing = orgA.get(1);
        Map<String, Integer> got = new TreeMap<>();
        AtomicInteger failures = new AtomicInteger();
        OutboxMailer outboxMailer = new OutboxMailer(outbox, "praise@example.lv");
        Mailer mailer = mail -> {
            if (mail.to().equals(failing) && failures.getAndIncrement() == 0) {
                throw new MailNotSentException(MailNotSentException.Reason.UNREACHABLE, "injected", null);
            }
            if (mail.to().equals("boss@org-c.example.lv")) {
                throw new MailNotSentException(MailNotSentException.Reason.REJECTED, "injected: address refused", null);
            }
            got.merge(mail.to(), 1, Integer::sum);
            outboxMailer.send(mail);
        };
        DigestRun first = digest(dynamo, mailer).run(Deadline.none());
        assertEquals(1, first.failed());
        assertEquals(2, first.sent(), "org-b, and org-c with its refused address done");
        assertEquals(5, first.mails());
        Map<String, AttributeValue> a = item(Keys.digest(YEAR, "org-a", "2027-W10"));
        assertEquals("SENDING", a.get("state").s());
        assertFalse(a.containsKey("claimToken"), "a certain failure gives the claim up at once");
        assertEquals(2, a.get("sentTo").ss().size());
        assertFalse(a.get("sentTo").ss().contains(hasher.hash(failing)));
        assertTrue(a.get("sentTo").ss().stream().noneMatch(v -> v.contains("@")), "keyed hashes, never an address");
        Map<String, AttributeValue> c = item(Keys.digest(YEAR, "org-c", "2027-W10"));
        assertEquals("SENT", c.get("state").s());
        assertEquals(List.of(hasher.hash("boss@org-c.example.lv")), c.get("refusedTo").ss());
        assertEquals("1", c.get("recipients").n());

        leaseClock.advance(Duration.ofMinutes(1));
        DigestRun retry = digest(dynamo, mailer).run(Deadline.none());
        assertEquals(1, retry.sent());
        assertEquals(1, retry.mails(), "only the contact that failed");
        assertEquals(2, retry.done());
        assertEquals("SENT", item(Keys.digest(YEAR, "org-a", "2027-W10")).get("state").s());
        Map<String, Integer> once = new TreeMap<>();
        for (String to : List.of("boss@org-a.example.lv", "info@org-a.example.lv", "third@org-a.example.lv",
                "boss@org-b.example.lv", "info@org-b.example.lv", "info@org-c.example.lv")) {
            once.put(to, 1);
        }
        assertEquals(once, got, "each contact once; the refused address never");
        leaseClock.advance(Duration.ofHours(1));
        assertEquals(3, digest(dynamo, mailer).run(Deadline.none()).done());
        assertEquals(once, got);
        assertEquals(2, failures.get(), "the failing contact: tried twice, got it once");
    }

    /** The message's text part, decoded (the outbox writes quoted-printable or base64). */
    private static String decoded(String mime) {
        try {
            var message = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                    new java.io.ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8)));
            return message.getSubject() + "\n" + text(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i).getContent()));
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
