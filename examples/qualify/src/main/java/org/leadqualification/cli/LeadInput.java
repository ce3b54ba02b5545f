package org.leadqualification.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where leads are read from: a file, or standard input for {@code -} or no argument. */
final class LeadInput {
    private LeadInput() {
    }

    /**
     * @param file  the argument, {@code null} or {@code -} for standard input
     * @param stdin standard input; never closed here
     * @return the input, to close
     * @throws InvalidInputException if the file does not exist or cannot be opened
     */
    static InputStream open(String file, InputStream stdin) {
        if (file == null || file.equals("-")) {
            return new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input belongs to the process
                }
            };
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new InvalidInputException("cannot read leads from " + file + ": it is a folder, expected a file");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("cannot read leads from " + file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read leads from " + file + ": " + e.getMessage());
        }
    }

    /**
     * @param file the argument
     * @return how messages name it
     */
    static String name(String file) {
        return file == null || file.equals("-") ? "standard input" : file;
    }

    /** A user's mistake about the input, reported without a stack trace. */
    static final class InvalidInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidInputException(String message) {
            super(message, null, false, false);
        }
    }
}
