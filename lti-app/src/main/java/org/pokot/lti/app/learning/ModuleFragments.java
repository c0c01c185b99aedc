package org.pokot.lti.app.learning;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.pokot.lti.app.learning.ModuleStatuses.ModuleStatus;
import org.pokot.lti.app.pack.ModuleFacts;
import org.pokot.lti.app.pack.PackModel.ContentPack;
import org.pokot.lti.app.pack.PackModel.Module;

/**
 * The parts of the learner pages that depend on nothing but a module, the page's language and at most a mark:
 * the module list's cards ({@code learn/fragments :: card}) and the top of a module's page ({@code :: about}),
 * rendered once and then reused. These pages are the first page of every launch, and these parts were two fifths
 * of the module list's rendering (docs/performance.md). The cache is bounded by the packs, which do not change
 * while the tool runs; the HTML is for {@code th:utext}, every value in it escaped when rendered.
 */
@Component
class ModuleFragments {

    private final FragmentRenderer renderer;
    private final ModuleFacts facts;
    private final Map<Key, String> rendered = new ConcurrentHashMap<>();

    ModuleFragments(FragmentRenderer renderer, ModuleFacts facts) {
        this.renderer = renderer;
        this.facts = facts;
    }

    /**
     * The pack's cards, in its order.
     *
     * @param statuses by module id, as {@link ModuleStatuses#of} gives them; a module with none is unmarked
     * @param openAction where a card's button posts, with the request's context path
     */
    List<String> cards(ContentPack pack, Map<String, ModuleStatus> statuses, String language, String openAction) {
        return pack.modules().stream().map(module -> render(
                new Key("card", pack.id(), module.id(), Mark.of(statuses.get(module.id())), language, openAction),
                module)).toList();
    }

    /** The module's title, summary, workload, level and learning outcomes. */
    String about(ContentPack pack, Module module, String language) {
        return render(new Key("about", pack.id(), module.id(), Mark.NONE, language, ""), module);
    }

    private String render(Key key, Module module) {
        // no @{…} links in these fragments: the card's action comes with its context path
        return rendered.computeIfAbsent(key, k -> renderer.render("learn/fragments", k.fragment(), k.language(), null,
                context -> {
                    context.setVariable("m", module);
                    context.setVariable("mark", k.mark().name());
                    context.setVariable("workload", facts.workload(module, k.language()));
                    context.setVariable("level", facts.level(module, k.language()));
                    context.setVariable("openAction", k.openAction());
                }));
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

    private record Key(String fragment, String packId, String moduleId, Mark mark, String language,
                       String openAction) {
    }
}
