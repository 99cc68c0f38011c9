package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.web.FormErrors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A resident taking part in a dialogue, without an account: starting (with a one-time code for closed panels),
 * answering page by page with everything kept as a draft reachable by a private link, and submitting once.
 * Every step is idempotent: a double click, a refresh or a retried request leaves one response.
 */
@Singleton
public class Participation {

    private final Dialogues dialogues;
    private final ResponseRepository responses;
    private final SubmissionStore submissions;
    private final ResponseWriter writer;
    private final CodeRowRepository codes;
    private final ObjectMapper json;
    private final Clock clock;

    Participation(Dialogues dialogues, ResponseRepository responses, SubmissionStore submissions, ResponseWriter writer,
                  CodeRowRepository codes, ObjectMapper json, Clock clock) {
        this.dialogues = dialogues;
        this.responses = responses;
        this.submissions = submissions;
        this.writer = writer;
        this.codes = codes;
        this.json = json;
        this.clock = clock;
    }

    /** A response in progress (or submitted) with the answers so far and the questions it answers. */
    public record Progress(Dialogue dialogue, StoredResponse response, Questionnaire questionnaire,
                           Answers answers, @Nullable String at) {

        public Progress(Dialogue dialogue, StoredResponse response, Questionnaire questionnaire, Answers answers) {
            this(dialogue, response, questionnaire, answers, null);
        }

        /** The page the resident was on when they last saved (0 when unknown or no longer shown). */
        public int pageLeftAt() {
            List<Section> pages = pages();
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).key().equals(at)) {
                    return i + 1;
                }
            }
            return 0;
        }

        public List<Section> pages() {
            return questionnaire.visibleSections(answers);
        }

        public boolean submitted() {
            return response.submitted();
        }
    }

    /**
     * Starts a response. {@code token} is the private link's secret (made when the start page was shown), so
     * sending the start form twice opens the same response. With a participation code, the code is the key:
     * using it again continues the response it opened, until that is submitted.
     */
    public Progress start(Dialogue dialogue, String token, String lang, @Nullable String code) {
        return start(dialogue, token, lang, code, null);
    }

    /** Starts a response with the contact details a resident chose to give (ignored in anonymous dialogues). */
    public Progress start(Dialogue dialogue, String token, String lang, @Nullable String code,
                          @Nullable Contact contact) {
        requireOpen(dialogue);
        Long codeId = null;
        CodeRow codeRow = null;
        if (dialogue.requiresCode()) {
            codeRow = codes.findByDialogueIdAndCodeHash(dialogue.id(), Dialogues.hash(normaliseCode(code)))
                    .orElseThrow(() -> new InvalidRequestException("dialogue.error.code"));
            codeId = codeRow.id();
            if (codeRow.responseId() != null) {
                StoredResponse earlier = responses.byId(codeRow.responseId()).orElseThrow();
                if (earlier.submitted()) {
                    throw new InvalidRequestException("dialogue.error.code-used");
                }
                responses.rekey(earlier.id(), Dialogues.hash(token));
                return progress(dialogue, responses.byId(earlier.id()).orElseThrow());
            }
        }
        StoredResponse started = responses.start(dialogue.id(), dialogue.versionId(),
                Dialogues.hash(token), lang, codeId, dialogue.anonymous() ? null : contact, clock.instant());
        if (codeRow != null && codes.claim(codeRow.id(), started.id()) == 0) {
            // Another start with the same code won the race: continue that response instead.
            CodeRow claimed = codes.findById(codeRow.id()).orElseThrow();
            responses.rekey(claimed.responseId(), Dialogues.hash(token));
            return progress(dialogue, responses.byId(claimed.responseId()).orElseThrow());
        }
        return progress(dialogue, started);
    }

    static String normaliseCode(@Nullable String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /** The response a private link leads to. */
    public Optional<Progress> resume(Dialogue dialogue, String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return responses.byToken(dialogue.id(), Dialogues.hash(token)).map(r -> progress(dialogue, r));
    }

    private Progress progress(Dialogue dialogue, StoredResponse response) {
        Questionnaire questionnaire = response.versionId() == dialogue.versionId() ? dialogue.questionnaire()
                : dialogues.version(response.versionId());
        Draft draft = response.draft() == null ? null : read(response.draft());
        return new Progress(dialogue, response, questionnaire, draft == null ? Answers.NONE : draft.answers(),
                draft == null ? null : draft.at());
    }

    /** What became of a page's answers: errors to show, or the page to go to next (0 when done). */
    public record PageResult(Progress progress, Answers shown, FormErrors errors, int next, boolean submitted) {
    }

    /**
     * Takes a page's answers. Going back keeps them without checking; going on checks them and keeps them; on
     * the last page, going on submits. Nothing is changed once the response has been submitted.
     */
    public PageResult answerPage(Progress progress, int page, Map<String, Object> form, boolean back, String lang) {
        return answerPage(progress, page, form, back ? Move.BACK : Move.NEXT, lang);
    }

    /** Where a page's button takes the resident: on, back, or away to continue later (on this same page). */
    public enum Move { NEXT, BACK, LATER }

    public PageResult answerPage(Progress progress, int page, Map<String, Object> form, Move move, String lang) {
        boolean back = move != Move.NEXT;
        List<Section> pages = progress.pages();
        if (progress.submitted()) {
            return new PageResult(progress, progress.answers(), new FormErrors(), 0, true);
        }
        if (page < 1 || page > pages.size()) {
            throw new InvalidRequestException("dialogue.error.page");
        }
        requireOpen(progress.dialogue());
        Section section = pages.get(page - 1);
        List<Question> shownQuestions = section.questions().stream().filter(q -> q.visible(progress.answers())).toList();
        AnswerForm.Reading reading = AnswerForm.read(form, shownQuestions);
        Answers merged = progress.answers().merge(reading.answers(), section.questions());
        // Questions whose condition now depends on this page's answers are checked against the merged answers.
        List<Question> toCheck = section.questions().stream().filter(q -> q.visible(merged)).toList();
        FormErrors errors = back ? new FormErrors() : AnswerForm.validate(toCheck, reading);
        Progress saved = new Progress(progress.dialogue(), progress.response(), progress.questionnaire(), merged);
        List<Section> nowPages = saved.pages();
        int index = nowPages.indexOf(section);
        // the page the resident goes to, kept with the answers: "Continue later" (or the private link) opens it
        int next = !errors.isEmpty() || move == Move.LATER ? page
                : move == Move.BACK ? Math.max(1, page - 1)
                : index >= 0 && index + 1 < nowPages.size() ? index + 2 : page;
        String at = next <= nowPages.size() ? nowPages.get(next - 1).key() : section.key();
        saved = new Progress(progress.dialogue(), progress.response(), progress.questionnaire(), merged, at);
        boolean lastPage = errors.isEmpty() && move == Move.NEXT && !(index >= 0 && index + 1 < nowPages.size());
        FormErrors missing = lastPage ? checkAll(saved.questionnaire(), merged) : new FormErrors();
        if (!lastPage || !missing.isEmpty()) {
            responses.saveDraft(progress.response().id(), write(Draft.of(merged, at)), lang, clock.instant());
            if (!errors.isEmpty() || move != Move.NEXT) {
                return new PageResult(saved, merged, errors, next, false);
            }
            if (!lastPage) {
                return new PageResult(saved, merged, errors, index + 2, false);
            }
            return new PageResult(saved, merged, missing, firstPageWithError(saved, missing), false);
        }
        // The submission replaces the draft (and sets the language), so the last page's answers are not kept as a
        // draft first: one write and commit less per response. Should the submission fail, they are kept then.
        try {
            // False when a parallel request submitted it first: either way the response is in, once.
            submissions.submit(progress.response(), AnswerRows.of(saved.questionnaire(), merged),
                    AnswerRows.groups(saved.questionnaire(), merged), lang, clock.instant());
        } catch (RuntimeException e) {
            responses.saveDraft(progress.response().id(), write(Draft.of(merged, at)), lang, clock.instant());
            throw e;
        }
        return new PageResult(saved, merged, errors, 0, true);
    }

    /** Every visible question checked, for the final submission (an earlier page may have been skipped by a link). */
    static FormErrors checkAll(Questionnaire questionnaire, Answers answers) {
        return AnswerForm.validate(questionnaire.visibleQuestions(answers), new AnswerForm.Reading(answers, java.util.Set.of()));
    }

    private static int firstPageWithError(Progress progress, FormErrors errors) {
        List<Section> pages = progress.pages();
        for (int i = 0; i < pages.size(); i++) {
            for (Question q : pages.get(i).questions()) {
                if (errors.has(AnswerForm.field(q)) || errors.has(AnswerForm.field(q) + "-other")) {
                    return i + 1;
                }
            }
        }
        return 1;
    }

    /**
     * A complete response in one request (the JSON API, kiosks, paper answers typed in later): checked in full
     * and stored once per {@code clientId}.
     */
    public ApiSubmission submitComplete(Dialogue dialogue, String clientId, String lang, Answers sent) {
        requireOpen(dialogue);
        if (dialogue.requiresCode()) {
            throw new InvalidRequestException("dialogue.error.code");
        }
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new InvalidRequestException("dialogue.error.client-id");
        }
        Questionnaire questionnaire = dialogue.questionnaire();
        Answers answers = sent.onlyVisible(questionnaire);
        FormErrors errors = checkAll(questionnaire, answers);
        for (String key : sent.values().keySet()) {
            if (questionnaire.question(key).isEmpty()) {
                errors.add("q-" + key, "dialogue.error.unknown-question");
            }
        }
        if (!errors.isEmpty()) {
            return new ApiSubmission(0, false, errors);
        }
        Submission submission = writer.submit(new CompleteResponse(dialogue.id(),
                dialogue.versionId(), clientId, dialogue.contentLanguage(lang), AnswerRows.of(questionnaire, answers),
                AnswerRows.groups(questionnaire, answers), clock.instant()));
        return new ApiSubmission(submission.responseId(), submission.stored(), errors);
    }

    private static final java.util.regex.Pattern CLIENT_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{8,64}");

    public record ApiSubmission(long responseId, boolean stored, FormErrors errors) {
    }

    private void requireOpen(Dialogue dialogue) {
        if (dialogue.availability(clock.instant()) != Dialogue.Availability.OPEN) {
            throw new InvalidRequestException("dialogue.error.not-open");
        }
    }

    private Draft read(String draft) {
        try {
            return json.readValue(draft, Draft.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Draft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
