package se.samrad.platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread, with its failure thrown as it was thrown there. */
public final class Futures {

    private Futures() {
    }

    /** The future's value; its failure rethrown unwrapped (a runtime exception or error as is). */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw unwrapped(e.getCause() == null ? e : e.getCause());
        }
    }

    /**
     * What to throw for a failure that happened on another thread: a runtime exception as it is, an error thrown
     * (so this never returns for one), anything else wrapped.
     */
    public static RuntimeException unwrapped(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
