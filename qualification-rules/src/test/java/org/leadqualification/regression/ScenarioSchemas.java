package org.leadqualification.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What the two schema tests (lead and account scenario files) share: the schema resources and the loaders' errors. */
final class ScenarioSchemas {
    private ScenarioSchemas() {
    }

    /**
     * @param name the schema's file name next to the regression classes, e.g. {@code scenarios.schema.json}
     * @return the schema (draft 2020-12)
     */
    static JsonSchema load(String name) {
        try (InputStream in = ScenarioSchemas.class.getResourceAsStream("/org/leadqualification/regression/" + name)) {
            assertThat(in).as("schema resource " + name).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * @param what  the file, for the failure message
     * @param load  loads it, and must throw
     * @return the problems the loader reported, as {@code file:line:column: message}
     */
    static List<String> problems(Object what, ThrowingCallable load) {
        ScenarioLoadException e = catchThrowableOfType(ScenarioLoadException.class, load);
        assertThat(e).as("the loader rejects " + what).isNotNull();
        return e.problems().stream().map(ScenarioLoadException.Problem::toString).toList();
    }
}
