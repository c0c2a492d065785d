import { getMetadataStorage } from 'class-validator';
import type { MetadataStorage } from 'class-validator/types/metadata/MetadataStorage';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { builtOnce } from './built-once';

type Lookup = MetadataStorage['getTargetValidationMetadatas'];

const KEPT = Symbol('fuyi.keptValidationMetadata');

/**
 * Keeps class-validator's answer to "the rules of this class" instead of finding it anew on each
 * validation. class-validator finds a class's inherited rules by testing every decorated class of
 * the app for an ancestor, on every object it validates (typestack/class-validator#2686): with
 * Nest's ValidationPipe asking too, 4 % of a registration's CPU (docs/benchmarks.md). A class's
 * rules are all registered when its module loads, before anything can be validated against it;
 * should a rule be added later (a module loaded late), every kept answer is dropped.
 *
 * Changes the process's one metadata storage, once; calling it again does nothing.
 */
export function keepValidationMetadata(): void {
  const storage = getMetadataStorage() as MetadataStorage & { [KEPT]?: true };
  if (storage[KEPT]) return;
  storage[KEPT] = true;
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let kept = new WeakMap<object, Map<string, ValidationMetadata[]>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups === undefined ? '' : JSON.stringify(groups)}`;
    return builtOnce(kept, target, key, () => lookup(target, schema, always, strictGroups, groups));
  };
  storage.addValidationMetadata = (metadata) => {
    kept = new WeakMap();
    add(metadata);
  };
}
