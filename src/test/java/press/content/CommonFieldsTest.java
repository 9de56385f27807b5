package press.content;

import org.junit.jupiter.api.Test;
import press.config.LocatedYaml;
import press.config.NodeReader;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates and Hugo's aliases as posts and pages read them, and each wrong one at its place. */
class CommonFieldsTest {
    private final Problems problems = new Problems();

    private NodeReader reader(String yaml) {
        return new NodeReader(LocatedYaml.parse(Path.of("content/a.md"), yaml, 1, problems), problems);
    }

    private List<String> problems() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void datesInAnyFormAndAWrongOneAtItsPlace() {
        NodeReader r = reader("date: 2024-05-01\nlastmod: 2024-02-30\n");
        assertEquals(Optional.of(OffsetDateTime.parse("2024-05-01T00:00Z")), CommonFields.date(r, "/date"));
        assertEquals(Optional.empty(), CommonFields.date(r, "/lastmod"));
        assertEquals(Optional.empty(), CommonFields.date(r, "/missing"));
        assertEquals(List.of("content/a.md:3:10: lastmod: expected " + Dates.EXPECTED + ", got \"2024-02-30\""), problems());
    }

    @Test
    void aliasesBecomeSitePathsEachOnce() {
        NodeReader r = reader("aliases: [/old/, old, /older.html, '//old/']\n");
        assertEquals(List.of("old/", "older.html"), CommonFields.aliases(r));
        assertEquals(List.of("new/"), CommonFields.aliases(reader("aliases: /new\n")), "one alias alone");
        assertEquals(List.of(), problems());
    }

    @Test
    void anUnsafeAliasIsAProblemAtItsPlace() {
        NodeReader r = reader("aliases: [/ok/, /../etc/, /]\nother: '/a b/'\n");
        assertEquals(List.of("ok/"), CommonFields.aliases(r));
        CommonFields.aliases(reader("aliases: ../x\n"));
        assertEquals(List.of(
                "content/a.md:2:10: aliases: expected a site path such as /docs/install/ (letters, digits, '-', '_', '.'), got \"../x\"",
                "content/a.md:2:17: aliases[1]: expected a site path such as /docs/install/ (letters, digits, '-', '_', '.'), got \"/../etc/\"",
                "content/a.md:2:27: aliases[2]: expected a site path such as /docs/install/ (letters, digits, '-', '_', '.'), got \"/\""), problems());
    }
}
