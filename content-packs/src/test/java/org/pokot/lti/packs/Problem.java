package org.pokot.lti.packs;

/**
 * One problem found in a pack.
 *
 * @param code    what kind of problem
 * @param pack    the pack id (or folder name)
 * @param module  the module id, or null when the problem is not inside a module
 * @param item    what inside the module, e.g. {@code unit 'x' (fi)} or {@code question 'q1' option 'b'}; may be null
 * @param message what is wrong, in words
 */
public record Problem(ProblemCode code, String pack, String module, String item, String message) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder("pack '").append(pack).append('\'');
        if (module != null) {
            where.append(" > module '").append(module).append('\'');
        }
        if (item != null && !item.isEmpty()) {
            where.append(" > ").append(item);
        }
        return "[" + code + "] " + where + ": " + message;
    }
}
