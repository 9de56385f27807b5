/** The output folder: written fresh beside the old one, then swapped in, so a failed build leaves the old site untouched. */
package press.output;
