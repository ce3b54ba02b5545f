package org.leadqualification.rules.likelihood;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.leadqualification.api.Location;

/** The model file: JSON, checked field by field so that each error names its JSON path. */
final class ModelJson {
    static final String FORMAT = "lead-qualification/likelihood-model";
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelJson() {
    }

    static String write(LikelihoodModel m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("intercept", m.intercept());
        ArrayNode fs = o.putArray("features");
        for (WeightedFeature wf : m.features()) {
            ObjectNode f = fs.addObject();
            Feature feature = wf.feature();
            f.put("name", feature.name());
            f.put("kind", feature.kind().name().toLowerCase(Locale.ROOT));
            f.put("key", feature.key());
            feature.category().ifPresent(c -> f.put("category", c));
            f.put("transform", feature.transform().name().toLowerCase(Locale.ROOT));
            f.put("center", wf.center());
            f.put("weight", wf.weight());
        }
        m.training().ifPresent(t -> {
            ObjectNode n = o.putObject("training");
            n.put("method", t.method());
            n.put("decisionInstant", t.decisionInstant());
            n.put("from", t.from().toString());
            n.put("to", t.to().toString());
            n.put("leads", t.leads());
            n.put("won", t.won());
            n.put("trainLeads", t.trainLeads());
            n.put("testFrom", t.testFrom().toString());
            n.put("testLeads", t.testLeads());
            n.put("l2", t.l2());
            n.put("folds", t.folds());
        });
        m.heldOut().ifPresent(e -> {
            ObjectNode n = o.putObject("heldOut");
            n.put("leads", e.leads());
            n.put("won", e.won());
            n.put("auc", e.auc());
            e.scoreAuc().ifPresent(a -> n.put("scoreAuc", a));
            n.put("logLoss", e.logLoss());
            n.put("brier", e.brier());
            n.put("topDecileLift", e.topDecileLift());
            ArrayNode cal = n.putArray("calibration");
            for (CalibrationBin b : e.calibration()) {
                ObjectNode c = cal.addObject();
                c.put("decile", b.decile());
                c.put("leads", b.leads());
                c.put("meanPredicted", b.meanPredicted());
                c.put("observed", b.observed());
            }
        });
        try {
            return MAPPER.writeValueAsString(o).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static LikelihoodModel read(String text, String source) {
        Reader r = new Reader(source);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new InvalidLikelihoodModelException(new Location.InFile(source, line, col), "",
                    "not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw r.fail("", "expected a likelihood model object, got " + describe(root));
        }
        r.fields(root, "", Set.of("format", "version", "intercept", "features", "training", "heldOut"));
        String format = r.text(root, "format", "");
        if (!FORMAT.equals(format)) {
            throw r.fail("format", "expected \"" + FORMAT + "\", got \"" + format + "\"");
        }
        long version = r.whole(root, "version", "");
        if (version != VERSION) {
            throw r.fail("version", "expected " + VERSION + " (this library reads version " + VERSION
                    + " model files), got " + version);
        }
        double intercept = r.number(root, "intercept", "");
        JsonNode fs = root.get("features");
        if (fs == null || !fs.isArray()) {
            throw r.fail("features", "expected an array of features, got " + describe(fs));
        }
        List<WeightedFeature> features = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            String p = "features[" + i + "]";
            JsonNode f = fs.get(i);
            if (!f.isObject()) {
                throw r.fail(p, "expected a feature object, got " + describe(f));
            }
            r.fields(f, p, Set.of("name", "kind", "key", "category", "transform", "center", "weight"));
            Feature.Kind kind = r.enumeration(f, "kind", p, Feature.Kind.class);
            String key = r.text(f, "key", p);
            Optional<String> category = f.has("category") ? Optional.of(r.text(f, "category", p)) : Optional.empty();
            Feature.Transform transform = f.has("transform")
                    ? r.enumeration(f, "transform", p, Feature.Transform.class) : Feature.Transform.NONE;
            Feature feature;
            try {
                feature = new Feature(kind, key, category, transform);
            } catch (IllegalArgumentException e) {
                throw r.fail(p, e.getMessage());
            }
            if (f.has("name") && !feature.name().equals(r.text(f, "name", p))) {
                throw r.fail(p + ".name", "expected \"" + feature.name() + "\" (from kind, key and category), got \""
                        + f.get("name").asText() + "\"");
            }
            for (int j = 0; j < features.size(); j++) {
                if (features.get(j).feature().name().equals(feature.name())) {
                    throw r.fail(p, "duplicate feature \"" + feature.name() + "\" (also features[" + j + "])");
                }
            }
            features.add(new WeightedFeature(feature, r.number(f, "center", p), r.number(f, "weight", p)));
        }
        Optional<Training> training = Optional.empty();
        JsonNode t = root.get("training");
        if (t != null) {
            String p = "training";
            r.object(t, p);
            r.fields(t, p, Set.of("method", "decisionInstant", "from", "to", "leads", "won", "trainLeads", "testFrom",
                    "testLeads", "l2", "folds"));
            try {
                training = Optional.of(new Training(r.text(t, "method", p), r.text(t, "decisionInstant", p),
                        r.instant(t, "from", p), r.instant(t, "to", p), r.whole(t, "leads", p), r.whole(t, "won", p),
                        r.whole(t, "trainLeads", p), r.instant(t, "testFrom", p), r.whole(t, "testLeads", p),
                        r.number(t, "l2", p), (int) r.whole(t, "folds", p)));
            } catch (IllegalArgumentException e) {
                throw r.fail(p, e.getMessage());
            }
        }
        Optional<Evaluation> heldOut = Optional.empty();
        JsonNode e = root.get("heldOut");
        if (e != null) {
            String p = "heldOut";
            r.object(e, p);
            r.fields(e, p, Set.of("leads", "won", "auc", "scoreAuc", "logLoss", "brier", "topDecileLift",
                    "calibration"));
            JsonNode cal = e.get("calibration");
            if (cal == null || !cal.isArray()) {
                throw r.fail(p + ".calibration", "expected an array of deciles, got " + describe(cal));
            }
            List<CalibrationBin> bins = new ArrayList<>();
            for (int i = 0; i < cal.size(); i++) {
                String cp = p + ".calibration[" + i + "]";
                JsonNode c = cal.get(i);
                r.object(c, cp);
                r.fields(c, cp, Set.of("decile", "leads", "meanPredicted", "observed"));
                try {
                    bins.add(new CalibrationBin((int) r.whole(c, "decile", cp), r.whole(c, "leads", cp),
                            r.number(c, "meanPredicted", cp), r.number(c, "observed", cp)));
                } catch (IllegalArgumentException x) {
                    throw r.fail(cp, x.getMessage());
                }
            }
            try {
                heldOut = Optional.of(new Evaluation(r.whole(e, "leads", p), r.whole(e, "won", p), r.number(e, "auc", p),
                        e.has("scoreAuc") ? OptionalDouble.of(r.number(e, "scoreAuc", p)) : OptionalDouble.empty(),
                        r.number(e, "logLoss", p), r.number(e, "brier", p), r.number(e, "topDecileLift", p), bins));
            } catch (IllegalArgumentException x) {
                throw r.fail(p, x.getMessage());
            }
        }
        return new LikelihoodModel(intercept, features, training, heldOut);
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "\"" + n.textValue() + "\"";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        return n.toString();
    }

    /** Reads fields, each failure an exception naming the file and the path. */
    private record Reader(String source) {
        InvalidLikelihoodModelException fail(String path, String message) {
            return new InvalidLikelihoodModelException(Location.InFile.of(source, 0), path, message, null);
        }

        static String at(String base, String field) {
            return base.isEmpty() ? field : base + "." + field;
        }

        void object(JsonNode n, String path) {
            if (!n.isObject()) {
                throw fail(path, "expected an object, got " + describe(n));
            }
        }

        void fields(JsonNode n, String base, Set<String> known) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!known.contains(name)) {
                    throw fail(at(base, name), "unknown field \"" + name + "\": expected one of "
                            + known.stream().sorted().toList());
                }
            }
        }

        JsonNode required(JsonNode n, String field, String base) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                throw fail(at(base, field), "missing required field");
            }
            return v;
        }

        String text(JsonNode n, String field, String base) {
            JsonNode v = required(n, field, base);
            if (!v.isTextual() || v.textValue().isBlank()) {
                throw fail(at(base, field), "expected a non-blank string, got " + describe(v));
            }
            return v.textValue();
        }

        double number(JsonNode n, String field, String base) {
            JsonNode v = required(n, field, base);
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw fail(at(base, field), "expected a finite number, got " + describe(v));
            }
            return v.doubleValue();
        }

        long whole(JsonNode n, String field, String base) {
            JsonNode v = required(n, field, base);
            if (!v.isIntegralNumber() || v.longValue() < 0) {
                throw fail(at(base, field), "expected a whole number >= 0, got " + describe(v));
            }
            return v.longValue();
        }

        Instant instant(JsonNode n, String field, String base) {
            String s = text(n, field, base);
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw fail(at(base, field), "expected an ISO-8601 instant such as 2026-01-01T00:00:00Z, got \"" + s
                        + "\"");
            }
        }

        <E extends Enum<E>> E enumeration(JsonNode n, String field, String base, Class<E> type) {
            String s = text(n, field, base);
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(s)) {
                    return e;
                }
            }
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name().toLowerCase(Locale.ROOT));
            }
            throw fail(at(base, field), "expected one of " + names + ", got \"" + s + "\"");
        }
    }
}
