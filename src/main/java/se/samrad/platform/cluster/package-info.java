/**
 * Several server nodes: the connection to NATS JetStream (set {@code SAMRAD_NATS_URL}), over which committed
 * events and cache invalidations reach every node. Without that setting nothing here is created and each
 * capability keeps its single-node, in-process path. MariaDB stays the source of truth: what travels through
 * NATS is only a notice of what is already stored, so a lost message costs latency, never data.
 */
package se.samrad.platform.cluster;
