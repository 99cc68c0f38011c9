package se.samrad.platform.i18n;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the language of a request: {@code ?lang=} first, then the remembered cookie, then the browser's
 * {@code Accept-Language}, then Swedish.
 */
@Singleton
public class LanguageResolver {

    public static final String COOKIE = "samrad_lang";
    public static final String PARAMETER = "lang";
    private static final String ATTRIBUTE = "samrad.language";
    /**
     * Browser languages read as one of ours: Dari (prs, as set in Afghanistan) and Iranian Persian (pes) are
     * written Persian (fa); Standard Arabic (arb) is Arabic.
     */
    private static final java.util.Map<String, String> READ_AS = java.util.Map.of("prs", "fa", "pes", "fa", "arb", "ar");

    private final Messages messages;

    public LanguageResolver(Messages messages) {
        this.messages = messages;
    }

    public Language resolve(HttpRequest<?> request) {
        Optional<Object> cached = request.getAttribute(ATTRIBUTE);
        if (cached.isPresent()) {
            return (Language) cached.get();
        }
        Language language = fromParameter(request)
                .or(() -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(messages::language))
                .or(() -> fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElseGet(messages::reference);
        request.setAttribute(ATTRIBUTE, language);
        return language;
    }

    public Optional<Language> fromParameter(HttpRequest<?> request) {
        return request.getParameters().getFirst(PARAMETER).flatMap(messages::language);
    }

    Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<String> codes = messages.languages().stream().map(Language::code).toList();
            for (Locale.LanguageRange range : ranges) {
                String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                primary = READ_AS.getOrDefault(primary, primary);
                if (range.getWeight() > 0 && codes.contains(primary)) {
                    return messages.language(primary);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A malformed header is treated as absent.
        }
        return Optional.empty();
    }
}
