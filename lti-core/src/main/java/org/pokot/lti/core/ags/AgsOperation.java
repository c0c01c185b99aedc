package org.pokot.lti.core.ags;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pokot.lti.core.service.ServiceOperation;

/**
 * The AGS calls, their scopes and what a status means for each, in words. Moodle's score and result errors carry
 * their detail only in the HTTP reason phrase, which the JDK client cannot read; these words stand in for it. The
 * causes named come from Moodle's {@code mod/lti/service/gradebookservices}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#line-item-service-scope-and-allowed-http-methods">AGS 2.0, scopes and allowed methods</a>
 */
enum AgsOperation implements ServiceOperation {

    ACCESS("getting an access token for the grade service", AgsScopes.ALL, Map.of()),
    LIST_LINE_ITEMS("listing line items", Set.of(AgsScopes.LINE_ITEM, AgsScopes.LINE_ITEM_READ_ONLY), Map.of(
            400, "the platform refused the request: the media type or a filter is not one it accepts",
            403, "the tool is not allowed in this course",
            404, "the course does not exist on the platform")),
    GET_LINE_ITEM("reading a line item", Set.of(AgsScopes.LINE_ITEM, AgsScopes.LINE_ITEM_READ_ONLY), Map.of(
            403, "the tool is not allowed in this course",
            404, "the line item or its course no longer exists, or belongs to another tool")),
    CREATE_LINE_ITEM("creating a line item", Set.of(AgsScopes.LINE_ITEM), Map.of(
            400, "the platform refused the line item: the label or scoreMaximum is missing or invalid",
            403, "the resourceLinkId does not belong to this tool in this course",
            404, "the course does not exist on the platform")),
    UPDATE_LINE_ITEM("updating a line item", Set.of(AgsScopes.LINE_ITEM), Map.of(
            400, "the platform refused the line item: the label, scoreMaximum or resourceLinkId is missing or invalid",
            403, "the resourceLinkId does not belong to this tool in this course",
            404, "the line item or its course no longer exists, or belongs to another tool")),
    DELETE_LINE_ITEM("deleting a line item", Set.of(AgsScopes.LINE_ITEM), Map.of(
            403, "the platform does not let the tool delete this line item: Moodle deletes only columns the tool "
                    + "created, not the activity's own",
            404, "the line item or its course no longer exists, or belongs to another tool")),
    POST_SCORE("posting a score", Set.of(AgsScopes.SCORE), Map.of(
            400, "the platform refused the score: the user may not be a gradable member of the course (Moodle: "
                    + "enrolled with a role the gradebook grades), or a field of the score is invalid",
            403, "the line item does not belong to this tool or to its resource link",
            404, "the line item or its course no longer exists",
            409, "the platform already holds a score for this user with the same or a later timestamp: this one "
                    + "is superseded")),
    GET_RESULTS("reading results", Set.of(AgsScopes.RESULT_READ_ONLY), Map.of(
            403, "the tool may not read results of this line item (it belongs to another tool, or the result "
                    + "scope is not allowed)",
            404, "the line item or its course no longer exists"));

    private final String description;
    private final Set<String> acceptedScopes;
    private final Map<Integer, String> explanations;

    AgsOperation(String description, Set<String> acceptedScopes, Map<Integer, String> explanations) {
        this.description = description;
        this.acceptedScopes = acceptedScopes;
        this.explanations = explanations;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<String> acceptedScopes() {
        return acceptedScopes;
    }

    @Override
    public Optional<String> explain(int status) {
        return Optional.ofNullable(explanations.get(status));
    }
}
