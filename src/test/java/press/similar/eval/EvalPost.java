package press.similar.eval;

import press.similar.SimilarInput;

import java.util.List;

/** A post as the evaluation sees it: the finder's input plus the answer key (problem, stacks). */
public record EvalPost(SimilarInput input, String problem, List<String> stacks) {
    public String primaryStack() {
        return stacks.isEmpty() ? "" : stacks.get(0);
    }
}
