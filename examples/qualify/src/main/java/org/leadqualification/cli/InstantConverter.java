package org.leadqualification.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads {@code --as-of}: an ISO-8601 instant with {@code Z} or an offset. */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected an ISO-8601 instant with Z or an offset, "
                    + "such as 2026-11-01T00:00:00Z, got '" + value + "'");
        }
    }
}
