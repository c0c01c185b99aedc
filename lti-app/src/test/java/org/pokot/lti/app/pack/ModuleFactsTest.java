package org.pokot.lti.app.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.pokot.lti.app.testing.AppMessages;

import org.pokot.lti.app.pack.PackModel.Level;
import org.pokot.lti.app.pack.PackModel.Module;
import org.pokot.lti.app.pack.PackModel.Workload;

class ModuleFactsTest {

    private final ResourceBundleMessageSource messages = AppMessages.bundled();
    private final ModuleFacts facts = new ModuleFacts(messages);
    private final Module bundled = new PackCatalog(Optional.empty()).module("pokot", "recognition-of-prior-learning")
            .orElseThrow().module();

    @Test
    void workloadWhenFractionalCreditsThenInTheLanguagesNumberFormat() {
        Module module = with(new Workload(13.5, 0.5), new Level(5));

        assertThat(facts.workload(module, "en")).isEqualTo("13.5 hours, 0.5 ECTS");
        assertThat(facts.workload(module, "fi")).isEqualTo("13,5 tuntia, 0,5 op");
        assertThat(facts.level(module, "fi")).isEqualTo("EQF 5");
    }

    @Test
    void factsWhenAskedAgainThenTheSameAsTheMessageSourceFormatsThem() {
        for (String language : new String[] {"en", "fi"}) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(language);
            String expected = messages.getMessage("learn.module.workloadValue",
                    new Object[] {bundled.workload().hours(), bundled.workload().ects()}, locale);

            assertThat(facts.workload(bundled, language)).isEqualTo(expected);
            assertThat(facts.workload(bundled, language)).isEqualTo(expected);
            assertThat(facts.level(bundled, language)).isEqualTo(messages.getMessage("learn.module.levelValue",
                    new Object[] {bundled.level().eqf()}, locale));
        }
    }

    private Module with(Workload workload, Level level) {
        return new Module(bundled.id(), bundled.title(), bundled.summary(), bundled.learningOutcomes(), workload, level,
                bundled.prerequisites(), bundled.units(), bundled.maxScore(), bundled.assessment(),
                bundled.microCredential());
    }
}
