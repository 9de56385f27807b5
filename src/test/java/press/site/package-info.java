/** Whole-site tests: golden and invalid fixture sites, links, HTML validity, determinism, and their helpers. */
package press.site;
