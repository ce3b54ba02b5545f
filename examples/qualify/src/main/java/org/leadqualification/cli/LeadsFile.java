package org.leadqualification.cli;

import java.io.InputStream;
import picocli.CommandLine.Parameters;

/** The optional leads argument, shared by {@code score}, {@code accounts} and {@code funnel}. */
final class LeadsFile {

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The leads: a JSON array or JSON Lines; '-' or nothing reads standard input.")
    private String file;

    /**
     * @param stdin standard input, read for {@code -} or no argument; never closed here
     * @return the leads, to close
     * @throws LeadInput.InvalidInputException if the file does not exist or cannot be opened
     */
    InputStream open(InputStream stdin) {
        return LeadInput.open(file, stdin);
    }
}
