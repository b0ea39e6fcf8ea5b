package org.verbund.gateway.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.verbund.gateway.security.ProblemResponses;

import java.io.IOException;

/**
 * Request bodies over the limit (1 MB) are 413 {@code body-too-large}: at once when {@code Content-Length} says so,
 * and as soon as the limit is passed while reading a body of unannounced length, so no body is ever read whole.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemResponses problems;

    public RequestBodyLimit(AbuseLimits limits, ProblemResponses problems) {
        this.maxBytes = limits.maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setHeader("Connection", "close"); // the rest of the body is not read
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", tooLarge());
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    private String tooLarge() {
        return "A request body may have at most " + maxBytes + " bytes";
    }

    /** Thrown while reading a body past the limit; answered with 413 by the problem handling. */
    public static class BodyTooLarge extends IOException {
        BodyTooLarge(long maxBytes) {
            super("A request body may have at most " + maxBytes + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new CountingStream(super.getInputStream(), maxBytes);
            }
            return limited;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream body, long maxBytes) {
            this.body = body;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = body.read(buffer, offset, length);
            if (count > 0) {
                counted(count);
            }
            return count;
        }

        private void counted(int bytes) throws BodyTooLarge {
            read += bytes;
            if (read > maxBytes) {
                throw new BodyTooLarge(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
