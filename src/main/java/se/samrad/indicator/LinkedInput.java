package se.samrad.indicator;

import se.samrad.platform.input.InputChannel;

import java.util.Optional;

/** A workshop or dialogue started from an indicator as its page lists it; gathered is empty when it is gone. */
public record LinkedInput(String kind, InputLinkRow link, Optional<InputChannel.Gathered> gathered) {
}
