package press.importer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Code pasted without fences is found and kept exactly, whatever its language, on pages with
 * blank lines between blocks and on pages without; its language comes from the meta or is detected.
 * The snippets are the ones the site's content generator (bench/gen_content.py) writes.
 */
class CodeSnippetTest {

    static Stream<Arguments> snippets() {
        return Stream.of(
                Arguments.of("python", "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/health')\ndef health():\n    return {'ok': True}"),
                Arguments.of("python", "import logging\n\nlog = logging.getLogger(__name__)\n\ndef run_import(rows):\n    for row in rows:\n"
                        + "        log.info('import row=%s', row['id'])\n        upsert(row)"),
                Arguments.of("python", "def retry(fn, attempts=3):\n    for i in range(attempts):\n        try:\n            return fn()\n"
                        + "        except TimeoutError:\n            if i == attempts - 1:\n                raise"),
                Arguments.of("javascript", "import express from 'express';\nconst app = express();\n\n"
                        + "app.get('/health', (req, res) => res.json({ ok: true }));\napp.listen(3000);"),
                Arguments.of("javascript", "export async function withTimeout(promise, ms) {\n"
                        + "  const t = new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), ms));\n"
                        + "  return Promise.race([promise, t]);\n}"),
                Arguments.of("go", "func health(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set(\"Content-Type\", \"application/json\")\n"
                        + "\tw.Write([]byte(`{\"ok\":true}`))\n}"),
                Arguments.of("rust", "fn main() -> anyhow::Result<()> {\n    let cfg = Config::from_env()?;\n"
                        + "    println!(\"listening on {}\", cfg.addr);\n    Ok(())\n}"),
                Arguments.of("java", "@GetMapping(\"/health\")\npublic Map<String, Object> health() {\n    return Map.of(\"ok\", true);\n}"),
                Arguments.of("php", "<?php\nfunction health(): array {\n    return ['ok' => true, 'time' => time()];\n}\necho json_encode(health());"),
                Arguments.of("ruby", "class HealthController < ApplicationController\n  def show\n    render json: { ok: true }\n  end\nend"),
                Arguments.of("sql", "EXPLAIN ANALYZE\nSELECT id, title\nFROM posts\nWHERE status = 'published'\nORDER BY published_at DESC\nLIMIT 50;"),
                Arguments.of("sql", "CREATE INDEX CONCURRENTLY idx_posts_status_date\n    ON posts (status, published_at DESC);"),
                Arguments.of("bash", "set -euo pipefail\ncurl -fsS http://127.0.0.1:8080/health\ngit tag -a \"release-$(date +%Y%m%d)\" -m 'release'"),
                Arguments.of("bash", "#!/usr/bin/env bash\nset -euo pipefail\nfind /var/log/app -name '*.log' -mtime +14 -delete\nsystemctl reload app"),
                Arguments.of("yaml", "livenessProbe:\n  httpGet:\n    path: /health\n    port: 8080\n  periodSeconds: 10\n  timeoutSeconds: 2"),
                Arguments.of("nginx", "location /static/ {\n    expires 30d;\n    add_header Cache-Control \"public\";\n}"));
    }

    private static String page(String code, boolean blankLines, String metaLanguage) {
        List<String> parts = new ArrayList<>(List.of("a title", "the intro says what this is about.", "the practical approach",
                "keep the implementation boring on purpose.", code, "then measure again.", "final notes", "the end."));
        if (metaLanguage != null) parts.add("alphanode post meta\ncode language" + metaLanguage);
        String sep = blankLines ? "\n\n" : "\n";
        return String.join(sep, parts) + "\n";
    }

    private static String expected(String code, String language) {
        return "the intro says what this is about.\n\n## the practical approach\n\nkeep the implementation boring on purpose.\n\n"
                + "```" + language + "\n" + code + "\n```\n\nthen measure again.\n\n## final notes\n\nthe end.\n";
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("snippets")
    void onAPageWithBlankLinesAndTheLanguageInTheMeta(String language, String code) {
        assertEquals(expected(code, language), Pages.body(Pages.convert(page(code, true, language))));
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("snippets")
    void withTheLanguageDetected(String language, String code) {
        assertEquals(expected(code, language), Pages.body(Pages.convert(page(code, true, null))));
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("snippets")
    void onAPageWithOneBlockPerLine(String language, String code) {
        // such a page has no blank lines anywhere, so none inside the code either
        String dense = code.replace("\n\n", "\n");
        assertEquals(expected(dense, language), Pages.body(Pages.convert(page(dense, false, language))));
    }
}
