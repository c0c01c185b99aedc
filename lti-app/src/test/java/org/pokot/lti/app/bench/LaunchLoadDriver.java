package org.pokot.lti.app.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;

import org.pokot.lti.app.testing.QueryParams;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.testing.IdTokenBuilder;
import org.pokot.lti.core.testing.TestKeys;

/**
 * Load driver: complete LTI 1.3 launches (login → auth → launch → launch page) against a running app, reporting
 * launches per second, p50/p99 latency and the app's CPU milliseconds per launch. Not a test: a {@code main} run
 * in its own JVM, so that none of its work (it plays the platform and the browsers) counts as app CPU.
 * <p>
 * The driver is the platform: it serves its JWKS on a loopback port with the JDK's {@link HttpServer}, registers
 * itself through the tool's admin API, and signs each id_token for the nonce the tool put in its redirect. It never
 * calls its own auth URL: it reads {@code state} and {@code nonce} from the tool's 302 {@code Location}. The two
 * browser-binding cookies are {@code Secure}, which the JDK cookie handling would not send over http, so they are
 * carried by hand from the login answer to the launch post.
 * <p>
 * Phases, each printed as one {@code RESULT} line:
 * <ol>
 *   <li>{@code warmup}: complete launches in batches of {@code --warmup-batch}, until the app's JIT compiler
 *       threads used less than {@code --jit-settled-pct} of the app's CPU in a batch, or {@code --warmup} launches
 *       are done; not figures for the target;</li>
 *   <li>{@code complete} (×runs): complete launches; latency is the time of the two requests (login + launch),
 *       without the driver's own id_token signing in between;</li>
 *   <li>{@code login-only}: logins alone (the tool's state row, cookies, redirect);</li>
 *   <li>{@code launch-only}: the launch posts for those logins, with id_tokens signed before the phase starts.</li>
 * </ol>
 * App CPU is utime+stime of the app process from {@code /proc/<pid>/stat}, read before and after a phase, in clock
 * ticks (10 ms at the usual CLK_TCK of 100), divided by the launches of the phase. {@code jit_pct} is the share of
 * that CPU spent by the app's C1/C2 compiler threads, {@code gc_pct} by its G1 threads, and
 * {@code app_cpu_without_jit_gc_ms_per_launch} what is left per launch: the request work, Tomcat's poller and the
 * app's other threads (the JIT's share keeps moving between runs, so this one compares changes more steadily). Before each measured phase the driver waits (at most 120 s)
 * until other processes use less than {@code --quiet-pct} of the machine, and {@code other_cpu_pct} reports how
 * much they used during the phase: figures from a phase with a high value were taken on a busy machine.
 * {@code app_alloc_kb_per_launch} is what the app's threads allocated per launch ({@link AppAllocations}, over the
 * app JVM's local management agent): steadier than CPU between runs and hosts, so it compares two builds.
 * <p>
 * Usage (documented in docs/performance.md):
 * <pre>
 * LOAD_ADMIN_PASSWORD=... java -cp CP org.pokot.lti.app.bench.LaunchLoadDriver BASE_URL PID|auto LAUNCHES CONCURRENCY
 *     [--warmup=30000] [--warmup-batch=2000] [--jit-settled-pct=2] [--runs=3]
 *     [--split=LAUNCHES|0] [--quiet-pct=5] [--label=h2] [--max-seconds=1800]
 *     [--db-command=postgres] [--module=MODULE_ID]
 * </pre>
 * With {@code --db-command=postgres} the CPU of the PostgreSQL server processes is reported apart
 * ({@code db_server_cpu_ms_per_launch}): with H2 the database runs inside the app and is part of its CPU.
 * The admin password is read from the environment only and never printed; {@code LOAD_ADMIN_USER} defaults to
 * {@code admin}.
 */
public final class LaunchLoadDriver {

    static final String CLIENT_ID = "load-driver-client";
    static final String DEPLOYMENT_ID = "load-deployment-1";
    static final String USER_NAME = "Liisa Learner";
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final int pid;
    private final long clockTick;
    private final String label;
    private final long deadlineNanos;
    private final RSAKey platformKey = TestKeys.platformKey();
    private String issuer;
    private int jwksPort;
    private final AtomicInteger jwksFetches = new AtomicInteger();
    private long failedLaunches;
    /** With {@code --db-command=postgres}: the database server's processes, whose CPU is reported apart. */
    private final String dbCommand;
    /**
     * With {@code --module=ID}: every launch names that module in its custom parameters, as an activity made by deep
     * linking does, so the first page is the module's page (and the learner's progress row is opened); without it
     * the launch lands on the pack's module list.
     */
    private String module;
    /** The app's allocated bytes, when the driver could attach to it; {@code null} leaves the figure out. */
    private final AppAllocations allocations;

