package org.verbund.core.readmodel;

import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens a processing group's segments last stored in the token store, read without claiming them: how far the
 * instances that hold the segments have got. The token store is small (a document per processor and segment), so
 * finding a processor's documents by name is cheap even where it is a scan.
 */
class StoredTokens {

    private final MongoTemplate template;
    private final Serializer serializer;

    StoredTokens(MongoTemplate template, Serializer serializer) {
        this.template = template;
        this.serializer = serializer;
    }

    /** The stored token of each segment of {@code processorName} (null where a segment stored none yet). */
    List<TrackingToken> of(String processorName) {
        List<TrackingToken> tokens = new ArrayList<>();
        for (Document segment : template.trackingTokensCollection().find(Filters.eq("processorName", processorName))) {
            Binary token = segment.get("token", Binary.class);
            tokens.add(token == null ? null : new GenericTokenEntry<>(
                    token.getData(), segment.getString("tokenType"), null, segment.getString("owner"),
                    processorName, segment.getInteger("segment"), byte[].class).getToken(serializer));
        }
        return tokens;
    }
}
