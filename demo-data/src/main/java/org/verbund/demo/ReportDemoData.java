package org.verbund.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.RegisterOrganisationCommand;
import org.verbund.funding.api.ApproveFundingApplicationCommand;
import org.verbund.funding.api.CloseFundedProjectCommand;
import org.verbund.funding.api.DraftFundingApplicationCommand;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.LeadAttribution;
import org.verbund.funding.api.PromiseFundingApprovalCommand;
import org.verbund.funding.api.RecordEarlyStartExemptionCommand;
import org.verbund.funding.api.RecordStudyPlacementsCommand;
import org.verbund.funding.api.RegisterFundingProgrammeCommand;
import org.verbund.funding.api.StartFundedProjectCommand;
import org.verbund.funding.api.SubmitFundingApplicationCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * With {@code VERBUND_DEMO=true}: loads the funding portfolio (section 6.2.1.1), the working group (6.1.1.4, see
 * {@link ReportWorkingGroup}), the Dortmund-Plovdiv partnership (6.2.4, see {@link ReportPartnership}) and the
 * study placements (6.1.2) of
 * the 2017 status report through the same commands users send, as the coordination office: its organisations, the
 * 28 projects with applicants, partners, amounts, periods, positions, lead attribution, early-start exemptions and
 * extensions linked to their predecessors. Ids are derived from the report, so loading again changes nothing.
 */
@Component
@ConditionalOnProperty(name = "verbund.demo", havingValue = "true")
public class ReportDemoData {

    private static final Logger log = LoggerFactory.getLogger(ReportDemoData.class);
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2,4})");
    private static final Pattern MONTHS = Pattern.compile("(\\d{2})-(\\d{2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    /** "-" in a column of the demo files: none. */
    private static final String NONE = "-";
    /** The status report's date: projects that started before it run, those that ended before it are closed. */
    static final LocalDate REPORT_DATE = LocalDate.of(2017, 6, 30);

    private final DemoCommands commands;

    public ReportDemoData(CommandGateway commands) {
        this.commands = new DemoCommands(commands);
    }

    /** One line of the report's table; {@code predecessor} is the 1-based line of the project it extends, or 0. */
    record Project(String programme, FunderLevel level, String title, String applicant, Money amount,
                   boolean promised, boolean earlyStart, List<String> partners, FteShare positions,
                   LeadAttribution attribution, int predecessor) {
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        long started = System.nanoTime();
        List<Project> projects = readProjects();
        // by id: the report spells some programmes in two ways ("NRW-Aktionsprogramm", "NRW- Aktionsprogramm")
        Map<String, Project> programmes = new LinkedHashMap<>();
        projects.forEach(project -> programmes.putIfAbsent(slug(project.programme()), project));
        rows("/demo/organisations-2017.tsv").forEach(organisation -> commands.createOnce(
                new RegisterOrganisationCommand(new OrganisationId(slug(organisation[0])), organisation[0],
                                                organisation[0], OrganisationKind.valueOf(organisation[1]),
                                                LocalDate.of(2012, 1, 1))));
        programmes.forEach((id, project) -> commands.createOnce(new RegisterFundingProgrammeCommand(
                new FundingProgrammeId(id), project.programme(), project.level(), null, LocalDate.of(2012, 1, 1))));
        for (int number = 1; number <= projects.size(); number++) {
            loadProject(number, projects.get(number - 1));
        }
        new ReportWorkingGroup(commands).load();
        new ReportPartnership(commands).load();
        // recording the same numbers again records nothing
        rows("/demo/placements-2017.tsv").forEach(row -> commands.send(new RecordStudyPlacementsCommand(
                RecordStudyPlacementsCommand.idOf(row[0], row[2]), row[0], row[1].equals("yes"), row[2],
                Integer.parseInt(row[3]), Integer.parseInt(row[4]), Integer.parseInt(row[5]),
                LocalDate.of(Integer.parseInt(row[2].substring(0, 4)), 10, 1))));
        log.info("Demo data of the 2017 report loaded: {} projects, the working group, the partnership and the "
                 + "placements in {} ms",
                 projects.size(), (System.nanoTime() - started) / 1_000_000);
    }

    static FundingApplicationId idOf(int line) {
        return new FundingApplicationId(String.format(Locale.ROOT, "report-2017-%02d", line));
    }

    /**
     * Drafted four months, submitted three months and decided one month before the project starts; an approved
     * project runs from its start, and is closed at its end if that was before the report.
     */
    private void loadProject(int line, Project project) {
        FundingApplicationId applicationId = idOf(line);
        Period period = periodOf(project.title());
        LocalDate start = period.from();
        FundingApplicationId predecessor = project.predecessor() == 0 ? null : idOf(project.predecessor());
        boolean created = commands.createOnce(new DraftFundingApplicationCommand(
                applicationId, new FundingProgrammeId(slug(project.programme())), project.title(),
                new OrganisationId(slug(project.applicant())),
                project.partners().stream().map(partner -> new ImplementingPartner(new OrganisationId(slug(partner)),
                                                                                   null, null)).toList(),
                project.amount(), period, project.positions(), project.attribution(), start.minusMonths(4),
                predecessor));
        if (!created) {
            return; // loaded before
        }
        commands.send(new SubmitFundingApplicationCommand(applicationId, start.minusMonths(3)));
        if (project.earlyStart()) {
            commands.send(new RecordEarlyStartExemptionCommand(applicationId, start.minusMonths(2)));
        }
        if (project.promised()) {
            commands.send(new PromiseFundingApprovalCommand(applicationId, start.minusMonths(1)));
            return;
        }
        commands.send(new ApproveFundingApplicationCommand(applicationId, project.amount(),
                                                                  start.minusMonths(1)));
        if (!start.isAfter(REPORT_DATE)) {
            commands.send(new StartFundedProjectCommand(applicationId, start));
        }
        if (period.to().isBefore(REPORT_DATE)) {
            commands.send(new CloseFundedProjectCommand(applicationId, period.to()));
        }
    }

    /** The period a title names ("2014-15", "2015-2017", "01-03/2017", "2016"); 2015-2018 when it names none. */
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
        return new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31));
    }

    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                         .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static List<Project> readProjects() {
        return rows("/demo/portfolio-2017.tsv").stream()
                .map(column -> new Project(column[0], FunderLevel.valueOf(column[1]), column[2], column[3],
                                           Money.of(column[4]), column[5].equals("APPROVAL_PROMISED"),
                                           column[6].equals("yes"),
                                           column[7].equals(NONE) ? List.of() : List.of(column[7].split(";")),
                                           column[8].equals(NONE) ? null : FteShare.of(column[8]),
                                           LeadAttribution.valueOf(column[9]),
                                           column[10].equals(NONE) ? 0 : Integer.parseInt(column[10])))
                .toList();
    }

    /** The tab-separated rows of a demo data file, without its comment lines. */
    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                ReportDemoData.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
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
