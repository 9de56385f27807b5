package press.publish;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.cli.Main;
import press.testing.TestSite;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** press deploy against a real S3-compatible server (S3Proxy, filesystem backend) on 127.0.0.1. */
class S3DeployTest {
    @TempDir
    static Path tmp;
    static S3ProxyServer server;
    static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(S3ProxyServer.available(), "target/s3proxy.jar is copied by mvn process-test-classes");
        server = S3ProxyServer.start(tmp);
        s3 = server.client();
    }

    @AfterAll
    static void stop() throws Exception {
        if (s3 != null) s3.close();
        if (server != null) server.close();
    }

    private static Set<String> keys(String bucket) {
        Set<String> out = new TreeSet<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key)
                .filter(k -> !k.endsWith("/")) // the filesystem backend lists folders as keys; S3Deploy skips them too
                .forEach(out::add);
        return out;
    }

    private static Set<String> local(Path out) throws Exception {
        Set<String> out2 = new TreeSet<>(press.testing.SiteFixture.tree(out).keySet());
        out2.remove(Releases.MARKER);
        out2.remove(Manifest.FILE);
        return out2;
    }

    @Test
    void deploysOnlyWhatChangedInOrderAndDeletesLast() throws Exception {
        s3.createBucket(b -> b.bucket("site"));
        TestSite site = new TestSite(tmp.resolve("src"));
        for (int i = 1; i <= 12; i++) site.post("p" + i + ".md", "Post " + i, "2024-01-" + (10 + i), "tags: [t" + (i % 3) + "]");
        Path out = tmp.resolve("pub/site");
        assertEquals(Main.OK, Main.run("build", "--source", site.root.toString(), "--out", out.toString()));

        List<String> log = new ArrayList<>();
        S3Deploy.Report first = new S3Deploy(s3, "site", "").run(out, false, log::add);
        Set<String> files = local(out);
        assertEquals(files.size(), first.uploads().size());
        assertEquals(0, first.unchanged());
        Set<String> expectedKeys = new TreeSet<>(files);
        expectedKeys.add(S3Deploy.DEPLOYED);
        assertEquals(expectedKeys, keys("site"));
        int lastAsset = -1, firstPage = Integer.MAX_VALUE, lastPage = -1, firstData = Integer.MAX_VALUE;
        for (int i = 0; i < first.uploads().size(); i++) {
            int stage = S3Deploy.stage(first.uploads().get(i));
            if (stage == 0) lastAsset = i;
            if (stage == 1) { firstPage = Math.min(firstPage, i); lastPage = i; }
            if (stage == 2) firstData = Math.min(firstData, i);
        }
        assertTrue(lastAsset < firstPage && lastPage < firstData, "assets, then pages, then sitemap/feed: " + first.uploads());
        assertTrue(first.uploads().get(first.uploads().size() - 1).matches("sitemap.*|feed.xml|robots.txt|_headers"));

        HeadObjectResponse page = s3.headObject(b -> b.bucket("site").key("posts/post-1/index.html"));
        assertEquals("text/html;charset=utf-8", page.contentType().replace(" ", "")); // S3Proxy drops the space
        assertEquals("public, max-age=0, must-revalidate", page.cacheControl());
        assertEquals(Manifest.sha256(Files.readAllBytes(out.resolve("posts/post-1/index.html"))), page.metadata().get(S3Deploy.HASH));
        String css = files.stream().filter(f -> f.endsWith(".css")).findFirst().orElseThrow();
        HeadObjectResponse style = s3.headObject(b -> b.bucket("site").key(css));
        assertEquals("text/css;charset=utf-8", style.contentType().replace(" ", ""));
        assertEquals("public, max-age=31536000, immutable", style.cacheControl());
        assertEquals("application/atom+xml", s3.headObject(b -> b.bucket("site").key("feed.xml")).contentType());

        // no change: nothing uploaded
        assertEquals(0, new S3Deploy(s3, "site", "").run(out, false, log::add).uploads().size());

        // one edited post: exactly the files the build changed
        List<Releases.Release> before = Releases.of(out).list();
        site.post("p5.md", "Post 5", "2024-01-15", "tags: [t2]");
        assertEquals(Main.OK, Main.run("build", "--source", site.root.toString(), "--out", out.toString()));
        List<Releases.Release> after = Releases.of(out).list();
        ManifestDiff d = ManifestDiff.between(before.get(before.size() - 1).manifest().orElseThrow(), after.get(after.size() - 1).manifest().orElseThrow());
        S3Deploy.Report edit = new S3Deploy(s3, "site", "").run(out, false, log::add);
        Set<String> changed = new TreeSet<>(d.changed());
        changed.addAll(d.added());
        assertEquals(changed, new TreeSet<>(edit.uploads()));
        assertTrue(edit.uploads().size() < files.size() / 2, edit.uploads().toString());
        assertEquals(List.of(), edit.deletes());

        // a deleted post, and a deploy cut short after 2 uploads: nothing is deleted until a rerun completes
        Files.delete(site.root.resolve("content/posts/p7.md"));
        site.post("p13.md", "Post 13", "2024-02-01", "tags: [t9]");
        assertEquals(Main.OK, Main.run("build", "--source", site.root.toString(), "--out", out.toString()));
        AtomicInteger puts = new AtomicInteger();
        ExecutionInterceptor cut = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution c, ExecutionAttributes a) {
                if (c.request() instanceof PutObjectRequest && puts.incrementAndGet() > 2) throw SdkClientException.create("connection lost (test)");
            }
        };
        S3Deploy.Report dry = new S3Deploy(s3, "site", "").run(out, true, log::add);
        try (S3Client failing = server.client(cut)) {
            assertThrows(SdkClientException.class, () -> new S3Deploy(failing, "site", "").run(out, false, log::add));
        }
        assertTrue(keys("site").contains("posts/post-7/index.html"), "deleted before all uploads were done");
        S3Deploy.Report resumed = new S3Deploy(s3, "site", "").run(out, false, log::add);
        assertEquals(dry.uploads().size() - 2, resumed.uploads().size(), "the rerun skips the 2 files already uploaded");
        assertTrue(resumed.deletes().contains("posts/post-7/index.html"));
        assertFalse(keys("site").contains("posts/post-7/index.html"));
        Set<String> now = local(out);
        now.add(S3Deploy.DEPLOYED);
        assertEquals(now, keys("site"));
        assertEquals(0, new S3Deploy(s3, "site", "").run(out, false, log::add).uploads().size());
    }

    @Test
    void dryRunListsButChangesNothing() throws Exception {
        s3.createBucket(b -> b.bucket("dry"));
        TestSite site = new TestSite(tmp.resolve("dry-src")).post("a.md", "A", "2024-01-01");
        Path out = tmp.resolve("dry-pub/site");
        assertEquals(Main.OK, Main.run("build", "--source", site.root.toString(), "--out", out.toString()));
        List<String> log = new ArrayList<>();
        S3Deploy.Report r = new S3Deploy(s3, "dry", "blog").run(out, true, log::add);
        assertEquals(local(out).size(), r.uploads().size());
        assertTrue(log.contains("would upload posts/a/index.html"), log.toString());
        assertEquals(Set.of(), keys("dry"));
    }
}
