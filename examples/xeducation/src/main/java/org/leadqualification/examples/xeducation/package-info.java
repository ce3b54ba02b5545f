/**
 * A converter of the public X Education lead data ({@code Leads.csv}) into leads with won or lost outcomes, to run
 * the funnel report on real data. Entry point: {@link org.leadqualification.examples.xeducation.XEducation}; the
 * command line: {@link org.leadqualification.examples.xeducation.ConvertXEducation}.
 */
package org.leadqualification.examples.xeducation;
