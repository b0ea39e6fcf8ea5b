package org.verbund.gateway.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/** Writes answers as NDJSON, one JSON document a line, flushed now and then so that a long export keeps flowing. */
@Component
class NdjsonLines {

    private static final int FLUSH_EVERY = 500;

    private final ObjectMapper json;

    NdjsonLines(ObjectMapper json) {
        this.json = json;
    }

    void write(OutputStream out, Iterator<?> lines) throws IOException {
        int written = 0;
        while (lines.hasNext()) {
            out.write(json.writeValueAsBytes(lines.next()));
            out.write('\n');
            if (++written % FLUSH_EVERY == 0) {
                out.flush();
            }
        }
        out.flush();
    }
}
