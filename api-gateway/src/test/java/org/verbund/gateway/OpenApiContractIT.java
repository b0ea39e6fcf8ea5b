package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway serves is the committed contract, {@code api-gateway/openapi/verbund.json}: the
 * file a client is generated from ({@code GeneratedClientWalkthroughIT}) and that {@code .ci/run} lints. After an
 * intended change of the API, refresh the file with {@link #REFRESH} and commit it with the change.
 */
class OpenApiContractIT {

    static final String REFRESH = "./mvnw -B verify -pl api-gateway -Dit.test=OpenApiContractIT -Dtest=none "
                                  + "-Dsurefire.failIfNoSpecifiedTests=false -Dverbund.openapi.refresh=true";
    static final Path CONTRACT = Path.of(System.getProperty("basedir", "."), "openapi", "verbund.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theServedDocumentIsTheCommittedContract(@TempDir Path dataDir) throws Exception {
        JsonNode served;
        try (RunningGateway gateway = new RunningGateway(dataDir)) {
            served = JSON.readTree(gateway.get("/v3/api-docs", null).body());
        }
        if (Boolean.getBoolean("verbund.openapi.refresh")) {
            Files.writeString(CONTRACT, JSON.writeValueAsString(served) + "\n");
        }
        JsonNode committed = JSON.readTree(CONTRACT.toFile());
        List<String> differences = new ArrayList<>();
        differences("", committed, served, differences);
        assertThat(differences)
                .as("The API differs from its committed contract %s at these JSON pointers (committed / served). "
                    + "If the change is intended, refresh the contract with%n  %s%nand commit it.", CONTRACT, REFRESH)
                .isEmpty();
    }

    /** Where {@code committed} and {@code served} differ, as JSON pointers (the first 30). */
    private static void differences(String pointer, JsonNode committed, JsonNode served, List<String> found) {
        if (found.size() >= 30 || committed.equals(served)) {
            return;
        }
        if (committed.isObject() && served.isObject()) {
            Set<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name) || !served.has(name)) {
                    found.add(child + (committed.has(name) ? " is gone" : " is new"));
                } else {
                    differences(child, committed.get(name), served.get(name), found);
                }
            }
        } else if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            Iterator<JsonNode> theirs = served.elements();
            int index = 0;
            for (JsonNode element : committed) {
                differences(pointer + "/" + index++, element, theirs.next(), found);
            }
        } else {
            found.add(pointer + ": " + abbreviated(committed) + " / " + abbreviated(served));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
