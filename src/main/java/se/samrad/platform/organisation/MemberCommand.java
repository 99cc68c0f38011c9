package se.samrad.platform.organisation;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;

/** Adding an organisation to a network, as its coordinator or not ({@code coordinator=yes}). */
@Introspected
record MemberCommand(@NotNull(message = "form.error.choose") Long organisationId, boolean coordinator) {
}
