package press.render;

import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;

import java.util.List;

/**
 * Mustache's reflection handler made strict, as press's templates ran before {@link ViewNames}: a
 * name no scope has is an error. The reference {@code ViewNamesTest} compares with, and the other
 * side of {@code RenderBench}.
 */
final class StrictReflection extends ReflectionObjectHandler {
    @Override
    public Wrapper find(String name, List<Object> scopes) {
        Wrapper found = super.find(name, scopes);
        if (found instanceof MissingWrapper) throw new MustacheException("{{" + name + "}} missing");
        return found;
    }
}
