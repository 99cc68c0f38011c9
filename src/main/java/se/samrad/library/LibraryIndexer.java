package se.samrad.library;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.goals.Dimension;
import se.samrad.goals.GoalElement;
import se.samrad.platform.db.AfterCommit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Feeds the search index from the database, the source of truth: after each committed change the example is
 * read back and put into the index (or taken out when it is no longer published); a rebuild reads every
 * published example in pages. At start-up an index that is missing, damaged, built by other analysis or out of
 * step with the database is rebuilt. With several nodes each change is also announced to the others through
 * the {@link LibraryFeed}, which this node follows from the position its index holds.
 */
@Singleton
public class LibraryIndexer implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryIndexer.class);
    private static final int PAGE = 1000;
    /** Years of a long period beyond this many are not each a facet value. */
    private static final int MAX_YEARS = 30;

    private final ExampleStore store;
    private final ExampleIndex index;
    private final Optional<LibraryFeed> feed;
    private final AfterCommit afterCommit;

    LibraryIndexer(ExampleStore store, ExampleIndex index, Optional<LibraryFeed> feed, AfterCommit afterCommit) {
        this.store = store;
        this.index = index;
        this.feed = feed;
        this.afterCommit = afterCommit;
    }

    /** What a rebuild did. */
    public record Rebuild(long documents, long millis) {
        public double perSecond() {
            return millis == 0 ? documents : documents * 1000.0 / millis;
        }
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        long published = store.publishedCount();
        boolean missedChanges = feed.map(f -> !f.holdsAfter(index.feedPosition())).orElse(false);
        if (!index.isCurrent(published) || missedChanges) {
            LOG.info("The library index holds {} examples, the database {} published{}: rebuilding", index.size(),
                    published, missedChanges ? ", and changes it missed are gone from the feed" : "");
            Rebuild rebuild = rebuild();
            LOG.info("Library index rebuilt: {} examples in {} ms", rebuild.documents(), rebuild.millis());
        }
        feed.ifPresent(f -> f.follow(index.feedPosition(), id -> apply(List.of(id)), index::feedPosition));
    }

    /** Brings the index in line with the database for these examples. */
    public void changed(long id) {
        changed(List.of(id));
    }

    public void changed(Collection<Long> ids) {
        apply(ids);
        feed.ifPresent(f -> {
            List<Long> changed = List.copyOf(ids);
            afterCommit.run(() -> f.publish(changed));
        });
    }

    private void apply(Collection<Long> ids) {
        List<ExampleIndex.Doc> put = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        for (long id : ids) {
            store.indexable(id).ifPresentOrElse(e -> put.add(doc(e)), () -> removed.add(id));
        }
        if (!removed.isEmpty()) {
            index.remove(removed);
        }
        if (!put.isEmpty()) {
            index.put(put);
        }
    }

    /** Empties the index and fills it again from the database. */
    public Rebuild rebuild() {
        long started = System.nanoTime();
        // Whatever the feed brings after this point is applied again afterwards; before it, the database has it.
        feed.ifPresent(f -> index.feedPosition(f.last(), false));
        long count = index.rebuild(after -> store.publishedAfter(after, PAGE).stream().map(this::doc).toList());
        return new Rebuild(count, (System.nanoTime() - started) / 1_000_000);
    }

    public long size() {
        return index.size();
    }

    ExampleIndex.Doc doc(ExampleStore.Indexable indexable) {
        Example e = indexable.example();
        Set<String> goals = new LinkedHashSet<>();
        List<String> targets = new ArrayList<>();
        Map<String, StringBuilder> goalTexts = new LinkedHashMap<>();
        for (GoalElement target : e.targets()) {
            targets.add(key(target));
            GoalElement goal = target.parentId() == null ? target : store.element(target.parentId());
            if (goal != null && goals.add(key(goal)) && goal != target) {
                addTitles(goalTexts, goal);
            }
            addTitles(goalTexts, target);
        }
        List<Integer> years = new ArrayList<>();
        if (e.yearFrom() != null || e.yearTo() != null) {
            int from = e.yearFrom() == null ? e.yearTo() : e.yearFrom();
            int to = e.yearTo() == null ? from : e.yearTo();
            for (int year = Math.max(from, to - MAX_YEARS); year <= to; year++) {
                years.add(year);
            }
        }
        return new ExampleIndex.Doc(e.id(), e.lang(), e.texts(), indexable.attachmentText(), e.tags(),
                e.organisationName(), e.municipality(), e.region(), e.period(), List.copyOf(goals), targets,
                e.allDimensions().stream().map(Dimension::name).toList(), years, e.kind().name(),
                LibraryAccess.keysOf(e), e.publishedAt(), goalTexts.entrySet().stream().collect(
                        java.util.stream.Collectors.toMap(Map.Entry::getKey, t -> t.getValue().toString())));
    }

    /** A goal's or target's titles in every language the catalogue holds: their words find its examples. */
    private static void addTitles(Map<String, StringBuilder> texts, GoalElement element) {
        element.texts().forEach((lang, text) -> {
            StringBuilder words = texts.computeIfAbsent(lang, l -> new StringBuilder());
            for (String title : java.util.Arrays.asList(text.title(), text.officialShort(), text.officialTitle())) {
                if (title != null && !title.isBlank()) {
                    words.append(title).append('\n');
                }
            }
        });
    }

    /** How a goal element is named in the index and in facet filters: {@code agenda2030/12.3}. */
    static String key(GoalElement element) {
        return element.frameworkKey() + "/" + element.code();
    }
}
