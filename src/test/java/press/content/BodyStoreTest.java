package press.content;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyStoreTest {
    @Test
    void eachBodyReadsBackAsWrittenFromManyThreads() {
        BodyStore store = BodyStore.open();
        List<String> bodies = IntStream.range(0, 2000).mapToObj(i -> "<p>body " + i + " ünïcödé " + "x".repeat(i % 97) + "</p>").toList();
        List<Supplier<String>> kept = new ArrayList<>(bodies.parallelStream().map(store::put).toList());
        IntStream.range(0, bodies.size()).parallel().forEach(i -> assertEquals(bodies.get(i), kept.get(i).get()));
        assertEquals(bodies.get(7), kept.get(7).get(), "read as often as asked");
        assertEquals("", store.put("").get());
    }
}
