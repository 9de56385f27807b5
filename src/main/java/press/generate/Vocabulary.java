package press.generate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The words posts are made of, read from {@code vocabulary.yaml} beside this class. */
record Vocabulary(
        List<Stack> stacks,
        List<Topic> topics,
        List<String> tags,
        List<String> scenarios,
        List<String> titleTemplates,
        List<String> intros,
        List<Section> sections,
        List<String> suffixes,
        List<List<String>> checklists,
        Map<String, List<String>> code,
        List<String> finalNotes,
        List<String> notes,
        List<String> imageIds,
        List<String> revisionStatus,
        List<String> difficulty) {

    /** A stack, its area, the stacks often used with it, its tools and its code language. */
    record Stack(String name, String area, List<String> related, List<String> tools, String language) {}

    /** A problem posts solve, its core tags, and the stacks it is usually written for (most common first). */
    record Topic(String name, List<String> tags, List<String> stacks) {}

    record Section(String name, List<String> paragraphs) {}

    static Vocabulary load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.yaml")) {
            if (in == null) throw new IllegalStateException("vocabulary.yaml is missing from the classpath");
            return yaml.readValue(in, Vocabulary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("vocabulary.yaml is unreadable", e);
        }
    }

    Stack stack(String name) {
        return stacks.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("vocabulary.yaml: unknown stack '" + name + "'"));
    }
}
