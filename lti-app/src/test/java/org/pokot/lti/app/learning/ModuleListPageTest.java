package org.pokot.lti.app.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.pokot.lti.app.learning.GradeDeliveryReports.Problem;
import org.pokot.lti.app.learning.GradeDeliveryReports.Report;
import org.pokot.lti.app.pack.PackCatalog;
import org.pokot.lti.app.pack.PackModel.ContentPack;
import org.pokot.lti.app.testing.AppMessages;
import org.pokot.lti.app.testing.AppTemplates;

/** The module list rendered once per pack, language and context path and filled per request is the page Thymeleaf renders. */
class ModuleListPageTest {

    private final ResourceBundleMessageSource messages = AppMessages.bundled();
    private final ModuleListPage page = new ModuleListPage(new FragmentRenderer(AppTemplates.engine(messages)));
    private final ContentPack pack = new PackCatalog(Optional.empty()).packs().get(0);

    @ParameterizedTest
    @CsvSource({"en,''", "fi,''", "fi,/tool", "en,/tool"})
    void htmlWhenNoReportThenSameAsThymeleafRendersIt(String language, String contextPath) {
        String header = header("Ääni \"Öljy\" &amp; 😀");
        List<String> cards = List.of("<li class=\"card\">A &lt;1&gt;</li>", "<li class=\"card\">B</li>");

        String filled = page.page(pack, language, contextPath, out -> out.write(header), cards, null).html();

        assertThat(filled).isEqualTo(page.render(pack, language, contextPath, header, cards, null));
        assertThat(filled).contains(header, String.join("", cards)).doesNotContain("pokot-slot");
    }

    @Test
    void htmlWhenUnderAContextPathThenItsStylesheetAndScriptAreUnderIt() {
        Document html = Jsoup.parse(html("fi", "/tool", "A", List.of(), null));

        assertThat(html.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/tool/css/app.css");
        assertThat(html.selectFirst("script").attr("src")).isEqualTo("/tool/js/launch.js");
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(html.selectFirst("h1").text()).isEqualTo(pack.title().in("fi"));
        assertThat(html.title()).isEqualTo(pack.title().in("fi"));
    }

    @Test
    void htmlWhenAskedForTwoLearnersThenEachSeesOnlyTheirOwnHeaderAndCards() {
        String first = html("en", "", "Aino", List.of("<li id=\"c1\">started</li>"), null);
        String second = html("en", "", "Bertil", List.of("<li id=\"c2\">new</li>"), null);

        assertThat(first).contains("Aino", "c1").doesNotContain("Bertil", "c2");
        assertThat(second).contains("Bertil", "c2").doesNotContain("Aino", "c1");
        assertThat(Jsoup.parse(second).select("ul.module-list > li")).hasSize(1);
    }

    @Test
    void htmlWhenATeachersReportThenEachRequestShowsItsOwnReport() {
        Report quiet = new Report(0, 3, List.of());
        Report refused = new Report(1, 2, List.of(new Problem("4711", pack.modules().get(0).id(), false,
                "grade refused", Instant.parse("2026-12-02T10:15:00Z"))));

        Document first = Jsoup.parse(html("en", "", "T", List.of(), quiet));
        Document second = Jsoup.parse(html("en", "", "T", List.of(), refused));

        assertThat(first.getElementById("delivery-no-problems")).isNotNull();
        assertThat(second.getElementById("delivery-problems").text()).contains("4711", "grade refused");
        assertThat(Jsoup.parse(html("en", "", "L", List.of(), null))
                .getElementById("grade-delivery")).isNull();
    }

    private static String header(String name) {
        return "<header class=\"context-bar\" id=\"launch\"><strong id=\"user-name\">" + name + "</strong></header>";
    }

    private String html(String language, String contextPath, String name, List<String> cards, Report delivery) {
        return page.page(pack, language, contextPath, out -> out.write(header(name)), cards, delivery).html();
    }
}
