/** Measures similar-post quality (precision@k against problem and primary stack) on folders of generated posts. */
package press.similar.eval;
