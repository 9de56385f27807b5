package press.content;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;

/**
 * A block parser for a container that may hold any block (a footnote's definition, a definition
 * list's description): only how its lines continue differs, in {@code tryContinue}.
 */
abstract class ContainerParser<B extends Block> extends AbstractBlockParser {
    final B block;

    ContainerParser(B block) {
        this.block = block;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block child) {
        return true;
    }
}
