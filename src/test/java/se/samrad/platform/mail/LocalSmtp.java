package se.samrad.platform.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/** A local SMTP server (GreenMail) for tests of what Samråd sends, and the settings that point the outbox at it. */
public final class LocalSmtp {

    private LocalSmtp() {
    }

    /** A port for the server; pick it in a static field, since the settings are read before the test starts it. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outbox's settings for a server on {@code port}, sending from {@code from}, with these added. */
    public static Map<String, String> settings(int port, String from, String... more) {
        Map<String, String> settings = new HashMap<>(Map.of("samrad.mail.host", "127.0.0.1",
                "samrad.mail.port", String.valueOf(port), "samrad.mail.from", from, "samrad.mail.starttls", "false",
                "samrad.mail.interval", "1h"));
        for (int i = 0; i + 1 < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return settings;
    }

    /** Starts a server on {@code port}. */
    public static GreenMail start(int port) {
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }
}
