package press.model;

import press.config.SiteConfig;

import java.util.List;
import java.util.Map;

/**
 * The whole site in memory, ready to plan pages from.
 *
 * @param posts   newest first (ties by slug)
 * @param similar similar posts by post slug
 * @param termsByPost the terms each post links to, by post slug and taxonomy field, in the post's order
 */
public record Site(SiteConfig config, List<Post> posts, List<Taxonomy> taxonomies,
                   Map<String, List<SimilarLink>> similar, Map<String, Map<String, List<Term>>> termsByPost) {}
