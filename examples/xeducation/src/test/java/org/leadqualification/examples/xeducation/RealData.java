package org.leadqualification.examples.xeducation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real {@code Leads.csv} is: the {@code xeducation.csv} system property (the pom sets it to
 * {@code ../shared/datasets/x-education/Leads.csv} next to the checkout). The file is third-party data without a
 * licence, so it is not in this repository; a checkout without it skips the tests on real data, saying so.
 */
final class RealData {
    private RealData() {
    }

    static Path leadsCsv() {
        String property = System.getProperty("xeducation.csv", "");
        Path csv = property.isBlank() ? null : Path.of(property);
        assumeTrue(csv != null && Files.isRegularFile(csv),
                "X Education Leads.csv not found at '" + property + "': set -Dxeducation.csv=PATH to run this test");
        return csv;
    }
}
