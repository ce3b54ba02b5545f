package org.leadqualification.json.internal;

import static org.leadqualification.json.internal.JsonValues.count;
import static org.leadqualification.json.internal.JsonValues.intCount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.leadqualification.model.ProductPlan;
import org.leadqualification.model.ProductUsage;

/** {@link ProductUsage} on the wire; a {@code false} {@code usageLimitReached} is left out. Stateless. */
final class ProductUsageMapper {
    private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class);

    /** The wire fields of product usage, in the order of the spec. */
    enum Field implements WireField {
        PLAN, SIGNED_UP_AT, ACTIVE_DAYS, SEATS,
        KEY_FEATURES_USED, USAGE_LIMIT_REACHED;
    }

    private ProductUsageMapper() {
    }

    static ProductUsage read(JsonNode node, String path) throws Problem {
        JsonValues.object(node, path, "an object with the product usage");
        FIELDS.check(node, path);
        Optional<ProductPlan> plan = JsonValues.enumeration(node, Field.PLAN, path, ProductPlan.class);
        if (plan.isEmpty()) {
            throw JsonValues.missing(Problem.field(path, Field.PLAN.wire()), JsonValues.expectedOneOf(ProductPlan.class));
        }
        List<String> features = JsonValues.strings(node.get(Field.KEY_FEATURES_USED.wire()),
                Problem.field(path, Field.KEY_FEATURES_USED.wire()));
        boolean limitReached = JsonValues.bool(node, Field.USAGE_LIMIT_REACHED, path);
        try {
            return new ProductUsage(plan.get(), InstantMapper.read(node, Field.SIGNED_UP_AT, path),
                    intCount(node, Field.ACTIVE_DAYS, path), intCount(node, Field.SEATS, path), features,
                    limitReached);
        } catch (IllegalArgumentException e) {
            throw new Problem(path, e.getMessage());
        }
    }

    static ObjectNode write(ProductUsage p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(Field.PLAN.wire(), p.plan().name());
        InstantMapper.write(o, Field.SIGNED_UP_AT, p.signedUpAt());
        count(o, Field.ACTIVE_DAYS, p.activeDays());
        count(o, Field.SEATS, p.seats());
        JsonValues.strings(o, Field.KEY_FEATURES_USED, p.keyFeaturesUsed());
        if (p.usageLimitReached()) {
            o.put(Field.USAGE_LIMIT_REACHED.wire(), true);
        }
        return o;
    }
}
