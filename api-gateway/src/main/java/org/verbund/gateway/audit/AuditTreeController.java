package org.verbund.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.verbund.core.audit.AuditTree;
import org.verbund.core.audit.HistoryVerifier;
import org.verbund.core.audit.TreeHeadKey;
import org.verbund.core.audit.api.ConsistencyProof;
import org.verbund.core.audit.api.InclusionProof;
import org.verbund.core.audit.api.SignedTreeHead;
import org.verbund.core.audit.api.StoredPosition;
import org.verbund.core.audit.api.VerificationReport;
import org.verbund.gateway.web.BadRequest;
import org.verbund.gateway.web.GatewayRule;

import java.time.Instant;
import java.util.Iterator;

/**
 * The verifiable history (RFC 9162): signed tree heads to write down outside the system, inclusion and consistency
 * proofs, a verification of the stored events against a head, and the export of the positions as stored that the
 * offline auditor ({@code java -jar verbund-gateway.jar audit verify}) checks.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit")
public class AuditTreeController {

    private final AuditTree tree;
    private final TreeHeadKey key;
    private final EventStorageEngine storage;
    private final NdjsonLines ndjson;

    public AuditTreeController(AuditTree tree, TreeHeadKey key, EventStorageEngine storage, NdjsonLines ndjson) {
        this.tree = tree;
        this.key = key;
        this.storage = storage;
        this.ndjson = ndjson;
    }

    /** How far the tree has come: it takes in a position once every lower one is settled. */
    public record TreeStatus(long treeSize, long reservedPositions, long trailingBy) {
    }

    /** The public half of the tree-head key, to pin. */
    public record TreeHeadPublicKey(String keyId, String algorithm, String publicKey) {
    }

    /** A signed head to verify the stored history against. */
    public record VerifyRequest(@Schema(example = "1") @NotNull @Min(0) Long treeSize,
                                @Schema(example = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=") @NotBlank String rootHash,
                                @Schema(example = "2026-12-01T12:00:00Z") @NotNull Instant timestamp,
                                @Schema(example = "3f2a9c0d11e4b7a8") @NotBlank String keyId,
                                @Schema(example = "c2lnbmF0dXJl") @NotBlank String signature) {

        SignedTreeHead head() {
            return new SignedTreeHead(treeSize, rootHash, timestamp, keyId, signature);
        }
    }

    @GetMapping(path = "/tree-head", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The signed tree head: size, root and time, signed with the tree-head key (Ed25519)")
    @ApiResponse(responseCode = "200", description = "The head as the tree stands now")
    public SignedTreeHead head() {
        return tree.head();
    }

    @GetMapping(path = "/tree-head/key", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The tree-head public key (Base64 X.509), to pin outside the system")
    @ApiResponse(responseCode = "200", description = "The key that signs tree heads")
    public TreeHeadPublicKey publicKey() {
        return new TreeHeadPublicKey(TreeHeadKey.keyId(key.publicKey()), "Ed25519", key.publicKeyBase64());
    }

    @GetMapping(path = "/tree", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "How far the tree trails the store's positions (at most the gap timeout)")
    @ApiResponse(responseCode = "200", description = "The tree's size and the positions reserved so far")
    public TreeStatus status() {
        long size = tree.size();
        long reserved = ((GapAwareTrackingToken) storage.createHeadToken()).getIndex() + 1;
        return new TreeStatus(size, reserved, Math.max(0, reserved - size));
    }

    @GetMapping(path = "/proofs/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The RFC 9162 inclusion proof of a position in the tree of a size, with the position as "
                         + "stored")
    @ApiResponse(responseCode = "200", description = "The proof; hash the leaf yourself and verify it against a "
                                                     + "signed head of that size")
    public InclusionProof inclusion(@Parameter(description = "the position; by default the newest in the tree")
                                    @RequestParam(required = false) @Min(0) Long position,
                                    @Parameter(description = "the tree's size; by default its size now")
                                    @RequestParam(required = false) @Min(1) Long size) {
        long treeSize = covered(size == null ? tree.size() : size);
        if (treeSize == 0) {
            throw GatewayRule.AUDIT_BEYOND_TREE.violation("The audit tree is still empty");
        }
        if (position == null) {
            position = treeSize - 1;
        }
        if (position >= treeSize) {
            throw new BadRequest("position", "must be below the tree's size " + treeSize);
        }
        return tree.inclusion(position, treeSize);
    }

    @GetMapping(path = "/proofs/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The RFC 9162 consistency proof between the trees of two sizes")
    @ApiResponse(responseCode = "200", description = "The proof that the later tree extends the earlier one")
    public ConsistencyProof consistency(@Parameter(description = "the earlier size; by default 0")
                                        @RequestParam(defaultValue = "0") @Min(0) long from,
                                        @Parameter(description = "the later size; by default the tree's size now")
                                        @RequestParam(required = false) @Min(0) Long to) {
        long toSize = covered(to == null ? tree.size() : to);
        if (from > toSize) {
            throw new BadRequest("from", "must not be greater than to (" + toSize + ")");
        }
        return tree.consistency(from, toSize);
    }

    @PostMapping(path = "/verify", consumes = MediaType.APPLICATION_JSON_VALUE,
                 produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Recomputes the tree from the stored events against a signed tree head",
               description = "A history that does not verify is an answer, not an error: 200 with verified false, "
                             + "the first position that does not match and what it is now")
    @ApiResponse(responseCode = "200", description = "What the verification found")
    public VerificationReport verify(@Valid @RequestBody VerifyRequest request) {
        SignedTreeHead head = request.head();
        covered(head.treeSize());
        return HistoryVerifier.verify(head, key.publicKey(), tree.storedWithLeafHashes(0, head.treeSize()));
    }

    @GetMapping(path = "/stored-events", produces = AuditHistoryController.NDJSON)
    @Operation(summary = "The positions as stored, one a line, for the offline auditor",
               description = "Payload and metadata as the stored JSON strings (personal fields encrypted), each "
                             + "with the tree's leaf hash; from position 0 up to the tree's size, or to 'to'")
    @ApiResponse(responseCode = "200", description = "One StoredPosition as JSON a line",
                 content = @Content(mediaType = AuditHistoryController.NDJSON,
                                    schema = @Schema(implementation = StoredPosition.class)))
    public ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Min(0) Long to) {
        long end = to == null ? tree.size() : Math.min(to, tree.size());
        Iterator<StoredPosition> positions = tree.storedWithLeafHashes(0, end);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(AuditHistoryController.NDJSON))
                             .body(out -> ndjson.write(out, positions));
    }

    /** The size, if the tree covers it yet. */
    private long covered(long size) {
        long covered = tree.size();
        if (size > covered) {
            throw GatewayRule.AUDIT_BEYOND_TREE.violation("The audit tree covers " + covered + " positions so far, "
                                                          + "not " + size + ": ask for its head first");
        }
        return size;
    }
}
