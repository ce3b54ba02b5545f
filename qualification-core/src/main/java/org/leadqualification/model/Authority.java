package org.leadqualification.model;

/** BANT authority: the person's role in the buying decision. */
public enum Authority {
    DECISION_MAKER, INFLUENCER, USER, NONE, UNKNOWN
}
