package se.samrad.platform.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys the server signs with. A key is taken from the configuration ({@code samrad.security.csrf-key}, env
 * {@code SAMRAD_CSRF_KEY}, at least 32 characters) when set; otherwise it is generated at the first start,
 * stored in the database and read from there by every node, so that it survives restarts and is the same on all.
 */
@Singleton
public class ServerKeys {

    static final String CSRF = "csrf";
    private final ServerKeyRepository repository;
    private final String configuredCsrfKey;
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    public ServerKeys(ServerKeyRepository repository, @Value("${samrad.security.csrf-key:}") String configuredCsrfKey) {
        if (!configuredCsrfKey.isEmpty() && configuredCsrfKey.length() < 32) {
            throw new io.micronaut.context.exceptions.ConfigurationException(
                    "samrad.security.csrf-key must have at least 32 characters");
        }
        this.repository = repository;
        this.configuredCsrfKey = configuredCsrfKey;
    }

    /** The named key; the first call may read (and write) the database, so call it off the event loop. */
    public byte[] key(String name) {
        return loaded.computeIfAbsent(name, this::load);
    }

    private byte[] load(String name) {
        if (name.equals(CSRF) && !configuredCsrfKey.isEmpty()) {
            return configuredCsrfKey.getBytes(StandardCharsets.UTF_8);
        }
        repository.insertIfAbsent(name, SecureTokens.newToken());
        String secret = repository.findById(name).orElseThrow(() -> new IllegalStateException(
                "server key " + name + " was neither found nor stored")).secret();
        return Base64.getUrlDecoder().decode(secret);
    }
}
