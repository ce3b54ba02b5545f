package org.leadqualification.model;

/** The product plan of a free-trial or freemium account. */
public enum ProductPlan {
    FREE, TRIAL, PAID
}
