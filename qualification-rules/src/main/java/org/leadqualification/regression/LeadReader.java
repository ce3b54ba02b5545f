package org.leadqualification.regression;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.LeadError;
import org.leadqualification.model.Lead;

/**
 * The one place where scenario files turn lead JSON into a {@link Lead}.
 *
 * <p>INTERIM: until {@code org.leadqualification.json.LeadJson} lands on this branch, this maps with plain Jackson
 * databind; it is to be replaced by a call to {@code LeadJson} so that the project has one lead mapping.
 */
final class LeadReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private LeadReader() {
    }

    /**
     * @param lead the lead's JSON
     * @return the lead
     * @throws InvalidLeadException if the JSON is not a valid lead; its error names the JSON path
     */
    static Lead read(JsonNode lead) {
        try {
            return MAPPER.treeToValue(lead, Lead.class);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce("", String::concat);
            path = path.startsWith(".") ? path.substring(1) : path;
            Throwable root = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String message = root == e ? e.getOriginalMessage() : root.getMessage();
            Optional<String> id = Optional.ofNullable(lead.path("id").textValue());
            throw new InvalidLeadException(new LeadError(id, 0, Optional.of(path), message), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidLeadException(new LeadError(Optional.empty(), 0, Optional.empty(),
                    e.getOriginalMessage()), e);
        }
    }
}
