package org.verbund.demo;

import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.Period;
import org.verbund.funding.api.ApproveFundingApplicationCommand;
import org.verbund.funding.api.CloseFundedProjectCommand;
import org.verbund.funding.api.DraftFundingApplicationCommand;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.LeadAttribution;
import org.verbund.funding.api.PromiseFundingApprovalCommand;
import org.verbund.funding.api.RecordEarlyStartExemptionCommand;
import org.verbund.funding.api.RegisterFundingProgrammeCommand;
import org.verbund.funding.api.StartFundedProjectCommand;
import org.verbund.funding.api.SubmitFundingApplicationCommand;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.verbund.demo.ReportFiles.NONE;

/**
 * The report's funding portfolio (section 6.2.1.1, {@code portfolio-2017.tsv}): its 16 programmes and its 28 projects
 * with applicants, partners, amounts, periods, positions, lead attribution, early-start exemptions and extensions
 * linked to their predecessors, each taken through its lifecycle up to where the report found it.
 */
final class ReportPortfolio {

    /** The status report's date: projects that started before it run, those that ended before it are closed. */
    static final LocalDate REPORT_DATE = LocalDate.of(2017, 6, 30);
    /** Programmes and organisations are registered as of the network's start, before the first project. */
    static final LocalDate NETWORK_START = LocalDate.of(2012, 1, 1);

    /** One line of the report's table; {@code predecessor} is the 1-based line of the project it extends, or 0. */
    record Project(String programme, FunderLevel level, String title, String applicant, Money amount,
                   boolean promised, boolean earlyStart, List<String> partners, FteShare positions,
                   LeadAttribution attribution, int predecessor) {

        static Project of(String[] column) {
            return new Project(column[0], FunderLevel.valueOf(column[1]), column[2], column[3], Money.of(column[4]),
                               column[5].equals("APPROVAL_PROMISED"), column[6].equals("yes"),
                               column[7].equals(NONE) ? List.of() : List.of(column[7].split(";")),
                               column[8].equals(NONE) ? null : FteShare.of(column[8]),
                               LeadAttribution.valueOf(column[9]),
                               column[10].equals(NONE) ? 0 : Integer.parseInt(column[10]));
        }
    }

    private final DemoCommands commands;

    ReportPortfolio(DemoCommands commands) {
        this.commands = commands;
    }

    static List<Project> projects() {
        return ReportFiles.rows(ReportFiles.PORTFOLIO).stream().map(Project::of).toList();
    }

    /** @return how many projects the table has */
    int load() {
        List<Project> projects = projects();
        // by id: the report spells some programmes in two ways ("NRW-Aktionsprogramm", "NRW- Aktionsprogramm")
        Map<String, Project> programmes = new LinkedHashMap<>();
        projects.forEach(project -> programmes.putIfAbsent(ReportIds.slug(project.programme()), project));
        programmes.values().forEach(project -> commands.createOnce(new RegisterFundingProgrammeCommand(
                ReportIds.programme(project.programme()), project.programme(), project.level(), null,
                NETWORK_START)));
        for (int line = 1; line <= projects.size(); line++) {
            loadProject(ReportIds.application(line), projects.get(line - 1));
        }
        return projects.size();
    }

    /**
     * Drafted four months, submitted three months and decided one month before the project starts; an approved
     * project runs from its start, and is closed at its end if that was before the report.
     */
    private void loadProject(FundingApplicationId applicationId, Project project) {
        Period period = ReportPeriods.periodOf(project.title());
        LocalDate start = period.from();
        FundingApplicationId predecessor = project.predecessor() == 0 ? null
                : ReportIds.application(project.predecessor());
        commands.createThen(new DraftFundingApplicationCommand(
                applicationId, ReportIds.programme(project.programme()), project.title(),
                ReportIds.organisation(project.applicant()),
                project.partners().stream().map(partner -> new ImplementingPartner(ReportIds.organisation(partner),
                                                                                   null, null)).toList(),
                project.amount(), period, project.positions(), project.attribution(), start.minusMonths(4),
                predecessor), () -> decide(applicationId, project, period));
    }

    private void decide(FundingApplicationId applicationId, Project project, Period period) {
        LocalDate start = period.from();
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
}
