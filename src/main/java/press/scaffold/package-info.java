/** Starting out: {@code press init} writes a working site, {@code press new} writes one post or page with its front matter. */
package press.scaffold;
