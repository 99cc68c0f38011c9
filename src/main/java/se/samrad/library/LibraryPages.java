package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetPicker;
import se.samrad.goals.Text;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Models of the library's pages, shared by its controllers. */
@Singleton
class LibraryPages {

    private final Views views;
    private final GoalCatalogue catalogue;
    private final TargetPicker picker;
    private final NetworkService networks;
    private final Messages messages;
    private final LibrarySearch search;
    private final Library library;

    LibraryPages(Views views, GoalCatalogue catalogue, TargetPicker picker, NetworkService networks, Messages messages,
                 LibrarySearch search, Library library) {
        this.views = views;
        this.catalogue = catalogue;
        this.picker = picker;
        this.networks = networks;
        this.messages = messages;
        this.search = search;
        this.library = library;
    }

    List<String> languageCodes() {
        return messages.languages().stream().map(Language::code).toList();
    }

    /** The search page: the form, facets, hits, pagination, or a page for no hits with a spelling suggestion. */
    MutableHttpResponse<String> search(HttpRequest<?> request, @Nullable CurrentUser user) {
        var params = request.getParameters();
        String lang = views.language(request).code();
        String text = params.get("q", String.class, "").strip();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dimension : ExampleIndex.DIMENSIONS) {
            List<String> values = params.getAll(dimension).stream().filter(v -> !v.isBlank()).toList();
            if (!values.isEmpty()) {
                filters.put(dimension, values);
            }
        }
        ExampleIndex.Sort sort = "newest".equals(params.get("sort", String.class, "")) ? ExampleIndex.Sort.NEWEST
                : ExampleIndex.Sort.RELEVANCE;
        int page = params.get("page", Integer.class, 1);
        ExampleIndex.Result result = search.search(user, new ExampleIndex.Search(text, filters, sort, page,
                LibrarySearch.PAGE_SIZE, lang));
        Map<String, Object> model = new HashMap<>();
        model.put("q", text);
        model.put("sort", sort.name().toLowerCase(java.util.Locale.ROOT));
        model.put("result", result);
        model.put("filters", filters);
        model.put("labels", new Labels(lang));
        int pages = (int) Math.min(LibrarySearch.MAX_PAGE, (result.total() + LibrarySearch.PAGE_SIZE - 1)
                / LibrarySearch.PAGE_SIZE);
        model.put("pages", pages);
        model.put("pageUrl", (freemarker.template.TemplateMethodModelEx) args -> link(text, filters, sort,
                Integer.parseInt(args.get(0).toString())));
        model.put("suggestionUrl", result.suggestion() == null ? "" : link(result.suggestion(), filters, sort, 1));
        model.put("canContribute", LibraryAccess.canContribute(user));
        return views.page(request, "library/search", model);
    }

    private static String link(String text, Map<String, List<String>> filters, ExampleIndex.Sort sort, int page) {
        StringBuilder url = new StringBuilder("/library?q=").append(encode(text));
        filters.forEach((dimension, values) -> values.forEach(v -> url.append('&').append(dimension).append('=')
                .append(encode(v))));
        if (sort == ExampleIndex.Sort.NEWEST) {
            url.append("&sort=newest");
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    MutableHttpResponse<String> example(HttpRequest<?> request, HttpStatus status, @Nullable CurrentUser user, long id,
                                        Map<String, Object> extra) {
        Example example = library.visible(user, id);
        String lang = views.language(request).code();
        LibraryAccess access = library.access();
        Map<String, Object> model = new HashMap<>(extra);
        model.put("example", example);
        model.put("content", example.in(lang));
        model.put("canEdit", access.canEdit(user, example));
        model.put("canReview", access.canReview(user, example));
        model.put("similar", example.isPublished() ? search.similar(user, id, lang) : List.of());
        model.put("labels", new Labels(lang));
        model.putIfAbsent("errors", new FormErrors());
        model.putIfAbsent("note", "");
        model.put("done", request.getParameters().get("done", String.class, ""));
        return views.page(request, status, "library/example", model);
    }

    MutableHttpResponse<String> form(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                     @Nullable Example example, ExampleForm form, FormErrors errors, String query) {
        String lang = views.language(request).code();
        Map<String, Object> model = new HashMap<>();
        model.put("example", example);
        model.put("form", form);
        model.put("errors", errors);
        model.put("networks", networks.mine(user));
        model.put("kinds", ExampleKind.values());
        model.put("dimensions", se.samrad.goals.Dimension.values());
        model.put("picker", picker.model(ExampleForm.PICKER, lang, catalogue.builtIn(), form.targets(), query));
        model.put("focusPicker", query != null);
        return views.page(request, status, "library/edit", model);
    }

    /** Names of facet values and targets in the reader's language. */
    public final class Labels {
        private final String lang;
        private final Language language;

        Labels(String lang) {
            this.lang = lang;
            this.language = messages.language(lang).orElse(messages.reference());
        }

        public String facet(String dimension, String value) {
            return switch (dimension) {
                case "goal", "target" -> element(value).map(e -> e.code() + " " + e.label(lang).value()).orElse(value);
                case "dimension" -> messages.get(language, "goals.dimension." + value);
                case "type" -> messages.get(language, "library.kind." + value);
                default -> value;
            };
        }

        /** A target by its index key ({@code agenda2030/12.3}), with its link. */
        public List<Map<String, Object>> targets(List<String> keys) {
            List<Map<String, Object>> result = new ArrayList<>();
            for (String key : keys) {
                element(key).ifPresent(e -> result.add(Map.of("code", e.code(), "label", e.label(lang),
                        "href", "/goals/" + key)));
            }
            return result;
        }

        public Text label(GoalElement element) {
            return element.label(lang);
        }

        private java.util.Optional<GoalElement> element(String key) {
            int slash = key.indexOf('/');
            if (slash < 0) {
                return java.util.Optional.empty();
            }
            String frameworkKey = key.substring(0, slash);
            String code = key.substring(slash + 1);
            return catalogue.builtIn().stream().filter(f -> f.key().equals(frameworkKey)).findFirst()
                    .flatMap(f -> f.element(code));
        }
    }
}
