package se.samrad.dialogue;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.PublicUrl;
import se.samrad.platform.web.Views;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every staff page about one dialogue shares (the overview, questions, translations, codes, population
 * pages): who may change the dialogue and the model each page starts from. The controllers of those pages take
 * it instead of reaching into each other.
 */
@Singleton
class DialoguePages {

    /** The outcomes a page may announce after a change (anything else in {@code done} is ignored). */
    static final Set<String> DONE = Set.of("created", "saved", "open", "closed", "archived",
            "summary-published", "summary-withdrawn", "added", "deleted", "moved", "imported");

    private final Dialogues dialogues;
    private final DialoguePermissions permissions;
    private final Views views;
    private final PublicUrl publicUrl;

    DialoguePages(Dialogues dialogues, DialoguePermissions permissions, Views views, PublicUrl publicUrl) {
        this.dialogues = dialogues;
        this.permissions = permissions;
        this.views = views;
        this.publicUrl = publicUrl;
    }

    /** The dialogue's public link, where residents answer it. */
    String publicLink(HttpRequest<?> request, Dialogue dialogue) {
        return publicUrl.of(request, "/d/" + dialogue.publicKey());
    }

    /** The dialogue an admin or facilitator is about to change: 403 for other staff, 404 for another organisation's. */
    Dialogue forChange(CurrentUser user, long id) {
        permissions.requireEditor(user);
        return dialogues.get(user, id);
    }

    /** The model every page about one dialogue shares. */
    Map<String, Object> base(HttpRequest<?> request, CurrentUser user, Dialogue dialogue) {
        Map<String, Object> model = new HashMap<>();
        String lang = views.language(request).code();
        model.put("dialogue", dialogue);
        model.put("dialogueTitle", dialogue.title(lang));
        model.put("canEdit", permissions.canEdit(user));
        String done = request.getParameters().get("done", String.class, "");
        model.put("done", DONE.contains(done) ? done : "");
        model.put("problem", "");
        return model;
    }

    /** The staff page's wording of a refusal the service gives in the residents' terms. */
    static String staffKey(InvalidRequestException e) {
        String key = e.messageKey();
        return key.startsWith("dialogue.error.") ? "dialogue.staff.error." + key.substring("dialogue.error.".length())
                : key;
    }
}
