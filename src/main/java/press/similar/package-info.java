/** Similar posts: an inverted index over typed terms, scored with rare-term weighting. */
package press.similar;
