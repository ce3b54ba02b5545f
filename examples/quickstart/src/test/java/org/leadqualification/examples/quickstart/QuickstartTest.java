package org.leadqualification.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuickstartTest {
    @Test
    void run_printsWhatTheReadmePromises() throws Exception {
        String line = Quickstart.run();
        assertThat(line).startsWith("SQL ").endsWith("Hand over to sales: book a discovery call");
        String readme = Files.readString(Path.of("..", "..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("// " + line + "\n");
    }
}
