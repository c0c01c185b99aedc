package org.pokot.lti.app.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.pokot.lti.app.learning.LearnerHeader.Place;
import org.pokot.lti.app.testing.AppMessages;
import org.pokot.lti.app.testing.AppTemplates;
import org.pokot.lti.core.message.LtiRoles;

/** The context bar rendered once per place and filled per learner is the bar Thymeleaf renders for that learner. */
class LearnerHeaderTest {

    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private final ResourceBundleMessageSource messages = AppMessages.bundled();
    private final LearnerHeader header = new LearnerHeader(new FragmentRenderer(AppTemplates.engine(messages)), messages);

    static List<Place> places() {
        return List.of(
                new Place("", "en", "/learn/modules", "pokot", null, null, true, false),
                new Place("/tool", "fi", "/learn/unit", "pokot", "m-1", "u-2", true, false),
                new Place("", "fi", null, "pokot", "m-1", null, false, true),
                new Place("/tool", "en", "/learn/assessment", "pokot", "m-1", null, false, false));
    }

    @ParameterizedTest
    @MethodSource("places")
    void htmlWhenValuesNeedEscapingThenSameAsThymeleafRendersThem(Place place) {
        LearnerSession learner = learner("tok\"en<&>'", "Ääni \"Öljy\" <script>alert(1)</script> & 😀",
                "Kurssi: 'A' & <b>B</b>", "Tehtävä \"1\"", LEARNER);

        String filled = header.html(learner, place);

        assertThat(filled).isEqualTo(header.render(place, learner.token(), learner.userName(),
                header.roleLabel(learner, place.language()),
                learner.contextTitle(), learner.resourceLinkTitle()));
        assertThat(filled).doesNotContain("<script>", "pokot-slot");
    }

    @Test
    void htmlWhenAskedForTwoLearnersThenEachSeesOnlyTheirOwnValues() {
        Place place = places().get(1);
        String first = header.html(learner("token-1", "Aino", "Course A", "Link A", LEARNER), place);
        String second = header.html(learner("token-2", "Bertil", "Course B", "Link B", INSTRUCTOR), place);

        Document page = Jsoup.parseBodyFragment(second);
        assertThat(page.getElementById("user-name").text()).isEqualTo("Bertil");
        assertThat(page.getElementById("role").text()).isEqualTo("Opettaja");
        assertThat(page.getElementById("context").text()).isEqualTo("Course B");
        assertThat(page.getElementById("resource-link").text()).isEqualTo("Link B");
        assertThat(page.getElementById("launch").attr("data-session-token")).isEqualTo("token-2");
        assertThat(page.getElementById("launch").attr("data-session-url")).isEqualTo("/tool/api/session");
        assertThat(page.select("input[name=access_token]").eachAttr("value")).containsExactly("token-2", "token-2");
        assertThat(page.select("form.lang-switch").attr("action")).isEqualTo("/tool/learn/unit");
        assertThat(page.select("form.lang-switch input[name=unit]").val()).isEqualTo("u-2");
        assertThat(page.select("form.lang-switch input[name=lang]").val()).isEqualTo("en");
        assertThat(page.getElementById("nav").attr("action")).isEqualTo("/tool/learn/module");
        assertThat(second).doesNotContain("Aino", "token-1");
        assertThat(first).contains("Aino").doesNotContain("Bertil");
    }

    @Test
    void htmlWhenPageIsFinnishThenTheRoleIsNamedInFinnishAndAnUnknownRoleAsTheLmsNamesIt() {
        Place fi = places().get(1);
        Place en = places().get(0);
        LearnerSession mentor = learner("t", "N", "", "", "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor");
        LearnerSession unknown = learner("t", "N", "", "",
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Auditor");

        assertThat(role(header.html(learner("t", "N", "", "", LEARNER), fi))).isEqualTo("Oppija");
        assertThat(role(header.html(learner("t", "N", "", "", INSTRUCTOR), fi))).isEqualTo("Opettaja");
        assertThat(role(header.html(mentor, fi))).isEqualTo("Mentori");
        assertThat(role(header.html(mentor, en))).isEqualTo("Mentor");
        assertThat(role(header.html(learner("t", "N", "", "", LEARNER), en))).isEqualTo("Learner");
        assertThat(role(header.html(unknown, fi))).isEqualTo("Auditor");
    }

    private static String role(String html) {
        return Jsoup.parseBodyFragment(html).getElementById("role").text();
    }

    @Test
    void htmlWhenALearnersValueLooksLikeAMarkerThenItIsShownAsWritten() {
        LearnerSession learner = learner("token-1", "pokot-slot-token-7e1c", "", "", LEARNER);

        Document page = Jsoup.parseBodyFragment(header.html(learner, places().get(0)));

        assertThat(page.getElementById("user-name").text()).isEqualTo("pokot-slot-token-7e1c");
        assertThat(page.getElementById("launch").attr("data-session-token")).isEqualTo("token-1");
    }

    @Test
    void htmlWhenTheLearnerHasNoNameThenTheNameIsEmpty() {
        LearnerSession learner = learner("token-1", null, "", "", LEARNER);

        Document page = Jsoup.parseBodyFragment(header.html(learner, places().get(0)));

        assertThat(page.getElementById("user-name").text()).isEmpty();
    }

    @Test
    void placeWhenInstructorOfUnconfirmedDeploymentThenPreviewAndNoticeShown() {
        LearnerSession instructor = new LearnerSession("t", null, "N", LtiRoles.of(List.of(INSTRUCTOR)), "", "",
                "fi", Optional.empty(), Optional.empty(), true);
        Place place = Place.of(instructor, "", "fi", "/learn/modules", "pokot", null, null);

        Document page = Jsoup.parseBodyFragment(header.html(instructor, place));

        assertThat(page.getElementById("preview-note")).isNotNull();
        assertThat(page.getElementById("unconfirmed-deployment")).isNotNull();
        assertThat(page.select("form.lang-switch input[name=lang]").val()).isEqualTo("en");
        Document learnerPage = Jsoup.parseBodyFragment(header.html(learner("t", "N", "", "", LEARNER),
                Place.of(learner("t", "N", "", "", LEARNER), "", "fi", "/learn/modules", "pokot", null, null)));
        assertThat(learnerPage.getElementById("preview-note")).isNull();
        assertThat(learnerPage.getElementById("unconfirmed-deployment")).isNull();
    }

    private static LearnerSession learner(String token, String name, String context, String link, String role) {
        return new LearnerSession(token, null, name, LtiRoles.of(List.of(role)), context, link, "en",
                Optional.empty(), Optional.empty(), false);
    }
}
