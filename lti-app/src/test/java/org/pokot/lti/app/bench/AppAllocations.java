package org.pokot.lti.app.bench;

import java.io.IOException;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * The bytes the app's threads have allocated so far, read over the JVM's local management agent (attached once,
 * by pid). Unlike CPU time, allocation per launch hardly depends on how fast the host is at the moment or on the
 * JIT's progress, so it tells two builds apart where CPU figures are within noise of each other.
 */
final class AppAllocations implements AutoCloseable {

    private static final String THREADING = "java.lang:type=Threading";

    private final JMXConnector connector;
    private final MBeanServerConnection server;
    private final ObjectName threading;

    private AppAllocations(JMXConnector connector) throws IOException, javax.management.MalformedObjectNameException {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
        this.threading = new ObjectName(THREADING);
    }

    /** Attaches to the app; without the attach API or the agent, the figure is left out rather than guessed. */
    static AppAllocations attach(long pid) {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            try {
                String address = vm.startLocalManagementAgent();
                return new AppAllocations(JMXConnectorFactory.connect(new JMXServiceURL(address)));
            } finally {
                vm.detach();
            }
        } catch (Exception | LinkageError e) {
            System.out.println("# no allocation figures: cannot attach to pid " + pid + " (" + e + ")");
            return null;
        }
    }

    /** All threads' allocated bytes, live and ended ({@code ThreadMXBean.getTotalThreadAllocatedBytes}). */
    long totalBytes() {
        try {
            return ((Number) server.getAttribute(threading, "TotalThreadAllocatedBytes")).longValue();
        } catch (Exception e) {
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
