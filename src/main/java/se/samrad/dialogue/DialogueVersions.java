package se.samrad.dialogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The versions of a dialogue's questions. A draft version changes in place; once published it is frozen and
 * never touched again: a change becomes a new version, and answers keep the version they answered. Runs inside
 * the transactions of {@link Dialogues}, which checks who may change what.
 */
@Singleton
class DialogueVersions {

    private static final int MAX_CACHED_VERSIONS = 2_000;

    private final VersionRowRepository versions;
    private final DialogueRowRepository dialogues;
    private final TallyStore tally;
    private final ObjectMapper json;
    /** Published versions never change, so their parsed form is kept (the most used ones, bounded). */
    private final Cache<Long, Questionnaire> frozenVersions =
            Caffeine.newBuilder().maximumSize(MAX_CACHED_VERSIONS).build();

    DialogueVersions(VersionRowRepository versions, DialogueRowRepository dialogues, TallyStore tally,
                     ObjectMapper json) {
        this.versions = versions;
        this.dialogues = dialogues;
        this.tally = tally;
        this.json = json;
    }

    /** A new dialogue's first version, with no questions yet, made its current one. */
    void first(long dialogueId, Instant now) {
        VersionRow version = versions.save(new VersionRow(null, dialogueId, 1, write(Questionnaire.EMPTY), null, now));
        dialogues.updateCurrentVersionId(dialogueId, version.id(), now);
    }

    VersionRow current(DialogueRow row) {
        return versions.findById(row.currentVersionId()).orElseThrow();
    }

    /**
     * Applies {@code change} to the current questions: in place while the version is a draft, else as a new
     * version (frozen at once unless the dialogue is a draft), which residents who start from now on answer.
     */
    void change(DialogueRow row, UnaryOperator<Questionnaire> change, Instant now) {
        VersionRow current = current(row);
        Questionnaire changed = change.apply(read(current.definition()));
        if (current.frozenAt() == null) {
            versions.update(new VersionRow(current.id(), current.dialogueId(), current.number(), write(changed), null,
                    current.createdAt()));
            dialogues.updateCurrentVersionId(row.id(), current.id(), now);
        } else {
            VersionRow next = versions.save(new VersionRow(null, row.id(), current.number() + 1, write(changed),
                    row.state() == DialogueState.DRAFT ? null : now, now));
            dialogues.updateCurrentVersionId(row.id(), next.id(), now);
            tally.prepare(row.id(), changed);
        }
    }

    /** Freezes the version as the dialogue opens (if it is not frozen yet) and prepares the tallies of its questions. */
    void open(VersionRow current, Questionnaire questions, Instant now) {
        if (current.frozenAt() == null) {
            versions.update(new VersionRow(current.id(), current.dialogueId(), current.number(),
                    current.definition(), now, current.createdAt()));
        }
        tally.prepare(current.dialogueId(), questions);
    }

    /** Every version's questions, oldest first (results list questions that later versions dropped). */
    List<Questionnaire> all(Dialogue dialogue) {
        List<Questionnaire> all = new ArrayList<>();
        for (VersionRow v : versions.findByDialogueIdOrderByNumber(dialogue.id())) {
            all.add(v.id() == dialogue.versionId() ? dialogue.questionnaire() : questionnaire(v));
        }
        return all;
    }

    /** The questions of a version a response answered. */
    Questionnaire version(long versionId) {
        Questionnaire cached = frozenVersions.getIfPresent(versionId);
        return cached != null ? cached : versions.findById(versionId).map(this::questionnaire)
                .orElse(Questionnaire.EMPTY);
    }

    /** A version's questions; frozen versions never change, so they are parsed once. */
    Questionnaire questionnaire(VersionRow version) {
        if (version.frozenAt() == null) {
            return read(version.definition());
        }
        return frozenVersions.get(version.id(), k -> read(version.definition()));
    }

    private Questionnaire read(String definition) {
        try {
            return json.readValue(definition, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Questionnaire questionnaire) {
        try {
            return json.writeValueAsString(questionnaire);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
