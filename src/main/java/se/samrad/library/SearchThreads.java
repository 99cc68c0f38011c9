package se.samrad.library;

import se.samrad.platform.Futures;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Searches run on a pool of one platform thread per core. Requests arrive on a new virtual thread each, and
 * Lucene keeps each analyser's token streams per thread: on a fresh thread every query built them anew.
 * The pool also keeps no more searches running than there are cores.
 */
final class SearchThreads {

    private static final String PREFIX = "library-search-";

    private final ExecutorService pool = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name(PREFIX, 1).daemon(true).factory());

    <T> T run(Callable<T> work) {
        if (Thread.currentThread().getName().startsWith(PREFIX)) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while searching the library", e);
        } catch (ExecutionException e) {
            throw Futures.unwrapped(e.getCause());
        }
    }

    void shutdown() {
        pool.shutdown();
    }
}
