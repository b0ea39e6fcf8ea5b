package org.verbund.gateway.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.eventstore.MongoStoreConfiguration.EmbeddedStore;
import org.verbund.gateway.web.GatewayRule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A consistent backup of the running embedded store, streamed to the caller as a zip (the store file as of one
 * moment, every write acknowledged before the request in it); restored with {@code --verbund.store.restore-from}
 * into a fresh data directory. A replica set is backed up with MongoDB's own tools instead. Under
 * {@code /api/admin}, so ADMIN only.
 */
@RestController
@RequestMapping(path = "/api/admin/backups")
@Tag(name = "Administration")
public class BackupController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                                                    .withZone(ZoneOffset.UTC);

    private final EmbeddedStore store;

    public BackupController(EmbeddedStore store) {
        this.store = store;
    }

    @PostMapping(produces = "application/zip")
    @Operation(summary = "Take a consistent backup of the running embedded store",
               description = "Writes go on while it is taken (they wait only for one commit). The zip holds "
                             + "verbund.mv; the keys (master.key, tree-head.key) are not in it: keep them apart. "
                             + "409 when the store is a MongoDB replica set (use mongodump or filesystem "
                             + "snapshots) or in memory.")
    @ApiResponse(responseCode = "200", description = "The backup, as application/zip",
                 content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<StreamingResponseBody> backup() {
        EmbeddedMongoServer server = store.server().filter(EmbeddedMongoServer::backsUp).orElseThrow(() ->
                GatewayRule.BACKUP_NOT_EMBEDDED_FILE.violation(store.server().isPresent()
                        ? "This gateway's store is in memory: there is nothing durable to back up"
                        : "This gateway's store is a MongoDB replica set: back it up with mongodump or filesystem "
                          + "snapshots of a member, as the README says"));
        String name = "verbund-backup-" + STAMP.format(Instant.now()) + ".zip";
        return ResponseEntity.ok().contentType(ZIP)
                             .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                             .body(server::backup);
    }
}
