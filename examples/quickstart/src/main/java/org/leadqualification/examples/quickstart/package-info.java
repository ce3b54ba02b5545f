/** The README's first snippet as a runnable program: {@link org.leadqualification.examples.quickstart.Quickstart}. */
package org.leadqualification.examples.quickstart;
