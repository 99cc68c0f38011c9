package se.samrad.library;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Extracts the text of attached PDFs off the request path: the upload is stored (marked pending) and
 * acknowledged, then one background thread at a time extracts the text within {@link PdfText}'s bounds, stores it
 * and puts the example back into the search index. Searches never wait for it. What is still pending at start
 * (a restart came first, or the queue was full) is extracted then. A PDF that cannot be read within bounds stays
 * attached without text.
 */
@Singleton
class AttachmentTexts implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentTexts.class);
    private static final int QUEUE = 1000;

    private final AttachmentRowRepository attachments;
    private final LibraryIndexer indexer;
    private final PdfText.Limits limits;
    private final ThreadPoolExecutor executor;

    AttachmentTexts(AttachmentRowRepository attachments, LibraryIndexer indexer,
                    @Value("${samrad.library.pdf-text.max-inflated:32MB}") @ReadableBytes long maxInflated,
                    @Value("${samrad.library.pdf-text.max-pages:1000}") int maxPages,
                    @Value("${samrad.library.pdf-text.timeout:20s}") Duration timeout,
                    @Value("${samrad.library.pdf-text.threads:1}") int threads) {
        this.attachments = attachments;
        this.indexer = indexer;
        this.limits = new PdfText.Limits(maxInflated, maxPages, timeout, Attachments.MAX_TEXT);
        this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(QUEUE),
                runnable -> {
                    Thread thread = new Thread(runnable, "pdf-text");
                    thread.setDaemon(true);
                    thread.setPriority(Thread.MIN_PRIORITY);
                    return thread;
                });
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        var pending = attachments.pendingTexts();
        if (!pending.isEmpty()) {
            LOG.info("Extracting the text of {} attached PDFs uploaded before the last stop", pending.size());
        }
        pending.forEach(this::extractLater);
    }

    /** Queues the attachment's extraction; when the queue is full it stays pending until the next start. */
    void extractLater(long attachmentId) {
        try {
            executor.execute(() -> extract(attachmentId));
        } catch (RejectedExecutionException e) {
            LOG.warn("Text extraction of attachment {} deferred to the next start: {} waiting", attachmentId,
                    executor.getQueue().size());
        }
    }

    /** Extracts now (on the caller's thread): the text, or none when the PDF cannot be read within bounds. */
    void extract(long attachmentId) {
        try {
            attachments.findById(attachmentId).filter(AttachmentRow::textPending).ifPresent(row -> {
                String text = text(row);
                attachments.fillText(row.id(), text);
                indexer.changed(row.exampleId());
            });
        } catch (RuntimeException e) {
            LOG.error("Text extraction of attachment {} failed; it stays pending", attachmentId, e);
        }
    }

    private String text(AttachmentRow row) {
        long started = System.nanoTime();
        try {
            String text = PdfText.extract(row.content(), limits);
            LOG.debug("Text of attachment {} extracted in {} ms", row.id(), (System.nanoTime() - started) / 1_000_000);
            return text;
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.info("No text extracted from attachment {} ({} bytes) after {} ms: {}", row.id(), row.sizeBytes(),
                    (System.nanoTime() - started) / 1_000_000, e.toString());
            return null;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
