package org.verbund.core.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void isExactToTheCentAndRefusesMoreDecimals() {
        assertThat(Money.of("75830").toString()).isEqualTo("75830.00");
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("1.500")).isEqualTo(Money.of("1.50"));
        assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundsOnlyWhenMultipliedAndThenHalfUp() {
        assertThat(Money.of("2457.50").times(new BigDecimal("0.70"))).isEqualTo(Money.of("1720.25"));
        assertThat(Money.of("0.05").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.03"));
        assertThat(Money.of("0.05").times(new BigDecimal("-0.5"))).isEqualTo(Money.of("-0.03"));
    }

    @Test
    void isADecimalStringInJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(Money.of("9483567.68"))).isEqualTo("\"9483567.68\"");
        assertThat(json.readValue("\"12574515.91\"", Money.class)).isEqualTo(Money.of("12574515.91"));
    }
}
