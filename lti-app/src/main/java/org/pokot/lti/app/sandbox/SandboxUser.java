package org.pokot.lti.app.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The sandbox course's two people. */
enum SandboxUser {
    LEARNER("sandbox-learner", "Liisa", "Oppija", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
    INSTRUCTOR("sandbox-instructor", "Ilkka", "Opettaja", "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");

    private final String id;
    private final String givenName;
    private final String familyName;
    private final String role;

    SandboxUser(String id, String givenName, String familyName, String role) {
        this.id = id;
        this.givenName = givenName;
        this.familyName = familyName;
        this.role = role;
    }

    String id() {
        return id;
    }

    String givenName() {
        return givenName;
    }

    String familyName() {
        return familyName;
    }

    List<String> roles() {
        return List.of(role);
    }

    static SandboxUser fromParameter(String as) {
        return "instructor".equalsIgnoreCase(as) ? INSTRUCTOR : LEARNER;
    }

    static Optional<SandboxUser> byId(String id) {
        return Arrays.stream(values()).filter(u -> u.id.equals(id)).findFirst();
    }
}
