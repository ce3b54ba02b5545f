package org.leadqualification.model;

/** BANT budget: is money available for the purchase. */
public enum Budget {
    CONFIRMED, PLANNED, NONE, UNKNOWN
}
