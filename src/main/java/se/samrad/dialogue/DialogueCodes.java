package se.samrad.dialogue;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One-time participation codes for closed panels (a dialogue that requires a code). A code is shown once, when
 * it is made; only its hash is kept. Codes are 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * written in two groups of four; residents may type them in any case, with or without the hyphen.
 */
@Singleton
public class DialogueCodes {

    public static final int MAX_PER_BATCH = 2_000;
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;

    private final Dialogues dialogues;
    private final DialoguePermissions permissions;
    private final CodeRowRepository codes;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DialogueCodes(Dialogues dialogues, DialoguePermissions permissions, CodeRowRepository codes, AuditLog audit, Clock clock) {
        this.dialogues = dialogues;
        this.permissions = permissions;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many codes a dialogue has, and how many have been used to start a response. */
    public record Counts(long total, long used) {
    }

    @Transactional(readOnly = true)
    public Counts counts(CurrentUser user, long dialogueId) {
        Dialogue dialogue = dialogues.get(user, dialogueId);
        return new Counts(codes.countByDialogueId(dialogue.id()),
                codes.countByDialogueIdAndResponseIdIsNotNull(dialogue.id()));
    }

    /** Makes {@code count} new codes and returns them as residents type them (the only time they exist). */
    @Transactional
    public List<String> generate(CurrentUser user, long dialogueId, int count) {
        permissions.requireEditor(user);
        Dialogue dialogue = dialogues.get(user, dialogueId);
        if (count < 1 || count > MAX_PER_BATCH) {
            throw new InvalidRequestException("dialogue.staff.codes.error.count");
        }
        Set<String> fresh = new LinkedHashSet<>();
        Instant now = clock.instant();
        List<CodeRow> rows = new ArrayList<>(count);
        while (fresh.size() < count) {
            String code = newCode();
            String hash = Dialogues.hash(Participation.normaliseCode(code));
            if (fresh.add(code) && codes.findByDialogueIdAndCodeHash(dialogue.id(), hash).isEmpty()) {
                rows.add(new CodeRow(null, dialogue.id(), hash, null, now));
            } else {
                fresh.remove(code);
            }
        }
        codes.saveAll(rows);
        audit.record(dialogue.organisationId(), user, AuditAction.DIALOGUE_CODES_CREATED, "dialogue:" + dialogue.id(),
                String.valueOf(count));
        return List.copyOf(fresh);
    }

    /**
     * Of the codes sent back for a download, those that are really this dialogue's and still unused, so the
     * download never becomes a way to echo arbitrary text or to list codes already spent.
     */
    @Transactional(readOnly = true)
    public List<String> unused(CurrentUser user, long dialogueId, List<String> typed) {
        permissions.requireEditor(user);
        Dialogue dialogue = dialogues.get(user, dialogueId);
        List<String> valid = new ArrayList<>();
        for (String code : typed.stream().limit(MAX_PER_BATCH).toList()) {
            String normal = Participation.normaliseCode(code);
            if (normal.length() == LENGTH && codes.findByDialogueIdAndCodeHash(dialogue.id(), Dialogues.hash(normal))
                    .filter(row -> row.responseId() == null).isPresent()) {
                valid.add(format(normal));
            }
        }
        return valid;
    }

    String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return format(code.toString());
    }

    /** ABCD-EFGH: easier to read out and type than eight characters in a row. */
    static String format(String normal) {
        return normal.substring(0, LENGTH / 2) + "-" + normal.substring(LENGTH / 2);
    }
}
