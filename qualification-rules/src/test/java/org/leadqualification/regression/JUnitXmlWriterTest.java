package org.leadqualification.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML report parses back to the suite's names and counts. */
class JUnitXmlWriterTest {

    @Test
    void report_hasASuitePerFileACasePerScenarioAndTheFailures(@TempDir Path tmp) throws Exception {
        Path explodes = tmp.resolve("explodes.yaml");
        Files.writeString(explodes, """
                defaults: { asOf: "2026-11-01T00:00:00Z" }
                scenarios:
                  - name: explodes <&> "quoted"
                    lead: { id: L-1, attributes: { explode: true } }
                    expect: { stage: UNQUALIFIED }
                """);
        Path three = Path.of("src/test/resources/scenarios/junit/three.yaml");
        SuiteResult result = ScenarioRunner.of(new FakeQualifier()).run(ScenarioSuite.load(three, explodes));
        Path report = tmp.resolve("reports/TEST-scenarios.xml");

        JUnitXmlWriter.write(result, report);

        Document xml = parse(report);
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("4");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("1");

        List<Element> suites = elements(root.getElementsByTagName("testsuite"));
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly(three.toString(),
                explodes.toString());
        assertThat(suites.get(0).getAttribute("tests")).isEqualTo("3");
        assertThat(suites.get(0).getAttribute("failures")).isEqualTo("1");
        assertThat(suites.get(0).getAttribute("errors")).isEqualTo("0");

        List<Element> cases = elements(root.getElementsByTagName("testcase"));
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly("cold lead stays unqualified",
                "webinar attendee is an MQL", "webinar attendee is wrongly expected to be an SQL",
                "explodes <&> \"quoted\"");
        assertThat(cases).extracting(c -> c.getAttribute("classname")).containsExactly(three.toString(),
                three.toString(), three.toString(), explodes.toString());

        Element failure = (Element) cases.get(2).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("2 unmet expectations");
        assertThat(failure.getTextContent()).contains("stage: expected SQL, actual MQL", "Webinar attended");
        assertThat(cases.get(0).getElementsByTagName("failure").getLength()).isZero();

        Element error = (Element) cases.get(3).getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("type")).isEqualTo("org.leadqualification.api.JudgementException");
        assertThat(error.getTextContent()).contains("Exploding rule");
    }

    @Test
    void allPassing_hasNoFailureElements(@TempDir Path tmp) throws Exception {
        SuiteResult result = ScenarioRunner.of(new FakeQualifier())
                .run(ScenarioSuite.load(Path.of("src/test/resources/scenarios/valid")));
        Path report = tmp.resolve("ok.xml");

        JUnitXmlWriter.write(result, report);

        Document xml = parse(report);
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("9");
        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
        assertThat(xml.getElementsByTagName("error").getLength()).isZero();
        assertThat(Optional.of(xml.getElementsByTagName("testsuite").getLength())).contains(2);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(NodeList nodes) {
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

}
