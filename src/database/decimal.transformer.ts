import { ValueTransformer } from 'typeorm';

/** Numeric columns come back from pg as strings; amounts are exact to the fen. */
export const decimal: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
