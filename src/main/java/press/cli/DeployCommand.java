package press.cli;

import press.problem.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.publish.S3Deploy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Upload the live output folder to an S3 bucket: only changed files, assets first, pages next, sitemaps and feed last, "
                + "deletions after. Credentials and region come from the AWS SDK's standard chain (environment, ~/.aws, ...).")
final class DeployCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bucket", required = true, paramLabel = "NAME", description = "the bucket")
    String bucket;

    @Option(names = "--prefix", paramLabel = "PATH", description = "key prefix, e.g. blog/ (default: the bucket root)")
    String prefix = "";

    @Option(names = "--endpoint", paramLabel = "URL", description = "an S3-compatible server instead of AWS (path-style addressing)")
    URI endpoint;

    @Option(names = "--region", paramLabel = "NAME", description = "region (default: the SDK's chain)")
    String region;

    @Option(names = "--dry-run", description = "list what would be uploaded and deleted, change nothing")
    boolean dryRun;

    @Option(names = "--source", paramLabel = "DIR", description = "site folder (default: .)")
    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "output folder to deploy (default: <source>/site)")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path folder = out != null ? out : source.resolve("site");
        if (!Files.isDirectory(folder)) {
            err.println("press deploy: " + folder + " is not a folder, expected a built site (run press build first)");
            err.flush();
            return Main.PROBLEMS;
        }
        long t0 = System.nanoTime();
        S3ClientBuilder b = S3Client.builder().httpClient(UrlConnectionHttpClient.create());
        if (region != null) b.region(Region.of(region));
        if (endpoint != null) { // S3-compatible servers: path-style, and checksums only where the API requires them
            b.endpointOverride(endpoint).forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        try (S3Client s3 = b.build()) {
            S3Deploy.Report r = new S3Deploy(s3, bucket, prefix).run(folder, dryRun, stdout::println);
            stdout.println(String.format(Locale.ROOT, "%s %s, %s, %d unchanged in %.2f s",
                    dryRun ? "press deploy --dry-run: would make" : "press deploy: made", Counted.of(r.uploads().size(), "upload"),
                    Counted.of(r.deletes().size(), "deletion"),
                    r.unchanged(), (System.nanoTime() - t0) / 1e9));
            stdout.flush();
            return Main.OK;
        } catch (SdkException e) {
            stdout.flush();
            err.println("press deploy: stopped, nothing deleted; run it again to resume: " + e.getMessage());
            err.flush();
            return Main.PROBLEMS;
        }
    }
}
