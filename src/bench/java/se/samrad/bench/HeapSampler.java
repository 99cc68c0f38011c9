package se.samrad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * A server JVM's peak used heap, read every 200 ms over JMX from the management agent started in it through the
 * attach API (once, before the load). Starting {@code jcmd} for each sample, as the workshop benchmark did
 * before, cost the shared cores a JVM start-up (0.15-0.2 s of CPU) every second, which the server's tail paid for.
 */
final class HeapSampler {

    private final Thread thread;
    private volatile boolean stopped;
    private volatile long peakKb;

    private HeapSampler(long pid) {
        this.thread = Thread.ofPlatform().daemon().start(() -> sample(pid));
    }

    static HeapSampler start(long pid) {
        return new HeapSampler(pid);
    }

    /** Stops sampling; the peak used heap seen, in kB. */
    long stop() {
        stopped = true;
        thread.interrupt();
        return peakKb;
    }

    private void sample(long pid) {
        try {
            com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach(String.valueOf(pid));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            try (javax.management.remote.JMXConnector jmx = javax.management.remote.JMXConnectorFactory.connect(
                    new javax.management.remote.JMXServiceURL(address))) {
                MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(
                        jmx.getMBeanServerConnection(), ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
                while (!stopped) {
                    peakKb = Math.max(peakKb, memory.getHeapMemoryUsage().getUsed() / 1024);
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!stopped) {
                System.out.println("bench: the server's heap could not be read: " + e);
            }
        }
    }
}
