package se.samrad.goals;

import java.util.List;

/**
 * Where an organisation's prioritised targets come from (today the relevance assessment's latest round), so that
 * a capability can suggest them (a consequence case's targets) without knowing who prioritised them.
 */
public interface PrioritisedTargetSource {

    /** The goal element ids the organisation prioritised most recently; empty when it has not. */
    List<Long> prioritised(long organisationId);
}
