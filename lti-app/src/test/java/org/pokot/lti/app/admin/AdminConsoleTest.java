package org.pokot.lti.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.pokot.lti.app.audit.AuditAction;
import org.pokot.lti.app.audit.AuditEntry;
import org.pokot.lti.app.audit.AuditLog;
import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.ConsoleClient;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.PlatformFamily;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationRepository;

/** The admin console over HTTP, with the admin account from configuration. */
@LtiAppTest
@TestPropertySource(properties = "lti.admin.password={noop}" + AdminConsoleTest.PASSWORD)
class AdminConsoleTest extends AppPort {

    static final String PASSWORD = "console-secret-for-tests";
    static final String ISSUER = "https://lms.console.example";

    /** Every page and form of the console, as an anonymous visitor or a forger would try them. */
    static final List<String> PAGES = List.of("", "/registrations", "/registrations/new", "/registrations/x/edit",
            "/registrations/x/delete", "/lms", "/audit", "/accounts", "/keys", "/grade-delivery");
    static final List<String> FORMS = List.of("/registrations", "/registrations/x", "/registrations/x/enable",
            "/registrations/x/disable", "/registrations/x/delete", "/registrations/x/deployments/confirm",
            "/accounts", "/logout", "/login", "/setup", "/keys/rotate", "/grade-delivery/1/requeue");

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    AuditLog auditLog;

    ConsoleClient admin = new ConsoleClient(TOOL);

    @Test
    void pagesWhenAnonymousThenRedirectedToLogin() {
        for (String page : PAGES) {
            Page answer = admin.get(page);
            assertThat(answer.status()).as(page).isEqualTo(302);
            assertThat(answer.location()).as(page).endsWith("/admin/login");
        }
    }

