package se.samrad.stakeholder;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

/** The validators of the register's own constraints (Micronaut finds them as beans, without reflection). */
@Factory
class Constraints {

    @Singleton
    ConstraintValidator<ValidOrganisationNumber, String> organisationNumber() {
        return (value, annotation, context) -> value == null || value.isBlank() || OrganisationNumber.isValid(value);
    }

    @Singleton
    ConstraintValidator<IsoDate, String> isoDate() {
        return (value, annotation, context) -> value == null || value.isBlank() || Dates.parse(value) != null;
    }
}
