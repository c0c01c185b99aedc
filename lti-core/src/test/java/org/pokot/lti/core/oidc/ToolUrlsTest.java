package org.pokot.lti.core.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolUrlsTest {

    private final ToolUrls tool = ToolUrls.under(URI.create("https://tool.example"));

    @Test
    void underWhenBaseUrlThenLoginAndLaunchBelowIt() {
        assertThat(tool.baseUri()).isEqualTo(URI.create("https://tool.example/"));
        assertThat(tool.loginUri()).isEqualTo(URI.create("https://tool.example/lti/login"));
        assertThat(tool.launchUri()).isEqualTo(URI.create("https://tool.example/lti/launch"));
    }

    @Test
    void jwksUriWhenBaseUrlThenWellKnownJwksBelowIt() {
        assertThat(ToolUrls.under(URI.create("https://tool.example/pokot/")).jwksUri())
                .isEqualTo(URI.create("https://tool.example/pokot/.well-known/jwks.json"));
    }

    @Test
    void underWhenTrailingSlashesOrPathThenNormalised() {
        assertThat(ToolUrls.under(URI.create("https://tool.example//"))).isEqualTo(tool);
        ToolUrls withPath = ToolUrls.under(URI.create("https://uni.example/pokot/"));
        assertThat(withPath.baseUri()).isEqualTo(URI.create("https://uni.example/pokot/"));
        assertThat(withPath.launchUri()).isEqualTo(URI.create("https://uni.example/pokot/lti/launch"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://tool.example/lti/launch", "https://tool.example", "https://tool.example/",
            "https://TOOL.example/lti/launch", "HTTPS://tool.example/lti/launch", "https://tool.example:443/lti/launch",
            "https://tool.example/lti/launch?resource=1"})
    void isOwnUriWhenSameOriginThenTrue(String uri) {
        assertThat(tool.isOwnUri(URI.create(uri))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/lti/launch", "https://tool.example.evil.example/lti/launch",
            "https://evil.example/tool.example/lti/launch", "https://tool.example:8443/lti/launch",
            "http://tool.example/lti/launch", "https://user:pw@tool.example/lti/launch", "/lti/launch",
            "mailto:someone@tool.example"})
    void isOwnUriWhenOtherOriginOrRelativeThenFalse(String uri) {
        assertThat(tool.isOwnUri(URI.create(uri))).isFalse();
    }

    @Test
    void isOwnUriWhenNullThenFalse() {
        assertThat(tool.isOwnUri(null)).isFalse();
    }

    @Test
    void isOwnUriWhenBaseHasPathThenOnlyUnderThatPath() {
        ToolUrls withPath = ToolUrls.under(URI.create("https://uni.example/pokot"));

        assertThat(withPath.isOwnUri(URI.create("https://uni.example/pokot/lti/launch"))).isTrue();
        assertThat(withPath.isOwnUri(URI.create("https://uni.example/other/lti/launch"))).isFalse();
        assertThat(withPath.isOwnUri(URI.create("https://uni.example/pokotx/lti/launch"))).isFalse();
    }

    @Test
    void isOwnUriWhenHttpLoopbackToolOnDefaultPortThenPortsCompareAsEqual() {
        ToolUrls local = ToolUrls.under(URI.create("http://localhost"));

        assertThat(local.isOwnUri(URI.create("http://localhost:80/lti/launch"))).isTrue();
        assertThat(local.isOwnUri(URI.create("http://localhost:8080/lti/launch"))).isFalse();
    }

    @Test
    void constructorWhenBaseRelativeThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ToolUrls.under(URI.create("/pokot")));
    }
}
