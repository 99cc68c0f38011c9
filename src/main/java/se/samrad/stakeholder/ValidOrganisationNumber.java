package se.samrad.stakeholder;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Blank, or a valid organisationsnummer ({@link OrganisationNumber}); checked by {@link Constraints}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
public @interface ValidOrganisationNumber {
    String message() default "stakeholder.error.org-number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
