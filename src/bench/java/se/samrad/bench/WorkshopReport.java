package se.samrad.bench;

import org.HdrHistogram.Histogram;

/**
 * The figures of one workshop load phase ({@link WorkshopLoad}), printed as it ends: submissions, deliveries
 * expected and made, their latency, acknowledgements, CPU time of the server and of the load generator per
 * delivery (which depends less than latency on other programs sharing the cores), and the server's peak heap.
 *
 * @param heapMb the server's peak heap, -1 when not read (the peer is no JVM)
 * @param cpuUsPerDelivery the server's CPU time per delivery, in microseconds
 */
record WorkshopReport(int participants, long submissions, double p50, double p99, long lost, long heapMb,
                      double cpuUsPerDelivery) {

    static WorkshopReport of(WorkshopLoad load, long sent, long serverCpu, long clientCpu, long heapKb) {
        long expected = 0;
        long delivered = 0;
        long lost = 0;
        long measuredAcked = 0;
        for (WorkshopLoad.Submission s : load.submitted()) {
            if (!s.measured() || s.refusals().get() > 0) {
                continue;
            }
            if (s.acknowledged().get() > 0) {
                measuredAcked++;
            }
            int others = s.sender().session().size() - 1;
            expected += others;
            delivered += Math.min(others, s.deliveries().get());
            lost += Math.max(0, others - s.deliveries().get());
        }
        Histogram h = load.deliveryLatency();
        System.out.printf("bench: submitted=%d acknowledged=%d refused=%d send_errors=%d reconnects=%d"
                        + " duplicates=%d gaps=%d%n", sent, measuredAcked, load.refused.get(), load.sendErrors.get(),
                load.reconnects.get(), load.duplicates.get(), load.gaps.get());
        System.out.printf("bench: deliveries expected=%d delivered=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                expected, delivered, h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
                h.getMaxValue() / 1e6);
        if (load.target().acknowledges()) {
            Histogram acknowledgements = load.acknowledgementLatency();
            System.out.printf("bench: acknowledgement p50_ms=%.1f p99_ms=%.1f%n",
                    acknowledgements.getValueAtPercentile(50) / 1e6, acknowledgements.getValueAtPercentile(99) / 1e6);
        }
        // CPU time says what the work costs even when other programs share the cores (latency does not)
        double serverUs = serverCpu / 1e3 / Math.max(1, delivered);
        System.out.printf("bench: cpu during load and drain: server_s=%.1f client_s=%.1f"
                        + " (server %.2f us, load generator %.2f us per delivery); frames=%d%n", serverCpu / 1e9,
                clientCpu / 1e9, serverUs, clientCpu / 1e3 / Math.max(1, delivered), load.frames.sum());
        // the original counted the measured submissions the server acknowledged; the peer acknowledges none
        long submissions = load.target().acknowledges() ? measuredAcked : sent;
        return new WorkshopReport(load.participants(), submissions, h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(99) / 1e6, lost, heapKb < 0 ? -1 : heapKb / 1024, serverUs);
    }
}
