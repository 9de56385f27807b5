package press.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Block-style YAML exactly as {@code shared/bench/gen_content.py} writes it: strings JSON-quoted
 * (a valid YAML double-quoted scalar), numbers and booleans bare, times as {@code 2019-03-04T10:20:00Z},
 * lists of maps as {@code - key: value} items. Handles just the shapes the synthesizer makes.
 */
final class GeneratedFrontMatter {
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private GeneratedFrontMatter() {}

    static void write(StringBuilder out, Map<String, ?> map, int indent) {
        String pad = " ".repeat(indent);
        for (Map.Entry<String, ?> e : map.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m) {
                out.append(pad).append(e.getKey()).append(":\n");
                write(out, cast(m), indent + 2);
            } else if (v instanceof List<?> list && list.isEmpty()) {
                out.append(pad).append(e.getKey()).append(": []\n");
            } else if (v instanceof List<?> list) {
                out.append(pad).append(e.getKey()).append(":\n");
                for (Object item : list) {
                    if (item instanceof Map<?, ?> m) {
                        String prefix = pad + "  - ";
                        for (Map.Entry<String, ?> ie : cast(m).entrySet()) {
                            out.append(prefix).append(ie.getKey()).append(": ").append(scalar(ie.getValue())).append('\n');
                            prefix = pad + "    ";
                        }
                    } else {
                        out.append(pad).append("  - ").append(scalar(item)).append('\n');
                    }
                }
            } else {
                out.append(pad).append(e.getKey()).append(": ").append(scalar(v)).append('\n');
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> m) {
        return (Map<String, ?>) m;
    }

    static String scalar(Object v) {
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) return v.toString();
        if (v instanceof OffsetDateTime t) return TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
        try {
            return JSON.writeValueAsString(v.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
