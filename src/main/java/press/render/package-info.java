/** Routes (every output file, decided before any is rendered), the views templates see, Mustache, sitemap and feed. */
package press.render;
