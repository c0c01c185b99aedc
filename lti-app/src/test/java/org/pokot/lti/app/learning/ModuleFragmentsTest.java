package org.pokot.lti.app.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.pokot.lti.app.learning.ModuleStatuses.ModuleStatus;
import org.pokot.lti.app.pack.ModuleFacts;
import org.pokot.lti.app.pack.PackCatalog;
import org.pokot.lti.app.pack.PackModel.ContentPack;
import org.pokot.lti.app.testing.AppMessages;
import org.pokot.lti.app.testing.AppTemplates;

/** The module list's cards and a module page's top, rendered from the app's own template and messages, outside a request. */
class ModuleFragmentsTest {

    private static final String OPEN = "/tool/learn/module";

    private final ResourceBundleMessageSource messages = AppMessages.bundled();
    private final ModuleFacts facts = new ModuleFacts(messages);
    private final ModuleFragments fragments = new ModuleFragments(new FragmentRenderer(AppTemplates.engine(messages)), facts);
    private final ContentPack pack = new PackCatalog(Optional.empty()).packs().get(0);
    private final String first = pack.modules().get(0).id();
    private final String second = pack.modules().get(1).id();

    @Test
    void cardsWhenMarkedThenEachModuleSaysItsOwnMarkInThePagesLanguage() {
        Map<String, ModuleStatus> statuses = Map.of(first, new ModuleStatus(true, true),
                second, new ModuleStatus(false, true));

        List<Element> fi = parse(fragments.cards(pack, statuses, "fi", OPEN));
        List<Element> en = parse(fragments.cards(pack, statuses, "en", OPEN));

        assertThat(fi).hasSize(pack.modules().size());
        assertThat(fi.get(0).select("strong.status-done").text()).isEqualTo("Suoritettu");
        assertThat(fi.get(1).text()).contains("Aloitettu").doesNotContain("Suoritettu");
        assertThat(fi.get(2).text()).doesNotContain("Aloitettu", "Suoritettu");
        assertThat(en.get(0).select("strong.status-done").text()).isEqualTo("Completed");
        assertThat(en.get(0).select("h3").text()).isEqualTo(pack.modules().get(0).title().in("en"));
        assertThat(fi.get(0).select("h3").text()).isEqualTo(pack.modules().get(0).title().in("fi"));
    }

    @Test
    void cardButtonWhenRenderedThenPostsTheNavigationFormToTheGivenActionWithItsModule() {
        Element button = parse(fragments.cards(pack, Map.of(), "en", OPEN)).get(1).selectFirst("button");

        assertThat(button.id()).isEqualTo("open-" + second);
        assertThat(button.attr("form")).isEqualTo("nav");
        assertThat(button.attr("formaction")).isEqualTo(OPEN);
        assertThat(button.attr("name")).isEqualTo("module");
        assertThat(button.attr("value")).isEqualTo(second);
    }

    @Test
    void cardsWhenAskedAgainThenTheSameRenderingIsReused() {
        List<String> once = fragments.cards(pack, Map.of(first, new ModuleStatus(false, true)), "fi", OPEN);
        List<String> again = fragments.cards(pack, Map.of(first, new ModuleStatus(false, true)), "fi", OPEN);
        List<String> otherMark = fragments.cards(pack, Map.of(first, new ModuleStatus(true, true)), "fi", OPEN);

        assertThat(again.get(0)).isSameAs(once.get(0));
        assertThat(again.get(1)).isSameAs(once.get(1));
        assertThat(otherMark.get(0)).isNotEqualTo(once.get(0));
        assertThat(otherMark.get(1)).isSameAs(once.get(1));
    }

    @Test
    void aboutWhenRenderedThenTitleFactsAndEveryOutcomeInThePagesLanguage() {
        var module = pack.modules().get(0);
        String html = fragments.about(pack, module, "fi");
        org.jsoup.nodes.Document about = Jsoup.parseBodyFragment(html);

        assertThat(about.getElementById("module-title").text()).isEqualTo(module.title().in("fi"));
        assertThat(about.select("dl.facts dd").eachText())
                .containsExactly(facts.workload(module, "fi"), facts.level(module, "fi"));
        assertThat(about.select("ul li").eachText())
                .containsExactlyElementsOf(module.learningOutcomes().stream().map(o -> o.in("fi")).toList());
        assertThat(fragments.about(pack, module, "fi")).isSameAs(html);
        assertThat(fragments.about(pack, module, "en")).contains(module.title().in("en"));
    }

    private static List<Element> parse(List<String> html) {
        return html.stream().map(card -> Jsoup.parseBodyFragment("<ul>" + card + "</ul>").selectFirst("li.card"))
                .toList();
    }
}
