package press.cli;

import press.problem.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.publish.S3Deploy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Mixin
    SiteFolder siteFolder = new SiteFolder();

    @Mixin
    OutputFolder outFolder = new OutputFolder();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path folder = siteFolder.output(outFolder.out);
        String where = "s3://" + bucket + "/" + prefix + (endpoint != null ? " at " + endpoint : "");
        if (!Files.isDirectory(folder)) {
            return fail(err, folder + " is not a folder, expected a built site (run press build first)");
        }
        long t0 = System.nanoTime();
        Region chosen = region(endpoint != null);
        if (chosen == null) {
            return fail(err, "no region for " + where + ", expected --region, AWS_REGION or a region in the profile (~/.aws/config)");
        }
        // the SDK's standard chain: system properties, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, web identity, AWS_PROFILE and
        // ~/.aws/credentials (AWS_SHARED_CREDENTIALS_FILE), container and instance roles; press never reads or prints a secret itself
        try (DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build()) {
            String secret;
            try {
                secret = credentials.resolveCredentials().secretAccessKey();
            } catch (SdkClientException e) {
                return fail(err, "no AWS credentials for " + where + ", expected AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                        + "a profile (AWS_PROFILE, ~/.aws/credentials or AWS_SHARED_CREDENTIALS_FILE) or an instance role; nothing was uploaded");
            }
            S3ClientBuilder b = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(chosen).credentialsProvider(credentials);
            if (endpoint != null) { // S3-compatible servers: path-style, and checksums only where the API requires them
                b.endpointOverride(endpoint).forcePathStyle(true)
                        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
            }
            List<String> done = new ArrayList<>();
            try (S3Client s3 = b.build()) {
                S3Deploy.Report r = new S3Deploy(s3, bucket, prefix).run(folder, dryRun, line -> {
                    stdout.println(line);
                    done.add(line);
                });
                stdout.println(String.format(Locale.ROOT, "%s %s, %s, %d unchanged in %.2f s",
                        dryRun ? "press deploy --dry-run: would make" : "press deploy: made", Counted.of(r.uploads().size(), "upload"),
                        Counted.of(r.deletes().size(), "deletion"),
                        r.unchanged(), (System.nanoTime() - t0) / 1e9));
                stdout.flush();
                return Main.OK;
            } catch (SdkException e) {
                stdout.flush();
                return fail(err, hidden(failure(e, where, done.size()), secret));
            }
        }
    }

    /** What went wrong, in words: refused credentials and a missing bucket are said so; anything else can be resumed. */
    private String failure(SdkException e, String where, int logged) {
        String stopped = logged == 0 ? "nothing was uploaded or deleted" : "stopped, nothing deleted; run it again to resume";
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
            String code = s3.awsErrorDetails().errorCode();
            int status = s3.statusCode();
            if (status == 403 || "InvalidAccessKeyId".equals(code) || "SignatureDoesNotMatch".equals(code) || "AccessDenied".equals(code)) {
                return where + " refused the credentials (" + status + " " + code + "), expected the access key and secret of an identity "
                        + "that may list, read, write and delete in the bucket; " + stopped;
            }
            if ("NoSuchBucket".equals(code)) {
                return "no bucket \"" + bucket + "\"" + (endpoint != null ? " at " + endpoint : "") + ", expected an existing bucket; " + stopped;
            }
            return where + ": " + status + " " + code + ": " + s3.awsErrorDetails().errorMessage() + "; " + stopped;
        }
        return where + ": " + e.getMessage() + "; " + stopped;
    }

    /** The secret, should any message of the SDK or a server ever carry it, is never printed. */
    static String hidden(String message, String secret) {
        return secret == null || secret.isEmpty() ? message : message.replace(secret, "****");
    }

    /** --region, else the SDK's chain (AWS_REGION, profile), else us-east-1 for an S3-compatible endpoint (most ignore it); null if none. */
    private Region region(boolean compatible) {
        if (region != null) return Region.of(region);
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkClientException e) {
            return compatible ? Region.US_EAST_1 : null;
        }
    }

    private int fail(PrintWriter err, String message) {
        err.println("press deploy: " + message);
        err.flush();
        return Main.PROBLEMS;
    }
}
