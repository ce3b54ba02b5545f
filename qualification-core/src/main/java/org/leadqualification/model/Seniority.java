package org.leadqualification.model;

/** How senior a person is in their organisation. */
public enum Seniority {
    EXECUTIVE, VP, DIRECTOR, MANAGER, INDIVIDUAL_CONTRIBUTOR, STUDENT, OTHER
}
