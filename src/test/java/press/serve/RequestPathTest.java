package press.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestPathTest {
    @Test
    void decodesOnceAfterSplitting() throws Refusal {
        assertEquals(List.of("a b", "ü.html"), RequestPath.decode("/a%20b/%C3%BC.html").segments());
        assertEquals(List.of("%2f"), RequestPath.decode("/%252f").segments(), "double encoding stays literal");
        assertEquals(List.of("posts", "x"), RequestPath.decode("/posts//x").segments());
        assertEquals(true, RequestPath.decode("/posts/").trailingSlash());
        assertEquals(false, RequestPath.decode("/posts").trailingSlash());
        assertEquals(List.of(), RequestPath.decode("/").segments());
    }

    @ParameterizedTest
    @CsvSource({
            "/..%2fx, 400", "/a%2Fb, 400", "/a%5cb, 400", "/a%00b, 400", "/a%0ab, 400", "/a%7f, 400",
            "/%c0%ae%c0%ae, 400", "/%e0%80%ae, 400", "/%ff, 400", "/%, 400", "/%2, 400", "/%g1, 400", "x, 400",
            "/.., 404", "/%2e%2e, 404", "/%2E, 404", "/., 404", "/.env, 404", "/a/.git/config, 404", "/%2egit, 404",
    })
    void refuses(String raw, int status) {
        Refusal r = assertThrows(Refusal.class, () -> RequestPath.decode(raw));
        assertEquals(status, r.status());
    }

    @Test
    void encodedFormIsASinglePathNeverAnAuthority() throws Refusal {
        assertEquals("/evil.com", RequestPath.decode("//evil.com").encoded());
        assertEquals("/a%20b/%C3%BC%3F", RequestPath.decode("/a%20b/%C3%BC%3f").encoded());
    }
}
