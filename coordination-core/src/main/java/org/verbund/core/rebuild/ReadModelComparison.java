package org.verbund.core.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.privacy.PersonalDataModule;
import org.verbund.core.rebuild.api.ReadModelDiff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares read models document by document: by id, then by content (field order aside). A personal field is
 * compared by what it says ({@code PersonalText}'s equality), not by its ciphertext: it is encrypted anew with a fresh nonce at every save, and one
 * saved before its person was erased holds a ciphertext whose key is gone, where one saved after holds the erasure
 * (both read as erased). A read model is a small collection (one document per project, meeting, partnership ...),
 * which the storage rules allow to be read whole.
 */
final class ReadModelComparison {

    private static final int LISTED = 100;

    private final ObjectMapper personalData;

    ReadModelComparison(PersonalDataKeys keys) {
        this.personalData = new ObjectMapper().registerModule(new PersonalDataModule(keys));
    }

    /** Compares each read model's live collection with its rebuilt one ({@code name -> [live, rebuilt]}). */
    ReadModelDiff compare(MongoDatabase database, Map<String, String[]> collections) {
        long compared = 0;
        long differing = 0;
        List<ReadModelDiff.Difference> listed = new ArrayList<>();
        for (Map.Entry<String, String[]> readModel : collections.entrySet()) {
            Map<Object, JsonNode> live = byId(database, readModel.getValue()[0]);
            Map<Object, JsonNode> rebuilt = byId(database, readModel.getValue()[1]);
            compared += live.size() + rebuilt.size();
            for (Map.Entry<Object, JsonNode> document : live.entrySet()) {
                JsonNode other = rebuilt.remove(document.getKey());
                String kind = other == null ? "only-live" : other.equals(document.getValue()) ? null : "changed";
                if (kind != null && differing++ < LISTED) {
                    listed.add(new ReadModelDiff.Difference(readModel.getKey(), String.valueOf(document.getKey()), kind));
                }
            }
            for (Object id : rebuilt.keySet()) {
                if (differing++ < LISTED) {
                    listed.add(new ReadModelDiff.Difference(readModel.getKey(), String.valueOf(id), "only-rebuilt"));
                }
            }
        }
        return new ReadModelDiff(compared, differing, listed);
    }

    private Map<Object, JsonNode> byId(MongoDatabase database, String collection) {
        Map<Object, JsonNode> documents = new HashMap<>();
        database.getCollection(collection).find().forEach(document -> documents.put(document.get("_id"),
                                                                                     readable(document)));
        return documents;
    }

    /** The document as JSON with each personal field as what it says. */
    private JsonNode readable(Document document) {
        try {
            return readable(personalData.readTree(document.toJson()));
        } catch (IOException e) {
            throw new UncheckedIOException("A read-model document is not JSON", e);
        }
    }

    private JsonNode readable(JsonNode node) throws IOException {
        if (node instanceof ObjectNode object) {
            if (object.has("subject") && (object.has("cipher") || object.has("erased"))) {
                // compared as PersonalText (subject and what it says), never taken out in clear
                return new POJONode(personalData.treeToValue(object, PersonalText.class));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(readable(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, readable(array.get(i)));
            }
        }
        return node;
    }
}
