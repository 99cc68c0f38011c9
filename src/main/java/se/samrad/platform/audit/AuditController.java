package se.samrad.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.web.Views;

import java.util.Map;

/** The audit log: an organisation admin sees their organisation's, a platform admin the platform's. */
@Controller
@Produces(Views.HTML_VALUE)
public class AuditController {

    private static final int PAGE_SIZE = 50;
    private final AuditLog audit;
    private final Views views;

    public AuditController(AuditLog audit, Views views) {
        this.audit = audit;
        this.views = views;
    }

    @Get("/admin/audit")
    @Secured(Role.ORG_ADMIN_NAME)
    public HttpResponse<String> organisation(HttpRequest<?> request, Authentication auth,
                                             @Nullable @QueryValue Integer page) {
        Page<AuditEvent> events = audit.forOrganisation(CurrentUser.of(auth).requireOrganisation(), pageable(page));
        return views.page(request, "platform/audit", Map.of("events", events, "scope", "organisation"));
    }

    @Get("/platform/audit")
    @Secured(Role.PLATFORM_ADMIN_NAME)
    public HttpResponse<String> platform(HttpRequest<?> request, @Nullable @QueryValue Integer page) {
        return views.page(request, "platform/audit", Map.of("events", audit.forPlatform(pageable(page)),
                "scope", "platform"));
    }

    private static Pageable pageable(@Nullable Integer page) {
        return Pageable.from(page == null || page < 0 ? 0 : page, PAGE_SIZE);
    }
}
