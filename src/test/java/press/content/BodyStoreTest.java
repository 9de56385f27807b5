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

    /** The store exists so that bodies are not on the heap: what it hands back holds where they are, not a copy. */
    @Test
    void whatItHandsBackHoldsNoCopyOfTheBytes() throws Exception {
        BodyStore store = BodyStore.open();
        for (Object kept : List.<Object>of(store.put("x".repeat(100_000)), store.keep(new byte[50_000]))) {
            for (java.lang.reflect.Field f : kept.getClass().getDeclaredFields()) {
                f.setAccessible(true);
                Object v = f.get(kept);
                org.junit.jupiter.api.Assertions.assertFalse(v instanceof byte[] || v instanceof String, "holds its bytes in " + f);
            }
        }
    }
}
