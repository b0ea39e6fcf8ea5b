package org.verbund.core.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every package says what it is for in a {@code package-info.java} (DESIGN.md, house style 9). Checked on the
 * sources, because javac writes no {@code package-info.class} for a package without annotations.
 */
public final class PackageDocs {

    private PackageDocs() {
    }

    /** The packages under {@code sourceRoot} (e.g. {@code src/main/java}) that hold classes but no package-info. */
    public static List<String> undocumentedPackages(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                        .map(Path::getParent).distinct()
                        .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                        .map(folder -> sourceRoot.relativize(folder).toString().replace('/', '.'))
                        .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
