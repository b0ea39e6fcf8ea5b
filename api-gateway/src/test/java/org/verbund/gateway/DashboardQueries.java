package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a Grafana dashboard's panel queries use: every {@code expr} of every panel (also in rows),
 * read as PromQL far enough to tell metric names from functions, keywords, label names and values, durations and
 * numbers. A name is kept as written: a histogram is queried as {@code x_bucket}, {@code x_count} or {@code x_sum},
 * a counter as {@code x_total}, which are the sample names a scrape shows.
 */
final class DashboardQueries {

    /** PromQL's operators and modifiers that look like names. */
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
                                                       "group_right", "and", "or", "unless", "offset", "bool", "inf",
                                                       "nan");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    /** by (...), on (...) and the like: their parentheses hold label names. */
    private static final Pattern LABEL_LISTS = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private DashboardQueries() {
    }

    /** Every panel's every query expression. */
    static Set<String> expressions(JsonNode dashboard) {
        Set<String> expressions = new TreeSet<>();
        collect(dashboard.path("panels"), expressions);
        return expressions;
    }

    private static void collect(JsonNode panels, Set<String> expressions) {
        for (JsonNode panel : panels) {
            panel.path("targets").forEach(target -> {
                if (target.hasNonNull("expr")) {
                    expressions.add(target.get("expr").asText());
                }
            });
            collect(panel.path("panels"), expressions); // a collapsed row holds its panels
        }
    }

    /** The metric names in one PromQL expression. */
    static Set<String> metricNames(String expression) {
        String bare = STRING.matcher(expression).replaceAll(" ");
        bare = MATCHERS.matcher(bare).replaceAll(" ");
        bare = RANGES.matcher(bare).replaceAll(" ");
        bare = LABEL_LISTS.matcher(bare).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String name = identifier.group();
            boolean numberPart = identifier.start() > 0 && Character.isDigit(bare.charAt(identifier.start() - 1));
            boolean function = bare.substring(identifier.end()).stripLeading().startsWith("(");
            if (!numberPart && !function && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }
}
