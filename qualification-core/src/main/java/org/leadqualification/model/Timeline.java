package org.leadqualification.model;

/** BANT timeline: when the organisation expects to buy. */
public enum Timeline {
    IMMEDIATE, WITHIN_3_MONTHS, WITHIN_6_MONTHS, WITHIN_12_MONTHS, LONGER, NONE, UNKNOWN
}
