package se.samrad.platform.i18n;

import com.ibm.icu.text.MessagePattern;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plural message's forms for a script that counts in the browser: each selector ({@code =0}, {@code one},
 * {@code few}, ...) of the message's first plural argument with the text around it, {@code #} written as the
 * argument ({@code {0}}). The script picks the form with {@code Intl.PluralRules}, which follows the same CLDR rules as ICU4J
 * on the server, so a count changed in the page reads as the server would have written it.
 */
public final class PluralForms {

    private final Messages messages;
    private final Language language;
    private final JsonMapper json;

    public PluralForms(Messages messages, Language language, JsonMapper json) {
        this.messages = messages;
        this.language = language;
        this.json = json;
    }

    /** The forms as a JSON object, for a {@code data-} attribute; empty ({@code {}}) for a message without plural. */
    public String json(String key) {
        try {
            return json.writeValueAsString(forms(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Selector to text, in the message's order. */
    public Map<String, String> forms(String key) {
        String text = messages.bundle(language.code()).getOrDefault(key, messages.bundle(Messages.REFERENCE).get(key));
        Map<String, String> forms = new LinkedHashMap<>();
        if (text == null) {
            return forms;
        }
        MessagePattern pattern = new MessagePattern(text);
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START || part.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            int limit = pattern.getLimitPartIndex(i);
            String argument = "{" + pattern.getSubstring(pattern.getPart(i + 1)) + "}";
            String before = text.substring(0, part.getIndex());
            String after = text.substring(pattern.getPart(limit).getLimit());
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part selector = pattern.getPart(j);
                if (selector.getType() != MessagePattern.Part.Type.ARG_SELECTOR) {
                    continue;
                }
                int start = j + 1;
                while (pattern.getPart(start).getType() != MessagePattern.Part.Type.MSG_START) {
                    start++; // past an explicit value's number
                }
                int end = pattern.getLimitPartIndex(start);
                String body = text.substring(pattern.getPart(start).getLimit(), pattern.getPart(end).getIndex());
                forms.put(pattern.getSubstring(selector), before + body.replace("#", argument) + after);
                j = end;
            }
            break;
        }
        return forms;
    }
}
