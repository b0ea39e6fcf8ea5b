package org.verbund.gateway.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.core.deadletter.DeadLetters;
import org.verbund.gateway.web.ProblemHandling;
import org.verbund.gateway.web.ValidId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events a processing group's handlers could not handle, parked with their aggregate's later events
 * ({@code org.verbund.core.deadletter}): list them, retry a sequence once its cause is fixed, or evict it. A sequence
 * is an aggregate's id; the same aggregate may be parked in several groups, so {@code group} narrows a request to one
 * (without it, every group where the sequence is parked). Under {@code /api/admin}, so ADMIN only.
 */
@RestController
@RequestMapping(path = "/api/admin/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration")
public class DeadLetterAdminController {

    /** Sequences listed per group; the counts are always whole. */
    static final int LISTED_PER_GROUP = 100;

    private final DeadLetters deadLetters;

    public DeadLetterAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public record GroupLetters(String group, long sequences, long letters, List<DeadLetters.ParkedSequence> parked) {
    }

    public record Listing(long letters, List<GroupLetters> groups) {
    }

    public record RetryAnswer(String sequence, boolean resolved, List<DeadLetters.Retried> groups) {
    }

    public record EvictAnswer(String sequence, Map<String, Integer> evicted) {
    }

    @GetMapping
    @Operation(summary = "Parked events per processing group: event id and type, aggregate, sequence number, global "
                         + "position, cause, when parked and last tried, retries (no payloads)")
    @ApiResponse(responseCode = "200", description = "Every group (or the one named), with its parked sequences")
    public Listing list(@RequestParam(required = false) @ValidId
                        @Parameter(description = "A processing group, e.g. organisations") String group) {
        List<GroupLetters> groups = new ArrayList<>();
        long total = 0;
        for (String name : groups(group)) {
            List<DeadLetters.ParkedSequence> parked = deadLetters.parked(name).orElse(List.of());
            long letters = parked.stream().mapToLong(sequence -> sequence.letters().size()).sum();
            total += letters;
            groups.add(new GroupLetters(name, parked.size(), letters,
                                        parked.subList(0, Math.min(parked.size(), LISTED_PER_GROUP))));
        }
        return new Listing(total, groups);
    }

    @PostMapping("/{sequence}/retry")
    @Operation(summary = "Hand a parked sequence's events to its group's handlers again, in order, until one fails")
    @ApiResponse(responseCode = "200", description = "Retried: resolved, or what is still parked and why")
    public RetryAnswer retry(@PathVariable @ValidId String sequence,
                             @RequestParam(required = false) @ValidId String group) {
        List<DeadLetters.Retried> retried = new ArrayList<>();
        for (String name : groups(group)) {
            deadLetters.retry(name, sequence).ifPresent(retried::add);
        }
        if (retried.isEmpty()) {
            throw new ProblemHandling.NotFound();
        }
        return new RetryAnswer(sequence, retried.stream().allMatch(DeadLetters.Retried::resolved), retried);
    }

    @PostMapping("/{sequence}/evict")
    @Operation(summary = "Drop a parked sequence's events unhandled (its later events flow again); the read model "
                         + "misses them until it is rebuilt")
    @ApiResponse(responseCode = "200", description = "Evicted: how many events, per group")
    public EvictAnswer evict(@PathVariable @ValidId String sequence,
                             @RequestParam(required = false) @ValidId String group) {
        Map<String, Integer> evicted = new TreeMap<>();
        for (String name : groups(group)) {
            deadLetters.evict(name, sequence).ifPresent(count -> evicted.put(name, count));
        }
        if (evicted.isEmpty()) {
            throw new ProblemHandling.NotFound();
        }
        return new EvictAnswer(sequence, evicted);
    }

    /** The group named (404 if there is none such), or every group. */
    private List<String> groups(String group) {
        if (group == null) {
            return List.copyOf(deadLetters.groups());
        }
        if (!deadLetters.groups().contains(group)) {
            throw new ProblemHandling.NotFound();
        }
        return List.of(group);
    }
}
