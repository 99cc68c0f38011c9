package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.util.List;
import java.util.Map;

/**
 * The "what we heard" form: the summary per language ({@code summary-<lang>}) and what to do with it
 * ({@code publish}, {@code withdraw}, or anything else: save, leaving it published or not as it was).
 */
@Introspected
record SummaryCommand(Map<String, String> summary, @Nullable String action) implements CrossChecked {

    SummaryCommand offered(List<String> offerable) {
        return new SummaryCommand(NewDialogueCommand.only(summary, offerable), action);
    }

    /** Whether the summary is to be published after this, given whether it is now. */
    boolean publish(boolean published) {
        return switch (action == null ? "" : action) {
            case "publish" -> true;
            case "withdraw" -> false;
            default -> published;
        };
    }

    /** The notice the page shows after the change. */
    String done() {
        return "publish".equals(action) ? "summary-published" : "withdraw".equals(action) ? "summary-withdrawn"
                : "saved";
    }

    @Override
    public void check(FormErrors errors) {
        summary.forEach((lang, text) -> errors.maxLength("summary-" + lang, text, DialogueTexts.MAX_TEXT));
    }
}
