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
import java.util.List;
import java.util.Map;

/** The hashes build.json records of a build's input: config, content (posts and static files), templates. */
final class InputHashes {
    private InputHashes() {}

    static Manifest.Inputs of(Path source, List<Path> posts, int pages, int postCount, int terms) {
        try {
            Path config = source.resolve(ConfigLoader.FILE);
            String configHash = Files.exists(config) ? Manifest.sha256(Files.readAllBytes(config)) : "";
            ContentHash.Stream md = ContentHash.start();
            for (Path p : posts) add(md, p.toString().replace('\\', '/'), source.resolve(p));
            for (Map.Entry<String, Path> e : StaticAssets.find(source).entrySet()) add(md, e.getKey(), e.getValue());
            return new Manifest.Inputs(configHash, md.hex(), TemplateRenderer.fingerprint(source), pages, postCount, terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(ContentHash.Stream md, String name, Path file) throws IOException {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(Files.readAllBytes(file));
        md.update((byte) 0);
    }
}
