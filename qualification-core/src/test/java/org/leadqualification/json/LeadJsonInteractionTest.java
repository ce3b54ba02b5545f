package org.leadqualification.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.model.Channel;
import org.leadqualification.model.Interaction;

/** One interaction on its own, as a stream carries it: read and written like an element of a lead's interactions. */
class LeadJsonInteractionTest {
    private final LeadJson json = LeadJson.standard();

    @Test
    void readInteraction_readsEveryField() {
        Interaction i = json.readInteraction("{\"type\":\"demo_request\",\"at\":\"2026-10-20T15:12:00+02:00\","
                + "\"channel\":\"website\",\"detail\":\"pricing\",\"attributes\":{\"utm\":\"q4\",\"n\":2}}");

        assertThat(i.type()).isEqualTo("DEMO_REQUEST");
        assertThat(i.at()).isEqualTo(Instant.parse("2026-10-20T13:12:00Z"));
        assertThat(i.channel()).contains(Channel.WEBSITE);
        assertThat(i.detail()).contains("pricing");
        assertThat(i.attributes()).containsEntry("utm", "q4").containsKey("n");
    }

    @Test
    void writeInteraction_readsBackEqual() throws IOException {
        Interaction i = Interaction.of("EMAIL_CLICK", Instant.parse("2026-10-01T09:30:00Z"), Channel.EMAIL)
                .withDetail("newsletter-42").withAttributes(Map.of("link", "pricing"));

        String text = json.writeInteraction(i);

        assertThat(text).isEqualTo("{\"type\":\"EMAIL_CLICK\",\"at\":\"2026-10-01T09:30:00Z\",\"channel\":\"EMAIL\","
                + "\"detail\":\"newsletter-42\",\"attributes\":{\"link\":\"pricing\"}}");
        assertThat(json.readInteraction(text)).isEqualTo(i);
        assertThat(json.readInteraction(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(i);
    }

    @Test
    void readInteraction_badInstant_namesThePathInTheInteraction() {
        assertThatThrownBy(() -> json.readInteraction("{\"type\":\"DEMO_REQUEST\",\"at\":\"yesterday\"}"))
                .isInstanceOfSatisfying(InvalidLeadException.class, e -> {
                    assertThat(e.error().leadId()).isEmpty();
                    assertThat(e.error().path()).contains("at");
                    assertThat(e.error().message()).contains("ISO-8601").contains("\"yesterday\"");
                });
    }

    @Test
    void readInteraction_unknownField_isAnError() {
        assertThatThrownBy(() -> json.readInteraction("{\"type\":\"DEMO_REQUEST\",\"at\":\"2026-10-01T09:30:00Z\","
                + "\"chanel\":\"EMAIL\"}"))
                .isInstanceOfSatisfying(InvalidLeadException.class,
                        e -> assertThat(e.error().path()).isEqualTo(Optional.of("chanel")));
    }

    @Test
    void readInteraction_missingType_andNotJson_areErrors() {
        assertThatThrownBy(() -> json.readInteraction("{\"at\":\"2026-10-01T09:30:00Z\"}"))
                .isInstanceOfSatisfying(InvalidLeadException.class,
                        e -> assertThat(e.error().path()).contains("type"));
        assertThatThrownBy(() -> json.readInteraction("not json"))
                .isInstanceOf(InvalidLeadException.class);
    }
}
