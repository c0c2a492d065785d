/**
 * What `build` makes for `owner` and `key`, made on the first call and kept in `cache` (a value per
 * key of each owner, dropped with the owner).
 */
export function builtOnce<K extends object, V>(
  cache: WeakMap<K, Map<string, V>>,
  owner: K,
  key: string,
  build: () => V,
): V {
  let ofOwner = cache.get(owner);
  if (!ofOwner) cache.set(owner, (ofOwner = new Map<string, V>()));
  let value = ofOwner.get(key);
  if (value === undefined) {
    value = build();
    ofOwner.set(key, value);
  }
  return value;
}
