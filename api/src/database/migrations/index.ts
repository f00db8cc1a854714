import { Foundation1764400000000 } from './1764400000000-foundation';

/** Every migration in order; bundled, so no glob at run time. */
export const MIGRATIONS = [Foundation1764400000000];
