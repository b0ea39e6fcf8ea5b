package org.verbund.core.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.verbund.core.audit.api.InclusionProof;
import org.verbund.core.audit.api.SignedTreeHead;
import org.verbund.core.audit.api.StoredPosition;
import org.verbund.core.audit.api.VerificationReport;
import org.verbund.core.eventstore.MongoStoreConfiguration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The auditor's tool, which trusts nothing but the tree-head public key it is given:
 * <ul>
 *     <li>{@code audit verify --head=head.json --key=tree-head.pub --export=stored.ndjson} (or, instead of
 *     {@code --export}, the store options of the gateway, with every gateway of that store stopped) recomputes the
 *     tree and names the first position that does not match the signed head;</li>
 *     <li>{@code audit watch --gateway=URL --token=TOKEN --key=tree-head.pub --state=auditor-head.json
 *     [--spot-checks=20]} fetches the current head, checks its signature and its consistency with the last head it
 *     saw (kept in the state file), checks inclusion proofs of random positions, and keeps the new head.</li>
 * </ul>
 * It exits 0 when everything verifies, 1 on any mismatch, 2 when it cannot run as asked.
 */
public final class AuditorTool {

    public static final String COMMAND = "audit";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final PrintStream out;

    AuditorTool(PrintStream out) {
        this.out = out;
    }

    /** Runs a subcommand; returns the exit code. */
    public static int run(PrintStream out, String... arguments) {
        return new AuditorTool(out).dispatch(arguments);
    }

    int dispatch(String... arguments) {
        Map<String, String> options = options(arguments);
        String command = arguments.length == 0 ? "" : arguments[0];
        try {
            return switch (command) {
                case "verify" -> verify(options, arguments);
                case "watch" -> watch(options);
                default -> usage("Say verify or watch");
            };
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            return usage(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return usage("interrupted");
        }
    }

    private int verify(Map<String, String> options, String... arguments) throws IOException {
        SignedTreeHead head = JSON.readValue(Files.readString(path(options, "head")), SignedTreeHead.class);
        PublicKey key = TreeHeadKey.publicKey(Files.readString(path(options, "key")));
        VerificationReport report;
        if (options.containsKey("export")) {
            try (BufferedReader lines = Files.newBufferedReader(path(options, "export"))) {
                report = HistoryVerifier.verify(head, key, exportLines(lines));
            }
        } else {
            report = verifyStore(head, key, arguments);
        }
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        out.println(report.verified() ? "VERIFIED: the " + head.treeSize() + " positions give the signed root"
                                      : "MISMATCH: " + report.problem());
        return report.verified() ? 0 : 1;
    }

    private static VerificationReport verifyStore(SignedTreeHead head, PublicKey key, String... arguments) {
        ConfigurableApplicationContext store;
        try {
            store = new SpringApplicationBuilder(StoreOnly.class).web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(arguments);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalArgumentException("Cannot open the store (is a gateway still running on it?): "
                                               + cause.getMessage(), e);
        }
        try (store) {
            StoredLeaves leaves = StoredLeaves.of(store.getBean(MongoDatabase.class));
            return HistoryVerifier.verify(head, key, leaves.read(0, head.treeSize()));
        }
    }

    private int watch(Map<String, String> options) throws IOException, InterruptedException {
        PublicKey key = TreeHeadKey.publicKey(Files.readString(path(options, "key")));
        Path state = path(options, "state");
        Gateway gateway = new Gateway(required(options, "gateway"), required(options, "token"));
        SignedTreeHead current = JSON.treeToValue(gateway.get("/api/audit/tree-head"), SignedTreeHead.class);
        if (!TreeHeadKey.verify(current, key)) {
            return mismatch("the gateway's tree head is not signed by key " + TreeHeadKey.keyId(key));
        }
        if (Files.exists(state)) {
            SignedTreeHead last = JSON.readValue(Files.readString(state), SignedTreeHead.class);
            if (!TreeHeadKey.verify(last, key)) {
                return mismatch("the head kept in " + state + " is not signed by key " + TreeHeadKey.keyId(key));
            }
            if (current.treeSize() < last.treeSize()) {
                return mismatch("the tree shrank from " + last.treeSize() + " to " + current.treeSize());
            }
            JsonNode proof = gateway.get("/api/audit/proofs/consistency?from=" + last.treeSize()
                                         + "&to=" + current.treeSize());
            if (!MerkleTree.verifyConsistency(last.treeSize(), current.treeSize(), decode(last.rootHash()),
                                              decode(current.rootHash()), hashes(proof.path("path")))) {
                return mismatch("the tree of " + current.treeSize() + " is not consistent with the tree of "
                                + last.treeSize() + " seen at " + last.timestamp() + ": history was rewritten");
            }
            out.println("consistent: " + last.treeSize() + " -> " + current.treeSize());
        }
        int spotChecks = Integer.parseInt(options.getOrDefault("spot-checks", "20"));
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < spotChecks && current.treeSize() > 0; i++) {
            long position = random.nextLong(current.treeSize());
            InclusionProof proof = JSON.treeToValue(gateway.get("/api/audit/proofs/inclusion?position=" + position
                                                                + "&size=" + current.treeSize()), InclusionProof.class);
            if (proof.leaf() == null || proof.leaf().position() != position || !proof.leaf().settled()
                || !MerkleTree.verifyInclusion(position, current.treeSize(), LeafEncoding.leafHash(proof.leaf()),
                                               proof.auditPath().stream().map(AuditorTool::decode).toList(),
                                               decode(current.rootHash()))) {
                return mismatch("position " + position + " is not in the signed tree of " + current.treeSize()
                                + " as the gateway shows it");
            }
        }
        Files.writeString(state, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(current));
        out.println("VERIFIED: head of " + current.treeSize() + " positions signed at " + current.timestamp()
                    + ", " + spotChecks + " inclusion proofs checked; kept in " + state);
        return 0;
    }

