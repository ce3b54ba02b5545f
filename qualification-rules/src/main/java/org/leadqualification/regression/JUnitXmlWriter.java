package org.leadqualification.regression;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link SuiteResult} as JUnit XML, the Ant / Surefire format CI servers read: a {@code <testsuites>}
 * root with one {@code <testsuite>} per scenario file, one {@code <testcase>} per scenario (name = scenario name,
 * classname = file), a {@code <failure>} for an unmet expectation and an {@code <error>} when the qualifier threw,
 * each holding the full failure message.
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
        Map<String, List<ScenarioResult>> byFile = new LinkedHashMap<>();
        result.results().forEach(r -> byFile.computeIfAbsent(r.scenario().file(), f -> new java.util.ArrayList<>())
                .add(r));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            counts(xml, result.results());
            for (Map.Entry<String, List<ScenarioResult>> file : byFile.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", file.getKey());
                counts(xml, file.getValue());
                for (ScenarioResult r : file.getValue()) {
                    testcase(xml, r);
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

    private static void counts(XMLStreamWriter xml, List<ScenarioResult> results) throws XMLStreamException {
        long errors = results.stream().filter(r -> r.error().isPresent()).count();
        long failures = results.stream().filter(r -> !r.passed()).count() - errors;
        xml.writeAttribute("tests", String.valueOf(results.size()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", String.valueOf(errors));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(results.stream().map(ScenarioResult::elapsed)
                .reduce(Duration.ZERO, Duration::plus)));
    }

    private static void testcase(XMLStreamWriter xml, ScenarioResult r) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", r.scenario().name());
        xml.writeAttribute("classname", r.scenario().file());
        xml.writeAttribute("time", seconds(r.elapsed()));
        if (!r.passed()) {
            String message = r.failureMessage().orElseThrow();
            xml.writeCharacters("\n      ");
            if (r.error().isPresent()) {
                xml.writeStartElement("error");
                xml.writeAttribute("message", String.valueOf(r.error().get().getMessage()));
                xml.writeAttribute("type", r.error().get().getClass().getName());
            } else {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", r.unmet().size() == 1 ? r.unmet().get(0).toString()
                        : r.unmet().size() + " unmet expectations");
                xml.writeAttribute("type", AssertionError.class.getName());
            }
            xml.writeCharacters(message);
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    }
}
