package org.pokot.lti.app.pack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.pack.PackModel.Module;

/**
 * A module's workload and level in words, in a page's language ({@code ${@moduleFacts.workload(m, lang)}}).
 * Formatted once per value and language: a MessageFormat with numeric arguments allocated more per learner page
 * than anything else on it (docs/performance.md), and the values change only with the packs.
 */
@Component
public class ModuleFacts {

    private final MessageSource messages;
    private final Map<Key, String> formatted = new ConcurrentHashMap<>();

    public ModuleFacts(MessageSource messages) {
        this.messages = messages;
    }

    /** "6 hours, 0.2 ECTS" or "6 tuntia, 0,2 op". */
    public String workload(Module module, String language) {
        return format("learn.module.workloadValue", language, module.workload().hours(), module.workload().ects());
    }

    /** "EQF 5". */
    public String level(Module module, String language) {
        return format("learn.module.levelValue", language, module.level().eqf());
    }

    private String format(String code, String language, Object... arguments) {
        return formatted.computeIfAbsent(new Key(code, language, List.of(arguments)),
                key -> messages.getMessage(code, arguments, Locale.forLanguageTag(language)));
    }

    private record Key(String code, String language, List<Object> arguments) {
    }
}
