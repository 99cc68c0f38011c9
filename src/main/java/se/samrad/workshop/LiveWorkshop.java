package se.samrad.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/** {@link EventLog}'s bookkeeping for one workshop: its state and the inputs waiting for the writer. */
final class LiveWorkshop {

    final long workshopId;
    final ReentrantLock lock = new ReentrantLock();
    WorkshopState state;
    /** Applied to the state, not yet in the database: written together by one writer at a time. */
    final List<Pending> pending = new ArrayList<>();
    /**
     * With several nodes: asked for, not yet checked or numbered; the writer does both under the workshop's lock in
     * the database, against a state caught up with what every node stored.
     */
    final List<Queued> queued = new ArrayList<>();
    boolean writing;
    /** Another node stored events this state has not seen yet: catch up once nothing is pending. */
    boolean behind;

    LiveWorkshop(long workshopId) {
        this.workshopId = workshopId;
    }

    /** What a caller asked to append, kept until it is stored so that it can be checked again after a conflict. */
    record Request(EventType type, Long activityId, String author, String name, String clientId,
                   Map<String, Object> data, Consumer<WorkshopState> check) {
        String submission() {
            return author + ' ' + clientId;
        }
    }

    record Pending(Request request, WorkshopEvent event, EventRow row, CompletableFuture<EventLog.Appended> stored) {
    }

    record Queued(Request request, CompletableFuture<EventLog.Appended> stored) {
    }
}
