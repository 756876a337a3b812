package io.quanta.contract.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs up the elements of two lists by a key (a name, an id), so that reordering a list is not a
 * change. Elements sharing a key pair up in order and are shown as {@code key[2]}; keyless ones as {@code [2]}.
 */
final class Keyed {

  private Keyed() {
  }

  /** One element of the old list, the new list or both, with the key it is reported under. */
  record Pair<T>(String key, T before, T after) {
  }

  static <T> List<Pair<T>> match(List<T> before, List<T> after, Function<T, String> key) {
    Map<String, List<T>> old = group(before, key);
    Map<String, List<T>> neu = group(after, key);
    List<Pair<T>> pairs = new ArrayList<>();
    old.forEach((k, olds) -> {
      List<T> news = neu.getOrDefault(k, List.of());
      int count = Math.max(olds.size(), news.size());
      for (int i = 0; i < count; i++) {
        pairs.add(new Pair<>(label(k, i, count), i < olds.size() ? olds.get(i) : null,
            i < news.size() ? news.get(i) : null));
      }
    });
    neu.forEach((k, news) -> {
      if (!old.containsKey(k)) {
        for (int i = 0; i < news.size(); i++) {
          pairs.add(new Pair<>(label(k, i, news.size()), null, news.get(i)));
        }
      }
    });
    return pairs;
  }

  private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
    Map<String, List<T>> groups = new LinkedHashMap<>();
    if (items != null) {
      for (T item : items) {
        String k = key.apply(item);
        groups.computeIfAbsent(k == null ? "" : k, x -> new ArrayList<>()).add(item);
      }
    }
    return groups;
  }

  private static String label(String key, int index, int count) {
    if (key.isEmpty()) {
      return "[" + (index + 1) + "]";
    }
    return count > 1 ? key + "[" + (index + 1) + "]" : key;
  }
}
