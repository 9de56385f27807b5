package press.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.serve.FakeSite.write;

/**
 * Every request of a traversal corpus must get an error status and not one byte of a canary
 * file: canaries sit in the root's parent, in a sibling folder whose name extends the root's
 * ({@code site-leak/}, the Eleventy prefix bug), behind symlinks inside the root, and in
 * dotfiles inside the root.
 */
class TraversalTest {
    @TempDir
    static Path tmp;
    static PreviewServer server;
    static int port;

    static final List<String> CORPUS = List.of(
            "/../secret.txt", "/../../secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt",
            "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/%2e%2E/secret.txt", "/%2e%2e%2fsecret.txt",
            "/..%252fsecret.txt", "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/%%32%65%%32%65/secret.txt",
            "/..\\secret.txt", "/..%5csecret.txt", "/..%5Csecret.txt", "/%2e%2e%5c%2e%2e%5csecret.txt",
            "/%00/../secret.txt", "/index.html%00.txt", "/%00", "/..%00/secret.txt",
            "/%c0%ae%c0%ae/secret.txt", "/%c0%ae%c0%ae%c0%afsecret.txt", "/..%c0%afsecret.txt", "/..%c1%9csecret.txt",
            "/%e0%80%ae%e0%80%ae/secret.txt", "/%f0%80%80%ae%f0%80%80%ae/secret.txt", "/..%ef%bc%8fsecret.txt", "/%ff%fe",
            "/../site-leak/secret.txt", "/..%2fsite-leak%2fsecret.txt", "/%2e%2e/site-leak/secret.txt",
            "/../site/../site-leak/secret.txt", "/posts/../../site-leak/secret.txt",
            "/link/secret.txt", "/link/", "/link", "/filelink.txt", "/posts/uplink/secret.txt", "/linkleak/secret.txt",
            "/.env", "/%2eenv", "/%2Eenv", "/.git/config", "/%2egit/config", "/.git/", "/.git", "/posts/.hidden.txt",
            "/dotlink.txt", "/./.env", "/posts/../.env",
            "/posts/../../secret.txt", "/posts/%2e%2e/%2e%2e/secret.txt", "//../secret.txt", "///..//..//secret.txt",
            "/posts/..;/../secret.txt", "/..;/secret.txt", "/%2e%2e;/secret.txt", "/.../secret.txt", "/....//secret.txt",
            "/%2e%2e%2f%2e%2e%2f%2e%2e%2f" + "etc/passwd", "/..%u2216secret.txt", "/%", "/%2", "/%zz",
            "http://127.0.0.1/../secret.txt", "/%252e%252e/%252e%252e/secret.txt");

    @BeforeAll
    static void site() throws IOException {
        Path root = tmp.resolve("site");
        write(tmp.resolve("secret.txt"), "CANARY-parent");
        write(tmp.resolve("site-leak/secret.txt"), "CANARY-sibling");
        write(tmp.resolve("outside/secret.txt"), "CANARY-symlinked");
        write(tmp.resolve("etc/passwd"), "CANARY-etc");
        write(root.resolve("index.html"), "<html><body>home</body></html>");
        write(root.resolve("posts/index.html"), "<html><body>posts</body></html>");
        write(root.resolve(".env"), "CANARY-dotfile");
        write(root.resolve(".git/config"), "CANARY-dotdir");
        write(root.resolve("posts/.hidden.txt"), "CANARY-hidden");
        Files.createSymbolicLink(root.resolve("link"), tmp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("filelink.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("posts/uplink"), Path.of("../../outside"));
        Files.createSymbolicLink(root.resolve("linkleak"), tmp.resolve("site-leak"));
        Files.createSymbolicLink(root.resolve("dotlink.txt"), root.resolve(".env"));
        Files.createSymbolicLink(root.resolve("alias.html"), Path.of("index.html"));
        server = PreviewServer.start(ServeSettings.of(root, null, "127.0.0.1", 0), url -> () -> { }, s -> { });
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noCanaryByteLeaksForAnyRequestInTheCorpus() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String target : CORPUS) {
            for (String method : List.of("GET", "HEAD")) {
                RawHttp.Response r = RawHttp.withHeaders(port, method, target, "Host: 127.0.0.1:" + port);
                if (r.rawText().contains("CANARY") || !List.of(400, 403, 404).contains(r.status())) {
                    failures.add(method + " " + target + " -> " + r.status());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theDetectorSeesAPlantedCanarySoTheCorpusCheckCanFail() throws IOException {
        write(tmp.resolve("site/control.txt"), "CANARY-control");
        RawHttp.Response r = RawHttp.get(port, "/control.txt");
        assertEquals(200, r.status());
        assertTrue(r.rawText().contains("CANARY-control"));
    }

    @Test
    void legitimatePathsAndSymlinksInsideTheRootStillWork() throws IOException {
        assertEquals(200, RawHttp.get(port, "/").status());
        assertEquals(200, RawHttp.get(port, "/posts/").status());
        assertEquals(200, RawHttp.get(port, "/alias.html").status(), "a symlink that stays inside the root is fine");
        assertEquals(404, RawHttp.get(port, "/posts/../index.html").status(), "a dot-dot segment is refused, not resolved");
    }
}
