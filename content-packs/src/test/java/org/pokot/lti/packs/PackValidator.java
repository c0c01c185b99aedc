package org.pokot.lti.packs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates content packs: a folder {@code <pack-id>/} with a {@code pack.yaml} manifest and Markdown unit files.
 * Every problem found is reported (never only the first), each naming the pack, module and item.
 * See docs/content-authoring.md for the format.
 */
public final class PackValidator {

    public static final String MANIFEST = "pack.yaml";
    public static final String SCHEMA_RESOURCE = "/packs/pack.schema.json";
    /** Prefix of a link from one unit to another: {@code unit:<module-id>/<unit-id>[#anchor]}. */
    public static final String UNIT_LINK_PREFIX = "unit:";

    private static final Pattern UNIT_LINK = Pattern.compile("unit:([a-z0-9-]+)/([a-z0-9-]+)(?:#(.*))?");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final Schema schema;
    private final YAMLMapper yaml;
    private final Parser markdown;

    public PackValidator() {
        try (InputStream in = PackValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema not found on the classpath: " + SCHEMA_RESOURCE);
            }
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.yaml = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        this.markdown = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    /**
     * Validates a folder of packs (each sub-folder is one pack), or one pack when the folder itself holds a
     * {@code pack.yaml}.
     */
    public List<Problem> validateFolder(Path folder) {
        List<Problem> problems = new ArrayList<>();
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        if (!Files.isDirectory(folder)) {
            problems.add(new Problem(ProblemCode.NO_PACKS_FOUND, name, null, null,
                    "folder " + folder + " does not exist"));
            return problems;
        }
        if (Files.isRegularFile(folder.resolve(MANIFEST))) {
            return validatePack(folder);
        }
        List<Path> packDirs;
        try (Stream<Path> children = Files.list(folder)) {
            packDirs = children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (packDirs.isEmpty()) {
            problems.add(new Problem(ProblemCode.NO_PACKS_FOUND, name, null, null,
                    "folder " + folder + " holds no pack folder (<pack-id>/" + MANIFEST + ")"));
        }
        for (Path packDir : packDirs) {
            problems.addAll(validatePack(packDir));
        }
        return problems;
    }

    /** Validates one pack folder. */
    public List<Problem> validatePack(Path packDir) {
        return new PackCheck(packDir).run();
    }

    /** The checks of one pack; collects problems as it goes. */
    private final class PackCheck {
        private final Path packDir;
        private final List<Problem> problems = new ArrayList<>();
        private String pack;
        private JsonNode manifest;
        private List<String> languages = List.of();
        /** module id -> unit id -> language -> existing unit file. */
        private final Map<String, Map<String, Map<String, Path>>> unitFiles = new LinkedHashMap<>();
        private final Map<Path, Set<String>> anchorCache = new HashMap<>();

        PackCheck(Path packDir) {
            this.packDir = packDir.toAbsolutePath().normalize();
            this.pack = this.packDir.getFileName().toString();
        }

        List<Problem> run() {
            Path manifestFile = packDir.resolve(MANIFEST);
            if (!Files.isRegularFile(manifestFile)) {
                report(ProblemCode.MANIFEST_MISSING, null, null, "no " + MANIFEST + " in " + packDir);
                return problems;
            }
            try {
                manifest = yaml.readTree(manifestFile.toFile());
            } catch (JacksonException e) {
                report(ProblemCode.MANIFEST_UNREADABLE, null, null,
                        MANIFEST + " is not valid YAML: " + e.getOriginalMessage()
                                + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
                return problems;
            }
            if (manifest == null || !manifest.isObject()) {
                report(ProblemCode.MANIFEST_UNREADABLE, null, null, MANIFEST + " must be a YAML mapping");
                return problems;
            }
            String id = str(manifest.path("id"), "");
            if (!id.isEmpty() && !id.equals(pack)) {
                report(ProblemCode.PACK_ID_MISMATCH, null, null,
                        "pack id '" + id + "' differs from its folder name '" + pack + "'");
                pack = id;
            }
            List<String> langs = new ArrayList<>();
            for (JsonNode lang : manifest.path("languages")) {
                if (lang.isString()) {
                    langs.add(lang.asString());
                }
            }
            languages = List.copyOf(langs);

            checkSchema();
            checkPackTexts();
            checkModules();
            checkMarkdown();
            return problems;
        }

        // ---------------------------------------------------------------- schema

        private void checkSchema() {
            List<Error> errors = schema.validate(manifest);
            // a failed oneOf also reports why each branch failed; keep only the oneOf message
            Set<String> oneOfFailures = new HashSet<>();
            for (Error error : errors) {
                if ("oneOf".equals(error.getKeyword())) {
                    oneOfFailures.add(pointer(error.getInstanceLocation()));
                }
            }
            for (Error error : errors) {
                NodePath at = error.getInstanceLocation();
                if (!"oneOf".equals(error.getKeyword()) && oneOfFailures.contains(pointer(at))
                        && error.getEvaluationPath().contains("oneOf")) {
                    continue;
                }
                String last = at.getNameCount() == 0 ? "" : String.valueOf(at.getElement(at.getNameCount() - 1));
                String keyword = error.getKeyword();
                if ("passThreshold".equals(last) && ("minimum".equals(keyword) || "maximum".equals(keyword))) {
                    continue; // reported as THRESHOLD_OUT_OF_RANGE by checkAssessment
                }
                Located where = locate(at);
                report(ProblemCode.SCHEMA_VIOLATION, where.module, where.item,
                        error.getMessage() + " (at " + pointer(at) + ")");
            }
        }

        private record Located(String module, String item) {
        }

        /** Names the module and item that a schema error's instance location points into. */
        private Located locate(NodePath at) {
            String module = null;
            List<String> item = new ArrayList<>();
            JsonNode node = manifest;
            for (int i = 0; i < at.getNameCount(); i++) {
                Object element = at.getElement(i);
                String parentName = i == 0 ? "" : String.valueOf(at.getElement(i - 1));
                if (element instanceof Integer index) {
                    node = node.path(index);
                    String label = node.path("id").isString() ? node.path("id").asString() : "#" + (index + 1);
                    switch (parentName) {
                        case "modules" -> module = label;
                        case "units" -> item.add("unit '" + label + "'");
                        case "questions" -> item.add("question '" + label + "'");
                        case "options" -> item.add("option '" + label + "'");
                        case "learningOutcomes" -> item.add("learning outcome " + label);
                        default -> {
                        }
                    }
                } else {
                    node = node.path(String.valueOf(element));
                }
            }
            return new Located(module, item.isEmpty() ? null : String.join(" ", item));
        }

        private static String pointer(NodePath at) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < at.getNameCount(); i++) {
                sb.append('/').append(at.getElement(i));
            }
            return sb.length() == 0 ? "/" : sb.toString();
        }

        // ---------------------------------------------------------------- texts

        private void checkPackTexts() {
            checkText(manifest.get("title"), null, null, "title", true);
            checkText(manifest.get("description"), null, null, "description", false);
            checkText(manifest.path("awardingBody").get("name"), null, null, "awarding body name", true);
        }

        /**
         * Checks that a localized text has a non-blank entry for every declared language and none for others.
         *
         * @param required whether a missing field is a problem (otherwise the schema reports it, or it is optional)
         */
        private void checkText(JsonNode text, String module, String item, String field, boolean required) {
            if (text == null || text.isMissingNode() || text.isNull()) {
                return; // missing required fields are schema violations
            }
            if (!text.isObject()) {
                return; // schema violation
            }
            for (String lang : languages) {
                JsonNode value = text.get(lang);
                if (value == null || !value.isString() || value.asString().isBlank()) {
                    report(ProblemCode.MISSING_TRANSLATION, module, item,
                            field + " has no '" + lang + "' " + ("file".equals(field) ? "file" : "text"));
                }
            }
            for (String key : text.propertyNames()) {
                if (!languages.contains(key)) {
                    report(ProblemCode.UNDECLARED_LANGUAGE, module, item,
                            field + " has a '" + key + "' text but the pack declares languages " + languages);
                }
            }
        }

        // ---------------------------------------------------------------- modules

        private void checkModules() {
            JsonNode modules = manifest.path("modules");
            Set<String> moduleIds = new LinkedHashSet<>();
            for (JsonNode module : modules) {
                String id = str(module.path("id"), "");
                if (!id.isEmpty() && !moduleIds.add(id)) {
                    report(ProblemCode.DUPLICATE_ID, id, null, "module id '" + id + "' is used by more than one module");
                }
            }
            Map<String, List<String>> prerequisites = new LinkedHashMap<>();
            int index = 0;
            for (JsonNode module : modules) {
                index++;
                String id = str(module.path("id"), "#" + index);
                checkText(module.get("title"), id, null, "title", true);
                checkText(module.get("summary"), id, null, "summary", true);
                int outcome = 0;
                for (JsonNode lo : module.path("learningOutcomes")) {
                    outcome++;
                    checkText(lo, id, "learning outcome " + outcome, "learning outcome", true);
                }
                List<String> prereqs = new ArrayList<>();
                for (JsonNode p : module.path("prerequisites")) {
                    String pid = str(p, "");
                    prereqs.add(pid);
                    if (!moduleIds.contains(pid)) {
                        report(ProblemCode.UNKNOWN_PREREQUISITE, id, null,
                                "prerequisite '" + pid + "' is not a module of this pack (modules: " + moduleIds + ")");
                    }
                }
                prerequisites.putIfAbsent(id, prereqs);
                checkUnits(id, module.path("units"));
                checkAssessment(id, module.path("assessment"));
                checkMicroCredential(id, module.path("microCredential"));
            }
            checkCycles(prerequisites);
        }

        private void checkCycles(Map<String, List<String>> prerequisites) {
            Set<String> done = new HashSet<>();
            Set<String> reported = new HashSet<>();
            for (String start : prerequisites.keySet()) {
                findCycle(start, prerequisites, new ArrayList<>(), done, reported);
            }
        }

        private void findCycle(String id, Map<String, List<String>> graph, List<String> path, Set<String> done,
                Set<String> reported) {
            int at = path.indexOf(id);
            if (at >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
                cycle.add(id);
                if (reported.add(Set.copyOf(cycle).toString())) {
                    report(ProblemCode.PREREQUISITE_CYCLE, id, null,
                            "prerequisites form a cycle: " + String.join(" -> ", cycle));
                }
                return;
            }
            if (done.contains(id) || !graph.containsKey(id)) {
                return;
            }
            path.add(id);
            for (String next : graph.get(id)) {
                findCycle(next, graph, path, done, reported);
            }
            path.remove(path.size() - 1);
            done.add(id);
        }

        private void checkUnits(String module, JsonNode units) {
            Set<String> unitIds = new HashSet<>();
            Map<String, Map<String, Path>> files = unitFiles.computeIfAbsent(module, k -> new LinkedHashMap<>());
            int index = 0;
            for (JsonNode unit : units) {
                index++;
                String id = str(unit.path("id"), "#" + index);
                String item = "unit '" + id + "'";
                if (!unitIds.add(id)) {
                    report(ProblemCode.DUPLICATE_ID, module, item, "unit id '" + id + "' is used twice in the module");
                }
                checkText(unit.get("title"), module, item, "title", true);
                JsonNode file = unit.get("file");
                if (file == null || !file.isObject()) {
                    continue; // schema violation
                }
                checkText(file, module, item, "file", true);
                Map<String, Path> byLanguage = files.computeIfAbsent(id, k -> new LinkedHashMap<>());
                for (String lang : languages) {
                    JsonNode value = file.get(lang);
                    if (value == null || !value.isString() || value.asString().isBlank()) {
                        continue; // reported above
                    }
                    String relative = value.asString();
                    Path resolved = packDir.resolve(relative).normalize();
                    if (!resolved.startsWith(packDir)) {
                        report(ProblemCode.UNIT_FILE_OUTSIDE_PACK, module, item + " (" + lang + ")",
                                "file '" + relative + "' is outside the pack folder");
                    } else if (!Files.isRegularFile(resolved)) {
                        report(ProblemCode.UNIT_FILE_NOT_FOUND, module, item + " (" + lang + ")",
                                "file '" + relative + "' does not exist in the pack folder");
                    } else {
                        byLanguage.put(lang, resolved);
                    }
                }
            }
        }

        private void checkAssessment(String module, JsonNode assessment) {
            if (!assessment.isObject()) {
                return; // schema violation
            }
            JsonNode threshold = assessment.path("passThreshold");
            if (threshold.isNumber() && (threshold.asDouble() < 0 || threshold.asDouble() > 100)) {
                report(ProblemCode.THRESHOLD_OUT_OF_RANGE, module, "assessment",
                        "passThreshold " + threshold.asString() + " is outside 0-100 (percent)");
            }
            Set<String> questionIds = new HashSet<>();
            int index = 0;
            for (JsonNode question : assessment.path("questions")) {
                index++;
                String id = str(question.path("id"), "#" + index);
                String item = "question '" + id + "'";
                if (!questionIds.add(id)) {
                    report(ProblemCode.DUPLICATE_ID, module, item,
                            "question id '" + id + "' is used twice in the module's assessment");
                }
                checkText(question.get("prompt"), module, item, "prompt", true);
                Set<String> optionIds = new HashSet<>();
                int correct = 0;
                int optionIndex = 0;
                for (JsonNode option : question.path("options")) {
                    optionIndex++;
                    String optionId = str(option.path("id"), "#" + optionIndex);
                    String optionItem = item + " option '" + optionId + "'";
                    if (!optionIds.add(optionId)) {
                        report(ProblemCode.DUPLICATE_ID, module, optionItem,
                                "option id '" + optionId + "' is used twice in the question");
                    }
                    if (option.path("correct").isBoolean() && option.path("correct").asBoolean()) {
                        correct++;
                    }
                    checkText(option.get("text"), module, optionItem, "text", true);
                    checkText(option.get("feedback"), module, optionItem, "feedback", true);
                }
                if (optionIndex > 0 && correct == 0) {
                    report(ProblemCode.NO_CORRECT_ANSWER, module, item, "no option is marked correct: true");
                }
                if ("single".equals(str(question.path("type"), "")) && correct > 1) {
                    report(ProblemCode.TOO_MANY_CORRECT_ANSWERS, module, item,
                            "a 'single' question must have exactly one correct option, this one has " + correct
                                    + " (use type: multiple for multi-select)");
                }
            }
        }

        private void checkMicroCredential(String module, JsonNode mc) {
            if (!mc.isObject()) {
                return; // schema violation
            }
            String item = "microCredential";
            checkText(mc.get("title"), module, item, "title", true);
            checkText(mc.path("awardingBody").get("name"), module, item, "awarding body name", true);
            checkText(mc.path("assessmentType").get("description"), module, item, "assessment type description", true);
            checkText(mc.get("qualityAssurance"), module, item, "quality assurance", true);
            checkText(mc.get("entryRequirements"), module, item, "entry requirements", false);
            checkText(mc.get("stackability"), module, item, "stackability", false);
            checkText(mc.get("furtherInformation"), module, item, "further information", false);
        }

        // ---------------------------------------------------------------- markdown

        private void checkMarkdown() {
            for (var module : unitFiles.entrySet()) {
                for (var unit : module.getValue().entrySet()) {
                    for (var file : unit.getValue().entrySet()) {
                        checkUnitFile(module.getKey(), unit.getKey(), file.getKey(), file.getValue());
                    }
                }
            }
        }

        private void checkUnitFile(String module, String unit, String lang, Path file) {
            String where = "unit '" + unit + "' (" + lang + ", " + packDir.relativize(file) + ")";
            Node document = parse(file);
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(HtmlInline html) {
                    rawHtml(html, html.getLiteral());
                }

                @Override
                public void visit(HtmlBlock html) {
                    rawHtml(html, html.getLiteral());
                }

                @Override
                public void visit(Link link) {
                    checkLink(module, unit, lang, file, where, link, link.getDestination());
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    checkLink(module, unit, lang, file, where, image, image.getDestination());
                    visitChildren(image);
                }

                private void rawHtml(Node node, String literal) {
                    String shown = literal.strip();
                    if (shown.length() > 60) {
                        shown = shown.substring(0, 60) + "...";
                    }
                    report(ProblemCode.RAW_HTML, module, where + line(node),
                            "raw HTML is not allowed in units: " + shown
                                    + " (write Markdown, or put it in `code` to show it as text)");
                }
            });
        }

