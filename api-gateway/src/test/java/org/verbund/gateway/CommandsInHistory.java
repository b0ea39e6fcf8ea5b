package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.verbund.gateway.WritingClients.Command;
import org.verbund.gateway.WritingClients.Kind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands {@link WritingClients} sent, against the store's whole history as an auditor reads it
 * ({@code GET /api/audit/events} as NDJSON): each event is found by the {@code idempotencyKey} its metadata carries.
 * An acknowledged command must have all its events, once, with the aggregate, version and position it was answered
 * with; one that was not must have all or none; no position and no (aggregate, sequence) may be there twice.
 */
final class CommandsInHistory {

    /** One event of the history, as far as these checks need it. */
    record Event(long position, String aggregateId, long sequence, String key) {
    }

    /** What the checks found; {@code problems} names each, for the assertion's message. */
    record Findings(long events, int acknowledged, int missing, int duplicated, int halfStored, int misanswered,
                    List<String> problems) {
    }

    /** The state of an organisation its events give: its version (last sequence) and the name they gave it. */
    record Organisation(long version, String name) {
    }

    private final List<Event> events = new ArrayList<>();
    private final Map<String, List<Event>> byKey = new HashMap<>();

    CommandsInHistory(String ndjson) throws IOException {
        for (String line : ndjson.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = GatewayProcess.json(line);
            Event event = new Event(entry.path("position").asLong(), entry.path("aggregateId").asText(null),
                                    entry.path("sequence").asLong(),
                                    entry.path("metadata").path("idempotencyKey").asText(null));
            events.add(event);
            if (event.key() != null) {
                byKey.computeIfAbsent(event.key(), key -> new ArrayList<>()).add(event);
            }
        }
    }

    /** The whole history as it is stored now, read with an admin token (as an auditor reads it). */
    static CommandsInHistory read(GatewayProcess gateway, String admin) throws IOException, InterruptedException {
        RunningGateway.Response history = gateway.get("/api/audit/events", admin,
                                                      Map.of("Accept", "application/x-ndjson"));
        if (history.status() != 200) {
            throw new IllegalStateException("No history: " + history.status() + " " + history.body());
        }
        return new CommandsInHistory(history.body());
    }

    long lastPosition() {
        return events.stream().mapToLong(Event::position).max().orElse(-1);
    }

    long size() {
        return events.size();
    }

    Findings check(Collection<Command> sent) {
        List<String> problems = new ArrayList<>();
        int duplicated = duplicates(problems);
        int acknowledged = 0;
        int missing = 0;
        int halfStored = 0;
        int misanswered = 0;
        for (Command command : sent) {
            List<Event> stored = byKey.getOrDefault(command.key, List.of());
            int expected = command.kind.events;
            if (command.acknowledged) {
                acknowledged++;
            }
            if (stored.size() > expected) {
                duplicated++;
                problems.add(command.key + ": " + stored.size() + " events of " + expected + " " + stored);
            } else if (stored.isEmpty() && command.acknowledged) {
                missing++;
                problems.add(command.key + ": acknowledged at " + command.position + ", not stored");
            } else if (!stored.isEmpty() && stored.size() < expected) {
                halfStored++;
                problems.add(command.key + ": " + stored.size() + " events of " + expected + " " + stored);
            } else if (command.acknowledged && !answeredAsStored(command, stored)) {
                misanswered++;
                problems.add(command.key + ": answered " + command.aggregateId + " version " + command.version
                             + " position " + command.position + ", stored " + stored);
            }
        }
        return new Findings(events.size(), acknowledged, missing, duplicated, halfStored, misanswered, problems);
    }

    /** The organisations the commands' stored events made, by id: the state a full replay must give. */
    Map<String, Organisation> organisations(Collection<Command> sent) {
        Map<String, Command> commands = new HashMap<>();
        sent.forEach(command -> commands.put(command.key, command));
        Map<String, Organisation> organisations = new HashMap<>();
        for (Event event : events) {
            Command command = event.key() == null ? null : commands.get(event.key());
            if (command != null && command.kind != Kind.PROGRAMME) {
                organisations.merge(event.aggregateId(), new Organisation(event.sequence(), command.name),
                                    (one, other) -> one.version() > other.version() ? one : other);
            }
        }
        return organisations;
    }

    /** How many organisations the commands' events up to {@code position} register. */
    long registeredUpTo(long position, Collection<Command> sent) {
        Set<String> registrations = new HashSet<>();
        sent.stream().filter(command -> command.kind == Kind.REGISTER).forEach(command -> registrations.add(command.key));
        return events.stream().filter(event -> event.position() <= position && registrations.contains(event.key()))
                     .count();
    }

    /** The programmes the commands' stored events made. */
    Set<String> programmes(Collection<Command> sent) {
        Set<String> programmes = new HashSet<>();
        for (Command command : sent) {
            if (command.kind == Kind.PROGRAMME) {
                byKey.getOrDefault(command.key, List.of()).forEach(event -> programmes.add(event.aggregateId()));
            }
        }
        return programmes;
    }

    private int duplicates(List<String> problems) {
        int duplicated = 0;
        Set<Long> positions = new HashSet<>();
        Set<String> sequences = new HashSet<>();
        for (Event event : events) {
            if (!positions.add(event.position())) {
                duplicated++;
                problems.add("position " + event.position() + " twice");
            }
            if (event.aggregateId() != null && !sequences.add(event.aggregateId() + "#" + event.sequence())) {
                duplicated++;
                problems.add(event.aggregateId() + " sequence " + event.sequence() + " twice");
            }
        }
        return duplicated;
    }

    private static boolean answeredAsStored(Command command, List<Event> stored) {
        Event last = stored.stream().max(Comparator.comparingLong(Event::position)).orElseThrow();
        return stored.stream().allMatch(event -> event.aggregateId().equals(command.aggregateId))
               && last.position() == command.position && last.sequence() == command.version;
    }
}
