package se.samrad.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index is derived: a missing or damaged one opens empty, says it is not current, and is rebuilt. */
class LibraryIndexRecoveryTest {

    @TempDir
    Path dir;

    private static ExampleIndex.Doc doc(long id, String title) {
        return new ExampleIndex.Doc(id, "sv", Map.of("sv", new ExampleTexts(title, "", "", "", "", "")), "",
                List.of(), "Org", "", "", "", List.of(), List.of(), List.of(), List.of(), "PROJECT",
                Set.of(LibraryAccess.PUBLIC), Instant.now());
    }

    private static List<ExampleIndex.Doc> pages(long after) {
        List<ExampleIndex.Doc> all = List.of(doc(1, "Matsvinn i skolan"), doc(2, "Cykelvägar"), doc(3, "Solceller"));
        return all.stream().filter(d -> d.id() > after).limit(2).toList();
    }

    private static long hits(ExampleIndex index, String text) {
        return index.search(new ExampleIndex.Search(text, Map.of(), ExampleIndex.Sort.RELEVANCE, 1, 10, "sv"),
                Set.of(LibraryAccess.PUBLIC)).total();
    }

    @Test
    void aMissingIndexIsNotCurrentAndIsRebuiltFromTheSourceInPages() {
        LuceneExampleIndex index = new LuceneExampleIndex(dir.resolve("index").toString());
        try {
            assertTrue(index.isCurrent(0));
            assertFalse(index.isCurrent(3), "the database has examples the new index lacks");
            assertEquals(3, index.rebuild(LibraryIndexRecoveryTest::pages));
            assertTrue(index.isCurrent(3));
            assertEquals(1, hits(index, "svinn"));
        } finally {
            index.close();
        }
        LuceneExampleIndex reopened = new LuceneExampleIndex(dir.resolve("index").toString());
        try {
            assertTrue(reopened.isCurrent(3), "a committed index survives a restart");
            assertEquals(1, hits(reopened, "cykelvägar"));
        } finally {
            reopened.close();
        }
    }

    @Test
    void aDamagedIndexOpensEmptyAndIsRebuilt() throws IOException {
        Path path = dir.resolve("damaged");
        LuceneExampleIndex index = new LuceneExampleIndex(path.toString());
        index.rebuild(LibraryIndexRecoveryTest::pages);
        index.close();
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, "not a lucene file".getBytes());
            }
        }
        LuceneExampleIndex damaged = new LuceneExampleIndex(path.toString());
        try {
            assertFalse(damaged.isCurrent(3));
            assertEquals(0, damaged.size());
            damaged.rebuild(LibraryIndexRecoveryTest::pages);
            assertEquals(3, damaged.size());
            assertEquals(1, hits(damaged, "solceller"));
        } finally {
            damaged.close();
        }
    }
}
