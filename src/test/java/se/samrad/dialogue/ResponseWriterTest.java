package se.samrad.dialogue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Complete responses stored many to a transaction (group commit, {@link ResponseWriter}): a client id is stored
 * once whether it comes twice in one batch, in two batches or from many requests at once; a response the
 * database refuses fails alone while the rest of its batch is stored; and the running totals still agree with
 * the answers. Three writers, so that their queues and shards are exercised too.
 */
@MicronautTest(transactional = false)
class ResponseWriterTest extends IntegrationTest {

    private static final Pattern RECEIPT = Pattern.compile("\"responseId\":(\\d+),\"stored\":(true|false)");

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Dialogues dialogues;
    @Inject Participation participation;
    @Inject ResultCounts counts;
    @Inject AnswerStream stream;
    @Inject ResponseWriter writer;
    @Inject GoalCatalogue catalogue;

    CurrentUser facilitator;
    Questionnaire questions;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("samrad.dialogue.response-writers", "3", "samrad.rate-limit.dialogue-per-minute", "100000");
    }

    @BeforeAll
    void facilitator() {
        Organisation org = fixtures.organisation("Skrivarby kommun");
        facilitator = directory.toUser(fixtures.account(org, Role.FACILITATOR));
        questions = SampleDialogue.questionnaire(catalogue);
    }

    private Dialogue openDialogue() {
        Dialogue created = dialogues.create(facilitator, SampleDialogue.texts(), SampleDialogue.settings());
        dialogues.changeQuestions(facilitator, created.id(), q -> questions);
        return dialogues.changeState(facilitator, created.id(), DialogueState.OPEN);
    }

    private CompleteResponse complete(Dialogue dialogue, String clientId, Random random) {
        Answers answers = DialogueDemo.randomAnswers(questions, random).onlyVisible(questions);
        return new CompleteResponse(dialogue.id(), dialogue.versionId(), clientId, "sv",
                AnswerRows.of(questions, answers), AnswerRows.groups(questions, answers), Instant.now());
    }

    private static Submission result(CompletableFuture<Submission> future) {
        assertTrue(future.isDone(), "completed once the batch was stored");
        return future.join();
    }

    private void assertTotalsAgree(Dialogue dialogue) {
        assertEquals(DialogueResultsTest.sorted(counts.countAnswers(dialogue.id(), ResultFilter.ALL)),
                DialogueResultsTest.sorted(counts.tally(dialogue.id(), ResultFilter.ALL)));
    }

    @Test
    void theSameClientIdTwiceInOneBatchAndAgainInTheNextIsStoredOnce() {
        Dialogue dialogue = openDialogue();
        Random random = new Random(1);
        CompleteResponse first = complete(dialogue, "kiosk-twice-1", random);
        CompleteResponse again = complete(dialogue, "kiosk-twice-1", random);
        CompleteResponse other = complete(dialogue, "kiosk-other-1", random);
        long refused = writer.refusedBatches();
        List<CompletableFuture<Submission>> batch = writer.storeBatch(List.of(first, again, other));
        assertEquals(refused, writer.refusedBatches(), "stored as one batch, not one at a time");
        Submission stored = result(batch.get(0));
        assertTrue(stored.stored());
        assertEquals(new Submission(stored.responseId(), false), result(batch.get(1)));
        assertTrue(result(batch.get(2)).stored());
        assertTrue(result(batch.get(2)).responseId() != stored.responseId());

        List<CompletableFuture<Submission>> next = writer.storeBatch(List.of(
                complete(dialogue, "kiosk-new-2", random), complete(dialogue, "kiosk-twice-1", random)));
        assertTrue(result(next.get(0)).stored());
        assertEquals(new Submission(stored.responseId(), false), result(next.get(1)));
        assertEquals(refused, writer.refusedBatches(), "a client id sent before is looked up within the batch");

        assertEquals(3, counts.respondents(dialogue.id(), ResultFilter.ALL));
        assertEquals(first.rows().size(), answerRowsOf(dialogue, stored.responseId()), "the first one's answers");
        assertTotalsAgree(dialogue);
    }

    private long answerRowsOf(Dialogue dialogue, long responseId) {
        long[] rows = {0};
        stream.eachSubmitted(dialogue.id(), r -> {
            if (r.id() == responseId) {
                rows[0] = r.answers().size();
            }
        });
        return rows[0];
    }

    @Test
    void aBatchOfManyResponsesIsOneTransactionAndItsTotalsAgreeWithTheAnswers() {
        Dialogue dialogue = openDialogue();
        Random random = new Random(3);
        List<CompleteResponse> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(complete(dialogue, "kiosk-many-" + i, random));
        }
        long refused = writer.refusedBatches();
        List<CompletableFuture<Submission>> batch = writer.storeBatch(many);
        assertEquals(refused, writer.refusedBatches(), "stored as one batch, not one at a time");
        assertEquals(300, batch.stream().map(ResponseWriterTest::result).filter(Submission::stored)
                .map(Submission::responseId).distinct().count());
        assertEquals(300, counts.respondents(dialogue.id(), ResultFilter.ALL));
        assertEquals(many.stream().mapToLong(r -> r.rows().size()).sum(), stream.answerRows(dialogue.id()));
        assertTotalsAgree(dialogue);
    }

    @Test
    void aResponseTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchIsStored() {
        Dialogue dialogue = openDialogue();
        Random random = new Random(2);
        CompleteResponse good = complete(dialogue, "kiosk-good-1", random);
        CompleteResponse refused = complete(dialogue, "kiosk-bad-1", random);
        // An option key longer than its column: no check before the database would let that through.
        List<AnswerRow> rows = new ArrayList<>(refused.rows());
        rows.add(new AnswerRow("issues", "x".repeat(80), 9, null, null));
        refused = new CompleteResponse(refused.dialogueId(), refused.versionId(), refused.clientKey(),
                refused.lang(), rows, refused.groups(), refused.at());
        CompleteResponse alsoGood = complete(dialogue, "kiosk-good-2", random);
        CompleteResponse goodAgain = complete(dialogue, "kiosk-good-1", random);

        List<CompletableFuture<Submission>> batch =
                writer.storeBatch(List.of(good, refused, alsoGood, goodAgain));
        Submission first = result(batch.get(0));
        assertTrue(first.stored());
        assertTrue(batch.get(1).isCompletedExceptionally());
        assertThrows(RuntimeException.class, () -> batch.get(1).join());
        assertTrue(result(batch.get(2)).stored());
        assertEquals(new Submission(first.responseId(), false), result(batch.get(3)),
                "still stored once when the batch is stored one response at a time");

        assertEquals(2, counts.respondents(dialogue.id(), ResultFilter.ALL));
        Set<Long> ids = new HashSet<>();
        stream.eachSubmitted(dialogue.id(), r -> ids.add(r.id()));
        assertEquals(Set.of(first.responseId(), result(batch.get(2)).responseId()), ids,
                "nothing of the refused response was kept");
        assertEquals(good.rows().size() + alsoGood.rows().size(), stream.answerRows(dialogue.id()));
        assertTotalsAgree(dialogue);
    }

    @Test
    void concurrentRequestsWithTheSameClientIdStoreOneResponse() throws Exception {
        Dialogue dialogue = openDialogue();
        String path = server.getURI() + "/api/v1/d/" + dialogue.publicKey() + "/responses";
        int clients = 12;
        int senders = 4;
        HttpClient http = HttpClient.newHttpClient();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String[]>> sent = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                String body = "{\"clientId\":\"tablet-" + c + "-abcdef\",\"answers\":{\"thrive\":[\"good\"],"
                        + "\"issues\":[\"jobs\",\"green\"],\"district\":[\"norr\"]}}";
                for (int s = 0; s < senders; s++) {
                    sent.add(executor.submit(() -> {
                        go.await();
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(path))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        Matcher m = RECEIPT.matcher(response.body());
                        assertTrue(m.find(), response.statusCode() + " " + response.body());
                        assertEquals(m.group(2).equals("true") ? 201 : 200, response.statusCode());
                        return new String[] {body, m.group(1), m.group(2)};
                    }));
                }
            }
            go.countDown();
        }
        Map<String, Set<String>> idsByClient = new java.util.HashMap<>();
        Map<String, Integer> storedByClient = new java.util.HashMap<>();
        for (Future<String[]> future : sent) {
            String[] receipt;
            try {
                receipt = future.get();
            } catch (ExecutionException e) {
                throw new AssertionError(e.getCause());
            }
            idsByClient.computeIfAbsent(receipt[0], k -> new HashSet<>()).add(receipt[1]);
            storedByClient.merge(receipt[0], receipt[2].equals("true") ? 1 : 0, Integer::sum);
        }
        assertEquals(clients, idsByClient.size());
        idsByClient.values().forEach(ids -> assertEquals(1, ids.size(), "every sender told the same response"));
        storedByClient.values().forEach(n -> assertEquals(1, n, "exactly one sender told it was stored"));
        assertEquals(clients, counts.respondents(dialogue.id(), ResultFilter.ALL));
        assertEquals(clients, counts.respondents(dialogue.id(), new ResultFilter("norr", null, null, null, null)));
        assertTotalsAgree(dialogue);
    }

    @Test
    void manySubmissionsAtOnceAgreeWithTheirTotals() throws Exception {
        Dialogue dialogue = openDialogue();
        int threads = 16;
        int each = 25;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(executor.submit(() -> {
                    Random random = new Random(100 + thread);
                    for (int i = 0; i < each; i++) {
                        var result = participation.submitComplete(dialogue, "many-" + thread + "-" + i, "sv",
                                DialogueDemo.randomAnswers(questions, random));
                        assertTrue(result.stored(), result.errors().getFields().toString());
                        assertFalse(participation.submitComplete(dialogue, "many-" + thread + "-" + i, "sv",
                                DialogueDemo.randomAnswers(questions, random)).stored());
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
        assertEquals(threads * each, counts.respondents(dialogue.id(), ResultFilter.ALL));
        assertTotalsAgree(dialogue);
    }
}
