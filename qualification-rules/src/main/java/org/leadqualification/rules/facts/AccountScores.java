package org.leadqualification.rules.facts;

/**
 * An account fact inserted once every account scoring rule has fired: the account's final scores, for the account
 * classification rules. Rules that match {@code AccountScores} may classify ({@code account.qualify(...)}) but no
 * longer add points.
 *
 * @param fit             account fit 0..100
 * @param engagement      account engagement 0..100
 * @param committee       buying-committee coverage 0..100
 * @param intent          account intent 0..100
 * @param score           the account score 0..100
 * @param engagedContacts how many contacts are engaged
 */
public record AccountScores(int fit, int engagement, int committee, int intent, int score, int engagedContacts) {
}
