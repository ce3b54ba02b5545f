package org.leadqualification.regression;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link SuiteResult} as JUnit XML, the Ant / Surefire format CI servers read: a {@code <testsuites>}
 * root with one {@code <testsuite>} per scenario file (lead scenario files first, then account scenario files), one
 * {@code <testcase>} per scenario (name = scenario name, classname = file), a {@code <failure>} for an unmet
 * expectation and an {@code <error>} when the engine threw, each holding the full failure message.
 */
public final class JUnitXmlWriter {
    private JUnitXmlWriter() {
    }

    /**
     * @param result the results
     * @param file   where to write, replaced if it exists; missing parent folders are created
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(SuiteResult result, Path file) {
        Objects.requireNonNull(result, "result");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                write(result, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * @param result the results
     * @param out    where to write UTF-8 XML; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(SuiteResult result, OutputStream out) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(out, "out");
        Map<String, List<Case>> byFile = new LinkedHashMap<>();
        result.results().forEach(r -> byFile.computeIfAbsent(r.scenario().file(), f -> new ArrayList<>())
                .add(Case.of(r)));
        result.accountResults().forEach(r -> byFile.computeIfAbsent(r.scenario().file(), f -> new ArrayList<>())
                .add(Case.of(r)));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            counts(xml, byFile.values().stream().flatMap(List::stream).toList());
            for (Map.Entry<String, List<Case>> file : byFile.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", file.getKey());
                counts(xml, file.getValue());
                for (Case c : file.getValue()) {
                    testcase(xml, c);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write JUnit XML", e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A lead or an account scenario's result, as a test case.
     *
     * @param name         the scenario's name
     * @param file         its file
     * @param elapsed      how long judging took
     * @param error        what the engine threw, if it did
     * @param failure      the whole failure message, empty when the scenario passed
     * @param shortMessage the failure's one line: the unmet expectation, or how many there are
     */
    private record Case(String name, String file, Duration elapsed, Optional<Throwable> error,
                        Optional<String> failure, String shortMessage) {

        static Case of(ScenarioResult r) {
            return new Case(r.scenario().name(), r.scenario().file(), r.elapsed(), r.error(), r.failureMessage(),
                    r.unmet().size() == 1 ? r.unmet().get(0).toString() : r.unmet().size() + " unmet expectations");
        }

        static Case of(AccountScenarioResult r) {
            return new Case(r.scenario().name(), r.scenario().file(), r.elapsed(), r.error(), r.failureMessage(),
                    r.unmet().size() == 1 ? r.unmet().get(0) : r.unmet().size() + " unmet expectations");
        }
    }

    private static void counts(XMLStreamWriter xml, List<Case> cases) throws XMLStreamException {
        long errors = cases.stream().filter(c -> c.error().isPresent()).count();
        long failures = cases.stream().filter(c -> c.failure().isPresent()).count() - errors;
        xml.writeAttribute("tests", String.valueOf(cases.size()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", String.valueOf(errors));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(cases.stream().map(Case::elapsed).reduce(Duration.ZERO, Duration::plus)));
    }

    private static void testcase(XMLStreamWriter xml, Case c) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", c.name());
        xml.writeAttribute("classname", c.file());
        xml.writeAttribute("time", seconds(c.elapsed()));
        if (c.failure().isPresent()) {
            xml.writeCharacters("\n      ");
            if (c.error().isPresent()) {
                xml.writeStartElement("error");
                xml.writeAttribute("message", String.valueOf(c.error().get().getMessage()));
                xml.writeAttribute("type", c.error().get().getClass().getName());
            } else {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", c.shortMessage());
                xml.writeAttribute("type", AssertionError.class.getName());
            }
            xml.writeCharacters(c.failure().get());
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }
}
