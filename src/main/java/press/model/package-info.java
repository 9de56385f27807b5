/** The in-memory site: posts, their metadata, taxonomies and terms. Typed, immutable, no IO. */
package press.model;