    private Iterator<StoredPosition> exportLines(BufferedReader lines) {
        Iterator<String> text = lines.lines().filter(line -> !line.isBlank()).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return text.hasNext();
            }

            @Override
            public StoredPosition next() {
                try {
                    return JSON.readValue(text.next(), StoredPosition.class);
                } catch (IOException e) {
                    throw new UncheckedIOException("A line of the export is not a stored position", e);
                }
            }
        };
    }

    /** A gateway's audit API, read with the auditor's token. */
    private record Gateway(String base, String token) {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        JsonNode get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + path))
                               .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                               .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalArgumentException("GET " + path + " answered " + response.statusCode() + ": "
                                                   + response.body());
            }
            return JSON.readTree(response.body());
        }
    }

    private int mismatch(String what) {
        out.println("MISMATCH: " + what);
        return 1;
    }

    private int usage(String problem) {
        out.println("audit: " + problem + "\n"
                    + "  audit verify --head=HEAD.json --key=KEY.pub (--export=STORED.ndjson | store options)\n"
                    + "  audit watch --gateway=URL --token=TOKEN --key=KEY.pub --state=STATE.json"
                    + " [--spot-checks=20]");
        return 2;
    }

    private static Map<String, String> options(String... arguments) {
        Map<String, String> options = new HashMap<>();
        for (String argument : arguments) {
            if (argument.startsWith("--") && argument.contains("=")) {
                options.put(argument.substring(2, argument.indexOf('=')), argument.substring(argument.indexOf('=') + 1));
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + "= is missing");
        }
        return value;
    }

    private static Path path(Map<String, String> options, String name) {
        return Path.of(required(options, name));
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new java.util.ArrayList<>();
        array.forEach(hash -> hashes.add(decode(hash.asText())));
        return hashes;
    }

    /** Only the store: no processors, no tree appender, no web server. */
    @Configuration(proxyBeanMethods = false)
    @Import(MongoStoreConfiguration.class)
    static class StoreOnly {
    }
}
