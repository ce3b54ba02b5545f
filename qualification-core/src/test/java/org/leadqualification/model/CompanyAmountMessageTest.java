package org.leadqualification.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CompanyAmountMessageTest {

    @Test
    void negativeAmount_isShownPlainWhenShort() {
        assertThatThrownBy(() -> Company.builder().annualRevenue(new BigDecimal("-1E+3")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("annualRevenue must be >= 0, got -1000");
    }

    @Test
    void negativeAmountWithAHugeExponent_isShownInScientificNotation() {
        assertThatThrownBy(() -> Company.builder().fundingRaised(new BigDecimal("-1E+999999999")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fundingRaised must be >= 0, got -1E+999999999");
    }
}
