package org.pokot.lti.app.deeplinking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.app.launch.DeepLinkingLanding;
import org.pokot.lti.app.pack.PackCatalog;
import org.pokot.lti.app.pack.PackModel.ContentPack;
import org.pokot.lti.app.pack.PackModel.Module;
import org.pokot.lti.app.web.PageLocaleResolver;
import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.DeepLinkingRequest;

/** A deep-linking request opens the selection page: every pack's modules, with a preview of each first unit. */
@Component
class ContentSelection implements DeepLinkingLanding {

    private final PackCatalog catalog;

    ContentSelection(PackCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ModelAndView land(ValidatedLaunch launch, DeepLinkingRequest message, Jwt sessionToken,
                             HttpServletRequest request) {
        return page(SelectionSession.of(sessionToken), request);
    }

    ModelAndView page(SelectionSession session, HttpServletRequest request) {
        PageLocaleResolver.use(request, session.language());
        ModelAndView page = new ModelAndView("deeplinking/select");
        page.addObject("selection", session);
        page.addObject("lang", session.language());
        List<PackView> packs = new ArrayList<>();
        for (ContentPack pack : catalog.packs()) {
            Map<String, String> previews = new LinkedHashMap<>();
            for (Module module : pack.modules()) {
                previews.put(module.id(), catalog.previewHtml(pack, module, session.language()));
            }
            packs.add(new PackView(pack, previews));
        }
        page.addObject("packs", packs);
        return page;
    }

    /** A pack with the rendered first unit of each module, for the preview. */
    public record PackView(ContentPack pack, Map<String, String> previews) {
    }
}
