package se.samrad.dialogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.SecureTokens;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Dialogues as facilitators build and run them. Staff of the owning organisation read; organisation admins and
 * facilitators change ({@link DialoguePermissions}). Once published, a version's questions are frozen: a change writes a new version, and
 * answers keep the version they answered ({@link DialogueVersions}). Another organisation's dialogue is reported as not found.
 */
@Singleton
public class Dialogues {

    private static final String KEY_ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
    private static final int MAX_CACHED_DIALOGUES = 2_000;

    private final DialogueRowRepository dialogues;
    private final DialogueVersions versions;
    private final DialoguePermissions permissions;
    private final AuditLog audit;
    private final Clock clock;
    private final List<String> uiLanguages;
    private final SecureRandom random = new SecureRandom();
    /** How long a dialogue read by its public key is answered from memory. */
    static final long PUBLIC_CACHE_MILLIS = 1000;
    private final Cache<String, Dialogue> publicCache = Caffeine.newBuilder().maximumSize(MAX_CACHED_DIALOGUES)
            .expireAfterWrite(java.time.Duration.ofMillis(PUBLIC_CACHE_MILLIS)).build();

    Dialogues(DialogueRowRepository dialogues, DialogueVersions versions, DialoguePermissions permissions,
              AuditLog audit, Clock clock, se.samrad.platform.i18n.Messages messages) {
        this.dialogues = dialogues;
        this.versions = versions;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.uiLanguages = messages.languages().stream().map(se.samrad.platform.i18n.Language::code).toList();
    }

    /** The settings a facilitator gives a dialogue besides its texts. */
    public record Settings(List<String> languages, @Nullable Instant opensAt, @Nullable Instant closesAt,
                           boolean anonymous, boolean requiresCode) {
    }

    /** The languages a dialogue can be offered in: the UI languages, so every page around it is translated. */
    public List<String> offerableLanguages() {
        return uiLanguages;
    }

    @Transactional(readOnly = true)
    public List<Dialogue> list(CurrentUser user) {
        return dialogues.findByOrganisationIdOrderByIdDesc(user.requireOrganisation()).stream().map(this::toDialogue)
                .toList();
    }

    @Transactional(readOnly = true)
    public Dialogue get(CurrentUser user, long id) {
        return dialogues.findByIdAndOrganisationId(id, user.requireOrganisation()).map(this::toDialogue)
                .orElseThrow(() -> new NotFoundException("dialogue"));
    }

    /**
     * A dialogue by its public link's key, whatever its state (the caller decides what a resident sees). This is
     * every resident request's first step, so it is answered from memory for up to {@link #PUBLIC_CACHE_MILLIS}:
     * changes made on this node take effect at once, changes made on another node within that time. Opening and
     * closing times are compared with the clock on every request, so they are exact.
     */
    public Optional<Dialogue> byPublicKey(String key) {
        if (key == null || key.length() > 16) {
            return Optional.empty();
        }
        // One load per key: when the entry expires under load, the requests in flight wait for one read instead
        // of each reading the same rows. Unknown keys are not remembered.
        return Optional.ofNullable(publicCache.get(key, k -> loadByPublicKey(k).orElse(null)));
    }

    /** The dialogue residents reach by its public key: anything but a draft, which is as unknown as a wrong key. */
    public Dialogue published(String key) {
        return byPublicKey(key).filter(d -> d.state() != DialogueState.DRAFT)
                .orElseThrow(() -> new NotFoundException("dialogue"));
    }

    @Transactional(readOnly = true)
    Optional<Dialogue> loadByPublicKey(String key) {
        return dialogues.findByPublicKey(key).map(this::toDialogue);
    }

    /** Any organisation's dialogue by id, for read-sides that already checked who may see it. */
    @Transactional(readOnly = true)
    Optional<Dialogue> byId(long id) {
        return dialogues.findById(id).map(this::toDialogue);
    }

    @Transactional(readOnly = true)
    List<Dialogue> ofOrganisation(long organisationId) {
        return dialogues.findByOrganisationIdOrderByIdDesc(organisationId).stream().map(this::toDialogue).toList();
    }

    @Transactional
    public Dialogue create(CurrentUser user, DialogueTexts texts, Settings settings) {
        permissions.requireEditor(user);
        check(texts, settings);
        Instant now = clock.instant();
        DialogueRow row = dialogues.save(new DialogueRow(null, user.requireOrganisation(), newPublicKey(),
                DialogueState.DRAFT, texts, settings.languages(), settings.opensAt(),
                settings.closesAt(), settings.anonymous(), settings.requiresCode(), null, null, user.accountId(), now, now));
        versions.first(row.id(), now);
        audit.record(row.organisationId(), user, AuditAction.DIALOGUE_CREATED, "dialogue:" + row.id(),
                texts.title().getOrDefault(settings.languages().get(0), ""));
        return get(user, row.id());
    }

    @Transactional
    public Dialogue update(CurrentUser user, long id, DialogueTexts texts, Settings settings) {
        permissions.requireEditor(user);
        check(texts, settings);
        DialogueRow row = row(user, id);
        // Most of the row changes here (a list parameter of a partial update would be bound element by element).
        dialogues.update(new DialogueRow(row.id(), row.organisationId(), row.publicKey(), row.state(), texts,
                settings.languages(), settings.opensAt(), settings.closesAt(), settings.anonymous(),
                settings.requiresCode(), row.currentVersionId(), row.summaryPublishedAt(), row.createdBy(),
                row.createdAt(), clock.instant()));
        audit.record(row.organisationId(), user, AuditAction.DIALOGUE_CHANGED, "dialogue:" + id, "settings");
        return get(user, id);
    }

