package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * The library's index on disk and what writes it: the directory, the writer and a {@link SearcherManager} over
 * it. Near-real-time: every change is committed and the searchers refreshed before the call returns. An index
 * that cannot be opened (missing, damaged, another format) is emptied; {@link LibraryIndexer} then rebuilds it.
 */
final class LuceneIndexStore {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndexStore.class);
    private static final String FEED = "feed";

    /** Work with a searcher, which is released afterwards. */
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final Path path;
    private final Analyzer indexAnalyzer;
    private final ExampleDocuments documents;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean openedCleanly;
    /** The last change-feed message this index holds (see {@link LibraryFeed}), kept in each commit. */
    private volatile long feedPosition;

    LuceneIndexStore(Path path, Analyzer indexAnalyzer, ExampleDocuments documents) {
        this.path = path;
        this.indexAnalyzer = indexAnalyzer;
        this.documents = documents;
        open();
    }

    /** Opens the index, or starts an empty one when what is on disk cannot be read. */
    private void open() {
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            try {
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
                searchers = new SearcherManager(writer, null);
                IndexSearcher probe = searchers.acquire();
                try {
                    probe.search(new MatchAllDocsQuery(), 1);
                    String version = writer.getLiveCommitData() == null ? null : userData().get("analysis");
                    openedCleanly = probe.getIndexReader().numDocs() == 0 || LibraryAnalyzers.VERSION.equals(version);
                    feedPosition = openedCleanly ? Long.parseLong(userData().getOrDefault(FEED, "0")) : 0;
                } finally {
                    searchers.release(probe);
                }
            } catch (LockObtainFailedException e) {
                throw new IllegalStateException("The library index in " + path + " is in use by another server", e);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The library index in {} cannot be read ({}); starting an empty one to rebuild", path,
                        e.toString());
                closeQuietly();
                wipe();
                directory = FSDirectory.open(path);
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
                writer.commit();
                searchers = new SearcherManager(writer, null);
                openedCleanly = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the library index in " + path, e);
        }
    }

    private Map<String, String> userData() {
        Map<String, String> data = new LinkedHashMap<>();
        var live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer);
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isCurrent(long publishedInDatabase) {
        return openedCleanly && size() == publishedInDatabase;
    }

    long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    synchronized void put(Collection<ExampleIndex.Doc> examples) {
        try {
            for (ExampleIndex.Doc doc : examples) {
                writer.updateDocument(idTerm(doc.id()), documents.document(doc));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void remove(Collection<Long> ids) {
        try {
            for (long id : ids) {
                writer.deleteDocuments(idTerm(id));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized long rebuild(LongFunction<List<ExampleIndex.Doc>> source) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            writer.deleteAll();
            long count = 0;
            long after = 0;
            List<Future<?>> pending = new ArrayList<>();
            for (List<ExampleIndex.Doc> page = source.apply(after); !page.isEmpty(); page = source.apply(after)) {
                after = page.get(page.size() - 1).id();
                count += page.size();
                List<ExampleIndex.Doc> batch = page;
                pending.add(pool.submit(() -> {
                    for (ExampleIndex.Doc doc : batch) {
                        writer.addDocument(documents.document(doc));
                    }
                    return null;
                }));
                if (pending.size() > threads * 2) {
                    pending.remove(0).get();
                }
            }
            for (Future<?> future : pending) {
                future.get();
            }
            // One segment: facet counts need no ordinal map across segments, and searches visit one segment.
            writer.forceMerge(1);
            commit();
            openedCleanly = true;
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Rebuilding the library index failed", e.getCause());
        }
    }

    long feedPosition() {
        return feedPosition;
    }

    /**
     * Remembers that the index holds every change up to this feed message; the position is written with the next
     * commit, or now when {@code commitNow} (so a restart starts from it, re-reading at most what came after).
     */
    synchronized void feedPosition(long position, boolean commitNow) {
        feedPosition = position;
        if (commitNow) {
            try {
                commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of("analysis", LibraryAnalyzers.VERSION,
                FEED, Long.toString(feedPosition)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    static Term idTerm(long id) {
        return new Term("id", Long.toString(id));
    }

    synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (searchers != null) {
                searchers.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the library searchers", e);
        }
        try {
            if (writer != null && writer.isOpen()) {
                writer.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the library index writer", e);
        }
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.debug("Closing the library index directory", e);
        }
        searchers = null;
        writer = null;
        directory = null;
    }

    private void wipe() throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
