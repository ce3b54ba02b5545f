package org.leadqualification.model;

/** BANT need: does the organisation have the problem the product solves. */
public enum Need {
    CONFIRMED, IDENTIFIED, NONE, UNKNOWN
}
