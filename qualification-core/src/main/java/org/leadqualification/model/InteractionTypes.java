package org.leadqualification.model;

import java.util.List;

/**
 * The interaction vocabulary of the wire format that the built-in rules know. {@link Interaction#type()} is a
 * free word, so teams may use types of their own; these constants only save typing and typos.
 */
public final class InteractionTypes {
    private InteractionTypes() {
    }

    // Awareness and engagement
    public static final String PAGE_VIEW = "PAGE_VIEW";
    public static final String BLOG_VIEW = "BLOG_VIEW";
    public static final String CONTENT_DOWNLOAD = "CONTENT_DOWNLOAD";
    public static final String NEWSLETTER_SIGNUP = "NEWSLETTER_SIGNUP";
    public static final String EMAIL_OPEN = "EMAIL_OPEN";
    public static final String EMAIL_CLICK = "EMAIL_CLICK";
    public static final String EMAIL_REPLY = "EMAIL_REPLY";
    public static final String SOCIAL_FOLLOW = "SOCIAL_FOLLOW";
    public static final String SOCIAL_ENGAGEMENT = "SOCIAL_ENGAGEMENT";
    public static final String WEBINAR_REGISTERED = "WEBINAR_REGISTERED";
    public static final String WEBINAR_ATTENDED = "WEBINAR_ATTENDED";
    public static final String EVENT_ATTENDED = "EVENT_ATTENDED";
    public static final String CHAT_CONVERSATION = "CHAT_CONVERSATION";
    public static final String FORM_SUBMIT = "FORM_SUBMIT";
    public static final String TOOL_USED = "TOOL_USED";
    // Buying intent
    public static final String PRICING_PAGE_VIEW = "PRICING_PAGE_VIEW";
    public static final String CASE_STUDY_VIEW = "CASE_STUDY_VIEW";
    public static final String COMPARISON_PAGE_VIEW = "COMPARISON_PAGE_VIEW";
    public static final String DEMO_REQUEST = "DEMO_REQUEST";
    public static final String DEMO_ATTENDED = "DEMO_ATTENDED";
    public static final String MEETING_BOOKED = "MEETING_BOOKED";
    public static final String CONTACT_SALES = "CONTACT_SALES";
    public static final String PRICING_INQUIRY = "PRICING_INQUIRY";
    public static final String QUOTE_REQUEST = "QUOTE_REQUEST";
    public static final String REFERRAL = "REFERRAL";
    // Product
    public static final String FREE_TRIAL_START = "FREE_TRIAL_START";
    public static final String PRODUCT_LOGIN = "PRODUCT_LOGIN";
    public static final String FEATURE_ACTIVATED = "FEATURE_ACTIVATED";
    public static final String TEAMMATE_INVITED = "TEAMMATE_INVITED";
    public static final String USAGE_LIMIT_REACHED = "USAGE_LIMIT_REACHED";
    public static final String UPGRADE_PAGE_VIEW = "UPGRADE_PAGE_VIEW";
    // Existing customers
    public static final String UPGRADE_INQUIRY = "UPGRADE_INQUIRY";
    public static final String ADD_ON_INTEREST = "ADD_ON_INTEREST";
    public static final String SUPPORT_TICKET = "SUPPORT_TICKET";
    // Negative
    public static final String EMAIL_BOUNCE = "EMAIL_BOUNCE";
    public static final String UNSUBSCRIBE = "UNSUBSCRIBE";
    public static final String SPAM_COMPLAINT = "SPAM_COMPLAINT";
    public static final String NOT_INTERESTED = "NOT_INTERESTED";
    public static final String CAREERS_PAGE_VIEW = "CAREERS_PAGE_VIEW";

    /** Every type above, in the order of the wire format. */
    public static final List<String> ALL = List.of(PAGE_VIEW, BLOG_VIEW, CONTENT_DOWNLOAD, NEWSLETTER_SIGNUP,
            EMAIL_OPEN, EMAIL_CLICK, EMAIL_REPLY, SOCIAL_FOLLOW, SOCIAL_ENGAGEMENT, WEBINAR_REGISTERED,
            WEBINAR_ATTENDED, EVENT_ATTENDED, CHAT_CONVERSATION, FORM_SUBMIT, TOOL_USED, PRICING_PAGE_VIEW,
            CASE_STUDY_VIEW, COMPARISON_PAGE_VIEW, DEMO_REQUEST, DEMO_ATTENDED, MEETING_BOOKED, CONTACT_SALES,
            PRICING_INQUIRY, QUOTE_REQUEST, REFERRAL, FREE_TRIAL_START, PRODUCT_LOGIN, FEATURE_ACTIVATED,
            TEAMMATE_INVITED, USAGE_LIMIT_REACHED, UPGRADE_PAGE_VIEW, UPGRADE_INQUIRY, ADD_ON_INTEREST,
            SUPPORT_TICKET, EMAIL_BOUNCE, UNSUBSCRIBE, SPAM_COMPLAINT, NOT_INTERESTED, CAREERS_PAGE_VIEW);
}
