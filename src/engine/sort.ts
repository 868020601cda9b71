/**
 * Sorts `items` in place, stably. The engine's lists are short (a code's two or three findings, a diagnosis's
 * handful of secrets): an insertion sort orders those without the builtin sort's work array and comparator
 * overhead. Past `builtinAbove` items the builtin sort keeps it n log n; both are stable, so the order is the same.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number, builtinAbove: number): T[] {
  if (items.length > builtinAbove) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(items[j] as T, item) > 0; j--) items[j + 1] = items[j] as T;
    items[j + 1] = item;
  }
  return items;
}
