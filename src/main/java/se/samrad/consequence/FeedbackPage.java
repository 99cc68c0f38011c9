package se.samrad.consequence;

import jakarta.inject.Singleton;
import se.samrad.goals.FeedbackAudience;
import se.samrad.goals.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The public "you said, we did" page of a recorded decision, in plain language: the question, what people said in
 * the linked dialogues and workshops (the decision basis's figures and quotes, dialogue and workshop voices only),
 * what was decided and why, and what happens next (the actions). Free text is shown in the reader's language
 * where staff translated it, else in the original (the page marks its language and lets the browser find its
 * direction).
 */
@Singleton
public class FeedbackPage {

    static final Set<String> PUBLIC_VOICES = Set.of("dialogue", "workshop");
    /** Fields a translation can be given for besides the actions' titles ({@code ACTION<position>}). */
    static final List<String> FIELDS = List.of("QUESTION", "WHY");

    public record ActionLine(Text title, String unit, LocalDate dueOn) {
    }

    public record Model(Decisions.Decided decided, Text question, Text chosen, Text why, List<ActionLine> actions,
                        List<DecisionBasis.Voice> voices, List<FeedbackAudience.Dialogue> dialogues,
                        List<String> languages, String originalLang) {
    }

    private final Cases cases;
    private final DecisionBasis basis;
    private final List<FeedbackAudience> audiences;

    FeedbackPage(Cases cases, DecisionBasis basis, List<FeedbackAudience> audiences) {
        this.cases = cases;
        this.basis = basis;
        this.audiences = audiences;
    }

    /** The linked dialogues as feedback names them. */
    List<FeedbackAudience.Dialogue> dialogues(CaseRow kase) {
        List<Long> ids = cases.items(kase).getOrDefault("DIALOGUE", List.of());
        List<FeedbackAudience.Dialogue> out = new ArrayList<>();
        if (!ids.isEmpty()) {
            audiences.forEach(a -> out.addAll(a.dialogues(kase.organisationId(), ids)));
        }
        return out;
    }

    /** The languages the linked dialogues were offered in (the original's first), at least the original's. */
    static List<String> languages(List<FeedbackAudience.Dialogue> dialogues, String original) {
        Set<String> out = new LinkedHashSet<>();
        out.add(original);
        dialogues.forEach(d -> out.addAll(d.languages()));
        return new ArrayList<>(out);
    }

    static String originalLang(List<FeedbackAudience.Dialogue> dialogues) {
        return dialogues.isEmpty() ? "sv" : dialogues.get(0).titleLang();
    }

    /** What the decision says in {@code lang} (or in the original, {@code original}): the page's and the e-mail's words. */
    record Said(Text question, Text chosen, Text why) {
    }

    static Said said(Decisions.Decided decided, String lang, String original) {
        return new Said(text(decided, lang, "QUESTION", decided.kase().title(), original),
                new Text(decided.chosen().title(), original), text(decided, lang, "WHY", decided.row().why(), original));
    }

    public Model of(Decisions.Decided decided, String lang) {
        CaseRow kase = decided.kase();
        List<FeedbackAudience.Dialogue> dialogues = dialogues(kase);
        String original = originalLang(dialogues);
        Said said = said(decided, lang, original);
        List<ActionLine> actions = decided.actions().stream().map(a -> new ActionLine(
                text(decided, lang, "ACTION" + a.row().position(), a.row().title(), original), a.unit(),
                a.row().dueOn())).toList();
        List<DecisionBasis.Voice> voices = basis.of(kase, lang).voices().stream()
                .filter(v -> PUBLIC_VOICES.contains(v.kind())).toList();
        return new Model(decided, said.question(), said.chosen(), said.why(), actions, voices, dialogues,
                languages(dialogues, original), original);
    }

    private static Text text(Decisions.Decided decided, String lang, String field, String original, String originalLang) {
        String translated = decided.texts().getOrDefault(lang, java.util.Map.of()).get(field);
        return translated != null && !translated.isBlank() ? new Text(translated, lang) : new Text(original, originalLang);
    }
}
