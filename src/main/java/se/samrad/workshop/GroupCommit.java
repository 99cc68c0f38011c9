package se.samrad.workshop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link EventLog}'s writer, one at a time per workshop and node: the first caller that finds no writer at work
 * writes everything waiting in one transaction (one log flush for many inputs), then publishes it in sequence order
 * and releases the callers, and goes on while more arrived meanwhile.
 * <ul>
 *   <li>One node: the inputs were checked and numbered as they arrived, and are stored with one INSERT. Should
 *       another node have taken their numbers after all (the unique key refuses them), they are written again as
 *       below, with the state rebuilt from what is stored.</li>
 *   <li>Several nodes: the writer locks the workshop's row ({@link EventStore#locked}), so no other node can store an
 *       event of it meanwhile, catches the state up with what the others stored, checks and numbers the inputs, and
 *       stores them. Numbering first and losing to the other node would cost a rebuild of the whole state for
 *       nearly every batch while both nodes write to one workshop.</li>
 * </ul>
 * When the database refuses otherwise, every input taken fails, to be retried by its client.
 */
final class GroupCommit {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private final EventLog log;
    private final EventStore store;
    private final WorkshopEventBus bus;

    GroupCommit(EventLog log, EventStore store, WorkshopEventBus bus) {
        this.log = log;
        this.store = store;
        this.bus = bus;
    }

    void write(LiveWorkshop l) {
        while (true) {
            List<LiveWorkshop.Pending> batch;
            List<LiveWorkshop.Queued> queued;
            l.lock.lock();
            try {
                if (log.finished(l)) {
                    return;
                }
                batch = new ArrayList<>(l.pending);
                queued = new ArrayList<>(l.queued);
                l.pending.clear();
                l.queued.clear();
            } finally {
                l.lock.unlock();
            }
            List<CompletableFuture<EventLog.Appended>> involved = new ArrayList<>();
            batch.forEach(p -> involved.add(p.stored()));
            queued.forEach(q -> involved.add(q.stored()));
            List<LiveWorkshop.Pending> stored;
            try {
                stored = queued.isEmpty() ? numbered(l, batch, involved) : locked(l, batch, queued, involved);
            } catch (RuntimeException e) {
                log.fail(l, involved, e);
                return;
            }
            for (LiveWorkshop.Pending p : stored) {
                publish(p.event());
                p.stored().complete(new EventLog.Appended(p.event(), false));
            }
        }
    }

    /** Inputs numbered as they arrived: one INSERT; written again under the lock when another node took a number. */
    private List<LiveWorkshop.Pending> numbered(LiveWorkshop l, List<LiveWorkshop.Pending> batch,
                                                List<CompletableFuture<EventLog.Appended>> involved) {
        try {
            store.insert(rows(batch));
            return batch;
        } catch (RuntimeException e) {
            if (!EventStore.isConflict(e)) {
                throw e;
            }
            return locked(l, batch, List.of(), involved);
        }
    }

    private List<LiveWorkshop.Pending> locked(LiveWorkshop l, List<LiveWorkshop.Pending> batch,
                                              List<LiveWorkshop.Queued> queued,
                                              List<CompletableFuture<EventLog.Appended>> involved) {
        return store.locked(l.workshopId, () -> {
            List<LiveWorkshop.Pending> numbered = log.admitAgain(l, batch, queued, involved);
            if (!numbered.isEmpty()) {
                store.insert(rows(numbered));
            }
            return numbered;
        });
    }

    private static List<EventRow> rows(List<LiveWorkshop.Pending> batch) {
        return batch.stream().map(LiveWorkshop.Pending::row).toList();
    }

    /**
     * Hands a stored event to the bus. Publishing may read the database (a relay filling a gap): if that fails, the
     * event is still acknowledged, since it is stored, and followers get it from the database on the next sweep; the
     * writer must never stop half-way, or the inputs after it would wait forever.
     */
    private void publish(WorkshopEvent event) {
        try {
            bus.publish(event);
        } catch (RuntimeException e) {
            LOG.warn("Workshop event {}:{} is stored but could not be published now; the sweep delivers it",
                    event.workshopId(), event.seq(), e);
        }
    }
}
