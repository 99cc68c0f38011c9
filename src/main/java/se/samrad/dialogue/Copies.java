package se.samrad.dialogue;

import java.util.List;
import java.util.Map;

/** Immutable copies for records read from JSON, where an empty map or list may have been left out (null). */
final class Copies {

    private Copies() {
    }

    static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
