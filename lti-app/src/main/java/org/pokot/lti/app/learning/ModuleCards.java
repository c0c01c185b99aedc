package org.pokot.lti.app.learning;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.pokot.lti.app.learning.ModuleStatuses.ModuleStatus;
import org.pokot.lti.app.pack.ModuleFacts;
import org.pokot.lti.app.pack.PackModel.ContentPack;
import org.pokot.lti.app.pack.PackModel.Module;

/**
 * The module list's cards, each rendered once per module, language and mark ({@code learn/fragments :: card}) and
 * then reused. The list is the first page of every launch without a module, and its cards were two fifths of that
 * page's rendering (docs/performance.md); nothing on a card belongs to the learner except the mark, and the marks
 * are three. The cache is bounded by the packs, which do not change while the tool runs.
 */
@Component
class ModuleCards {

    private final ITemplateEngine templates;
    private final ModuleFacts facts;
    private final Map<Key, String> rendered = new ConcurrentHashMap<>();

    ModuleCards(ITemplateEngine templates, ModuleFacts facts) {
        this.templates = templates;
        this.facts = facts;
    }

    /**
     * The pack's cards in its order, as HTML for {@code th:utext}: every value in them was escaped when rendered.
     *
     * @param statuses by module id, as {@link ModuleStatuses#of} gives them; a module with none is unmarked
     * @param openAction where a card's button posts, with the request's context path
     */
    List<String> of(ContentPack pack, Map<String, ModuleStatus> statuses, String language, String openAction) {
        return pack.modules().stream()
                .map(module -> card(pack, module, Mark.of(statuses.get(module.id())), language, openAction))
                .toList();
    }

    private String card(ContentPack pack, Module module, Mark mark, String language, String openAction) {
        return rendered.computeIfAbsent(new Key(pack.id(), module.id(), mark, language, openAction), key -> {
            Context context = new Context(Locale.forLanguageTag(language));
            context.setVariable("m", module);
            context.setVariable("lang", language);
            context.setVariable("mark", mark.name());
            context.setVariable("workload", facts.workload(module, language));
            context.setVariable("level", facts.level(module, language));
            context.setVariable("openAction", openAction);
            return templates.process("learn/fragments", Set.of("card"), context);
        });
    }

    /** What a card says of the learner's progress in its module. */
    enum Mark {
        NONE, STARTED, COMPLETED;

        static Mark of(ModuleStatus status) {
            if (status == null) {
                return NONE;
            }
            return status.completed() ? COMPLETED : status.started() ? STARTED : NONE;
        }
    }

    private record Key(String packId, String moduleId, Mark mark, String language, String openAction) {
    }
}
