package org.leadqualification.rules.profile;

import static org.leadqualification.rules.profile.ProfileChecks.checkField;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;
import java.util.OptionalDouble;
import org.leadqualification.result.Grade;

/**
 * The profile's {@code classification.mql}: marketing-qualified criteria.
 *
 * @param minScore      lowest unidimensional score
 * @param recentDays    positive engagement within this many days
 * @param minGrade      worst fit grade allowed
 * @param minLikelihood when set, a lead whose learned conversion likelihood (from a likelihood model given to the
 *                      engine) is at or over it is marketing-qualified too; unset by default
 */
public record Mql(int minScore, int recentDays, Grade minGrade, OptionalDouble minLikelihood) {

    /**
     * @throws NullPointerException     if {@code minGrade} is null
     * @throws IllegalArgumentException if {@code minLikelihood} is set outside 0..1
     */
    public Mql {
        Objects.requireNonNull(minGrade, "minGrade");
        minLikelihood = minLikelihood == null ? OptionalDouble.empty() : minLikelihood;
        minLikelihood.ifPresent(v -> checkField("classification.mql.minLikelihood", v >= 0 && v <= 1,
                "classification.mql.minLikelihood must be in 0..1, got %s", v));
    }

    @JsonCreator
    static Mql of(@JsonProperty("minScore") int minScore, @JsonProperty("recentDays") int recentDays,
                  @JsonProperty("minGrade") Grade minGrade, @JsonProperty("minLikelihood") Double minLikelihood) {
        return new Mql(minScore, recentDays, minGrade,
                minLikelihood == null ? OptionalDouble.empty() : OptionalDouble.of(minLikelihood));
    }

    @Override
    @JsonProperty("minLikelihood")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonSerialize(using = NumberOrNothing.class)
    public OptionalDouble minLikelihood() {
        return minLikelihood;
    }

    /** Writes a set threshold as a plain number; an unset one is left out (it is "empty"). */
    static final class NumberOrNothing extends StdSerializer<OptionalDouble> {
        private static final long serialVersionUID = 1L;

        NumberOrNothing() {
            super(OptionalDouble.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, OptionalDouble value) {
            return value == null || value.isEmpty();
        }

        @Override
        public void serialize(OptionalDouble value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            if (value.isPresent()) {
                gen.writeNumber(value.getAsDouble());
            } else {
                gen.writeNull();
            }
        }
    }
}
