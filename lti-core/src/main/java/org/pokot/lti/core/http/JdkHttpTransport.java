package org.pokot.lti.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * {@link HttpTransport} over the JDK client: never follows redirects, bounds every call in time and every body
 * in size. The JDK client exposes no reason phrase, so {@link TransportResponse#reasonPhrase()} is empty here.
 */
public final class JdkHttpTransport implements HttpTransport {

    private final HttpClient client;
    private final Duration requestTimeout;
    private final int maxResponseBytes;

    public JdkHttpTransport(Duration connectTimeout, Duration requestTimeout, int maxResponseBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.maxResponseBytes = maxResponseBytes;
    }

    public static JdkHttpTransport defaults() {
        return new JdkHttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(10), 1024 * 1024);
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(requestTimeout);
        request.headers().forEach(builder::header);
        byte[] body = request.body();
        builder.method(request.method(), body.length == 0
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<InputStream> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                return new TransportResponse(response.statusCode(), "", response.headers().map(), readLimited(in));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + request.uri().getHost(), e);
        }
    }

    private byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxResponseBytes + 1);
        if (bytes.length > maxResponseBytes) {
            throw new IOException("response body exceeds " + maxResponseBytes + " bytes");
        }
        return bytes;
    }
}
