package dev.datalayerlint.core.run;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One glob, matched in time linear in the path's length times the pattern's. The platform's matcher
 * ({@link java.nio.file.FileSystem#getPathMatcher}) turns a glob into a backtracking regular expression, and a pattern
 * like {@code **a**a**a**a**a**b} against a 200-character path then runs for hours; an ignore list comes from a
 * configuration file in the repository being checked, so it must not be able to hang the run. The syntax is the
 * platform's, on {@code /}-separated paths: {@code *} (within a name), {@code **} (across names), {@code ?},
 * {@code [a-z]} and {@code [!a-z]} (never matching {@code /}), {@code {a,b}} (not nested) and {@code \} escapes.
 *
 * <p>Compiled into a small automaton whose states are simulated as a set, one code point at a time (Thompson's
 * construction), so there is no backtracking at all.
 */
final class GlobMatcher {

    private enum Kind {
        CHAR,
        ANY,
        CLASS,
        STAR,
        DOUBLE_STAR,
        SPLIT,
        JUMP,
        MATCH
    }

    /** One state; {@code next} is the state after it, {@code alternatives} the targets of a split. */
    private static final class State {
        final Kind kind;
        int codePoint;
        List<int[]> ranges;
        boolean negated;
        int next = -1;
        final List<Integer> alternatives = new ArrayList<>();

        State(Kind kind) {
            this.kind = kind;
        }

        boolean accepts(int c) {
            return switch (kind) {
                case CHAR -> c == codePoint;
                case ANY, STAR -> c != '/';
                case DOUBLE_STAR -> true;
                case CLASS -> c != '/' && negated != inRanges(c);
                default -> false;
            };
        }

        private boolean inRanges(int c) {
            for (int[] range : ranges) {
                if (c >= range[0] && c <= range[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<State> states = new ArrayList<>();
    private final int start;

    /** @throws IllegalArgumentException when {@code glob} is not a valid glob */
    GlobMatcher(String glob) {
        start = compile(glob);
    }

    boolean matches(String path) {
        BitSet current = new BitSet(states.size());
        addClosure(current, start);
        int i = 0;
        while (i < path.length() && !current.isEmpty()) {
            int c = path.codePointAt(i);
            i += Character.charCount(c);
            BitSet next = new BitSet(states.size());
            for (int s = current.nextSetBit(0); s >= 0; s = current.nextSetBit(s + 1)) {
                State state = states.get(s);
                if (state.accepts(c)) {
                    addClosure(next, state.kind == Kind.STAR || state.kind == Kind.DOUBLE_STAR ? s : state.next);
                }
            }
            current = next;
        }
        return i >= path.length() && current.get(states.size() - 1);
    }

    /** Adds {@code s} and every state reachable from it without reading a character. */
    private void addClosure(BitSet set, int s) {
        if (s < 0 || set.get(s)) {
            return;
        }
        set.set(s);
        State state = states.get(s);
        switch (state.kind) {
            case SPLIT -> state.alternatives.forEach(target -> addClosure(set, target));
            case JUMP, STAR, DOUBLE_STAR -> addClosure(set, state.next);
            default -> {}
        }
    }

    /** Builds the states; the last one is {@link Kind#MATCH}. Returns the start state. */
    private int compile(String glob) {
        List<Integer> open = new ArrayList<>(); // states whose next is still to be set
        int first = -1;
        State group = null; // the split of the group being read
        List<Integer> groupEnds = new ArrayList<>();
        int i = 0;
        while (i < glob.length()) {
            int c = glob.codePointAt(i);
            i += Character.charCount(c);
            State state;
            switch (c) {
                case '*' -> {
                    if (i < glob.length() && glob.charAt(i) == '*') {
                        i++;
                        state = new State(Kind.DOUBLE_STAR);
                    } else {
                        state = new State(Kind.STAR);
                    }
                }
                case '?' -> state = new State(Kind.ANY);
                case '[' -> {
                    state = new State(Kind.CLASS);
                    i = readClass(glob, i, state);
                }
                case '\\' -> {
                    if (i >= glob.length()) {
                        throw new IllegalArgumentException("no character to escape at index " + (i - 1));
                    }
                    state = new State(Kind.CHAR);
                    state.codePoint = glob.codePointAt(i);
                    i += Character.charCount(state.codePoint);
                }
                case '{' -> {
                    if (group != null) {
                        throw new IllegalArgumentException("cannot nest groups at index " + (i - 1));
                    }
                    group = new State(Kind.SPLIT);
                    int split = add(group);
                    first = link(open, split, first);
                    open.clear();
                    group.alternatives.add(-1); // the first alternative, set by the state that follows
                    open.add(-2 - split);
                    continue;
                }
                case ',', '}' -> {
                    if (group == null) {
                        state = new State(Kind.CHAR);
                        state.codePoint = c;
                        break;
                    }
                    int end = add(new State(Kind.JUMP));
                    link(open, end, -1);
                    open.clear();
                    groupEnds.add(end);
                    if (c == ',') {
                        int split = states.indexOf(group);
                        group.alternatives.add(-1);
                        open.add(-2 - split);
                    } else {
                        open.addAll(groupEnds);
                        groupEnds.clear();
                        group = null;
                    }
                    continue;
                }
                default -> {
                    state = new State(Kind.CHAR);
                    state.codePoint = c;
                }
            }
            int index = add(state);
            first = link(open, index, first);
            open.clear();
            open.add(index);
        }
        if (group != null) {
            throw new IllegalArgumentException("missing '}'");
        }
        int match = add(new State(Kind.MATCH));
        first = link(open, match, first);
        return first;
    }

    private int add(State state) {
        states.add(state);
        return states.size() - 1;
    }

    /**
     * Points every open state at {@code target}. An open entry {@code -2 - split} stands for the newest, still unset
     * alternative of a split. Returns the start state ({@code target} when there was none yet).
     */
    private int link(List<Integer> open, int target, int first) {
        for (int entry : open) {
            if (entry >= 0) {
                states.get(entry).next = target;
            } else {
                List<Integer> alternatives = states.get(-2 - entry).alternatives;
                alternatives.set(alternatives.size() - 1, target);
            }
        }
        return first < 0 ? target : first;
    }

    /** Reads a class after its {@code [}, as the platform reads it; returns the index after its {@code ]}. */
    private static int readClass(String glob, int i, State state) {
        state.ranges = new ArrayList<>();
        if (i < glob.length() && glob.charAt(i) == '^') {
            state.ranges.add(new int[] {'^', '^'});
            i++;
        } else {
            if (i < glob.length() && glob.charAt(i) == '!') {
                state.negated = true;
                i++;
            }
            if (i < glob.length() && glob.charAt(i) == '-') {
                state.ranges.add(new int[] {'-', '-'});
                i++;
            }
        }
        int last = -1;
        while (i < glob.length()) {
            int c = glob.codePointAt(i);
            i += Character.charCount(c);
            if (c == ']') {
                return i;
            }
            if (c == '/') {
                throw new IllegalArgumentException("explicit name separator in class at index " + (i - 1));
            }
            if (c == '-' && last >= 0) {
                if (i >= glob.length() || glob.charAt(i) == ']') {
                    state.ranges.add(new int[] {'-', '-'});
                    continue;
                }
                int end = glob.codePointAt(i);
                i += Character.charCount(end);
                if (end < last) {
                    throw new IllegalArgumentException("invalid range at index " + (i - 1));
                }
                state.ranges.add(new int[] {last, end});
                last = -1;
            } else if (c == '-') {
                throw new IllegalArgumentException("invalid range at index " + (i - 1));
            } else {
                state.ranges.add(new int[] {c, c});
                last = c;
            }
        }
        throw new IllegalArgumentException("missing ']'");
    }
}
