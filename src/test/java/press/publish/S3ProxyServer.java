package press.publish;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * S3Proxy (Maven Central, filesystem backend) as a child process on 127.0.0.1, for the deploy
 * tests, with AWS signatures checked (V2 or V4) against one identity whose secret is new each run.
 */
final class S3ProxyServer implements AutoCloseable {
    static final String IDENTITY = "local-identity";
    /** The secret: random, so a test can look for it in everything press printed. */
    static final String CREDENTIAL = "press-test-secret-" + java.util.UUID.randomUUID().toString().replace("-", "");
    private static final Path JAR = Path.of("target/s3proxy.jar");

    final URI endpoint;
    private final Process process;

    private S3ProxyServer(URI endpoint, Process process) {
        this.endpoint = endpoint;
        this.process = process;
    }

    static boolean available() {
        return Files.isRegularFile(JAR);
    }

    static S3ProxyServer start(Path dir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path data = Files.createDirectories(dir.resolve("blobs"));
        Path props = dir.resolve("s3proxy.properties");
        Files.writeString(props, "s3proxy.endpoint=http://127.0.0.1:" + port + "\n"
                + "s3proxy.authorization=aws-v2-or-v4\ns3proxy.identity=" + IDENTITY + "\ns3proxy.credential=" + CREDENTIAL + "\n"
                + "jclouds.provider=filesystem\njclouds.filesystem.basedir=" + data + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "--properties", props.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new IllegalStateException("S3Proxy exited: " + Files.readString(dir.resolve("s3proxy.log")));
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new S3ProxyServer(URI.create("http://127.0.0.1:" + port), p);
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("S3Proxy did not listen on 127.0.0.1:" + port);
    }

    S3Client client(ExecutionInterceptor... interceptors) {
        return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .endpointOverride(endpoint).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL)))
                .overrideConfiguration(c -> { for (ExecutionInterceptor i : interceptors) c.addExecutionInterceptor(i); })
                .build();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
