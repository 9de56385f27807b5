package press.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.ReflectionObjectHandler;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a template's names are looked up in the page's views: the same answers as Mustache's
 * {@link ReflectionObjectHandler} (each scope from the innermost out, a map by its keys, any other
 * object by its method {@code name()}, {@code getName()}, {@code isName()} or field {@code name};
 * a dotted name in the innermost scope that has its first part, part by part), without its guards.
 * Mustache's binding remembers the members it found for each shape of the scope stack and tests
 * them with guards that signal a miss by throwing; a partial that recurses (the meta box) or a
 * section entered with different views misses on most calls, and that was the largest single
 * cost of rendering a page. Here each scope's member is found by its class in a table, once per
 * class and name.
 *
 * <p>Strict: a name that no scope has is an error naming it (Mustache prints nothing for it, so a
 * misspelled {@code {{head.titel}}} would silently blank part of every page). A name whose value
 * is null or empty is fine: sections test those.
 */
final class ViewNames extends ReflectionObjectHandler {
    /** The arguments of a member's call: one empty array (a call with none makes a new one each time: 115 MB at 10,000 posts). */
    private static final Object[] NO_ARGUMENTS = {};
    /** Marks a class without the member, in the table. */
    private static final Object NONE = new Object();

    private final Map<Class<?>, Map<String, Object>> members = new ConcurrentHashMap<>();

    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
        if (name == null) return scopes -> null; // text between tags: never looked up
        return new Name(name);
    }

    /**
     * One tag's name, and the members it met last (class, name, member or {@link #NONE}; a few):
     * a tag sees the same few view classes on every page, so most lookups end here, not in the table.
     */
    private final class Name implements Binding {
        private static final int KEPT = 8;
        final String name;
        final String[] parts;
        /** Triples, replaced whole when one is added: read by every rendering thread. */
        private volatile Object[] seen = new Object[0];

        Name(String name) {
            this.name = name;
            this.parts = name.split("\\.", -1);
        }

        @Override
        public Object get(List<Object> scopes) {
            return value(this, scopes);
        }

        Object member(Class<?> type, String part) {
            Object[] s = seen;
            for (int k = 0; k < s.length; k += 3) {
                if (s[k] == type && s[k + 1] == part) return s[k + 2];
            }
            Object m = table(type, part);
            if (s.length < 3 * KEPT) {
                Object[] more = java.util.Arrays.copyOf(s, s.length + 3);
                more[s.length] = type;
                more[s.length + 1] = part;
                more[s.length + 2] = m;
                seen = more;
            }
            return m;
        }
    }

    private Object value(Name n, List<Object> scopes) {
        String name = n.name;
        String[] parts = n.parts;
        SCOPES:
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Object scope = coerce(scopes.get(i));
            if (scope == null) continue;
            Object found = member(n, scope, name); // a map's key may hold dots
            if (found != NONE) return coerce(found);
            if (parts.length == 1) continue;
            for (String part : parts) {
                found = member(n, scope, part);
                if (found == NONE && part == parts[0]) continue SCOPES; // this scope does not have the name: an outer one may
                if (found == NONE) break SCOPES;
                scope = coerce(found);
                if (scope == null && part != parts[parts.length - 1]) break SCOPES; // a part was null: the name has no value here
            }
            return scope;
        }
        throw new MustacheException("{{" + name + "}} is not a value of this page's view, expected one of its fields (see press.render.Views)");
    }

    /** The value of {@code name} on {@code scope}, or {@link #NONE} when it has no such key or member. */
    private Object member(Name tag, Object scope, String name) {
        if (scope instanceof Map<?, ?> map) {
            if (map.containsKey(name)) return map.get(name);
            if (!areMethodsAccessible(map)) return NONE;
        }
        Object m = tag.member(scope.getClass(), name);
        if (m == NONE) return NONE;
        try {
            return m instanceof Method method ? method.invoke(scope, NO_ARGUMENTS) : ((Field) m).get(scope);
        } catch (InvocationTargetException e) {
            throw new MustacheException("Failed to get " + name + " from " + scope.getClass(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new MustacheException("Failed to get " + name + " from " + scope.getClass(), e);
        }
    }

    /** The member {@code name} of {@code type}, or {@link #NONE}: found once per class and name. */
    private Object table(Class<?> type, String name) {
        Map<String, Object> ofType = members.get(type);
        if (ofType == null) ofType = members.computeIfAbsent(type, c -> new ConcurrentHashMap<>());
        Object m = ofType.get(name);
        return m != null ? m : ofType.computeIfAbsent(name, n -> found(type, n));
    }

    private Object found(Class<?> type, String name) {
        AccessibleObject member = findMember(type, name);
        if (member == null) return NONE;
        member.trySetAccessible();
        return member;
    }
}
