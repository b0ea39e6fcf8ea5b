package org.verbund.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.verbund.core.audit.FilteredHistory;
import org.verbund.core.audit.api.HistoryFilter;
import org.verbund.core.audit.api.NetworkHistoryEntry;
import org.verbund.gateway.limits.AbuseLimits;

import java.util.List;
import java.util.stream.Stream;

/**
 * The network's history in global order, for auditors: every event with its position, type, aggregate, recorded
 * time, effective date and who did it on whose behalf and why. Paged by position ({@code after} the last position
 * of the page before, with a {@code Link: rel="next"}), or streamed whole as NDJSON, one event a line, in constant
 * memory. Either way it can be narrowed by recorded time ({@code from} inclusive, {@code to} exclusive), organisation,
 * type, context and aggregate, combined; the next link carries the filter. Filtered reads are served from the audit
 * index's keyed documents ({@link FilteredHistory}). Under {@code /api/audit}: AUDITOR and ADMIN (the security
 * configuration).
 */
@RestController
@RequestMapping(path = "/api/audit/events")
@Tag(name = "Audit")
public class AuditHistoryController {

    static final String NDJSON = "application/x-ndjson";
    /**
     * The largest position one may read after: far beyond any history (2^53 - 1, the largest integer every JSON
     * reader keeps exact), and far enough from Long.MAX_VALUE that reading windows of positions after it cannot
     * overflow (which would never end).
     */
    static final long MAX_POSITION = 9_007_199_254_740_991L;
    private static final String FROM = "Recorded at or after this instant (ISO-8601, e.g. 2016-12-31T23:00:00Z)";
    private static final String TO = "Recorded before this instant (exclusive: one query's to is the next one's from)";
    private static final String ORGANISATION = "Done on behalf of this organisation (metadata organisationId)";
    private static final String TYPE = "Of this event type (simple name, e.g. OrganisationRenamedEvent)";
    private static final String CONTEXT = "Of this context (network, funding, workshop, cooperation, ...)";
    private static final String AGGREGATE = "Of this aggregate (its id)";

    private final FilteredHistory history;
    private final AbuseLimits limits;
    private final NdjsonLines ndjson;

    public AuditHistoryController(FilteredHistory history, AbuseLimits limits, NdjsonLines ndjson) {
        this.history = history;
        this.limits = limits;
        this.ndjson = ndjson;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The network's history in global order, a page after a position",
               description = "With Accept: application/x-ndjson, the whole history after the position instead, "
                             + "streamed, one event a line (no limit, no Link). The filters combine (all must hold); "
                             + "an unknown or repeated parameter is 400")
    @ApiResponse(responseCode = "200", description = "The events, oldest first",
                 content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                     array = @ArraySchema(schema = @Schema(implementation = NetworkHistoryEntry.class))),
                            @Content(mediaType = NDJSON, schema = @Schema(type = "string",
                                     description = "one NetworkHistoryEntry as JSON a line"))})
    public ResponseEntity<List<NetworkHistoryEntry>> page(
            @RequestParam(defaultValue = "-1") @Min(-1) @Max(MAX_POSITION) long after,
            @RequestParam(required = false) @Min(1) @Max(1_000) Integer limit,
            @RequestParam(required = false) @Parameter(description = FROM, schema = @Schema(format = "date-time"))
            String from,
            @RequestParam(required = false) @Parameter(description = TO, schema = @Schema(format = "date-time"))
            String to,
            @RequestParam(required = false) @Parameter(description = ORGANISATION) String organisation,
            @RequestParam(required = false) @Parameter(description = TYPE) String type,
            @RequestParam(required = false) @Parameter(description = CONTEXT) String context,
            @RequestParam(required = false) @Parameter(description = AGGREGATE) String aggregate,
            @Parameter(hidden = true) HttpServletRequest request) {
        HistoryFilter filter = HistoryFilterParameters.filter(request);
        int size = Math.min(limit == null ? limits.pageSize() : limit, limits.maxPageSize());
        List<NetworkHistoryEntry> events;
        try (Stream<NetworkHistoryEntry> all = history.after(after, filter)) {
            events = all.limit(size + 1L).toList();
        }
        if (events.size() <= size) {
            return ResponseEntity.ok(events);
        }
        List<NetworkHistoryEntry> page = events.subList(0, size);
        long last = page.get(size - 1).position();
        // the list pages itself by position: ListPaging leaves an answer with a Link alone
        return ResponseEntity.ok()
                             .header(HttpHeaders.LINK, "<" + HistoryFilterParameters.next(last, size, filter)
                                                       + ">; rel=\"next\"")
                             .body(page);
    }

    /** Documented with {@link #page}: one operation, two media types. */
    @GetMapping(produces = NDJSON)
    @Operation(hidden = true)
    public ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "-1") @Min(-1) @Max(MAX_POSITION) long after, HttpServletRequest request) {
        HistoryFilter filter = HistoryFilterParameters.filter(request);
        StreamingResponseBody body = out -> {
            try (Stream<NetworkHistoryEntry> all = history.after(after, filter)) {
                ndjson.write(out, all.iterator());
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
    }
}
