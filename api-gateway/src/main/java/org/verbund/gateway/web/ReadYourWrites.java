package org.verbund.gateway.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.eventstore.StorePositions;
import org.verbund.core.readmodel.ReadModelPositions;
import org.verbund.gateway.security.Callers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.BiFunction;

/**
 * Read-your-writes for every client: a read waits, bounded, until the read models it queries have handled the
 * positions the caller last wrote on this gateway, or the position it sends in {@code Verbund-Position} (a write's
 * answer from another gateway). A read model that does not get there in time is answered with 503 and
 * {@code Retry-After} ({@link ReadModelBehind}), never with an answer that lacks the write.
 *
 * <p>How: each caller's latest write positions are remembered ({@code RecentWrites}; bounded and expiring, in memory: a
 * restarted gateway has forgotten them, which only matters if its read models are behind the store, and a client may
 * always send the header). Before a GET the required positions are put on the request; every query sent while it is
 * handled waits for the processing group that answers that query ({@link ReadModelPositions}). Queries answered from
 * the event store or the aggregates never wait. Time spent waiting is the timer {@code verbund.reads.wait}.
 */
@Component
public class ReadYourWrites implements HandlerInterceptor, MessageDispatchInterceptor<QueryMessage<?, ?>> {

    /**
     * On a read whose read model has not caught up with the store since the gateway started (or is replaying): the
     * position it has reached, so that the client knows the answer may lag (the caller's own writes are still awaited).
     */
    public static final String READ_MODEL_POSITION = "Verbund-Read-Model-Position";

    /** Every read that must show a write: how long it waited for its read model (most: not at all). */
    public static final String WAIT_TIMER = "verbund.reads.wait";
    private static final String REQUIRED = ReadYourWrites.class.getName() + ".required";

    private final Callers callers;
    private final StorePositions positions;
    private final ReadModelPositions readModels;
    private final Settings settings;
    private final MeterRegistry meters;
    private final Cache<String, RecentWrites> written;

    public ReadYourWrites(Callers callers, StorePositions positions, ReadModelPositions readModels, Settings settings,
                          MeterRegistry meters) {
        this.callers = callers;
        this.positions = positions;
        this.readModels = readModels;
        this.settings = settings;
        this.meters = meters;
        this.written = Caffeine.newBuilder().maximumSize(settings.rememberedCallers())
                               .expireAfterWrite(settings.rememberWritesFor()).build();
    }

    /**
     * How reads wait for writes.
     *
     * @param waitAtMost         how long a read waits for its read models before it answers 503
     * @param rememberWritesFor  how long a caller's last write position is remembered
     * @param rememberedCallers  for how many callers at most
     */
    @ConfigurationProperties("verbund.reads")
    public record Settings(@DefaultValue("2s") Duration waitAtMost, @DefaultValue("10m") Duration rememberWritesFor,
                           @DefaultValue("100000") long rememberedCallers) {
    }

    /** Remembers that {@code caller} wrote at {@code position}. */
    void wrote(Caller caller, long position) {
        written.get(caller.actorId(), actor -> new RecentWrites()).add(position);
    }

    /**
     * A caller's latest write positions, not only the highest: one client may write from several sessions at once, and
     * a read model that has handled the highest may not have handled a lower one yet (its commit a gap, stored a
     * moment later), so a read waits for each of them.
     */
    private static final class RecentWrites {
        private static final int KEPT = 32;
        private final ConcurrentSkipListSet<Long> positions = new ConcurrentSkipListSet<>();

        void add(long position) {
            positions.add(position);
            while (positions.size() > KEPT) {
                positions.pollFirst();
            }
        }

        List<Long> snapshot() {
            return List.copyOf(positions);
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("GET".equals(request.getMethod())) {
            List<Long> required = new ArrayList<>(callers.current()
                    .map(caller -> written.getIfPresent(caller.actorId())).map(RecentWrites::snapshot)
                    .orElse(List.of()));
            handedOut(positions, CommandWrites.POSITION, request.getHeader(CommandWrites.POSITION),
                      "must be a position a write answered with").ifPresent(required::add);
            if (!required.isEmpty()) {
                request.setAttribute(REQUIRED, required);
            }
        }
        return true;
    }

    @Override
    public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(
            List<? extends QueryMessage<?, ?>> messages) {
        return (index, query) -> {
            saySoIfCatchingUp(readModels.groupsAnswering(query.getPayloadType()));
            requiredPositions().ifPresent(required -> readModels.groupsAnswering(query.getPayloadType())
                                                                .forEach(group -> awaitReadModel(group, required)));
            return query;
        };
    }

    private void awaitReadModel(String group, List<Long> required) {
        long started = System.nanoTime();
        long deadline = started + settings.waitAtMost().toNanos();
        boolean reached = true;
        long position = -1;
        for (long each : required) {
            position = each;
            reached = readModels.awaitHandled(group, each, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (!reached) {
                break;
            }
        }
        Timer.builder(WAIT_TIMER).description("How long reads waited for their read model to show a write")
             .tag("processor", group).tag("reached", String.valueOf(reached))
             .publishPercentiles(0.5, 0.9, 0.99).register(meters)
             .record(Duration.ofNanos(System.nanoTime() - started));
        if (!reached) {
            throw new ReadModelBehind(group, position, settings.waitAtMost());
        }
    }

    private void saySoIfCatchingUp(Set<String> groups) {
        if (groups.isEmpty()
            || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
            || request.getResponse() == null || request.getResponse().isCommitted()) {
            return;
        }
        groups.stream().map(readModels::catchingUp).filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong)
              .min().ifPresent(position -> request.getResponse().setHeader(READ_MODEL_POSITION,
                                                                          Long.toString(position)));
    }

    @SuppressWarnings("unchecked")
    private static Optional<List<Long>> requiredPositions() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? Optional.empty()
                : Optional.ofNullable((List<Long>) request.getAttribute(REQUIRED, RequestAttributes.SCOPE_REQUEST));
    }

    /**
     * A position a client sends in header {@code name} (absent: none): one the store has handed out, so never one a
     * write or a stream of this store could not have given it; anything else is 400 with {@code refusal}.
     */
    static OptionalLong handedOut(StorePositions positions, String name, String header, String refusal) {
        if (header == null) {
            return OptionalLong.empty();
        }
        try {
            long position = Long.parseLong(header.strip());
            if (position >= 0 && position < positions.reservedSoFar()) {
                return OptionalLong.of(position);
            }
        } catch (NumberFormatException malformed) {
            // refused below
        }
        throw new BadRequest(name, refusal);
    }

    /** The read models a read needs have not handled the position it must show, within the time allowed. */
    public static class ReadModelBehind extends RuntimeException {

        private final Duration waited;

        ReadModelBehind(String group, long position, Duration waited) {
            super("The read model " + group + " has not caught up with position " + position + " yet");
            this.waited = waited;
        }

        public Duration waited() {
            return waited;
        }
    }
}
