package press.serve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RangeRequestTest {
    private static final RangeRequest WHOLE = new RangeRequest.Whole();
    private static final RangeRequest NONE = new RangeRequest.Unsatisfiable();

    @Test
    void singleRanges() {
        assertEquals(new RangeRequest.Slice(0, 4), RangeRequest.parse("bytes=0-4", 10));
        assertEquals(new RangeRequest.Slice(5, 9), RangeRequest.parse("bytes=5-", 10));
        assertEquals(new RangeRequest.Slice(7, 9), RangeRequest.parse("bytes=-3", 10));
        assertEquals(new RangeRequest.Slice(0, 9), RangeRequest.parse("bytes=-30", 10));
        assertEquals(new RangeRequest.Slice(8, 9), RangeRequest.parse("bytes=8-100", 10));
        assertEquals(new RangeRequest.Slice(9, 9), RangeRequest.parse("Bytes=9-9", 10));
    }

    @Test
    void unsatisfiable() {
        assertEquals(NONE, RangeRequest.parse("bytes=10-", 10));
        assertEquals(NONE, RangeRequest.parse("bytes=10-20", 10));
        assertEquals(NONE, RangeRequest.parse("bytes=-0", 10));
        assertEquals(NONE, RangeRequest.parse("bytes=0-", 0));
    }

    @Test
    void ignoredMeansWholeBody() {
        assertEquals(WHOLE, RangeRequest.parse(null, 10));
        assertEquals(WHOLE, RangeRequest.parse("bytes=0-1,3-4", 10));
        assertEquals(WHOLE, RangeRequest.parse("bytes=5-2", 10));
        assertEquals(WHOLE, RangeRequest.parse("bytes=a-b", 10));
        assertEquals(WHOLE, RangeRequest.parse("items=0-1", 10));
        assertEquals(WHOLE, RangeRequest.parse("bytes=-", 10));
        assertEquals(WHOLE, RangeRequest.parse("bytes=99999999999999999999-", 10));
    }
}
