package press.model;

import java.util.List;

/**
 * One value of a taxonomy ("python services" of "stack") and its posts, newest first.
 *
 * @param slug URL name of the term page
 */
public record Term(String name, String slug, List<Post> posts) {}
