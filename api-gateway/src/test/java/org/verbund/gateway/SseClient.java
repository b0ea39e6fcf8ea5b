package org.verbund.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A server-sent event stream read in the background, message by message, as the SSE specification parses it. */
final class SseClient implements AutoCloseable {

    /** One message: its fields as sent (null where absent); a comment line alone is a message with only a comment. */
    record Message(String event, String id, String data, Long retry, String comment) {
        long position() {
            assertThat(id).as("the message's id").isNotNull();
            return Long.parseLong(id);
        }
    }

    /** What the reader puts last: the server ended the stream. */
    static final Message ENDED = new Message(null, null, null, null, "ended");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final InputStream body;

    private SseClient(InputStream body) {
        this.body = body;
        Thread reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens a stream; {@code lastEventId} (or null) is sent as {@code Last-Event-ID}. Fails unless it is 200. */
    static SseClient open(String baseUrl, String path, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                                                 .header("Authorization", "Bearer " + token)
                                                 .header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        return new SseClient(response.body());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            String id = null;
            StringBuilder data = null;
            Long retry = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (event != null || id != null || data != null || retry != null) {
                        messages.add(new Message(event, id, data == null ? null : data.toString(), retry, null));
                    }
                    event = null;
                    id = null;
                    data = null;
                    retry = null;
                } else if (line.startsWith(":")) {
                    messages.add(new Message(null, null, null, null, line.substring(1).strip()));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "event" -> event = value;
                        case "id" -> id = value;
                        case "retry" -> retry = Long.parseLong(value);
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> { } // ignored, as the specification says
                    }
                }
            }
        } catch (IOException closed) {
            // the test closed the stream
        }
        messages.add(ENDED);
    }

    /** The next message, heartbeats included; fails after {@code within}. */
    Message next(Duration within) throws InterruptedException {
        Message message = messages.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(message).as("a message within %s", within).isNotNull();
        return message;
    }

    /** The next message that is not a comment; fails after 10 s. */
    Message nextMessage() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Message message = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (message.comment() == null || message == ENDED) {
                return message;
            }
        }
    }

    /** Whether the stream has ended (the reader saw its end) within {@code within}, skipping other messages. */
    boolean endsWithin(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (long left = within.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            if (messages.poll(left, TimeUnit.NANOSECONDS) == ENDED) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
