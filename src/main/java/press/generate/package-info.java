/** Synthetic alphanode posts for load tests and similar-post evaluation: deterministic per (seed, post number). */
package press.generate;
