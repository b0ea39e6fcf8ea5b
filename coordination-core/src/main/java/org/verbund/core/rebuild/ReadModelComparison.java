package org.verbund.core.rebuild;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.verbund.core.rebuild.api.ReadModelDiff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares read models document by document: by id, then by content (field order aside). A read model is a small
 * collection (one document per project, meeting, partnership ...), which the storage rules allow to be read whole.
 */
final class ReadModelComparison {

    private static final int LISTED = 100;

    private ReadModelComparison() {
    }

    /** Compares each read model's live collection with its rebuilt one ({@code name -> [live, rebuilt]}). */
    static ReadModelDiff compare(MongoDatabase database, Map<String, String[]> collections) {
        long compared = 0;
        long differing = 0;
        List<ReadModelDiff.Difference> listed = new ArrayList<>();
        for (Map.Entry<String, String[]> readModel : collections.entrySet()) {
            Map<Object, Document> live = byId(database, readModel.getValue()[0]);
            Map<Object, Document> rebuilt = byId(database, readModel.getValue()[1]);
            compared += live.size() + rebuilt.size();
            for (Map.Entry<Object, Document> document : live.entrySet()) {
                Document other = rebuilt.remove(document.getKey());
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

    private static Map<Object, Document> byId(MongoDatabase database, String collection) {
        Map<Object, Document> documents = new HashMap<>();
        database.getCollection(collection).find().forEach(document -> documents.put(document.get("_id"), document));
        return documents;
    }
}
