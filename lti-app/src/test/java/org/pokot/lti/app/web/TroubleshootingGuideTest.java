package org.pokot.lti.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import org.pokot.lti.core.error.LtiError;

/** Every error page links to {@code /docs/troubleshooting#<code>}: the guide must have that section for each code. */
class TroubleshootingGuideTest {

    @Test
    void guideWhenBundledThenOneSectionPerErrorCodeInEnumOrder() throws IOException {
        String guide = new ClassPathResource("docs/troubleshooting.md").getContentAsString(StandardCharsets.UTF_8);
        List<String> sections = guide.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3).strip())
                .filter(s -> Arrays.stream(LtiError.values()).anyMatch(e -> e.code().equals(s)))
                .toList();

        assertThat(sections).containsExactlyElementsOf(Arrays.stream(LtiError.values()).map(LtiError::code).toList());
    }
}
