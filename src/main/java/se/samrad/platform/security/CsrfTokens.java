package se.samrad.platform.security;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * CSRF tokens bound to the sign-in session they were issued for (OWASP's signed double-submit cookie): a random
 * part and an HMAC, under a server key, of that part with the session's id. A token made for another session, or
 * for none, fails on a signed-in request, so a cookie planted in a victim's browser (from a sibling subdomain, a
 * proxy or a shared computer) together with a matching form field no longer passes. Anonymous forms (sign-in,
 * resident dialogues, workshop joins) get tokens bound to "no session".
 */
@Singleton
public class CsrfTokens {

    private static final String HMAC = "HmacSHA256";
    private final ServerKeys keys;

    public CsrfTokens(ServerKeys keys) {
        this.keys = keys;
    }

    /** A new token for the session whose cookie value is given (null or empty: not signed in). */
    public String issue(@Nullable String sessionToken) {
        String nonce = SecureTokens.newToken();
        return nonce + '.' + mac(nonce, sessionToken);
    }

    /** Whether the token was issued by this server for this session (null or empty: not signed in). */
    public boolean isBoundTo(@Nullable String token, @Nullable String sessionToken) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 32 || dot != token.lastIndexOf('.')) {
            return false;
        }
        return SecureTokens.constantTimeEquals(token.substring(dot + 1), mac(token.substring(0, dot), sessionToken));
    }

    private String mac(String nonce, @Nullable String sessionToken) {
        String session = sessionToken == null || sessionToken.isEmpty() ? "" : SecureTokens.sha256Hex(sessionToken);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(keys.key(ServerKeys.CSRF), HMAC));
            byte[] digest = mac.doFinal((nonce + '|' + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
