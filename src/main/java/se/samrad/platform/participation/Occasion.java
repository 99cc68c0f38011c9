package se.samrad.platform.participation;

/**
 * Something people can be invited to take part in: a dialogue or a workshop of an organisation.
 *
 * @param kind      {@code DIALOGUE} or {@code WORKSHOP}
 * @param path      the public address without the invitation token, e.g. {@code /d/abc} or {@code /w/K7Q2}
 * @param anonymous answers are anonymous: an invitation link must never tie them to a person, so the link is
 *                  the public one and only <em>invited</em> is recorded
 * @param open      people can take part now or later (not closed, not ended)
 */
public record Occasion(String kind, long id, String title, String path, boolean anonymous, boolean open) {

    /** The personal link's path: the public address with the invitation token (none for an anonymous one). */
    public String personalPath(String token) {
        return anonymous ? path : path + "?invitation=" + token;
    }
}
