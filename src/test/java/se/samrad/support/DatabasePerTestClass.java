package se.samrad.support;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Gives each test class an empty database of its own ({@link TestDatabase}) while a test JVM runs many classes
 * one after another: registered with the JUnit launcher through {@code META-INF/services}, so every class, whether
 * it extends {@link IntegrationTest} or starts its application contexts itself, and whichever runner starts it
 * (Maven, an IDE), is covered. The launcher reports a class as started before its test instance, its
 * {@code @BeforeAll} methods and its application context exist, and as finished after they are closed. A class
 * nested in another shares the outer class's database.
 */
public final class DatabasePerTestClass implements TestExecutionListener {

    /** The top-level test class running now, null between classes. */
    private String running;

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (running == null && isClass(identifier)) {
            running = identifier.getUniqueId();
            TestDatabase.classStarted();
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (identifier.getUniqueId().equals(running)) {
            running = null;
            TestDatabase.classEnded();
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        // a skipped class never starts; nothing to do
    }

    private static boolean isClass(TestIdentifier identifier) {
        return identifier.isContainer() && identifier.getSource().filter(ClassSource.class::isInstance).isPresent();
    }
}
