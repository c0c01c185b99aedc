package org.pokot.lti.core.service;

/**
 * The token endpoint's answer: an {@link AccessToken} or a {@link TokenError}, never both, never an exception for
 * an answer the platform gave on purpose.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5">RFC 6749 §5</a>
 */
public sealed interface TokenResult permits AccessToken, TokenError {

    default boolean isSuccess() {
        return this instanceof AccessToken;
    }
}
