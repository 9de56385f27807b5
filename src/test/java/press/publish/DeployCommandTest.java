package press.publish;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.CliRun;
import press.cli.Main;
import press.testing.TestSite;
import press.testing.SiteFixture;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import press.problem.Counted;

/**
 * {@code press deploy} from the command line against S3Proxy with signatures checked: credentials
 * come only through the SDK's standard chain (system properties here, which the chain reads first,
 * or a credentials file named by {@code aws.sharedCredentialsFile} = AWS_SHARED_CREDENTIALS_FILE);
 * wrong or missing ones fail with exit 1 and one line naming the bucket and endpoint; the secret
 * is in nothing press prints; {@code --dry-run} sends no write.
 */
class DeployCommandTest {
    private static final List<String> PROPERTIES = List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.sharedCredentialsFile",
            "aws.configFile", "aws.disableEc2Metadata");

    @TempDir
    static Path tmp;
    static S3ProxyServer server;
    static S3Client s3;
    static Path out;
    static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(S3ProxyServer.available(), "target/s3proxy.jar is copied by mvn process-test-classes");
        server = S3ProxyServer.start(tmp);
        s3 = server.client();
        site = new TestSite(tmp.resolve("src"));
        for (int i = 1; i <= 4; i++) site.post("p" + i + ".md", "Post " + i, "2024-01-1" + i);
        out = tmp.resolve("pub/site");
        assertEquals(Main.OK, Main.run("build", "--source", site.root.toString(), "--out", out.toString()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (s3 != null) s3.close();
        if (server != null) server.close();
    }

    @AfterEach
    void clearCredentials() {
        PROPERTIES.forEach(System::clearProperty);
    }

    private static CliRun deploy(String bucket, String... more) {
        List<String> args = new ArrayList<>(List.of("deploy", "--bucket", bucket, "--endpoint", server.endpoint.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertFalse((r.out() + r.err()).contains(S3ProxyServer.CREDENTIAL), "the secret was printed: " + r.out() + r.err());
        return r;
    }

    /** Key to ETag and time of every object: equal before and after means nothing was written. */
    private static Map<String, String> objects(String bucket) {
        Map<String, String> m = new TreeMap<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                .filter(o -> !o.key().endsWith("/")) // the filesystem backend lists folders as keys
                .forEach(o -> m.put(o.key(), o.eTag() + " " + o.lastModified()));
        return m;
    }

    @Test
    void wrongCredentialsFailClearlyAndTheRightOnesDeploy() throws Exception {
        s3.createBucket(b -> b.bucket("auth"));
        String wrong = "wrong-secret-" + System.nanoTime();
        System.setProperty("aws.accessKeyId", S3ProxyServer.IDENTITY);
        System.setProperty("aws.secretAccessKey", wrong);
        CliRun refused = deploy("auth");
        assertEquals(Main.PROBLEMS, refused.code(), refused.out() + refused.err());
        String line = refused.err().lines().filter(l -> l.startsWith("press deploy: ")).findFirst().orElse("");
        assertTrue(line.startsWith("press deploy: s3://auth/ at " + server.endpoint + " refused the credentials (403 "), refused.err());
        assertTrue(line.endsWith("; nothing was uploaded or deleted"), line);
        assertFalse((refused.out() + refused.err()).contains(wrong), "the wrong secret was printed");
        assertEquals(Map.of(), objects("auth"));

        System.setProperty("aws.secretAccessKey", S3ProxyServer.CREDENTIAL);
        CliRun ok = deploy("auth");
        assertEquals(Main.OK, ok.code(), ok.err());
        Set<String> files = new java.util.TreeSet<>(SiteFixture.tree(out).keySet());
        files.remove(Releases.MARKER);
        files.remove(Manifest.FILE);
        assertTrue(ok.out().contains("press deploy: made " + Counted.of(files.size(), "upload") + ", 0 deletions, 0 unchanged in "), ok.out());
        files.add(S3Deploy.DEPLOYED);
        assertEquals(files, objects("auth").keySet());
    }

    @Test
    void aCredentialsFileNamedByTheStandardSettingIsUsed() throws Exception {
        s3.createBucket(b -> b.bucket("profile"));
        Path file = tmp.resolve("aws-credentials");
        Files.writeString(file, "[default]\naws_access_key_id = " + S3ProxyServer.IDENTITY + "\naws_secret_access_key = "
                + S3ProxyServer.CREDENTIAL + "\n");
        System.setProperty("aws.sharedCredentialsFile", file.toString());
        System.setProperty("aws.configFile", tmp.resolve("no-aws-config").toString());
        Assumptions.assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null,
                "the environment's credentials would come first in the chain");
        CliRun ok = deploy("profile");
        assertEquals(Main.OK, ok.code(), ok.err());
        assertTrue(objects("profile").containsKey("index.html"));
    }

    @Test
    void noCredentialsAtAllIsOneClearLine() {
        Assumptions.assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null
                && System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") == null && System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") == null
                && System.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") == null, "the environment has credentials");
        System.setProperty("aws.sharedCredentialsFile", tmp.resolve("none").toString());
        System.setProperty("aws.configFile", tmp.resolve("none").toString());
        System.setProperty("aws.disableEc2Metadata", "true");
        CliRun r = deploy("nobody");
        assertEquals(Main.PROBLEMS, r.code());
        assertTrue(r.err().contains("press deploy: no AWS credentials for s3://nobody/ at " + server.endpoint
                + ", expected AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile"), r.err());
    }

    @Test
    void aMissingBucketIsNamed() {
        System.setProperty("aws.accessKeyId", S3ProxyServer.IDENTITY);
        System.setProperty("aws.secretAccessKey", S3ProxyServer.CREDENTIAL);
        CliRun r = deploy("no-such-bucket");
        assertEquals(Main.PROBLEMS, r.code());
        assertTrue(r.err().contains("press deploy: no bucket \"no-such-bucket\" at " + server.endpoint + ", expected an existing bucket"), r.err());
    }

    @Test
    void dryRunSendsNoWrite() throws Exception {
        s3.createBucket(b -> b.bucket("dryrun"));
        System.setProperty("aws.accessKeyId", S3ProxyServer.IDENTITY);
        System.setProperty("aws.secretAccessKey", S3ProxyServer.CREDENTIAL);
        assertEquals(Main.OK, deploy("dryrun").code());
        Path other = tmp.resolve("dry-src");
        TestSite changed = new TestSite(other);
        for (int i = 1; i <= 3; i++) changed.post("p" + i + ".md", "Post " + i, "2024-01-1" + i, "tags: [edited]");
        Path changedOut = tmp.resolve("dry-pub/site");
        assertEquals(Main.OK, Main.run("build", "--source", other.toString(), "--out", changedOut.toString()));

        Map<String, String> before = objects("dryrun");
        var localBefore = SiteFixture.tree(changedOut.getParent());
        List<String> sent = new ArrayList<>();
        ExecutionInterceptor record = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution c, ExecutionAttributes a) {
                sent.add(c.request().getClass().getSimpleName());
            }
        };
        S3Deploy.Report dry;
        try (S3Client recorded = server.client(record)) {
            dry = new S3Deploy(recorded, "dryrun", "").run(changedOut, true, l -> { });
        }
        assertTrue(dry.uploads().contains("posts/post-1/index.html") && dry.deletes().contains("posts/post-4/index.html"), dry.toString());
        Set<Class<? extends SdkRequest>> reads = Set.of(ListObjectsV2Request.class, HeadObjectRequest.class, GetObjectRequest.class);
        Set<String> readNames = new java.util.TreeSet<>();
        reads.forEach(c -> readNames.add(c.getSimpleName()));
        assertTrue(readNames.containsAll(sent) && !sent.isEmpty(), "a dry run sent " + sent);

        CliRun cli = CliRun.of("deploy", "--bucket", "dryrun", "--endpoint", server.endpoint.toString(), "--out", changedOut.toString(), "--dry-run");
        assertEquals(Main.OK, cli.code(), cli.err());
        assertTrue(cli.out().contains("would upload posts/post-1/index.html\n") && cli.out().contains("would delete posts/post-4/index.html\n"), cli.out());
        assertTrue(cli.out().contains("press deploy --dry-run: would make " + Counted.of(dry.uploads().size(), "upload") + ", "), cli.out());
        assertEquals(before, objects("dryrun"), "a dry run changed the bucket");
        assertEquals(null, SiteFixture.difference(localBefore, SiteFixture.tree(changedOut.getParent())), "a dry run changed the folder");
    }
}
