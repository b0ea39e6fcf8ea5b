package org.verbund.core.rebuild.api;

import java.util.List;

/**
 * A document-by-document comparison of a rebuilt read model with the live one, made with the live processor
 * standing still and the rebuild at exactly its position.
 *
 * @param compared    how many documents were compared (of both sides)
 * @param differing   how many differ
 * @param differences the first of them (at most 100)
 */
public record ReadModelDiff(long compared, long differing, List<Difference> differences) {

    /**
     * @param readModel the read model (collection name)
     * @param id        the document's id
     * @param kind      {@code only-live}, {@code only-rebuilt} or {@code changed}
     */
    public record Difference(String readModel, String id, String kind) {
    }

    public boolean none() {
        return differing == 0;
    }
}
