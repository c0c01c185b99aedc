package org.pokot.lti.core.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pokot.lti.core.testing.LtiAssertions.assertLtiError;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;

class LineItemQueryTest {

    @Test
    void fromQueryParametersWhenWrittenByToQueryParametersThenSameQuery() {
        LineItemQuery query = LineItemQuery.all().withResourceLinkId("1").withResourceId("extra-1").withTag("lab")
                .withLimit(10);

        assertThat(query.toQueryParameters()).containsExactly(Map.entry("resource_link_id", "1"),
                Map.entry("resource_id", "extra-1"), Map.entry("tag", "lab"), Map.entry("limit", "10"));
        assertThat(LineItemQuery.fromQueryParameters(query.toQueryParameters())).isEqualTo(query);
    }

    @Test
    void applyToWhenMoodleUrlThenFiltersAfterTypeId() {
        URI url = LineItemQuery.all().withTag("lab").applyTo(URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1"));

        assertThat(url).isEqualTo(URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1&tag=lab"));
    }

    @Test
    void allWhenAppliedThenUrlUnchanged() {
        URI url = URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1");

        assertThat(LineItemQuery.all().applyTo(url)).isEqualTo(url);
        assertThat(LineItemQuery.all().toQueryParameters()).isEmpty();
    }

    @Test
    void limitWhenBelowOneOrNotANumberThenRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> LineItemQuery.all().withLimit(0));
        assertLtiError(() -> LineItemQuery.fromQueryParameters(Map.of("limit", "ten")),
                LtiError.PLATFORM_SERVICE_RESPONSE_INVALID);
    }
}
