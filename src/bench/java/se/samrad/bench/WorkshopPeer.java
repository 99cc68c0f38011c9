package se.samrad.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The workshop benchmark's peer (issue 23): {@code bench/peers/ws/server.js}, a plain in-memory broadcast server on
 * Node's {@code ws} package (rooms, broadcast on receipt, no persistence, no acknowledgement), which the same load
 * generator drives with the same connections and rate as Samråd. A session is a room; an input goes out as
 * {@code {"seq":<n>,"input":<the input>}} to every member, which the benchmark's frame reader reads like Samråd's
 * events. Its log goes to {@code bench/out/peer-ws.log}.
 */
final class WorkshopPeer implements WorkshopTarget, AutoCloseable {

    static final Path DIRECTORY = Path.of("bench", "peers", "ws");

    private final Process process;
    private final int port;

    private WorkshopPeer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the peer, or says why it cannot and answers null (no node, or its package not installed). */
    static WorkshopPeer start() throws Exception {
        if (!Files.isDirectory(DIRECTORY.resolve("node_modules").resolve("ws"))) {
            System.out.println("bench: the ws peer is skipped: " + DIRECTORY.resolve("node_modules")
                    + " is missing (bench/run workshop runs `npm ci --prefix bench/peers/ws` where npm is installed)");
            return null;
        }
        Files.createDirectories(Path.of("bench", "out"));
        Process process;
        try {
            process = new ProcessBuilder("node", DIRECTORY.resolve("server.js").toString())
                    .redirectError(Path.of("bench", "out", "peer-ws.log").toFile())
                    .start();
        } catch (java.io.IOException e) {
            System.out.println("bench: the ws peer is skipped: node could not be started (" + e.getMessage() + ")");
            return null;
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = first.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            line = null;
        }
        if (line == null || !line.startsWith("listening ")) {
            process.destroyForcibly();
            throw new IllegalStateException("the ws peer did not start (" + line + "); see bench/out/peer-ws.log");
        }
        // nothing more is written to its output, but keep reading it so that the pipe never fills
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded
                }
            } catch (java.io.IOException ignored) {
                // the peer stopped
            }
        });
        int port = Integer.parseInt(line.substring("listening ".length()).strip());
        System.out.println("bench: ws peer (node " + process.pid() + ") on port " + port);
        return new WorkshopPeer(process, port);
    }

    @Override
    public List<Long> pids() {
        return List.of(process.pid());
    }

    /** Rooms need no setting up: a participant joins by connecting; no tokens, sequence numbers from 0. */
    @Override
    public List<Session> open(List<Integer> sizes) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            sessions.add(new Session(i, "room" + i, 0, 0, Collections.nCopies(sizes.get(i), ""), 0));
        }
        return sessions;
    }

    @Override
    public URI socket(Session session, long after) {
        return URI.create("ws://127.0.0.1:" + port + "/r/" + session.code());
    }

    @Override
    public String cookie(String token) {
        return null;
    }

    @Override
    public boolean acknowledges() {
        return false;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