        private void checkLink(String module, String unit, String lang, Path file, String where, Node node,
                String destination) {
            String at = where + line(node);
            String dest = destination == null ? "" : destination.strip();
            if (dest.isEmpty()) {
                report(ProblemCode.BROKEN_LINK, module, at, "link has no target");
                return;
            }
            if (dest.startsWith("#")) {
                String anchor = decode(dest.substring(1));
                if (!anchors(file).contains(anchor)) {
                    report(ProblemCode.BROKEN_LINK, module, at,
                            "anchor '" + dest + "' is not a heading of this unit (anchors: " + anchors(file) + ")");
                }
                return;
            }
            if (dest.startsWith(UNIT_LINK_PREFIX)) {
                checkUnitLink(module, lang, at, dest);
                return;
            }
            Matcher scheme = SCHEME.matcher(dest);
            if (scheme.find()) {
                if (!SAFE_SCHEMES.contains(scheme.group(1).toLowerCase())) {
                    report(ProblemCode.UNSAFE_LINK, module, at,
                            "link '" + dest + "' uses the scheme '" + scheme.group(1)
                                    + ":'; only http, https, mailto and unit links are allowed");
                }
                return;
            }
            if (dest.startsWith("//")) {
                report(ProblemCode.UNSAFE_LINK, module, at,
                        "link '" + dest + "' has no scheme; write https://...");
                return;
            }
            String pathPart = dest;
            int hash = pathPart.indexOf('#');
            if (hash >= 0) {
                pathPart = pathPart.substring(0, hash);
            }
            int query = pathPart.indexOf('?');
            if (query >= 0) {
                pathPart = pathPart.substring(0, query);
            }
            Path target = file.getParent().resolve(decode(pathPart)).normalize();
            if (pathPart.endsWith(".md")) {
                report(ProblemCode.BROKEN_LINK, module, at,
                        "relative link '" + dest + "' to a Markdown file; link to units as "
                                + UNIT_LINK_PREFIX + "<module-id>/<unit-id>");
            } else if (!target.startsWith(packDir)) {
                report(ProblemCode.BROKEN_LINK, module, at, "relative link '" + dest + "' leaves the pack folder");
            } else if (!Files.exists(target)) {
                report(ProblemCode.BROKEN_LINK, module, at, "relative link '" + dest + "': no such file in the pack");
            }
        }

