package se.samrad.workshop;

import java.util.Map;

/** A chat: lines of text. */
final class ChatType implements ActivityType {

    @Override
    public ActivityKind kind() {
        return ActivityKind.CHAT;
    }

    @Override
    public Map<EventType, InputReader> inputs() {
        return Map.of(EventType.CHAT, Inputs.TEXT);
    }

    @Override
    public boolean hasItems() {
        return true;
    }

    @Override
    public void check(ActivityState activity, String author, EventType type, Map<String, Object> data) {
        Inputs.text(data, Inputs.MAX_TEXT);
    }
}
