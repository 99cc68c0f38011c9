package se.samrad.platform.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.samrad.platform.security.Role;

/** One role held by an account. */
@MappedEntity("account_role")
public record AccountRole(@Id @GeneratedValue @Nullable Long id, Long accountId, Role role) {
}
