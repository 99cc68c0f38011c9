package se.samrad.platform.web;

import io.micronaut.json.JsonMapper;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.LanguageResolver;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.security.CsrfFilter;
import se.samrad.platform.security.CurrentUser;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders Freemarker templates from {@code views/} with HTML auto-escaping. Every page gets the same frame:
 * the language and its direction, the language switcher, the navigation for the signed-in user's roles,
 * the CSRF token, {@code t(key, args...)} for messages, {@code fmt} for dates and numbers and {@code charts} for
 * SVG charts ({@link se.samrad.platform.chart.Charts}).
 */
@Singleton
public class Views {

    public static final String HTML_VALUE = "text/html;charset=utf-8";
    public static final MediaType HTML = MediaType.of(HTML_VALUE);

    private final Configuration freemarker;
    private final Messages messages;
    private final LanguageResolver languages;
    private final List<NavigationContributor> navigation;
    private final ZoneId zone;
    private final JsonMapper json;

    public Views(Messages messages, LanguageResolver languages, List<NavigationContributor> navigation,
                 ZoneId zone, JsonMapper json) {
        this.json = json;
        this.messages = messages;
        this.languages = languages;
        this.navigation = navigation;
        this.zone = zone;
        this.freemarker = configure();
    }

    private static Configuration configure() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassLoaderForTemplateLoading(Views.class.getClassLoader(), "views");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return cfg;
    }

    /** A full page with status 200. */
    public MutableHttpResponse<String> page(HttpRequest<?> request, String template, Map<String, Object> model) {
        return page(request, HttpStatus.OK, template, model);
    }

    public MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, String template,
                                            Map<String, Object> model) {
        return HttpResponse.<String>status(status).contentType(HTML).body(render(request, template, model));
    }

    public String render(HttpRequest<?> request, String template, Map<String, Object> model) {
        Language language = languages.resolve(request);
        CurrentUser user = request.getUserPrincipal(Authentication.class).map(CurrentUser::of).orElse(null);
        Map<String, Object> root = new HashMap<>(model);
        root.put("lang", language);
        root.put("languageLinks", languageLinks(request, language));
        root.put("uiLanguages", messages.languages());
        root.put("t", translator(language));
        root.put("plurals", new se.samrad.platform.i18n.PluralForms(messages, language, json));
        root.put("fmt", new Formats(language, zone));
        root.put("charts", new se.samrad.platform.chart.Charts(language.locale(), language.rtl()));
        root.put("csrf", request.getAttribute(CsrfFilter.ATTRIBUTE, String.class).orElse(""));
        root.put("user", user);
        root.put("nav", navigation(user));
        root.put("path", request.getPath());
        try {
            Template t = freemarker.getTemplate(template + ".ftl", language.locale());
            StringWriter out = new StringWriter(8192);
            Environment env = t.createProcessingEnvironment(root, out);
            env.setLocale(language.locale());
            env.setTimeZone(TimeZone.getTimeZone(zone));
            env.process();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + template, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + template + " failed: " + e.getMessage(), e);
        }
    }

    /** The language the request is answered in. */
    public Language language(HttpRequest<?> request) {
        return languages.resolve(request);
    }

    /** A translated message outside a template (redirect notices, API errors). */
    public String message(HttpRequest<?> request, String key, Object... args) {
        return messages.get(languages.resolve(request), key, args);
    }

    private TemplateMethodModelEx translator(Language language) {
        return arguments -> {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("t(key, args...) needs a key");
            }
            Object key = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0));
            Object[] args = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                args[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
            }
            return messages.get(language, String.valueOf(key), args);
        };
    }

    private List<Map<String, Object>> languageLinks(HttpRequest<?> request, Language current) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (Language language : messages.languages()) {
            StringBuilder url = new StringBuilder(request.getPath()).append('?');
            request.getParameters().forEach((name, values) -> {
                if (!name.equals(LanguageResolver.PARAMETER)) {
                    values.forEach(v -> url.append(encode(name)).append('=').append(encode(v)).append('&'));
                }
            });
            url.append(LanguageResolver.PARAMETER).append('=').append(language.code());
            links.add(Map.of("language", language, "url", url.toString(), "current", language.equals(current)));
        }
        return links;
    }

    private List<NavigationItem> navigation(CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        navigation.forEach(contributor -> items.addAll(contributor.items(user)));
        items.sort(Comparator.comparingInt(NavigationItem::order));
        return items;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
