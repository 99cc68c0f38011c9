package se.samrad.dialogue;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.platform.Futures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit for complete responses (the JSON API): every response waiting when a writer comes round is
 * stored in ONE transaction, so that many share one commit and its log flush, and a handful of multi-row
 * statements instead of six or more round trips each (the commit and those round trips were where a submission
 * spent its time). A caller is answered only after the commit that stored its response: nothing is
 * acknowledged before it is durable.
 * <p>
 * There are {@code samrad.dialogue.response-writers} writers (threads), each with its own queue; a response goes
 * to the writer its client id picks, so that two submissions with the same client id are always stored by the
 * same writer, one after the other (and never wait on each other's locks in two transactions). Within a batch
 * the first of a client id is stored and the others are told it was stored before; across batches the stored
 * response is found by its client id. When the database refuses a batch, its responses are stored one at a time,
 * each in its own transaction, so one bad response fails alone. Each writer adds its batches to its own shards of
 * the running totals (shard ≡ writer, modulo the number of writers), and totals are always locked in key order.
 * A commit whose outcome is unknown (the connection broke) is safe too: stored one at a time, a response that
 * did get in is found by its client id.
 */
@Singleton
class ResponseWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseWriter.class);
    /** Responses per transaction at most; more wait for the next one. */
    static final int MAX_BATCH = 400;

    private record Pending(CompleteResponse response, CompletableFuture<Submission> done) {
    }

    private final SubmissionStore store;
    private final Writer[] writers;
    private final java.util.concurrent.atomic.AtomicLong refusedBatches = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean closed;

    ResponseWriter(SubmissionStore store, @Value("${samrad.dialogue.response-writers:4}") int writers) {
        this.store = store;
        int count = Math.max(1, Math.min(writers, TallyStore.SHARDS));
        this.writers = new Writer[count];
        for (int i = 0; i < count; i++) {
            this.writers[i] = new Writer(i, count);
        }
    }

    /** Stores a complete response, returning once it is committed (or found stored before under its client id). */
    Submission submit(CompleteResponse response) {
        if (closed) {
            return store.submitComplete(response);
        }
        Writer writer = writers[Math.floorMod(response.clientKey().hashCode(), writers.length)];
        Pending pending = new Pending(response, new CompletableFuture<>());
        writer.queue.add(pending);
        writer.startIfNeeded();
        if (closed && writer.queue.remove(pending)) {
            // Closed meanwhile, perhaps after the writer's last look at its queue: nobody else will store it.
            return store.submitComplete(response);
        }
        return Futures.join(pending.done());
    }

    /**
     * Stores these responses as one batch, the way a writer does (exposed for tests): one transaction, or one per
     * response when the database refuses the batch. Each future completes with its response's submission or
     * failure.
     */
    List<CompletableFuture<Submission>> storeBatch(List<CompleteResponse> responses) {
        List<Pending> batch = responses.stream().map(r -> new Pending(r, new CompletableFuture<>())).toList();
        new Writer(0, 1).store(batch);
        return batch.stream().map(Pending::done).toList();
    }

    /** Batches the database refused (and that were then stored one response at a time) since the start. */
    long refusedBatches() {
        return refusedBatches.get();
    }

    /** Stops the writers once they have stored everything already handed to them. */
    @PreDestroy
    void close() {
        closed = true;
        for (Writer writer : writers) {
            writer.stop();
        }
    }

    private final class Writer implements Runnable {

        final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
        private final int index;
        private final int count;
        private int round;
        private Thread thread;

        Writer(int index, int count) {
            this.index = index;
            this.count = count;
        }

        synchronized void startIfNeeded() {
            if (thread == null) {
                thread = Thread.ofPlatform().daemon().name("dialogue-response-writer-" + index).start(this);
            }
        }

        void stop() {
            Thread running;
            synchronized (this) {
                running = thread;
            }
            if (running == null) {
                return;
            }
            try {
                running.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void run() {
            List<Pending> batch = new ArrayList<>(MAX_BATCH);
            while (true) {
                Pending first;
                try {
                    first = queue.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    first = queue.poll();
                    if (first == null) {
                        return;
                    }
                }
                if (first == null) {
                    if (closed && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                try {
                    store(batch);
                } catch (Throwable e) {
                    LOG.error("Storing {} dialogue responses failed", batch.size(), e);
                    batch.forEach(p -> p.done().completeExceptionally(e));
                }
                batch.clear();
            }
        }

        /** One transaction for the batch; when the database refuses it, one transaction per response. */
        void store(List<Pending> batch) {
            int shard = (round++ * count + index) % TallyStore.SHARDS;
            List<Submission> stored;
            try {
                stored = store.submitAll(batch.stream().map(Pending::response).toList(), shard);
            } catch (Exception e) {
                refusedBatches.incrementAndGet();
                if (batch.size() > 1) {
                    LOG.warn("A batch of {} dialogue responses was refused ({}); storing them one at a time",
                            batch.size(), e.toString());
                }
                for (Pending p : batch) {
                    try {
                        p.done().complete(store.submitComplete(p.response()));
                    } catch (RuntimeException one) {
                        p.done().completeExceptionally(one);
                    }
                }
                return;
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(stored.get(i));
            }
        }
    }
}
