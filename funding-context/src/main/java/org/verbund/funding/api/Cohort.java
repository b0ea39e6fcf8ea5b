package org.verbund.funding.api;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cohort of the dual study programme: the students who started in one winter semester, which begins on
 * 1 October of {@code startYear} and runs into the next year. In JSON {@code {"startYear": 2014}}; it reads as
 * {@code 2014/15} ({@link #label()}), the way the report's tables name it.
 * <p>
 * Until revision 2 of {@link StudyPlacementsRecordedEvent} a cohort was free text, and the report itself spells the
 * same semester {@code 2015/16}, {@code 2015/2016} and {@code Wintersemester 2015/16}: as text those are three
 * columns of the placement tables, as a cohort they are one.
 *
 * @param startYear the year in which its winter semester starts
 */
public record Cohort(int startYear) {

    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 9998;
    /** {@code 2014/15}, {@code 2014/2015}, {@code 2014-15}, after {@code WS}, {@code WiSe}, {@code Wintersemester}. */
    private static final Pattern WINTER_SEMESTER = Pattern.compile(
            "(?:(?:ws|wise|wintersemester)\\.?\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{4}|\\d{2})");

    public Cohort {
        if (startYear < FIRST_YEAR || startYear > LAST_YEAR) {
            throw new IllegalArgumentException("A cohort starts in a year of four digits, not in " + startYear);
        }
    }

    /**
     * Reads a cohort as people write it: {@code 2014/15}, {@code 2014/2015}, {@code 2014-15}, {@code WS 2014/15},
     * {@code Wintersemester 2014/2015} (any case, spaces around the separator). Anything else, and a second year that
     * is not the one after the first, is not read: a text such as {@code 2014} or {@code Sommer 2016} could mean more
     * than one cohort.
     */
    public static Optional<Cohort> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = WINTER_SEMESTER.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        String end = matcher.group(2);
        boolean followsOn = end.length() == 2 ? Integer.parseInt(end) == (start + 1) % 100
                                              : Integer.parseInt(end) == start + 1;
        return followsOn && start >= FIRST_YEAR && start <= LAST_YEAR ? Optional.of(new Cohort(start))
                                                                      : Optional.empty();
    }

    /** {@code 2014/15}: how the report's tables name it, and how it appears in the placements' ids. */
    public String label() {
        return "%d/%02d".formatted(startYear, (startYear + 1) % 100);
    }

    /** The first day of its winter semester. */
    public LocalDate startsOn() {
        return LocalDate.of(startYear, Month.OCTOBER, 1);
    }

    @Override
    public String toString() {
        return label();
    }
}