    private void check(DialogueTexts texts, Settings settings) {
        if (settings.languages().isEmpty() || !uiLanguages.containsAll(settings.languages())) {
            throw new InvalidRequestException("dialogue.error.languages");
        }
        if (texts.title().getOrDefault(settings.languages().get(0), "").isBlank()) {
            throw new InvalidRequestException("dialogue.error.title");
        }
        if (settings.opensAt() != null && settings.closesAt() != null && !settings.closesAt().isAfter(settings.opensAt())) {
            throw new InvalidRequestException("dialogue.error.closes-before-opens");
        }
    }

    /**
     * Changes the questions. A frozen (published) version is never touched: the change becomes a new version,
     * which residents who start from now on answer.
     */
    @Transactional
    public Dialogue changeQuestions(CurrentUser user, long id, UnaryOperator<Questionnaire> change) {
        permissions.requireEditor(user);
        DialogueRow row = row(user, id);
        versions.change(row, change, clock.instant());
        audit.record(row.organisationId(), user, AuditAction.DIALOGUE_CHANGED, "dialogue:" + id, "questions");
        return get(user, id);
    }

    /** Opens a dialogue to residents (from the opening time, if one is set) and freezes its questions. */
    @Transactional
    public Dialogue changeState(CurrentUser user, long id, DialogueState to) {
        permissions.requireEditor(user);
        DialogueRow row = row(user, id);
        DialogueState from = row.state();
        if (!allowed(from, to)) {
            throw new InvalidRequestException("dialogue.error.state");
        }
        VersionRow current = versions.current(row);
        Questionnaire questions = versions.questionnaire(current);
        if (to == DialogueState.OPEN && questions.questions().isEmpty()) {
            throw new InvalidRequestException("dialogue.error.no-questions");
        }
        Instant now = clock.instant();
        dialogues.updateState(row.id(), to, now);
        if (to == DialogueState.OPEN) {
            versions.open(current, questions, now);
        }
        audit.record(row.organisationId(), user, AuditAction.DIALOGUE_STATE_CHANGED, "dialogue:" + id,
                from + " -> " + to);
        return get(user, id);
    }

    static boolean allowed(DialogueState from, DialogueState to) {
        return switch (from) {
            case DRAFT -> to == DialogueState.OPEN;
            case OPEN -> to == DialogueState.CLOSED;
            case CLOSED -> to == DialogueState.OPEN || to == DialogueState.ARCHIVED;
            case ARCHIVED -> to == DialogueState.CLOSED;
        };
    }

    /** Publishes (or, with {@code publish} false, withdraws) the "what we heard" summary. */
    @Transactional
    public Dialogue publishSummary(CurrentUser user, long id, Map<String, String> summary, boolean publish) {
        permissions.requireEditor(user);
        DialogueRow row = row(user, id);
        DialogueTexts texts = row.texts().with("summary", summary);
        Instant now = clock.instant();
        dialogues.update(row.id(), texts, publish ? now : null, now);
        audit.record(row.organisationId(), user, AuditAction.DIALOGUE_CHANGED, "dialogue:" + id,
                publish ? "summary published" : "summary withdrawn");
        return get(user, id);
    }

    /** Deletes a dialogue and every answer to it. */
    @Transactional
    public void delete(CurrentUser user, long id) {
        permissions.requireEditor(user);
        DialogueRow row = row(user, id);
        dialogues.delete(row);
        audit.record(row.organisationId(), user, AuditAction.DIALOGUE_DELETED, "dialogue:" + id,
                row.texts().title().getOrDefault(row.languages().get(0), ""));
    }

    /** Every version's questions, oldest first (results list questions that later versions dropped). */
    @Transactional(readOnly = true)
    public List<Questionnaire> allVersions(Dialogue dialogue) {
        return versions.all(dialogue);
    }

    /** The questions of a version a response answered. */
    @Transactional(readOnly = true)
    public Questionnaire version(long versionId) {
        return versions.version(versionId);
    }

    /** The row for a change; whatever is cached of the dialogue is dropped, since it is about to change. */
    private DialogueRow row(CurrentUser user, long id) {
        DialogueRow row = dialogues.findByIdAndOrganisationId(id, user.requireOrganisation())
                .orElseThrow(() -> new NotFoundException("dialogue"));
        publicCache.invalidate(row.publicKey());
        return row;
    }

    private Dialogue toDialogue(DialogueRow row) {
        VersionRow version = versions.current(row);
        return new Dialogue(row.id(), row.organisationId(), row.publicKey(), row.state(), row.texts(),
                row.languages(), row.opensAt(), row.closesAt(), row.anonymous(), row.requiresCode(), version.id(), version.number(),
                version.frozenAt() != null, versions.questionnaire(version), row.summaryPublishedAt(), row.createdAt(),
                row.updatedAt());
    }

    private String newPublicKey() {
        for (int attempt = 0; attempt < 10; attempt++) {
            StringBuilder key = new StringBuilder(10);
            for (int i = 0; i < 10; i++) {
                key.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
            }
            if (dialogues.findByPublicKey(key.toString()).isEmpty()) {
                return key.toString();
            }
        }
        throw new IllegalStateException("No free public key");
    }

    /** A short random key for a new section, question or option. */
    String newKey(char prefix) {
        StringBuilder key = new StringBuilder().append(prefix);
        for (int i = 0; i < 6; i++) {
            key.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
        }
        return key.toString();
    }

    static String hash(String token) {
        return SecureTokens.sha256Hex(token);
    }
}
