package org.pokot.lti.app.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.pokot.lti.app.pack.PackModel.Module;

class PackCatalogTest {

    @TempDir
    Path folder;

    @Test
    void catalogWhenBundledOnlyThenPokotPackWithRenderedUnits() {
        PackCatalog catalog = new PackCatalog(Optional.empty());

        var ref = catalog.module("pokot", "recognition-of-prior-learning").orElseThrow();
        Module module = ref.module();
        assertThat(catalog.packs()).extracting(p -> p.id()).contains("pokot");
        assertThat(ref.pack().modules()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(catalog.unitHtml(ref.pack(), module, module.units().get(0), "fi")).startsWith("<h1");
        assertThat(catalog.unitHtml(ref.pack(), module, module.units().get(0), "en"))
                .isNotEqualTo(catalog.unitHtml(ref.pack(), module, module.units().get(0), "fi"));
    }

    @Test
    void previewWhenShownBesideOtherModulesThenTheFirstUnitWithoutHeadingIds() {
        PackCatalog catalog = new PackCatalog(Optional.empty());
        var ref = catalog.module("pokot", "recognition-of-prior-learning").orElseThrow();
        Module module = ref.module();

        String unit = catalog.unitHtml(ref.pack(), module, module.units().get(0), "fi");
        String preview = catalog.previewHtml(ref.pack(), module, "fi");

        assertThat(unit).containsPattern("<h[1-6] id=\"");
        assertThat(preview).startsWith("<h1").doesNotContain(" id=\"");
        assertThat(preview.replaceAll(" id=\"[^\"]*\"", "")).isEqualTo(unit.replaceAll(" id=\"[^\"]*\"", ""));
    }

    @Test
    void catalogWhenFolderPackThenLoadedBesideBundledOnes() throws IOException {
        writePack("school-pack", "units/intro.en.md", "# Hello\n\nA school's own unit.");

        PackCatalog catalog = new PackCatalog(Optional.of(folder));

        var ref = catalog.module("school-pack", "basics").orElseThrow();
        assertThat(catalog.unitHtml(ref.pack(), ref.module(), ref.module().units().get(0), "en"))
                .contains("<p>A school's own unit.</p>");
        assertThat(catalog.pack("pokot")).isPresent();
    }

    @Test
    void catalogWhenUnitFileLeavesPackFolderThenRefusesToStart() throws IOException {
        Files.writeString(folder.resolve("secret.md"), "outside");
        writePack("escaping-pack", "../secret.md", null);

        assertThatThrownBy(() -> new PackCatalog(Optional.of(folder)))
                .hasMessageContaining("escaping-pack").hasMessageContaining("outside the pack folder");
    }

    @Test
    void catalogWhenFolderModuleHasNoUnitsThenRefusesToStartNamingIt() throws IOException {
        writePack("empty-pack", "units/intro.en.md", "# Hello");
        Path manifest = folder.resolve("empty-pack/pack.yaml");
        Files.writeString(manifest, Files.readString(manifest).replaceAll(
                "(?s)    units:\\n      - id: intro\\n        title: \\{en: Intro\\}\\n        file: \\{en: [^}]*\\}\\n",
                "    units: []\n"));

        assertThatThrownBy(() -> new PackCatalog(Optional.of(folder)))
                .hasMessageContaining("empty-pack").hasMessageContaining("module basics needs units");
    }

    private void writePack(String id, String unitFile, String unitText) throws IOException {
        Path pack = Files.createDirectories(folder.resolve(id));
        if (unitText != null) {
            Files.createDirectories(pack.resolve(unitFile).getParent());
            Files.writeString(pack.resolve(unitFile), unitText);
        }
        Files.writeString(pack.resolve("pack.yaml"), """
                schemaVersion: 1
                id: %s
                version: 1.0.0
                languages: [en]
                title: {en: A school pack}
                licence: CC-BY-4.0
                authors: [{name: A school}]
                awardingBody: {name: {en: A school}, countries: [FI]}
                modules:
                  - id: basics
                    title: {en: Basics}
                    summary: {en: The basics.}
                    learningOutcomes: [{en: Knows the basics.}]
                    workload: {hours: 1, ects: 0.1}
                    level: {eqf: 4}
                    prerequisites: []
                    units:
                      - id: intro
                        title: {en: Intro}
                        file: {en: %s}
                    maxScore: 1
                    assessment:
                      passThreshold: 100
                      attemptsAllowed: unlimited
                      questions:
                        - id: q1
                          type: single
                          prompt: {en: Ready?}
                          options:
                            - {id: y, text: {en: Yes}, correct: true, feedback: {en: Good.}}
                            - {id: n, text: {en: No}, correct: false, feedback: {en: Read again.}}
                    microCredential:
                      title: {en: Basics}
                      assessmentType: {method: online-test, description: {en: A test.}}
                      participationForm: online
                      qualityAssurance: {en: Reviewed.}
                """.formatted(id, unitFile));
    }
}
