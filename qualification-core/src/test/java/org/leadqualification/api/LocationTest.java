package org.leadqualification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void inFile_describesFileLineAndColumn_leavingOutWhatIsUnknown() {
        assertThat(new Location.InFile("rules/ours.drl", 12, 5).describe()).isEqualTo("rules/ours.drl:12:5");
        assertThat(Location.InFile.of("rules/ours.drl", 12).describe()).isEqualTo("rules/ours.drl:12");
        assertThat(new Location.InFile("profile.yaml", 0, 7).describe()).isEqualTo("profile.yaml");
        assertThat(new Location.InFile("x.drl", -3, -1)).isEqualTo(new Location.InFile("x.drl", 0, 0));
    }

    @Test
    void inLead_describesIdIndexAndPath() {
        assertThat(new Location.InLead(Optional.of("L-7"), 6, Optional.of("interactions[3].at")).describe())
                .isEqualTo("lead \"L-7\" (#6) at interactions[3].at");
        assertThat(new Location.InLead(Optional.empty(), 2, Optional.of("")).describe()).isEqualTo("lead #2");
        assertThatThrownBy(() -> new Location.InLead(Optional.empty(), -1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index must be >= 0, got -1");
    }

    @Test
    void leadError_sharesTheLocationType() {
        LeadError error = new LeadError(Optional.of("L-7"), 6, Optional.of("id"), "duplicate id");
        assertThat(error.location()).isEqualTo(new Location.InLead(Optional.of("L-7"), 6, Optional.of("id")));
        assertThat(LeadError.at(error.location(), "duplicate id")).isEqualTo(error);
        assertThat(error.describe()).isEqualTo("lead \"L-7\" (#6) at id: duplicate id");
    }

    @Test
    void invalidLeadException_keepsItsErrorAcrossSerialization() throws Exception {
        LeadError error = new LeadError(Optional.of("L-7"), 6, Optional.of("interactions[3].at"), "not an instant");
        InvalidLeadException copy = roundTrip(new InvalidLeadException(error, null));
        assertThat(copy.error()).isEqualTo(error);
        assertThat(copy.getMessage()).isEqualTo(error.describe());
        assertThat(roundTrip(new Location.InFile("a.drl", 3, 4))).isEqualTo(new Location.InFile("a.drl", 3, 4));
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
