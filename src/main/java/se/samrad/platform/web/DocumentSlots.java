package se.samrad.platform.web;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many documents (PDF, DOCX) the server generates at once. Each generation holds a document model, its
 * layout and fonts in memory for its whole run; unbounded, 32 decision bases at once ran a 1 GB heap out of memory
 * and every request took minutes. A request beyond the bound waits up to {@code samrad.documents.wait} for a slot
 * and is then answered 503 with {@code Retry-After} ({@link BusyException}) instead.
 */
@Singleton
public class DocumentSlots {

    /** Seconds a refused client is told to wait before trying again. */
    static final long RETRY_AFTER_SECONDS = 5;

    private final Semaphore slots;
    private final Duration wait;

    @Inject
    public DocumentSlots(@Value("${samrad.documents.concurrent:4}") int concurrent,
                         @Value("${samrad.documents.wait:20s}") Duration wait) {
        this.slots = new Semaphore(Math.max(1, concurrent), true);
        this.wait = wait;
    }

    /** {@code work} in a slot, once one is free within the wait; else {@link BusyException}. */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(RETRY_AFTER_SECONDS);
        }
        if (!acquired) {
            throw new BusyException(RETRY_AFTER_SECONDS);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** Slots free right now (for tests and health). */
    public int free() {
        return slots.availablePermits();
    }
}
