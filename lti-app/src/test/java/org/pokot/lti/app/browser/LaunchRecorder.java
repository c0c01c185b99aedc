package org.pokot.lti.app.browser;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.web.filter.OncePerRequestFilter;

import org.pokot.lti.app.launch.LaunchCompleted;

/**
 * What the tool's server received during a browser test: every {@link LaunchCompleted} event (which source bound
 * the browser), and for every request to {@code /lti/**} the names of the cookies that came with it and whether
 * it carried the frame's {@code browser_secret}. Tests assert on these, not on what the page believes about its
 * own storage.
 */
final class LaunchRecorder {

    private final List<LaunchCompleted> launches = new CopyOnWriteArrayList<>();
    private final List<LtiRequest> requests = new CopyOnWriteArrayList<>();

    /** One request to the tool's LTI endpoints, as the server saw it. */
    record LtiRequest(String method, String path, String fetchDest, Set<String> cookies, boolean frameSecret) {
    }

    @EventListener
    void on(LaunchCompleted event) {
        launches.add(event);
    }

    List<LaunchCompleted> launches() {
        return List.copyOf(launches);
    }

    List<LtiRequest> requests() {
        return List.copyOf(requests);
    }

    /** The platform's form posts of the id_token (and the launch check's post, where there was one). */
    List<LtiRequest> launchPosts() {
        return requests.stream().filter(r -> r.method().equals("POST") && r.path().equals("/lti/launch")).toList();
    }

    void clear() {
        launches.clear();
        requests.clear();
    }

    @Override
    public String toString() {
        return "launches=" + launches + ", requests=" + requests;
    }

    /** Import into a browser test to get a {@link LaunchRecorder} bean. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        LaunchRecorder launchRecorder() {
            return new LaunchRecorder();
        }

        @Bean
        OncePerRequestFilter ltiRequestRecorder(LaunchRecorder recorder) {
            return new OncePerRequestFilter() {
                @Override
                protected boolean shouldNotFilter(HttpServletRequest request) {
                    return !request.getRequestURI().startsWith("/lti/");
                }

                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                FilterChain chain) throws ServletException, IOException {
                    Set<String> cookies = new TreeSet<>();
                    Cookie[] sent = request.getCookies();
                    if (sent != null) {
                        Arrays.stream(sent).map(Cookie::getName).forEach(cookies::add);
                    }
                    String frameSecret = request.getParameter("browser_secret");
                    recorder.requests.add(new LtiRequest(request.getMethod(), request.getRequestURI(),
                            request.getHeader("Sec-Fetch-Dest"), cookies,
                            frameSecret != null && !frameSecret.isEmpty()));
                    chain.doFilter(request, response);
                }
            };
        }
    }
}
