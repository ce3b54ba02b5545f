/**
 * Funnel analysis of leads with history: cohort and period conversion between funnel steps, velocity, lead-source
 * performance, engagement by stage, the signals of won and lost leads, score calibration of the current rules and the
 * marketing-sales SLA. Start with {@link org.leadqualification.funnel.FunnelAnalyzer#builder()}; the result is a
 * {@link org.leadqualification.funnel.FunnelReport}, rendered by {@link org.leadqualification.funnel.FunnelText},
 * {@link org.leadqualification.funnel.FunnelJson} and {@link org.leadqualification.funnel.FunnelHtml}.
 */
package org.leadqualification.funnel;
