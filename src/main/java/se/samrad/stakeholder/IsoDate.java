package se.samrad.stakeholder;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Blank, or a real date written {@code yyyy-mm-dd} (what a date field sends); checked by {@link Constraints}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
public @interface IsoDate {
    String message() default "stakeholder.error.date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
