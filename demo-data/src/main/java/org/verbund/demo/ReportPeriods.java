package org.verbund.demo;

import org.verbund.core.kernel.Period;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a project as its title in the report's table writes it: the table has no period column, the titles
 * end in "2014-15", "2015-2017", "2016/2017", "01-03/2017" (months of one year) or "2016".
 */
final class ReportPeriods {

    /** First and last month of one year: "01-03/2017". Looked for first, or "03/2017" would read as years. */
    private static final Pattern MONTHS = Pattern.compile("(\\d{2})-(\\d{2})/(\\d{4})");
    /** First and last year, the last with two or four digits: "2014-15", "2015-2017", "2016/2017". */
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2,4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    /**
     * One title of the table names no years (JUSTIQ, project BiBA): assumed to run 2015-18 like the federal ESF
     * projects beside it in the table (LOGIN, BIWAQ).
     */
    static final Period UNNAMED = new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31));

    private ReportPeriods() {
    }

    /** From the first day of the first month or year the title names to the last day of the last one. */
    static Period periodOf(String title) {
        Matcher months = MONTHS.matcher(title);
        if (months.find()) {
            int year = Integer.parseInt(months.group(3));
            LocalDate from = LocalDate.of(year, Integer.parseInt(months.group(1)), 1);
            LocalDate to = LocalDate.of(year, Integer.parseInt(months.group(2)), 1);
            return new Period(from, to.withDayOfMonth(to.lengthOfMonth()));
        }
        Matcher years = YEARS.matcher(title);
        if (years.find()) {
            int from = Integer.parseInt(years.group(1));
            int to = Integer.parseInt(years.group(2));
            to = to < 100 ? from / 100 * 100 + to : to;
            return new Period(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
        }
        Matcher year = YEAR.matcher(title);
        if (year.find()) {
            int single = Integer.parseInt(year.group(1));
            return new Period(LocalDate.of(single, 1, 1), LocalDate.of(single, 12, 31));
        }
        return UNNAMED;
    }
}
