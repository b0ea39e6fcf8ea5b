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

/**
 * An id a client sends, in a path or a body: {@link IdSyntax} (1 to 100 letters, digits and {@code . _ : -}). Null
 * passes (say {@code @NotNull} where an id is required). The OpenAPI document shows its pattern
 * ({@link OpenApiConfiguration}).
 */
@Documented
@Constraint(validatedBy = ValidId.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidId {

    String message() default "must be an id of 1 to 100 letters, digits and . _ : - (starting with a letter or digit)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidId, CharSequence> {
        @Override
        public boolean isValid(CharSequence id, ConstraintValidatorContext context) {
            return id == null || IdSyntax.isValid(id.toString());
        }
    }
}
