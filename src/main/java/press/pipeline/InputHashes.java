package press.pipeline;

import press.config.ConfigLoader;
import press.content.StaticAssets;
import press.digest.ContentHash;
import press.publish.Manifest;
import press.render.TemplateRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hashes build.json records of a build's input: config, content (posts and static files),
 * templates. The content hash is of each file's name and content hash, in order; the files'
 * hashes come from {@link FileHashes}, which reads only files changed since it last saw them.
 */
final class InputHashes {
    private InputHashes() {}

    static Manifest.Inputs of(Path source, List<Path> posts, int pages, int postCount, int terms) {
        return of(source, posts, pages, postCount, terms, new FileHashes());
    }

    static Manifest.Inputs of(Path source, List<Path> posts, int pages, int postCount, int terms, FileHashes known) {
        return of(source, posts, pages, postCount, terms, known, Map.of());
    }

    /** As above, with the attributes the inputs check read of the site's regular files, by site path ({@link SiteInputs.Checked#stats}). */
    static Manifest.Inputs of(Path source, List<Path> posts, int pages, int postCount, int terms, FileHashes known,
                              Map<String, java.nio.file.attribute.BasicFileAttributes> stats) {
        try {
            Path config = source.resolve(ConfigLoader.FILE);
            String configHash = Files.exists(config) ? Manifest.sha256(Files.readAllBytes(config)) : "";
            List<String> names = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            for (Path p : posts) {
                names.add(p.toString().replace('\\', '/'));
                files.add(source.resolve(p));
            }
            for (Map.Entry<String, Path> e : StaticAssets.find(source).entrySet()) {
                names.add(e.getKey());
                files.add(e.getValue());
            }
            // each file's hash on the common pool: a stat each, and a read only for what changed
            String[] hashes = java.util.stream.IntStream.range(0, files.size()).parallel()
                    .mapToObj(i -> known.of(names.get(i), files.get(i), stats.get(names.get(i)))).toArray(String[]::new);
            known.keepOnly(names);
            ContentHash.Stream md = ContentHash.start();
            for (int i = 0; i < hashes.length; i++) {
                md.update(names.get(i).getBytes(StandardCharsets.UTF_8)).update((byte) 0);
                md.update(hashes[i].getBytes(StandardCharsets.US_ASCII)).update((byte) 0);
            }
            return new Manifest.Inputs(configHash, md.hex(), TemplateRenderer.fingerprint(source), pages, postCount, terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