    @Test
    void pagesWhenAdminApiBasicCredentialsThenStillRedirectedToLogin() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String page : PAGES) {
            assertThat(admin.get(page, "Authorization", basic).status()).as(page).isEqualTo(302);
        }
    }

    @Test
    void formsWhenPostedWithoutCsrfTokenThenForbidden() {
        for (String form : FORMS) {
            assertThat(new ConsoleClient(TOOL).postWithoutCsrf(form, Map.of("username", "admin", "password", PASSWORD))
                    .status()).as("no session " + form).isEqualTo(403);
        }
        admin.get("/login");
        for (String form : FORMS) {
            assertThat(admin.postWithoutCsrf(form, Map.of("username", "admin", "password", PASSWORD)).status())
                    .as("anonymous session " + form).isEqualTo(403);
        }
        assertThat(admin.login("admin", PASSWORD).status()).isEqualTo(302);
        for (String form : FORMS) {
            assertThat(admin.postWithoutCsrf(form, Map.of("issuer", ISSUER, "deploymentId", "1")).status())
                    .as("logged in " + form).isEqualTo(403);
        }
        assertThat(admin.get("/registrations").status()).as("still logged in").isEqualTo(200);
    }

    @Test
    void loginWhenRightPasswordThenNewSessionWithStrictCookieAndRegistrationsPage() {
        admin.get("/login");
        String anonymousSession = admin.browser.cookies().get(ConsoleLogin.SESSION_COOKIE);

        Page login = admin.login("admin", PASSWORD);
        Page list = admin.get("/registrations");

        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).endsWith("/admin/registrations");
        assertThat(admin.browser.cookies().get(ConsoleLogin.SESSION_COOKIE)).isNotEqualTo(anonymousSession);
        assertThat(admin.browser.cookieAttributes(ConsoleLogin.SESSION_COOKIE))
                .contains("Path=/admin", "Secure", "HttpOnly", "SameSite=Strict");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(list.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(list.header("Cache-Control")).contains("no-store");
        assertThat(list.document().select("#registrations .issuer").eachText()).contains("http://127.0.0.1:" + PORT + "/sandbox");
        assertThat(lastAudit(AuditAction.ADMIN_LOGIN_SUCCEEDED).actor()).isEqualTo("admin");
        assertNoSecretShown();
    }

    @Test
    void loginWhenWrongPasswordThenLoginPageWithErrorAndAuditedWithoutTheName() {
        Page wrong = admin.login("admin", "not-the-password");
        Page unknown = admin.login("console-secret-typed-as-name", "x");
        Page again = admin.get("/login?error", "Accept-Language", "fi");

        assertThat(wrong.location()).endsWith("/admin/login?error");
        assertThat(unknown.location()).endsWith("/admin/login?error");
        assertThat(again.text("login-error")).isEqualTo("Väärä käyttäjätunnus tai salasana.");
        assertThat(admin.get("/registrations").status()).isEqualTo(302);
        List<AuditEntry> failures = audit(AuditAction.ADMIN_LOGIN_FAILED);
        assertThat(failures).extracting(AuditEntry::actor).contains("admin", "(unknown user)")
                .doesNotContain("console-secret-typed-as-name");
    }

    @Test
    void logoutWhenPostedThenSessionEnds() {
        admin.login("admin", PASSWORD);
        Page list = admin.get("/registrations");

        Page logout = admin.submit(list.document().getElementById("logout").closest("form"));

        assertThat(logout.location()).endsWith("/admin/login?logout");
        assertThat(admin.get("/registrations").status()).isEqualTo(302);
    }

    @Test
    void registrationWhenAddedEditedDisabledEnabledAndDeletedThenListedAndAudited() throws Exception {
        admin.login("admin", PASSWORD);
        Page form = admin.get("/registrations/new");

        Page created = admin.post("/registrations", form, registrationFields("client-a", "1, 2"));
        Page list = admin.get("/registrations");
        PlatformRegistration stored = stored("client-a");
        String id = stored.id().value();

        assertThat(created.location()).endsWith("/admin/registrations");
        assertThat(list.text("notice")).isEqualTo("The registration was added.");
        Element row = list.document().getElementById("registration-" + id);
        assertThat(row.select(".issuer").text()).isEqualTo(ISSUER);
        assertThat(row.select(".client-id").text()).isEqualTo("client-a");
        assertThat(row.select(".family").text()).isEqualTo("Moodle");
        assertThat(row.select(".deployment").eachText()).containsExactly("1", "2");
        assertThat(row.select(".endpoints").text()).contains(ISSUER + "/mod/lti/token.php");
        assertThat(stored.family()).isEqualTo(PlatformFamily.MOODLE);

        Page edit = admin.get("/registrations/" + id + "/edit");
        assertThat(edit.document().getElementById("clientId").val()).isEqualTo("client-a");
        admin.post("/registrations/" + id, edit, registrationFields("client-b", "3"));
        assertThat(stored("client-b").id().value()).isEqualTo(id);
        assertThat(stored("client-b").deploymentIds()).containsExactly(new DeploymentId("3"));

        admin.submit(admin.get("/registrations").document().select("#registration-" + id + " .disable").first().closest("form"));
        assertThat(stored("client-b").enabled()).isFalse();
        assertThat(admin.get("/registrations").document().select("#registration-" + id + " .status").text())
                .isEqualTo("disabled");
        HttpResponse<String> launch = loginFromPlatform("client-b");
        assertThat(launch.statusCode()).isEqualTo(403);
        assertThat(launch.body()).contains("registration-disabled");

        admin.submit(admin.get("/registrations").document().select("#registration-" + id + " .enable").first().closest("form"));
        assertThat(stored("client-b").enabled()).isTrue();

        Page confirm = admin.get("/registrations/" + id + "/delete");
        assertThat(confirm.text("delete-issuer")).isEqualTo(ISSUER);
        assertThat(stored("client-b")).as("nothing deleted before the confirmation").isNotNull();
        Page deleted = admin.submit(confirm.document().getElementById("delete-form"));
        assertThat(deleted.location()).endsWith("/admin/registrations");
        assertThat(registrations.findByIssuerAndClientId(new Issuer(ISSUER), new ClientId("client-b"))).isEmpty();

        assertThat(audit(id)).extracting(AuditEntry::action).containsExactly(AuditAction.REGISTRATION_DELETED,
                AuditAction.REGISTRATION_ENABLED, AuditAction.REGISTRATION_DISABLED, AuditAction.REGISTRATION_UPDATED,
                AuditAction.REGISTRATION_CREATED);
        assertThat(audit(id)).allSatisfy(e -> assertThat(e.actor()).isEqualTo("admin"));
        Page auditPage = admin.get("/audit");
        assertThat(auditPage.document().select(".audit-entry .action").eachText()).contains("REGISTRATION_DELETED",
                "REGISTRATION_CREATED", "ADMIN_LOGIN_SUCCEEDED");
        assertNoSecretShown();
    }

    @Test
    void registrationWhenFieldsInvalidThenEachNamedAndNothingStored() {
        admin.login("admin", PASSWORD);
        Page form = admin.get("/registrations/new");
        Map<String, String> fields = registrationFields("", "1");
        fields.put("tokenEndpoint", "http://lms.console.example/token");
        fields.put("family", "NO_SUCH_LMS");
        int before = registrations.findAll().size();

        Page answer = admin.post("/registrations", form, fields);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("problem-clientId")).isEqualTo("Required.");
        assertThat(answer.text("problem-tokenEndpoint")).startsWith("Must be a full https URL");
        assertThat(answer.text("problem-family")).isEqualTo("Not a valid choice.");
        assertThat(answer.text("problem-issuer")).isNull();
        assertThat(answer.document().getElementById("issuer").val()).isEqualTo(ISSUER);
        assertThat(registrations.findAll()).hasSize(before);
    }

    @Test
    void registrationWhenIssuerAndClientTakenThenRefusedOnTheClientIdField() {
        admin.login("admin", PASSWORD);
        admin.post("/registrations", admin.get("/registrations/new"), registrationFields("client-dup", "1"));

        Page again = admin.post("/registrations", admin.get("/registrations/new"), registrationFields("client-dup", "1"));

        assertThat(again.text("problem-clientId")).isEqualTo("This issuer and client ID are already registered.");
    }

    @Test
    void unconfirmedDeploymentWhenConfirmedThenConfirmedAndAudited() {
        PlatformRegistration registration = PlatformRegistration.builder().id("console-unconfirmed").issuer(ISSUER)
                .clientId("client-u").authorizationEndpoint(URI.create(ISSUER + "/auth"))
                .tokenEndpoint(URI.create(ISSUER + "/token")).jwksUri(URI.create(ISSUER + "/jwks"))
                .deploymentId("1").build();
        registrations.save(registration);
        registrations.addUnconfirmedDeployment(registration.id(), new DeploymentId("course-copy-7"));
        admin.login("admin", PASSWORD);

        Page list = admin.get("/registrations");
        Element row = list.document().getElementById("registration-console-unconfirmed");
        assertThat(row.select(".unconfirmed code").text()).isEqualTo("course-copy-7");
        admin.submit(row.select(".confirm-deployment").first().closest("form"));

        PlatformRegistration confirmed = registrations.findById(registration.id()).orElseThrow();
        assertThat(confirmed.deploymentIds()).contains(new DeploymentId("course-copy-7"));
        assertThat(confirmed.unconfirmedDeploymentIds()).isEmpty();
        assertThat(audit("console-unconfirmed")).extracting(AuditEntry::action)
                .containsExactly(AuditAction.DEPLOYMENT_CONFIRMED);
    }

    @Test
    void lmsValuesPageWhenShownThenToolUrlsAndCanvasJson() {
        admin.login("admin", PASSWORD);

        Page values = admin.get("/lms");

        assertThat(values.text("value-login")).isEqualTo(TOOL + "/lti/login");
        assertThat(values.text("value-redirect")).isEqualTo(TOOL + "/lti/launch");
        assertThat(values.text("value-jwks")).isEqualTo(TOOL + "/.well-known/jwks.json");
        assertThat(values.text("value-dynamic")).isEqualTo(TOOL + "/lti/register");
        assertThat(values.text("value-domain")).isEqualTo("localhost:" + PORT);
        assertThat(values.document().getElementById("canvas-json").wholeText())
                .contains("\"oidc_initiation_url\" : \"" + TOOL + "/lti/login\"", "\"message_type\" : \"LtiDeepLinkingRequest\"",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score");
        assertThat(values.document().select("section h2").eachText())
                .containsExactly("Moodle", "Canvas", "Blackboard Learn", "D2L Brightspace", "Sakai");
    }

    @Test
    void accountWhenAddedThenCanLogInAndAudited() {
        admin.login("admin", PASSWORD);
        Page accounts = admin.get("/accounts");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", "second-admin");
        fields.put("password", "another-long-password");
        fields.put("passwordRepeat", "another-long-password");

        Page tooShort = admin.post("/accounts", accounts, Map.of("username", "x", "password", "short", "passwordRepeat", "short"));
        admin.post("/accounts", accounts, fields);
        ConsoleClient second = new ConsoleClient(TOOL);
        Page login = second.login("second-admin", "another-long-password");

        assertThat(tooShort.document().select("#account-problems li").eachText())
                .containsExactly("The password must be at least 12 characters.");
        assertThat(login.location()).endsWith("/admin/registrations");
        assertThat(admin.get("/accounts").document().select("#accounts td").eachText()).contains("second-admin");
        assertThat(lastAudit(AuditAction.ADMIN_ACCOUNT_CREATED).subject()).isEqualTo("second-admin");
        assertThat(admin.seen).noneMatch(p -> p.body().contains("another-long-password"));
    }

    private Map<String, String> registrationFields(String clientId, String deployments) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("issuer", ISSUER);
        fields.put("clientId", clientId);
        fields.put("authorizationEndpoint", ISSUER + "/mod/lti/auth.php");
        fields.put("tokenEndpoint", ISSUER + "/mod/lti/token.php");
        fields.put("jwksUri", ISSUER + "/mod/lti/certs.php");
        fields.put("deploymentIds", deployments);
        fields.put("unknownDeploymentPolicy", "REJECT");
        fields.put("family", "MOODLE");
        fields.put("tokenAudience", "");
        return fields;
    }

    private PlatformRegistration stored(String clientId) {
        return registrations.findByIssuerAndClientId(new Issuer(ISSUER), new ClientId(clientId)).orElseThrow();
    }

    private HttpResponse<String> loginFromPlatform(String clientId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TOOL + "/lti/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("iss=" + ISSUER + "&login_hint=7&client_id=" + clientId
                        + "&target_link_uri=" + TOOL + "/lti/launch"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<AuditEntry> audit(AuditAction action) {
        return auditLog.page(0).entries().stream().filter(e -> e.action() == action).toList();
    }

    private List<AuditEntry> audit(String subject) {
        return auditLog.page(0).entries().stream().filter(e -> e.subject().equals(subject)).toList();
    }

    private AuditEntry lastAudit(AuditAction action) {
        return audit(action).get(0);
    }

    private void assertNoSecretShown() {
        assertThat(admin.seen).isNotEmpty().noneMatch(p -> p.body().contains(PASSWORD));
    }
}
