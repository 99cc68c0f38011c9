package se.samrad.dialogue;

import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.security.CurrentUser;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translation files: every text of a dialogue a resident reads as a CSV a translator edits in a spreadsheet,
 * one row per text ({@code key}) and one column per offered language, and the same file read back. Reading
 * first reports, line by line, what would change and which keys or languages it does not know (a dry run);
 * applied to a published dialogue, the question texts become a new version. An empty cell changes nothing.
 */
@Singleton
public class TranslationFiles {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String KEY_COLUMN = "key";

    private final Dialogues dialogues;
    private final DialoguePermissions permissions;

    TranslationFiles(Dialogues dialogues, DialoguePermissions permissions) {
        this.dialogues = dialogues;
        this.permissions = permissions;
    }

    /** A text that would change: where in the file, which text and language, before and after. */
    public record Change(long line, String key, String lang, String before, String after) {
    }

    /** A line of the file that changes nothing and why (a message key). */
    public record Problem(long line, String key, String messageKey) {
    }

    public record Report(List<Change> changes, List<Problem> problems, boolean applied) {
    }

    /** Every resident-facing text of the dialogue's current version, by translation key, per language. */
    static Map<String, Map<String, String>> texts(Dialogue dialogue) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String field : DialogueTexts.FIELDS) {
            texts.put("dialogue." + field, dialogue.texts().field(field));
        }
        for (Section s : dialogue.questionnaire().sections()) {
            texts.put("section." + s.key() + ".title", s.title());
            texts.put("section." + s.key() + ".intro", s.intro());
            for (Question q : s.questions()) {
                String prefix = "question." + q.key();
                texts.put(prefix + ".text", q.text());
                texts.put(prefix + ".help", q.help());
                if (q.type() == QuestionType.RATING) {
                    texts.put(prefix + ".minLabel", q.minLabel());
                    texts.put(prefix + ".maxLabel", q.maxLabel());
                }
                if (q.type().hasOptions()) {
                    for (Option o : q.options()) {
                        texts.put("option." + q.key() + "." + o.key(), o.text());
                    }
                }
            }
        }
        return texts;
    }

    /**
     * Per offered language besides the dialogue's own, how many texts written in its own language have no
     * translation (residents reading that language see those in the own language, with a note).
     */
    public static Map<String, Integer> missing(Dialogue dialogue) {
        Map<String, Integer> missing = new LinkedHashMap<>();
        Map<String, Map<String, String>> texts = texts(dialogue);
        for (String lang : dialogue.languages().subList(1, dialogue.languages().size())) {
            int count = 0;
            for (Map<String, String> values : texts.values()) {
                if (!values.getOrDefault(dialogue.ownLanguage(), "").isBlank() && values.getOrDefault(lang, "").isBlank()) {
                    count++;
                }
            }
            missing.put(lang, count);
        }
        return missing;
    }

    /** The CSV: a byte-order mark (so spreadsheet programs read UTF-8), a header row, one row per text. */
    public String export(CurrentUser user, long dialogueId) {
        Dialogue dialogue = dialogues.get(user, dialogueId);
        List<String> header = new ArrayList<>();
        header.add(KEY_COLUMN);
        header.addAll(dialogue.languages());
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : texts(dialogue).entrySet()) {
            List<String> row = new ArrayList<>();
            row.add(e.getKey());
            dialogue.languages().forEach(lang -> row.add(e.getValue().getOrDefault(lang, "")));
            rows.add(row);
        }
        return Csv.write(header, rows);
    }

    /**
     * Reads a translation file. With {@code dryRun}, only reports; otherwise applies the changes (dialogue texts
     * through {@link Dialogues#update}, question texts through {@link Dialogues#changeQuestions}).
     */
    public Report importFile(CurrentUser user, long dialogueId, byte[] file, boolean dryRun) {
        if (!dryRun) {
            permissions.requireEditor(user);
        }
        Dialogue dialogue = dialogues.get(user, dialogueId);
        if (file.length == 0) {
            throw new InvalidRequestException("dialogue.staff.translations.error.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new InvalidRequestException("dialogue.staff.translations.error.size");
        }
        String text = decode(file);
        Map<String, Map<String, String>> current = texts(dialogue);
        List<Change> changes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            List<String> columns = null;
            for (Csv.Row record : Csv.read(text)) {
                long line = record.line();
                if (columns == null) {
                    columns = record.cells().stream().map(String::strip).toList();
                    if (columns.isEmpty() || !columns.get(0).equalsIgnoreCase(KEY_COLUMN)) {
                        throw new InvalidRequestException("dialogue.staff.translations.error.header");
                    }
                    for (String column : columns.subList(1, columns.size())) {
                        if (!dialogue.languages().contains(column)) {
                            problems.add(new Problem(line, column, "dialogue.staff.translations.problem.language"));
                        }
                    }
                    continue;
                }
                String key = record.cell(0).strip();
                Map<String, String> values = current.get(key);
                if (values == null) {
                    problems.add(new Problem(line, key, "dialogue.staff.translations.problem.key"));
                    continue;
                }
                for (int i = 1; i < Math.min(columns.size(), record.cells().size()); i++) {
                    String lang = columns.get(i);
                    String value = record.cell(i).strip();
                    if (!dialogue.languages().contains(lang) || value.isEmpty()) {
                        continue;
                    }
                    int max = key.equals("dialogue.title") ? DialogueTexts.MAX_TITLE : DialogueTexts.MAX_TEXT;
                    if (value.length() > max) {
                        problems.add(new Problem(line, key, "dialogue.staff.translations.problem.too-long"));
                        continue;
                    }
                    String before = values.getOrDefault(lang, "");
                    if (!before.equals(value)) {
                        changes.add(new Change(line, key, lang, before, value));
                    }
                }
            }
            if (columns == null) {
                throw new InvalidRequestException("dialogue.staff.translations.error.header");
            }
        } catch (Csv.MalformedException e) {
            throw new InvalidRequestException("dialogue.staff.translations.error.format");
        }
        if (!dryRun && !changes.isEmpty()) {
            apply(user, dialogue, changes);
        }
        return new Report(changes, problems, !dryRun && !changes.isEmpty());
    }

    private void apply(CurrentUser user, Dialogue dialogue, List<Change> changes) {
        Map<String, Map<String, String>> updated = new HashMap<>();
        for (Change c : changes) {
            updated.computeIfAbsent(c.key(), k -> new HashMap<>()).put(c.lang(), c.after());
        }
        DialogueTexts texts = dialogue.texts();
        boolean textsChanged = false;
        for (String field : DialogueTexts.FIELDS) {
            Map<String, String> change = updated.get("dialogue." + field);
            if (change != null) {
                texts = texts.with(field, merge(texts.field(field), change));
                textsChanged = true;
            }
        }
        if (textsChanged) {
            dialogues.update(user, dialogue.id(), texts, new Dialogues.Settings(dialogue.languages(), dialogue.opensAt(),
                    dialogue.closesAt(), dialogue.anonymous(), dialogue.requiresCode()));
        }
        if (updated.keySet().stream().anyMatch(k -> !k.startsWith("dialogue."))) {
            dialogues.changeQuestions(user, dialogue.id(), q -> applyTo(q, updated));
        }
    }

    static Questionnaire applyTo(Questionnaire questionnaire, Map<String, Map<String, String>> updated) {
        List<Section> sections = new ArrayList<>();
        for (Section s : questionnaire.sections()) {
            List<Question> questions = new ArrayList<>();
            for (Question q : s.questions()) {
                String p = "question." + q.key();
                List<Option> options = q.options().stream().map(o -> new Option(o.key(),
                        merge(o.text(), updated.get("option." + q.key() + "." + o.key())), o.targets())).toList();
                questions.add(new Question(q.key(), q.type(), merge(q.text(), updated.get(p + ".text")),
                        merge(q.help(), updated.get(p + ".help")), q.required(), options, q.other(), q.min(), q.max(),
                        merge(q.minLabel(), updated.get(p + ".minLabel")), merge(q.maxLabel(), updated.get(p + ".maxLabel")),
                        q.maxChoices(), q.showIf(), q.targets(), q.demographic()));
            }
            sections.add(new Section(s.key(), merge(s.title(), updated.get("section." + s.key() + ".title")),
                    merge(s.intro(), updated.get("section." + s.key() + ".intro")), s.showIf(), questions));
        }
        return new Questionnaire(sections);
    }

    private static Map<String, String> merge(Map<String, String> texts, Map<String, String> change) {
        if (change == null) {
            return texts;
        }
        Map<String, String> merged = new LinkedHashMap<>(texts);
        merged.putAll(change);
        return merged;
    }

    /** UTF-8 (with or without a byte-order mark); anything else is refused rather than read as mojibake. */
    private static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(file)).toString();
            return Csv.withoutBom(text);
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("dialogue.staff.translations.error.encoding");
        }
    }
}
