package org.pokot.lti.app.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

import org.pokot.lti.app.config.LtiProperties;

/**
 * The console's accounts: the one in configuration ({@code lti.admin.*}, never copied to the database) and those
 * stored in {@code admin_account}, each with a {@link PasswordEncoder} hash. Deliberately not a
 * {@code UserDetailsService} bean: a second one would stop Spring Security wiring the admin API's account.
 */
@Repository
public class AdminAccounts {

    static final String ROLE = "ADMIN";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final LtiProperties.Admin configured;
    private final Clock clock;

    AdminAccounts(JdbcTemplate jdbc, PasswordEncoder passwords, LtiProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.configured = properties.admin();
        this.clock = clock;
    }

    /** For the console's authentication provider. */
    public UserDetails loadUserByUsername(String username) {
        if (isConfigured(username)) {
            return User.withUsername(configured.username()).password(configured.password()).roles(ROLE).build();
        }
        List<String> hashes = jdbc.queryForList("SELECT password_hash FROM admin_account WHERE username = ?",
                String.class, username);
        if (hashes.isEmpty()) {
            throw new UsernameNotFoundException("no such admin");
        }
        return User.withUsername(username).password(hashes.get(0)).roles(ROLE).build();
    }

    public boolean exists(String username) {
        return isConfigured(username) || jdbc.queryForObject(
                "SELECT COUNT(*) FROM admin_account WHERE username = ?", Integer.class, username) > 0;
    }

    /** Whether anyone can log in at all; while not, the setup token is the way in. */
    public boolean any() {
        return hasConfiguredAccount()
                || jdbc.queryForObject("SELECT COUNT(*) FROM admin_account", Integer.class) > 0;
    }

    public List<AdminAccount> list() {
        List<AdminAccount> accounts = new ArrayList<>();
        if (hasConfiguredAccount()) {
            accounts.add(new AdminAccount(configured.username(), Optional.empty(), "configuration"));
        }
        accounts.addAll(jdbc.query("SELECT username, created_at, created_by FROM admin_account ORDER BY username",
                (r, n) -> new AdminAccount(r.getString("username"),
                        Optional.of(r.getTimestamp("created_at").toInstant()), r.getString("created_by"))));
        return accounts;
    }

    /** Stores a new account with the password hashed; the caller has checked {@link NewAccount}'s rules. */
    void create(NewAccount account, String createdBy) {
        jdbc.update("INSERT INTO admin_account (username, password_hash, created_at, created_by) VALUES (?, ?, ?, ?)",
                account.username(), passwords.encode(account.password()), Timestamp.from(clock.instant()), createdBy);
    }

    private boolean hasConfiguredAccount() {
        return configured.password() != null && !configured.password().isBlank();
    }

    private boolean isConfigured(String username) {
        return hasConfiguredAccount() && configured.username().equals(username);
    }
}
