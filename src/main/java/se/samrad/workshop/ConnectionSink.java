package se.samrad.workshop;

import java.util.concurrent.Executor;

/** Where a {@link Connection}'s frames go: a WebSocket channel ({@link ChannelSink}), or a test's recorder. */
interface ConnectionSink {

    /** The single thread that writes to this client: writes and flushes happen there, in order. */
    Executor writer();

    /** Whether the transport takes more frames now (called on the writer). */
    boolean writable();

    /** Called once by the connection: {@code resume} is to run on the writer when it is writable again. */
    void onWritable(Runnable resume);

    /** A frame of text (called on the writer). */
    void write(String frame);

    /** A frame shared by many connections (called on the writer). */
    void write(Outbound.Frame frame);

    /** Sends what was written (called on the writer). */
    void flush();

    void close(int code, String reason);
}
