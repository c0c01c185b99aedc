package org.pokot.lti.core.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Port for name resolution, so that the address rules are tested without DNS. */
@FunctionalInterface
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
