package se.samrad.platform.web;

/**
 * A command whose fields are checked together (consent needs its date; a period cannot end before it starts),
 * after each field's own constraints. Micronaut validates a record's components, not derived methods, so these
 * checks are plain code that adds its errors at the field they concern.
 */
public interface CrossChecked {

    void check(FormErrors errors);
}
