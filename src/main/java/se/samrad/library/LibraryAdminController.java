package se.samrad.library;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.web.Views;

import java.util.HashMap;
import java.util.Map;

/** The search index for platform admins: how many examples it holds against the database, and a rebuild button. */
@Controller("/platform/library")
@Secured(Role.PLATFORM_ADMIN_NAME)
@Produces(Views.HTML_VALUE)
class LibraryAdminController {

    private final LibraryIndexer indexer;
    private final ExampleStore store;
    private final AuditLog audit;
    private final Views views;

    LibraryAdminController(LibraryIndexer indexer, ExampleStore store, AuditLog audit, Views views) {
        this.indexer = indexer;
        this.store = store;
        this.audit = audit;
        this.views = views;
    }

    @Get
    HttpResponse<String> status(HttpRequest<?> request) {
        return render(request, null);
    }

    /** Empties the index and builds it again from the database. */
    @Post("/rebuild")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> rebuild(HttpRequest<?> request, Authentication auth) {
        LibraryIndexer.Rebuild rebuild = indexer.rebuild();
        audit.record(null, CurrentUser.of(auth), AuditAction.LIBRARY_INDEX_REBUILT, "library",
                rebuild.documents() + " examples in " + rebuild.millis() + " ms");
        return render(request, rebuild);
    }

    private HttpResponse<String> render(HttpRequest<?> request, LibraryIndexer.Rebuild rebuild) {
        Map<String, Object> model = new HashMap<>();
        model.put("indexed", indexer.size());
        model.put("published", store.publishedCount());
        model.put("rebuild", rebuild);
        return views.page(request, "library/admin", model);
    }
}
