package se.samrad.platform.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import se.samrad.support.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class FormBinderTest extends IntegrationTest {

    enum Colour { RED, GREEN }

    @Introspected
    record Command(@NotBlank(message = "form.error.required") @Size(max = 5) String name,
                   @Nullable Integer count,
                   @NotNull(message = "form.error.choose") Colour colour,
                   List<String> tags,
                   Set<Long> ids,
                   Map<String, String> title,
                   boolean agree,
                   @Nullable @Email String email,
                   @FormField("goal-description") @Nullable String description) {
    }

    @Inject
    FormBinder binder;

    @Test
    void aFormBindsWithEveryValueOfAFieldSentSeveralTimes() {
        FormBinder.Bound<Command> bound = binder.bind(Map.of("name", "  Anna ", "count", "12", "colour", "GREEN",
                "tags", List.of("a", " ", "b"), "ids", List.of("3", "4", "3"), "title-sv", "Hej", "title-en", " ",
                "agree", "yes", "goal-description", "Mål"), Command.class);
        assertTrue(bound.valid(), bound.errors().getFields().toString());
        Command c = bound.command();
        assertEquals("Anna", c.name());
        assertEquals(12, c.count());
        assertEquals(Colour.GREEN, c.colour());
        assertEquals(List.of("a", "b"), c.tags());
        assertEquals(Set.of(3L, 4L), c.ids());
        assertEquals(Map.of("sv", "Hej"), c.title(), "blank translations are left out");
        assertTrue(c.agree());
        assertEquals("Mål", c.description());
        assertNull(c.email(), "a blank field is null, so an optional e-mail passes");
    }

    @Test
    void constraintsAndValuesThatDoNotConvertGiveMessageKeysPerField() {
        FormBinder.Bound<Command> bound = binder.bind(Map.of("name", "far too long", "count", "tolv",
                "colour", "BLUE", "email", "not an address"), Command.class);
        assertFalse(bound.valid());
        assertEquals(Map.of("name", "form.error.too-long", "count", "form.error.invalid",
                "colour", "form.error.choose", "email", "form.error.email"), bound.errors().getFields());
        assertFalse(bound.command().agree(), "an unticked checkbox is not sent");

        FormBinder.Bound<Command> empty = binder.bind(Map.of(), Command.class);
        assertEquals("form.error.required", empty.errors().getFields().get("name"));
        assertEquals("form.error.choose", empty.errors().getFields().get("colour"));
        assertEquals(List.of(), empty.command().tags());
    }

    @Introspected
    record Translated(@Nullable String code, Map<String, String> title, @Nullable String note) implements CrossChecked {
        @Override
        public void check(FormErrors errors) {
            errors.add("note", "form.error.invalid");
            title.forEach((lang, text) -> errors.maxLength("title-" + lang, text, 3));
            errors.add("code", "form.error.required");
        }
    }

    @Test
    void errorsOfATextInSeveralLanguagesStandWhereItsFieldStandsInTheForm() {
        FormBinder.Bound<Translated> bound = binder.bind(Map.of("title-sv", "Alldeles för lång"), Translated.class);
        assertEquals(List.of("code", "title-sv", "note"), List.copyOf(bound.errors().getFields().keySet()),
                "the summary follows the form, a title in Swedish between the code and the note");
    }
}
