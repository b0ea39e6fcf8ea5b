package org.verbund.core.kernel;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * One entry of a context's rule-code catalogue: a stable code a client may rely on and the kind of refusal it is.
 * Each context lists all its codes as constants of one class of its {@code api} package ({@code FundingRule},
 * {@code WorkshopRule}, ...), which its aggregates throw from ({@code FundingRule.X.violation(message)}) and which
 * the OpenAPI document and the README's error table are checked against.
 */
public record RuleCode(String code, RuleViolation.Kind kind) {

    public RuleViolation violation(String message) {
        return new RuleViolation(code, kind, message);
    }

    /** Every rule code a catalogue class declares as a public constant, in the order the JVM lists them. */
    public static List<RuleCode> catalogue(Class<?> catalogue) {
        return Arrays.stream(catalogue.getDeclaredFields())
                     .filter(field -> field.getType() == RuleCode.class && Modifier.isStatic(field.getModifiers())
                                      && Modifier.isPublic(field.getModifiers()))
                     .map(RuleCode::constant)
                     .toList();
    }

    private static RuleCode constant(Field field) {
        try {
            return (RuleCode) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read rule code " + field, e);
        }
    }
}
