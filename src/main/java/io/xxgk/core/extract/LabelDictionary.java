package io.xxgk.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches normalised labels against canonical labels and their known variants (spec §7.3–§7.5). Never by position:
 * a label is an exact match of a canonical or alias text, a match by prefix for the labels the template itself
 * annotates, or, for long labels only, a near match within a small edit distance (typos, OCR slips).
 *
 * @param <T> what a label stands for (a row or column code)
 */
public final class LabelDictionary<T> {

    /** The outcome of a match; {@code exact} is false for a near match worth reporting. */
    public record Match<T>(T code, String canonical, boolean exact) {
    }

    private final Map<String, T> exact = new LinkedHashMap<>();
    /** The match of each exact label, made when it is registered rather than on every lookup. */
    private final Map<String, Match<T>> exactMatches = new HashMap<>();
    private final Map<String, T> prefixes = new LinkedHashMap<>();
    private final Map<T, String> canonical = new LinkedHashMap<>();

    /** Registers the canonical label (normalised core text) and its aliases. */
    public LabelDictionary<T> add(T code, String canonicalLabel, String... aliases) {
        canonical.putIfAbsent(code, canonicalLabel);
        putExact(canonicalLabel, code);
        for (String a : aliases) {
            putExact(a, code);
        }
        return this;
    }

    /** The code's canonical label is set by then: a code's first registration sets it, later ones keep it. */
    private void putExact(String label, T code) {
        exact.put(label, code);
        exactMatches.put(label, new Match<>(code, canonical.get(code), true));
    }

    /** Registers a label matched by prefix (the template prints extra text after it). */
    public LabelDictionary<T> addPrefix(T code, String prefix) {
        canonical.putIfAbsent(code, prefix);
        prefixes.put(prefix, code);
        return this;
    }

    public Match<T> match(String core) {
        if (core.isEmpty()) {
            return null;
        }
        Match<T> exactMatch = exactMatches.get(core);
        if (exactMatch != null) {
            return exactMatch;
        }
        for (Map.Entry<String, T> p : prefixes.entrySet()) {
            if (core.startsWith(p.getKey())) {
                return new Match<>(p.getValue(), canonical.get(p.getValue()), true);
            }
        }
        return nearMatch(core);
    }

    /** The single closest label within 1 edit per 6 characters (labels of 6+ characters only). */
    private Match<T> nearMatch(String core) {
        if (core.length() < 6) {
            return null;
        }
        int allowed = core.length() / 6;
        List<String> best = new ArrayList<>();
        int bestDistance = Integer.MAX_VALUE;
        // one pair of rows for all candidates: none is longer than the core plus the allowed edits
        int[] rowA = new int[core.length() + allowed + 1];
        int[] rowB = new int[core.length() + allowed + 1];
        for (String candidate : exact.keySet()) {
            if (Math.abs(candidate.length() - core.length()) > allowed) {
                continue;
            }
            int d = editDistance(core, candidate, allowed, rowA, rowB);
            if (d > allowed) {
                continue; // too far to be the match, whatever the others are
            }
            if (d < bestDistance) {
                bestDistance = d;
                best.clear();
                best.add(candidate);
            } else if (d == bestDistance) {
                best.add(candidate);
            }
        }
        if (bestDistance > allowed || best.stream().map(exact::get).distinct().count() != 1) {
            return null;
        }
        T code = exact.get(best.get(0));
        return new Match<>(code, canonical.get(code), false);
    }

    /**
     * Levenshtein distance when it is at most {@code limit}, otherwise limit+1. Only cells within {@code limit} of the
     * diagonal are computed: a cell further off already costs more than the limit, and a near match needs no more.
     */
    static int editDistance(String a, String b, int limit) {
        return editDistance(a, b, limit, new int[b.length() + 1], new int[b.length() + 1]);
    }

    /** {@link #editDistance(String, String, int)} in two rows of at least b.length()+1 that it may overwrite. */
    private static int editDistance(String a, String b, int limit, int[] prev, int[] cur) {
        int over = limit + 1;
        if (Math.abs(a.length() - b.length()) > limit) {
            return over;
        }
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(b.length(), i + limit);
            cur[0] = Math.min(i, over);
            cur[from - 1] = from == 1 ? cur[0] : over; // left of the band
            int rowMin = cur[from - 1];
            char ai = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int cost = ai == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(over, Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < b.length()) {
                cur[to + 1] = over; // right of the band, read by the next row
            }
            if (rowMin > limit) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
