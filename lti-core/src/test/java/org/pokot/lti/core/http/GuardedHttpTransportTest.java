package org.pokot.lti.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The address rules, with a resolver stub and a recording delegate: no test sends a packet anywhere, and a refused
 * URL never reaches the delegate.
 */
class GuardedHttpTransportTest {

    final List<URI> sent = new ArrayList<>();
    final HttpTransport recorder = request -> {
        sent.add(request.uri());
        return new TransportResponse(200, "OK", Map.of(), new byte[0]);
    };

    static HostResolver stub(String address) {
        return host -> {
            if (host.endsWith(".invalid")) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(address)); // a literal: parsed, never looked up
        };
    }

    GuardedHttpTransport guard(String resolvesTo, OutboundPolicy policy) {
        return new GuardedHttpTransport(recorder, stub(resolvesTo), policy);
    }

    @ParameterizedTest(name = "{0} resolving to {1}")
    @CsvSource({
            "https://lms.example/certs, 10.1.2.3", "https://lms.example/certs, 172.16.0.1",
            "https://lms.example/certs, 192.168.1.10", "https://lms.example/certs, 169.254.169.254",
            "https://lms.example/certs, 127.0.0.1", "https://lms.example/certs, ::1",
            "https://lms.example/certs, fd00::1", "https://lms.example/certs, fe80::1",
            "https://lms.example/certs, 0.0.0.0", "https://lms.example/certs, 100.64.0.1",
            "https://lms.example/certs, 224.0.0.1", "http://lms.example/certs, 93.184.216.34"})
    void sendWhenInternalAddressOrHttpThenRefusedBeforeConnecting(String url, String address) {
        GuardedHttpTransport transport = guard(address, OutboundPolicy.publicOnly(Set.of()));

        assertThatThrownBy(() -> transport.send(TransportRequest.get(URI.create(url), Map.of())))
                .isInstanceOf(IOException.class).hasMessageContaining("refused");
        assertThat(sent).isEmpty();
    }

    @Test
    void sendWhenPublicHttpsThenPassedOn() throws IOException {
        guard("93.184.216.34", OutboundPolicy.publicOnly(Set.of()))
                .send(TransportRequest.get(URI.create("https://lms.example/certs"), Map.of()));

        assertThat(sent).containsExactly(URI.create("https://lms.example/certs"));
    }

    @Test
    void sendWhenAdminAllowsThePrivateHostThenPassedOn() throws IOException {
        guard("10.1.2.3", OutboundPolicy.publicOnly(Set.of("Moodle.School.Internal")))
                .send(TransportRequest.get(URI.create("https://moodle.school.internal/certs"), Map.of()));

        assertThat(sent).hasSize(1);
    }

    @Test
    void sendWhenLoopbackAllowedForDevelopmentThenHttpToLoopbackPassedOn() throws IOException {
        guard("127.0.0.1", new OutboundPolicy(true, Set.of()))
                .send(TransportRequest.get(URI.create("http://127.0.0.1:8081/mod/lti/certs.php"), Map.of()));

        assertThat(sent).hasSize(1);
    }

    @Test
    void sendWhenHostDoesNotResolveThenRefused() {
        GuardedHttpTransport transport = guard("93.184.216.34", OutboundPolicy.publicOnly(Set.of()));

        assertThatThrownBy(() -> transport.send(TransportRequest.get(URI.create("https://nowhere.invalid/x"), Map.of())))
                .hasMessageContaining("does not resolve");
        assertThat(sent).isEmpty();
    }

    @Test
    void sendWhenPlatformRedirectsThenRefusedNotFollowed() {
        HttpTransport redirecting = request -> new TransportResponse(302, "Found",
                Map.of("Location", List.of("http://169.254.169.254/latest/meta-data")), new byte[0]);
        GuardedHttpTransport transport = new GuardedHttpTransport(redirecting, stub("93.184.216.34"),
                OutboundPolicy.publicOnly(Set.of()));

        assertThatThrownBy(() -> transport.send(TransportRequest.get(URI.create("https://lms.example/x"), Map.of())))
                .hasMessageContaining("redirect");
    }

    @Test
    void sendWhenUserInfoInUrlThenRefused() {
        GuardedHttpTransport transport = guard("93.184.216.34", OutboundPolicy.publicOnly(Set.of()));

        assertThatThrownBy(() -> transport.send(TransportRequest.get(URI.create("https://a:b@lms.example/x"), Map.of())))
                .hasMessageContaining("user info");
    }
}