        private void checkUnitLink(String module, String lang, String at, String dest) {
            Matcher m = UNIT_LINK.matcher(dest);
            if (!m.matches()) {
                report(ProblemCode.BROKEN_LINK, module, at,
                        "link '" + dest + "' is not of the form " + UNIT_LINK_PREFIX + "<module-id>/<unit-id>[#anchor]");
                return;
            }
            String targetModule = m.group(1);
            String targetUnit = m.group(2);
            Map<String, Map<String, Path>> units = unitFiles.get(targetModule);
            if (units == null) {
                report(ProblemCode.BROKEN_LINK, module, at,
                        "link '" + dest + "': the pack has no module '" + targetModule + "'");
                return;
            }
            if (!units.containsKey(targetUnit)) {
                report(ProblemCode.BROKEN_LINK, module, at,
                        "link '" + dest + "': module '" + targetModule + "' has no unit '" + targetUnit + "'");
                return;
            }
            String anchor = m.group(3);
            Path targetFile = units.get(targetUnit).get(lang);
            if (anchor != null && targetFile != null && !anchors(targetFile).contains(decode(anchor))) {
                report(ProblemCode.BROKEN_LINK, module, at,
                        "link '" + dest + "': anchor '#" + anchor + "' is not a heading of the " + lang
                                + " file of that unit (anchors: " + anchors(targetFile) + ")");
            }
        }

