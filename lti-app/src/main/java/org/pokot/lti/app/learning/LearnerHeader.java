package org.pokot.lti.app.learning;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The context bar at the top of every learner page ({@code learn/fragments :: header}): who, where, the language
 * switch and the navigation form with the session token. Its markup depends only on the page's {@link Place}, its
 * text on the learner, so it is rendered once per place with markers where the learner's values go and filled in
 * per request. It was the larger part of rendering a launch's first page (docs/performance.md). The cache is
 * bounded by the packs' modules and units, which do not change while the tool runs.
 */
@Component
class LearnerHeader {

    private static final List<String> MARKERS = List.of("pokot-slot-token-7e1c", "pokot-slot-name-7e1c",
            "pokot-slot-role-7e1c", "pokot-slot-context-7e1c", "pokot-slot-link-7e1c");

    private final FragmentRenderer renderer;
    private final MessageSource messages;
    private final Map<Place, SlottedHtml> shells = new ConcurrentHashMap<>();

    LearnerHeader(FragmentRenderer renderer, MessageSource messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    /** The header's HTML for {@code th:utext}, every value in it escaped. */
    String html(LearnerSession learner, Place place) {
        return part(learner, place).html();
    }

    /** The header, to be written into a page made of parts. */
    HtmlPart part(LearnerSession learner, Place place) {
        return shells.computeIfAbsent(place, this::shell).filled(learner.token(), learner.userName(),
                roleLabel(learner, place.language()), learner.contextTitle(), learner.resourceLinkTitle());
    }

    /** The learner's role in the page's language; a role the messages do not name is shown as the LMS names it. */
    String roleLabel(LearnerSession learner, String language) {
        String role = learner.roleLabel();
        return messages.getMessage("learn.role." + role, null, role, Locale.forLanguageTag(language));
    }

    /** The header as Thymeleaf renders it with these values; {@link #html} gives the same text. */
    String render(Place place, String token, String userName, String roleLabel, String contextTitle,
                  String resourceLinkTitle) {
        View view = new View(place, token, userName, roleLabel, contextTitle, resourceLinkTitle);
        return renderer.render("learn/fragments", "header", place.language(), place.contextPath(),
                context -> context.setVariable("h", view));
    }

    private SlottedHtml shell(Place place) {
        return SlottedHtml.split(render(place, MARKERS.get(0), MARKERS.get(1), MARKERS.get(2), MARKERS.get(3),
                MARKERS.get(4)), MARKERS);
    }

    /**
     * Everything the header's markup depends on.
     *
     * @param switchAction where the language switch posts (without the context path), or null for none
     * @param moduleId the page's module, or null on the module list
     * @param unitId the page's unit, or null
     * @param recordsProgress false shows the preview notice
     * @param unconfirmedNotice shows that the deployment waits for an admin
     */
    record Place(String contextPath, String language, String switchAction, String packId, String moduleId,
                 String unitId, boolean recordsProgress, boolean unconfirmedNotice) {

        static Place of(LearnerSession learner, String contextPath, String language, String switchAction,
                        String packId, String moduleId, String unitId) {
            return new Place(contextPath, language, switchAction, packId, moduleId, unitId,
                    learner.recordsProgress(), learner.unconfirmedDeployment() && learner.roles().canManageContent());
        }
    }

    /** The template's variables: the place's links and flags, and the learner's values (or their markers). */
    record View(String token, String userName, String roleLabel, String contextTitle, String resourceLinkTitle,
                String sessionUrl, String switchUrl, String navUrl, String packId, String moduleId, String unitId,
                String otherLanguage, boolean recordsProgress, boolean unconfirmedNotice) {

        View(Place place, String token, String userName, String roleLabel, String contextTitle,
             String resourceLinkTitle) {
            this(token, userName, roleLabel, contextTitle, resourceLinkTitle, place.contextPath() + "/api/session",
                    place.switchAction() == null ? null : place.contextPath() + place.switchAction(),
                    place.contextPath() + "/learn/module", place.packId(), place.moduleId(), place.unitId(),
                    "fi".equals(place.language()) ? "en" : "fi", place.recordsProgress(), place.unconfirmedNotice());
        }
    }
}
