package press.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which maps of site.yaml have a fixed set of keys, found in the file parents first, by JSON pointer. */
class ConfigKeysTest {
    private static List<String> pointers(String json) throws Exception {
        return ConfigKeys.maps(new ObjectMapper().readTree(json)).stream().map(ConfigKeys.Block::pointer).toList();
    }

    @Test
    void onlyMapsPresentAsMapsAreListedParentsFirst() throws Exception {
        assertEquals(List.of("", "/similar", "/output", "/environments/prod", "/collections/recipes", "/taxonomies/1", "/menu/0"),
                pointers("{\"menu\": [{\"name\": \"a\"}, \"b\"], \"taxonomies\": [\"tags\", {\"field\": \"x\"}], \"output\": {},"
                        + " \"similar\": {\"count\": 1}, \"markdown\": true, \"environments\": {\"prod\": {}, \"bad\": 3},"
                        + " \"collections\": {\"recipes\": {\"output\": true}, \"notes\": []}}"));
        assertEquals(List.of(), pointers("[]"), "a file that is not a map has no maps of settings");
    }

    @Test
    void eachMapGetsItsOwnKeysAndAuthorChosenNamesAreEscaped() throws Exception {
        List<ConfigKeys.Block> blocks = ConfigKeys.maps(new ObjectMapper().readTree(
                "{\"author\": {}, \"environments\": {\"a/b~c\": {}}, \"menu\": [{}], \"collections\": {\"c\": {}}}"));
        assertEquals(List.of(new ConfigKeys.Block("", ConfigKeys.ROOT), new ConfigKeys.Block("/author", ConfigKeys.AUTHOR),
                new ConfigKeys.Block("/environments/a~1b~0c", ConfigKeys.ENVIRONMENT), new ConfigKeys.Block("/collections/c", ConfigKeys.COLLECTION),
                new ConfigKeys.Block("/menu/0", ConfigKeys.MENU_ENTRY)), blocks);
        assertEquals("~01~1", ConfigKeys.escape("~1/"), "~ first, so an escaped / is not read back as ~");
    }
}
