import { getMetadataStorage, IsInt, IsString, validate } from 'class-validator';
import { keepValidationMetadata } from './validation-metadata';

class Base {
  @IsString()
  name!: unknown;
}

class Child extends Base {
  @IsInt()
  count!: unknown;
}

class Grouped {
  @IsString({ groups: ['draft'] })
  title!: unknown;
}

const rulesOf = (target: new () => unknown, groups?: string[]) =>
  getMetadataStorage()
    .getTargetValidationMetadatas(target, '', false, false, groups)
    .map((m) => `${m.propertyName}:${m.name ?? m.type}`)
    .sort();

describe('keepValidationMetadata', () => {
  // What class-validator answers by itself.
  const before = {
    child: rulesOf(Child),
    base: rulesOf(Base),
    draft: rulesOf(Grouped, ['draft']),
    final: rulesOf(Grouped, ['final']),
    none: rulesOf(Grouped),
  };
  beforeAll(() => keepValidationMetadata());

  it('answers what class-validator answers, inherited rules included, and keeps it', () => {
    expect(before.child).toEqual(['count:isInt', 'name:isString']);
    expect(rulesOf(Child)).toEqual(before.child);
    expect(rulesOf(Base)).toEqual(before.base);
    const storage = getMetadataStorage();
    expect(storage.getTargetValidationMetadatas(Child, '', false, false)).toBe(
      storage.getTargetValidationMetadatas(Child, '', false, false),
    );
  });

  it('answers each set of options on its own', () => {
    expect(before.draft).toEqual(['title:isString']);
    expect(before.final).toEqual([]);
    expect(rulesOf(Grouped, ['draft'])).toEqual(before.draft);
    expect(rulesOf(Grouped, ['final'])).toEqual(before.final);
    expect(rulesOf(Grouped)).toEqual(before.none);
  });

  it('sees a rule added after the first answer', () => {
    expect(rulesOf(Child)).not.toContain('late:isString');
    IsString()(Child.prototype, 'late');
    expect(rulesOf(Child)).toContain('late:isString');
  });

  it('validates as before', async () => {
    const child = Object.assign(new Child(), { name: 1, count: 'x', late: 'ok' });
    const errors = await validate(child);
    expect(errors.map((e) => e.property).sort()).toEqual(['count', 'name']);
  });

  it('changes the storage once', () => {
    const lookup = getMetadataStorage().getTargetValidationMetadatas;
    keepValidationMetadata();
    expect(getMetadataStorage().getTargetValidationMetadatas).toBe(lookup);
  });
});
