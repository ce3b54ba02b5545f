package org.leadqualification.learn;

import java.time.Instant;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.likelihood.LeadSignals;

/**
 * One lead with an outcome, judged at its decision instant.
 *
 * @param lead     the lead as given, history and outcome included (never shown to the model)
 * @param created  its creation instant: the time order of the split
 * @param decision the instant it was judged at
 * @param won      whether it was won (else lost)
 * @param signals  what the model reads: the rules' points and the raw signals as of {@code decision}
 * @param score    the rules' score as of {@code decision}
 */
record Example(Lead lead, Instant created, Instant decision, boolean won, LeadSignals signals, int score) {
}
