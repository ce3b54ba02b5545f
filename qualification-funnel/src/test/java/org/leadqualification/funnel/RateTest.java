package org.leadqualification.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson score intervals checked against published table values. */
class RateTest {

    @Test
    void oneOfTwo() {
        Rate r = new Rate(1, 2);
        assertThat(r.value().getAsDouble()).isEqualTo(0.5);
        assertThat(r.low().getAsDouble()).isCloseTo(0.0945, within(1e-4));
        assertThat(r.high().getAsDouble()).isCloseTo(0.9055, within(1e-4));
    }

    @Test
    void zeroOfTen_hasAZeroLowAndAnUpperOfZSquaredOverNPlusZSquared() {
        Rate r = new Rate(0, 10);
        assertThat(r.low().getAsDouble()).isZero();
        assertThat(r.high().getAsDouble()).isCloseTo(3.8415 / 13.8415, within(1e-4));
    }

    @Test
    void sixOfSeven() {
        Rate r = new Rate(6, 7);
        assertThat(r.low().getAsDouble()).isCloseTo(0.4869, within(1e-4));
        assertThat(r.high().getAsDouble()).isCloseTo(0.9743, within(1e-4));
    }

    @Test
    void ofNone_hasNoValue() {
        assertThat(new Rate(0, 0).value()).isEmpty();
        assertThat(new Rate(0, 0).low()).isEmpty();
    }

    @Test
    void aCountAboveItsTotal_isRejected() {
        assertThatThrownBy(() -> new Rate(3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must be in 0..of, got 3 of 2");
    }
}
