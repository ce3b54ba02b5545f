/**
 * The rule author's vocabulary: the facts that rule files match and the {@code score} global they write to. This
 * package is a contract: DRL names these types as text, so they keep their names and package.
 *
 * <ul>
 *   <li>{@link org.leadqualification.rules.facts.Activity}: one per interaction type the lead has, folded and
 *       decayed up to the as-of instant;</li>
 *   <li>{@link org.leadqualification.rules.facts.Recency}: days since the last engagement, creation and product
 *       activity;</li>
 *   <li>{@link org.leadqualification.rules.facts.Scores}: the final scores, inserted once every scoring rule has
 *       fired, for classification rules;</li>
 *   <li>{@link org.leadqualification.rules.facts.Scorecard}: the {@code score} global.</li>
 * </ul>
 *
 * <p>Account rules ({@code AccountQualifier}, built-in {@code account.drl}) match
 * {@link org.leadqualification.rules.facts.Contact} (one per judged contact),
 * {@link org.leadqualification.rules.facts.AccountSummary} (one per account) and, once scoring is over,
 * {@link org.leadqualification.rules.facts.AccountScores}; they write to the {@code account} global, an
 * {@link org.leadqualification.rules.facts.AccountScorecard}.
 *
 * <p>Besides these, rules match {@link org.leadqualification.model.Lead} (and, if they need single interactions,
 * {@link org.leadqualification.model.Interaction}), {@link org.leadqualification.sla.SlaBreach} (one per follow-up
 * deadline of the profile's {@code sla} the lead is past) and read the {@code profile} global, a
 * {@link org.leadqualification.rules.profile.ScoringProfile}. A rule file starts:
 *
 * <pre>
 * import org.leadqualification.model.*;
 * import org.leadqualification.result.Dimension;
 * import org.leadqualification.result.Stage;
 * import org.leadqualification.rules.facts.*;
 * import org.leadqualification.rules.profile.ScoringProfile;
 *
 * global Scorecard score;
 * global ScoringProfile profile;
 * </pre>
 */
package org.leadqualification.rules.facts;
