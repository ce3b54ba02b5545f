/**
 * The {@code qualify} command line, entry point {@link org.leadqualification.cli.Qualify}: {@code score} judges
 * leads read as JSON, {@code verify} runs rule scenario files, {@code impact} compares two rule sets on the same
 * leads. Built on the libraries' public API only, as any application would use them.
 */
package org.leadqualification.cli;
