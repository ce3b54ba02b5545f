package org.leadqualification.model;

/** The channel an interaction happened on. */
public enum Channel {
    WEBSITE, EMAIL, SOCIAL, CHAT, PHONE, EVENT, PRODUCT, SALES, OTHER
}
