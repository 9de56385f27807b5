package press.content;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeHighlighterTest {
    private static final Pattern SPAN = Pattern.compile("<span class=\"hl-([a-z])\">([^<]*)</span>");

    /** "class:text" for every span, in order. */
    private static List<String> spans(String language, String code) {
        String html = CodeHighlighter.highlight(CodeHighlighter.language(language).orElseThrow(), code);
        assertEquals(code, html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&"), "highlighting keeps every character");
        List<String> out = new ArrayList<>();
        Matcher m = SPAN.matcher(html);
        while (m.find()) out.add(m.group(1) + ":" + m.group(2).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        return out;
    }

    @Test
    void everyLanguageOfTheSiteHasItsTokens() {
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("python", new String[] {"@cache\ndef f(x):  # hi\n    return \"a#b\"", "m:@cache", "k:def", "c:# hi", "k:return", "s:\"a#b\""});
        cases.put("go", new String[] {"func main() { var s string = `x` // c\n}", "k:func", "k:var", "t:string", "s:`x`", "c:// c"});
        cases.put("javascript", new String[] {"const a = 'x' /* no */ + 42;", "k:const", "s:'x'", "c:/* no */", "n:42"});
        cases.put("ts", new String[] {"interface A { n: number }", "k:interface", "t:A", "t:number"});
        cases.put("java", new String[] {"@Override public int f() { return 0x1F; }", "m:@Override", "k:public", "k:int", "k:return", "n:0x1F"});
        cases.put("php", new String[] {"<?php echo $name; // x", "m:<?php", "k:echo", "v:$name", "c:// x"});
        cases.put("ruby", new String[] {"def go(:sym) @x = nil end # c", "k:def", "a::sym", "v:@x", "k:nil", "k:end", "c:# c"});
        cases.put("rust", new String[] {"#[derive(Debug)]\nfn main() { let v: u32 = 1; println!(\"{}\", v); }",
                "m:#[derive(Debug)]", "k:fn", "k:let", "t:u32", "n:1", "m:println!", "s:\"{}\""});
        cases.put("sql", new String[] {"SELECT id FROM t WHERE name = 'x' -- c", "k:SELECT", "k:FROM", "k:WHERE", "s:'x'", "c:-- c"});
        cases.put("yaml", new String[] {"key: \"v\" # c\nlist:\n  - on", "a:key", "s:\"v\"", "c:# c", "a:list", "k:on"});
        cases.put("json", new String[] {"{\"a\": \"b\", \"n\": 1.5, \"t\": true}", "a:\"a\"", "s:\"b\"", "a:\"n\"", "n:1.5", "a:\"t\"", "k:true"});
        cases.put("bash", new String[] {"if [ -f \"$F\" ]; then echo ${HOME} # c\nfi", "k:if", "m:-f", "s:\"$F\"", "k:then", "v:${HOME}", "c:# c", "k:fi"});
        cases.put("nginx", new String[] {"server {\n  listen 80; # c\n  return 301 $scheme;\n}", "k:server", "k:listen", "n:80", "c:# c",
                "k:return", "n:301", "v:$scheme"});
        cases.put("toml", new String[] {"[tool.x]\nname = \"p\" # c", "t:[tool.x]", "a:name", "s:\"p\"", "c:# c"});
        cases.put("dockerfile", new String[] {"FROM alpine AS base\nRUN echo $X", "k:FROM", "k:AS", "k:RUN", "v:$X"});
        cases.put("html", new String[] {"<!-- c --><a href=\"x\">1</a>", "c:<!-- c -->", "t:<a", "a:href", "s:\"x\"", "t:>", "n:1", "t:</a", "t:>"});
        cases.put("css", new String[] {"@media print { .a { color: var(--x); margin: 0 2px } }", "k:@media", "t:.a", "a:color", "v:var(--x)",
                "a:margin", "n:0", "n:2px"});
        cases.forEach((lang, c) -> assertEquals(List.of(c).subList(1, c.length), spans(lang, c[0]), lang));
        assertEquals(17, cases.size());
    }

    @Test
    void codeIsAlwaysEscapedAndUnknownLanguagesArePlain() {
        String html = CodeHighlighter.highlight("javascript", "s = \"</code><script>alert(1)</script>\" & t < u");
        assertFalse(html.contains("<script") || html.contains("</code>"), html);
        assertTrue(html.contains("&amp; t &lt; u"), html);
        assertTrue(CodeHighlighter.language("brainfuck").isEmpty());
        assertEquals("&lt;b&gt;", CodeHighlighter.highlight("brainfuck", "<b>"));
        assertEquals("python", CodeHighlighter.language(" PY ").orElseThrow());
    }
}
