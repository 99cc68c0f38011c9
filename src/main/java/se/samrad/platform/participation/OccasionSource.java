package se.samrad.platform.participation;

import java.util.List;
import java.util.Optional;

/** A capability whose dialogues or workshops staff can invite people to (implemented by dialogue and workshop). */
public interface OccasionSource {

    /** {@code DIALOGUE} or {@code WORKSHOP}. */
    String kind();

    /** The organisation's occasions people can take part in now or later, titles in the language asked for. */
    List<Occasion> open(long organisationId, String lang);

    /** One of the organisation's occasions (of any state), or empty when it has none with that id. */
    Optional<Occasion> find(long organisationId, long id, String lang);
}
