package org.pokot.lti.app.learning;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.pokot.lti.app.learning.GradeDeliveryReports.Report;
import org.pokot.lti.app.pack.PackModel.ContentPack;

/**
 * The module list ({@code learn/modules}), the first page of a launch whose activity names no module. Around the
 * learner's header and cards (each already rendered, {@link LearnerHeader}, {@link ModuleFragments}) it depends
 * only on the pack, the language and the context path, so it is rendered once per those with markers where the
 * header and the cards go, and filled per request: Thymeleaf's work per page was a tenth of a launch's CPU
 * (docs/performance.md). A teacher's list carries the grade delivery report and is rendered whole each time.
 */
@Component
class ModuleListPage {

    private static final String TEMPLATE = "learn/modules";
    private static final List<String> MARKERS = List.of("pokot-slot-header-7e1c", "pokot-slot-cards-7e1c");

    private final FragmentRenderer renderer;
    private final Map<Key, SlottedHtml> shells = new ConcurrentHashMap<>();

    ModuleListPage(FragmentRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The page.
     *
     * @param header the learner's context bar
     * @param cards the pack's cards, in its order
     * @param delivery the report a teacher sees, or null for none
     */
    HtmlPart page(ContentPack pack, String language, String contextPath, HtmlPart header, List<String> cards,
                  Report delivery) {
        if (delivery != null) {
            String html = render(pack, language, contextPath, header.html(), cards, delivery);
            return out -> out.write(html);
        }
        return shells.computeIfAbsent(new Key(pack.id(), language, contextPath), key -> SlottedHtml.split(
                render(pack, language, contextPath, MARKERS.get(0), List.of(MARKERS.get(1)), null), MARKERS))
                .joined(header, out -> {
                    for (String card : cards) {
                        out.write(card);
                    }
                });
    }

    /** The page as Thymeleaf renders it; {@link #page} writes the same text. */
    String render(ContentPack pack, String language, String contextPath, String header, List<String> cards,
                  Report delivery) {
        return renderer.render(TEMPLATE, null, language, contextPath, context -> {
            context.setVariable("pack", pack);
            context.setVariable("header", header);
            context.setVariable("cards", cards);
            context.setVariable("delivery", delivery);
        });
    }

    private record Key(String packId, String language, String contextPath) {
    }
}
