package org.verbund.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.RegisterOrganisationCommand;
import org.verbund.funding.api.Cohort;
import org.verbund.funding.api.RecordStudyPlacementsCommand;

/**
 * With {@code VERBUND_DEMO=true} (see {@link DemoDataAutoConfiguration}), once the application is ready: loads the 2017
 * status report through the same commands users send, as the coordination office: its organisations, the funding
 * portfolio (section 6.2.1.1, {@link ReportPortfolio}), the working group (6.1.1.4, {@link ReportWorkingGroup}), the
 * Dortmund-Plovdiv partnership (6.2.4, {@link ReportPartnership}) and the study placements (6.1.2). Ids are derived
 * from the report ({@link ReportIds}), so loading again changes nothing.
 */
final class ReportDemoData {

    private static final Logger log = LoggerFactory.getLogger(ReportDemoData.class);

    private final DemoCommands commands;

    ReportDemoData(CommandGateway commands) {
        this.commands = new DemoCommands(commands);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        long started = System.nanoTime();
        loadOrganisations();
        int projects = new ReportPortfolio(commands).load();
        new ReportWorkingGroup(commands).load();
        new ReportPartnership(commands).load();
        loadPlacements();
        log.info("Demo data of the 2017 report loaded: {} projects, the working group, the partnership and the "
                 + "placements in {} ms",
                 projects, (System.nanoTime() - started) / 1_000_000);
    }

    /** The organisations the portfolio and the working group name, with their kinds. */
    private void loadOrganisations() {
        ReportFiles.rows(ReportFiles.ORGANISATIONS).forEach(organisation -> commands.createOnce(
                new RegisterOrganisationCommand(ReportIds.organisation(organisation[0]), organisation[0],
                                                organisation[0], OrganisationKind.valueOf(organisation[1]),
                                                ReportPortfolio.NETWORK_START)));
    }

    /** The students of the dual bachelor per city and cohort; recording the same numbers again records nothing. */
    private void loadPlacements() {
        ReportFiles.rows(ReportFiles.PLACEMENTS).forEach(row -> {
            Cohort cohort = Cohort.parse(row[2]).orElseThrow(
                    () -> new IllegalStateException("Not a cohort in " + ReportFiles.PLACEMENTS + ": " + row[2]));
            commands.send(new RecordStudyPlacementsCommand(
                    RecordStudyPlacementsCommand.idOf(row[0], cohort), row[0], row[1].equals("yes"), cohort,
                    Integer.parseInt(row[3]), Integer.parseInt(row[4]), Integer.parseInt(row[5]), cohort.startsOn()));
        });
    }
}
