package se.samrad.goals;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.TreeMap;

/** What a write to the catalogue changed, counted per kind of thing ("target", "title", ...). */
@Serdeable
public final class ChangeReport {

    private final Map<String, Integer> added = new TreeMap<>();
    private final Map<String, Integer> updated = new TreeMap<>();

    void added(String what) {
        added.merge(what, 1, Integer::sum);
    }

    void updated(String what) {
        updated.merge(what, 1, Integer::sum);
    }

    public Map<String, Integer> getAdded() {
        return added;
    }

    public Map<String, Integer> getUpdated() {
        return updated;
    }

    public boolean isEmpty() {
        return added.isEmpty() && updated.isEmpty();
    }

    @Override
    public String toString() {
        return "added " + added + ", updated " + updated;
    }
}
