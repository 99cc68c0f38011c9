package se.samrad.library;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.Dimension;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.organisation.Network;
import se.samrad.platform.organisation.NetworkRepository;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationRepository;
import se.samrad.platform.security.CurrentUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Examples in the database: writes each change with a revision in one transaction, and reads examples whole
 * (texts, targets, indicators, attachments), one or a batch at a time. Knows nothing of who may do what.
 */
@Singleton
class ExampleStore {

    private final ExampleRowRepository examples;
    private final ExampleTextRowRepository texts;
    private final TargetRowRepository targets;
    private final IndicatorRowRepository indicators;
    private final AttachmentRowRepository attachments;
    private final RevisionRowRepository revisions;
    private final OrganisationRepository organisations;
    private final NetworkRepository networks;
    private final GoalCatalogue catalogue;
    private final JsonMapper json;
    private final Clock clock;
    private volatile TargetIndex targetIndex;

    ExampleStore(ExampleRowRepository examples, ExampleTextRowRepository texts, TargetRowRepository targets,
                 IndicatorRowRepository indicators, AttachmentRowRepository attachments,
                 RevisionRowRepository revisions, OrganisationRepository organisations, NetworkRepository networks,
                 GoalCatalogue catalogue, JsonMapper json, Clock clock) {
        this.examples = examples;
        this.texts = texts;
        this.targets = targets;
        this.indicators = indicators;
        this.attachments = attachments;
        this.revisions = revisions;
        this.organisations = organisations;
        this.networks = networks;
        this.catalogue = catalogue;
        this.json = json;
        this.clock = clock;
    }

    /** The built-in catalogue's elements by id, rebuilt when the catalogue is reloaded. */
    private record TargetIndex(List<?> source, Map<Long, GoalElement> byId) {
    }

    GoalElement element(long id) {
        return elementsById().get(id);
    }

    Map<Long, GoalElement> elementsById() {
        var builtIn = catalogue.builtIn();
        TargetIndex current = targetIndex;
        if (current == null || current.source() != builtIn) {
            Map<Long, GoalElement> byId = new HashMap<>();
            builtIn.forEach(f -> f.elements().forEach(e -> byId.put(e.id(), e)));
            current = new TargetIndex(builtIn, byId);
            targetIndex = current;
        }
        return current.byId();
    }

    @Transactional
    Example create(CurrentUser user, long organisationId, ExampleDraft draft) {
        Instant now = clock.instant();
        ExampleRow row = examples.save(new ExampleRow(null, organisationId, ExampleStatus.DRAFT, Visibility.ORGANISATION,
                null, draft.lang(), draft.kind(), "", "", null, null, "", "", "", "", "", "", user.accountId(), now, now,
                null, 0).withContent(draft, now));
        writeParts(row.id(), draft);
        Example example = find(row.id()).orElseThrow();
        revise(example, "CREATED", user, "");
        return example;
    }

    @Transactional
    Example update(CurrentUser user, ExampleRow row, ExampleDraft draft) {
        examples.update(row.withContent(draft, clock.instant()));
        texts.deleteByExampleId(row.id());
        targets.deleteByExampleId(row.id());
        indicators.deleteByExampleId(row.id());
        writeParts(row.id(), draft);
        Example example = find(row.id()).orElseThrow();
        revise(example, "EDITED", user, "");
        return example;
    }

    @Transactional
    Example changeStatus(CurrentUser user, ExampleRow row, ExampleStatus next, String note, String action) {
        Instant now = clock.instant();
        Instant published = next == ExampleStatus.PUBLISHED ? now : next == ExampleStatus.DRAFT ? null : row.publishedAt();
        examples.update(row.withStatus(next, note, now, published));
        Example example = find(row.id()).orElseThrow();
        revise(example, action, user, note);
        return example;
    }

    @Transactional
    void delete(ExampleRow row) {
        examples.delete(row);
    }

