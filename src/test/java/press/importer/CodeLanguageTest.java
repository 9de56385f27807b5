package press.importer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A code block's language from its telling signs, first match winning. */
class CodeLanguageTest {
    @Test
    void eachLanguageByItsSign() {
        assertEquals("php", CodeLanguage.detect("<?php echo 1;"));
        assertEquals("go", CodeLanguage.detect("func main() {\n}"));
        assertEquals("go", CodeLanguage.detect("x := 1"));
        assertEquals("rust", CodeLanguage.detect("let mut x = 1;"));
        assertEquals("java", CodeLanguage.detect("public class A {}"));
        assertEquals("ruby", CodeLanguage.detect("def a\n  1\nend"));
        assertEquals("python", CodeLanguage.detect("def load(key):\n    return 1"));
        assertEquals("python", CodeLanguage.detect("import os"));
        assertEquals("javascript", CodeLanguage.detect("const a = () => 1;"));
        assertEquals("sql", CodeLanguage.detect("SELECT id FROM posts;"));
        assertEquals("nginx", CodeLanguage.detect("location /api {\n  proxy_pass http://x;\n}"));
        assertEquals("bash", CodeLanguage.detect("#!/bin/sh\necho hi"));
        assertEquals("bash", CodeLanguage.detect("docker ps"));
        assertEquals("yaml", CodeLanguage.detect("services:\n  web: x"));
        assertEquals("", CodeLanguage.detect("nothing telling here"));
    }

    @Test
    void theMoreTellingSignWins() {
        assertEquals("php", CodeLanguage.detect("<?php\nfunction a() {}\n"), "php before javascript's function");
        assertEquals("go", CodeLanguage.detect("package main\nimport \"fmt\""), "go before python's import");
        assertEquals("javascript", CodeLanguage.detect("import x from 'y'\nSELECT"), "import ... from is javascript");
    }
}
