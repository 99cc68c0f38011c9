package se.samrad.platform.security;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A secret the server made for itself (base64url), shared by every node through the database. */
@MappedEntity("server_key")
public record ServerKey(@Id String name, String secret) {
}
