import { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric arrives as a string (exact); capacity and budget fit a double. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
