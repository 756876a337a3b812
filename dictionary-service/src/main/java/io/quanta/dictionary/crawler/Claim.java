package io.quanta.dictionary.crawler;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A quantum this crawler took for one crawl: its document as read when it was found due, and the sequence
 * number and primary term of that read, so the result is written only over that version (a quantum deleted
 * or re-announced meanwhile is noticed, not overwritten).
 */
public record Claim(String id, String url, ObjectNode previous, long seqNo, long primaryTerm) {
}
