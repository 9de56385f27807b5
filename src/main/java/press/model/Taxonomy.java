package press.model;

import press.config.SiteConfig.TaxonomyConfig;

import java.util.List;

/** A taxonomy and its terms, sorted by slug. */
public record Taxonomy(TaxonomyConfig config, List<Term> terms) {}
