package org.careloop.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NpiTests {

    @Test
    void acceptsTenDigitsWithTheLuhnCheckDigitOverPrefix80840() {
        assertThat(Npi.valid("1234567893")).isTrue();
    }

    @Test
    void refusesAWrongCheckDigitAWrongLengthAndLetters() {
        assertThat(Npi.valid("1234567890")).isFalse();
        assertThat(Npi.valid("123456789")).isFalse();
        assertThat(Npi.valid("12345678934")).isFalse();
        assertThat(Npi.valid("12345678a3")).isFalse();
        assertThat(Npi.valid(null)).isFalse();
    }
}
