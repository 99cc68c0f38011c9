package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An organisation's own goal frameworks (egna mål): its vision's focus areas (fokusområden) and the goals under
 * them, and their mappings to the Agenda 2030 targets and national objectives they serve. Only the owning
 * organisation sees them; organisation admins, facilitators and analysts edit them.
 */
@Singleton
public class OwnGoals {

    public static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]{0,19}");
    private static final int FIRST_POSITION = 100;

    private final GoalCatalogue catalogue;
    private final CatalogueStore store;
    private final FrameworkRowRepository frameworks;
    private final ElementRowRepository elements;
    private final ElementTextRowRepository texts;
    private final MappingRowRepository mappings;
    private final AuditLog audit;
    private final Clock clock;

    OwnGoals(GoalCatalogue catalogue, CatalogueStore store, FrameworkRowRepository frameworks,
             ElementRowRepository elements, ElementTextRowRepository texts, MappingRowRepository mappings,
             AuditLog audit, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.frameworks = frameworks;
        this.elements = elements;
        this.texts = texts;
        this.mappings = mappings;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean canEdit(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null
                && (user.has(Role.ORG_ADMIN) || user.has(Role.FACILITATOR) || user.has(Role.ANALYST));
    }

    /** Creates a framework named in one or more languages; its key is made from the name. */
    @Transactional
    public Framework createFramework(CurrentUser user, Map<String, String> names, Map<String, String> descriptions) {
        long organisationId = requireEditor(user);
        catalogue.ownFrameworksChanged();
        String base = "o" + organisationId + "-" + slug(names.values().iterator().next());
        String key = base;
        for (int n = 2; frameworks.existsByKey(key); n++) {
            key = base + "-" + n;
        }
        int position = FIRST_POSITION + frameworks.findByOrganisationId(organisationId).size();
        store.apply(new FrameworkDefinition(key, FrameworkKind.LOCAL, position, names, descriptions, null, List.of()),
                organisationId);
        audit.record(organisationId, user, AuditAction.GOAL_FRAMEWORK_CREATED, key, names.values().iterator().next());
        return catalogue.framework(key, organisationId);
    }

    @Transactional
    public void updateFramework(CurrentUser user, String key, Map<String, String> names,
                                Map<String, String> descriptions) {
        Framework framework = owned(user, key);
        catalogue.ownFrameworksChanged();
        store.apply(new FrameworkDefinition(key, FrameworkKind.LOCAL, framework.position(), names, descriptions,
                framework.sourceUrl(), List.of()), framework.organisationId());
        store.removeFrameworkTextsExcept(framework.id(), names.keySet());
        audit.record(framework.organisationId(), user, AuditAction.GOAL_FRAMEWORK_CHANGED, key, "");
    }

    @Transactional
    public void deleteFramework(CurrentUser user, String key) {
        Framework framework = owned(user, key);
        catalogue.ownFrameworksChanged();
        frameworks.deleteById(framework.id());
        audit.record(framework.organisationId(), user, AuditAction.GOAL_FRAMEWORK_DELETED, key,
                framework.name("sv").value());
    }

    /**
     * Adds a focus area (no parent) or a goal under one. Without a code, the next free number is used: "3" for a
     * focus area, "3.2" for the second goal under focus area 3.
     */
    @Transactional
    public GoalElement addElement(CurrentUser user, String key, @Nullable String parentCode, @Nullable String code,
                                  Map<String, String> titles, Map<String, String> descriptions) {
        Framework framework = owned(user, key);
        catalogue.ownFrameworksChanged();
        GoalElement parent = null;
        if (parentCode != null && !parentCode.isBlank()) {
            parent = framework.goals().stream().filter(g -> g.code().equals(parentCode)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("goals.error.parent"));
        }
        String chosen = code == null || code.isBlank() ? nextCode(framework, parent) : code.strip();
        requireFreeCode(framework, chosen, null);
        int position = elements.maxPosition(framework.id()) + 1;
        ElementRow row = elements.save(new ElementRow(null, framework.id(), parent == null ? null : parent.id(),
                parent == null ? 1 : 2, chosen, position, null, "", clock.instant()));
        writeTexts(row.id(), titles, descriptions);
        audit.record(framework.organisationId(), user, AuditAction.GOAL_FRAMEWORK_CHANGED, key, "+" + chosen);
        return catalogue.element(key, chosen, framework.organisationId());
    }

    @Transactional
    public void updateElement(CurrentUser user, String key, String code, String newCode, Map<String, String> titles,
                              Map<String, String> descriptions) {
        Framework framework = owned(user, key);
        GoalElement element = framework.element(code).orElseThrow(() -> new NotFoundException("goal element"));
        catalogue.ownFrameworksChanged();
        String chosen = newCode == null || newCode.isBlank() ? element.code() : newCode.strip();
        requireFreeCode(framework, chosen, element.id());
        ElementRow row = elements.findById(element.id()).orElseThrow(() -> new NotFoundException("goal element"));
        elements.update(row.with(row.parentId(), chosen, row.position(), row.colour(), row.dimensions()));
        writeTexts(element.id(), titles, descriptions);
        audit.record(framework.organisationId(), user, AuditAction.GOAL_FRAMEWORK_CHANGED, key, code);
    }

    /** Removes a goal, its targets and their mappings. */
    @Transactional
    public void deleteElement(CurrentUser user, String key, String code) {
        Framework framework = owned(user, key);
        GoalElement element = framework.element(code).orElseThrow(() -> new NotFoundException("goal element"));
        catalogue.ownFrameworksChanged();
        elements.deleteById(element.id());
        audit.record(framework.organisationId(), user, AuditAction.GOAL_FRAMEWORK_CHANGED, key, "-" + code);
    }

    /**
     * Maps an own goal to targets of the built-in frameworks, each with the same note. Targets it already maps
     * to keep their note. Returns how many mappings were added.
     */
    @Transactional
    public int addMappings(CurrentUser user, String key, String code, Set<Long> targetIds, String note) {
        Framework framework = owned(user, key);
        GoalElement source = framework.element(code).orElseThrow(() -> new NotFoundException("goal element"));
        if (targetIds.isEmpty()) {
            throw new InvalidRequestException("goals.error.choose-target");
        }
        Map<Long, GoalElement> builtIn = new HashMap<>();
        catalogue.builtIn().forEach(f -> f.elements().forEach(e -> builtIn.put(e.id(), e)));
        int added = 0;
        for (long targetId : targetIds) {
            GoalElement target = builtIn.get(targetId);
            if (target == null) {
                throw new InvalidRequestException("goals.error.choose-target");
            }
            if (!mappings.existsBySourceIdAndTargetId(source.id(), targetId)) {
                mappings.save(new MappingRow(null, framework.organisationId(), source.id(), targetId, note,
                        user.accountId(), clock.instant()));
                audit.record(framework.organisationId(), user, AuditAction.GOAL_MAPPING_ADDED,
                        key + " " + code + " → " + target.frameworkKey() + " " + target.code(), note);
                added++;
            }
        }
        return added;
    }

    /** Changes a mapping's note; returns the mapping as it was (for the way back to its goal). */
    @Transactional
    public Mapping updateMapping(CurrentUser user, long id, String note) {
        MappingRow row = mapping(user, id);
        Mapping mapping = resolve(List.of(row), row.organisationId()).get(0);
        mappings.update(row.withNote(note));
        audit.record(row.organisationId(), user, AuditAction.GOAL_MAPPING_CHANGED, String.valueOf(id), note);
        return mapping;
    }

    @Transactional
    public Mapping deleteMapping(CurrentUser user, long id) {
        MappingRow row = mapping(user, id);
        Mapping mapping = resolve(List.of(row), row.organisationId()).get(0);
        mappings.delete(row);
        audit.record(row.organisationId(), user, AuditAction.GOAL_MAPPING_REMOVED, String.valueOf(id), "");
        return mapping;
    }

    /** What one of the organisation's own goals is mapped to. */
    public List<Mapping> mappingsFrom(GoalElement source, long organisationId) {
        return resolve(mappings.findBySourceIdOrderById(source.id()), organisationId);
    }

    /** The organisation's own goals mapped to a target or objective. */
    public List<Mapping> mappingsTo(GoalElement target, long organisationId) {
        return resolve(mappings.findByOrganisationIdAndTargetIdOrderById(organisationId, target.id()), organisationId);
    }

    /** All of an organisation's mappings. */
    public List<Mapping> all(long organisationId) {
        return resolve(mappings.findByOrganisationIdOrderById(organisationId), organisationId);
    }

    private List<Mapping> resolve(List<MappingRow> rows, long organisationId) {
        Map<Long, GoalElement> byId = new HashMap<>();
        Map<String, Framework> frameworksByKey = new HashMap<>();
        for (Framework f : catalogue.visibleTo(organisationId)) {
            frameworksByKey.put(f.key(), f);
            f.elements().forEach(e -> byId.put(e.id(), e));
        }
        List<Mapping> result = new ArrayList<>();
        for (MappingRow row : rows) {
            GoalElement source = byId.get(row.sourceId());
            GoalElement target = byId.get(row.targetId());
            if (row.organisationId() == organisationId && source != null && target != null) {
                result.add(new Mapping(row.id(), source, frameworksByKey.get(source.frameworkKey()), target,
                        frameworksByKey.get(target.frameworkKey()), row.note()));
            }
        }
        return result;
    }

    private MappingRow mapping(CurrentUser user, long id) {
        long organisationId = requireEditor(user);
        return mappings.findByIdAndOrganisationId(id, organisationId)
                .orElseThrow(() -> new NotFoundException("mapping"));
    }

    /** The user's organisation's framework with that key, for editing. */
    private Framework owned(CurrentUser user, String key) {
        long organisationId = requireEditor(user);
        Framework framework = catalogue.framework(key, organisationId);
        if (!framework.isOwned()) {
            throw new NotFoundException("own framework");
        }
        return framework;
    }

    private static long requireEditor(CurrentUser user) {
        long organisationId = user.requireOrganisation();
        if (!canEdit(user)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "error.forbidden");
        }
        return organisationId;
    }

    private static void requireFreeCode(Framework framework, String code, @Nullable Long except) {
        if (!CODE.matcher(code).matches()) {
            throw new InvalidRequestException("goals.error.code");
        }
        Optional<GoalElement> holder = framework.element(code);
        if (holder.isPresent() && (except == null || holder.get().id() != except)) {
            throw new InvalidRequestException("goals.error.code-taken");
        }
    }

    private static String nextCode(Framework framework, @Nullable GoalElement parent) {
        String prefix = parent == null ? "" : parent.code() + ".";
        int n = (parent == null ? framework.goals().size() : parent.children().size()) + 1;
        while (framework.element(prefix + n).isPresent()) {
            n++;
        }
        return prefix + n;
    }

    private void writeTexts(long elementId, Map<String, String> titles, Map<String, String> descriptions) {
        Map<String, ElementTextRow> current = new HashMap<>();
        texts.findByElementId(elementId).forEach(t -> current.put(t.lang(), t));
        Set<String> languages = new java.util.HashSet<>(titles.keySet());
        languages.addAll(descriptions.keySet());
        for (String lang : languages) {
            ElementTextRow row = current.getOrDefault(lang, ElementTextRow.empty(elementId, lang))
                    .withOwn(titles.getOrDefault(lang, ""), descriptions.getOrDefault(lang, ""));
            texts.saveOrUpdate(row);
        }
        current.keySet().stream().filter(lang -> !languages.contains(lang))
                .forEach(lang -> texts.deleteByElementIdAndLang(elementId, lang));
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 40) {
            ascii = ascii.substring(0, 40).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "mal" : ascii;
    }
}
