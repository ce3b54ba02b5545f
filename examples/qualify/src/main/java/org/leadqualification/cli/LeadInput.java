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
     * @return the input, to close; a failure to read it is an {@link IOException} whose message names it
     *         ({@code cannot read leads.json: ...})
     * @throws InvalidInputException if the file does not exist or cannot be opened
     */
    static InputStream open(String file, InputStream stdin) {
        if (file == null || file.equals("-")) {
            return new Named(stdin, name(file), false); // standard input belongs to the process
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new InvalidInputException("cannot read leads from " + file + ": it is a folder, expected a file");
        }
        try {
            return new Named(Files.newInputStream(path), name(file), true);
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

    /**
     * An input whose read failures say what could not be read, so that they can be reported wherever they end up
     * (the JSON reader rethrows them unchecked).
     */
    private static final class Named extends FilterInputStream {
        private final String name;
        private final boolean close;

        Named(InputStream in, String name, boolean close) {
            super(in);
            this.name = name;
            this.close = close;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                if (close) {
                    super.close();
                }
            } catch (IOException e) {
                throw named(e);
            }
        }

        private IOException named(IOException e) {
            return new IOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** A user's mistake about the input, reported without a stack trace. */
    static final class InvalidInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidInputException(String message) {
            super(message, null, false, false);
        }
    }
}
