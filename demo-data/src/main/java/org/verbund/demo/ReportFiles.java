package org.verbund.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's tables as tab-separated files under {@code /demo} beside this code: one row a line, the columns named in
 * the file's comment lines ({@code #}), {@value #NONE} where a cell is empty in the report.
 */
final class ReportFiles {

    static final String PORTFOLIO = "/demo/portfolio-2017.tsv";
    static final String ORGANISATIONS = "/demo/organisations-2017.tsv";
    static final String PLACEMENTS = "/demo/placements-2017.tsv";
    /** A cell the report leaves empty: no partners, no positions, no predecessor. */
    static final String NONE = "-";

    private ReportFiles() {
    }

    /** The rows of a demo data file, each split at its tabs, without comment and blank lines. */
    static List<String[]> rows(String resource) {
        InputStream file = ReportFiles.class.getResourceAsStream(resource);
        if (file == null) {
            throw new IllegalArgumentException("no demo data file " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
