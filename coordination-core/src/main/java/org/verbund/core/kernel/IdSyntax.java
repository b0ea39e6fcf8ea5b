package org.verbund.core.kernel;

import java.util.regex.Pattern;

/**
 * What an id a client sends may look like: 1 to 100 characters, letters, digits and {@code . _ : -}, starting with a
 * letter or digit. Every id of the API (path segments and id fields of request bodies) is checked against it at the
 * edge; typed ids themselves only refuse blanks, so that every id already stored stays readable.
 */
public final class IdSyntax {

    public static final int MAX_LENGTH = 100;
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    public static boolean isValid(String id) {
        return id != null && COMPILED.matcher(id).matches();
    }

    public static String describe() {
        return "an id of 1 to " + MAX_LENGTH + " letters, digits and . _ : - (starting with a letter or digit)";
    }

    private IdSyntax() {
    }
}
