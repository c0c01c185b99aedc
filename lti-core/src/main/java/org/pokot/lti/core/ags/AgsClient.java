package org.pokot.lti.core.ags;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.http.TransportResponse;
import org.pokot.lti.core.service.Acknowledged;
import org.pokot.lti.core.service.PlatformServiceClient;
import org.pokot.lti.core.service.ServiceOutcome;
import org.pokot.lti.core.service.ServicePlatform;
import org.pokot.lti.core.service.ServiceProblem;
import org.pokot.lti.core.service.ServiceRequest;
import org.pokot.lti.core.service.WebLinks;

/**
 * Assignment and Grade Services 2.0 for one tool: line items, scores and results. Every call returns a
 * {@link ServiceOutcome}; none throws for an answer the platform gave.
 * <p>
 * Requests carry the exact AGS media types, never {@code *}{@code /*} (Moodle answers it with 400). Lists follow
 * {@code rel="next"} links to the end. URLs are used as the platform gave them, query included
 * ({@code ?type_id=1} on Moodle), with {@code /scores} and {@code /results} added to the path.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/">Assignment and Grade Services 2.0</a>
 */
public final class AgsClient {

    private final PlatformServiceClient services;
    private final AgsSettings settings;

    public AgsClient(PlatformServiceClient services, AgsSettings settings) {
        this.services = Objects.requireNonNull(services, "services");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** What the platform granted: ask once, then offer only what works. */
    public ServiceOutcome<AgsCapabilities> capabilities(ServicePlatform platform) {
        return services.accessToken(platform, settings.scopes(), AgsOperation.ACCESS)
                .map(token -> new AgsCapabilities(token.scopes()));
    }

    /**
     * Every line item matching {@code query}, across all pages.
     *
     * @param lineItemsUrl the {@code lineitems} URL of the launch's AGS claim
     * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#container-request-filters">AGS 2.0, container request filters</a>
     */
    public ServiceOutcome<List<LineItem>> lineItems(ServicePlatform platform, URI lineItemsUrl, LineItemQuery query) {
        return collect(platform, query.applyTo(lineItemsUrl), AgsOperation.LIST_LINE_ITEMS,
                AgsMediaTypes.LINE_ITEM_CONTAINER, "lineitem container", LineItem::fromJson);
    }

    /** One page; start with {@code query.applyTo(lineItemsUrl)}, go on with {@link LineItemPage#next()}. */
    public ServiceOutcome<LineItemPage> lineItemPage(ServicePlatform platform, URI pageUrl) {
        return page(platform, pageUrl, AgsOperation.LIST_LINE_ITEMS, AgsMediaTypes.LINE_ITEM_CONTAINER,
                "lineitem container", LineItem::fromJson)
                .map(page -> new LineItemPage(page.items(), page.next()));
    }

    public ServiceOutcome<LineItem> lineItem(ServicePlatform platform, URI lineItemUrl) {
        return services.execute(platform, request(AgsOperation.GET_LINE_ITEM, "GET", lineItemUrl,
                Map.of("Accept", AgsMediaTypes.LINE_ITEM), null), response -> readLineItem(response, true));
    }

    /**
     * Creates a column; the answer holds its id. Moodle creates it as a manual grade item tied to the tool.
     *
     * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#creating-a-new-line-item">AGS 2.0, creating a new line item</a>
     */
    public ServiceOutcome<LineItem> createLineItem(ServicePlatform platform, URI lineItemsUrl, LineItem lineItem) {
        Map<String, Object> json = lineItem.toJson();
        json.remove("id");
        return services.execute(platform, request(AgsOperation.CREATE_LINE_ITEM, "POST", lineItemsUrl,
                Map.of("Content-Type", AgsMediaTypes.LINE_ITEM, "Accept", AgsMediaTypes.LINE_ITEM), json),
                response -> readLineItem(response, true));
    }

    /** Replaces the line item at {@code lineItem.id()}; a platform that answers without a body gets it back as sent. */
    public ServiceOutcome<LineItem> updateLineItem(ServicePlatform platform, LineItem lineItem) {
        URI id = lineItem.id().orElseThrow(() -> new IllegalArgumentException("only a line item with an id can be updated"));
        return services.execute(platform, request(AgsOperation.UPDATE_LINE_ITEM, "PUT", id,
                Map.of("Content-Type", AgsMediaTypes.LINE_ITEM, "Accept", AgsMediaTypes.LINE_ITEM), lineItem.toJson()),
                response -> response.bodyText().isBlank() ? lineItem : readLineItem(response, false));
    }

    public ServiceOutcome<Acknowledged> deleteLineItem(ServicePlatform platform, URI lineItemUrl) {
        return services.execute(platform, request(AgsOperation.DELETE_LINE_ITEM, "DELETE", lineItemUrl, Map.of(),
                null), response -> new Acknowledged(lineItemUrl, response.status()));
    }

    /**
     * Posts a score to {@code <lineItem>/scores}. Moodle answers 200 with an empty body; a 409 there means the score
     * is superseded.
     *
     * @param lineItemUrl the launch's {@code lineitem} or a {@link LineItem#id()}
     * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service">AGS 2.0, score publish service</a>
     */
    public ServiceOutcome<Acknowledged> postScore(ServicePlatform platform, URI lineItemUrl, Score score) {
        URI scores = AgsUrls.scores(lineItemUrl);
        return services.execute(platform, request(AgsOperation.POST_SCORE, "POST", scores,
                Map.of("Content-Type", AgsMediaTypes.SCORE), score.toJson()),
                response -> new Acknowledged(scores, response.status()));
    }

    /**
     * The results of a line item, of one learner when {@code userId} is given, across all pages.
     *
     * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#result-service">AGS 2.0, result service</a>
     */
    public ServiceOutcome<List<Result>> results(ServicePlatform platform, URI lineItemUrl, Optional<String> userId) {
        URI results = AgsUrls.results(lineItemUrl);
        if (userId.isPresent()) {
            results = AgsUrls.withQuery(results, Map.of("user_id", userId.get()));
        }
        return collect(platform, results, AgsOperation.GET_RESULTS, AgsMediaTypes.RESULT_CONTAINER,
                "result container", Result::fromJson);
    }

    private <E> ServiceOutcome<List<E>> collect(ServicePlatform platform, URI first, AgsOperation operation,
                                                String mediaType, String what,
                                                Function<Map<String, Object>, E> parser) {
        List<E> all = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        URI next = first;
        for (int pages = 0; ; pages++) {
            if (pages == settings.maxPages()) {
                return invalid(operation, "the platform's paging did not end after " + pages + " pages");
            }
            if (!seen.add(next)) {
                return invalid(operation, "the platform's paging links loop back to " + next);
            }
            ServiceOutcome<Page<E>> page = page(platform, next, operation, mediaType, what, parser);
            if (!(page instanceof ServiceOutcome.Success<Page<E>> success)) {
                return ((ServiceOutcome.Failure<Page<E>>) page).retype();
            }
            all.addAll(success.value().items());
            if (success.value().next().isEmpty()) {
                return new ServiceOutcome.Success<>(List.copyOf(all));
            }
            next = success.value().next().get();
        }
    }

    private <E> ServiceOutcome<Page<E>> page(ServicePlatform platform, URI pageUrl, AgsOperation operation,
                                            String mediaType, String what, Function<Map<String, Object>, E> parser) {
        return services.execute(platform, request(operation, "GET", pageUrl, Map.of("Accept", mediaType), null),
                response -> {
                    List<E> items = new ArrayList<>();
                    for (Map<String, Object> item : AgsJson.parseArray(response.bodyText(), what)) {
                        items.add(parser.apply(item));
                    }
                    Optional<URI> next = WebLinks.of(response, pageUrl).next();
                    if (next.isPresent() && !AgsUrls.sameOrigin(next.get(), pageUrl)) {
                        throw new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID, "the next page link points "
                                + "to " + next.get().getScheme() + "://" + next.get().getAuthority()
                                + ", not to the platform the page came from; the token is not sent there");
                    }
                    return new Page<>(items, next);
                });
    }

    private static LineItem readLineItem(TransportResponse response, boolean idRequired) {
        LineItem item = LineItem.fromJson(AgsJson.parseObject(response.bodyText(), "lineitem"));
        if (idRequired && item.id().isEmpty()) {
            throw new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID, "the lineitem has no id");
        }
        return item;
    }

    private ServiceRequest request(AgsOperation operation, String method, URI uri, Map<String, String> headers,
                                   Map<String, Object> json) {
        byte[] body = json == null ? null : JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8);
        return ServiceRequest.of(operation, settings.scopes(), method, uri, headers, body);
    }

    private static <T> ServiceOutcome<T> invalid(AgsOperation operation, String explanation) {
        return new ServiceOutcome.Refused<>(new ServiceProblem(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID,
                operation.description(), OptionalInt.empty(), "", explanation));
    }

    private record Page<E>(List<E> items, Optional<URI> next) {
    }
}
