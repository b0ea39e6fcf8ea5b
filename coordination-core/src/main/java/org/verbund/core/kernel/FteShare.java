package org.verbund.core.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Objects;

/** Staff positions as full-time equivalents ("2.5 Stellen"): not negative, at most two decimals; a string in JSON. */
public record FteShare(BigDecimal value) {

    public static final FteShare NONE = new FteShare(BigDecimal.ZERO);

    public FteShare {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            throw KernelRule.FTE_INVALID.violation("Staff positions are not negative and have at most two decimals: "
                                              + value);
        }
        value = value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FteShare of(String value) {
        return new FteShare(new BigDecimal(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