    private LaunchLoadDriver(URI base, int pid, long clockTick, String label, long deadlineNanos, String dbCommand) {
        this.dbCommand = dbCommand;
        this.base = base;
        this.pid = pid;
        this.clockTick = clockTick;
        this.label = label;
        this.deadlineNanos = deadlineNanos;
        this.allocations = AppAllocations.attach(pid);
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != 4) {
            System.err.println("usage: LaunchLoadDriver BASE_URL PID|auto LAUNCHES CONCURRENCY [--warmup=30000] "
                    + "[--warmup-batch=2000] [--jit-settled-pct=2] [--runs=3] [--split=N|0] [--quiet-pct=5] "
                    + "[--label=NAME] [--max-seconds=1800] [--db-command=postgres] [--module=ID]"
                    + "   (env LOAD_ADMIN_PASSWORD)");
            System.exit(2);
        }
        URI base = URI.create(positional.get(0).replaceAll("/+$", ""));
        int launches = Integer.parseInt(positional.get(2));
        int concurrency = Integer.parseInt(positional.get(3));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "30000"));
        int warmupBatch = Integer.parseInt(options.getOrDefault("warmup-batch", "2000"));
        double jitSettled = Double.parseDouble(options.getOrDefault("jit-settled-pct", "2"));
        double quietPct = Double.parseDouble(options.getOrDefault("quiet-pct", "5"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        int split = Integer.parseInt(options.getOrDefault("split", String.valueOf(launches)));
        String label = options.getOrDefault("label", "app");
        long maxSeconds = Long.parseLong(options.getOrDefault("max-seconds", "1800"));
        String dbCommand = options.get("db-command");
        String module = options.get("module");
        int pid = positional.get(1).equals("auto") ? pidListeningOn(base.getPort()) : Integer.parseInt(positional.get(1));
        String password = System.getenv("LOAD_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.err.println("set LOAD_ADMIN_PASSWORD to the admin password the app was started with (raw, without {noop})");
            System.exit(2);
        }
        String user = System.getenv().getOrDefault("LOAD_ADMIN_USER", "admin");

        LaunchLoadDriver driver = new LaunchLoadDriver(base, pid, clockTicks(), label,
                System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos(), dbCommand);
        driver.module = module;
        HttpServer jwks = driver.startJwks();
        try {
            driver.register(user, password);
            System.out.printf(Locale.ROOT, "# %s app pid %d, tool %s, platform %s, CLK_TCK %d, %d cores, started %s%n",
                    label, pid, base, driver.issuer, driver.clockTick, Runtime.getRuntime().availableProcessors(),
                    Instant.now());
            for (int done = 0; done < warmup; ) {
                int batch = Math.min(warmupBatch, warmup - done);
                Phase phase = driver.complete(batch, concurrency);
                driver.report("warmup", concurrency, phase);
                done += batch;
                if (phase.jitPct() < jitSettled) {
                    break;
                }
            }
            for (int r = 0; r < runs; r++) {
                driver.waitQuiet(quietPct);
                driver.report("complete", concurrency, driver.complete(launches, concurrency));
            }
            if (split > 0) {
                List<Login> logins = new ArrayList<>(split);
                driver.waitQuiet(quietPct);
                driver.report("login-only", concurrency, driver.loginsOnly(split, concurrency, logins));
                driver.waitQuiet(quietPct);
                driver.report("launch-only", concurrency, driver.launchesOnly(logins, concurrency));
            }
            System.out.printf(Locale.ROOT, "# JWKS fetched by the app %d time(s)%n", driver.jwksFetches.get());
        } finally {
            jwks.stop(0);
        }
        if (driver.failedLaunches > 0) {
            System.err.println(driver.failedLaunches + " launches failed");
            System.exit(1);
        }
    }

    // --- the platform: JWKS and registration

    private HttpServer startJwks() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        byte[] body = new JWKSet(platformKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            jwksFetches.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        jwksPort = server.getAddress().getPort();
        issuer = "http://127.0.0.1:" + jwksPort;
        return server;
    }

    private void register(String user, String password) throws IOException, InterruptedException {
        String json = "{\"issuer\":\"" + issuer + "\",\"clientId\":\"" + CLIENT_ID + "\","
                + "\"authorizationEndpoint\":\"" + issuer + "/auth\",\"tokenEndpoint\":\"" + issuer + "/token\","
                + "\"jwksUri\":\"" + issuer + "/jwks\",\"deploymentIds\":[\"" + DEPLOYMENT_ID + "\"]}";
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/admin/api/registrations"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = newClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("registration answered HTTP " + response.statusCode()
                    + (response.statusCode() == 401 ? " (wrong admin user or password?)" : ": " + abbreviate(response.body())));
        }
    }

    // --- the phases

    private Phase complete(int launches, int concurrency) throws InterruptedException {
        return run(launches, concurrency, (client, i, phase) -> {
            long t0 = System.nanoTime();
            Login login = login(client, i);
            long t1 = System.nanoTime();
            String idToken = sign(login, i);
            long t2 = System.nanoTime();
            launch(client, login, idToken);
            long t3 = System.nanoTime();
            return (t1 - t0) + (t3 - t2);
        });
    }

    private Phase loginsOnly(int count, int concurrency, List<Login> sink) throws InterruptedException {
        Login[] logins = new Login[count];
        Phase phase = run(count, concurrency, (client, i, p) -> {
            long t0 = System.nanoTime();
            logins[i] = login(client, i);
            return System.nanoTime() - t0;
        });
        for (Login login : logins) {
            if (login != null) {
                sink.add(login);
            }
        }
        return phase;
    }

    private Phase launchesOnly(List<Login> logins, int concurrency) throws InterruptedException {
        String[] tokens = new String[logins.size()];
        for (int i = 0; i < tokens.length; i++) { // signed before the phase: none of it overlaps the measurement
            tokens[i] = sign(logins.get(i), i);
        }
        return run(logins.size(), concurrency, (client, i, p) -> {
            long t0 = System.nanoTime();
            launch(client, logins.get(i), tokens[i]);
            return System.nanoTime() - t0;
        });
    }

    private interface Step {
        /** @return the nanoseconds to count as this launch's latency */
        long perform(HttpClient client, int index, Phase phase) throws Exception;
    }

    /** Runs {@code count} steps on {@code concurrency} workers, each with its own HTTP client (keep-alive). */
    private Phase run(int count, int concurrency, Step step) throws InterruptedException {
        Phase phase = new Phase(count);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(concurrency);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            HttpClient client = newClient();
            Thread worker = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadlineNanos
                            && phase.failures.get() < 20) {
                        try {
                            phase.latencies[i] = step.perform(client, i, phase);
                        } catch (Exception e) {
                            phase.latencies[i] = -1;
                            if (phase.failures.incrementAndGet() == 1) {
                                phase.firstFailure.set(e.toString());
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + w);
            workers.add(worker);
        }
        phase.allocatedBefore = allocations == null ? -1 : allocations.totalBytes();
        phase.cpuBefore = cpuTicks(pid);
        phase.jitBefore = compilerTicks(pid);
        phase.gcBefore = gcTicks(pid);
        phase.selfCpuBefore = cpuTicks(ProcessHandle.current().pid());
        phase.machineBefore = machineTicks();
        phase.dbBefore = dbCommand == null ? 0 : cpuTicksOfCommand(dbCommand);
        phase.started = System.nanoTime();
        workers.forEach(Thread::start);
        done.await();
        phase.ended = System.nanoTime();
        phase.cpuAfter = cpuTicks(pid);
        phase.jitAfter = compilerTicks(pid);
        phase.gcAfter = gcTicks(pid);
        phase.selfCpuAfter = cpuTicks(ProcessHandle.current().pid());
        phase.machineAfter = machineTicks();
        phase.dbAfter = dbCommand == null ? 0 : cpuTicksOfCommand(dbCommand);
        phase.allocatedAfter = allocations == null ? -1 : allocations.totalBytes();
        return phase;
    }

    private Login login(HttpClient client, int i) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("iss", issuer);
        form.put("target_link_uri", base + "/lti/launch");
        form.put("login_hint", "learner-" + i);
        form.put("lti_message_hint", "{\"cmid\":2,\"launchid\":\"load-" + i + "\"}");
        form.put("client_id", CLIENT_ID);
        form.put("lti_deployment_id", DEPLOYMENT_ID);
        HttpResponse<String> response = client.send(post("/lti/login", form, null), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302) {
            throw new IllegalStateException("login answered HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("login answered 302 without Location"));
        if (!location.startsWith(issuer + "/auth?")) {
            throw new IllegalStateException("login redirected elsewhere than the platform's auth URL: " + abbreviate(location));
        }
        Map<String, String> auth = QueryParams.of(location);
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            if (name.equals("lti_browser") || name.equals("lti_browser_p")) {
                cookies.put(name, pair.substring(eq + 1));
            }
        }
        if (auth.get("state") == null || auth.get("nonce") == null || cookies.size() != 2) {
            throw new IllegalStateException("login answer lacks state, nonce or the two binding cookies");
        }
        String cookieHeader = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        return new Login(auth.get("state"), auth.get("nonce"), cookieHeader);
    }

    private String sign(Login login, int i) {
        Instant now = Instant.now();
        IdTokenBuilder token = IdTokenBuilder.forPlatform(platformKey, issuer, CLIENT_ID, DEPLOYMENT_ID,
                        base + "/lti/launch", login.nonce(), now)
                .subject("learner-" + i)
                .expiresAt(now.plusSeconds(600));
        if (module != null) {
            token = token.claim(LtiClaimNames.CUSTOM, Map.of("module", module));
        }
        return token.sign();
    }

    private void launch(HttpClient client, Login login, String idToken) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", idToken);
        form.put("state", login.state());
        HttpResponse<String> response = client.send(post("/lti/launch", form, login.cookieHeader()),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("launch answered HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        if (!response.body().contains(USER_NAME) || !response.body().contains("id=\"launch\"")) {
            throw new IllegalStateException("launch page does not show the user: " + abbreviate(response.body()));
        }
    }

    private HttpRequest post(String path, Map<String, String> form, String cookieHeader) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookieHeader != null) {
            request.header("Cookie", cookieHeader);
        }
        return request.build();
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Login(String state, String nonce, String cookieHeader) {
        @Override
        public String toString() {
            return "Login[state]"; // the cookie value is the browser's secret
        }
    }

    // --- reporting

    static final class Phase {
        final long[] latencies;
        final AtomicInteger failures = new AtomicInteger();
        final AtomicReference<String> firstFailure = new AtomicReference<>();
        long started;
        long ended;
        long cpuBefore;
        long cpuAfter;
        long selfCpuBefore;
        long selfCpuAfter;
        long dbBefore;
        long dbAfter;
        long jitBefore;
        long jitAfter;
        long gcBefore;
        long gcAfter;
        long allocatedBefore;
        long allocatedAfter;

        /** The app's allocation per launch in kB, or "-" without figures. */
        String allocatedKbPerLaunch(int launches) {
            return allocatedBefore < 0 || allocatedAfter < 0 ? "-"
                    : String.format(Locale.ROOT, "%.1f", (allocatedAfter - allocatedBefore) / 1024.0 / launches);
        }

        double gcPct() {
            long app = cpuAfter - cpuBefore;
            return app <= 0 ? 0 : 100.0 * (gcAfter - gcBefore) / app;
        }

        double jitPct() {
            long app = cpuAfter - cpuBefore;
            return app <= 0 ? 0 : 100.0 * (jitAfter - jitBefore) / app;
        }
        long[] machineBefore;
        long[] machineAfter;

        Phase(int count) {
            latencies = new long[count];
        }
    }

    private void report(String name, int concurrency, Phase phase) {
        failedLaunches += phase.failures.get();
        long[] ok = Arrays.stream(phase.latencies).filter(l -> l > 0).sorted().toArray();
        double seconds = (phase.ended - phase.started) / 1e9;
        double msPerTick = 1000.0 / clockTick;
        double appCpuMs = (phase.cpuAfter - phase.cpuBefore) * msPerTick;
        double driverCpuMs = (phase.selfCpuAfter - phase.selfCpuBefore) * msPerTick;
        double dbMs = (phase.dbAfter - phase.dbBefore) * msPerTick;
        long busy = phase.machineAfter[0] - phase.machineBefore[0];
        long total = phase.machineAfter[1] - phase.machineBefore[1];
        int n = Math.max(ok.length, 1);
        System.out.printf(Locale.ROOT, "RESULT db=%s phase=%s concurrency=%d launches=%d failed=%d wall_s=%.2f "
                        + "launches_per_s=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f "
                        + "app_cpu_ms_per_launch=%.3f db_server_cpu_ms_per_launch=%s driver_cpu_ms_per_launch=%.3f "
                + "jit_pct=%.1f gc_pct=%.1f app_cpu_without_jit_gc_ms_per_launch=%.3f machine_busy_pct=%.0f "
                + "other_cpu_pct=%.0f app_alloc_kb_per_launch=%s%n",
                label, name, concurrency, ok.length, phase.failures.get(), seconds, ok.length / seconds,
                percentile(ok, 50), percentile(ok, 90), percentile(ok, 99), ok.length == 0 ? 0 : ok[ok.length - 1] / 1e6,
                appCpuMs / n, dbCommand == null ? "-" : String.format(Locale.ROOT, "%.3f", dbMs / n),
                driverCpuMs / n, phase.jitPct(), phase.gcPct(),
                appCpuMs * (1 - (phase.jitPct() + phase.gcPct()) / 100) / n, total == 0 ? 0 : 100.0 * busy / total,
                total == 0 ? 0 : Math.max(0, 100.0 * (busy - (phase.cpuAfter - phase.cpuBefore)
                        - (phase.selfCpuAfter - phase.selfCpuBefore) - (phase.dbAfter - phase.dbBefore)) / total),
                phase.allocatedKbPerLaunch(n));
        if (phase.firstFailure.get() != null) {
            System.out.println("# first failure: " + phase.firstFailure.get());
        }
        System.out.flush();
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    // --- /proc

    /** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            // fields[0] is field 3 (state): utime is field 14, stime field 15
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/stat: is the app running with that pid?", e);
        }
    }

    /**
     * Waits, at most 120 s, until processes other than the app, the driver and the database server use less than
     * {@code maxPct} of the machine over 2 s.
     */
    private void waitQuiet(double maxPct) throws InterruptedException {
        if (maxPct <= 0) {
            return;
        }
        long start = System.nanoTime();
        double other = 100;
        while (System.nanoTime() - start < Duration.ofSeconds(120).toNanos()) {
            long[] m0 = machineTicks();
            long own0 = cpuTicks(pid) + cpuTicks(ProcessHandle.current().pid()) + (dbCommand == null ? 0 : cpuTicksOfCommand(dbCommand));
            Thread.sleep(2000);
            long[] m1 = machineTicks();
            long own1 = cpuTicks(pid) + cpuTicks(ProcessHandle.current().pid()) + (dbCommand == null ? 0 : cpuTicksOfCommand(dbCommand));
            long total = m1[1] - m0[1];
            other = total <= 0 ? 0 : 100.0 * Math.max(0, (m1[0] - m0[0]) - (own1 - own0)) / total;
            if (other < maxPct) {
                break;
            }
        }
        long waited = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        if (other >= maxPct || waited > 3) {
            System.out.printf(Locale.ROOT, "# waited %d s for other processes to calm down (now %.0f%% of the machine)%n",
                    waited, other);
        }
    }

    /** utime + stime of the app's JIT compiler threads ({@code C1/C2 CompilerThread*}). */
    static long compilerTicks(long pid) {
        return threadTicks(pid, name -> name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre"));
    }

    /** utime + stime of the app's garbage collector threads (G1's {@code GC Thread#*}, {@code G1 *}). */
    static long gcTicks(long pid) {
        return threadTicks(pid, name -> name.startsWith("GC Thread") || name.startsWith("G1 "));
    }

    /** utime + stime of the app's threads whose name (as /proc shows it, cut at 15 characters) matches. */
    private static long threadTicks(long pid, java.util.function.Predicate<String> named) {
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (named.test(name)) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                        sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return sum;
    }

    /** utime + stime of every process whose command name ({@code /proc/PID/comm}) is {@code command}. */
    static long cpuTicksOfCommand(String command) {
        long sum = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try {
                    if (Files.readString(proc.resolve("comm")).trim().equals(command)) {
                        sum += cpuTicks(Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException e) {
                    // gone meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return sum;
    }

    /** {busy, total} jiffies of the whole machine, from the first line of /proc/stat. */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (getconf.waitFor(5, java.util.concurrent.TimeUnit.SECONDS) && getconf.exitValue() == 0) {
                return Long.parseLong(out);
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 100;
    }

    /** The pid of the process holding a listening TCP socket on {@code port}, from /proc/net/tcp{,6} and /proc/PID/fd. */
    static int pidListeningOn(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        List<String> inodes = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                    inodes.add("socket:[" + f[9] + "]");
                }
            }
        }
        if (inodes.isEmpty()) {
            throw new IllegalStateException("nothing listens on port " + port);
        }
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                    for (Path fd : fds) {
                        try {
                            if (inodes.contains(Files.readSymbolicLink(fd).toString())) {
                                return Integer.parseInt(proc.getFileName().toString());
                            }
                        } catch (IOException e) {
                            // the fd closed meanwhile
                        }
                    }
                } catch (IOException e) {
                    // not ours to read, or gone
                }
            }
        }
        throw new IllegalStateException("no readable process holds the socket listening on port " + port);
    }
}