        /** Heading anchors of a unit file, generated like commonmark-java's heading-anchor extension. */
        private Set<String> anchors(Path file) {
            return anchorCache.computeIfAbsent(file, f -> {
                IdGenerator ids = IdGenerator.builder().build();
                Set<String> result = new LinkedHashSet<>();
                parse(f).accept(new AbstractVisitor() {
                    @Override
                    public void visit(Heading heading) {
                        StringBuilder text = new StringBuilder();
                        heading.accept(new AbstractVisitor() {
                            @Override
                            public void visit(Text t) {
                                text.append(t.getLiteral());
                            }

                            @Override
                            public void visit(Code c) {
                                text.append(c.getLiteral());
                            }
                        });
                        result.add(ids.generateId(text.toString()));
                    }
                });
                return result;
            });
        }

        private Node parse(Path file) {
            try {
                return markdown.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String str(JsonNode node, String fallback) {
            return node != null && node.isValueNode() && !node.isNull() ? node.asString() : fallback;
        }

        private static String line(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans == null || spans.isEmpty() ? "" : " line " + (spans.get(0).getLineIndex() + 1);
        }

        private static String decode(String s) {
            try {
                return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s;
            }
        }

        private void report(ProblemCode code, String module, String item, String message) {
            problems.add(new Problem(code, pack, module, item, message));
        }
    }

    /** Formats problems one per line, for a test failure message or the console. */
    public static String format(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" found:");
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
