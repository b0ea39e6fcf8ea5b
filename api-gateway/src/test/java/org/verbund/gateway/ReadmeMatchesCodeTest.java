package org.verbund.gateway;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.verbund.core.architecture.BoundaryRules;
import org.verbund.core.kernel.RuleCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's map of the code is checked against the code: every class its "Structure" and "Where to find"
 * sections name exists, and its table of rule catalogues lists every catalogue with its number of codes.
 */
class ReadmeMatchesCodeTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern CLASS_NAME = Pattern.compile("`([A-Z][A-Za-z0-9]+)`");
    private static final Pattern CATALOGUE_ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\| (\\d+) \\|", Pattern.MULTILINE);

    @Test
    void everyClassTheMapNamesExists() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Set<String> named = new TreeSet<>();
        for (String section : List.of("## Structure", "## The API contract and its error codes", "## Where to find")) {
            Matcher names = CLASS_NAME.matcher(section(readme, section));
            while (names.find()) {
                named.add(names.group(1));
            }
        }
        Set<String> sources = sourceFileNames();

        assertThat(named).hasSizeGreaterThan(50);
        assertThat(named.stream().filter(name -> !sources.contains(name) && !isNotAClass(name)))
                .as("classes the README names that are not in the code").isEmpty();
    }

    @Test
    void theCatalogueTableListsEveryCatalogueWithItsCodes() throws IOException {
        String table = Files.readString(ROOT.resolve("README.md"))
                            .split("<!-- rule-catalogues:start -->")[1].split("<!-- rule-catalogues:end -->")[0];
        Map<String, Integer> documented = new LinkedHashMap<>();
        Matcher rows = CATALOGUE_ROW.matcher(table);
        while (rows.find()) {
            documented.put(rows.group(1), Integer.parseInt(rows.group(2)));
        }
        Map<String, Integer> catalogues = BoundaryRules.productionClasses().stream()
                .filter(type -> type.getSimpleName().endsWith("Rule") && holdsRuleCodes(type))
                .collect(Collectors.toMap(JavaClass::getSimpleName,
                                          type -> RuleCode.catalogue(type.reflect()).size()));

        assertThat(documented).isEqualTo(catalogues);
    }

    private static boolean holdsRuleCodes(JavaClass type) {
        return type.getFields().stream().anyMatch(field -> field.getRawType().isEquivalentTo(RuleCode.class));
    }

    /** Names in back quotes that are values, not classes. */
    private static boolean isNotAClass(String name) {
        return Set.of("ADMIN", "COORDINATOR", "AUDITOR", "VIEWER", "PARTNER", "METRICS", "UP", "DOWN").contains(name);
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length() + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static Set<String> sourceFileNames() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(file -> file.toString().endsWith(".java") && file.toString().contains("/src/"))
                        .map(file -> file.getFileName().toString().replace(".java", ""))
                        .collect(Collectors.toSet());
        }
    }
}
