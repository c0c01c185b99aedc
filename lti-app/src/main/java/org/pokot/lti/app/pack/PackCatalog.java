package org.pokot.lti.app.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.pokot.lti.app.config.LtiProperties;
import org.pokot.lti.app.pack.PackModel.ContentPack;
import org.pokot.lti.app.pack.PackModel.Module;
import org.pokot.lti.app.pack.PackModel.Unit;

/**
 * Every content pack the tool serves: the bundled ones on the classpath ({@code packs/<id>/pack.yaml}) and those in
 * the folder {@code lti.packs.directory}, where a school adds its own without rebuilding. Read and rendered once
 * at start, so a page costs no parsing. A folder pack with a bundled pack's id replaces it.
 */
@Component
public class PackCatalog {

    private static final Logger log = LoggerFactory.getLogger(PackCatalog.class);

    private final ObjectMapper yaml = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final UnitRenderer renderer = new UnitRenderer();
    private final Map<String, ContentPack> packs = new LinkedHashMap<>();
    private final Map<String, String> html = new LinkedHashMap<>();
    /** Each module's first unit without heading ids, for pages that show several modules' openings. */
    private final Map<String, String> previews = new LinkedHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    PackCatalog(LtiProperties properties) {
        this(properties.packs().directory());
    }

    /** The bundled packs, and those of {@code directory} when given. */
    public PackCatalog(Optional<Path> directory) {
        loadBundled();
        directory.ifPresent(this::loadFolder);
        if (packs.isEmpty()) {
            throw new IllegalStateException("no content packs found on the classpath or in lti.packs.directory");
        }
        log.info("Content packs: {}", packs.values().stream().map(p -> p.id() + " " + p.version()).toList());
    }

    public List<ContentPack> packs() {
        return List.copyOf(packs.values());
    }

    public Optional<ContentPack> pack(String packId) {
        return Optional.ofNullable(packs.get(packId));
    }

    /** The module with this id, in the named pack or, without a pack id, in any pack. */
    public Optional<ModuleRef> module(String packId, String moduleId) {
        Stream<ContentPack> candidates = packId == null || packId.isBlank() ? packs.values().stream()
                : pack(packId).stream();
        return candidates.flatMap(p -> p.module(moduleId).map(m -> new ModuleRef(p, m)).stream()).findFirst();
    }

    /** The rendered HTML of a unit in a language, falling back to English. */
    public String unitHtml(ContentPack pack, Module module, Unit unit, String language) {
        return inLanguage(html, pack, module, unit.id(), language);
    }

    /** The opening of the module (its first unit) for the content selection, in the language or else English. */
    public String previewHtml(ContentPack pack, Module module, String language) {
        return inLanguage(previews, pack, module, "", language);
    }

    private static String inLanguage(Map<String, String> rendered, ContentPack pack, Module module, String unitId,
                                     String language) {
        String inLanguage = rendered.get(key(pack.id(), module.id(), unitId, language));
        return inLanguage != null ? inLanguage : rendered.getOrDefault(key(pack.id(), module.id(), unitId, "en"), "");
    }

    /** A module with the pack it belongs to. */
    public record ModuleRef(ContentPack pack, Module module) {
    }

    private void loadBundled() {
        try {
            Resource[] manifests = new PathMatchingResourcePatternResolver().getResources("classpath*:packs/*/pack.yaml");
            for (Resource manifest : manifests) {
                String base = manifest.getURL().toString();
                String folder = base.substring(0, base.length() - "pack.yaml".length());
                add(read(manifest.getInputStream()), file -> {
                    Resource unit = manifest.createRelative(file);
                    try (InputStream in = unit.getInputStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }, folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled content packs", e);
        }
    }

    private void loadFolder(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("lti.packs.directory " + directory + " is not a folder");
        }
        try (Stream<Path> folders = Files.list(directory)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("pack.yaml"))).sorted().toList()) {
                try (InputStream in = Files.newInputStream(folder.resolve("pack.yaml"))) {
                    Path root = folder.toRealPath();
                    add(read(in), file -> {
                        Path unit = root.resolve(file).normalize();
                        if (!unit.startsWith(root)) {
                            throw new IOException("unit file " + file + " is outside the pack folder");
                        }
                        return Files.readString(unit);
                    }, folder.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content packs in " + directory, e);
        }
    }

    private ContentPack read(InputStream manifest) {
        return yaml.readValue(manifest, ContentPack.class);
    }

    private void add(ContentPack pack, UnitSource source, String where) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Module module : pack.modules()) {
            // the pack validator checks much more; these are what the pages cannot do without
            if (module.units().isEmpty() || module.assessment() == null
                    || module.assessment().questions().isEmpty() || module.maxScore() <= 0) {
                throw new IllegalStateException("content pack " + pack.id() + " in " + where + ": module "
                        + module.id() + " needs units, assessment questions and a maxScore above 0; run the pack "
                        + "validator (docs/content-authoring.md)");
            }
            for (Unit unit : module.units()) {
                boolean first = unit == module.units().get(0);
                for (Map.Entry<String, String> file : unit.file().entrySet()) {
                    try {
                        String markdown = source.read(file.getValue());
                        html.put(key(pack.id(), module.id(), unit.id(), file.getKey()), renderer.render(markdown));
                        if (first) {
                            previews.put(key(pack.id(), module.id(), "", file.getKey()), renderer.renderPreview(markdown));
                        }
                    } catch (IOException e) {
                        missing.add(file.getValue() + " (" + e.getMessage() + ")");
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("content pack " + pack.id() + " in " + where + " has unreadable units: "
                    + missing + "; run the pack validator (docs/content-authoring.md)");
        }
        packs.put(pack.id(), pack);
    }

    private static String key(String pack, String module, String unit, String language) {
        return pack + "/" + module + "/" + unit + "/" + language;
    }

    @FunctionalInterface
    private interface UnitSource {
        String read(String file) throws IOException;
    }
}
