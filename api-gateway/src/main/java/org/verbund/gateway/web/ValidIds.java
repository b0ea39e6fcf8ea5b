package org.verbund.gateway.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.verbund.core.kernel.IdSyntax;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

/** A list of ids a client sends, each of them {@link ValidId}; at most {@link #MAX} of them. Null passes. */
@Documented
@Constraint(validatedBy = ValidIds.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIds {

    int MAX = 200;

    String message() default "must be at most 200 ids, each of 1 to 100 letters, digits and . _ : - "
                             + "(starting with a letter or digit)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidIds, Collection<? extends CharSequence>> {
        @Override
        public boolean isValid(Collection<? extends CharSequence> ids, ConstraintValidatorContext context) {
            return ids == null || (ids.size() <= MAX
                                   && ids.stream().allMatch(id -> id != null && IdSyntax.isValid(id.toString())));
        }
    }
}