    /**
     * Adds an attachment (a PDF's text pending) with the example row locked first: concurrent uploads to one
     * example then take turns instead of deadlocking (each insert's foreign key check share-locks the example,
     * which each then wanted to update), and the limit of attachments per example holds.
     */
    @Transactional
    Attachment addAttachment(CurrentUser user, ExampleRow unlocked, Attachments.Checked file) {
        ExampleRow row = examples.lock(unlocked.id()).orElseThrow(() -> new NotFoundException("example"));
        if (attachments.countByExampleId(row.id()) >= Attachments.MAX_PER_EXAMPLE) {
            throw new InvalidRequestException("library.error.too-many-attachments");
        }
        AttachmentRow saved = attachments.save(new AttachmentRow(null, row.id(), file.fileName(), file.contentType(),
                file.content().length, file.content(), null, file.isPdf(), user.accountId(), clock.instant()));
        examples.update(row.withStatus(row.status(), row.reviewNote(), clock.instant(), row.publishedAt()));
        revise(find(row.id()).orElseThrow(), "ATTACHMENT_ADDED", user, file.fileName());
        return new Attachment(saved.id(), row.id(), file.fileName(), file.contentType(), file.content().length,
                saved.createdAt());
    }

    @Transactional
    void removeAttachment(CurrentUser user, ExampleRow row, AttachmentRow attachment) {
        attachments.delete(attachment);
        examples.update(row.withStatus(row.status(), row.reviewNote(), clock.instant(), row.publishedAt()));
        revise(find(row.id()).orElseThrow(), "ATTACHMENT_REMOVED", user, attachment.fileName());
    }

    Optional<ExampleRow> row(long id) {
        return examples.findById(id);
    }

    Optional<AttachmentRow> attachment(long id) {
        return attachments.findById(id);
    }

    Optional<Example> find(long id) {
        return examples.findById(id).map(row -> assemble(List.of(row), false).get(0));
    }

    List<Example> ofOrganisation(long organisationId) {
        return assemble(examples.findByOrganisationIdOrderByUpdatedAtDesc(organisationId), false);
    }

    List<Example> withStatus(ExampleStatus status) {
        return assemble(examples.findByStatusOrderByUpdatedAt(status), false);
    }

    List<RevisionRow> history(long exampleId) {
        return revisions.findByExampleIdOrderByIdDesc(exampleId);
    }

    /** Published examples after {@code afterId} in id order, whole, with their attachments' text. */
    List<Indexable> publishedAfter(long afterId, int limit) {
        List<ExampleRow> rows = examples.publishedAfter(afterId, limit);
        List<Example> whole = assemble(rows, true);
        Map<Long, StringBuilder> extracted = new HashMap<>();
        if (!rows.isEmpty()) {
            attachments.textsOf(rows.stream().map(ExampleRow::id).toList()).forEach(t -> extracted
                    .computeIfAbsent(t.exampleId(), k -> new StringBuilder()).append(t.extractedText()).append('\n'));
        }
        return whole.stream().map(e -> new Indexable(e, extracted.getOrDefault(e.id(), new StringBuilder()).toString()))
                .toList();
    }

    /** One example as the index needs it, or empty when it is not published. */
    Optional<Indexable> indexable(long id) {
        return examples.findById(id).filter(r -> r.status() == ExampleStatus.PUBLISHED).map(row -> {
            Example example = assemble(List.of(row), true).get(0);
            StringBuilder text = new StringBuilder();
            attachments.textsOf(List.of(id)).forEach(t -> text.append(t.extractedText()).append('\n'));
            return new Indexable(example, text.toString());
        });
    }

    long publishedCount() {
        return examples.countByStatus(ExampleStatus.PUBLISHED);
    }

    /** An example and the text of its attachments: what the search index holds. */
    record Indexable(Example example, String attachmentText) {
    }

    private void writeParts(long exampleId, ExampleDraft draft) {
        draft.texts().forEach((lang, t) -> {
            if (!t.isBlank()) {
                texts.save(ExampleTextRow.of(exampleId, lang, t));
            }
        });
        draft.targetIds().forEach(id -> targets.save(new TargetRow(null, exampleId, id)));
        int position = 0;
        for (IndicatorInput i : draft.indicators()) {
            indicators.save(new IndicatorRow(null, exampleId, position++, i.name(), i.unit(), i.valueBefore(),
                    i.yearBefore(), i.valueAfter(), i.yearAfter()));
        }
    }

