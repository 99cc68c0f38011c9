package se.samrad.dialogue;

import jakarta.inject.Singleton;
import se.samrad.platform.input.InputChannel;
import se.samrad.platform.security.CurrentUser;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dialogues as a channel other capabilities start on their subject: a draft dialogue in the brief's language whose
 * introduction is the brief's description, with one page asking the brief's question as a long free-text answer;
 * what came in is the complete responses and the latest free-text answers residents gave (not hidden ones).
 */
@Singleton
class DialogueInputChannel implements InputChannel {

    private static final int LATEST = 3;
    static final String QUESTION_KEY = "causes";
    static final String KIND = "dialogue";

    private final Dialogues dialogues;
    private final DialoguePermissions permissions;
    private final ResultCounts counts;
    private final TextAnswerStore texts;

    DialogueInputChannel(Dialogues dialogues, DialoguePermissions permissions, ResultCounts counts,
                         TextAnswerStore texts) {
        this.dialogues = dialogues;
        this.permissions = permissions;
        this.counts = counts;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean canStart(CurrentUser user) {
        return permissions.canEdit(user);
    }

    @Override
    public Started start(CurrentUser user, Brief brief) {
        List<String> offerable = dialogues.offerableLanguages();
        String lang = offerable.contains(brief.lang()) ? brief.lang() : offerable.get(0);
        DialogueTexts texts = DialogueController.emptyTexts()
                .with("title", Map.of(lang, cut(brief.title(), DialogueTexts.MAX_TITLE)))
                .with("introduction", Map.of(lang, cut(brief.description(), DialogueTexts.MAX_TEXT)));
        Dialogue dialogue = dialogues.create(user, texts, new Dialogues.Settings(List.of(lang), null, null, true, false));
        Map<String, String> question = Map.of(lang, cut(brief.question(), DialogueTexts.MAX_TITLE));
        Question causes = new Question(QUESTION_KEY, QuestionType.LONG_TEXT, question, Map.of(), false, List.of(), false,
                null, null, Map.of(), Map.of(), null, null, List.of(), null);
        Section section = new Section("s-" + QUESTION_KEY, question, Map.of(), null, List.of(causes));
        dialogues.changeQuestions(user, dialogue.id(), q -> new Questionnaire(List.of(section)));
        return new Started(dialogue.id(), "/dialogues/" + dialogue.id());
    }

    @Override
    public Optional<Gathered> gathered(long organisationId, long id) {
        return dialogues.byId(id).filter(d -> d.organisationId() == organisationId).map(dialogue -> {
            long respondents = counts.counts(id, ResultFilter.ALL).respondents();
            List<String> latest = dialogue.questionnaire().sections().stream()
                    .flatMap(s -> s.questions().stream()).filter(q -> q.type().isText())
                    .flatMap(q -> texts.texts(id, q.key(), ResultFilter.ALL, null, false, LATEST, 0).stream())
                    .sorted(Comparator.comparingLong(TextAnswer::id).reversed()).limit(LATEST)
                    .map(TextAnswer::text).toList();
            return new Gathered(dialogue.title(dialogue.ownLanguage()).value(), "/dialogues/" + id, respondents, latest);
        });
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
