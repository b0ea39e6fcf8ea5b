package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard page in a real browser against the whole gateway with the 2017 report loaded: sign-in, the report's
 * figures in German and English, live changes without reload, resuming after a gateway restart, a partner's narrower
 * view, axe-core's WCAG 2.1 AA rules, screenshots ({@code target/dashboard-*.png}), and the delay and weight it costs.
 * <p>
 * The tests run in order on one gateway and one browser, because loading the report takes the most time of all;
 * the third restarts the gateway.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardPageIT {

    private static final Path TARGET = Path.of("target");
    private static final int MEASURED_COMMANDS = 50;

    @TempDir
    static Path dataDir;
    @TempDir
    static Path profile;
    private static int port;
    private static RunningGateway gateway;
    private static DashboardPage page;
    private static String clientId;
    private static String clientSecret;
    private static String office;
    private static String programme;

    @BeforeAll
    static void startGatewayAndBrowser() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        gateway = started();
        office = gateway.tokenFor("sozialdezernat", "COORDINATOR");
        await().atMost(Duration.ofSeconds(60)).until(() -> gateway.get("/api/funding/portfolio", office).json()
                .path("totals").path("all").asText().equals("12574515.90"));
        JsonNode client = gateway.createClient("sozialdezernat", "COORDINATOR");
        clientId = client.path("clientId").asText();
        clientSecret = client.path("clientSecret").asText();
        // statements of use of a running project, due in 2018: overdue deadlines on the office's task list
        assertThat(gateway.post("/api/funding/applications/report-2017-25/reporting-dates", office, """
                {"interimStatements": ["2018-06-30"], "finalStatement": "2020-06-30"}""").status() / 100).isEqualTo(2);
        programme = gateway.post("/api/funding/programmes", office, """
                {"name": "Testprogramm", "funderLevel": "STATE",
                 "call": {"name": "Aufruf 2030", "submissionDeadline": "2030-01-01"}}""").json().path("id").asText();
        page = new DashboardPage(gateway.baseUrl(), profile);
    }

    private static RunningGateway started() {
        return new RunningGateway(dataDir, "", "--server.port=" + port, "--verbund.demo=true");
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    @Order(1)
    void signedInTheOfficeReadsTheReportsFiguresInGermanAndEnglishAndEachItemsHistory() throws Exception {
        page.open();
        assertThat(page.shows("client-sign-in")).isTrue();
        page.signIn(clientId, clientSecret);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(page.text("total-approved")).isEqualTo("9.483.567,68 €");
            assertThat(page.text("total-applied")).isEqualTo("3.090.948,22 €");
            assertThat(page.text("total-all")).isEqualTo("12.574.515,90 €");
        });
        assertThat(page.text("signed-in-as")).isEqualTo("Angemeldet für sozialdezernat (COORDINATOR)");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(page.tableRows("placements-by-city").get(0))
                    .containsExactly("Dortmund Modellstadt", "28", "12", "6", "46", "33", "13");
            assertThat(page.tableRows("placements-by-sum")).containsExactly(
                    List.of("Modellstädte", "31", "25", "19", "75"), List.of("weitere Städte", "4", "11", "18", "33"),
                    List.of("Summe", "35", "36", "37", "108"));
            assertThat(page.text("applications-list")).contains("01.01.2012 – 31.12.2013");
            assertThat(page.text("tasks-list")).contains("30.06.2018 überfällig Zwischennachweis");
            assertThat(page.text("decision-register")).contains("12.06.2017");
            assertThat(page.text("milestones")).contains("24.03.2017");
            assertThat(page.text("connection")).isEqualTo("Live");
        });
        Map<String, Number> weight = page.firstLoadWeight();
        System.out.printf("Dashboard first load: %s bytes transferred (bodies %s bytes as sent, %s unpacked) "
                          + "in %s requests%n", weight.get("transferred"), weight.get("encoded"),
                          weight.get("decoded"), weight.get("requests"));

        assertThat(page.seriousAccessibilityViolations()).as("axe-core, German").isEmpty();
        System.out.println("Screenshot: " + page.screenshot(TARGET.resolve("dashboard-de.png")).toAbsolutePath());

        page.openFirstApplicationsHistory();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(page.historyEntries())
                .hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(entry -> assertThat(entry).contains("wer", "für", "erfasst", "wirksam ab", "Grund")));
        assertThat(page.seriousAccessibilityViolations()).as("axe-core, the history drawer").isEmpty();
        page.screenshot(TARGET.resolve("dashboard-history-de.png"));
        page.pressEscape();
        assertThat(page.historyOpen()).isFalse();
        assertThat(page.focusedElementsText()).startsWith("Interkommunaler Handlungsrahmen");

        page.chooseLanguage("en");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(page.text("total-approved")).isEqualTo("€9,483,567.68");
            assertThat(page.text("total-all")).isEqualTo("€12,574,515.90");
            assertThat(page.text("applications-list")).contains("01/01/2012 – 31/12/2013");
            assertThat(page.tableRows("placements-by-sum").get(0)).containsExactly("Pilot cities", "31", "25", "19",
                                                                                  "75");
        });
        assertThat(page.seriousAccessibilityViolations()).as("axe-core, English").isEmpty();
        System.out.println("Screenshot: " + page.screenshot(TARGET.resolve("dashboard-en.png")).toAbsolutePath());
        page.chooseLanguage("de");
    }

    @Test
    @Order(2)
    void aCommandSentThroughTheApiShowsOnThePageWithinTwoSecondsWithoutReload() throws Exception {
        page.markDocument();
        BigDecimal applied = applied();
        String id = drafted("Live-Test: Sprachkurse", "250000.00");
        RunningGateway.Response submitted = gateway.post("/api/funding/applications/" + id + "/submit", office, "{}");
        assertThat(submitted.status() / 100).isEqualTo(2);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            assertThat(page.attribute("total-applied", "data-amount"))
                    .isEqualTo(applied.add(new BigDecimal("250000.00")).toPlainString());
            assertThat(page.text("applications-list")).contains("Live-Test: Sprachkurse");
        });
        assertThat(page.text("total-applied")).isEqualTo("3.340.948,22 €");
        assertThat(page.stillTheMarkedDocument()).isTrue();

        // the delay from a command's acknowledgement to the page showing it, measured in the browser's own clock:
        // the browser sends the submit, and watches the total until it shows the new sum
        page.asyncScript("""
                const [clientId, secret, done] = arguments;
                fetch('/oauth2/token', { method: 'POST', body: 'grant_type=client_credentials',
                    headers: { Authorization: 'Basic ' + btoa(clientId + ':' + secret),
                               'Content-Type': 'application/x-www-form-urlencoded' } })
                  .then((answer) => answer.json()).then((token) => { window.measuringToken = token.access_token; done(); });
                """, clientId, clientSecret);
        List<Double> delays = new ArrayList<>();
        for (int command = 0; command < MEASURED_COMMANDS; command++) {
            String next = drafted("Messung " + command, "1000.00");
            String expected = applied().add(new BigDecimal("1000.00")).toPlainString();
            delays.add(((Number) page.asyncScript("""
                    const [id, expected, done] = arguments;
                    const shows = () => document.getElementById('total-applied')?.dataset.amount === expected;
                    let acknowledged = null;
                    const observer = new MutationObserver(() => {
                      if (acknowledged !== null && shows()) { observer.disconnect(); done(performance.now() - acknowledged); }
                    });
                    observer.observe(document.getElementById('portfolio-totals'), { subtree: true, childList: true,
                                                                                  attributes: true });
                    fetch('/api/funding/applications/' + id + '/submit', { method: 'POST', body: '{}',
                        headers: { Authorization: 'Bearer ' + window.measuringToken, 'Content-Type': 'application/json' } })
                      .then((answer) => {
                        if (!answer.ok) { done(-1); return; }
                        acknowledged = performance.now();
                        // the page may have shown it even before the answer was read
                        if (shows()) { observer.disconnect(); done(0); }
                      });
                    """, next, expected)).doubleValue());
        }
        assertThat(delays).allMatch(delay -> delay >= 0).allMatch(delay -> delay < 2000);
        List<Double> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        System.out.printf("Acknowledgement to page, %d commands: median %.1f ms, worst %.1f ms, all %s%n",
                          sorted.size(), (sorted.get(24) + sorted.get(25)) / 2, sorted.get(sorted.size() - 1),
                          delays);
        assertThat(page.stillTheMarkedDocument()).isTrue();
    }

    @Test
    @Order(3)
    void afterTheGatewayRestartsThePageResumesByItselfAndShowsWhatChangedMeanwhile() throws Exception {
        page.markDocument();
        BigDecimal applied = applied();
        gateway.close();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(page.attribute("connection", "data-state")).isEqualTo("reconnecting");
            assertThat(page.text("connection")).isEqualTo("Verbindung unterbrochen – verbinde neu …");
        });
        page.screenshot(TARGET.resolve("dashboard-reconnecting-de.png"));

        gateway = started();
        String id = drafted("Nach dem Neustart", "777.00");
        assertThat(gateway.post("/api/funding/applications/" + id + "/submit", office, "{}").status() / 100)
                .isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(page.attribute("total-applied", "data-amount"))
                    .isEqualTo(applied.add(new BigDecimal("777.00")).toPlainString());
            assertThat(page.attribute("connection", "data-state")).isEqualTo("live");
            assertThat(page.text("applications-list")).contains("Nach dem Neustart");
        });
        assertThat(page.stillTheMarkedDocument()).isTrue();
    }

    @Test
    @Order(4)
    void aPartnerSeesOnlyWhatTheApiShowsItAndAWrongSecretSignsNobodyIn() throws Exception {
        page.click("sign-out");
        assertThat(page.shows("client-sign-in")).isTrue();
        assertThat(page.shows("dashboard")).isFalse();
        JsonNode partner = gateway.createClient("vhs", "PARTNER");
        page.signIn(partner.path("clientId").asText(), "not-the-secret");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(page.text("sign-in-message"))
                .isEqualTo("Anmeldung fehlgeschlagen: Kennung oder Geheimnis stimmen nicht."));
        assertThat(page.shows("dashboard")).isFalse();

        page.signIn(partner.path("clientId").asText(), partner.path("clientSecret").asText());
        String itsOwn = gateway.get("/api/funding/applications/report-2017-05", office).json().path("title").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(page.text("signed-in-as")).isEqualTo("Angemeldet für vhs (PARTNER)");
            assertThat(page.text("applications-count")).isEqualTo("1 von 1 angezeigt");
            assertThat(page.text("applications-list")).contains(itsOwn);
            assertThat(page.text("tasks-list")).isEqualTo("Keine offenen Fristen.");
            // the portfolio's totals are for every caller
            assertThat(page.attribute("total-approved", "data-amount")).isEqualTo("9483567.68");
        });
    }

    private static BigDecimal applied() throws IOException, InterruptedException {
        return new BigDecimal(gateway.get("/api/funding/portfolio", office).json().path("totals").path("applied")
                                     .asText());
    }

    private static String drafted(String title, String amount) throws IOException, InterruptedException {
        RunningGateway.Response drafted = gateway.post("/api/funding/applications", office, """
                {"programmeId": "%s", "title": "%s", "leadApplicantId": "sozialdezernat", "partnerIds": [],
                 "requestedAmount": "%s", "period": {"from": "2027-01-01", "to": "2027-12-31"}}"""
                .formatted(programme, title, amount));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.json().path("id").asText();
    }
}
