/**
 * The demo data: the city's 2017 status report on new immigration from south-eastern Europe (chapters 6 and 7),
 * loaded through the command path as the coordination office of the social department (Sozialdezernat) would enter
 * it, so that every figure the API and the dashboards show is computed from recorded events, as for real data.
 *
 * <p>Switched on by {@code VERBUND_DEMO=true} (the property {@code verbund.demo}) through
 * {@link org.verbund.demo.DemoDataAutoConfiguration}; {@link org.verbund.demo.ReportDemoData} then loads, once the
 * application is ready, the organisations, the funding portfolio ({@link org.verbund.demo.ReportPortfolio}), the
 * working group ({@link org.verbund.demo.ReportWorkingGroup}), the Dortmund-Plovdiv partnership
 * ({@link org.verbund.demo.ReportPartnership}) and the study placements. The report's tables are data files under
 * {@code /demo} ({@link org.verbund.demo.ReportFiles}); what the report gives only as prose is written out in the
 * loaders, and what it does not give at all (days, people, outcomes of the workshops) is marked as an example.
 *
 * <p>Every loader sends through {@link org.verbund.demo.DemoCommands}: it creates its aggregate first and goes on only
 * when that created it, and ids are derived from the report ({@link org.verbund.demo.ReportIds}), so loading again
 * records nothing. The module uses only the contexts' {@code api} packages and the shared kernel, like any client.
 */
package org.verbund.demo;
