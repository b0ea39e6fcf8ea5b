package org.verbund.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How much one client may ask of a gateway. The defaults are generous: the demo, the tests and a busy dashboard stay
 * far below them; they are there so that one runaway or hostile client cannot take a gateway from everyone else.
 * Limits are per gateway (two gateways allow a client twice as much).
 *
 * @param readsPerSecond        sustained reads (GET) per client and second
 * @param readBurst             reads a client may make at once before the sustained rate applies
 * @param writesPerSecond       sustained writes per client and second
 * @param writeBurst            writes at once
 * @param failedSecretsPerMinute failed client-secret attempts per client id, and per source address, in a minute;
 *                              beyond them every attempt is 429 until the minute has passed
 * @param maxBodySize           the largest request body read; larger ones are 413 before they are read whole
 * @param streamsPerClient      concurrent server-sent event streams per client
 * @param streamHeartbeat       how often an idle stream is probed, so a client that went away is noticed
 * @param pageSize              items per page of a list when the caller gives no {@code limit}
 * @param maxPageSize           the largest {@code limit} a caller may ask for
 */
@ConfigurationProperties("verbund.limits")
public record AbuseLimits(Integer readsPerSecond, Integer readBurst, Integer writesPerSecond, Integer writeBurst,
                          Integer failedSecretsPerMinute, DataSize maxBodySize, Integer streamsPerClient,
                          Duration streamHeartbeat, Integer pageSize, Integer maxPageSize) {

    public AbuseLimits {
        readsPerSecond = readsPerSecond == null ? 1_000 : readsPerSecond;
        readBurst = readBurst == null ? 2_000 : readBurst;
        writesPerSecond = writesPerSecond == null ? 200 : writesPerSecond;
        writeBurst = writeBurst == null ? 500 : writeBurst;
        failedSecretsPerMinute = failedSecretsPerMinute == null ? 10 : failedSecretsPerMinute;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        streamsPerClient = streamsPerClient == null ? 20 : streamsPerClient;
        streamHeartbeat = streamHeartbeat == null ? Duration.ofSeconds(15) : streamHeartbeat;
        pageSize = pageSize == null ? 100 : pageSize;
        maxPageSize = maxPageSize == null ? 1_000 : maxPageSize;
    }
}
