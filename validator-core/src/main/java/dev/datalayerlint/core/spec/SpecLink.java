package dev.datalayerlint.core.spec;

/** A link from a spec page to another page ({@code /schemas/item.md}), where it stands in the page. */
public record SpecLink(String target, int line, int column) {

    /** True for a link into the spec repository (not a web address, not an anchor on the same page). */
    public boolean isLocal() {
        return !target.isBlank() && !target.startsWith("#") && !target.contains("://") && !target.startsWith("mailto:");
    }

    /** The target without its {@code #fragment} or {@code ?query}. */
    public String path() {
        int cut = target.length();
        for (char c : new char[] {'#', '?'}) {
            int i = target.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return target.substring(0, cut);
    }
}
