package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.checkField;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * The profile's {@code likelihood}: the learned conversion likelihood model ({@code qualify learn}) the engine adds
 * to every result, so that a profile and its model travel together, e.g.
 * <pre>
 * likelihood:
 *   model: models/likelihood.json      # relative to this profile file; or classpath:com/acme/model.json
 * </pre>
 * A relative path is resolved against the directory of the profile file (for a classpath profile: against its
 * resource folder; for a profile given as a value: against the working directory). A model given to the engine's
 * builder ({@code RuleBasedQualifier.Builder.likelihoodModel}) takes precedence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class LikelihoodSettings {
    /** No model. */
    public static final LikelihoodSettings NONE = new LikelihoodSettings(null);

    private final String model;

    private LikelihoodSettings(String model) {
        this.model = model;
    }

    @JsonCreator
    static LikelihoodSettings of(@JsonProperty("model") String model) {
        if (model == null) {
            return NONE;
        }
        checkField("likelihood.model", !model.isBlank(), "likelihood.model must name a model file, or be left out");
        return new LikelihoodSettings(model.strip());
    }

    /**
     * @return the model file as written in the profile: a path, or {@code classpath:} and a resource name; empty
     *         when the profile names none
     */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    /** What the profile's JSON holds: the text, or nothing. */
    @JsonProperty("model")
    private String modelText() {
        return model;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LikelihoodSettings s && Objects.equals(model, s.model);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(model);
    }

    @Override
    public String toString() {
        return "likelihood{model=" + model + "}";
    }
}
