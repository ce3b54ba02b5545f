package org.leadqualification.result;

/** The fit grade against the ideal customer profile: {@code A} is the best fit, {@code F} no fit. */
public enum Grade {
    A, B, C, D, F
}
