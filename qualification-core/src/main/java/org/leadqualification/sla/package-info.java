/**
 * The follow-up agreement between marketing and sales: what sales must do, and how soon, once a lead is recorded in
 * a stage. Start with {@link org.leadqualification.sla.SlaPolicy#builder()}; {@link
 * org.leadqualification.sla.SlaPolicy#evaluate} checks one lead as of an instant and {@link
 * org.leadqualification.sla.SlaPolicy#breaches} lists what is overdue now. Pure Java, no rule engine.
 */
package org.leadqualification.sla;
