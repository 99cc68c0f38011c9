package se.samrad.platform.organisation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A unit with the units below it. */
@Serdeable
public record UnitNode(OrgUnit unit, List<UnitNode> children) {
}
