package org.pokot.lti.app.testing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Gives each test class's application its own port, with the tool on {@code localhost} and the sandbox platform
 * on {@code 127.0.0.1}: two different sites, as an LMS and a tool are.
 */
public abstract class AppPort {

    protected static final int PORT = FreePort.find();
    protected static final String TOOL = "http://localhost:" + PORT;
    protected static final String SANDBOX = "http://127.0.0.1:" + PORT + "/sandbox";

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("lti.tool.base-url", () -> TOOL);
        registry.add("lti.sandbox.platform-url", () -> "http://127.0.0.1:" + PORT);
    }
}
