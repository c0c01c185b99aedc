package org.pokot.lti.app.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A console account being made (by the setup page or the accounts page), as the form posts it. Its rules: a
 * plain user name, a password of 12 characters or more that bcrypt can take whole (72 bytes), typed twice.
 */
record NewAccount(String username, String password, String passwordRepeat) {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD_BYTES = 72;

    NewAccount {
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
        passwordRepeat = passwordRepeat == null ? "" : passwordRepeat;
    }

    /** The message keys of what is wrong, empty when the account may be made. */
    List<String> problems(AdminAccounts accounts) {
        List<String> problems = new ArrayList<>();
        if (!username.matches("[A-Za-z0-9._@-]{1,64}")) {
            problems.add("admin.account.usernameInvalid");
        } else if (accounts.exists(username)) {
            problems.add("admin.account.usernameTaken");
        }
        if (password.length() < MIN_PASSWORD) {
            problems.add("admin.account.passwordShort");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add("admin.account.passwordLong");
        }
        if (!password.equals(passwordRepeat)) {
            problems.add("admin.account.passwordMismatch");
        }
        return problems;
    }

    /** Never the password, should a form object reach a log. */
    @Override
    public String toString() {
        return "NewAccount[" + username + "]";
    }
}