    private void revise(Example example, String action, CurrentUser user, String note) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("status", example.status().name());
        snapshot.put("visibility", example.visibility().name());
        snapshot.put("networkId", example.networkId());
        snapshot.put("kind", example.kind().name());
        snapshot.put("texts", example.texts());
        snapshot.put("municipality", example.municipality());
        snapshot.put("region", example.region());
        snapshot.put("period", example.period());
        snapshot.put("costs", example.costs());
        snapshot.put("contact", example.contact());
        snapshot.put("targets", example.targets().stream().map(t -> t.frameworkKey() + ":" + t.code()).toList());
        snapshot.put("tags", example.tags());
        snapshot.put("links", example.links());
        snapshot.put("indicators", example.indicators().stream().map(i -> Arrays.asList(i.name(), i.unit(),
                i.valueBefore(), i.yearBefore(), i.valueAfter(), i.yearAfter())).toList());
        snapshot.put("attachments", example.attachments().stream().map(Attachment::fileName).toList());
        try {
            revisions.save(new RevisionRow(null, example.id(), example.revision(), action, user.accountId(),
                    user.email(), note.length() > 2000 ? note.substring(0, 2000) : note,
                    json.writeValueAsString(snapshot), clock.instant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Example> assemble(List<ExampleRow> rows, boolean forIndex) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(ExampleRow::id).toList();
        Map<Long, Map<String, ExampleTexts>> textsById = new HashMap<>();
        for (ExampleTextRow t : ids.size() == 1 ? texts.findByExampleId(ids.get(0)) : texts.findByExampleIdIn(ids)) {
            textsById.computeIfAbsent(t.exampleId(), k -> new LinkedHashMap<>()).put(t.lang(), t.texts());
        }
        Map<Long, List<GoalElement>> targetsById = new HashMap<>();
        Map<Long, GoalElement> elements = elementsById();
        for (TargetRow t : ids.size() == 1 ? targets.findByExampleId(ids.get(0)) : targets.findByExampleIdIn(ids)) {
            GoalElement element = elements.get(t.elementId());
            if (element != null) {
                targetsById.computeIfAbsent(t.exampleId(), k -> new ArrayList<>()).add(element);
            }
        }
        Map<Long, String> organisationNames = new HashMap<>();
        Map<Long, String> networkNames = new HashMap<>();
        List<Example> result = new ArrayList<>(rows.size());
        for (ExampleRow row : rows) {
            String organisation = organisationNames.computeIfAbsent(row.organisationId(),
                    id -> organisations.findById(id).map(Organisation::name).orElse(""));
            String network = row.networkId() == null ? null : networkNames.computeIfAbsent(row.networkId(),
                    id -> networks.findById(id).map(Network::name).orElse(""));
            List<GoalElement> tagged = new ArrayList<>(targetsById.getOrDefault(row.id(), List.of()));
            tagged.sort(java.util.Comparator.comparing(GoalElement::frameworkKey).thenComparing(GoalElement::position));
            result.add(new Example(row.id(), row.organisationId(), organisation, row.status(), row.visibility(),
                    row.networkId(), network, row.lang(), row.kind(), row.municipality(), row.region(), row.yearFrom(),
                    row.yearTo(), row.costs(), row.contact(), Dimension.parse(row.dimensions()), split(row.tags(), ","),
                    split(row.links(), "\n"), textsById.getOrDefault(row.id(), Map.of(row.lang(),
                    new ExampleTexts("", "", "", "", "", ""))), tagged,
                    forIndex ? List.of() : indicators.findByExampleIdOrderByPosition(row.id()),
                    forIndex ? List.of() : attachments.listOf(row.id()), row.reviewNote(), row.createdAt(),
                    row.updatedAt(), row.publishedAt(), row.revision()));
        }
        return result;
    }

    static List<String> split(String stored, String separator) {
        return Arrays.stream(stored.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
